#pragma once

#include "ModuleLibrary.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace coherence {

/**
 * Opens one of the modules the window uses only for some of its work — coherence-charts.so for the
 * dashboard's charts (ChartModule), coherence-report.so for the report dialog (ReportRenderingModule) —
 * so that a start does not load their Qt libraries (docs/performance.md).
 */
class WindowModule {
    Q_DECLARE_TR_FUNCTIONS(WindowModule)

public:
    /// Loads @p fileName from @p searchFolder (if any: the tests' build tree), beside the executable, or
    /// the installed library folder, and resolves @p functions. On failure, nullopt and @p error: the
    /// sentence @p consequence (what cannot be done, e.g. "The charts cannot be shown"), then why and
    /// what to do.
    static std::optional<ModuleLibrary::Opened> open(const char* fileName, const QString& searchFolder,
                                                     const QList<const char*>& functions,
                                                     const QString& consequence, QString* error);
};

/**
 * What a module class (ChartModule, ReportRenderingModule) keeps of its module: a folder to search
 * first, and the one attempt to open it — a module that is missing stays missing until the
 * application is restarted.
 */
template <typename Module>
class WindowModuleInstance {
public:
    /// Set by the tests (their build tree) before the first get().
    static QString& searchFolder() {
        static QString folder;
        return folder;
    }

    /// The module that @p open (called once, on the first call: `std::optional<Module>(QString* error)`)
    /// made; nullptr and @p error, the reason it gave, when it made none.
    template <typename Open>
    static const Module* get(Open open, QString* error) {
        static const Loaded loaded = [&open] {
            Loaded result;
            result.module = open(&result.error);
            return result;
        }();
        if (!loaded.module && error) {
            *error = loaded.error;
        }
        return loaded.module ? &*loaded.module : nullptr;
    }

private:
    struct Loaded {
        std::optional<Module> module;
        QString error;
    };
};

} // namespace coherence
