#include "SetActionsCommand.h"

#include "AssessmentSession.h"

namespace coherence {

SetActionsCommand::SetActionsCommand(AssessmentSession* session, QList<ActionItem> before,
                                     QList<ActionItem> after, const QString& description)
    : QUndoCommand(description)
    , m_session(session)
    , m_before(std::move(before))
    , m_after(std::move(after)) {
}

void SetActionsCommand::undo() {
    (void)m_session->applyActions(m_before, QStringLiteral("action.undo"));
}

void SetActionsCommand::redo() {
    if (m_applied) {
        m_applied = false;
        return;
    }
    (void)m_session->applyActions(m_after, QStringLiteral("action.redo"));
}

} // namespace coherence
