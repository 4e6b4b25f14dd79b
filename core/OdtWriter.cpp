#include "OdtWriter.h"

#include "TableColumnWidths.h"
#include "VerifiedFileWriter.h"
#include "ZipReader.h"
#include "ZipWriter.h"

#include <QRegularExpression>
#include <QSet>
#include <QSizeF>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

namespace coherence {

namespace {

const QString kMimeType = QStringLiteral("application/vnd.oasis.opendocument.text");

/// One file of the package.
struct Part {
    QString name;
    QString mediaType;
    QByteArray content;
    ZipWriter::Method method = ZipWriter::Method::Deflated;
};

/// Page and text sizes, in centimetres.
struct PageGeometry {
    double width = 21.0;
    double height = 29.7;
    double margin = 2.0;

    double textWidth() const { return width - 2 * margin; }
};

PageGeometry pageGeometry(ReportDocument::PageSize size) {
    return size == ReportDocument::PageSize::Letter ? PageGeometry{21.59, 27.94, 2.0} : PageGeometry{};
}

QString cm(double value) {
    return QString::number(value, 'f', 3) + QStringLiteral("cm");
}

QString pictureName(ReportBlock::Chart chart) {
    return chart == ReportBlock::Chart::AreaRadar ? QStringLiteral("Pictures/area-radar.png")
                                                  : QStringLiteral("Pictures/area-bars.png");
}

/// Whether XML 1.0 may hold @p c at all; the rest (control characters from a pasted note, U+FFFE,
/// U+FFFF) would make the whole part unreadable.
bool isXmlCharacter(char16_t c) {
    return c == u'\t' || c == u'\n' || (c >= 0x20 && c != 0xfffe && c != 0xffff);
}

/**
 * Writes @p text as ODF paragraph content. ODF collapses runs of white space, as HTML does: the second
 * and later spaces of a run, and spaces at the start of a line, become <text:s/>; a line break
 * <text:line-break/>, a tab <text:tab/>. Characters XML cannot hold and unpaired surrogates are left out.
 */
void writeText(QXmlStreamWriter& xml, const QString& text) {
    QString run;
    int pendingSpaces = 0;
    bool atLineStart = true;
    const auto flushRun = [&] {
        if (!run.isEmpty()) {
            xml.writeCharacters(run);
            run.clear();
        }
    };
    const auto flushSpaces = [&] {
        if (pendingSpaces > 0) {
            flushRun();
            xml.writeEmptyElement(QStringLiteral("text:s"));
            if (pendingSpaces > 1) {
                xml.writeAttribute(QStringLiteral("text:c"), QString::number(pendingSpaces));
            }
            pendingSpaces = 0;
        }
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        if (c == u' ') {
            if (atLineStart || pendingSpaces > 0 || (!run.isEmpty() && run.back() == u' ')) {
                ++pendingSpaces;
            } else {
                run += QLatin1Char(' ');
            }
            continue;
        }
        flushSpaces();
        if (c == u'\n' || c == u'\t') {
            flushRun();
            xml.writeEmptyElement(c == u'\n' ? QStringLiteral("text:line-break")
                                             : QStringLiteral("text:tab"));
            atLineStart = c == u'\n';
            continue;
        }
        if (QChar::isHighSurrogate(c) && i + 1 < text.size() &&
            QChar::isLowSurrogate(text.at(i + 1).unicode())) {
            run += text.at(i);
            run += text.at(++i);
        } else if (!QChar::isSurrogate(c) && isXmlCharacter(c)) {
            run += QChar(c);
        }
        atLineStart = false;
    }
    flushSpaces();
    flushRun();
}

void writeParagraph(QXmlStreamWriter& xml, const QString& style, const QString& text) {
    xml.writeStartElement(QStringLiteral("text:p"));
    xml.writeAttribute(QStringLiteral("text:style-name"), style);
    writeText(xml, text);
    xml.writeEndElement();
}

void startDocument(QXmlStreamWriter& xml, const QString& root, const QStringList& prefixes) {
    static const QMap<QString, QString> kNamespaces{
        {QStringLiteral("office"), QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:office:1.0")},
        {QStringLiteral("style"), QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:style:1.0")},
        {QStringLiteral("text"), QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:text:1.0")},
        {QStringLiteral("table"), QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:table:1.0")},
        {QStringLiteral("draw"), QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:drawing:1.0")},
        {QStringLiteral("fo"), QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0")},
        {QStringLiteral("xlink"), QStringLiteral("http://www.w3.org/1999/xlink")},
        {QStringLiteral("svg"), QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0")},
        {QStringLiteral("dc"), QStringLiteral("http://purl.org/dc/elements/1.1/")},
        {QStringLiteral("meta"), QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:meta:1.0")},
    };
    xml.writeStartDocument();
    xml.writeStartElement(root);
    for (const QString& prefix : prefixes) {
        xml.writeAttribute(QStringLiteral("xmlns:") + prefix, kNamespaces.value(prefix));
    }
    xml.writeAttribute(QStringLiteral("office:version"), QStringLiteral("1.3"));
}

void writeFontFaces(QXmlStreamWriter& xml) {
    xml.writeStartElement(QStringLiteral("office:font-face-decls"));
    xml.writeEmptyElement(QStringLiteral("style:font-face"));
    xml.writeAttribute(QStringLiteral("style:name"), QStringLiteral("DejaVu Sans"));
    xml.writeAttribute(QStringLiteral("svg:font-family"), QStringLiteral("'DejaVu Sans'"));
    // Where DejaVu Sans is missing (Word on Windows), a sans-serif face of the same kind stands in.
    xml.writeAttribute(QStringLiteral("style:font-family-generic"), QStringLiteral("swiss"));
    xml.writeAttribute(QStringLiteral("style:font-pitch"), QStringLiteral("variable"));
    xml.writeEndElement();
}

/// A style element with its properties, each a (properties element, attributes) pair.
struct StyleProperties {
    QString element;
    QList<std::pair<QString, QString>> attributes;
};

void writeStyle(QXmlStreamWriter& xml, const QList<std::pair<QString, QString>>& attributes,
                const QList<StyleProperties>& properties) {
    xml.writeStartElement(QStringLiteral("style:style"));
    for (const auto& [name, value] : attributes) {
        xml.writeAttribute(name, value);
    }
    for (const StyleProperties& group : properties) {
        xml.writeEmptyElement(group.element);
        for (const auto& [name, value] : group.attributes) {
            xml.writeAttribute(name, value);
        }
    }
    xml.writeEndElement();
}

/// A named paragraph style, as a user sees it in the style list (@p displayName) and restyles it.
void writeParagraphStyle(QXmlStreamWriter& xml, const QString& name, const QString& displayName,
                         const QString& parent, const QList<std::pair<QString, QString>>& paragraph,
                         const QList<std::pair<QString, QString>>& text,
                         const QList<std::pair<QString, QString>>& extra = {}) {
    QList<std::pair<QString, QString>> attributes{{QStringLiteral("style:name"), name}};
    if (displayName != name) {
        attributes.append({QStringLiteral("style:display-name"), displayName});
    }
    attributes.append({QStringLiteral("style:family"), QStringLiteral("paragraph")});
    if (!parent.isEmpty()) {
        attributes.append({QStringLiteral("style:parent-style-name"), parent});
    }
    attributes.append(extra);
    QList<StyleProperties> properties;
    if (!paragraph.isEmpty()) {
        properties.append({QStringLiteral("style:paragraph-properties"), paragraph});
    }
    if (!text.isEmpty()) {
        properties.append({QStringLiteral("style:text-properties"), text});
    }
    writeStyle(xml, attributes, properties);
}

/// "fr" → ("fr", "none"), "pt-BR" and "pt_BR" → ("pt", "BR").
std::pair<QString, QString> languageAndCountry(const QString& code) {
    const QStringList parts = code.split(QRegularExpression(QStringLiteral("[-_]")), Qt::SkipEmptyParts);
    const QString language = parts.isEmpty() ? QStringLiteral("en") : parts.first().toLower();
    const QString country =
        parts.size() > 1 && parts.at(1).size() == 2 ? parts.at(1).toUpper() : QStringLiteral("none");
    return {language, country};
}

QByteArray stylesXml(const ReportDocument& document, const QString& languageCode) {
    const PageGeometry page = pageGeometry(document.pageSize);
    const auto [language, country] = languageAndCountry(languageCode);
    const QString grey = QStringLiteral("#555555");
    const QString rule = QStringLiteral("0.5pt solid #cccccc");

    QByteArray out;
    QXmlStreamWriter xml(&out);
    startDocument(xml, QStringLiteral("office:document-styles"),
                  {QStringLiteral("office"), QStringLiteral("style"), QStringLiteral("text"),
                   QStringLiteral("table"), QStringLiteral("draw"), QStringLiteral("fo"),
                   QStringLiteral("svg")});
    writeFontFaces(xml);
    xml.writeStartElement(QStringLiteral("office:styles"));

    xml.writeStartElement(QStringLiteral("style:default-style"));
    xml.writeAttribute(QStringLiteral("style:family"), QStringLiteral("paragraph"));
    xml.writeEmptyElement(QStringLiteral("style:paragraph-properties"));
    xml.writeAttribute(QStringLiteral("style:writing-mode"), QStringLiteral("page"));
    xml.writeEmptyElement(QStringLiteral("style:text-properties"));
    xml.writeAttribute(QStringLiteral("style:font-name"), QStringLiteral("DejaVu Sans"));
    xml.writeAttribute(QStringLiteral("fo:font-size"), QStringLiteral("10pt"));
    xml.writeAttribute(QStringLiteral("fo:color"), QStringLiteral("#222222"));
    // The language spelling and hyphenation go by, for the reader who edits the note.
    xml.writeAttribute(QStringLiteral("fo:language"), language);
    xml.writeAttribute(QStringLiteral("fo:country"), country);
    xml.writeAttribute(QStringLiteral("fo:hyphenate"), QStringLiteral("false"));
    xml.writeEndElement();

    writeParagraphStyle(xml, QStringLiteral("Standard"), QStringLiteral("Standard"), QString(), {}, {},
                        {{QStringLiteral("style:class"), QStringLiteral("text")}});
    writeParagraphStyle(xml, QStringLiteral("Text_20_body"), QStringLiteral("Text body"),
                        QStringLiteral("Standard"),
                        {{QStringLiteral("fo:margin-top"), QStringLiteral("0cm")},
                         {QStringLiteral("fo:margin-bottom"), QStringLiteral("0.2cm")},
                         {QStringLiteral("fo:line-height"), QStringLiteral("115%")}},
                        {}, {{QStringLiteral("style:class"), QStringLiteral("text")}});
    writeParagraphStyle(xml, QStringLiteral("Title"), QStringLiteral("Title"), QStringLiteral("Standard"),
                        {{QStringLiteral("fo:margin-bottom"), QStringLiteral("0.1cm")},
                         {QStringLiteral("fo:keep-with-next"), QStringLiteral("always")}},
                        {{QStringLiteral("fo:font-size"), QStringLiteral("18pt")},
                         {QStringLiteral("fo:font-weight"), QStringLiteral("bold")}},
                        {{QStringLiteral("style:next-style-name"), QStringLiteral("Subtitle")},
                         {QStringLiteral("style:class"), QStringLiteral("chapter")}});
    writeParagraphStyle(
        xml, QStringLiteral("Subtitle"), QStringLiteral("Subtitle"), QStringLiteral("Standard"),
        {{QStringLiteral("fo:margin-bottom"), QStringLiteral("0.4cm")}}, {{QStringLiteral("fo:color"), grey}},
        {{QStringLiteral("style:next-style-name"), QStringLiteral("Text_20_body")},
         {QStringLiteral("style:class"), QStringLiteral("chapter")}});
    // Headings stay with what follows them: one never ends a page, as the PDF renderer also sees to.
    writeParagraphStyle(xml, QStringLiteral("Heading"), QStringLiteral("Heading"), QStringLiteral("Standard"),
                        {{QStringLiteral("fo:margin-top"), QStringLiteral("0.45cm")},
                         {QStringLiteral("fo:margin-bottom"), QStringLiteral("0.2cm")},
                         {QStringLiteral("fo:keep-with-next"), QStringLiteral("always")}},
                        {{QStringLiteral("fo:font-weight"), QStringLiteral("bold")}},
                        {{QStringLiteral("style:next-style-name"), QStringLiteral("Text_20_body")},
                         {QStringLiteral("style:class"), QStringLiteral("text")}});
    writeParagraphStyle(xml, QStringLiteral("Heading_20_1"), QStringLiteral("Heading 1"),
                        QStringLiteral("Heading"),
                        {{QStringLiteral("fo:margin-top"), QStringLiteral("0.6cm")},
                         {QStringLiteral("fo:border-bottom"), rule},
                         {QStringLiteral("fo:padding-bottom"), QStringLiteral("0.05cm")}},
                        {{QStringLiteral("fo:font-size"), QStringLiteral("14pt")}},
                        {{QStringLiteral("style:next-style-name"), QStringLiteral("Text_20_body")},
                         {QStringLiteral("style:default-outline-level"), QStringLiteral("1")},
                         {QStringLiteral("style:class"), QStringLiteral("text")}});
    for (int level : {2, 3}) {
        writeParagraphStyle(
            xml, QStringLiteral("Heading_20_%1").arg(level), QStringLiteral("Heading %1").arg(level),
            QStringLiteral("Heading"), {},
            {{QStringLiteral("fo:font-size"), level == 2 ? QStringLiteral("11pt") : QStringLiteral("10pt")}},
            {{QStringLiteral("style:next-style-name"), QStringLiteral("Text_20_body")},
             {QStringLiteral("style:default-outline-level"), QString::number(level)},
             {QStringLiteral("style:class"), QStringLiteral("text")}});
    }
    writeParagraphStyle(xml, QStringLiteral("Callout"), QStringLiteral("Callout"),
                        QStringLiteral("Text_20_body"), {},
                        {{QStringLiteral("fo:font-weight"), QStringLiteral("bold")}},
                        {{QStringLiteral("style:class"), QStringLiteral("text")}});
    // A quotation is one paragraph, the line that says where it is from in a smaller grey: it stays
    // whole on a page, in a box of its own.
    writeParagraphStyle(xml, QStringLiteral("Quotations"), QStringLiteral("Quotations"),
                        QStringLiteral("Standard"),
                        {{QStringLiteral("fo:margin-left"), QStringLiteral("0.2cm")},
                         {QStringLiteral("fo:margin-top"), QStringLiteral("0.2cm")},
                         {QStringLiteral("fo:margin-bottom"), QStringLiteral("0.25cm")},
                         {QStringLiteral("fo:background-color"), QStringLiteral("#f6f9fc")},
                         {QStringLiteral("fo:border-left"), QStringLiteral("3pt solid #1f77b4")},
                         {QStringLiteral("fo:padding"), QStringLiteral("0.15cm")},
                         {QStringLiteral("fo:padding-left"), QStringLiteral("0.3cm")},
                         {QStringLiteral("fo:keep-together"), QStringLiteral("always")},
                         {QStringLiteral("style:join-border"), QStringLiteral("false")}},
                        {},
                        {{QStringLiteral("style:next-style-name"), QStringLiteral("Text_20_body")},
                         {QStringLiteral("style:class"), QStringLiteral("html")}});
    writeStyle(
        xml,
        {{QStringLiteral("style:name"), QStringLiteral("Quotation_20_source")},
         {QStringLiteral("style:display-name"), QStringLiteral("Quotation source")},
         {QStringLiteral("style:family"), QStringLiteral("text")}},
        {{QStringLiteral("style:text-properties"),
          {{QStringLiteral("fo:color"), grey}, {QStringLiteral("fo:font-size"), QStringLiteral("9pt")}}}});
    writeParagraphStyle(xml, QStringLiteral("Figure"), QStringLiteral("Figure"), QStringLiteral("Standard"),
                        {{QStringLiteral("fo:margin-top"), QStringLiteral("0.3cm")},
                         {QStringLiteral("fo:text-align"), QStringLiteral("center")},
                         {QStringLiteral("fo:keep-with-next"), QStringLiteral("always")}},
                        {}, {{QStringLiteral("style:class"), QStringLiteral("extra")}});
    writeParagraphStyle(
        xml, QStringLiteral("Caption"), QStringLiteral("Caption"), QStringLiteral("Standard"),
        {{QStringLiteral("fo:margin-top"), QStringLiteral("0.1cm")},
         {QStringLiteral("fo:margin-bottom"), QStringLiteral("0.35cm")}},
        {{QStringLiteral("fo:color"), grey}, {QStringLiteral("fo:font-size"), QStringLiteral("9pt")}},
        {{QStringLiteral("style:next-style-name"), QStringLiteral("Text_20_body")},
         {QStringLiteral("style:class"), QStringLiteral("extra")}});
    writeParagraphStyle(xml, QStringLiteral("List_20_Bullet"), QStringLiteral("List Bullet"),
                        QStringLiteral("Text_20_body"),
                        {{QStringLiteral("fo:margin-bottom"), QStringLiteral("0.1cm")}}, {},
                        {{QStringLiteral("style:list-style-name"), QStringLiteral("Bullets")},
                         {QStringLiteral("style:class"), QStringLiteral("list")}});
    writeParagraphStyle(xml, QStringLiteral("Table_20_Contents"), QStringLiteral("Table Contents"),
                        QStringLiteral("Standard"), {},
                        {{QStringLiteral("fo:font-size"), QStringLiteral("9pt")}},
                        {{QStringLiteral("style:class"), QStringLiteral("extra")}});
    writeParagraphStyle(xml, QStringLiteral("Table_20_Heading"), QStringLiteral("Table Heading"),
                        QStringLiteral("Table_20_Contents"), {},
                        {{QStringLiteral("fo:font-weight"), QStringLiteral("bold")}},
                        {{QStringLiteral("style:class"), QStringLiteral("extra")}});
    writeParagraphStyle(
        xml, QStringLiteral("Footer"), QStringLiteral("Footer"), QStringLiteral("Standard"),
        {{QStringLiteral("fo:text-align"), QStringLiteral("end")}},
        {{QStringLiteral("fo:color"), grey}, {QStringLiteral("fo:font-size"), QStringLiteral("9pt")}},
        {{QStringLiteral("style:class"), QStringLiteral("extra")}});

    // Headings unnumbered: the outline gives them their levels, not numbers.
    xml.writeStartElement(QStringLiteral("text:outline-style"));
    xml.writeAttribute(QStringLiteral("style:name"), QStringLiteral("Outline"));
    for (int level = 1; level <= 10; ++level) {
        xml.writeEmptyElement(QStringLiteral("text:outline-level-style"));
        xml.writeAttribute(QStringLiteral("text:level"), QString::number(level));
        xml.writeAttribute(QStringLiteral("style:num-format"), QString());
    }
    xml.writeEndElement();

    xml.writeStartElement(QStringLiteral("text:list-style"));
    xml.writeAttribute(QStringLiteral("style:name"), QStringLiteral("Bullets"));
    xml.writeStartElement(QStringLiteral("text:list-level-style-bullet"));
    xml.writeAttribute(QStringLiteral("text:level"), QStringLiteral("1"));
    xml.writeAttribute(QStringLiteral("text:bullet-char"), QStringLiteral("•"));
    xml.writeStartElement(QStringLiteral("style:list-level-properties"));
    xml.writeAttribute(QStringLiteral("text:list-level-position-and-space-mode"),
                       QStringLiteral("label-alignment"));
    xml.writeEmptyElement(QStringLiteral("style:list-level-label-alignment"));
    xml.writeAttribute(QStringLiteral("text:label-followed-by"), QStringLiteral("listtab"));
    xml.writeAttribute(QStringLiteral("text:list-tab-stop-position"), QStringLiteral("0.6cm"));
    xml.writeAttribute(QStringLiteral("fo:text-indent"), QStringLiteral("-0.4cm"));
    xml.writeAttribute(QStringLiteral("fo:margin-left"), QStringLiteral("0.6cm"));
    xml.writeEndElement(); // list-level-properties
    xml.writeEndElement(); // list-level-style-bullet
    xml.writeEndElement(); // list-style

    xml.writeEndElement(); // office:styles

    xml.writeStartElement(QStringLiteral("office:automatic-styles"));
    xml.writeStartElement(QStringLiteral("style:page-layout"));
    xml.writeAttribute(QStringLiteral("style:name"), QStringLiteral("Page"));
    xml.writeEmptyElement(QStringLiteral("style:page-layout-properties"));
    xml.writeAttribute(QStringLiteral("fo:page-width"), cm(page.width));
    xml.writeAttribute(QStringLiteral("fo:page-height"), cm(page.height));
    xml.writeAttribute(QStringLiteral("style:print-orientation"), QStringLiteral("portrait"));
    xml.writeAttribute(QStringLiteral("fo:margin-top"), cm(page.margin));
    // The footer sits inside the bottom margin: 1.2 cm below it, 0.8 cm for the page number.
    xml.writeAttribute(QStringLiteral("fo:margin-bottom"), cm(page.margin - 0.8));
    xml.writeAttribute(QStringLiteral("fo:margin-left"), cm(page.margin));
    xml.writeAttribute(QStringLiteral("fo:margin-right"), cm(page.margin));
    xml.writeStartElement(QStringLiteral("style:footer-style"));
    xml.writeEmptyElement(QStringLiteral("style:header-footer-properties"));
    xml.writeAttribute(QStringLiteral("fo:min-height"), QStringLiteral("0.4cm"));
    xml.writeAttribute(QStringLiteral("fo:margin-top"), QStringLiteral("0.4cm"));
    xml.writeEndElement(); // footer-style
    xml.writeEndElement(); // page-layout
    xml.writeEndElement(); // automatic-styles

    xml.writeStartElement(QStringLiteral("office:master-styles"));
    xml.writeStartElement(QStringLiteral("style:master-page"));
    xml.writeAttribute(QStringLiteral("style:name"), QStringLiteral("Standard"));
    xml.writeAttribute(QStringLiteral("style:page-layout-name"), QStringLiteral("Page"));
    xml.writeStartElement(QStringLiteral("style:footer"));
    xml.writeStartElement(QStringLiteral("text:p"));
    xml.writeAttribute(QStringLiteral("text:style-name"), QStringLiteral("Footer"));
    xml.writeStartElement(QStringLiteral("text:page-number"));
    xml.writeAttribute(QStringLiteral("text:select-page"), QStringLiteral("current"));
    xml.writeCharacters(QStringLiteral("1"));
    xml.writeEndElement(); // page-number
    xml.writeEndElement(); // p
    xml.writeEndElement(); // footer
    xml.writeEndElement(); // master-page
    xml.writeEndElement(); // master-styles
    xml.writeEndDocument();
    return out;
}

/// Column widths in centimetres that fill @p textWidth (TableColumnWidths). Text is measured by
/// characters: 9 pt DejaVu Sans averages about 0.19 cm, bold headers a tenth more, and a cell's
/// padding and borders take 0.3 cm.
QList<double> columnWidths(const ReportBlock& block, double textWidth) {
    constexpr double kCharacter = 0.19;
    constexpr double kBold = 1.1;
    constexpr double kPadding = 0.3;
    return TableColumnWidths::fit(block, textWidth, kPadding, [](const QString& text, bool header) {
        return double(text.size()) * kCharacter * (header ? kBold : 1.0);
    });
}

QString tableName(qsizetype index) {
    return QStringLiteral("Table%1").arg(index + 1);
}

QString columnStyleName(qsizetype table, qsizetype column) {
    return QStringLiteral("%1.C%2").arg(tableName(table)).arg(column + 1);
}

void writeTableStyles(QXmlStreamWriter& xml, const ReportBlock& block, qsizetype index,
                      const PageGeometry& page) {
    QList<std::pair<QString, QString>> tableProperties{
        {QStringLiteral("style:width"), cm(page.textWidth())},
        {QStringLiteral("style:rel-width"), QStringLiteral("100%")},
        {QStringLiteral("table:align"), QStringLiteral("margins")},
        {QStringLiteral("fo:margin-top"), QStringLiteral("0.15cm")},
        {QStringLiteral("fo:margin-bottom"), QStringLiteral("0.15cm")}};
    if (!block.caption.isEmpty()) {
        tableProperties.append({QStringLiteral("fo:keep-with-next"), QStringLiteral("always")});
    }
    writeStyle(xml,
               {{QStringLiteral("style:name"), tableName(index)},
                {QStringLiteral("style:family"), QStringLiteral("table")}},
               {{QStringLiteral("style:table-properties"), tableProperties}});
    const QList<double> widths = columnWidths(block, page.textWidth());
    for (qsizetype column = 0; column < widths.size(); ++column) {
        writeStyle(xml,
                   {{QStringLiteral("style:name"), columnStyleName(index, column)},
                    {QStringLiteral("style:family"), QStringLiteral("table-column")}},
                   {{QStringLiteral("style:table-column-properties"),
                     {{QStringLiteral("style:column-width"), cm(widths.at(column))},
                      {QStringLiteral("style:rel-column-width"),
                       QStringLiteral("%1*").arg(qRound(widths.at(column) * 1000))}}}});
    }
}

void writeCommonAutomaticStyles(QXmlStreamWriter& xml) {
    const QString rule = QStringLiteral("0.5pt solid #cccccc");
    const QList<std::pair<QString, QString>> cell{{QStringLiteral("fo:padding"), QStringLiteral("0.1cm")},
                                                  {QStringLiteral("fo:border"), rule}};
    writeStyle(xml,
               {{QStringLiteral("style:name"), QStringLiteral("Cell")},
                {QStringLiteral("style:family"), QStringLiteral("table-cell")}},
               {{QStringLiteral("style:table-cell-properties"), cell}});
    QList<std::pair<QString, QString>> headerCell = cell;
    headerCell.append({QStringLiteral("fo:background-color"), QStringLiteral("#f0f0f0")});
    writeStyle(xml,
               {{QStringLiteral("style:name"), QStringLiteral("HeaderCell")},
                {QStringLiteral("style:family"), QStringLiteral("table-cell")}},
               {{QStringLiteral("style:table-cell-properties"), headerCell}});
    // A row is not split across pages; a table is, its header row repeated.
    writeStyle(xml,
               {{QStringLiteral("style:name"), QStringLiteral("Row")},
                {QStringLiteral("style:family"), QStringLiteral("table-row")}},
               {{QStringLiteral("style:table-row-properties"),
                 {{QStringLiteral("fo:keep-together"), QStringLiteral("always")}}}});
    writeStyle(xml,
               {{QStringLiteral("style:name"), QStringLiteral("Chart")},
                {QStringLiteral("style:family"), QStringLiteral("graphic")}},
               {{QStringLiteral("style:graphic-properties"),
                 {{QStringLiteral("style:vertical-pos"), QStringLiteral("top")},
                  {QStringLiteral("style:vertical-rel"), QStringLiteral("baseline")},
                  {QStringLiteral("fo:border"), QStringLiteral("none")}}}});
}

void writeTableRow(QXmlStreamWriter& xml, const QStringList& cells, qsizetype columns, bool header) {
    xml.writeStartElement(QStringLiteral("table:table-row"));
    xml.writeAttribute(QStringLiteral("table:style-name"), QStringLiteral("Row"));
    for (qsizetype column = 0; column < columns; ++column) {
        xml.writeStartElement(QStringLiteral("table:table-cell"));
        xml.writeAttribute(QStringLiteral("table:style-name"),
                           header ? QStringLiteral("HeaderCell") : QStringLiteral("Cell"));
        xml.writeAttribute(QStringLiteral("office:value-type"), QStringLiteral("string"));
        writeParagraph(xml, header ? QStringLiteral("Table_20_Heading") : QStringLiteral("Table_20_Contents"),
                       cells.value(column));
        xml.writeEndElement();
    }
    xml.writeEndElement();
}

void writeTable(QXmlStreamWriter& xml, const ReportBlock& block, qsizetype index) {
    const qsizetype columns = block.header.size();
    xml.writeStartElement(QStringLiteral("table:table"));
    xml.writeAttribute(QStringLiteral("table:name"), tableName(index));
    xml.writeAttribute(QStringLiteral("table:style-name"), tableName(index));
    for (qsizetype column = 0; column < columns; ++column) {
        xml.writeEmptyElement(QStringLiteral("table:table-column"));
        xml.writeAttribute(QStringLiteral("table:style-name"), columnStyleName(index, column));
    }
    xml.writeStartElement(QStringLiteral("table:table-header-rows"));
    writeTableRow(xml, block.header, columns, true);
    xml.writeEndElement();
    for (const QStringList& row : block.rows) {
        writeTableRow(xml, row, columns, false);
    }
    xml.writeEndElement();
    if (!block.caption.isEmpty()) {
        writeParagraph(xml, QStringLiteral("Caption"), block.caption);
    }
}

/// The chart's frame: the text's width, or narrower so that it fits a page with its caption, in the
/// picture's shape (the PDF renderer sizes it the same way).
QSizeF frameSize(QSize pixels, const PageGeometry& page) {
    const double width = page.textWidth();
    const double maximumHeight = width * 760 / 560;
    if (pixels.isEmpty()) {
        return {width, width * 0.6};
    }
    const double height = width * pixels.height() / pixels.width();
    return height <= maximumHeight ? QSizeF(width, height)
                                   : QSizeF(maximumHeight * pixels.width() / pixels.height(), maximumHeight);
}

void writeImage(QXmlStreamWriter& xml, const QString& href, const QString& mediaType) {
    xml.writeEmptyElement(QStringLiteral("draw:image"));
    xml.writeAttribute(QStringLiteral("xlink:href"), href);
    xml.writeAttribute(QStringLiteral("xlink:type"), QStringLiteral("simple"));
    xml.writeAttribute(QStringLiteral("xlink:show"), QStringLiteral("embed"));
    xml.writeAttribute(QStringLiteral("xlink:actuate"), QStringLiteral("onLoad"));
    xml.writeAttribute(QStringLiteral("draw:mime-type"), mediaType);
}

void writeChart(QXmlStreamWriter& xml, const ReportBlock& block, const OdtWriter::Picture& picture,
                int number, const PageGeometry& page) {
    if (picture.png.isEmpty()) {
        // No picture given (a writer without a renderer): the caption alone, as the Markdown does.
        writeParagraph(xml, QStringLiteral("Caption"), block.caption);
        return;
    }
    const QSizeF size = frameSize(picture.pixels, page);
    xml.writeStartElement(QStringLiteral("text:p"));
    xml.writeAttribute(QStringLiteral("text:style-name"), QStringLiteral("Figure"));
    xml.writeStartElement(QStringLiteral("draw:frame"));
    xml.writeAttribute(QStringLiteral("draw:style-name"), QStringLiteral("Chart"));
    xml.writeAttribute(QStringLiteral("draw:name"), QStringLiteral("Chart %1").arg(number));
    xml.writeAttribute(QStringLiteral("text:anchor-type"), QStringLiteral("as-char"));
    xml.writeAttribute(QStringLiteral("svg:width"), cm(size.width()));
    xml.writeAttribute(QStringLiteral("svg:height"), cm(size.height()));
    xml.writeAttribute(QStringLiteral("draw:z-index"), QStringLiteral("0"));
    // PNG alone. A frame may hold an SVG before it, for readers that take SVG, but Word has none before
    // Office 2019, and what an older Word makes of such a frame is unknown (docs/reports.md).
    writeImage(xml, pictureName(block.chart), QStringLiteral("image/png"));
    // The caption as the picture's text alternative, for screen readers.
    xml.writeTextElement(QStringLiteral("svg:title"), block.caption);
    xml.writeEndElement(); // frame
    xml.writeEndElement(); // p
    writeParagraph(xml, QStringLiteral("Caption"), block.caption);
}

QByteArray contentXml(const ReportDocument& document, const OdtWriter::Pictures& pictures) {
    const PageGeometry page = pageGeometry(document.pageSize);
    QByteArray out;
    QXmlStreamWriter xml(&out);
    startDocument(xml, QStringLiteral("office:document-content"),
                  {QStringLiteral("office"), QStringLiteral("style"), QStringLiteral("text"),
                   QStringLiteral("table"), QStringLiteral("draw"), QStringLiteral("fo"),
                   QStringLiteral("xlink"), QStringLiteral("svg")});
    writeFontFaces(xml);
    xml.writeStartElement(QStringLiteral("office:automatic-styles"));
    writeCommonAutomaticStyles(xml);
    qsizetype tables = 0;
    for (const ReportBlock& block : document.blocks) {
        if (block.kind == ReportBlock::Kind::Table && !block.header.isEmpty()) {
            writeTableStyles(xml, block, tables++, page);
        }
    }
    xml.writeEndElement(); // automatic-styles

    xml.writeStartElement(QStringLiteral("office:body"));
    xml.writeStartElement(QStringLiteral("office:text"));
    writeParagraph(xml, QStringLiteral("Title"), document.title);
    if (!document.subtitle.isEmpty()) {
        writeParagraph(xml, QStringLiteral("Subtitle"), document.subtitle);
    }
    tables = 0;
    int charts = 0;
    for (const ReportBlock& block : document.blocks) {
        switch (block.kind) {
        case ReportBlock::Kind::Heading: {
            // The report's sections (level 2, under the title) are Heading 1; its criteria Heading 2.
            const int level = std::clamp(block.level - 1, 1, 3);
            xml.writeStartElement(QStringLiteral("text:h"));
            xml.writeAttribute(QStringLiteral("text:style-name"), QStringLiteral("Heading_20_%1").arg(level));
            xml.writeAttribute(QStringLiteral("text:outline-level"), QString::number(level));
            writeText(xml, block.text);
            xml.writeEndElement();
            break;
        }
        case ReportBlock::Kind::Paragraph:
            writeParagraph(xml, QStringLiteral("Text_20_body"), block.text);
            break;
        case ReportBlock::Kind::Callout:
            writeParagraph(xml, QStringLiteral("Callout"), block.text);
            break;
        case ReportBlock::Kind::Bullets:
            xml.writeStartElement(QStringLiteral("text:list"));
            xml.writeAttribute(QStringLiteral("text:style-name"), QStringLiteral("Bullets"));
            for (const QString& item : block.items) {
                xml.writeStartElement(QStringLiteral("text:list-item"));
                writeParagraph(xml, QStringLiteral("List_20_Bullet"), item);
                xml.writeEndElement();
            }
            xml.writeEndElement();
            break;
        case ReportBlock::Kind::Quote:
            xml.writeStartElement(QStringLiteral("text:p"));
            xml.writeAttribute(QStringLiteral("text:style-name"), QStringLiteral("Quotations"));
            writeText(xml, block.text);
            xml.writeEmptyElement(QStringLiteral("text:line-break"));
            xml.writeStartElement(QStringLiteral("text:span"));
            xml.writeAttribute(QStringLiteral("text:style-name"), QStringLiteral("Quotation_20_source"));
            writeText(xml, block.source);
            xml.writeEndElement();
            xml.writeEndElement();
            break;
        case ReportBlock::Kind::Table:
            // A table of no columns is not a table ODF allows; readers refuse the whole file for one.
            if (block.header.isEmpty()) {
                if (!block.caption.isEmpty()) {
                    writeParagraph(xml, QStringLiteral("Caption"), block.caption);
                }
            } else {
                writeTable(xml, block, tables++);
            }
            break;
        case ReportBlock::Kind::Chart:
            writeChart(xml, block, pictures.value(block.chart), ++charts, page);
            break;
        }
    }
    xml.writeEndElement(); // office:text
    xml.writeEndElement(); // office:body
    xml.writeEndDocument();
    return out;
}

QByteArray metaXml(const ReportDocument& document, const QString& languageCode) {
    QByteArray out;
    QXmlStreamWriter xml(&out);
    startDocument(xml, QStringLiteral("office:document-meta"),
                  {QStringLiteral("office"), QStringLiteral("meta"), QStringLiteral("dc")});
    xml.writeStartElement(QStringLiteral("office:meta"));
    xml.writeTextElement(QStringLiteral("meta:generator"), QStringLiteral("Coherence"));
    xml.writeStartElement(QStringLiteral("dc:title"));
    writeText(xml, document.title);
    xml.writeEndElement();
    const auto [language, country] = languageAndCountry(languageCode);
    xml.writeTextElement(QStringLiteral("dc:language"),
                         country == u"none" ? language : language + QLatin1Char('-') + country);
    xml.writeEndElement();
    xml.writeEndDocument();
    return out;
}

QByteArray manifestXml(const QList<Part>& parts) {
    QByteArray out;
    QXmlStreamWriter xml(&out);
    xml.writeStartDocument();
    xml.writeStartElement(QStringLiteral("manifest:manifest"));
    xml.writeAttribute(QStringLiteral("xmlns:manifest"),
                       QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"));
    xml.writeAttribute(QStringLiteral("manifest:version"), QStringLiteral("1.3"));
    xml.writeEmptyElement(QStringLiteral("manifest:file-entry"));
    xml.writeAttribute(QStringLiteral("manifest:full-path"), QStringLiteral("/"));
    xml.writeAttribute(QStringLiteral("manifest:version"), QStringLiteral("1.3"));
    xml.writeAttribute(QStringLiteral("manifest:media-type"), kMimeType);
    for (const Part& part : parts) {
        if (part.name != u"mimetype") {
            xml.writeEmptyElement(QStringLiteral("manifest:file-entry"));
            xml.writeAttribute(QStringLiteral("manifest:full-path"), part.name);
            xml.writeAttribute(QStringLiteral("manifest:media-type"), part.mediaType);
        }
    }
    xml.writeEndElement();
    xml.writeEndDocument();
    return out;
}

QList<Part> packageParts(const ReportDocument& document, const OdtWriter::Pictures& pictures,
                         const QString& language) {
    const QString xmlType = QStringLiteral("text/xml");
    // The mimetype first and stored, so that a reader recognises the package by its first bytes.
    QList<Part> parts{
        {QStringLiteral("mimetype"), QString(), kMimeType.toLatin1(), ZipWriter::Method::Stored},
        {QStringLiteral("content.xml"), xmlType, contentXml(document, pictures)},
        {QStringLiteral("styles.xml"), xmlType, stylesXml(document, language)},
        {QStringLiteral("meta.xml"), xmlType, metaXml(document, language)}};
    QSet<ReportBlock::Chart> used;
    for (const ReportBlock& block : document.blocks) {
        if (block.kind == ReportBlock::Kind::Chart && !used.contains(block.chart)) {
            used.insert(block.chart);
            const OdtWriter::Picture picture = pictures.value(block.chart);
            if (!picture.png.isEmpty()) {
                // Already compressed: deflating it again would only cost time.
                parts.append({pictureName(block.chart), QStringLiteral("image/png"), picture.png,
                              ZipWriter::Method::Stored});
            }
        }
    }
    parts.append({QStringLiteral("META-INF/manifest.xml"), xmlType, manifestXml(parts)});
    return parts;
}

/// Empty when @p xml parses; with content.xml, also when it has the title and every heading.
QString checkXml(const Part& part, const ReportDocument& document) {
    QXmlStreamReader reader(part.content);
    qsizetype headings = 0;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement() && reader.qualifiedName() == u"text:h") {
            ++headings;
        }
    }
    if (reader.hasError()) {
        return OdtWriter::tr("%1 does not parse at line %2: %3")
            .arg(part.name)
            .arg(reader.lineNumber())
            .arg(reader.errorString());
    }
    if (part.name != u"content.xml") {
        return QString();
    }
    const qsizetype expected =
        std::count_if(document.blocks.cbegin(), document.blocks.cend(),
                      [](const ReportBlock& block) { return block.kind == ReportBlock::Kind::Heading; });
    return headings == expected ? QString()
                                : OdtWriter::tr("content.xml has %1 headings where %2 were expected")
                                      .arg(headings)
                                      .arg(expected);
}

QByteArray zipped(const QList<Part>& parts) {
    ZipWriter zip;
    for (const Part& part : parts) {
        if (!zip.add(part.name, part.content, part.method)) {
            return QByteArray();
        }
    }
    return zip.finish();
}

/// Empty when @p bytes is the zip of @p parts, else what is wrong with it.
QString checkPackage(const QByteArray& bytes, const QList<Part>& parts, const ReportDocument& document) {
    QString error;
    const std::optional<QList<ZipReader::Entry>> entries = ZipReader::read(bytes, &error);
    if (!entries) {
        return error;
    }
    if (entries->size() != parts.size()) {
        return OdtWriter::tr("the package has %1 files where %2 were expected")
            .arg(entries->size())
            .arg(parts.size());
    }
    // What tells a reader that this is an OpenDocument text: "mimetype", stored, at the very start.
    if (entries->first().name != u"mimetype" || entries->first().method != 0 ||
        entries->first().localHeaderOffset != 0) {
        return OdtWriter::tr("the package does not start with its stored mimetype");
    }
    for (qsizetype i = 0; i < parts.size(); ++i) {
        const ZipReader::Entry& entry = entries->at(i);
        const Part& part = parts.at(i);
        if (entry.name != part.name) {
            return OdtWriter::tr("the package holds %1 where %2 was expected").arg(entry.name, part.name);
        }
        if (const QString problem = ZipReader::checkContent(entry, part.content); !problem.isEmpty()) {
            return problem;
        }
        if (part.mediaType == u"text/xml") {
            if (const QString problem = checkXml(part, document); !problem.isEmpty()) {
                return problem;
            }
        }
    }
    return QString();
}

} // namespace

QByteArray OdtWriter::package(const ReportDocument& document, const Pictures& pictures,
                              const QString& language) {
    return zipped(packageParts(document, pictures, language));
}

QString OdtWriter::check(const QByteArray& bytes, const ReportDocument& document, const Pictures& pictures,
                         const QString& language) {
    return checkPackage(bytes, packageParts(document, pictures, language), document);
}

bool OdtWriter::write(const ReportDocument& document, const Pictures& pictures, const QString& language,
                      const QString& path, QString* error) {
    const QList<Part> parts = packageParts(document, pictures, language);
    const QByteArray bytes = zipped(parts);
    if (bytes.isEmpty()) {
        *error = tr("the ODT report %1 would be larger than 4 GiB").arg(path);
        return false;
    }
    return VerifiedFileWriter::write(
        path, bytes, [&](const QByteArray& written) { return checkPackage(written, parts, document); },
        error);
}

} // namespace coherence
