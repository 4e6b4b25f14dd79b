#include "CommandLineTool.h"
#include "ProcessHeap.h"
#include "ReportExport.h"
#include "ReportModule.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <memory>
#include <optional>
#include <unistd.h>

namespace {

/// Only PDF and ODT reports need QtGui (fonts, images, the PDF writer), which comes with the report
/// module and its QGuiApplication. No display is used: rendering goes through the offscreen platform.
/// The format is given by --format, or else by the output's name (-o note.odt); reading either too
/// eagerly only costs loading the module.
bool needsGui(int argc, char* argv[]) {
    const auto pagedName = [](const QByteArray& name) {
        const auto format = coherence::ReportExport::formatFromFileName(QString::fromLocal8Bit(name));
        return format == coherence::ReportExport::Format::Pdf ||
               format == coherence::ReportExport::Format::Odt;
    };
    bool report = false;
    bool paged = false;
    for (int i = 1; i < argc; ++i) {
        const QByteArray argument(argv[i]);
        report = report || argument == "report";
        paged = paged || argument == "pdf" || argument == "odt" || argument == "--format=pdf" ||
                argument == "--format=odt";
        if ((argument == "-o" || argument == "--output") && i + 1 < argc) {
            paged = paged || pagedName(argv[i + 1]);
        } else if (argument.startsWith("--output=") || (argument.startsWith("-o") && argument.size() > 2)) {
            paged = paged || pagedName(argument);
        }
    }
    return report && paged;
}

} // namespace

int main(int argc, char* argv[]) {
    coherence::ProcessHeap::prepare(coherence::ProcessHeap::Lifetime::ShortLived);
    std::unique_ptr<QCoreApplication> app;
    std::optional<coherence::ReportModule> reportModule;
    QString reportModuleError;
    if (needsGui(argc, argv)) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
        // Qt warns on stderr when there is no runtime folder; a command's stderr is for its errors only.
        if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
            const QString runtime =
                QDir::tempPath() + QStringLiteral("/coherence-runtime-") + QString::number(getuid());
            QDir().mkpath(runtime);
            QFile::setPermissions(runtime, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
            qputenv("XDG_RUNTIME_DIR", runtime.toLocal8Bit());
        }
        reportModule = coherence::ReportModule::load(&reportModuleError);
        if (reportModule) {
            app.reset(reportModule->createApplication(argc, argv));
        }
    }
    // Every other command runs without an application object: none runs an event loop or uses timers,
    // sockets, processes or translators, the things that need one, and creating it cost 0.8 ms of
    // each command (docs/performance.md). The names below are process-wide and hold without it.
    QCoreApplication::setOrganizationName(QStringLiteral("Coherence"));
    QCoreApplication::setApplicationName(QStringLiteral("coherence-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(COHERENCE_VERSION));
    coherence::CommandLineTool tool;
    if (reportModule) {
        tool.setDocumentRenderer(reportModule->renderer());
    } else if (!reportModuleError.isEmpty()) {
        // The command fails with the reason, after its arguments and input have been checked.
        tool.setDocumentRenderer(
            [reportModuleError](const coherence::Assessment&, const coherence::ReportOptions&,
                                coherence::ReportExport::Format, const QString&, QString* error) {
                *error = reportModuleError;
                return false;
            });
    }
    // Decoded as QCoreApplication::arguments() decodes them on Unix, after a QGuiApplication (PDF and
    // ODT) has taken out the options it consumed.
    QStringList arguments;
    arguments.reserve(argc);
    for (int i = 0; i < argc; ++i) {
        arguments.append(QString::fromLocal8Bit(argv[i]));
    }
    return tool.run(arguments);
}
