#include "ReportRenderer.h"

#include "ReportSvgCharts.h"
#include "ReportWriter.h"
#include "Scorer.h"
#include "VerifiedFileWriter.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QFontMetrics>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QScreen>
#include <QSvgRenderer>
#include <QTextDocument>
#include <QTextDocumentWriter>
#include <QTextFrame>
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

/// The resolution QTextDocument's layout takes a document's own lengths (frame margins) to be in when it
/// scales them to its device: Qt's default, the primary screen's logical resolution.
QPointF documentDpi() {
    if (QCoreApplication::testAttribute(Qt::AA_Use96Dpi)) {
        return {96, 96};
    }
    if (const QScreen* screen = QGuiApplication::primaryScreen()) {
        return {qreal(qRound(screen->logicalDotsPerInchX())), qreal(qRound(screen->logicalDotsPerInchY()))};
    }
    return {100, 100};
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

bool ReportRenderer::printTo(QTextDocument& document, QPagedPaintDevice& printer) {
    // What print() does to a printer without margins, so that the pages come out the same.
    if (printer.pageLayout().margins(QPageLayout::Millimeter).isNull()) {
        printer.setPageMargins(QMarginsF(2, 2, 2, 2), QPageLayout::Millimeter);
    }
    QPainter painter(&printer);
    if (!painter.isActive()) {
        return false;
    }
    // Its first layout is the one for the printer: the page size set below lays out the whole document.
    document.documentLayout()->setPaintDevice(&printer);
    // The document's margins are in its own units, which its layout scales to the printer.
    const QPointF sourceDpi = documentDpi();
    const int horizontalMargin = int((2 / 2.54) * sourceDpi.x());
    const int verticalMargin = int((2 / 2.54) * sourceDpi.y());
    QTextFrameFormat frame = document.rootFrame()->frameFormat();
    frame.setLeftMargin(horizontalMargin);
    frame.setRightMargin(horizontalMargin);
    frame.setTopMargin(verticalMargin);
    frame.setBottomMargin(verticalMargin);
    document.rootFrame()->setFrameFormat(frame);
    const QRectF body(0, 0, printer.width(), printer.height());
    const QPointF pageNumberAt(body.width() - horizontalMargin * (printer.logicalDpiX() / sourceDpi.x()),
                               body.height() - verticalMargin * (printer.logicalDpiY() / sourceDpi.y()) +
                                   QFontMetrics(document.defaultFont(), &printer).ascent() +
                                   5 * printer.logicalDpiY() / 72.0);
    document.setPageSize(body.size());

    const int pages = document.pageCount();
    for (int page = 1; page <= pages; ++page) {
        if (page > 1 && !printer.newPage()) {
            return false;
        }
        painter.save();
        painter.translate(body.left(), body.top() - (page - 1) * body.height());
        const QRectF view(0, (page - 1) * body.height(), body.width(), body.height());
        QAbstractTextDocumentLayout::PaintContext context;
        painter.setClipRect(view);
        context.clip = view;
        // Black text whatever the system palette says: this is paper.
        context.palette.setColor(QPalette::Text, Qt::black);
        document.documentLayout()->draw(&painter, context);
        painter.setClipping(false);
        painter.setFont(document.defaultFont());
        const QString number = QString::number(page);
        painter.drawText(qRound(pageNumberAt.x() - painter.fontMetrics().horizontalAdvance(number)),
                         qRound(pageNumberAt.y() + view.top()), number);
        painter.restore();
    }
    return true;
}

bool ReportRenderer::writePdf(const Assessment& assessment, const ReportOptions& options, const QString& path,
                              QString* error) {
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setPageSize(pageSizeOf(options.pageSize));
        writer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter); // printTo() sets its own
        writer.setResolution(300);
        writer.setCreator(QStringLiteral("Coherence"));
        std::unique_ptr<QTextDocument> document(textDocument(assessment, options));
        writer.setTitle(document->metaInformation(QTextDocument::DocumentTitle));
        if (!printTo(*document, writer)) {
            *error = tr("cannot draw the PDF report %1").arg(path);
            return false;
        }
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
