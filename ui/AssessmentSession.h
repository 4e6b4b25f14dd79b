#pragma once

#include "AssessmentDocument.h"
#include "ScoreReport.h"
#include "Scorer.h"

#include <QHash>
#include <QObject>
#include <QUndoStack>

#include <memory>

namespace coherence {

/**
 * One open assessment in the GUI: the document (which saves every edit at once), its undo stack
 * and its always-current scores. Views never write to the document themselves: they push undo
 * commands, and commands call apply…(), so every edit is undoable and every undo is saved like
 * any edit.
 */
class AssessmentSession : public QObject {
    Q_OBJECT

public:
    explicit AssessmentSession(std::unique_ptr<AssessmentDocument> document, QObject* parent = nullptr);
    ~AssessmentSession() override;

    const Assessment& assessment() const { return m_document->assessment(); }
    const Rubric& rubric() const { return *m_document->assessment().rubric(); }
    const AssessmentDocument& document() const { return *m_document; }
    QUndoStack* undoStack() const { return m_undoStack; }
    const ScoreReport& report() const { return m_report; }
    bool isReadOnly() const { return m_document->isReadOnly(); }

    /// Pushes an undoable rating change; returns false (and says why) when it cannot be saved.
    bool changeRating(const QString& criterionId, const Rating& rating, const QString& description,
                      int mergeId = -1);
    bool changeActions(const QList<ActionItem>& actions, const QString& description);
    bool changeDetails(const Plan& plan, const AssessmentMetadata& metadata);
    bool changePageCorrection(const QString& criterionId, int referenceIndex, const QString& page);

    // Called by undo commands only.
    bool applyRating(const QString& criterionId, const Rating& rating);
    bool applyActions(const QList<ActionItem>& actions, const QString& what);
    bool applyDetails(const Plan& plan, const AssessmentMetadata& metadata);
    bool applyPageCorrection(const QString& criterionId, int referenceIndex, const QString& page);

    /// Warnings of one criterion (from the current report).
    QList<ConsistencyWarning> warningsOf(const QString& criterionId) const;
    /// Whether warningsOf(@p criterionId) has any, without copying them.
    bool hasWarnings(const QString& criterionId) const;
    /// The gap of one criterion, or nullptr; valid until the next rating change.
    const Gap* gapOf(const QString& criterionId) const;

signals:
    void ratingChanged(const QString& criterionId);
    void actionsChanged();
    void detailsChanged();
    void pageCorrectionChanged(const QString& criterionId);
    void scoresChanged();
    /// Every successful write; the status bar says "All changes saved".
    void saved();
    void writeFailed(const QString& message);

private:
    void rescore();
    /// After one rating changed: the scorer updates the report, and the criterion's entries here.
    void rescore(const QString& criterionId);

    std::unique_ptr<AssessmentDocument> m_document;
    QUndoStack* m_undoStack;
    Scorer m_scorer;
    ScoreReport m_report;
    /// Per criterion, its warnings and gap as m_report has them: views ask for every row and every
    /// role, so a scan of the lists each time was quadratic in a paint. Copies rather than positions,
    /// which a change moves for every criterion after it.
    QHash<QString, QList<ConsistencyWarning>> m_warningsByCriterion;
    QHash<QString, Gap> m_gapByCriterion;
};

} // namespace coherence
