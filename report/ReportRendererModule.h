#pragma once

// The entry points of the report module (coherence-report.so): the PDF and ODT renderer built as a
// module that coherence-cli loads only for `report --format pdf|odt`. Keeping QtGui out of the
// executable halves the start-up of every other command (docs/performance.md).

#include "ReportExport.h"

class QCoreApplication;
class QString;

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

} // namespace ReportRendererModule

} // namespace coherence
