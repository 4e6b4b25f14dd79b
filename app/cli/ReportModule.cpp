#include "ReportModule.h"

#include "ModuleLibrary.h"

#include <QDir>
#include <QFileInfo>

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
    ModuleLibrary::Failure failure{};
    QString detail;
    // Never unloaded: the application object it creates lives until exit.
    const auto opened = ModuleLibrary::open(
        fileName, {beside, installed},
        {ReportRendererModule::kCreateApplication, ReportRendererModule::kRender}, &failure, &detail);
    if (!opened) {
        switch (failure) {
        case ModuleLibrary::Failure::Missing:
            *error = tr("PDF and ODT need the report module %1, which is neither in %2 nor in %3; "
                        "reinstall Coherence")
                         .arg(fileName, beside, installed);
            break;
        case ModuleLibrary::Failure::NotLoadable:
            *error =
                tr("PDF and ODT need the report module, which cannot be loaded (%1); reinstall Coherence")
                    .arg(detail);
            break;
        case ModuleLibrary::Failure::NotOurs:
            *error = tr("%1 is not the report module of this Coherence; reinstall Coherence").arg(detail);
            break;
        }
        return std::nullopt;
    }
    return ReportModule(reinterpret_cast<ReportRendererModule::CreateApplication>(opened->functions[0]),
                        reinterpret_cast<ReportRendererModule::Render>(opened->functions[1]));
}

QCoreApplication* ReportModule::createApplication(int& argc, char** argv) const {
    return m_create(argc, argv);
}

CommandLineTool::DocumentRenderer ReportModule::renderer() const {
    return m_render;
}

} // namespace coherence
