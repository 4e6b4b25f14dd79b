#include "ChartFactory.h"

#include "ChartLabels.h"
#include "ReportSvgCharts.h"

#include <QCoreApplication>
#include <QFont>
#include <QtCharts/QAreaSeries>
#include <QtCharts/QBarCategoryAxis>
#include <QtCharts/QBarSet>
#include <QtCharts/QCategoryAxis>
#include <QtCharts/QChart>
#include <QtCharts/QHorizontalBarSeries>
#include <QtCharts/QLineSeries>
#include <QtCharts/QPolarChart>
#include <QtCharts/QValueAxis>

namespace coherence {

namespace {

/// Area names down the left (small type: there are a dozen), values along the bottom.
void attachAxes(QChart* chart, QHorizontalBarSeries* series, const QStringList& categories, int minimum,
                int maximum, const QString& labelFormat) {
    auto* categoryAxis = new QBarCategoryAxis;
    categoryAxis->append(categories);
    QFont small = categoryAxis->labelsFont();
    small.setPointSizeF(small.pointSizeF() * 0.8);
    categoryAxis->setLabelsFont(small);
    auto* valueAxis = new QValueAxis;
    valueAxis->setRange(minimum, maximum);
    valueAxis->setLabelFormat(labelFormat);
    chart->addAxis(categoryAxis, Qt::AlignLeft);
    chart->addAxis(valueAxis, Qt::AlignBottom);
    series->attachAxis(categoryAxis);
    series->attachAxis(valueAxis);
}

} // namespace

QChart* ChartFactory::areaRadar(const Rubric& rubric, const ScoreReport& report) {
    auto* chart = new QPolarChart;
    chart->setTitle(QCoreApplication::translate("ChartFactory", "Area profile"));
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->legend()->hide();
    auto* angular = new QCategoryAxis;
    angular->setRange(0, 360);
    angular->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    QFont small = angular->labelsFont();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    angular->setLabelsFont(small);
    auto* radial = new QValueAxis;
    radial->setRange(0, 100);
    radial->setTickCount(5);
    radial->setLabelFormat(QStringLiteral("%d"));
    auto* series = new QLineSeries;
    const qsizetype count = report.areas.size();
    QStringList titles;
    for (const AreaScore& score : report.areas) {
        const Area* area = rubric.area(score.areaId);
        titles << (area ? area->title.text() : score.areaId);
    }
    // Short names: a polar chart's plot shrinks by the width of its widest label on either side and
    // hides a label that overlaps its neighbour. Twelve whole titles left a plot a third of the view
    // wide, with a quarter of the labels hidden. The score panel names every area in full.
    const QStringList labels = ChartLabels::spokeLabels(titles);
    for (qsizetype a = 0; a < count; ++a) {
        const double angle = 360.0 * static_cast<double>(a) / static_cast<double>(count);
        angular->append(report.areas[a].score ? labels[a] : labels[a] + QStringLiteral(" (—)"), angle);
        series->append(angle, report.areas[a].score.value_or(0));
    }
    if (count > 0) {
        series->append(360, report.areas.first().score.value_or(0)); // close the polygon
    }
    // Filled, as on the workshop's profile slide and in the reports: the shape reads at a glance. The
    // fill has no outline of its own, which would run from the first spoke's point to the centre; a
    // line over it draws the profile's edge.
    auto* fill = new QAreaSeries;
    auto* fillEdge = new QLineSeries(fill); // an area series does not own the lines it spans
    fillEdge->append(series->points());
    fill->setUpperSeries(fillEdge);
    chart->addSeries(fill);
    chart->addSeries(series);
    // Both in the theme's first colour, the one the bar chart beside gives the scores.
    const QColor scoreColor = fill->color();
    QColor fillColor = scoreColor;
    fillColor.setAlphaF(0.25);
    fill->setPen(Qt::NoPen);
    fill->setBrush(fillColor);
    QPen pen = series->pen();
    pen.setWidth(3);
    pen.setColor(scoreColor);
    series->setPen(pen);
    chart->addAxis(angular, QPolarChart::PolarOrientationAngular);
    chart->addAxis(radial, QPolarChart::PolarOrientationRadial);
    for (QAbstractSeries* shown : chart->series()) {
        shown->attachAxis(angular);
        shown->attachAxis(radial);
    }
    return chart;
}

QChart* ChartFactory::areaBars(const Rubric& rubric, const ScoreReport& report) {
    auto* chart = new QChart;
    chart->setTitle(QCoreApplication::translate("ChartFactory", "Score and coverage by area"));
    auto* scores = new QBarSet(QCoreApplication::translate("ChartFactory", "Score"));
    auto* coverage = new QBarSet(QCoreApplication::translate("ChartFactory", "Coverage %"));
    QStringList categories;
    // Horizontal bars list bottom-up; reverse so the first area is on top, as in the rubric.
    for (qsizetype a = report.areas.size() - 1; a >= 0; --a) {
        const AreaScore& score = report.areas[a];
        const Area* area = rubric.area(score.areaId);
        categories << (area ? ReportSvgCharts::shortTitle(area->title.text(), 18) : score.areaId);
        *scores << score.score.value_or(0);
        *coverage << score.coverage.value_or(0);
    }
    auto* series = new QHorizontalBarSeries;
    series->append(scores);
    series->append(coverage);
    chart->addSeries(series);
    attachAxes(chart, series, categories, 0, 100, QStringLiteral("%d"));
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    return chart;
}

QChart* ChartFactory::areaDeltas(const Rubric& rubric, const QList<AreaComparison>& areas) {
    auto* chart = new QChart;
    chart->setTitle(QCoreApplication::translate("ChartFactory", "Change by area, B − A (score points)"));
    auto* deltas = new QBarSet(QCoreApplication::translate("ChartFactory", "Change"));
    QStringList categories;
    for (qsizetype a = areas.size() - 1; a >= 0; --a) {
        const Area* area = rubric.area(areas[a].areaId);
        const std::optional<double> delta = areas[a].delta();
        // An area scored on one side only has no change to show; say so in its label instead of drawing 0.
        categories << (area ? ReportSvgCharts::shortTitle(area->title.text(), 18) : areas[a].areaId) +
                          (delta ? QString() : QCoreApplication::translate("ChartFactory", " (n/a)"));
        *deltas << delta.value_or(0);
    }
    auto* series = new QHorizontalBarSeries;
    series->append(deltas);
    chart->addSeries(series);
    attachAxes(chart, series, categories, -100, 100, QStringLiteral("%+d"));
    chart->legend()->hide();
    chart->setMargins(QMargins(4, 4, 4, 4));
    return chart;
}

} // namespace coherence
