// Helper of the kill test (tests/cli/KillTests.cpp): rates criteria of FILE in a loop, one
// transaction each, and prints the number of every write after it was committed. The test kills
// it with SIGKILL at random moments and checks that every printed write survived.
//
//   kill_test_writer FILE FIRST_WRITE

#include "AssessmentDocument.h"

#include <QCoreApplication>

#include <cstdio>

using namespace coherence;

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    if (argc != 3) {
        std::fprintf(stderr, "usage: kill_test_writer FILE FIRST_WRITE\n");
        return 2;
    }
    AssessmentDocument::OpenResult opened = AssessmentDocument::open(QString::fromLocal8Bit(argv[1]));
    if (!opened.document || opened.document->isReadOnly()) {
        std::fprintf(stderr, "cannot open for writing: %s %s\n", qPrintable(opened.error),
                     qPrintable(opened.notice));
        return 1;
    }
    const QList<Criterion>& criteria = opened.document->assessment().rubric()->criteria();
    for (qint64 write = QByteArray(argv[2]).toLongLong();; ++write) {
        const Criterion& criterion = criteria[static_cast<qsizetype>(write % criteria.size())];
        Rating rating;
        rating.level = static_cast<int>(write % 5);
        rating.note = QStringLiteral("write %1").arg(write);
        rating.citations.append({QStringLiteral("Plan"), QString(), QString::number(write),
                                 QStringLiteral("Excerpt of write %1").arg(write), EvidenceKind::Budget});
        QString error;
        if (!opened.document->setRating(criterion.id, rating, &error)) {
            std::fprintf(stderr, "write %lld failed: %s\n", static_cast<long long>(write), qPrintable(error));
            return 1;
        }
        std::printf("%lld\n", static_cast<long long>(write));
        std::fflush(stdout);
    }
}
