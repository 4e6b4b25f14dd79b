#pragma once

#include "Rating.h"

#include <QUndoCommand>

namespace coherence {

class AssessmentSession;

/**
 * Changes one criterion's rating. Typing in a note or justification produces many small edits;
 * consecutive ones on the same field of the same criterion merge (mergeId) into one undo step.
 */
class SetRatingCommand : public QUndoCommand {
public:
    /// Merge ids, one per kind of text field, so a note edit never swallows a level change.
    enum MergeId { NoteText = 1001, PrivateNoteText, JustificationText };

    SetRatingCommand(AssessmentSession* session, QString criterionId, Rating before, Rating after,
                     const QString& description, int mergeId = -1);

    /// The change was already applied and saved before the push: skip the push's redo().
    void markApplied() { m_applied = true; }

    void undo() override;
    void redo() override;
    int id() const override { return m_mergeId; }
    bool mergeWith(const QUndoCommand* other) override;

private:
    AssessmentSession* m_session;
    QString m_criterionId;
    Rating m_before;
    Rating m_after;
    int m_mergeId;
    bool m_applied = false;
};

} // namespace coherence
