#include "HistoryDialog.h"

#include "AssessmentSession.h"
#include "HistoryModel.h"
#include "ItemDataRoles.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace coherence {

namespace {

/// Words over every column, and optionally one criterion.
class HistoryFilterModel : public QSortFilterProxyModel {
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setFilter(const QString& text, const QString& criterionId) {
        m_text = text.trimmed().toLower(); // the model's search text is in lower case
        m_criterionId = criterionId;
        invalidateFilter();
    }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override {
        const QAbstractItemModel* model = sourceModel();
        if (!m_criterionId.isEmpty() &&
            model->index(sourceRow, 0, sourceParent).data(CriterionIdRole).toString() != m_criterionId) {
            return false;
        }
        return m_text.isEmpty() ||
               model->index(sourceRow, 0, sourceParent).data(SearchTextRole).toString().contains(m_text);
    }

private:
    QString m_text;
    QString m_criterionId;
};

} // namespace

HistoryDialog::HistoryDialog(AssessmentSession* session, QWidget* parent)
    : QDialog(parent)
    , m_model(new HistoryModel(session, this))
    , m_filter(new HistoryFilterModel(this))
    , m_filterLineEdit(new QLineEdit(this))
    , m_criterionOnlyCheckBox(new QCheckBox(tr("&Only the criterion shown"), this))
    , m_tableView(new QTableView(this))
    , m_stateLabel(new QLabel(this))
    , m_filterTimer(new QTimer(this)) {
    setWindowTitle(tr("Change history"));
    setObjectName(QStringLiteral("historyDialog"));
    m_filter->setSourceModel(m_model);

    m_filterLineEdit->setObjectName(QStringLiteral("historyFilterLineEdit"));
    m_filterLineEdit->setPlaceholderText(tr("Filter: words, a criterion such as “LAB-2”, a name"));
    m_filterLineEdit->setClearButtonEnabled(true);
    m_filterLineEdit->setAccessibleName(tr("Filter the changes"));
    m_criterionOnlyCheckBox->setObjectName(QStringLiteral("historyCriterionOnlyCheckBox"));

    m_tableView->setObjectName(QStringLiteral("historyTableView"));
    m_tableView->setAccessibleName(tr("Changes, newest first"));
    m_tableView->setModel(m_filter);
    m_tableView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tableView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tableView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tableView->setWordWrap(false);
    m_tableView->verticalHeader()->hide();
    QHeaderView* header = m_tableView->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(HistoryModel::WhenColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(HistoryModel::ChangeColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(HistoryModel::SubjectColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(HistoryModel::BeforeColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(HistoryModel::AfterColumn, QHeaderView::Stretch);

    m_stateLabel->setObjectName(QStringLiteral("historyStateLabel"));
    m_stateLabel->setWordWrap(true);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* filters = new QHBoxLayout;
    filters->addWidget(m_filterLineEdit, 1);
    filters->addWidget(m_criterionOnlyCheckBox);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_tableView, 1);
    layout->addWidget(m_stateLabel);
    layout->addWidget(buttons);

    // Typing "LAB-2" filters once, not five times: a long log takes a moment to go through.
    m_filterTimer->setSingleShot(true);
    m_filterTimer->setInterval(150);
    connect(m_filterTimer, &QTimer::timeout, this, &HistoryDialog::applyFilter);
    connect(m_filterLineEdit, &QLineEdit::textChanged, m_filterTimer, qOverload<>(&QTimer::start));
    connect(m_criterionOnlyCheckBox, &QCheckBox::toggled, this, &HistoryDialog::applyFilter);
    // After the model has read what the save added (it connected first).
    connect(session, &AssessmentSession::saved, this, &HistoryDialog::showState);
    const auto activate = [this](const QModelIndex& index) {
        const QString criterionId = index.data(CriterionIdRole).toString();
        if (!criterionId.isEmpty()) {
            emit criterionActivated(criterionId);
        }
    };
    connect(m_tableView, &QTableView::activated, this, activate);
    connect(m_tableView, &QTableView::doubleClicked, this, activate);

    resize(980, 520);
    showState();
}

void HistoryDialog::setCriterionShown(const QString& criterionId) {
    m_criterionShown = criterionId;
    m_criterionOnlyCheckBox->setText(criterionId.isEmpty() ? tr("&Only the criterion shown")
                                                           : tr("&Only %1").arg(criterionId));
    m_criterionOnlyCheckBox->setEnabled(!criterionId.isEmpty());
    if (m_criterionOnlyCheckBox->isChecked()) {
        applyFilter();
    }
}

int HistoryDialog::visibleChanges() const {
    return m_filter->rowCount();
}

void HistoryDialog::applyFilter() {
    static_cast<HistoryFilterModel*>(m_filter)->setFilter(
        m_filterLineEdit->text(), m_criterionOnlyCheckBox->isChecked() ? m_criterionShown : QString());
    showState();
}

void HistoryDialog::showState() {
    if (!m_model->lastError().isEmpty()) {
        m_stateLabel->setText(tr("The change log could not be read: %1").arg(m_model->lastError()));
        return;
    }
    m_stateLabel->setText(
        m_filter->rowCount() == m_model->rowCount()
            ? tr("Changes recorded in this file: %1").arg(m_model->rowCount())
            : tr("Changes shown: %1 of %2").arg(m_filter->rowCount()).arg(m_model->rowCount()));
}

} // namespace coherence
