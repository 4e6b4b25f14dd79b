#include "ActionDialog.h"

#include "ActionLabels.h"
#include "Rubric.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace coherence {

ActionDialog::ActionDialog(const Rubric& rubric, QWidget* parent)
    : QDialog(parent)
    , m_title(new QLineEdit(this))
    , m_criterion(new QComboBox(this))
    , m_lead(new QLineEdit(this))
    , m_partners(new QLineEdit(this))
    , m_hasDue(new QCheckBox(tr("Due by"), this))
    , m_due(new QDateEdit(QDate::currentDate().addMonths(6), this))
    , m_status(new QComboBox(this))
    , m_priority(new QComboBox(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this)) {
    setWindowTitle(tr("Action"));
    m_title->setObjectName(QStringLiteral("actionTitleLineEdit"));
    m_criterion->setObjectName(QStringLiteral("actionCriterionComboBox"));
    m_lead->setObjectName(QStringLiteral("actionLeadLineEdit"));
    m_partners->setObjectName(QStringLiteral("actionPartnersLineEdit"));
    m_partners->setPlaceholderText(tr("Separate partners with commas"));
    m_due->setCalendarPopup(true);
    m_due->setEnabled(false);
    connect(m_hasDue, &QCheckBox::toggled, m_due, &QDateEdit::setEnabled);
    m_criterion->addItem(tr("(not tied to a criterion)"), QString());
    for (const Criterion& criterion : rubric.criteria()) {
        m_criterion->addItem(criterion.id + QStringLiteral(" — ") + criterion.title.text(), criterion.id);
    }
    for (ActionStatus status :
         {ActionStatus::Planned, ActionStatus::InProgress, ActionStatus::Done, ActionStatus::Dropped}) {
        m_status->addItem(ActionLabels::status(status), static_cast<int>(status));
    }
    for (ActionPriority priority : {ActionPriority::High, ActionPriority::Medium, ActionPriority::Low}) {
        m_priority->addItem(ActionLabels::priority(priority), static_cast<int>(priority));
    }
    m_priority->setCurrentIndex(1);
    auto* form = new QFormLayout(this);
    form->addRow(tr("&Action:"), m_title);
    form->addRow(tr("&Criterion:"), m_criterion);
    form->addRow(tr("&Lead institution:"), m_lead);
    form->addRow(tr("&Partners:"), m_partners);
    auto* dueRow = new QHBoxLayout;
    dueRow->addWidget(m_hasDue);
    dueRow->addWidget(m_due);
    // A row holding a layout gets a label without a buddy (see NewAssessmentDialog): give it one.
    auto* dueLabel = new QLabel(tr("&Due:"), this);
    dueLabel->setBuddy(m_hasDue);
    form->addRow(dueLabel, dueRow);
    form->addRow(tr("&Status:"), m_status);
    form->addRow(tr("P&riority:"), m_priority);
    form->addRow(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_title, &QLineEdit::textChanged, this, &ActionDialog::validate);
    validate();
    resize(560, sizeHint().height()); // as tall as its rows: no blank band under the buttons
}

void ActionDialog::setAction(const ActionItem& action) {
    m_title->setText(action.title);
    m_criterion->setCurrentIndex(std::max(0, m_criterion->findData(action.criterionId)));
    m_lead->setText(action.leadInstitution);
    m_partners->setText(action.partners.join(QStringLiteral(", ")));
    m_hasDue->setChecked(action.due.isValid());
    if (action.due.isValid()) {
        m_due->setDate(action.due);
    }
    m_status->setCurrentIndex(m_status->findData(static_cast<int>(action.status)));
    m_priority->setCurrentIndex(m_priority->findData(static_cast<int>(action.priority)));
}

ActionItem ActionDialog::action() const {
    ActionItem result;
    result.title = m_title->text().trimmed();
    result.criterionId = m_criterion->currentData().toString();
    result.leadInstitution = m_lead->text().trimmed();
    for (const QString& partner : m_partners->text().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (!partner.trimmed().isEmpty()) {
            result.partners << partner.trimmed();
        }
    }
    result.due = m_hasDue->isChecked() ? m_due->date() : QDate();
    result.status = static_cast<ActionStatus>(m_status->currentData().toInt());
    result.priority = static_cast<ActionPriority>(m_priority->currentData().toInt());
    return result;
}

void ActionDialog::validate() {
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_title->text().trimmed().isEmpty());
}

} // namespace coherence
