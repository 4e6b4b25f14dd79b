#pragma once

#include <QString>
#include <QStringList>

namespace coherence::test {

struct CliRun {
    int exitCode = -1;
    bool crashed = false;
    QString out;
    QString err;
};

/// Runs the built coherence-cli with no display at all, as CI and a server would. With a
/// non-empty @p prefix (e.g. setpriv … to drop privileges), runs prefix + cli + arguments.
CliRun runCli(const QStringList& arguments, const QStringList& prefix = {},
              const QString& program = QString());

/// The error contract: a normal exit, non-zero status, one line on stderr starting
/// "coherence-cli:", nothing on stdout.
void requireCleanFailure(const CliRun& run);

} // namespace coherence::test
