#include "ScoreReportFormat.h"

#include <QJsonArray>
#include <QTextStream>

#include <cmath>

namespace coherence {

namespace {

// Scores are shown with one decimal and exported with enough digits to recompute nothing:
// rounding to 1e-6 removes binary noise such as 66.66666666666667 vs 66.66666666666666.
QJsonValue jsonNumber(const std::optional<double>& value) {
    if (!value) {
        return QJsonValue::Null;
    }
    return std::round(*value * 1e6) / 1e6;
}

QJsonObject crosswalkToJson(const Crosswalk& crosswalk) {
    return {{QStringLiteral("absent"), crosswalk.absent},
            {QStringLiteral("partial"), crosswalk.partial},
            {QStringLiteral("complete"), crosswalk.complete}};
}

} // namespace

QString ScoreReportFormat::formatScore(const std::optional<double>& value) {
    return value ? QString::number(*value, 'f', 1) : QStringLiteral("—");
}

QString ScoreReportFormat::formatChange(const std::optional<double>& change, int decimals) {
    if (!change) {
        return QStringLiteral("—");
    }
    const QString digits = QString::number(*change, 'f', decimals);
    return *change > 0 ? QStringLiteral("+") + digits : digits;
}

QJsonObject ScoreReportFormat::toJson(const ScoreReport& report, const Rubric& rubric) {
    QJsonObject blocks;
    for (auto it = report.blocks.cbegin(); it != report.blocks.cend(); ++it) {
        blocks.insert(blockName(it.key()), jsonNumber(it.value()));
    }
    QJsonArray areas;
    for (const AreaScore& area : report.areas) {
        const Area* definition = rubric.area(area.areaId);
        areas.append(
            QJsonObject{{QStringLiteral("id"), area.areaId},
                        {QStringLiteral("block"), definition ? blockName(definition->block) : QString()},
                        {QStringLiteral("score"), jsonNumber(area.score)},
                        {QStringLiteral("coverage"), jsonNumber(area.coverage)},
                        {QStringLiteral("rated"), area.rated},
                        {QStringLiteral("notApplicable"), area.notApplicable},
                        {QStringLiteral("total"), area.total},
                        {QStringLiteral("crosswalk"), crosswalkToJson(area.crosswalk)}});
    }
    QJsonArray gaps;
    for (const Gap& gap : report.gaps) {
        gaps.append(QJsonObject{{QStringLiteral("criterion"), gap.criterionId},
                                {QStringLiteral("level"), gap.level},
                                {QStringLiteral("target"), gap.target},
                                {QStringLiteral("gap"), gap.gap},
                                {QStringLiteral("priority"), jsonNumber(gap.priority)}});
    }
    QJsonArray warnings;
    for (const ConsistencyWarning& warning : report.warnings) {
        warnings.append(QJsonObject{{QStringLiteral("criterion"), warning.criterionId},
                                    {QStringLiteral("kind"), warning.kindName()},
                                    {QStringLiteral("message"), warning.message()}});
    }
    return {{QStringLiteral("rubric"), QJsonObject{{QStringLiteral("id"), rubric.id()},
                                                   {QStringLiteral("version"), rubric.version()},
                                                   {QStringLiteral("sha256"), rubric.sha256()}}},
            {QStringLiteral("overall"), jsonNumber(report.overall)},
            {QStringLiteral("coverage"), jsonNumber(report.coverage)},
            {QStringLiteral("rated"), report.rated},
            {QStringLiteral("notApplicable"), report.notApplicable},
            {QStringLiteral("total"), report.total},
            {QStringLiteral("blocks"), blocks},
            {QStringLiteral("areas"), areas},
            {QStringLiteral("gaps"), gaps},
            {QStringLiteral("warnings"), warnings},
            {QStringLiteral("crosswalk"), crosswalkToJson(report.crosswalk)}};
}

QString ScoreReportFormat::toText(const ScoreReport& report, const Rubric& rubric, const QString& language) {
    QString text;
    QTextStream out(&text);
    out << tr("Rubric: %1 %2 (%3)").arg(rubric.id(), rubric.version(), rubric.title().text(language)) << '\n';
    out << tr("Overall score: %1   Coverage: %2% (%3 rated, %4 not applicable, of %5)")
               .arg(formatScore(report.overall), formatScore(report.coverage))
               .arg(report.rated)
               .arg(report.notApplicable)
               .arg(report.total)
        << '\n';
    for (auto it = report.blocks.cbegin(); it != report.blocks.cend(); ++it) {
        out << "  " << tr("%1 block: %2").arg(blockName(it.key()), formatScore(it.value())) << '\n';
    }
    out << '\n' << tr("Areas") << '\n';
    for (const AreaScore& area : report.areas) {
        const Area* definition = rubric.area(area.areaId);
        out << "  " << area.areaId.leftJustified(18) << ' ' << formatScore(area.score).rightJustified(6)
            << "  "
            << tr("coverage %1% (%2/%3)")
                   .arg(formatScore(area.coverage))
                   .arg(area.rated + area.notApplicable)
                   .arg(area.total)
            << "  " << (definition ? definition->title.text(language) : QString()) << '\n';
    }
    out << '\n' << tr("Gaps by priority") << '\n';
    if (report.gaps.isEmpty()) {
        out << "  " << tr("none") << '\n';
    }
    // Translated once: a large rubric has a thousand gaps.
    const QString gapText = tr("level %1 → target %2, priority %3");
    for (const Gap& gap : report.gaps) {
        const Criterion* criterion = rubric.criterion(gap.criterionId);
        out << "  " << gap.criterionId.leftJustified(14) << ' '
            << gapText.arg(gap.level).arg(gap.target).arg(gap.priority) << "  "
            << (criterion ? criterion->title.text(language) : QString()) << '\n';
    }
    out << '\n' << tr("Warnings") << '\n';
    if (report.warnings.isEmpty()) {
        out << "  " << tr("none") << '\n';
    }
    for (const ConsistencyWarning& warning : report.warnings) {
        out << "  " << warning.message() << '\n';
    }
    return text;
}

} // namespace coherence
