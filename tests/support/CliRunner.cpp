#include "support/CliRunner.h"

#include "support/StringMakers.h"

#include <QProcess>
#include <QProcessEnvironment>

namespace coherence::test {

CliRun runCli(const QStringList& arguments, const QStringList& prefix, const QString& program) {
    const QString cli = program.isEmpty() ? QStringLiteral(COHERENCE_CLI_PATH) : program;
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("DISPLAY"));
    environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
    environment.remove(QStringLiteral("QT_QPA_PLATFORM"));
    process.setProcessEnvironment(environment);
    if (prefix.isEmpty()) {
        process.start(cli, arguments);
    } else {
        process.start(prefix.first(), prefix.mid(1) + QStringList{cli} + arguments);
    }
    REQUIRE(process.waitForFinished(120000));
    return {process.exitCode(), process.exitStatus() != QProcess::NormalExit,
            QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

void requireCleanFailure(const CliRun& run) {
    INFO("stderr: " << run.err.toStdString() << " stdout: " << run.out.toStdString());
    CHECK_FALSE(run.crashed);
    CHECK(run.exitCode != 0);
    CHECK(run.err.startsWith(u"coherence-cli: "));
    CHECK(run.err.count(QLatin1Char('\n')) == 1);
    CHECK(run.out.isEmpty());
}

} // namespace coherence::test
