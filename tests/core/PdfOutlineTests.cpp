#include "PdfOutline.h"
#include "support/PdfBookmarks.h"
#include "support/StringMakers.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace coherence;

namespace {

/// A PDF of @p pageCount empty A4 pages, laid out as QPdfWriter lays one out: the catalog, a page tree
/// holding every page, a classic cross-reference table, a trailer with /Info.
QByteArray minimalPdf(int pageCount) {
    QByteArray pdf = "%PDF-1.4\n";
    QList<qsizetype> offsets;
    const auto object = [&](const QByteArray& body) {
        offsets << pdf.size();
        pdf += QByteArray::number(offsets.size()) + " 0 obj\n" + body + "\nendobj\n";
    };
    object("<<\n/Title (Test)\n>>");                // 1: info
    object("<<\n/Type /Catalog\n/Pages 3 0 R\n>>"); // 2: catalog
    QByteArray kids;
    for (int page = 0; page < pageCount; ++page) {
        kids += QByteArray::number(4 + page) + " 0 R\n";
    }
    object("<<\n/Type /Pages\n/Kids\n[\n" + kids + "]\n/Count " + QByteArray::number(pageCount) + "\n>>");
    for (int page = 0; page < pageCount; ++page) {
        object("<<\n/Type /Page\n/Parent 3 0 R\n/MediaBox [0 0 595 842]\n>>");
    }
    const qsizetype xref = pdf.size();
    pdf += "xref\n0 " + QByteArray::number(offsets.size() + 1) + "\n0000000000 65535 f \n";
    for (const qsizetype offset : offsets) {
        pdf += QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
    }
    pdf += "trailer\n<<\n/Size " + QByteArray::number(offsets.size() + 1) +
           "\n/Info 1 0 R\n/Root 2 0 R\n>>\nstartxref\n" + QByteArray::number(xref) + "\n%%EOF\n";
    return pdf;
}

const QList<PdfOutline::Entry> kEntries{{QStringLiteral("Scores"), 1, 1, 800},
                                        {QStringLiteral("Évaluation — 評価 & <santé>"), 1, 2, 700},
                                        {QStringLiteral("PRO-1"), 2, 2, 500},
                                        {QStringLiteral("PRO-2"), 2, 3, 780},
                                        {QStringLiteral("Method"), 1, 3, 300}};

} // namespace

