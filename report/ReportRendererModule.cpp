#include "ReportRendererModule.h"

#include "ReportRenderer.h"

#include <QGuiApplication>

// Only these three names are exported (the module is built with hidden visibility and its static
// libraries' symbols excluded), so its own copy of the core never interposes on the executable's.
extern "C" {

Q_DECL_EXPORT QCoreApplication* coherenceReportCreateApplication(int& argc, char** argv);
Q_DECL_EXPORT bool coherenceReportRender(const coherence::Assessment& assessment,
                                         const coherence::ReportOptions& options,
                                         coherence::ReportExport::Format format, const QString& path,
                                         QString* error);
Q_DECL_EXPORT QTextDocument* coherenceReportTextDocument(const coherence::Assessment& assessment,
                                                         const coherence::ReportOptions& options);

QCoreApplication* coherenceReportCreateApplication(int& argc, char** argv) {
    return new QGuiApplication(argc, argv);
}

bool coherenceReportRender(const coherence::Assessment& assessment, const coherence::ReportOptions& options,
                           coherence::ReportExport::Format format, const QString& path, QString* error) {
    return coherence::ReportRenderer::write(assessment, options, format, path, error);
}

QTextDocument* coherenceReportTextDocument(const coherence::Assessment& assessment,
                                           const coherence::ReportOptions& options) {
    return coherence::ReportRenderer::textDocument(assessment, options);
}

} // extern "C"
