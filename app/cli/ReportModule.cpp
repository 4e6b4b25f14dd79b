#include "ReportModule.h"

#include <QDir>
#include <QFileInfo>
#include <QLibrary>

namespace coherence {

namespace {

/// The folder of the running executable. QCoreApplication::applicationDirPath() is not available yet:
/// the module is needed to create the application object.
QString executableFolder() {
    return QFileInfo(QFileInfo(QStringLiteral("/proc/self/exe")).symLinkTarget()).absolutePath();
}

} // namespace

ReportModule::ReportModule(ReportRendererModule::CreateApplication create,
                           ReportRendererModule::Render render)
    : m_create(create)
    , m_render(render) {
}

std::optional<ReportModule> ReportModule::load(QString* error) {
    // Beside the executable: the build tree and relocatable bundles. Then where `cmake --install` puts it.
    const QString beside = executableFolder();
    const QString installed =
        QDir::cleanPath(QDir(beside).filePath(QStringLiteral(COHERENCE_REPORT_MODULE_RELATIVE_DIR)));
    const QString fileName = QLatin1String(ReportRendererModule::kFileName);
    for (const QString& folder : {beside, installed}) {
        const QString candidate = QDir(folder).filePath(fileName);
        if (!QFileInfo::exists(candidate)) {
            continue;
        }
        // Never unloaded: the application object it creates lives until exit.
        QLibrary library(candidate);
        library.setLoadHints(QLibrary::PreventUnloadHint);
        if (!library.load()) {
            *error =
                tr("PDF and ODT need the report module, which cannot be loaded (%1); reinstall Coherence")
                    .arg(library.errorString());
            return std::nullopt;
        }
        const auto create = reinterpret_cast<ReportRendererModule::CreateApplication>(
            library.resolve(ReportRendererModule::kCreateApplication));
        const auto render =
            reinterpret_cast<ReportRendererModule::Render>(library.resolve(ReportRendererModule::kRender));
        if (!create || !render) {
            *error = tr("%1 is not the report module of this Coherence; reinstall Coherence").arg(candidate);
            return std::nullopt;
        }
        return ReportModule(create, render);
    }
    *error =
        tr("PDF and ODT need the report module %1, which is neither in %2 nor in %3; reinstall Coherence")
            .arg(fileName, beside, installed);
    return std::nullopt;
}

QCoreApplication* ReportModule::createApplication(int& argc, char** argv) const {
    return m_create(argc, argv);
}

CommandLineTool::DocumentRenderer ReportModule::renderer() const {
    return m_render;
}

} // namespace coherence