TEST_CASE("A PDF's appended outline reads back in poppler, nested, titles in any script", "[pdf]") {
    const QByteArray original = minimalPdf(3);
    QString error;
    const QByteArray pdf = PdfOutline::append(original, kEntries, true, &error);
    INFO(error.toStdString());
    REQUIRE_FALSE(pdf.isEmpty());
    // An incremental update: the original bytes untouched, then the update.
    CHECK(pdf.startsWith(original));
    CHECK(pdf.endsWith("%%EOF\n"));
    // Every offset of the update's cross-reference section is where its object starts.
    const qsizetype xref = pdf.lastIndexOf("\nxref\n") + 1;
    static const QRegularExpression subsection(QStringLiteral(R"((\d+) (\d+)\n((?:\d{10} \d{5} n \n)+))"));
    int objects = 0;
    for (const QRegularExpressionMatch& match : subsection.globalMatch(QString::fromLatin1(pdf.mid(xref)))) {
        const QStringList lines = match.captured(3).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        for (qsizetype i = 0; i < lines.size(); ++i) {
            const QByteArray header = QByteArray::number(match.captured(1).toInt() + i) + " 0 obj";
            CHECK(pdf.mid(lines.at(i).left(10).toLongLong(), header.size()) == header);
            ++objects;
        }
    }
    CHECK(objects == 1 + 1 + kEntries.size()); // the catalog, the outline's root, its entries
    CHECK(pdf.contains(QByteArray("/Prev " + QByteArray::number(original.lastIndexOf("\nxref\n") + 1))));
    CHECK(pdf.contains("/PageMode /UseOutlines"));

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("outline.pdf"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(pdf);
    file.close();
    QStringList read;
    for (const test::PdfBookmark& bookmark : test::pdfBookmarks(path)) {
        read << QStringLiteral("%1 p%2 %3").arg(bookmark.depth).arg(bookmark.page).arg(bookmark.title);
    }
    CHECK(read == QStringList{QStringLiteral("1 p1 Scores"),
                              QStringLiteral("1 p2 Évaluation — 評価 & <santé>"),
                              QStringLiteral("2 p2 PRO-1"), QStringLiteral("2 p3 PRO-2"),
                              QStringLiteral("1 p3 Method")});
}

TEST_CASE("A PDF that cannot be given an outline is refused with why", "[pdf]") {
    QString error;
    SECTION("not a PDF") {
        CHECK(PdfOutline::append("hello", kEntries, false, &error).isEmpty());
        CHECK(error.contains(u"trailer"));
    }
    SECTION("a cross-reference offset that points elsewhere") {
        QByteArray pdf = minimalPdf(3);
        const qsizetype xref = pdf.lastIndexOf("\nxref\n") + 1;
        // The catalog's entry (object 2, the third line) moved by one byte.
        const qsizetype entry = pdf.indexOf('\n', pdf.indexOf('\n', pdf.indexOf('\n', xref + 5) + 1) + 1) + 1;
        const QByteArray offset =
            QByteArray::number(pdf.mid(entry, 10).toLongLong() + 1).rightJustified(10, '0');
        pdf.replace(entry, 10, offset);
        CHECK(PdfOutline::append(pdf, kEntries, false, &error).isEmpty());
        CHECK(error.contains(u"catalog"));
    }
    SECTION("a bookmark for a page the PDF does not have") {
        CHECK(PdfOutline::append(minimalPdf(2), kEntries, false, &error).isEmpty());
        CHECK(error.contains(u"PRO-2"));
        CHECK(error.contains(u"page 3 of a PDF of 2 pages"));
    }
    SECTION("cut short") {
        const QByteArray pdf = minimalPdf(3);
        CHECK(PdfOutline::append(pdf.left(pdf.size() - 30), kEntries, false, &error).isEmpty());
        CHECK_FALSE(error.isEmpty());
    }
}

TEST_CASE("An outline appended twice keeps the second", "[pdf]") {
    // A PDF already updated once (its /Prev chain) is read through all its cross-reference sections.
    QString error;
    const QByteArray once = PdfOutline::append(minimalPdf(3), kEntries.mid(0, 1), false, &error);
    REQUIRE_FALSE(once.isEmpty());
    const QByteArray twice = PdfOutline::append(once, kEntries, false, &error);
    INFO(error.toStdString());
    REQUIRE_FALSE(twice.isEmpty());
    CHECK(twice.count("/Type /Catalog") == 3);
    CHECK(twice.count("startxref") == 3);
}

TEST_CASE("A PDF with any one byte changed is given an outline or refused, never misread", "[pdf]") {
    // The sanitizer build runs this too: no change may make the reader run out of bounds or loop.
    const QByteArray original = minimalPdf(3);
    int refused = 0;
    for (qsizetype at = 0; at < original.size(); ++at) {
        QByteArray changed = original;
        changed[at] = char(changed[at] ^ 0x5a);
        QString error;
        const QByteArray pdf = PdfOutline::append(changed, kEntries, false, &error);
        INFO("byte " << at << ": " << error.toStdString());
        if (pdf.isEmpty()) {
            CHECK_FALSE(error.isEmpty());
            ++refused;
        } else {
            CHECK(pdf.startsWith(changed)); // what it was given, untouched, then the update
        }
    }
    // The structure it reads (the trailer, the table, the catalog, the page tree) is most of this file.
    CHECK(refused > original.size() / 3);
}
