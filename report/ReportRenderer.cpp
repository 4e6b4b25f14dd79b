#include "ReportRenderer.h"

#include "LocalizedText.h"
#include "OdtWriter.h"
#include "PdfOutline.h"
#include "ReportSvgCharts.h"
#include "ReportWriter.h"
#include "Scorer.h"
#include "TableColumnWidths.h"
#include "VerifiedFileWriter.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QFontMetrics>
#include <QGuiApplication>
#include <QHash>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QScreen>
#include <QSvgRenderer>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextLayout>
#include <QTextTable>
#include <QUrl>

#include <cmath>
#include <memory>
#include <optional>

namespace coherence {

namespace {

const char* const kRadarUrl = "coherence-chart://radar";
const char* const kBarsUrl = "coherence-chart://bars";

/// About 100 criteria of a full report (docs/performance.md).
constexpr qsizetype kBlocksPerPart = 600;

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

/// print()'s margins around the text, and what it gives a printer that has none: the table widths
/// (fitTableColumns) and the layout (layOutFor, giveMarginsIfNone) take the text width from the same.
constexpr qreal kTextMarginCentimetres = 2;
constexpr qreal kPrinterMarginMillimetres = 2;

QPageSize pageSizeOf(ReportDocument::PageSize size) {
    return QPageSize(size == ReportDocument::PageSize::Letter ? QPageSize::Letter : QPageSize::A4);
}

/// The HTML that shows the chart at @p url, of @p size: the text's width (560 of the document's pixels),
/// or narrower if that would make it taller than a page can hold with its caption. An image is one
/// piece of a line, which QTextDocument cannot break: a taller one is cut at each page it runs over,
/// and a PDF then holds it once for every page (the bars of 100 areas: three pages, 3 MB).
QString imageTag(const char* url, QSize size) {
    constexpr int kTextWidth = 560;
    // Letter's body is the shorter, about 890 of the document's pixels; a caption and the spacing
    // around a figure take about 100 more.
    constexpr int kMaximumHeight = 760;
    if (size.isEmpty()) {
        return QStringLiteral("<img src=\"%1\" width=\"%2\"/>").arg(QString::fromLatin1(url)).arg(kTextWidth);
    }
    if (qint64(size.height()) * kTextWidth <= qint64(kMaximumHeight) * size.width()) {
        // The height too, said outright rather than left to QTextDocument to scale from the width.
        return QStringLiteral("<img src=\"%1\" width=\"%2\" height=\"%3\"/>")
            .arg(QString::fromLatin1(url))
            .arg(kTextWidth)
            .arg(qRound(qreal(kTextWidth) * size.height() / size.width()));
    }
    const int width = int(qint64(kMaximumHeight) * size.width() / size.height());
    return QStringLiteral("<img src=\"%1\" width=\"%2\" height=\"%3\"/>")
        .arg(QString::fromLatin1(url))
        .arg(width)
        .arg(kMaximumHeight);
}

/// A report's blocks, and its charts rasterised once for every document made of them.
struct PreparedReport {
    ReportDocument built;
    QImage radar;
    QImage bars;
};

PreparedReport prepare(const Assessment& assessment, const ReportOptions& options) {
    const ScoreReport report = Scorer(assessment.rubric()).score(assessment);
    PreparedReport prepared{ReportBuilder::build(assessment, report, options), {}, {}};
    prepared.radar = rasterise(ReportSvgCharts::areaRadar(*assessment.rubric(), report, options.language));
    prepared.bars = rasterise(ReportSvgCharts::areaBars(*assessment.rubric(), report, options.language));
    return prepared;
}

/// A chart for the ODT package: the raster the PDF uses, as PNG.
OdtWriter::Picture odtPicture(const QImage& raster) {
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    // Opaque: the raster is drawn on white, and an alpha channel would only double what a reader decodes.
    raster.convertToFormat(QImage::Format_RGB32).save(&buffer, "PNG");
    return {png, raster.size()};
}

/// What QTextDocument makes of a report block at the top level of its root frame, in order.
struct RootItem {
    /// How an item holds to what follows it on a page (keepWithNext()).
    enum class Keeping {
        Free,     ///< may end a page
        WithNext, ///< a heading, or a quotation's text: never the last thing on a page
        Whole,    ///< a quotation's source: on the page where the quotation, and any heading over it, starts
    };

