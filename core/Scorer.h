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
 * the gaps: it is cheap enough to redo in full after every edit (see docs/performance.md),
 * which keeps the GUI's live score panel free of incremental-update bugs.
 */
class Scorer {
public:
    explicit Scorer(RubricPtr rubric);

    ScoreReport score(const Assessment& assessment) const;

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

    RubricPtr m_rubric;
    std::vector<CriterionLayout> m_layout;
};

} // namespace coherence
