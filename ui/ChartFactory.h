#pragma once

#include "AssessmentComparison.h"
#include "Rubric.h"
#include "ScoreReport.h"

class QChart;

namespace coherence {

/**
 * Builds the charts of an assessment: the area-profile radar and the score/coverage bars. Shared
 * by the dashboard and (later) the reports, so what is printed is what was on screen.
 */
class ChartFactory {
public:
    static QChart* areaRadar(const Rubric& rubric, const ScoreReport& report);
    static QChart* areaBars(const Rubric& rubric, const ScoreReport& report);
    /// Per-area change from A to B (score points, −100 to +100), for the comparison window.
    static QChart* areaDeltas(const Rubric& rubric, const QList<AreaComparison>& areas);
};

} // namespace coherence
