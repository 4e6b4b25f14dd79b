#include "ChartModule.h"

#include "WindowModule.h"

#include <QLabel>

#include <optional>

namespace coherence {

namespace {

QString& searchFolder() {
    static QString folder;
    return folder;
}

struct LoadedModule {
    std::optional<ChartModule> module;
    QString error;
};

} // namespace

void ChartModule::setSearchFolder(const QString& folder) {
    searchFolder() = folder;
}

QWidget* ChartModule::unavailableNotice(const QString& reason, QWidget* parent) {
    auto* notice = new QLabel(reason, parent);
    notice->setObjectName(QStringLiteral("chartsProblemLabel"));
    notice->setWordWrap(true);
    notice->setAlignment(Qt::AlignCenter);
    return notice;
}

const ChartModule* ChartModule::instance(QString* error) {
    // Looked for once: a module that is missing stays missing until the application is restarted.
    static const LoadedModule loaded = [] {
        LoadedModule result;
        const auto opened =
            WindowModule::open(ChartRendererModule::kFileName, searchFolder(),
                               {ChartRendererModule::kCreateView, ChartRendererModule::kShowAreaRadar,
                                ChartRendererModule::kShowAreaBars, ChartRendererModule::kShowAreaDeltas},
                               tr("The charts cannot be shown"), &result.error);
        if (!opened) {
            return result;
        }
        ChartModule module;
        module.m_createView = reinterpret_cast<ChartRendererModule::CreateView>(opened->functions[0]);
        module.m_showAreaRadar = reinterpret_cast<ChartRendererModule::ShowAreaRadar>(opened->functions[1]);
        module.m_showAreaBars = reinterpret_cast<ChartRendererModule::ShowAreaBars>(opened->functions[2]);
        module.m_showAreaDeltas = reinterpret_cast<ChartRendererModule::ShowAreaDeltas>(opened->functions[3]);
        result.module = module;
        return result;
    }();
    if (!loaded.module && error) {
        *error = loaded.error;
    }
    return loaded.module ? &*loaded.module : nullptr;
}

} // namespace coherence
