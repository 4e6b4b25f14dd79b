#include "SetDetailsCommand.h"

#include "AssessmentSession.h"

#include <QCoreApplication>

namespace coherence {

SetDetailsCommand::SetDetailsCommand(AssessmentSession* session, Plan planBefore,
                                     AssessmentMetadata metadataBefore, Plan planAfter,
                                     AssessmentMetadata metadataAfter)
    : QUndoCommand(QCoreApplication::translate("SetDetailsCommand", "Edit assessment details"))
    , m_session(session)
    , m_planBefore(std::move(planBefore))
    , m_metadataBefore(std::move(metadataBefore))
    , m_planAfter(std::move(planAfter))
    , m_metadataAfter(std::move(metadataAfter)) {
}

void SetDetailsCommand::undo() {
    (void)m_session->applyDetails(m_planBefore, m_metadataBefore);
}

void SetDetailsCommand::redo() {
    if (m_applied) {
        m_applied = false;
        return;
    }
    (void)m_session->applyDetails(m_planAfter, m_metadataAfter);
}

} // namespace coherence
