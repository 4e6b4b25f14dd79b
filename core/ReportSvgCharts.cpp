#include "ReportSvgCharts.h"

#include "ReportLocale.h"
#include "ScoreReportFormat.h"

#include <QtMath>

#include <algorithm>

namespace coherence {

namespace {

QString number(double value) {
    return QString::number(value, 'f', 1);
}

QString escaped(const QString& text) {
    return text.toHtmlEscaped();
}

QString svgStart(double width, double height) {
    return QStringLiteral("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %1 %2\" width=\"%1\" "
                          "height=\"%2\" role=\"img\" font-family=\"DejaVu Sans, Arial, sans-serif\" "
                          "font-size=\"11\">")
        .arg(width)
        .arg(height);
}

} // namespace

QString ReportSvgCharts::shortTitle(const QString& title, int maxLength) {
    return title.size() <= maxLength ? title : title.left(maxLength - 1).trimmed() + QStringLiteral("…");
}

QString ReportSvgCharts::areaRadar(const Rubric& rubric, const ScoreReport& report, const QString& language) {
    const double width = 780;
    const double height = 420;
    const double cx = width / 2;
    const double cy = height / 2 + 5;
    const double radius = 150;
    const qsizetype count = report.areas.size();
    const QLocale locale = ReportLocale::forLanguage(language);
    QString svg = svgStart(width, height);
    for (int ring = 1; ring <= 4; ++ring) {
        svg += QStringLiteral("<circle cx=\"%1\" cy=\"%2\" r=\"%3\" fill=\"none\" stroke=\"#cccccc\"/>")
                   .arg(number(cx), number(cy), number(radius * ring / 4));
        svg += QStringLiteral("<text x=\"%1\" y=\"%2\" fill=\"#888888\" font-size=\"9\">%3</text>")
                   .arg(number(cx + 2), number(cy - radius * ring / 4 - 2))
                   .arg(ring * 25);
    }
    QStringList points;
    for (qsizetype a = 0; a < count; ++a) {
        const double angle = 2 * M_PI * static_cast<double>(a) / static_cast<double>(count) - M_PI / 2;
        const double value = report.areas[a].score.value_or(0) / 100.0;
        points << number(cx + radius * value * std::cos(angle)) + QLatin1Char(',') +
                      number(cy + radius * value * std::sin(angle));
        const double lx = cx + (radius + 14) * std::cos(angle);
        const double ly = cy + (radius + 14) * std::sin(angle);
        const QString anchor = std::abs(std::cos(angle)) < 0.2
                                   ? QStringLiteral("middle")
                                   : (std::cos(angle) > 0 ? QStringLiteral("start") : QStringLiteral("end"));
        const Area* area = rubric.area(report.areas[a].areaId);
        const QString label = shortTitle(area ? area->title.text(language) : report.areas[a].areaId, 26) +
                              QStringLiteral(" (") +
                              ScoreReportFormat::formatScore(report.areas[a].score, locale) +
                              QLatin1Char(')');
        svg += QStringLiteral("<line x1=\"%1\" y1=\"%2\" x2=\"%3\" y2=\"%4\" stroke=\"#dddddd\"/>")
                   .arg(number(cx), number(cy), number(cx + radius * std::cos(angle)),
                        number(cy + radius * std::sin(angle)));
        svg += QStringLiteral(
                   "<text x=\"%1\" y=\"%2\" text-anchor=\"%3\" dominant-baseline=\"middle\">%4</text>")
                   .arg(number(lx), number(ly), anchor, escaped(label));
    }
    svg += QStringLiteral("<polygon points=\"%1\" fill=\"#1f77b4\" fill-opacity=\"0.25\" stroke=\"#1f77b4\" "
                          "stroke-width=\"2\"/>")
               .arg(points.join(QLatin1Char(' ')));
    svg += QStringLiteral("</svg>");
    return svg;
}

QString ReportSvgCharts::areaBars(const Rubric& rubric, const ScoreReport& report, const QString& language) {
    const double labelWidth = 230;
    const double barWidth = 360;
    const double rowHeight = 26;
    const double height = rowHeight * static_cast<double>(report.areas.size()) + 40;
    const double width = labelWidth + barWidth + 60;
    const QLocale locale = ReportLocale::forLanguage(language);
    QString svg = svgStart(width, height);
    for (qsizetype a = 0; a < report.areas.size(); ++a) {
        const AreaScore& score = report.areas[a];
        const Area* area = rubric.area(score.areaId);
        const double y = 10 + rowHeight * static_cast<double>(a);
        svg += QStringLiteral(
                   "<text x=\"%1\" y=\"%2\" text-anchor=\"end\" dominant-baseline=\"middle\">%3</text>")
                   .arg(number(labelWidth - 8), number(y + 9),
                        escaped(shortTitle(area ? area->title.text(language) : score.areaId, 34)));
        svg +=
            QStringLiteral(
                "<rect x=\"%1\" y=\"%2\" width=\"%3\" height=\"8\" fill=\"#2ca02c\" fill-opacity=\"0.55\"/>")
                .arg(number(labelWidth), number(y + 11), number(barWidth * score.coverage.value_or(0) / 100));
        svg += QStringLiteral("<rect x=\"%1\" y=\"%2\" width=\"%3\" height=\"10\" fill=\"#1f77b4\"/>")
                   .arg(number(labelWidth), number(y), number(barWidth * score.score.value_or(0) / 100));
        svg += QStringLiteral("<text x=\"%1\" y=\"%2\" dominant-baseline=\"middle\">%3</text>")
                   .arg(number(labelWidth + barWidth + 6), number(y + 6),
                        ScoreReportFormat::formatScore(score.score, locale));
    }
    const double legendY = height - 14;
    const QString scoreLegend = tr("score");
    // The second key follows the first, whatever its length in the report's language: about 7 units
    // a character at this size.
    const double coverageKey = labelWidth + std::max(80.0, 16 + 7 * double(scoreLegend.size()) + 16);
    svg += QStringLiteral(
               "<rect x=\"%1\" y=\"%2\" width=\"12\" height=\"10\" fill=\"#1f77b4\"/>"
               "<text x=\"%3\" y=\"%4\">%7</text>"
               "<rect x=\"%5\" y=\"%2\" width=\"12\" height=\"10\" fill=\"#2ca02c\" fill-opacity=\"0.55\"/>"
               "<text x=\"%6\" y=\"%4\">%8</text>")
               .arg(number(labelWidth), number(legendY - 9), number(labelWidth + 16), number(legendY),
                    number(coverageKey), number(coverageKey + 16), escaped(scoreLegend),
                    escaped(tr("coverage %")));
    svg += QStringLiteral("</svg>");
    return svg;
}

} // namespace coherence
