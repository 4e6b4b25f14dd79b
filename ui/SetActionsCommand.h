#pragma once

#include "ActionItem.h"

#include <QList>
#include <QUndoCommand>

namespace coherence {

class AssessmentSession;

/// Any change of the action plan (add, edit, remove), kept as the whole list before and after.
class SetActionsCommand : public QUndoCommand {
public:
    SetActionsCommand(AssessmentSession* session, QList<ActionItem> before, QList<ActionItem> after,
                      const QString& description);

    void markApplied() { m_applied = true; }
    void undo() override;
    void redo() override;

private:
    AssessmentSession* m_session;
    QList<ActionItem> m_before;
    QList<ActionItem> m_after;
    bool m_applied = false;
};

} // namespace coherence
