#pragma once

#include <QFunctionPointer>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace coherence {

/**
 * Opens one of Coherence's own modules (coherence-report.so for the CLI's PDF and ODT,
 * coherence-charts.so for the window's charts): shared libraries kept out of the executables so that
 * their Qt libraries are loaded only by the work that needs them (docs/performance.md).
 */
class ModuleLibrary {
public:
    struct Opened {
        QString path;                      ///< the file that was loaded
        QList<QFunctionPointer> functions; ///< in the order asked for, none null
    };
    enum class Failure {
        Missing,     ///< in none of the folders
        NotLoadable, ///< found, but the dynamic loader refused it (detail: its message)
        NotOurs,     ///< loaded, but without the functions asked for (detail: the file)
    };

    /// Loads @p fileName from the first of @p folders that has it, for good (what a module creates
    /// may live until exit), and resolves @p functions (extern "C" names). On failure, nullopt with
    /// @p failure and @p detail set for the caller's message.
    static std::optional<Opened> open(const QString& fileName, const QStringList& folders,
                                      const QList<const char*>& functions, Failure* failure, QString* detail);
};

} // namespace coherence
