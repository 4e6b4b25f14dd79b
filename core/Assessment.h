#pragma once

#include "ActionItem.h"
#include "AssessmentMetadata.h"
#include "Plan.h"
#include "Rating.h"
#include "Rubric.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QMap>

namespace coherence {

/**
 * One assessment of one plan against one rubric: the ratings, the evidence and the action plan.
 *
 * It guards its own invariants (a level on the scale, N/A only with a justification, ratings
 * only for criteria of its rubric) so that no reader, importer or UI can store a rating that
 * the scoring would have to second-guess.
 */
class Assessment {
    Q_DECLARE_TR_FUNCTIONS(Assessment)

public:
    /// The longest note, excerpt or other text field accepted (characters). Far beyond any real
    /// note, it keeps a pasted document or a corrupt file from making every screen and report crawl.
    static constexpr qsizetype kMaxTextLength = 100000;

    /// The most votes one level can get: a large conference hall, not a referendum.
    static constexpr int kMaxVotes = 10000;

    /// Whether the assessment holds everything, or only what scoring reads
    /// (AssessmentDocument::OpenOptions::outline).
    enum class Completeness {
        Full,
        /// Ratings with their level, N/A, justification and target, and of each citation its kind
        /// alone; no notes, votes, plan, metadata, page corrections or actions. Citations of an outline
        /// point nowhere, so they are not checked for it.
        Outline,
    };

    explicit Assessment(RubricPtr rubric, Completeness completeness = Completeness::Full);

    const RubricPtr& rubric() const { return m_rubric; }
    bool isOutline() const { return m_completeness == Completeness::Outline; }

    const Plan& plan() const { return m_plan; }
    void setPlan(const Plan& plan) { m_plan = plan; }
    const AssessmentMetadata& metadata() const { return m_metadata; }
    void setMetadata(const AssessmentMetadata& metadata) { m_metadata = metadata; }

    /// The rating of @p criterionId; an empty (not yet rated) one when nothing was recorded.
    const Rating& rating(const QString& criterionId) const;
    const QHash<QString, Rating>& ratings() const { return m_ratings; }
    /// Why @p rating cannot be stored for @p criterionId, or an empty string when it can.
    QString validateRating(const QString& criterionId, const Rating& rating) const;
    /// Room for @p count ratings, for a reader that knows how many are coming.
    void reserveRatings(qsizetype count) { m_ratings.reserve(count); }
    /// Stores @p rating when valid; otherwise leaves everything as it was and returns false.
    [[nodiscard]] bool setRating(const QString& criterionId, const Rating& rating, QString* error = nullptr);

    /// The explicit target of the rating, else the criterion's default target.
    int effectiveTarget(const QString& criterionId) const;

    /**
     * Handbook page numbers come second-hand (from the NGO Committee statement), so a user who checks
     * them against the handbook can record the page as found. Keyed by criterion id and the index of
     * the handbook reference in that criterion; the rubric itself is never changed.
     */
    QString pageCorrection(const QString& criterionId, int referenceIndex) const;
    const QMap<QString, QString>& pageCorrections() const { return m_pageCorrections; }
    QString validatePageCorrection(const QString& criterionId, int referenceIndex, const QString& page) const;
    [[nodiscard]] bool setPageCorrection(const QString& criterionId, int referenceIndex, const QString& page,
                                         QString* error = nullptr);
    static QString pageCorrectionKey(const QString& criterionId, int referenceIndex);
    /// The criterion and reference index of a pageCorrectionKey(); false for anything else.
    static bool splitPageCorrectionKey(const QString& key, QString* criterionId, int* referenceIndex);

    const QList<ActionItem>& actions() const { return m_actions; }
    QString validateAction(const ActionItem& action) const;
    [[nodiscard]] bool addAction(const ActionItem& action, QString* error = nullptr);
    [[nodiscard]] bool replaceAction(qsizetype index, const ActionItem& action, QString* error = nullptr);
    void removeAction(qsizetype index);
    void setActions(const QList<ActionItem>& actions) { m_actions = actions; }

    /// Why a text field named @p field is too long, or an empty string.
    static QString checkLength(const QString& field, const QString& text);

private:
    RubricPtr m_rubric;
    Completeness m_completeness;
    Plan m_plan;
    AssessmentMetadata m_metadata;
    QHash<QString, Rating> m_ratings;
    QList<ActionItem> m_actions;
    QMap<QString, QString> m_pageCorrections;
};

} // namespace coherence
