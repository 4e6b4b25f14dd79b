#include "SetPageCorrectionCommand.h"

#include "AssessmentSession.h"

#include <QCoreApplication>

namespace coherence {

SetPageCorrectionCommand::SetPageCorrectionCommand(AssessmentSession* session, QString criterionId,
                                                   int referenceIndex, QString before, QString after)
    : QUndoCommand(QCoreApplication::translate("SetPageCorrectionCommand", "Correct a handbook page of %1")
                       .arg(criterionId))
    , m_session(session)
    , m_criterionId(std::move(criterionId))
    , m_referenceIndex(referenceIndex)
    , m_before(std::move(before))
    , m_after(std::move(after)) {
}

void SetPageCorrectionCommand::undo() {
    (void)m_session->applyPageCorrection(m_criterionId, m_referenceIndex, m_before);
}

void SetPageCorrectionCommand::redo() {
    if (m_applied) {
        m_applied = false;
        return;
    }
    (void)m_session->applyPageCorrection(m_criterionId, m_referenceIndex, m_after);
}

} // namespace coherence
