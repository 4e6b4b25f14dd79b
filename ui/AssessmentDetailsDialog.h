#pragma once

#include "AssessmentMetadata.h"
#include "Plan.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace coherence {

/**
 * File > Assessment details: the plan and who assesses it, as New assessment asks for them, for an
 * assessment already open. Problems are shown inline as they are typed, and OK is enabled only when
 * the details can be kept, so that OK never closes the dialog without keeping what was typed.
 */
class AssessmentDetailsDialog : public QDialog {
    Q_OBJECT

public:
    AssessmentDetailsDialog(const Plan& plan, const AssessmentMetadata& metadata, QWidget* parent = nullptr);

    /// The plan as edited; meaningful after accept().
    Plan plan() const;
    /// @p original with what the dialog edits (title, role, assessors, organisation) replaced.
    AssessmentMetadata metadata(const AssessmentMetadata& original) const;

private:
    void validate();

    QLineEdit* m_planTitle;
    QLineEdit* m_country;
    QLineEdit* m_period;
    QLineEdit* m_documentReference;
    QLineEdit* m_assessmentTitle;
    QComboBox* m_role;
    QLineEdit* m_assessors;
    QLineEdit* m_organisation;
    QLabel* m_problem;
    QDialogButtonBox* m_buttons;
};

} // namespace coherence
