#include "ActionPlanPage.h"

#include "ActionDialog.h"
#include "ActionLabels.h"
#include "ActionPlanModel.h"
#include "AssessmentSession.h"
#include "CurrentItemButtons.h"
#include "ItemDataRoles.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace coherence {

namespace {

/// Text filter over every column, plus a status filter on the status column's sort value.
class ActionFilterModel : public QSortFilterProxyModel {
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setFilter(const QString& text, int status) {
        m_text = text.trimmed();
        m_status = status;
        invalidateFilter();
    }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override {
        QAbstractItemModel* model = sourceModel();
        if (m_status >= 0 &&
            model->index(sourceRow, ActionPlanModel::StatusColumn, sourceParent).data(SortRole).toInt() !=
                m_status) {
            return false;
        }
        if (m_text.isEmpty()) {
            return true;
        }
        for (int column = 0; column < model->columnCount(sourceParent); ++column) {
            if (model->index(sourceRow, column, sourceParent)
                    .data()
                    .toString()
                    .contains(m_text, Qt::CaseInsensitive)) {
                return true;
            }
        }
        return false;
    }

private:
    QString m_text;
    int m_status = -1;
};

} // namespace

ActionPlanPage::ActionPlanPage(AssessmentSession* session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new ActionPlanModel(session, this))
    , m_proxy(new ActionFilterModel(this))
    , m_tableView(new QTableView(this))
    , m_filterLineEdit(new QLineEdit(this))
    , m_statusComboBox(new QComboBox(this))
    , m_addButton(new QPushButton(tr("&Add action…"), this))
    , m_editButton(new QPushButton(tr("Ed&it…"), this))
    , m_removeButton(new QPushButton(tr("Re&move"), this)) {
    setObjectName(QStringLiteral("actionPlanPage"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(SortRole);
    m_tableView->setObjectName(QStringLiteral("actionTableView"));
    m_tableView->setModel(m_proxy);
    m_tableView->setSortingEnabled(true);
    m_tableView->sortByColumn(ActionPlanModel::DueColumn, Qt::AscendingOrder);
    m_tableView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tableView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tableView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_tableView->horizontalHeader()->setSectionResizeMode(ActionPlanModel::TitleColumn, QHeaderView::Stretch);
    // A long institution's name would otherwise leave the action itself a dozen characters: the other
    // columns are at most 16 characters wide, the action's takes the rest, texts wrap and rows are as
    // high as they need (a test checks that the action's column still grows past the cap).
    m_tableView->horizontalHeader()->setMaximumSectionSize(m_tableView->fontMetrics().averageCharWidth() *
                                                           16);
    m_tableView->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_tableView->setWordWrap(true);
    m_tableView->verticalHeader()->hide();
    m_tableView->setAccessibleName(tr("Action plan"));
    m_tableView->setTabKeyNavigation(false);
    m_filterLineEdit->setObjectName(QStringLiteral("actionFilterLineEdit"));
    m_filterLineEdit->setPlaceholderText(tr("Filter actions"));
    m_filterLineEdit->setClearButtonEnabled(true);
    m_filterLineEdit->setAccessibleName(tr("Filter actions"));
    m_statusComboBox->setObjectName(QStringLiteral("actionStatusComboBox"));
    m_statusComboBox->setAccessibleName(tr("Show actions with status"));
    m_statusComboBox->addItem(tr("All statuses"), -1);
    for (ActionStatus status :
         {ActionStatus::Planned, ActionStatus::InProgress, ActionStatus::Done, ActionStatus::Dropped}) {
        m_statusComboBox->addItem(ActionLabels::status(status), static_cast<int>(status));
    }
    m_addButton->setObjectName(QStringLiteral("addActionButton"));
    m_editButton->setObjectName(QStringLiteral("editActionButton"));
    m_removeButton->setObjectName(QStringLiteral("removeActionButton"));

    auto* top = new QHBoxLayout;
    top->addWidget(m_filterLineEdit, 1);
    top->addWidget(m_statusComboBox);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_addButton);
    buttons->addWidget(m_editButton);
    buttons->addWidget(m_removeButton);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_tableView);
    layout->addLayout(buttons);

    connect(m_filterLineEdit, &QLineEdit::textChanged, this, &ActionPlanPage::applyFilter);
    connect(m_statusComboBox, &QComboBox::currentIndexChanged, this, &ActionPlanPage::applyFilter);
    connect(m_addButton, &QPushButton::clicked, this, qOverload<>(&ActionPlanPage::addAction));
    connect(m_editButton, &QPushButton::clicked, this, &ActionPlanPage::editSelected);
    connect(m_removeButton, &QPushButton::clicked, this, &ActionPlanPage::removeSelected);
    connect(m_tableView, &QTableView::doubleClicked, this, &ActionPlanPage::editSelected);
    const bool readOnly = session->isReadOnly();
    m_addButton->setEnabled(!readOnly);
    CurrentItemButtons::follow(m_tableView, {m_editButton, m_removeButton}, !readOnly);
}

void ActionPlanPage::applyFilter() {
    static_cast<ActionFilterModel*>(m_proxy)->setFilter(m_filterLineEdit->text(),
                                                        m_statusComboBox->currentData().toInt());
}

int ActionPlanPage::selectedSourceRow() const {
    const QModelIndex current = m_tableView->currentIndex();
    return current.isValid() ? m_proxy->mapToSource(current).row() : -1;
}

bool ActionPlanPage::addAction(const ActionItem& action) {
    QList<ActionItem> actions = m_session->assessment().actions();
    actions.append(action);
    return m_session->changeActions(actions, tr("Add action \"%1\"").arg(action.title));
}

void ActionPlanPage::addAction() {
    addActionForCriterion(QString());
}

void ActionPlanPage::addActionForCriterion(const QString& criterionId) {
    if (m_session->isReadOnly()) {
        return;
    }
    ActionDialog dialog(m_session->rubric(), this);
    ActionItem suggestion;
    suggestion.criterionId = criterionId;
    if (const Criterion* criterion = m_session->rubric().criterion(criterionId)) {
        suggestion.title = tr("Close the gap on: %1").arg(criterion->title.text());
        suggestion.priority = ActionPriority::High;
    }
    dialog.setAction(suggestion);
    if (dialog.exec() == QDialog::Accepted) {
        addAction(dialog.action());
    }
}

void ActionPlanPage::editSelected() {
    const int row = selectedSourceRow();
    if (row < 0 || m_session->isReadOnly()) {
        return;
    }
    QList<ActionItem> actions = m_session->assessment().actions();
    ActionDialog dialog(m_session->rubric(), this);
    dialog.setAction(actions[row]);
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    actions[row] = dialog.action();
    m_session->changeActions(actions, tr("Edit action \"%1\"").arg(actions[row].title));
}

void ActionPlanPage::removeSelected() {
    const int row = selectedSourceRow();
    if (row < 0 || m_session->isReadOnly()) {
        return;
    }
    QList<ActionItem> actions = m_session->assessment().actions();
    const QString title = actions.takeAt(row).title;
    // No confirmation: removal is undoable (Ctrl+Z), like every edit.
    m_session->changeActions(actions, tr("Remove action \"%1\"").arg(title));
}

} // namespace coherence
