#include "AssessmentSession.h"

#include "SetActionsCommand.h"
#include "SetDetailsCommand.h"
#include "SetPageCorrectionCommand.h"
#include "SetRatingCommand.h"

namespace coherence {

AssessmentSession::AssessmentSession(std::unique_ptr<AssessmentDocument> document, QObject* parent)
    : QObject(parent)
    , m_document(std::move(document))
    , m_undoStack(new QUndoStack(this))
    , m_scorer(m_document->assessment().rubric()) {
    rescore();
}

AssessmentSession::~AssessmentSession() {
    // The stack's commands refer to this session; clear it while the session is still whole.
    m_undoStack->clear();
}

void AssessmentSession::rescore() {
    m_report = m_scorer.score(m_document->assessment());
    m_warningsByCriterion.clear();
    for (const ConsistencyWarning& warning : m_report.warnings) {
        m_warningsByCriterion[warning.criterionId].append(warning);
    }
    m_gapByCriterion.clear();
    for (const Gap& gap : m_report.gaps) {
        m_gapByCriterion.insert(gap.criterionId, gap); // one gap per criterion
    }
}

void AssessmentSession::rescore(const QString& criterionId) {
    const Scorer::CriterionFindings findings =
        m_scorer.update(m_report, m_document->assessment(), criterionId);
    if (findings.warnings.isEmpty()) {
        m_warningsByCriterion.remove(criterionId);
    } else {
        m_warningsByCriterion.insert(criterionId, findings.warnings);
    }
    if (findings.gap) {
        m_gapByCriterion.insert(criterionId, *findings.gap);
    } else {
        m_gapByCriterion.remove(criterionId);
    }
}

bool AssessmentSession::changeRating(const QString& criterionId, const Rating& rating,
                                     const QString& description, int mergeId) {
    if (assessment().rating(criterionId) == rating) {
        return true;
    }
    QString error;
    if (m_document->isReadOnly() || !assessment().validateRating(criterionId, rating).isEmpty()) {
        (void)m_document->setRating(criterionId, rating, &error); // only to get the message
        emit writeFailed(error);
        return false;
    }
    auto* command = new SetRatingCommand(this, criterionId, assessment().rating(criterionId), rating,
                                         description, mergeId);
    // Apply first and push only what was saved: a failed write must not leave an undo entry behind.
    if (!applyRating(criterionId, rating)) {
        delete command;
        return false;
    }
    command->markApplied();
    m_undoStack->push(command);
    return true;
}

bool AssessmentSession::changeActions(const QList<ActionItem>& actions, const QString& description) {
    if (actions == assessment().actions()) {
        return true;
    }
    auto* command = new SetActionsCommand(this, assessment().actions(), actions, description);
    if (!applyActions(actions, description)) {
        delete command;
        return false;
    }
    command->markApplied();
    m_undoStack->push(command);
    return true;
}

bool AssessmentSession::changeDetails(const Plan& plan, const AssessmentMetadata& metadata) {
    auto* command = new SetDetailsCommand(this, assessment().plan(), assessment().metadata(), plan, metadata);
    if (!applyDetails(plan, metadata)) {
        delete command;
        return false;
    }
    command->markApplied();
    m_undoStack->push(command);
    return true;
}

bool AssessmentSession::changePageCorrection(const QString& criterionId, int referenceIndex,
                                             const QString& page) {
    const QString before = assessment().pageCorrection(criterionId, referenceIndex);
    auto* command = new SetPageCorrectionCommand(this, criterionId, referenceIndex, before, page);
    if (!applyPageCorrection(criterionId, referenceIndex, page)) {
        delete command;
        return false;
    }
    command->markApplied();
    m_undoStack->push(command);
    return true;
}

bool AssessmentSession::applyPageCorrection(const QString& criterionId, int referenceIndex,
                                            const QString& page) {
    QString error;
    if (!m_document->setPageCorrection(criterionId, referenceIndex, page, &error)) {
        emit writeFailed(error);
        return false;
    }
    emit pageCorrectionChanged(criterionId);
    emit saved();
    return true;
}

bool AssessmentSession::applyRating(const QString& criterionId, const Rating& rating) {
    QString error;
    if (!m_document->setRating(criterionId, rating, &error)) {
        emit writeFailed(error);
        return false;
    }
    rescore(criterionId);
    emit ratingChanged(criterionId);
    emit scoresChanged();
    emit saved();
    return true;
}

bool AssessmentSession::applyActions(const QList<ActionItem>& actions, const QString& what) {
    QString error;
    if (!m_document->setActions(actions, what, &error)) {
        emit writeFailed(error);
        return false;
    }
    emit actionsChanged();
    emit saved();
    return true;
}

bool AssessmentSession::applyDetails(const Plan& plan, const AssessmentMetadata& metadata) {
    QString error;
    if (!m_document->setPlan(plan, &error) || !m_document->setMetadata(metadata, &error)) {
        emit writeFailed(error);
        return false;
    }
    emit detailsChanged();
    emit saved();
    return true;
}

QList<ConsistencyWarning> AssessmentSession::warningsOf(const QString& criterionId) const {
    return m_warningsByCriterion.value(criterionId);
}

bool AssessmentSession::hasWarnings(const QString& criterionId) const {
    // Only criteria with warnings have an entry.
    return m_warningsByCriterion.contains(criterionId);
}

const Gap* AssessmentSession::gapOf(const QString& criterionId) const {
    const auto found = m_gapByCriterion.constFind(criterionId);
    return found == m_gapByCriterion.cend() ? nullptr : &*found;
}

} // namespace coherence
