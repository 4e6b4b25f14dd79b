#include "AssessmentDetailsDialog.h"

#include "NewAssessmentDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace coherence {

AssessmentDetailsDialog::AssessmentDetailsDialog(const Plan& plan, const AssessmentMetadata& metadata,
                                                 QWidget* parent)
    : QDialog(parent)
    , m_planTitle(new QLineEdit(plan.title, this))
    , m_country(new QLineEdit(plan.country, this))
    , m_period(new QLineEdit(plan.period, this))
    , m_documentReference(new QLineEdit(plan.documentReference, this))
    , m_assessmentTitle(new QLineEdit(metadata.title, this))
    , m_role(new QComboBox(this))
    , m_assessors(new QLineEdit(metadata.assessors.join(QStringLiteral(", ")), this))
    , m_organisation(new QLineEdit(metadata.organisation, this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this)) {
    setWindowTitle(tr("Assessment details"));
    setObjectName(QStringLiteral("assessmentDetailsDialog"));
    m_planTitle->setObjectName(QStringLiteral("planTitleLineEdit"));
    m_country->setObjectName(QStringLiteral("countryLineEdit"));
    m_period->setObjectName(QStringLiteral("periodLineEdit"));
    m_documentReference->setObjectName(QStringLiteral("documentReferenceLineEdit"));
    m_assessmentTitle->setObjectName(QStringLiteral("assessmentTitleLineEdit"));
    m_role->setObjectName(QStringLiteral("roleComboBox"));
    m_assessors->setObjectName(QStringLiteral("assessorsLineEdit"));
    m_organisation->setObjectName(QStringLiteral("organisationLineEdit"));
    m_problem->setObjectName(QStringLiteral("problemLabel"));
    m_assessors->setPlaceholderText(tr("Names, separated by commas"));
    NewAssessmentDialog::addRoles(m_role);
    m_role->setCurrentIndex(std::max(0, m_role->findData(static_cast<int>(metadata.role))));

    auto* form = new QFormLayout(this);
    form->addRow(tr("Plan &title:"), m_planTitle);
    form->addRow(tr("&Country:"), m_country);
    form->addRow(tr("&Period:"), m_period);
    form->addRow(tr("&Document reference:"), m_documentReference);
    form->addRow(tr("Assessment t&itle:"), m_assessmentTitle);
    form->addRow(tr("&Role:"), m_role);
    form->addRow(tr("&Assessors:"), m_assessors);
    form->addRow(tr("&Organisation:"), m_organisation);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #a40000"));
    form->addRow(m_problem);
    form->addRow(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit* edit : {m_planTitle, m_country, m_period, m_documentReference, m_assessmentTitle,
                            m_assessors, m_organisation}) {
        // A text longer than its field would otherwise show its end, the cursor being put there.
        edit->setCursorPosition(0);
    }
    for (QLineEdit* edit : {m_planTitle, m_country}) {
        connect(edit, &QLineEdit::textChanged, this, &AssessmentDetailsDialog::validate);
    }
    validate();
    resize(620, sizeHint().height()); // as wide as New assessment, which asks for the same texts
}

Plan AssessmentDetailsDialog::plan() const {
    return {m_planTitle->text().trimmed(), m_country->text().trimmed(), m_period->text().trimmed(),
            m_documentReference->text().trimmed()};
}

AssessmentMetadata AssessmentDetailsDialog::metadata(const AssessmentMetadata& original) const {
    AssessmentMetadata result = original;
    result.title = m_assessmentTitle->text().trimmed();
    result.role = static_cast<AssessmentRole>(m_role->currentData().toInt());
    result.assessors = NewAssessmentDialog::splitNames(m_assessors->text());
    result.organisation = m_organisation->text().trimmed();
    return result;
}

void AssessmentDetailsDialog::validate() {
    // The same rules as New assessment: every report and the start page name the plan and country.
    QString problem;
    if (m_planTitle->text().trimmed().isEmpty()) {
        problem = tr("Give the plan's title.");
    } else if (m_country->text().trimmed().isEmpty()) {
        problem = tr("Give the country.");
    }
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

} // namespace coherence
