// Report rendering, whole coherence-cli processes: the sample's briefing-note PDF (target < 1 s) and
// the full report of a 1,000-criterion assessment (target < 10 s), medians of several runs.
//
//   report_benchmark CLI LARGE_ASSESSMENT_FILE_TOOL SAMPLE.json [RUNS]

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <vector>

namespace {

double medianSeconds(const QString& program, const QStringList& arguments, int runs) {
    std::vector<double> samples;
    for (int i = 0; i < runs; ++i) {
        QProcess process;
        QElapsedTimer timer;
        timer.start();
        process.start(program, arguments);
        if (!process.waitForFinished(120000) || process.exitCode() != 0) {
            std::fprintf(stderr, "%s failed: %s\n", qPrintable(program),
                         process.readAllStandardError().constData());
            return -1;
        }
        samples.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e9);
    }
    std::sort(samples.begin(), samples.end());
    return samples[samples.size() / 2];
}

} // namespace

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    if (argc < 4) {
        std::fprintf(stderr, "usage: report_benchmark CLI LARGE_ASSESSMENT_FILE_TOOL SAMPLE.json [RUNS]\n");
        return 2;
    }
    const QString cli = QString::fromLocal8Bit(argv[1]);
    const QString generator = QString::fromLocal8Bit(argv[2]);
    const QString sample = QString::fromLocal8Bit(argv[3]);
    const int runs = argc > 4 ? QByteArray(argv[4]).toInt() : 5;
    QTemporaryDir dir;
    std::printf("| report | criteria | median s |\n|---|---:|---:|\n");
    const QString pdf = dir.filePath(QStringLiteral("out.pdf"));
    std::printf("| briefing note, PDF | 52 | %.2f |\n",
                medianSeconds(cli,
                              {QStringLiteral("report"), sample, QStringLiteral("--format"),
                               QStringLiteral("pdf"), QStringLiteral("-o"), pdf},
                              runs));
    for (int criteria : {100, 1000, 5000}) {
        const QString file = dir.filePath(QStringLiteral("large-%1.coherence").arg(criteria));
        if (QProcess::execute(generator, {file, QString::number(criteria), QString::number(criteria * 2)}) !=
            0) {
            return 1;
        }
        std::printf("| full report, PDF | %d | %.2f |\n", criteria,
                    medianSeconds(cli,
                                  {QStringLiteral("report"), file, QStringLiteral("--template"),
                                   QStringLiteral("full"), QStringLiteral("--format"), QStringLiteral("pdf"),
                                   QStringLiteral("-o"), pdf},
                                  criteria >= 5000 ? 1 : runs));
        std::fflush(stdout);
    }
    return 0;
}
