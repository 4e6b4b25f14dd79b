// coherence-cli score on a large .coherence file against the floor of reading the same file at all:
// `sqlite3 FILE 'select count(*) from rating'`. Target (issue 4): at most 3×.
//
//   open_and_score_benchmark CLI LARGE_ASSESSMENT_FILE_TOOL [RUNS]

#include "RunStatistics.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>

#include <cstdio>
#include <cstdlib>
#include <utility>
#include <vector>

namespace {

double millisecondsOf(const QString& program, const QStringList& arguments) {
    QProcess process;
    process.setStandardOutputFile(QProcess::nullDevice());
    QElapsedTimer timer;
    timer.start();
    process.start(program, arguments);
    if (!process.waitForFinished(60000) || process.exitCode() != 0) {
        std::fprintf(stderr, "%s failed\n", qPrintable(program));
        std::exit(1);
    }
    return static_cast<double>(timer.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    if (argc < 3) {
        std::fprintf(stderr, "usage: open_and_score_benchmark CLI LARGE_ASSESSMENT_FILE_TOOL [RUNS]\n");
        return 2;
    }
    const QString cli = QString::fromLocal8Bit(argv[1]);
    const QString generator = QString::fromLocal8Bit(argv[2]);
    const int runs = argc > 3 ? QByteArray(argv[3]).toInt() : 15;
    QTemporaryDir dir;
    std::printf("| criteria | change-log entries | file MB | sqlite3 count(*) ms | coherence-cli score ms | "
                "ratio (middle "
                "half of the run-by-run ratios) |\n"
                "|---:|---:|---:|---:|---:|---:|\n");
    for (const auto& [criteria, entries] :
         {std::pair{100, 2000}, std::pair{1000, 20000}, std::pair{5000, 100000}}) {
        const QString file = dir.filePath(QStringLiteral("large-%1.coherence").arg(criteria));
        if (QProcess::execute(generator, {file, QString::number(criteria), QString::number(entries)}) != 0) {
            return 1;
        }
        // The floor and the CLI alternate, so that both see the machine in the same state: on a shared
        // VM its speed drifts by tens of percent over minutes, which timing one series after the other
        // turned into swings of the ratio.
        const QString sqlite = QStringLiteral("sqlite3");
        const QStringList floorArguments{file, QStringLiteral("select count(*) from rating")};
        const QStringList scoreArguments{QStringLiteral("score"), file, QStringLiteral("--format"),
                                         QStringLiteral("json")};
        millisecondsOf(sqlite, floorArguments); // warm-up: the file into the page cache
        millisecondsOf(cli, scoreArguments);
        std::vector<double> floors;
        std::vector<double> scores;
        for (int i = 0; i < runs; ++i) {
            floors.push_back(millisecondsOf(sqlite, floorArguments));
            scores.push_back(millisecondsOf(cli, scoreArguments));
        }
        const double floor = coherence::bench::median(floors);
        const double score = coherence::bench::median(scores);
        const auto [lower, upper] = coherence::bench::middleHalfOfRatios(scores, floors);
        std::printf("| %d | %d | %.1f | %.1f | %.1f | %.1f× (%.1f–%.1f) |\n", criteria, entries,
                    static_cast<double>(QFileInfo(file).size()) / 1e6, floor, score, score / floor, lower,
                    upper);
        std::fflush(stdout);
    }
    return 0;
}
