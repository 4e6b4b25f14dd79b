#include "OdtWriter.h"
#include "ZipReader.h"
#include "support/StringMakers.h"
#include "support/TestData.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QXmlStreamReader>

#include <catch2/catch.hpp>

using namespace coherence;

namespace {

ReportDocument sampleDocument() {
    ReportDocument document;
    document.title = QStringLiteral("Briefing note: Examplia");
    document.subtitle = QStringLiteral("How the plan addresses the recommendations");
    document.heading(QStringLiteral("Headline findings"), 2);
    document.bullets({QStringLiteral("Overall score: 43.8"), QStringLiteral("Coverage: 92.3%")});
    document.heading(QStringLiteral("PRO-5 — Migration screening"), 3);
    // Spaces that HTML and ODF would collapse, a line break, a tab, and characters XML cannot hold.
    document.paragraph(QStringLiteral("  Two  spaces\nnew line\tand a tab\x01\x1f end"));
    document.callout(QStringLiteral("Ask: that the plan <b>require</b> & review"));
    document.quote(QStringLiteral("Budget line 5.2.4"), QStringLiteral("Annex 3, p. 256"));
    document.table(
        {QStringLiteral("Evidence"), QStringLiteral("Where"), QStringLiteral("Excerpt")},
        {{QStringLiteral("diagnosis"), QStringLiteral("National Development Plan, Chapter 2, p. 24"),
          QStringLiteral("Unemployment among young graduates and drought are the main reasons")}},
        QStringLiteral("Citations"));
    document.chart(ReportBlock::Chart::AreaRadar, QStringLiteral("Area profile"));
    return document;
}

OdtWriter::Pictures samplePictures() {
    // A 3 × 2 picture: the frame must keep that shape. The PNG is only a signature: nothing here decodes it.
    return {{ReportBlock::Chart::AreaRadar, {"\x89PNG\r\n\x1a\n", QSize(300, 200)}}};
}

/// @p bytes saved as @p name in @p dir; its path.
QString saved(const QTemporaryDir& dir, const QString& name, const QByteArray& bytes) {
    const QString path = dir.filePath(name);
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.write(bytes) == bytes.size());
    return path;
}

/// The attribute @p name of every element @p element of @p xml, in order.
QStringList attributes(const QByteArray& xml, const QString& element, const QString& name) {
    QStringList values;
    QXmlStreamReader reader(xml);
    while (!reader.atEnd()) {
        if (reader.readNext() == QXmlStreamReader::StartElement && reader.qualifiedName() == element) {
            values << reader.attributes().value(name).toString();
        }
    }
    REQUIRE_FALSE(reader.hasError());
    return values;
}

} // namespace

TEST_CASE("An ODT report has headings with outline levels, named styles and its pictures", "[reports][odt]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("note.odt"));
    QString error;
    REQUIRE(OdtWriter::write(sampleDocument(), samplePictures(), QStringLiteral("fr"), path, &error));
    const QByteArray content = test::zipMember(path, QStringLiteral("content.xml"));
    const QByteArray styles = test::zipMember(path, QStringLiteral("styles.xml"));

    // Sections are Heading 1 and criteria Heading 2, as Word and LibreOffice's Navigator read them.
    CHECK(attributes(content, QStringLiteral("text:h"), QStringLiteral("text:outline-level")) ==
          QStringList{QStringLiteral("1"), QStringLiteral("2")});
    CHECK(attributes(content, QStringLiteral("text:h"), QStringLiteral("text:style-name")) ==
          QStringList{QStringLiteral("Heading_20_1"), QStringLiteral("Heading_20_2")});
    // Every paragraph style used is a named style of styles.xml, which a user restyles once for all.
    const QStringList defined =
        attributes(styles, QStringLiteral("style:style"), QStringLiteral("style:name"));
    QStringList used = attributes(content, QStringLiteral("text:p"), QStringLiteral("text:style-name"));
    used << attributes(content, QStringLiteral("text:h"), QStringLiteral("text:style-name"));
    for (const QString& style : used) {
        INFO(style.toStdString());
        CHECK(defined.contains(style));
    }
    // A heading is kept with what follows it; a quotation stays whole.
    CHECK(styles.contains("style:name=\"Heading\" style:family=\"paragraph\""));
    const qsizetype heading = styles.indexOf("style:name=\"Heading\"");
    CHECK(styles.indexOf("fo:keep-with-next=\"always\"", heading) <
          styles.indexOf("</style:style>", heading));
    // The language, for spelling; the page size; the page number in the footer.
    CHECK(styles.contains("fo:language=\"fr\""));
    CHECK(styles.contains("fo:page-width=\"21.000cm\" fo:page-height=\"29.700cm\""));
    CHECK(styles.contains("<text:page-number"));
    CHECK(test::zipMember(path, QStringLiteral("meta.xml"))
              .contains("<dc:title>Briefing note: Examplia</dc:title>"));

    // User text is text: markup escaped, runs of spaces, breaks and tabs kept, unwritable characters gone.
    CHECK(content.contains("Ask: that the plan &lt;b&gt;require&lt;/b&gt; &amp; review"));
    CHECK(content.contains(
        "<text:s text:c=\"2\"/>Two <text:s/>spaces<text:line-break/>new line<text:tab/>and a tab end"));

    // The table's header row repeats on each page; no column is narrower than its longest word.
    CHECK(content.contains("<table:table-header-rows>"));
    const QStringList widths = attributes(content, QStringLiteral("style:table-column-properties"),
                                          QStringLiteral("style:column-width"));
    REQUIRE(widths.size() == 3);
    double total = 0;
    for (const QString& width : widths) {
        total += QString(width).remove(QStringLiteral("cm")).toDouble();
    }
    CHECK(total == Approx(17.0).epsilon(0.001));
    CHECK(QString(widths.first()).remove(QStringLiteral("cm")).toDouble() >= 9 * 0.19); // "diagnosis"

    // The chart in the picture's shape, the caption as its title.
    CHECK(attributes(content, QStringLiteral("draw:image"), QStringLiteral("xlink:href")) ==
          QStringList{QStringLiteral("Pictures/area-radar.png")});
    const QString width =
        attributes(content, QStringLiteral("draw:frame"), QStringLiteral("svg:width")).value(0);
    const QString height =
        attributes(content, QStringLiteral("draw:frame"), QStringLiteral("svg:height")).value(0);
    CHECK(QString(width).remove(QStringLiteral("cm")).toDouble() /
              QString(height).remove(QStringLiteral("cm")).toDouble() ==
          Approx(1.5).epsilon(0.001));
    CHECK(content.contains("<svg:title>Area profile</svg:title>"));
    CHECK(test::zipMember(path, QStringLiteral("Pictures/area-radar.png")) == samplePictures().first().png);
    const QByteArray manifest = test::zipMember(path, QStringLiteral("META-INF/manifest.xml"));
    CHECK(manifest.contains(
        "manifest:full-path=\"Pictures/area-radar.png\" manifest:media-type=\"image/png\""));
    CHECK(manifest.contains("manifest:full-path=\"/\" manifest:version=\"1.3\" "
                            "manifest:media-type=\"application/vnd.oasis.opendocument.text\""));
}

