#pragma once

#include "ReportRendererModule.h"

#include <QCoreApplication>
#include <QString>

namespace coherence {

/**
 * The report renderer (PDF, ODT, and the preview of the report dialog), from coherence-report.so,
 * opened the first time the report dialog needs it — the module coherence-cli opens for PDF and ODT.
 *
 * Why a module: the renderer rasterises the report's SVG charts with QtSvg, and an application
 * linked to QtSvg loads it at every start (about 1 ms, docs/performance.md) for a dialog most
 * sessions never open.
 */
class ReportRenderingModule {
    Q_DECLARE_TR_FUNCTIONS(ReportRenderingModule)

public:
    /// The module, opened on first use from the folder set by setSearchFolder(), beside the executable,
    /// or in the installed library folder; nullptr and @p error (saying where it looked) if it cannot be.
    static const ReportRenderingModule* instance(QString* error);
    /// A folder to look in first (the tests' build tree); call before the first instance().
    static void setSearchFolder(const QString& folder);

    /// The report as a document to preview; the caller owns it.
    QTextDocument* textDocument(const Assessment& assessment, const ReportOptions& options) const {
        return m_textDocument(assessment, options);
    }
    /// Writes the report as PDF or ODT and checks the file (ReportRenderer::write).
    [[nodiscard]] bool write(const Assessment& assessment, const ReportOptions& options,
                             ReportExport::Format format, const QString& path, QString* error) const {
        return m_render(assessment, options, format, path, error);
    }

private:
    ReportRendererModule::Render m_render = nullptr;
    ReportRendererModule::TextDocument m_textDocument = nullptr;
};

} // namespace coherence
