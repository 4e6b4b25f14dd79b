#include "ReportRenderingModule.h"

#include "WindowModule.h"

#include <optional>

namespace coherence {

void ReportRenderingModule::setSearchFolder(const QString& folder) {
    WindowModuleInstance<ReportRenderingModule>::searchFolder() = folder;
}

const ReportRenderingModule* ReportRenderingModule::instance(QString* error) {
    return WindowModuleInstance<ReportRenderingModule>::get(
        [](QString* problem) -> std::optional<ReportRenderingModule> {
            const auto opened = WindowModule::open(
                ReportRendererModule::kFileName, WindowModuleInstance<ReportRenderingModule>::searchFolder(),
                {ReportRendererModule::kRender, ReportRendererModule::kTextDocument},
                tr("Reports cannot be made"), problem);
            if (!opened) {
                return std::nullopt;
            }
            ReportRenderingModule module;
            module.m_render = reinterpret_cast<ReportRendererModule::Render>(opened->functions[0]);
            module.m_textDocument =
                reinterpret_cast<ReportRendererModule::TextDocument>(opened->functions[1]);
            return module;
        },
        error);
}

} // namespace coherence
