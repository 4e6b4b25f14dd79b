#include "ReportRenderer.h"

#include "ReportSvgCharts.h"
#include "ReportWriter.h"
#include "Scorer.h"
#include "VerifiedFileWriter.h"

#include <QBuffer>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QSvgRenderer>
#include <QTextDocument>
#include <QTextDocumentWriter>
#include <QUrl>

namespace coherence {

namespace {

const char* const kRadarUrl = "coherence-chart://radar";
const char* const kBarsUrl = "coherence-chart://bars";

/// Rasterises an SVG chart at print resolution (2× its nominal size).
QImage rasterise(const QString& svg) {
    QSvgRenderer renderer(svg.toUtf8());
    const QSize size = renderer.defaultSize() * 2;
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    renderer.render(&painter);
    return image;
}

QPageSize pageSizeOf(ReportDocument::PageSize size) {
    return QPageSize(size == ReportDocument::PageSize::Letter ? QPageSize::Letter : QPageSize::A4);
}

} // namespace

QTextDocument* ReportRenderer::textDocument(const Assessment& assessment, const ReportOptions& options) {
    const ScoreReport report = Scorer(assessment.rubric()).score(assessment);
    const ReportDocument built = ReportBuilder::build(assessment, report, options);
    const QString radar = ReportSvgCharts::areaRadar(*assessment.rubric(), report, options.language);
    const QString bars = ReportSvgCharts::areaBars(*assessment.rubric(), report, options.language);
    // QTextDocument shows images from resources, not inline SVG: the same charts, rasterised.
    const ReportWriter::Charts charts{
        {ReportBlock::Chart::AreaRadar,
         QStringLiteral("<img src=\"%1\" width=\"560\"/>").arg(QString::fromLatin1(kRadarUrl))},
        {ReportBlock::Chart::AreaBars,
         QStringLiteral("<img src=\"%1\" width=\"560\"/>").arg(QString::fromLatin1(kBarsUrl))}};
    auto* document = new QTextDocument;
    document->addResource(QTextDocument::ImageResource, QUrl(QString::fromLatin1(kRadarUrl)),
                          rasterise(radar));
    document->addResource(QTextDocument::ImageResource, QUrl(QString::fromLatin1(kBarsUrl)), rasterise(bars));
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(10);
    document->setDefaultFont(font);
    document->setDefaultStyleSheet(
        QStringLiteral("h1 { font-size: 18pt; } h2 { font-size: 14pt; } "
                       "h3 { font-size: 11pt; } th { background-color: #f0f0f0; } "
                       ".subtitle { color: #555555; } .source { color: #555555; } "
                       ".ask { font-weight: bold; } .caption { color: #555555; }"));
    // The HTML report's stylesheet is for browsers (a centred column, @page); QTextDocument gets its own
    // defaults above and uses the whole printable width.
    QString html = ReportWriter::html(built, charts);
    const qsizetype styleStart = html.indexOf(QStringLiteral("<style>"));
    const qsizetype styleEnd = html.indexOf(QStringLiteral("</style>"));
    if (styleStart >= 0 && styleEnd > styleStart) {
        html.remove(styleStart, styleEnd + 8 - styleStart);
    }
    document->setHtml(html);
    document->setMetaInformation(QTextDocument::DocumentTitle, built.title);
    return document;
}

bool ReportRenderer::writePdf(const Assessment& assessment, const ReportOptions& options, const QString& path,
                              QString* error) {
    std::unique_ptr<QTextDocument> document(textDocument(assessment, options));
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setPageSize(pageSizeOf(options.pageSize));
        // QTextDocument::print adds 2 cm margins of its own to a document without a page size.
        writer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
        writer.setResolution(300);
        writer.setTitle(document->metaInformation(QTextDocument::DocumentTitle));
        writer.setCreator(QStringLiteral("Coherence"));
        document->print(&writer);
    }
    return VerifiedFileWriter::write(
        path, buffer.data(),
        [](const QByteArray& bytes) {
            if (!bytes.startsWith("%PDF-") || !bytes.trimmed().endsWith("%%EOF")) {
                return tr("not a complete PDF");
            }
            return bytes.contains("/Type /Page") || bytes.contains("/Type/Page") ? QString()
                                                                                 : tr("the PDF has no pages");
        },
        error);
}

bool ReportRenderer::writeOdt(const Assessment& assessment, const ReportOptions& options, const QString& path,
                              QString* error) {
    std::unique_ptr<QTextDocument> document(textDocument(assessment, options));
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QTextDocumentWriter writer(&buffer, "odf");
    if (!writer.write(document.get())) {
        *error = tr("cannot write the ODT report %1").arg(path);
        return false;
    }
    return VerifiedFileWriter::write(
        path, buffer.data(),
        [](const QByteArray& bytes) {
            // An ODF package is a zip whose first entry is the mimetype.
            return bytes.startsWith("PK") && bytes.contains("application/vnd.oasis.opendocument.text") &&
                           bytes.contains("content.xml")
                       ? QString()
                       : tr("not an OpenDocument text file");
        },
        error);
}

bool ReportRenderer::write(const Assessment& assessment, const ReportOptions& options,
                           ReportExport::Format format, const QString& path, QString* error) {
    switch (format) {
    case ReportExport::Format::Pdf:
        return writePdf(assessment, options, path, error);
    case ReportExport::Format::Odt:
        return writeOdt(assessment, options, path, error);
    case ReportExport::Format::Html:
        return ReportExport::writeHtml(assessment, options, path, error);
    case ReportExport::Format::Markdown:
        return ReportExport::writeMarkdown(assessment, options, path, error);
    }
    return false;
}

} // namespace coherence
