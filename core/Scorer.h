#pragma once

#include "Assessment.h"
#include "Rubric.h"
#include "ScoreReport.h"

#include <vector>

namespace coherence {

/**
 * Computes a ScoreReport exactly as docs/scoring.md defines it.
 *
 * The rubric's layout (which area each criterion is in, weights, default targets) is flattened
 * once at construction, so scoring an assessment is one pass over the criteria plus a sort of
 * the gaps. After one rating changes, update() brings a report up to date by scoring that
 * criterion's area again and moving its gap and warnings: the report it leaves is the one score()
 * gives, figure for figure (the same sums in the same order; a test compares them after thousands
 * of random changes), in a time that grows with the area, not the rubric (docs/performance.md).
 */
class Scorer {
public:
    explicit Scorer(RubricPtr rubric);

    ScoreReport score(const Assessment& assessment) const;

    /// What a report says about one criterion.
    struct CriterionFindings {
        std::optional<Gap> gap;
        QList<ConsistencyWarning> warnings; ///< in the report's order
    };
    /// Brings @p report, which score() or update() made for @p assessment before the rating of
    /// @p criterionId changed, up to date, and returns what it now says about that criterion. A
    /// criterion the rubric does not have changes nothing.
    CriterionFindings update(ScoreReport& report, const Assessment& assessment,
                             const QString& criterionId) const;

    /// level / max level × 100.
    double criterionScore(int level) const;
    /// 0 → absent, up to three quarters of the scale → partial, above → complete.
    static void classify(int level, int maxLevel, Crosswalk& into);

    const RubricPtr& rubric() const { return m_rubric; }

private:
    struct CriterionLayout {
        qsizetype areaIndex;
        double weight;
        double areaWeight;
    };
    struct WeightedMean {
        double weightedSum = 0;
        double weights = 0;

        void add(double value, double weight);
        std::optional<double> value() const;
    };

    /// Counts criterion @p c with its rating (if any) in @p area and @p mean, and appends its gap and
    /// warnings to @p gaps and @p warnings when they are given.
    void addCriterion(qsizetype c, const QHash<QString, Rating>& ratings, AreaScore& area, WeightedMean& mean,
                      QList<Gap>* gaps, QList<ConsistencyWarning>* warnings) const;
    /// The report's totals, overall and block scores, from its areas.
    void summarise(ScoreReport& report) const;
    /// Orders gaps as score() lists them: by priority, highest first, then in rubric order.
    bool gapComesBefore(const Gap& left, const Gap& right) const;
    /// The rubric's own index: a copy of it cost a thousand inserts at each scorer's construction.
    qsizetype indexOf(const QString& criterionId) const { return m_rubric->criterionIndex(criterionId); }

    RubricPtr m_rubric;
    std::vector<CriterionLayout> m_layout;
    std::vector<std::vector<qsizetype>> m_areaCriteria; ///< per area, its criteria's indexes in rubric order
};

} // namespace coherence
