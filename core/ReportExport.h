#pragma once

#include "Assessment.h"
#include "ReportBuilder.h"

#include <QCoreApplication>

namespace coherence {

/// Writes the HTML and Markdown reports of an assessment to files, checked and atomic
/// (VerifiedFileWriter). PDF and ODT need QtGui (the PDF writer, the charts' rasters) and are written by
/// report/ReportRenderer.
class ReportExport {
    Q_DECLARE_TR_FUNCTIONS(ReportExport)

public:
    enum class Format { Html, Markdown, Pdf, Odt };

    static QString formatName(Format format); ///< "html", "md", "pdf", "odt"
    static std::optional<Format> formatFromName(const QString& name);
    /// The format a file's name says: ".pdf", ".odt", ".html" or ".htm", ".md" or ".markdown", in any case.
    static std::optional<Format> formatFromFileName(const QString& path);

    [[nodiscard]] static bool writeHtml(const Assessment& assessment, const ReportOptions& options,
                                        const QString& path, QString* error);
    [[nodiscard]] static bool writeMarkdown(const Assessment& assessment, const ReportOptions& options,
                                            const QString& path, QString* error);
    /// The HTML text of a report, charts inline (also the source of the PDF rendering).
    static QString html(const Assessment& assessment, const ReportOptions& options,
                        ReportDocument* document = nullptr);
};

} // namespace coherence
