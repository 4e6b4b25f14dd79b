#include "AssessmentJson.h"
#include "ReportBuilder.h"
#include "ReportExport.h"
#include "ReportRenderer.h"
#include "Scorer.h"
#include "support/PdfBookmarks.h"

#include <QFile>
#include <QPdfWriter>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTextDocument>

#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
#include <functional>
#include <memory>

using namespace coherence;

namespace {

struct Word {
    QString text;
    double x;
    double y;
};

/// The words of each page of @p pdf with where they start, as poppler reads them (`pdftotext -bbox`).
QList<QList<Word>> wordsByPage(const QString& pdf) {
    QProcess process;
    process.start(QStringLiteral("pdftotext"), {QStringLiteral("-bbox"), pdf, QStringLiteral("-")});
    REQUIRE(process.waitForFinished(60000));
    REQUIRE(process.exitCode() == 0);
    const QString text = QString::fromUtf8(process.readAllStandardOutput());
    static const QRegularExpression word(
        QStringLiteral(R"re(<word xMin="([0-9.]+)" yMin="([0-9.]+)"[^>]*>([^<]*)</word>)re"));
    QList<QList<Word>> pages;
    for (const QString& page : text.split(QStringLiteral("<page ")).mid(1)) {
        QList<Word> words;
        for (const QRegularExpressionMatch& match : word.globalMatch(page)) {
            words.append({match.captured(3), match.captured(1).toDouble(), match.captured(2).toDouble()});
        }
        pages.append(words);
    }
    return pages;
}

/// The words of @p actual that no word of @p expected matches (the same text within 0.01 pt), and the
/// other way round. Positions are compared with a tolerance rather than exactly: the PDF writer's
/// numbers come out a few hundred-thousandths of a point apart when the same page is drawn at a
/// different offset in its document.
QStringList unmatched(QList<Word> actual, QList<Word> expected) {
    QStringList left;
    for (const Word& word : actual) {
        const auto match = std::find_if(expected.begin(), expected.end(), [&word](const Word& other) {
            return other.text == word.text && std::abs(other.x - word.x) < 0.01 &&
                   std::abs(other.y - word.y) < 0.01;
        });
        if (match == expected.end()) {
            left << QStringLiteral("only in the parts: %1 at %2, %3").arg(word.text).arg(word.x).arg(word.y);
        } else {
            expected.erase(match);
        }
    }
    for (const Word& word : expected) {
        left << QStringLiteral("only in the whole: %1 at %2, %3").arg(word.text).arg(word.x).arg(word.y);
    }
    return left;
}

/// Calls @p check with the options of every kind of report (each template on A4 and on Letter) and a
/// name for it, inside a Catch INFO that says which.
void forEveryKindOfReport(const std::function<void(const ReportOptions&, const QString&)>& check) {
    for (const ReportOptions::Template reportTemplate :
         {ReportOptions::Template::Briefing, ReportOptions::Template::Full,
          ReportOptions::Template::Workshop}) {
        for (const ReportDocument::PageSize pageSize :
             {ReportDocument::PageSize::A4, ReportDocument::PageSize::Letter}) {
            ReportOptions options;
            options.reportTemplate = reportTemplate;
            options.pageSize = pageSize;
            const QString name = QStringLiteral("%1-%2").arg(int(reportTemplate)).arg(int(pageSize));
            INFO("template and page size " << name.toStdString());
            check(options, name);
        }
    }
}

/// Calls @p check for every kind of report of the sample (forEveryKindOfReport) with what the report
/// says and the PDF the renderer writes of it, as an export writes it.
void forEveryPdfReport(const std::function<void(const ReportDocument& built, const QString& pdf,
                                                const ReportOptions& options)>& check) {
    const AssessmentLoadResult sample = AssessmentJson::fromFile(
        QStringLiteral(COHERENCE_SOURCE_DIR "/resources/samples/examplia-ndp-2026-2030.json"));
    REQUIRE(sample.ok());
    QTemporaryDir dir;
    forEveryKindOfReport([&](const ReportOptions& options, const QString& name) {
        const ReportDocument built = ReportBuilder::build(
            *sample.assessment, Scorer(sample.assessment->rubric()).score(*sample.assessment), options);
        const QString pdf = dir.filePath(name + QStringLiteral(".pdf"));
        QString error;
        REQUIRE(ReportRenderer::write(*sample.assessment, options, ReportExport::Format::Pdf, pdf, &error));
        check(built, pdf, options);
    });
}

} // namespace

