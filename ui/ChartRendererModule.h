#pragma once

// The entry points of the chart module (coherence-charts.so): QtCharts views of an assessment's
// scores, built as a module that the desktop application opens when a chart is first shown (the
// dashboard, the comparison window). QtCharts and the OpenGL libraries it needs cost every start about
// 4 ms of loading, for views that no start shows (docs/performance.md).

#include "AssessmentComparison.h"

#include <QList>

class QString;
class QWidget;

namespace coherence {

class Rubric;
struct ScoreReport;

namespace ChartRendererModule {

/// The module's file name, without folder; ChartModule looks for it beside the executable, then in
/// the installed library folder.
inline constexpr char kFileName[] = "coherence-charts.so";

/// A new, empty chart view (a QChartView) that the functions below fill. Owned by @p parent. Rubric
/// texts in it are in @p language where the rubric has them: the module's copy of the core does not
/// share the window's default language (LocalizedText::setDefaultLanguage).
using CreateView = QWidget* (*)(QWidget* parent, const QString& language);
inline constexpr char kCreateView[] = "coherenceChartsCreateView";

/// Replaces the chart of @p view (made by CreateView) by the area-profile radar of @p report.
using ShowAreaRadar = void (*)(QWidget* view, const Rubric& rubric, const ScoreReport& report);
inline constexpr char kShowAreaRadar[] = "coherenceChartsShowAreaRadar";

/// Replaces the chart of @p view by the bars of area scores and coverage of @p report.
using ShowAreaBars = void (*)(QWidget* view, const Rubric& rubric, const ScoreReport& report);
inline constexpr char kShowAreaBars[] = "coherenceChartsShowAreaBars";

/// Replaces the chart of @p view by the per-area change from A to B.
using ShowAreaDeltas = void (*)(QWidget* view, const Rubric& rubric, const QList<AreaComparison>& areas);
inline constexpr char kShowAreaDeltas[] = "coherenceChartsShowAreaDeltas";

} // namespace ChartRendererModule

} // namespace coherence
