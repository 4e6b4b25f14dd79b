#pragma once

#include "AssessmentMetadata.h"
#include "Plan.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

class QComboBox;
class QFormLayout;
class QLineEdit;
class QWidget;

namespace coherence {

/**
 * The fields that New assessment and Assessment details both ask for: the plan (title, country,
 * period, document), and who assesses it (role, assessors, organisation; the assessment's own title
 * in Assessment details). Made in one place, so that both dialogs label, read and check them alike.
 */
class PlanDetailsFields {
    Q_DECLARE_TR_FUNCTIONS(PlanDetailsFields)

public:
    enum class AssessmentTitle { Asked, NotAsked };

    /// Creates the fields as children of @p parent; addRows() places them.
    PlanDetailsFields(QWidget* parent, AssessmentTitle assessmentTitle);

    void addRows(QFormLayout* form) const;
    void setValues(const Plan& plan, const AssessmentMetadata& metadata);
    Plan plan() const;
    /// @p original with what the fields edit (title where asked, role, assessors, organisation).
    AssessmentMetadata metadata(const AssessmentMetadata& original = {}) const;
    /// What keeps the details from being kept ("Give the plan's title."), or an empty string: every
    /// report and the start page name the plan and its country.
    QString problem() const;

    QLineEdit* planTitle() const { return m_planTitle; }
    QLineEdit* country() const { return m_country; }

private:
    /// Assessors typed as "A. Name, B. Name": each name trimmed, empty ones left out.
    static QStringList splitNames(const QString& names);

    QLineEdit* m_planTitle;
    QLineEdit* m_country;
    QLineEdit* m_period;
    QLineEdit* m_documentReference;
    QLineEdit* m_assessmentTitle = nullptr;
    QComboBox* m_role;
    QLineEdit* m_assessors;
    QLineEdit* m_organisation;
};

} // namespace coherence
