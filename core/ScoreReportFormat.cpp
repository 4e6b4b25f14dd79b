#include "ScoreReportFormat.h"

#include "JsonWriter.h"

#include <QJsonDocument>

#include <algorithm>
#include <cmath>

namespace coherence {

namespace {

// Scores are shown with one decimal and exported with enough digits to recompute nothing:
// rounding to 1e-6 removes binary noise such as 66.66666666666667 vs 66.66666666666666.
void writeNumber(JsonWriter& json, const std::optional<double>& value) {
    if (value) {
        json.number(std::round(*value * 1e6) / 1e6);
    } else {
        json.null();
    }
}

void writeCrosswalk(JsonWriter& json, const Crosswalk& crosswalk) {
    json.beginObject();
    json.key(u"absent");
    json.integer(crosswalk.absent);
    json.key(u"complete");
    json.integer(crosswalk.complete);
    json.key(u"partial");
    json.integer(crosswalk.partial);
    json.endObject();
}

} // namespace

QString ScoreReportFormat::formatScore(const std::optional<double>& value) {
    return value ? QString::number(*value, 'f', 1) : QStringLiteral("—");
}

QString ScoreReportFormat::formatScore(const std::optional<double>& value, const QLocale& locale) {
    return value ? locale.toString(*value, 'f', 1) : QStringLiteral("—");
}

QString ScoreReportFormat::formatChange(const std::optional<double>& change, int decimals) {
    return formatChange(change, decimals, QLocale::c());
}

QString ScoreReportFormat::formatChange(const std::optional<double>& change, int decimals,
                                        const QLocale& locale) {
    if (!change) {
        return QStringLiteral("—");
    }
    const QString digits = locale.toString(*change, 'f', decimals);
    return *change > 0 ? locale.positiveSign() + digits : digits;
}

QJsonObject ScoreReportFormat::toJson(const ScoreReport& report, const Rubric& rubric) {
    return QJsonDocument::fromJson(toJsonText(report, rubric)).object();
}

QByteArray ScoreReportFormat::toJsonText(const ScoreReport& report, const Rubric& rubric) {
    // Members in QString order, as QJsonObject writes them (JsonWriter).
    JsonWriter json;
    // About 300 bytes an area, 150 a gap and 250 a warning.
    json.reserve(2048 + 300 * report.areas.size() + 150 * report.gaps.size() + 250 * report.warnings.size());
    json.beginObject();
    json.key(u"areas");
    json.beginArray();
    for (const AreaScore& area : report.areas) {
        const Area* definition = rubric.area(area.areaId);
        json.beginObject();
        json.key(u"block");
        json.string(definition ? blockName(definition->block) : QString());
        json.key(u"coverage");
        writeNumber(json, area.coverage);
        json.key(u"crosswalk");
        writeCrosswalk(json, area.crosswalk);
        json.key(u"id");
        json.string(area.areaId);
        json.key(u"notApplicable");
        json.integer(area.notApplicable);
        json.key(u"rated");
        json.integer(area.rated);
        json.key(u"score");
        writeNumber(json, area.score);
        json.key(u"total");
        json.integer(area.total);
        json.endObject();
    }
    json.endArray();
    json.key(u"blocks");
    json.beginObject();
    QList<std::pair<QString, std::optional<double>>> blocks;
    for (auto it = report.blocks.cbegin(); it != report.blocks.cend(); ++it) {
        blocks.append({blockName(it.key()), it.value()});
    }
    std::sort(blocks.begin(), blocks.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    for (const auto& [name, score] : blocks) {
        json.key(name);
        writeNumber(json, score);
    }
    json.endObject();
    json.key(u"coverage");
    writeNumber(json, report.coverage);
    json.key(u"crosswalk");
    writeCrosswalk(json, report.crosswalk);
    json.key(u"gaps");
    json.beginArray();
    for (const Gap& gap : report.gaps) {
        json.beginObject();
        json.key(u"criterion");
        json.string(gap.criterionId);
        json.key(u"gap");
        json.integer(gap.gap);
        json.key(u"level");
        json.integer(gap.level);
        json.key(u"priority");
        writeNumber(json, gap.priority);
        json.key(u"target");
        json.integer(gap.target);
        json.endObject();
    }
    json.endArray();
    json.key(u"notApplicable");
    json.integer(report.notApplicable);
    json.key(u"overall");
    writeNumber(json, report.overall);
    json.key(u"rated");
    json.integer(report.rated);
    json.key(u"rubric");
    json.beginObject();
    json.key(u"id");
    json.string(rubric.id());
    json.key(u"sha256");
    json.string(rubric.sha256());
    json.key(u"version");
    json.string(rubric.version());
    json.endObject();
    json.key(u"total");
    json.integer(report.total);
    json.key(u"warnings");
    json.beginArray();
    for (const ConsistencyWarning& warning : report.warnings) {
        json.beginObject();
        json.key(u"criterion");
        json.string(warning.criterionId);
        json.key(u"kind");
        json.string(warning.kindName());
        json.key(u"message");
        json.string(warning.message());
        json.endObject();
    }
    json.endArray();
    json.endObject();
    return json.finish();
}

QString ScoreReportFormat::toText(const ScoreReport& report, const Rubric& rubric, const QString& language) {
    // Appended to directly: QTextStream converted every literal it was given, a third of this function's
    // time at 1,000 criteria (target 3 of docs/performance.md).
    QString out;
    out.reserve(256 + 96 * (report.areas.size() + report.gaps.size() + report.warnings.size()));
    out += tr("Rubric: %1 %2 (%3)").arg(rubric.id(), rubric.version(), rubric.title().text(language)) + u'\n';
    out += tr("Overall score: %1   Coverage: %2% (%3 rated, %4 not applicable, of %5)")
               .arg(formatScore(report.overall), formatScore(report.coverage), QString::number(report.rated),
                    QString::number(report.notApplicable), QString::number(report.total)) +
           u'\n';
    for (auto it = report.blocks.cbegin(); it != report.blocks.cend(); ++it) {
        out += u"  " + tr("%1 block: %2").arg(blockName(it.key()), formatScore(it.value())) + u'\n';
    }
    out += u'\n' + tr("Areas") + u'\n';
    for (const AreaScore& area : report.areas) {
        const Area* definition = rubric.area(area.areaId);
        out += u"  " + area.areaId.leftJustified(18) + u' ' + formatScore(area.score).rightJustified(6) +
               u"  " +
               tr("coverage %1% (%2/%3)")
                   .arg(formatScore(area.coverage), QString::number(area.rated + area.notApplicable),
                        QString::number(area.total)) +
               u"  " + (definition ? definition->title.text(language) : QString()) + u'\n';
    }
    out += u'\n' + tr("Gaps by priority") + u'\n';
    if (report.gaps.isEmpty()) {
        out += u"  " + tr("none") + u'\n';
    }
    // Translated once, and filled in one pass (arg() with three strings; three arg() calls copy and
    // scan the line three times): a large rubric has a thousand gaps. A priority is a product of
    // weights and a squared gap, mostly a whole number, which QString::number(double) takes ten times
    // as long to write as the integer.
    const QString gapText = tr("level %1 → target %2, priority %3");
    for (const Gap& gap : report.gaps) {
        const Criterion* criterion = rubric.criterion(gap.criterionId);
        const bool whole = gap.priority == std::trunc(gap.priority) && std::abs(gap.priority) < 1e15;
        const QString priority =
            whole ? QString::number(qint64(gap.priority)) : QString::number(gap.priority);
        out += u"  " + gap.criterionId.leftJustified(14) + u' ' +
               gapText.arg(QString::number(gap.level), QString::number(gap.target), priority) + u"  " +
               (criterion ? criterion->title.text(language) : QString()) + u'\n';
    }
    out += u'\n' + tr("Warnings") + u'\n';
    if (report.warnings.isEmpty()) {
        out += u"  " + tr("none") + u'\n';
    }
    for (const ConsistencyWarning& warning : report.warnings) {
        out += u"  " + warning.message() + u'\n';
    }
    return out;
}

} // namespace coherence
