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

} // namespace coherence
