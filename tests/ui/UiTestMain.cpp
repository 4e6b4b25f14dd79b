// Runner of the GUI tests. It must print nothing on stdout (Catch2 2.13 discovery reads test names
// from it) and must default to the offscreen platform: without it, discovery on a machine with no
// display aborts and ctest silently registers zero tests (catchorg/Catch2#2268).

#define CATCH_CONFIG_RUNNER
#include "ApplicationStyle.h"
#include "ChartModule.h"
#include "Dialogs.h"
#include "ReportRenderingModule.h"

#include <QApplication>
#include <QSettings>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

namespace {

/// Every test case starts from no settings, as it does when ctest runs it alone: without this a whole
/// run of the binary hands each test the window layout and recent files of the one before.
struct FreshSettings : Catch::TestEventListenerBase {
    using TestEventListenerBase::TestEventListenerBase;
    void testCaseStarting(const Catch::TestCaseInfo&) override { QSettings().clear(); }
};

} // namespace

CATCH_REGISTER_LISTENER(FreshSettings)

int main(int argc, char* argv[]) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    // Settings and data of the tests live in a throw-away folder, never in the user's.
    QTemporaryDir home;
    qputenv("XDG_CONFIG_HOME", home.filePath(QStringLiteral("config")).toLocal8Bit());
    qputenv("XDG_DATA_HOME", home.filePath(QStringLiteral("data")).toLocal8Bit());
    QApplication app(argc, argv);
    QApplication::setStyle(new coherence::ApplicationStyle); // as the application does
    QApplication::setOrganizationName(QStringLiteral("CoherenceTests"));
    QApplication::setApplicationName(QStringLiteral("CoherenceTests"));
    coherence::Dialogs::setTestMode(true);
    // The chart module of the build tree, beside the coherence executable rather than beside the tests.
    coherence::ChartModule::setSearchFolder(QStringLiteral(COHERENCE_CHARTS_MODULE_DIR));
    coherence::ReportRenderingModule::setSearchFolder(QStringLiteral(COHERENCE_REPORT_MODULE_DIR));
    return Catch::Session().run(argc, argv);
}