// A long report is laid out in parts, each a document of its own that ends where one of its headings
// or paragraphs starts a page (docs/performance.md). Its pages must be those of the report laid out
// whole: every word on the same page at the same place, for each kind of report.
TEST_CASE("A report printed in parts has the pages of the report printed whole", "[ui][reports]") {
    const AssessmentLoadResult sample = AssessmentJson::fromFile(
        QStringLiteral(COHERENCE_SOURCE_DIR "/resources/samples/examplia-ndp-2026-2030.json"));
    REQUIRE(sample.ok());
    QTemporaryDir dir;
    forEveryKindOfReport([&](const ReportOptions& options, const QString& name) {
        const ReportOptions::Template reportTemplate = options.reportTemplate;
        const ReportDocument::PageSize pageSize = options.pageSize;
        const QString whole = dir.filePath(name + QStringLiteral("-whole.pdf"));
        {
            std::unique_ptr<QTextDocument> document(
                ReportRenderer::textDocument(*sample.assessment, options));
            QPdfWriter writer(whole);
            ReportRenderer::setUpWriter(writer, pageSize);
            writer.setTitle(document->metaInformation(QTextDocument::DocumentTitle));
            REQUIRE(ReportRenderer::printTo(*document, writer));
        }
        const QString inParts = dir.filePath(name + QStringLiteral("-parts.pdf"));
        int parts = 0;
        {
            QPdfWriter writer(inParts);
            ReportRenderer::setUpWriter(writer, pageSize);
            parts = ReportRenderer::printInParts(*sample.assessment, options, writer, 10);
        }

        const QList<QList<Word>> expected = wordsByPage(whole);
        const QList<QList<Word>> actual = wordsByPage(inParts);
        // Parts of 10 blocks: the full report, the longest, is cut in several places, the workshop
        // summary in two; the briefing note on A4 in two, on Letter nowhere (no heading or
        // paragraph starts its pages). A heading moved to the next page to stay with its text is
        // no place to cut (lastBlockStartingAPage), so the full report on Letter has three.
        INFO(expected.size() << " pages, " << parts << " parts");
        if (reportTemplate == ReportOptions::Template::Full) {
            CHECK(expected.size() >= 10);
            CHECK(parts >= 3);
        } else if (reportTemplate == ReportOptions::Template::Workshop) {
            CHECK(parts >= 2);
        }
        REQUIRE(actual.size() == expected.size());
        for (qsizetype page = 0; page < expected.size(); ++page) {
            INFO("page " << page + 1);
            CHECK(expected.at(page).size() >= 20);
            CHECK(unmatched(actual.at(page), expected.at(page)).join(QLatin1Char('\n')).toStdString() == "");
        }
    });
}

TEST_CASE("No page of a PDF report ends with a heading: it goes over with the text it heads",
          "[ui][reports]") {
    int pagesSeen = 0;
    forEveryPdfReport([&](const ReportDocument& built, const QString& pdf, const ReportOptions&) {
        QStringList headings;
        for (const ReportBlock& block : built.blocks) {
            if (block.kind == ReportBlock::Kind::Heading) {
                headings << block.text.simplified();
            }
        }
        REQUIRE(headings.size() >= 3);
        const QList<QList<Word>> pages = wordsByPage(pdf);
        for (qsizetype page = 0; page + 1 < pages.size(); ++page) {
            // The page's last line of text, above its number.
            QList<Word> words = pages.at(page);
            std::sort(words.begin(), words.end(),
                      [](const Word& a, const Word& b) { return a.y < b.y || (a.y == b.y && a.x < b.x); });
            REQUIRE(words.size() >= 2);
            REQUIRE(words.last().text == QString::number(page + 1));
            words.removeLast();
            const double lastY = words.last().y;
            QStringList line;
            for (const Word& word : words) {
                if (std::abs(word.y - lastY) < 1) {
                    line << word.text;
                }
            }
            const QString last = line.join(QLatin1Char(' '));
            INFO("page " << page + 1 << " ends with: " << last.toStdString());
            for (const QString& heading : headings) {
                CHECK_FALSE(heading.endsWith(last));
            }
            ++pagesSeen;
        }
    });
    CHECK(pagesSeen >= 30);
}

