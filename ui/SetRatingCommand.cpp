#include "SetRatingCommand.h"

#include "AssessmentSession.h"

namespace coherence {

SetRatingCommand::SetRatingCommand(AssessmentSession* session, QString criterionId, Rating before,
                                   Rating after, const QString& description, int mergeId)
    : QUndoCommand(description)
    , m_session(session)
    , m_criterionId(std::move(criterionId))
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_mergeId(mergeId) {
}

void SetRatingCommand::undo() {
    // A failed write is reported by the session (status bar); the command stays so redo can retry.
    (void)m_session->applyRating(m_criterionId, m_before);
}

void SetRatingCommand::redo() {
    if (m_applied) {
        m_applied = false;
        return;
    }
    (void)m_session->applyRating(m_criterionId, m_after);
}

bool SetRatingCommand::mergeWith(const QUndoCommand* other) {
    const auto* next = static_cast<const SetRatingCommand*>(other);
    if (next->m_criterionId != m_criterionId) {
        return false;
    }
    m_after = next->m_after;
    return true;
}

} // namespace coherence
