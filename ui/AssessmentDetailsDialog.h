#pragma once

#include "PlanDetailsFields.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;

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
    Plan plan() const { return m_fields.plan(); }
    /// @p original with what the dialog edits (title, role, assessors, organisation) replaced.
    AssessmentMetadata metadata(const AssessmentMetadata& original) const {
        return m_fields.metadata(original);
    }

private:
    void validate();

    PlanDetailsFields m_fields;
    QLabel* m_problem;
    QDialogButtonBox* m_buttons;
};

} // namespace coherence
