#pragma once

#include "CommandLineTool.h"
#include "ReportRendererModule.h"

#include <QString>

#include <optional>

class QCoreApplication;

namespace coherence {

/**
 * The PDF and ODT renderer, opened from coherence-report.so only when a command needs it: linking
 * QtGui into coherence-cli would cost every command its start-up time, for the two formats that
 * need fonts and a paint device.
 */
class ReportModule {
    Q_DECLARE_TR_FUNCTIONS(ReportModule)

public:
    /// Finds and opens the module beside the executable, then in the installed library folder;
    /// nullopt and a message that says where it looked when it is missing or not ours.
    static std::optional<ReportModule> load(QString* error);

    /// The QGuiApplication the renderer needs, created by the module (so QtGui comes with it).
    [[nodiscard]] QCoreApplication* createApplication(int& argc, char** argv) const;
    [[nodiscard]] CommandLineTool::DocumentRenderer renderer() const;

private:
    ReportModule(ReportRendererModule::CreateApplication create, ReportRendererModule::Render render);

    ReportRendererModule::CreateApplication m_create = nullptr;
    ReportRendererModule::Render m_render = nullptr;
};

} // namespace coherence
