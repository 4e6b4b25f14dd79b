#include "ChartModule.h"

#include "WindowModule.h"

#include <QLabel>

#include <optional>

namespace coherence {

void ChartModule::setSearchFolder(const QString& folder) {
    WindowModuleInstance<ChartModule>::searchFolder() = folder;
}

QWidget* ChartModule::unavailableNotice(const QString& reason, QWidget* parent) {
    auto* notice = new QLabel(reason, parent);
    notice->setObjectName(QStringLiteral("chartsProblemLabel"));
    notice->setWordWrap(true);
    notice->setAlignment(Qt::AlignCenter);
    return notice;
}

const ChartModule* ChartModule::instance(QString* error) {
    return WindowModuleInstance<ChartModule>::get(
        [](QString* problem) -> std::optional<ChartModule> {
            const auto opened = WindowModule::open(
                ChartRendererModule::kFileName, WindowModuleInstance<ChartModule>::searchFolder(),
                {ChartRendererModule::kCreateView, ChartRendererModule::kShowAreaRadar,
                 ChartRendererModule::kShowAreaBars, ChartRendererModule::kShowAreaDeltas},
                tr("The charts cannot be shown"), problem);
            if (!opened) {
                return std::nullopt;
            }
            ChartModule module;
            module.m_createView = reinterpret_cast<ChartRendererModule::CreateView>(opened->functions[0]);
            module.m_showAreaRadar =
                reinterpret_cast<ChartRendererModule::ShowAreaRadar>(opened->functions[1]);
            module.m_showAreaBars = reinterpret_cast<ChartRendererModule::ShowAreaBars>(opened->functions[2]);
            module.m_showAreaDeltas =
                reinterpret_cast<ChartRendererModule::ShowAreaDeltas>(opened->functions[3]);
            return module;
        },
        error);
}

} // namespace coherence