TEST_CASE("No quotation of a PDF report is split across pages", "[ui][reports]") {
    // The briefing note on A4 ended page 2 with a quotation and the first line of where it is from, the
    // rest of that line on page 3. A quotation, and the line that says where it is from, now share a page.
    int quotesSeen = 0;
    forEveryPdfReport([&](const ReportDocument& built, const QString& pdf, const ReportOptions&) {
        QStringList pages;
        for (const QList<Word>& words : wordsByPage(pdf)) {
            QStringList text;
            for (const Word& word : words) {
                text << word.text;
            }
            // A reader sees "ff", "fi", "fl", "ffi" and "ffl" where the PDF has ligatures (U+FB00–FB04).
            QString page = text.join(QLatin1Char(' '));
            const QStringList ligatures{QStringLiteral("ff"), QStringLiteral("fi"), QStringLiteral("fl"),
                                        QStringLiteral("ffi"), QStringLiteral("ffl")};
            for (qsizetype i = 0; i < ligatures.size(); ++i) {
                page.replace(QChar(0xFB00 + int(i)), ligatures.at(i));
            }
            pages << page;
        }
        for (const ReportBlock& block : built.blocks) {
            if (block.kind != ReportBlock::Kind::Quote) {
                continue;
            }
            const QString quotation = block.text.simplified() + QLatin1Char(' ') + block.source.simplified();
            INFO(quotation.toStdString());
            CHECK(std::any_of(pages.cbegin(), pages.cend(),
                              [&quotation](const QString& page) { return page.contains(quotation); }));
            ++quotesSeen;
        }
    });
    CHECK(quotesSeen >= 10); // the briefing notes' five each
}

TEST_CASE("A PDF report's bookmarks are its headings, each taking a reader to its line", "[ui][reports]") {
    // Qt writes no outline; PdfOutline appends one. Poppler must read it back: every section and
    // criterion heading, nested by level, in order, each on the page where it is printed and placed just
    // above its line.
    int bookmarksSeen = 0;
    forEveryPdfReport([&](const ReportDocument& built, const QString& pdf, const ReportOptions& options) {
        QStringList expected;
        for (const ReportBlock& block : built.blocks) {
            if (block.kind == ReportBlock::Kind::Heading) {
                expected << QStringLiteral("%1 %2").arg(block.level - 1).arg(block.text);
            }
        }

        QStringList bookmarks;
        QList<int> pages;
        for (const test::PdfBookmark& bookmark : test::pdfBookmarks(pdf)) {
            bookmarks << QStringLiteral("%1 %2").arg(bookmark.depth).arg(bookmark.title);
            pages << bookmark.page;
        }
        CHECK(bookmarks == expected);

        // Where each one takes a reader: the /XYZ top of its destination, in the order written.
        QFile file(pdf);
        REQUIRE(file.open(QIODevice::ReadOnly));
        static const QRegularExpression destination(
            QStringLiteral(R"(/Dest \[\d+ 0 R /XYZ null ([0-9.]+) null\])"));
        QList<double> tops;
        for (const QRegularExpressionMatch& match :
             destination.globalMatch(QString::fromLatin1(file.readAll()))) {
            tops << match.captured(1).toDouble();
        }
        REQUIRE(tops.size() == bookmarks.size());
        const QList<QList<Word>> words = wordsByPage(pdf);
        const double pageHeight = options.pageSize == ReportDocument::PageSize::Letter ? 792 : 842;
        for (qsizetype i = 0; i < bookmarks.size(); ++i) {
            INFO(bookmarks.at(i).toStdString() << " on page " << pages.at(i) << ", top " << tops.at(i));
            REQUIRE(pages.at(i) >= 1);
            REQUIRE(pages.at(i) <= words.size());
            // The heading's first word is on that page, its top a few points below the destination's.
            const QString firstWord = bookmarks.at(i).section(QLatin1Char(' '), 1, 1);
            const double fromTop = pageHeight - tops.at(i);
            const QList<Word>& page = words.at(pages.at(i) - 1);
            CHECK(std::any_of(page.cbegin(), page.cend(), [&](const Word& word) {
                return word.text == firstWord && word.y >= fromTop && word.y <= fromTop + 12;
            }));
            ++bookmarksSeen;
        }
    });
    CHECK(bookmarksSeen >= 150);
}
