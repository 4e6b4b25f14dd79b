#pragma once

#include "AssessmentMetadata.h"
#include "Plan.h"

#include <QUndoCommand>

namespace coherence {

class AssessmentSession;

/// A change of the plan's and the assessment's details (title, country, assessors, …).
class SetDetailsCommand : public QUndoCommand {
public:
    SetDetailsCommand(AssessmentSession* session, Plan planBefore, AssessmentMetadata metadataBefore,
                      Plan planAfter, AssessmentMetadata metadataAfter);

    void markApplied() { m_applied = true; }
    void undo() override;
    void redo() override;

private:
    AssessmentSession* m_session;
    Plan m_planBefore;
    AssessmentMetadata m_metadataBefore;
    Plan m_planAfter;
    AssessmentMetadata m_metadataAfter;
    bool m_applied = false;
};

} // namespace coherence