    qsizetype block;     ///< the report block it comes from
    bool frame;          ///< a table, rather than a text block
    bool canStartPart;   ///< a heading or a paragraph: a part may start with it
    const QString* text; ///< the text of a block a part may start with, or of the title: the walks agree
    Keeping keeping = Keeping::Free;
};

/// The root items @p report's blocks [@p first, @p last) become, as ReportWriter::html() writes them and
/// Qt's HTML import reads them: a heading, a paragraph or a call-out is one block, a list a block per
/// item, a table its caption, a frame and the empty block Qt puts after it, a chart or a quotation two
/// paragraphs.
QList<RootItem> rootItemsOf(const PreparedReport& report, qsizetype first, qsizetype last) {
    QList<RootItem> items;
    if (first == 0) {
        items.append({-1, false, false, &report.built.title});
        if (!report.built.subtitle.isEmpty()) {
            items.append({-1, false, false, &report.built.subtitle});
        }
    }
    for (qsizetype i = first; i < last; ++i) {
        const ReportBlock& block = report.built.blocks.at(i);
        switch (block.kind) {
        case ReportBlock::Kind::Heading:
            items.append({i, false, true, &block.text, RootItem::Keeping::WithNext});
            break;
        case ReportBlock::Kind::Paragraph:
        case ReportBlock::Kind::Callout:
            items.append({i, false, true, &block.text});
            break;
        case ReportBlock::Kind::Bullets:
            for (qsizetype item = 0; item < block.items.size(); ++item) {
                items.append({i, false, false, nullptr});
            }
            break;
        case ReportBlock::Kind::Table:
            if (!block.caption.isEmpty()) {
                items.append({i, false, false, nullptr}); // Qt puts a caption before its table
            }
            items.append({i, true, false, nullptr});
            items.append({i, false, false, nullptr});
            break;
        case ReportBlock::Kind::Chart:
            items.append({i, false, false, nullptr});
            items.append({i, false, false, nullptr});
            break;
        case ReportBlock::Kind::Quote:
            items.append({i, false, false, nullptr, RootItem::Keeping::WithNext});
            items.append({i, false, false, nullptr, RootItem::Keeping::Whole});
            break;
        }
    }
    return items;
}

/// The block property that holds a root block's RootItem::Keeping.
constexpr int kKeepingProperty = QTextFormat::UserProperty + 1;

/// The root items of @p document paired with what rootItemsOf() expects of them, for the blocks
/// [@p first, @p last) of @p report; empty when the document is not made as rootItemsOf() expects.
QList<std::pair<RootItem, QTextFrame::iterator>>
matchRootItems(QTextDocument& document, const PreparedReport& report, qsizetype first, qsizetype last) {
    const QList<RootItem> expected = rootItemsOf(report, first, last);
    QList<std::pair<RootItem, QTextFrame::iterator>> items;
    for (QTextFrame::iterator it = document.rootFrame()->begin(); !it.atEnd(); ++it) {
        if (items.size() >= expected.size() ||
            expected.at(items.size()).frame != (it.currentFrame() != nullptr)) {
            return {};
        }
        items.append({expected.at(items.size()), it});
    }
    if (items.size() != expected.size()) {
        return {};
    }
    return items;
}

/// Marks each root block of @p items with how it holds to what follows it. Left unmarked when the
/// document is not made as rootItemsOf() expects: keepWithNext() then keeps headings by their heading
/// level alone.
void markKeeping(const QList<std::pair<RootItem, QTextFrame::iterator>>& items) {
    for (const auto& [expected, item] : items) {
        if (expected.keeping != RootItem::Keeping::Free) {
            QTextCursor cursor(item.currentBlock());
            QTextBlockFormat format = cursor.blockFormat();
            format.setProperty(kKeepingProperty, int(expected.keeping));
            cursor.setBlockFormat(format);
        }
    }
}

/// Gives each table of @p items the column widths TableColumnWidths fits to the text width of
/// @p report's page, as percentages. Qt's own layout of a table of automatic width breaks words well before
/// the table is full: the full report's action plan read "Priorit|y" and "disaggregati|ons" beside
/// columns with room to spare.
void fitTableColumns(const QList<std::pair<RootItem, QTextFrame::iterator>>& items,
                     const PreparedReport& report, const QFont& font) {
    // In the document's units, as its layout measures before it is scaled to the printer: the page
    // less print()'s 2 cm margins and the printer's 2 mm, and each cell's 4-unit padding and borders.
    const qreal dpi = documentDpi().x();
    const qreal pageMillimetres = pageSizeOf(report.built.pageSize).size(QPageSize::Millimeter).width();
    const qreal textWidth =
        (pageMillimetres - 2 * 10 * kTextMarginCentimetres - 2 * kPrinterMarginMillimetres) / 25.4 * dpi;
    constexpr qreal kCellPadding = 2 * 4 + 2 * 1;
    // Words measured a little wide: the printer's metrics differ from the screen's by hinting.
    constexpr qreal kSafety = 1.04;
    QFont bold = font;
    bold.setBold(true);
    const QFontMetricsF metrics[2] = {QFontMetricsF(font), QFontMetricsF(bold)};
    // Measuring shapes the text: each word is shaped once, and a line is the sum of its words and
    // spaces (what kerning across a space could add is far below the margin above). Measured whole,
    // line and words alike, the widths cost 6 % of a 1,000-criterion report.
    QHash<QString, qreal> wordWidths[2];
    const qreal spaceWidths[2] = {metrics[0].horizontalAdvance(QLatin1Char(' ')),
                                  metrics[1].horizontalAdvance(QLatin1Char(' '))};
    const auto measure = [&](const QString& text, bool header) {
        const int style = header ? 1 : 0;
        qreal width = spaceWidths[style] * qreal(text.count(QLatin1Char(' ')));
        for (const QStringView word : QStringView(text).tokenize(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            auto it = wordWidths[style].constFind(word.toString());
            if (it == wordWidths[style].cend()) {
                it = wordWidths[style].insert(word.toString(),
                                              metrics[style].horizontalAdvance(word.toString()));
            }
            width += *it;
        }
        return width * kSafety;
    };
    for (const auto& [expected, item] : items) {
        auto* table = qobject_cast<QTextTable*>(item.currentFrame());
        if (!table || expected.block < 0) {
            continue;
        }
        const ReportBlock& block = report.built.blocks.at(expected.block);
        if (block.header.size() != table->columns()) {
            continue;
        }
        const QList<double> widths = TableColumnWidths::fit(block, textWidth, kCellPadding, measure);
        QList<QTextLength> constraints;
        for (const double width : widths) {
            constraints.append(QTextLength(QTextLength::PercentageLength, 100 * width / textWidth));
        }
        QTextTableFormat format = table->format();
        format.setColumnWidthConstraints(constraints);
        table->setFormat(format);
    }
}

/// The blocks [@p first, @p last) of @p report as a QTextDocument; the title and subtitle come with the
/// part that starts at the first block. Caller owns it.
QTextDocument* partDocument(const PreparedReport& report, qsizetype first, qsizetype last) {
    ReportDocument part;
    if (first == 0) {
        part.title = report.built.title;
        part.subtitle = report.built.subtitle;
    }
    part.pageSize = report.built.pageSize;
    part.blocks = report.built.blocks.mid(first, last - first);
    // QTextDocument shows images from resources, not inline SVG: the same charts, rasterised.
    const ReportWriter::Charts charts{
        {ReportBlock::Chart::AreaRadar, imageTag(kRadarUrl, report.radar.size())},
        {ReportBlock::Chart::AreaBars, imageTag(kBarsUrl, report.bars.size())}};
    auto* document = new QTextDocument;
    document->addResource(QTextDocument::ImageResource, QUrl(QString::fromLatin1(kRadarUrl)), report.radar);
    document->addResource(QTextDocument::ImageResource, QUrl(QString::fromLatin1(kBarsUrl)), report.bars);
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
    QString html = ReportWriter::html(part, charts);
    const qsizetype styleStart = html.indexOf(QStringLiteral("<style>"));
    const qsizetype styleEnd = html.indexOf(QStringLiteral("</style>"));
    if (styleStart >= 0 && styleEnd > styleStart) {
        html.remove(styleStart, styleEnd + 8 - styleStart);
    }
    document->setHtml(html);
    document->setMetaInformation(QTextDocument::DocumentTitle, report.built.title);
    const auto items = matchRootItems(*document, report, first, last);
    markKeeping(items);
    fitTableColumns(items, report, font);
    return document;
}

/// What print() does to a printer without margins, so that the pages come out the same.
void giveMarginsIfNone(QPagedPaintDevice& printer) {
    if (printer.pageLayout().margins(QPageLayout::Millimeter).isNull()) {
        printer.setPageMargins(QMarginsF(kPrinterMarginMillimetres, kPrinterMarginMillimetres,
                                         kPrinterMarginMillimetres, kPrinterMarginMillimetres),
                               QPageLayout::Millimeter);
    }
}

/// Where a document's pages go on the printer's.
struct PageGeometry {
    QRectF body;
    QPointF pageNumberAt;
};

/// Lays @p document out for @p printer as print() does: 2 cm margins, the printer's page size.
PageGeometry layOutFor(QTextDocument& document, QPagedPaintDevice& printer) {
    // Its first layout is the one for the printer: the page size set below lays out the whole document.
    document.documentLayout()->setPaintDevice(&printer);
    // The document's margins are in its own units, which its layout scales to the printer.
    const QPointF sourceDpi = documentDpi();
    const int horizontalMargin = int((kTextMarginCentimetres / 2.54) * sourceDpi.x());
    const int verticalMargin = int((kTextMarginCentimetres / 2.54) * sourceDpi.y());
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
    return {body, pageNumberAt};
}

/// The top of the first line of @p item of the root frame, in the document's coordinates: a block's,
/// or a table's first cell's (the table's frame may begin on a page before its first row).
qreal firstLineTop(const QAbstractTextDocumentLayout& layout, const QTextFrame::iterator& item) {
    const QTextBlock block =
        item.currentFrame() ? item.currentFrame()->firstCursorPosition().block() : item.currentBlock();
    const QTextLayout* text = block.layout();
    return layout.blockBoundingRect(block).top() + (text->lineCount() > 0 ? text->lineAt(0).y() : 0);
}

/// The top of the last line of the block @p item of the root frame; a table's first line's.
qreal lastLineTop(const QAbstractTextDocumentLayout& layout, const QTextFrame::iterator& item) {
    if (item.currentFrame()) {
        return firstLineTop(layout, item);
    }
    const QTextLayout* text = item.currentBlock().layout();
    return layout.blockBoundingRect(item.currentBlock()).top() +
           (text->lineCount() > 0 ? text->lineAt(text->lineCount() - 1).y() : 0);
}

RootItem::Keeping keepingOf(const QTextFrame::iterator& item) {
    if (item.currentFrame()) {
        return RootItem::Keeping::Free;
    }
    const QTextBlockFormat format = item.currentBlock().blockFormat();
    if (format.hasProperty(kKeepingProperty)) {
        return RootItem::Keeping(format.intProperty(kKeepingProperty));
    }
    return format.headingLevel() > 0 ? RootItem::Keeping::WithNext : RootItem::Keeping::Free;
}

/// Moves each heading that would end a page to the top of the next, with the text it heads, as the
/// HTML report asks browsers to (`page-break-after: avoid`): a heading alone at the foot of a page
/// reads as a section with nothing in it. A run of headings (an area's, then its first criterion's)
/// moves together. A quotation is kept whole the same way (`page-break-inside: avoid`): its text and
/// the line that says where it is from move over together, with any heading over them. @p document
/// is laid out by layOutFor() and marked by markKeeping(); a forced page break only pushes what
/// follows down, so one pass from the top, reading positions as the layout settles, is enough.
void keepWithNext(QTextDocument& document) {
    const QAbstractTextDocumentLayout& layout = *document.documentLayout();
    const qreal pageHeight = document.pageSize().height();
    const auto pageOf = [pageHeight](qreal y) { return int(y / pageHeight); };
    std::optional<QTextBlock> runStart; // the first item of the run just read
    qreal runStartTop = 0;
    std::optional<qreal> beforeRunTop; // the top of the item before the run: on the same page or not
    std::optional<qreal> previousTop;
    for (QTextFrame::iterator it = document.rootFrame()->begin(); !it.atEnd(); ++it) {
        qreal top = firstLineTop(layout, it);
        const RootItem::Keeping keeping = keepingOf(it);
        if (keeping == RootItem::Keeping::WithNext && !runStart) {
            runStart = it.currentBlock();
            runStartTop = top;
            beforeRunTop = previousTop;
        } else if (keeping != RootItem::Keeping::WithNext && runStart) {
            // The run ends here: if this item starts (or, kept whole, ends) a later page than the run,
            // and the run is not already the first thing on its page, the run goes over with it.
            const qreal endTop = keeping == RootItem::Keeping::Whole ? lastLineTop(layout, it) : top;
            const bool stranded = pageOf(endTop) > pageOf(runStartTop);
            const bool firstOnPage = !beforeRunTop || pageOf(*beforeRunTop) < pageOf(runStartTop);
            if (stranded && !firstOnPage) {
                QTextCursor cursor(*runStart);
                QTextBlockFormat format = cursor.blockFormat();
                format.setPageBreakPolicy(format.pageBreakPolicy() | QTextFormat::PageBreak_AlwaysBefore);
                cursor.setBlockFormat(format);
                // Qt lays out again only the block whose format changed and leaves what follows where it
                // was, some of it past the new end of the document (the briefing note lost its last
                // page): everything from the run on is laid out again.
                const int from = runStart->position();
                document.markContentsDirty(from, document.characterCount() - from);
                top = firstLineTop(layout, it); // the run, and this item with it, moved down
            }
            runStart.reset();
        }
        previousTop = top;
    }
}

/// Draws the pages @p from to @p to (from 1) of @p document, laid out by layOutFor(), each on a page of
/// its own after the @p pagesDrawn pages already printed, and numbers them on from there.
bool drawPages(QTextDocument& document, QPainter& painter, QPagedPaintDevice& printer,
               const PageGeometry& geometry, int from, int to, int& pagesDrawn) {
    const QRectF& body = geometry.body;
    for (int page = from; page <= to; ++page) {
        if (pagesDrawn > 0 && !printer.newPage()) {
            return false;
        }
        ++pagesDrawn;
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
        const QString number = QString::number(pagesDrawn);
        painter.drawText(qRound(geometry.pageNumberAt.x() - painter.fontMetrics().horizontalAdvance(number)),
                         qRound(geometry.pageNumberAt.y() + view.top()), number);
        painter.restore();
    }
    return true;
}

/// Where a part can end: a block of the part that starts a page other than the part's first.
struct PartEnd {
    qsizetype block; ///< the block's index in the report's blocks: where the next part starts
    int pagesBefore; ///< the part's pages before it, which are final
};

/// The last heading or paragraph of the part [@p first, @p last) of @p report, laid out as
/// @p document, whose first line starts a page after the part's first. Everything before it is laid out
/// as in the whole report, since layout runs from the top down; so is everything from it on in a
/// document that starts with it, since a line that starts a page sits where a document's first line
/// does. None when no such block starts a page, or when the document is not made as rootItemsOf()
/// expects (then the part grows until it is the whole rest of the report, laid out in one).
std::optional<PartEnd> lastBlockStartingAPage(const QTextDocument& document, const PreparedReport& report,
                                              qsizetype first, qsizetype last) {
    const QList<RootItem> expected = rootItemsOf(report, first, last);
    const qreal pageHeight = document.pageSize().height();
    std::optional<qreal> firstLineTop;
    std::optional<PartEnd> end;
    qsizetype next = 0;
    for (QTextFrame::iterator it = document.rootFrame()->begin(); !it.atEnd(); ++it, ++next) {
        if (next >= expected.size() || expected.at(next).frame != (it.currentFrame() != nullptr)) {
            return std::nullopt;
        }
        const RootItem& item = expected.at(next);
        if (item.frame) {
            continue;
        }
        const QTextBlock block = it.currentBlock();
        // Qt's import collapses white space and makes a line break (<br/>) a line separator.
        if (item.text != nullptr && block.text().simplified() != item.text->simplified()) {
            return std::nullopt;
        }
        const QTextLayout* layout = block.layout();
        if (layout->lineCount() == 0) {
            continue;
        }
        const qreal top = layout->position().y() + layout->lineAt(0).y();
        if (!firstLineTop) {
            firstLineTop = top;
        }
        const int page = int(top / pageHeight);
        // Layout positions are in 1/64 of a device pixel; half a pixel tells a page's top apart. A heading
        // that keepWithNext() moved to a new page is no such place: after a forced page break
        // Qt sets it lower than it sets a document's first line (the parts test found the words moved).
        if (item.canStartPart && page >= 1 && std::abs(top - (page * pageHeight + *firstLineTop)) < 0.5) {
            end = PartEnd{item.block, page};
        }
    }
    return next == expected.size() ? end : std::nullopt;
}

/// The headings on the first @p pages pages of @p document, laid out by layOutFor() for @p printer, as
/// bookmarks to the PDF's pages after the @p pagesBefore already printed: each takes a reader to its
/// heading's line, a little above it. The title (h1) is the PDF's title, not a bookmark.
QList<PdfOutline::Entry> bookmarksOf(const QTextDocument& document, const QPagedPaintDevice& printer,
                                     int pages, int pagesBefore) {
    const QAbstractTextDocumentLayout& layout = *document.documentLayout();
    const qreal pageHeight = document.pageSize().height();
    const QPageLayout pageLayout = printer.pageLayout();
    const qreal fullHeight = pageLayout.fullRectPoints().height();
    const qreal topMargin = pageLayout.margins(QPageLayout::Point).top();
    const qreal pointsPerUnit = 72.0 / printer.logicalDpiY();
    constexpr qreal kAbove = 6; // points of space above the heading's line, so that it shows whole
    QList<PdfOutline::Entry> bookmarks;
    for (QTextFrame::iterator it = document.rootFrame()->begin(); !it.atEnd(); ++it) {
        const int level = it.currentFrame() ? 0 : it.currentBlock().blockFormat().headingLevel();
        if (level < 2) {
            continue;
        }
        const qreal top = firstLineTop(layout, it);
        const int page = int(top / pageHeight);
        if (page >= pages) {
            break; // on a page the next part lays out again
        }
        const qreal fromTop = topMargin + (top - page * pageHeight) * pointsPerUnit;
        QString title = it.currentBlock().text();
        title.replace(QChar::LineSeparator, QLatin1Char(' '));
        bookmarks.append(
            {title, level - 1, pagesBefore + page + 1, std::min(fullHeight, fullHeight - fromTop + kAbove)});
    }
    return bookmarks;
}

} // namespace

void ReportRenderer::setUpWriter(QPdfWriter& writer, ReportDocument::PageSize pageSize) {
    writer.setPageSize(pageSizeOf(pageSize));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter); // printTo() sets its own
    writer.setResolution(300);
    writer.setCreator(QStringLiteral("Coherence"));
}

QTextDocument* ReportRenderer::textDocument(const Assessment& assessment, const ReportOptions& options) {
    const PreparedReport report = prepare(assessment, options);
    return partDocument(report, 0, report.built.blocks.size());
}

bool ReportRenderer::printTo(QTextDocument& document, QPagedPaintDevice& printer) {
    giveMarginsIfNone(printer);
    QPainter painter(&printer);
    if (!painter.isActive()) {
        return false;
    }
    const PageGeometry geometry = layOutFor(document, printer);
    keepWithNext(document);
    int pagesDrawn = 0;
    return drawPages(document, painter, printer, geometry, 1, document.pageCount(), pagesDrawn);
}

int ReportRenderer::printInParts(const Assessment& assessment, const ReportOptions& options,
                                 QPdfWriter& writer, qsizetype blocksPerPart,
                                 QList<PdfOutline::Entry>* outline) {
    const PreparedReport report = prepare(assessment, options);
    writer.setTitle(report.built.title);
    giveMarginsIfNone(writer);
    QPainter painter(&writer);
    if (!painter.isActive()) {
        return 0;
    }
    const qsizetype count = report.built.blocks.size();
    qsizetype first = 0;
    qsizetype span = std::max<qsizetype>(blocksPerPart, 1);
    int pagesDrawn = 0;
    int parts = 0;
    while (true) {
        const qsizetype last = std::min(count, first + span);
        const std::unique_ptr<QTextDocument> document(partDocument(report, first, last));
        const PageGeometry geometry = layOutFor(*document, writer);
        keepWithNext(*document);
        // Counting the pages finishes the layout, which Qt otherwise does a part at a time as needed.
        const int pages = document->pageCount();
        if (last == count) {
            if (outline) {
                outline->append(bookmarksOf(*document, writer, pages, pagesDrawn));
            }
            return drawPages(*document, painter, writer, geometry, 1, pages, pagesDrawn) ? parts + 1 : 0;
        }
        const std::optional<PartEnd> end = lastBlockStartingAPage(*document, report, first, last);
        if (!end) {
            span *= 2; // nowhere to cut: the same part, longer
            continue;
        }
        if (outline) {
            outline->append(bookmarksOf(*document, writer, end->pagesBefore, pagesDrawn));
        }
        if (!drawPages(*document, painter, writer, geometry, 1, end->pagesBefore, pagesDrawn)) {
            return 0;
        }
        ++parts;
        first = end->block;
        span = std::max<qsizetype>(blocksPerPart, 1);
    }
}

bool ReportRenderer::writePdf(const Assessment& assessment, const ReportOptions& options, const QString& path,
                              QString* error) {
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QList<PdfOutline::Entry> outline;
    {
        QPdfWriter writer(&buffer);
        setUpWriter(writer, options.pageSize);
        if (printInParts(assessment, options, writer, kBlocksPerPart, &outline) == 0) {
            *error = tr("cannot draw the PDF report %1").arg(path);
            return false;
        }
    }
    // A reader of the full report, tens or hundreds of pages, starts from its outline; the briefing
    // note and the workshop summary, a few pages, open on their first page alone.
    QString problem;
    const QByteArray pdf =
        outline.isEmpty()
            ? buffer.data()
            : PdfOutline::append(buffer.data(), outline,
                                 options.reportTemplate == ReportOptions::Template::Full, &problem);
    if (pdf.isEmpty()) {
        *error = tr("cannot add bookmarks to the PDF report %1: %2").arg(path, problem);
        return false;
    }
    const qsizetype bookmarks = outline.size();
    return VerifiedFileWriter::write(
        path, pdf,
        [bookmarks](const QByteArray& bytes) {
            if (!bytes.startsWith("%PDF-") || !bytes.trimmed().endsWith("%%EOF")) {
                return tr("not a complete PDF");
            }
            if (!bytes.contains("/Type /Page") && !bytes.contains("/Type/Page")) {
                return tr("the PDF has no pages");
            }
            return bytes.count("/Title <FEFF") >= bookmarks ? QString() : tr("the PDF lacks its bookmarks");
        },
        error);
}

bool ReportRenderer::writeOdt(const Assessment& assessment, const ReportOptions& options, const QString& path,
                              QString* error) {
    const PreparedReport report = prepare(assessment, options);
    const OdtWriter::Pictures pictures{{ReportBlock::Chart::AreaRadar, odtPicture(report.radar)},
                                       {ReportBlock::Chart::AreaBars, odtPicture(report.bars)}};
    const QString language = options.language.isEmpty() ? LocalizedText::defaultLanguage() : options.language;
    return OdtWriter::write(report.built, pictures, language, path, error);
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
