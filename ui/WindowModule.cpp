#include "WindowModule.h"

#include <QDir>

namespace coherence {

std::optional<ModuleLibrary::Opened> WindowModule::open(const char* fileName, const QString& searchFolder,
                                                        const QList<const char*>& functions,
                                                        const QString& consequence, QString* error) {
    const QString beside = QCoreApplication::applicationDirPath();
    QStringList folders{beside, QDir::cleanPath(QDir(beside).filePath(
                                    QStringLiteral(COHERENCE_WINDOW_MODULES_RELATIVE_DIR)))};
    if (!searchFolder.isEmpty()) {
        folders.prepend(searchFolder);
    }
    const QString name = QLatin1String(fileName);
    ModuleLibrary::Failure failure{};
    QString detail;
    auto opened = ModuleLibrary::open(name, folders, functions, &failure, &detail);
    if (!opened) {
        switch (failure) {
        case ModuleLibrary::Failure::Missing:
            *error =
                tr("%1: its module %2 is in none of %3; reinstall Coherence.").arg(consequence, name, detail);
            break;
        case ModuleLibrary::Failure::NotLoadable:
            *error =
                tr("%1: its module cannot be loaded (%2); reinstall Coherence.").arg(consequence, detail);
            break;
        case ModuleLibrary::Failure::NotOurs:
            *error = tr("%1: %2 is not the module of this Coherence; reinstall Coherence.")
                         .arg(consequence, detail);
            break;
        }
    }
    return opened;
}

} // namespace coherence
