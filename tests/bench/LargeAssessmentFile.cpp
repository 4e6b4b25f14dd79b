// Writes a synthetic .coherence file for benchmarks: a rubric of N criteria, every criterion
// rated with a citation, and a change log of M entries.
//
//   large_assessment_file OUT.coherence CRITERIA CHANGE_LOG_ENTRIES

#include "AssessmentDocument.h"
#include "SqliteDatabase.h"
#include "SqliteStatement.h"
#include "SqliteTransaction.h"
#include "SyntheticRubric.h"

#include <QCoreApplication>
#include <QFile>

#include <cstdio>

using namespace coherence;

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    if (argc != 4) {
        std::fprintf(stderr, "usage: large_assessment_file OUT.coherence CRITERIA CHANGE_LOG_ENTRIES\n");
        return 2;
    }
    const QString path = QString::fromLocal8Bit(argv[1]);
    const int criteria = QByteArray(argv[2]).toInt();
    const int entries = QByteArray(argv[3]).toInt();
    QFile::remove(path);
    const RubricPtr rubric = bench::makeSyntheticRubric(criteria);
    auto assessment = bench::makeSyntheticAssessment(rubric);
    assessment->setPlan(
        {QStringLiteral("Synthetic plan"), QStringLiteral("Benchland"), QString(), QString()});
    AssessmentDocument::OpenResult created =
        AssessmentDocument::create(path, *assessment, QStringLiteral("bench"));
    if (!created.document) {
        std::fprintf(stderr, "%s\n", qPrintable(created.error));
        return 1;
    }
    created.document.reset();
    // The change log is appended in one transaction: 20,000 separate fsyncs would only measure the disk.
    QString error;
    auto database = SqliteDatabase::open(path, SqliteDatabase::Mode::ReadWrite, &error);
    SqliteTransaction transaction(*database);
    SqliteStatement insert(*database,
                           QStringLiteral("INSERT INTO change_log(at, author, what, subject, old_value, "
                                          "new_value) VALUES(?1, 'bench', 'rating.note', ?2, ?3, ?4)"));
    for (int i = 0; i < entries; ++i) {
        insert.reset();
        insert.bind(1, QStringLiteral("2026-03-01T09:%1:00.000Z").arg(i % 60, 2, 10, QLatin1Char('0')));
        insert.bind(2, rubric->criteria()[i % rubric->criteria().size()].id);
        insert.bind(3, QStringLiteral("Note number %1 before the edit").arg(i));
        insert.bind(4, QStringLiteral("Note number %1 after the edit").arg(i + 1));
        if (!insert.run()) {
            std::fprintf(stderr, "%s\n", qPrintable(insert.error()));
            return 1;
        }
    }
    if (!transaction.commit()) {
        std::fprintf(stderr, "%s\n", qPrintable(transaction.error()));
        return 1;
    }
    std::printf("%s: %d criteria, %d change-log entries\n", argv[1], criteria, entries);
    return 0;
}
