#include "ReportRenderingModule.h"

#include "WindowModule.h"

#include <optional>

namespace coherence {

namespace {

QString& searchFolder() {
    static QString folder;
    return folder;
}

struct LoadedModule {
    std::optional<ReportRenderingModule> module;
    QString error;
};

} // namespace

void ReportRenderingModule::setSearchFolder(const QString& folder) {
    searchFolder() = folder;
}

const ReportRenderingModule* ReportRenderingModule::instance(QString* error) {
    // Looked for once: a module that is missing stays missing until the application is restarted.
    static const LoadedModule loaded = [] {
        LoadedModule result;
        const auto opened =
            WindowModule::open(ReportRendererModule::kFileName, searchFolder(),
                               {ReportRendererModule::kRender, ReportRendererModule::kTextDocument},
                               tr("Reports cannot be made"), &result.error);
        if (!opened) {
            return result;
        }
        ReportRenderingModule module;
        module.m_render = reinterpret_cast<ReportRendererModule::Render>(opened->functions[0]);
        module.m_textDocument = reinterpret_cast<ReportRendererModule::TextDocument>(opened->functions[1]);
        result.module = module;
        return result;
    }();
    if (!loaded.module && error) {
        *error = loaded.error;
    }
    return loaded.module ? &*loaded.module : nullptr;
}

} // namespace coherence
