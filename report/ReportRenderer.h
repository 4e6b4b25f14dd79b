#pragma once

#include "Assessment.h"
#include "PdfOutline.h"
#include "ReportBuilder.h"
#include "ReportExport.h"

#include <QCoreApplication>

class QPagedPaintDevice;
class QPdfWriter;
class QTextDocument;

namespace coherence {

/**
 * Renders reports as PDF (QPdfWriter: selectable text, charts embedded), from the same HTML as the
 * HTML report with the SVG charts rasterised for QTextDocument, and as editable ODT (the core's
 * OdtWriter, given the charts as SVG and as those rasters). Needs a QGuiApplication, but no display:
 * the offscreen platform is enough.
 */
class ReportRenderer {
    Q_DECLARE_TR_FUNCTIONS(ReportRenderer)

public:
    /// Sets @p writer up as writePdf() does: the page size, no printer margins (printTo() and
    /// printInParts() give their own), 300 dpi, Coherence as the creator.
    static void setUpWriter(QPdfWriter& writer, ReportDocument::PageSize pageSize);
    /// The report as a QTextDocument (also used by the GUI's preview). Caller owns it.
    static QTextDocument* textDocument(const Assessment& assessment, const ReportOptions& options);
    /// Prints @p document, laid out for @p printer, page for page as QTextDocument::print() prints a
    /// document without a page size on a printer without margins (the pages are byte for byte the same):
    /// 2 mm printer margins, 2 cm document margins, page numbers at the bottom right. print() works on
    /// a copy of the document, and copying a QTextDocument lays the original out too (its cursor
    /// measures every block) and inserts every table again, each after a scan of the tables before it:
    /// a quarter to a third of the time of a 1,000-criterion report, and growing faster than the report
    /// (docs/performance.md). Returns false if the printer cannot be painted on.
    [[nodiscard]] static bool printTo(QTextDocument& document, QPagedPaintDevice& printer);
    /// Prints the report on @p writer page for page as printTo() prints textDocument() (a test compares
    /// every word's page and place), but in parts of about @p blocksPerPart report blocks, each laid out
    /// as a document of its own: a part ends at its last heading or paragraph whose first line starts a
    /// page, and the next part starts with that block. A QTextDocument's layout and drawing cost more
    /// per block the larger it is (Qt scans a frame's children for each table it inserts and walks a
    /// working set that outgrows the caches): in one document a 5,000-criterion report took 6.1 times
    /// as long as a 1,000-criterion one and 214 MB; in parts, 5.0 times and 115 MB
    /// (docs/performance.md). Returns the number of parts, 0 if the writer cannot be painted on. With
    /// @p outline, adds a bookmark for each heading printed (PdfOutline).
    [[nodiscard]] static int printInParts(const Assessment& assessment, const ReportOptions& options,
                                          QPdfWriter& writer, qsizetype blocksPerPart,
                                          QList<PdfOutline::Entry>* outline = nullptr);
    [[nodiscard]] static bool writePdf(const Assessment& assessment, const ReportOptions& options,
                                       const QString& path, QString* error);
    [[nodiscard]] static bool writeOdt(const Assessment& assessment, const ReportOptions& options,
                                       const QString& path, QString* error);
    [[nodiscard]] static bool write(const Assessment& assessment, const ReportOptions& options,
                                    ReportExport::Format format, const QString& path, QString* error);
};

} // namespace coherence
