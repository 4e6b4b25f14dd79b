#include "PlanDetailsFields.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>

namespace coherence {

PlanDetailsFields::PlanDetailsFields(QWidget* parent, AssessmentTitle assessmentTitle)
    : m_planTitle(new QLineEdit(parent))
    , m_country(new QLineEdit(parent))
    , m_period(new QLineEdit(parent))
    , m_documentReference(new QLineEdit(parent))
    , m_role(new QComboBox(parent))
    , m_assessors(new QLineEdit(parent))
    , m_organisation(new QLineEdit(parent)) {
    m_planTitle->setObjectName(QStringLiteral("planTitleLineEdit"));
    m_country->setObjectName(QStringLiteral("countryLineEdit"));
    m_period->setObjectName(QStringLiteral("periodLineEdit"));
    m_documentReference->setObjectName(QStringLiteral("documentReferenceLineEdit"));
    m_role->setObjectName(QStringLiteral("roleComboBox"));
    m_assessors->setObjectName(QStringLiteral("assessorsLineEdit"));
    m_organisation->setObjectName(QStringLiteral("organisationLineEdit"));
    m_planTitle->setPlaceholderText(tr("e.g. National Development Plan 2026–2030"));
    m_period->setPlaceholderText(tr("e.g. 2026–2030"));
    m_documentReference->setPlaceholderText(tr("Where the plan can be found: number, link, ISBN"));
    m_assessors->setPlaceholderText(tr("Names, separated by commas"));
    m_role->addItem(tr("Government self-assessment"), static_cast<int>(AssessmentRole::Government));
    m_role->addItem(tr("Civil-society review"), static_cast<int>(AssessmentRole::CivilSociety));
    m_role->addItem(tr("Workshop"), static_cast<int>(AssessmentRole::Workshop));
    if (assessmentTitle == AssessmentTitle::Asked) {
        m_assessmentTitle = new QLineEdit(parent);
        m_assessmentTitle->setObjectName(QStringLiteral("assessmentTitleLineEdit"));
    }
}

void PlanDetailsFields::addRows(QFormLayout* form) const {
    form->addRow(tr("Plan &title:"), m_planTitle);
    form->addRow(tr("&Country:"), m_country);
    form->addRow(tr("&Period:"), m_period);
    form->addRow(tr("&Document reference:"), m_documentReference);
    if (m_assessmentTitle) {
        form->addRow(tr("Assessment t&itle:"), m_assessmentTitle);
    }
    form->addRow(tr("&Role:"), m_role);
    form->addRow(tr("&Assessors:"), m_assessors);
    form->addRow(tr("&Organisation:"), m_organisation);
}

void PlanDetailsFields::setValues(const Plan& plan, const AssessmentMetadata& metadata) {
    m_planTitle->setText(plan.title);
    m_country->setText(plan.country);
    m_period->setText(plan.period);
    m_documentReference->setText(plan.documentReference);
    if (m_assessmentTitle) {
        m_assessmentTitle->setText(metadata.title);
    }
    m_role->setCurrentIndex(std::max(0, m_role->findData(static_cast<int>(metadata.role))));
    m_assessors->setText(metadata.assessors.join(QStringLiteral(", ")));
    m_organisation->setText(metadata.organisation);
    for (QLineEdit* edit : {m_planTitle, m_country, m_period, m_documentReference, m_assessmentTitle,
                            m_assessors, m_organisation}) {
        if (edit) {
            // A text longer than its field would otherwise show its end, where setText() puts the cursor.
            edit->setCursorPosition(0);
        }
    }
}

Plan PlanDetailsFields::plan() const {
    return {m_planTitle->text().trimmed(), m_country->text().trimmed(), m_period->text().trimmed(),
            m_documentReference->text().trimmed()};
}

AssessmentMetadata PlanDetailsFields::metadata(const AssessmentMetadata& original) const {
    AssessmentMetadata result = original;
    if (m_assessmentTitle) {
        result.title = m_assessmentTitle->text().trimmed();
    }
    result.role = static_cast<AssessmentRole>(m_role->currentData().toInt());
    result.assessors = splitNames(m_assessors->text());
    result.organisation = m_organisation->text().trimmed();
    return result;
}

QString PlanDetailsFields::problem() const {
    if (m_planTitle->text().trimmed().isEmpty()) {
        return tr("Give the plan's title.");
    }
    if (m_country->text().trimmed().isEmpty()) {
        return tr("Give the country.");
    }
    return QString();
}

QStringList PlanDetailsFields::splitNames(const QString& names) {
    QStringList result;
    for (const QString& name : names.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (!name.trimmed().isEmpty()) {
            result << name.trimmed();
        }
    }
    return result;
}

} // namespace coherence
