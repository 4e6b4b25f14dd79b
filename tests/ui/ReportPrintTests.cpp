#include "AssessmentJson.h"
#include "ReportRenderer.h"
#include "ReportRendererModule.h"
#include "WindowModule.h"

#include <QPdfWriter>
#include <QProcess>
#include <QTemporaryDir>
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
    const auto module =
        WindowModule::open(ReportRendererModule::kFileName, QStringLiteral(COHERENCE_REPORT_MODULE_DIR),
                           {ReportRendererModule::kRender, ReportRendererModule::kTextDocument},
                           QStringLiteral("Reports cannot be made"), &error);
    INFO(error.toStdString());
    REQUIRE(module);
    const auto render = reinterpret_cast<ReportRendererModule::Render>(module->functions[0]);
    const auto textDocument = reinterpret_cast<ReportRendererModule::TextDocument>(module->functions[1]);

    const AssessmentLoadResult sample = AssessmentJson::fromFile(
        QStringLiteral(COHERENCE_SOURCE_DIR "/resources/samples/examplia-ndp-2026-2030.json"));
    REQUIRE(sample.ok());
    QTemporaryDir dir;
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

            // The writer as the module sets it up, and print() on the document the window previews.
            const QString printed = dir.filePath(name + QStringLiteral("-print.pdf"));
            {
                std::unique_ptr<QTextDocument> document(textDocument(*sample.assessment, options));
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
}
