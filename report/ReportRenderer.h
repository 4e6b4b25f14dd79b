#pragma once

#include "Assessment.h"
#include "ReportBuilder.h"
#include "ReportExport.h"

#include <QCoreApplication>

class QTextDocument;

namespace coherence {

/**
 * Renders reports as PDF (QPdfWriter: selectable text, charts embedded) and editable ODT
 * (QTextDocumentWriter), from the same HTML as the HTML report, with the SVG charts rasterised
 * for QTextDocument. Needs a QGuiApplication, but no display: the offscreen platform is enough.
 */
class ReportRenderer {
    Q_DECLARE_TR_FUNCTIONS(ReportRenderer)

public:
    /// The report as a QTextDocument (also used by the GUI's preview). Caller owns it.
    static QTextDocument* textDocument(const Assessment& assessment, const ReportOptions& options);
    [[nodiscard]] static bool writePdf(const Assessment& assessment, const ReportOptions& options,
                                       const QString& path, QString* error);
    [[nodiscard]] static bool writeOdt(const Assessment& assessment, const ReportOptions& options,
                                       const QString& path, QString* error);
    [[nodiscard]] static bool write(const Assessment& assessment, const ReportOptions& options,
                                    ReportExport::Format format, const QString& path, QString* error);
};

} // namespace coherence
