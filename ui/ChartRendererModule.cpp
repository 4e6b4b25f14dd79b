#include "ChartRendererModule.h"

#include "ChartFactory.h"
#include "LocalizedText.h"

#include <QtCharts/QChart>
#include <QtCharts/QChartView>

// Only these names are exported (the module is built with hidden visibility and its static libraries'
// symbols excluded), so its own copy of the core never interposes on the executable's.
extern "C" {

Q_DECL_EXPORT QWidget* coherenceChartsCreateView(QWidget* parent, const QString& language);
Q_DECL_EXPORT void coherenceChartsShowAreaRadar(QWidget* view, const coherence::Rubric& rubric,
                                                const coherence::ScoreReport& report);
Q_DECL_EXPORT void coherenceChartsShowAreaBars(QWidget* view, const coherence::Rubric& rubric,
                                               const coherence::ScoreReport& report);
Q_DECL_EXPORT void coherenceChartsShowAreaDeltas(QWidget* view, const coherence::Rubric& rubric,
                                                 const QList<coherence::AreaComparison>& areas);

} // extern "C"

namespace {

/// Puts @p chart into @p view (a QChartView made by coherenceChartsCreateView), deleting the one it
/// replaces: a QChartView does not own a chart it is given.
void replaceChart(QWidget* view, QChart* chart) {
    auto* chartView = static_cast<QChartView*>(view);
    QChart* old = chartView->chart();
    chartView->setChart(chart);
    delete old;
}

} // namespace

QWidget* coherenceChartsCreateView(QWidget* parent, const QString& language) {
    coherence::LocalizedText::setDefaultLanguage(language);
    auto* view = new QChartView(parent);
    view->setRenderHint(QPainter::Antialiasing);
    return view;
}

void coherenceChartsShowAreaRadar(QWidget* view, const coherence::Rubric& rubric,
                                  const coherence::ScoreReport& report) {
    replaceChart(view, coherence::ChartFactory::areaRadar(rubric, report));
}

void coherenceChartsShowAreaBars(QWidget* view, const coherence::Rubric& rubric,
                                 const coherence::ScoreReport& report) {
    replaceChart(view, coherence::ChartFactory::areaBars(rubric, report));
}

void coherenceChartsShowAreaDeltas(QWidget* view, const coherence::Rubric& rubric,
                                   const QList<coherence::AreaComparison>& areas) {
    replaceChart(view, coherence::ChartFactory::areaDeltas(rubric, areas));
}
