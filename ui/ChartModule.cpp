#include "ChartModule.h"

#include "ModuleLibrary.h"

#include <QDir>
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
        const QString beside = QCoreApplication::applicationDirPath();
        QStringList folders{beside, QDir::cleanPath(QDir(beside).filePath(
                                        QStringLiteral(COHERENCE_CHARTS_MODULE_RELATIVE_DIR)))};
        if (!searchFolder().isEmpty()) {
            folders.prepend(searchFolder());
        }
        const QString fileName = QLatin1String(ChartRendererModule::kFileName);
        ModuleLibrary::Failure failure{};
        QString detail;
        const auto opened =
            ModuleLibrary::open(fileName, folders,
                                {ChartRendererModule::kCreateView, ChartRendererModule::kShowAreaRadar,
                                 ChartRendererModule::kShowAreaBars, ChartRendererModule::kShowAreaDeltas},
                                &failure, &detail);
        if (!opened) {
            switch (failure) {
            case ModuleLibrary::Failure::Missing:
                result.error =
                    tr("The charts cannot be shown: their module %1 is in none of %2; reinstall Coherence.")
                        .arg(fileName, detail);
                break;
            case ModuleLibrary::Failure::NotLoadable:
                result.error = tr("The charts cannot be shown: their module cannot be loaded (%1); "
                                  "reinstall Coherence.")
                                   .arg(detail);
                break;
            case ModuleLibrary::Failure::NotOurs:
                result.error = tr("The charts cannot be shown: %1 is not the chart module of this "
                                  "Coherence; reinstall Coherence.")
                                   .arg(detail);
                break;
            }
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
