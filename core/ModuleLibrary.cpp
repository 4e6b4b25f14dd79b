#include "ModuleLibrary.h"

#include <QDir>
#include <QFileInfo>
#include <QLibrary>

namespace coherence {

std::optional<ModuleLibrary::Opened> ModuleLibrary::open(const QString& fileName, const QStringList& folders,
                                                         const QList<const char*>& functions,
                                                         Failure* failure, QString* detail) {
    for (const QString& folder : folders) {
        const QString candidate = QDir(folder).filePath(fileName);
        if (!QFileInfo::exists(candidate)) {
            continue;
        }
        QLibrary library(candidate);
        library.setLoadHints(QLibrary::PreventUnloadHint);
        if (!library.load()) {
            *failure = Failure::NotLoadable;
            *detail = library.errorString();
            return std::nullopt;
        }
        Opened opened{candidate, {}};
        for (const char* name : functions) {
            const QFunctionPointer function = library.resolve(name);
            if (!function) {
                *failure = Failure::NotOurs;
                *detail = candidate;
                return std::nullopt;
            }
            opened.functions.append(function);
        }
        return opened;
    }
    *failure = Failure::Missing;
    *detail = folders.join(QStringLiteral(", "));
    return std::nullopt;
}

} // namespace coherence
