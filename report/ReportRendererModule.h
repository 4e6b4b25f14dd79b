#pragma once

// The entry points of the report module (coherence-report.so): the PDF and ODT renderer built as a
// module that coherence-cli loads only for `report --format pdf|odt`, and the window only when its
// report dialog opens. Keeping QtGui out of the CLI halves the start-up of every other command, and
// keeping QtSvg out of the window saves every start about 1 ms (docs/performance.md).

#include "ReportExport.h"

class QCoreApplication;
class QString;
class QTextDocument;

namespace coherence {

class Assessment;
struct ReportOptions;

namespace ReportRendererModule {

/// The module's file name, without folder; coherence-cli looks for it beside itself, then in the
/// installed library folder.
inline constexpr char kFileName[] = "coherence-report.so";

/// Creates the QGuiApplication the renderer needs (offscreen; no display). Caller owns it.
using CreateApplication = QCoreApplication* (*)(int& argc, char** argv);
inline constexpr char kCreateApplication[] = "coherenceReportCreateApplication";

/// ReportRenderer::write behind a C name.
using Render = bool (*)(const Assessment& assessment, const ReportOptions& options,
                        ReportExport::Format format, const QString& path, QString* error);
inline constexpr char kRender[] = "coherenceReportRender";

/// ReportRenderer::textDocument behind a C name: the report as the window previews it. Caller owns it.
using TextDocument = QTextDocument* (*)(const Assessment& assessment, const ReportOptions& options);
inline constexpr char kTextDocument[] = "coherenceReportTextDocument";

} // namespace ReportRendererModule

} // namespace coherence
