#include "ReportExport.h"

#include "ReportSvgCharts.h"
#include "ReportWriter.h"
#include "Scorer.h"
#include "VerifiedFileWriter.h"

#include <QFileInfo>

namespace coherence {

QString ReportExport::formatName(Format format) {
    switch (format) {
    case Format::Html:
        return QStringLiteral("html");
    case Format::Markdown:
        return QStringLiteral("md");
    case Format::Pdf:
        return QStringLiteral("pdf");
    case Format::Odt:
        return QStringLiteral("odt");
    }
    return QString();
}

std::optional<ReportExport::Format> ReportExport::formatFromName(const QString& name) {
    for (Format format : {Format::Html, Format::Markdown, Format::Pdf, Format::Odt}) {
        if (formatName(format) == name) {
            return format;
        }
    }
    return std::nullopt;
}

std::optional<ReportExport::Format> ReportExport::formatFromFileName(const QString& path) {
    const QString suffix = QFileInfo(path).suffix().toLower();
    return formatFromName(suffix == u"htm"        ? QStringLiteral("html")
                          : suffix == u"markdown" ? QStringLiteral("md")
                                                  : suffix);
}

QString ReportExport::html(const Assessment& assessment, const ReportOptions& options,
                           ReportDocument* document) {
    const ScoreReport report = Scorer(assessment.rubric()).score(assessment);
    const ReportDocument built = ReportBuilder::build(assessment, report, options);
    const ReportWriter::Charts charts{
        {ReportBlock::Chart::AreaRadar,
         ReportSvgCharts::areaRadar(*assessment.rubric(), report, options.language)},
        {ReportBlock::Chart::AreaBars,
         ReportSvgCharts::areaBars(*assessment.rubric(), report, options.language)}};
    if (document) {
        *document = built;
    }
    // The full report runs to many sections; the briefing note and the workshop summary are read through.
    return ReportWriter::html(built, charts,
                              options.reportTemplate == ReportOptions::Template::Full
                                  ? ReportWriter::Contents::Sections
                                  : ReportWriter::Contents::None);
}

bool ReportExport::writeHtml(const Assessment& assessment, const ReportOptions& options, const QString& path,
                             QString* error) {
    ReportDocument document;
    const QByteArray bytes = html(assessment, options, &document).toUtf8();
    return VerifiedFileWriter::write(
        path, bytes,
        [&document](const QByteArray& written) { return ReportWriter::checkHtml(written, document); }, error);
}

bool ReportExport::writeMarkdown(const Assessment& assessment, const ReportOptions& options,
                                 const QString& path, QString* error) {
    const ReportDocument document =
        ReportBuilder::build(assessment, Scorer(assessment.rubric()).score(assessment), options);
    return VerifiedFileWriter::write(
        path, ReportWriter::markdown(document).toUtf8(),
        [&document](const QByteArray& written) { return ReportWriter::checkMarkdown(written, document); },
        error);
}

} // namespace coherence
