#include "CommandLineTool.h"

#include <QCoreApplication>

int main(int argc, char* argv[]) {
    // A QCoreApplication, never a QGuiApplication: --help, --version and every command must work
    // on a machine with no display at all.
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Coherence"));
    QCoreApplication::setApplicationName(QStringLiteral("coherence-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(COHERENCE_VERSION));
    coherence::CommandLineTool tool;
    return tool.run(QCoreApplication::arguments());
}
