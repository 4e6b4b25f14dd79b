#include "AssessmentJson.h"
#include "ReportRenderer.h"
#include "ReportRendererModule.h"
#include "UiTestSupport.h"
#include "bench/SyntheticRubric.h"
#include "support/StringMakers.h"

#include <QPdfWriter>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>

#include <catch2/catch.hpp>

#include <memory>

using namespace coherence;

namespace {

/// Every word of a PDF with its page and box, as poppler reads them (`pdftotext -bbox`), without the
/// document information before them (its creation time is the second the file was written).
QString wordsWithBoxes(const QString& pdf) {
    QProcess process;
    process.start(QStringLiteral("pdftotext"), {QStringLiteral("-bbox"), pdf, QStringLiteral("-")});
    REQUIRE(process.waitForFinished(60000));
    REQUIRE(process.exitCode() == 0);
    const QString text = QString::fromUtf8(process.readAllStandardOutput());
    const qsizetype body = text.indexOf(QStringLiteral("<doc>"));
    REQUIRE(body >= 0);
    return text.mid(body);
}

} // namespace

// The report module paginates the document itself instead of calling QTextDocument::print(), which
// lays out a copy (docs/performance.md). The pages must be the ones print() gives.
TEST_CASE("The PDF report has the pages QTextDocument::print gives its document", "[ui][reports]") {
    QString error;
    const auto module = test::openReportModule();
    const auto render = reinterpret_cast<ReportRendererModule::Render>(module->functions[0]);
    const auto textDocument = reinterpret_cast<ReportRendererModule::TextDocument>(module->functions[1]);

    const AssessmentLoadResult sample = AssessmentJson::fromFile(
        QStringLiteral(COHERENCE_SOURCE_DIR "/resources/samples/examplia-ndp-2026-2030.json"));
    REQUIRE(sample.ok());
    QTemporaryDir dir;
    int headingsMoved = 0;
    for (const ReportOptions::Template reportTemplate :
         {ReportOptions::Template::Briefing, ReportOptions::Template::Full}) {
        for (const ReportDocument::PageSize pageSize :
             {ReportDocument::PageSize::A4, ReportDocument::PageSize::Letter}) {
            ReportOptions options;
            options.reportTemplate = reportTemplate;
            options.pageSize = pageSize;
            const QString name = QStringLiteral("%1-%2").arg(int(reportTemplate)).arg(int(pageSize));
            INFO(name.toStdString());

            const QString rendered = dir.filePath(name + QStringLiteral("-module.pdf"));
            REQUIRE(render(*sample.assessment, options, ReportExport::Format::Pdf, rendered, &error));

            // The writer as the module sets it up, and print() on the document the window previews,
            // with the page breaks the renderer puts before headings that would end a page (printed
            // once whole, as the module prints it in parts: ReportPartsTests holds the two the same).
            const QString printed = dir.filePath(name + QStringLiteral("-print.pdf"));
            {
                std::unique_ptr<QTextDocument> kept(textDocument(*sample.assessment, options));
                {
                    QPdfWriter scratch(dir.filePath(name + QStringLiteral("-scratch.pdf")));
                    ReportRenderer::setUpWriter(scratch, pageSize);
                    REQUIRE(ReportRenderer::printTo(*kept, scratch));
                }
                std::unique_ptr<QTextDocument> document(textDocument(*sample.assessment, options));
                REQUIRE(kept->blockCount() == document->blockCount());
                for (QTextBlock from = kept->begin(), to = document->begin(); from.isValid();
                     from = from.next(), to = to.next()) {
                    if (from.blockFormat().pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore) {
                        QTextCursor cursor(to);
                        QTextBlockFormat format = cursor.blockFormat();
                        format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
                        cursor.setBlockFormat(format);
                        ++headingsMoved;
                    }
                }
                QPdfWriter writer(printed);
                ReportRenderer::setUpWriter(writer, pageSize);
                writer.setTitle(document->metaInformation(QTextDocument::DocumentTitle));
                document->print(&writer);
            }

            const QString expected = wordsWithBoxes(printed);
            CHECK(expected.count(QStringLiteral("<page ")) >= 2);
            CHECK(wordsWithBoxes(rendered) == expected);
        }
    }
    CHECK(headingsMoved >= 1); // the briefing note on A4 has one
}

TEST_CASE("A chart taller than a page is drawn on one page, smaller, not cut over several", "[ui][reports]") {
    const auto module = test::openReportModule();
    const auto render = reinterpret_cast<ReportRendererModule::Render>(module->functions[0]);
    // Forty areas: at the text's width the bar chart would be about 930 of the document's pixels
    // high, more than an A4 or Letter page's body.
    const RubricPtr rubric = bench::makeSyntheticRubric(120, 3);
    REQUIRE(rubric->areas().size() == 40);
    const std::shared_ptr<Assessment> assessment = bench::makeSyntheticAssessment(rubric);
    QTemporaryDir dir;
    for (const ReportDocument::PageSize pageSize :
         {ReportDocument::PageSize::A4, ReportDocument::PageSize::Letter}) {
        INFO(int(pageSize));
        ReportOptions options;
        options.reportTemplate = ReportOptions::Template::Full;
        options.pageSize = pageSize;
        const QString pdf = dir.filePath(QStringLiteral("forty-areas.pdf"));
        QString error;
        REQUIRE(render(*assessment, options, ReportExport::Format::Pdf, pdf, &error));
        // The PDF's images, one line each after two of headings: the radar and the bars, once each.
        // A chart cut over pages is drawn, and stored, once on every page it reaches.
        QProcess process;
        process.start(QStringLiteral("pdfimages"), {QStringLiteral("-list"), pdf});
        REQUIRE(process.waitForFinished(60000));
        REQUIRE(process.exitCode() == 0);
        const QStringList lines =
            QString::fromUtf8(process.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts).mid(2);
        CAPTURE(lines);
        CHECK(lines.size() == 2);
    }
}