TEST_CASE("An ODT package is checked entry by entry", "[reports][odt]") {
    const ReportDocument document = sampleDocument();
    const OdtWriter::Pictures pictures = samplePictures();
    const QByteArray package = OdtWriter::package(document, pictures, QStringLiteral("en"));
    CHECK(OdtWriter::check(package, document, pictures, QStringLiteral("en")).isEmpty());
    // Another document's package (one heading fewer) is not this one's.
    ReportDocument other = document;
    other.blocks.removeFirst();
    CHECK(OdtWriter::check(package, other, pictures, QStringLiteral("en")).contains(u"content.xml"));
    // A changed byte inside the deflated content.
    QString error;
    const auto entries = ZipReader::read(package, &error);
    REQUIRE(entries);
    QByteArray damaged = package;
    const qsizetype contentAt = package.indexOf("content.xml") + 11 + 20;
    damaged[contentAt] = char(damaged[contentAt] ^ 0x21);
    CHECK(OdtWriter::check(damaged, document, pictures, QStringLiteral("en")).contains(u"content.xml"));
    // Cut short.
    CHECK_FALSE(OdtWriter::check(package.left(package.size() / 2), document, pictures, QStringLiteral("en"))
                    .isEmpty());
}

TEST_CASE("An ODT report on Letter paper has Letter's page and text widths", "[reports][odt]") {
    ReportDocument document = sampleDocument();
    document.pageSize = ReportDocument::PageSize::Letter;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("letter.odt"));
    QString error;
    REQUIRE(OdtWriter::write(document, samplePictures(), QStringLiteral("en-US"), path, &error));
    const QByteArray styles = test::zipMember(path, QStringLiteral("styles.xml"));
    CHECK(styles.contains("fo:page-width=\"21.590cm\" fo:page-height=\"27.940cm\""));
    CHECK(styles.contains("fo:language=\"en\" fo:country=\"US\""));
    CHECK(test::zipMember(path, QStringLiteral("content.xml")).contains("style:width=\"17.590cm\""));
}

TEST_CASE("An ODT chart without a picture is its caption alone", "[reports][odt]") {
    const QByteArray package = OdtWriter::package(sampleDocument(), {}, QStringLiteral("en"));
    QTemporaryDir dir;
    const QString path = saved(dir, QStringLiteral("no-picture.odt"), package);
    const QByteArray content = test::zipMember(path, QStringLiteral("content.xml"));
    CHECK_FALSE(content.contains("<draw:frame"));
    CHECK(content.contains("<text:p text:style-name=\"Caption\">Area profile</text:p>"));
    CHECK_FALSE(test::zipMember(path, QStringLiteral("META-INF/manifest.xml")).contains("Pictures/"));
}

TEST_CASE("An ODT table of no columns is left out, its caption kept", "[reports][odt]") {
    ReportDocument document;
    document.title = QStringLiteral("Report");
    document.table({}, {{QStringLiteral("orphan cell")}}, QStringLiteral("An empty table"));
    const QByteArray package = OdtWriter::package(document, {}, QStringLiteral("en"));
    CHECK(OdtWriter::check(package, document, {}, QStringLiteral("en")).isEmpty());
    QTemporaryDir dir;
    const QString path = saved(dir, QStringLiteral("empty-table.odt"), package);
    const QByteArray content = test::zipMember(path, QStringLiteral("content.xml"));
    CHECK_FALSE(content.contains("<table:table "));
    CHECK(content.contains("<text:p text:style-name=\"Caption\">An empty table</text:p>"));
}
