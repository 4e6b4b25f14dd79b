#pragma once

#include <QString>
#include <QUndoCommand>

namespace coherence {

class AssessmentSession;

/// Records (or clears) the handbook page the assessor found for one reference.
class SetPageCorrectionCommand : public QUndoCommand {
public:
    SetPageCorrectionCommand(AssessmentSession* session, QString criterionId, int referenceIndex,
                             QString before, QString after);

    void markApplied() { m_applied = true; }
    void undo() override;
    void redo() override;

private:
    AssessmentSession* m_session;
    QString m_criterionId;
    int m_referenceIndex;
    QString m_before;
    QString m_after;
    bool m_applied = false;
};

} // namespace coherence
