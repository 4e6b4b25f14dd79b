#include "AssessmentDocument.h"
#include "BuiltinRubrics.h"
#include "support/StringMakers.h"

#include <QElapsedTimer>
#include <QHash>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>

#include <random>

using namespace coherence;

namespace {

constexpr int kKills = 100;

} // namespace

TEST_CASE("Killing a writer at random moments never loses a committed edit", "[storage][kill]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("killed.coherence"));
    {
        const RubricLoadResult rubric = BuiltinRubrics::load(QStringLiteral("gmg-2010"));
        REQUIRE(rubric.ok());
        Assessment assessment(rubric.rubric);
        assessment.setPlan(
            {QStringLiteral("Kill test plan"), QStringLiteral("Testland"), QString(), QString()});
        REQUIRE(AssessmentDocument::create(path, assessment).document);
    }
    std::mt19937 random(20101110);
    std::uniform_int_distribution<int> delay(5, 120);
    qint64 nextWrite = 0;
    QHash<QString, qint64> lastReported; // criterion → the last write the writer said was committed
    int writesReported = 0;
    for (int kill = 0; kill < kKills; ++kill) {
        QProcess writer;
        writer.start(QStringLiteral(COHERENCE_KILL_WRITER_PATH), {path, QString::number(nextWrite)});
        REQUIRE(writer.waitForStarted(10000));
        REQUIRE(writer.waitForReadyRead(30000)); // at least one write in, then kill at a random moment
        QThread::msleep(static_cast<unsigned long>(delay(random)));
        writer.kill(); // SIGKILL: no destructor, no cleanup, possibly mid-transaction
        REQUIRE(writer.waitForFinished(10000));
        const QList<QByteArray> lines = writer.readAllStandardOutput().split('\n');
        INFO("kill " << kill << ", stderr: " << writer.readAllStandardError().toStdString());

        AssessmentDocument::OpenResult opened = AssessmentDocument::open(path);
        INFO(opened.error.toStdString());
        REQUIRE(opened.document); // opened means quick_check said "ok"
        // The killed writer's lock is stale (its process is gone), so we get the file back for writing.
        CHECK_FALSE(opened.document->isReadOnly());
        const QList<Criterion>& criteria = opened.document->assessment().rubric()->criteria();
        for (const QByteArray& line : lines) {
            if (line.isEmpty()) {
                continue;
            }
            const qint64 write = line.toLongLong();
            lastReported.insert(criteria[static_cast<qsizetype>(write % criteria.size())].id, write);
            nextWrite = std::max(nextWrite, write + 1);
            ++writesReported;
        }
        for (auto it = lastReported.cbegin(); it != lastReported.cend(); ++it) {
            const Rating& rating = opened.document->assessment().rating(it.key());
            // The stored write is the last reported one, or a later one that committed before the kill.
            const qint64 stored = rating.note.mid(6).toLongLong();
            INFO(it.key().toStdString()
                 << " stored " << rating.note.toStdString() << " reported " << it.value());
            REQUIRE(rating.note.startsWith(u"write "));
            REQUIRE(stored >= it.value());
            REQUIRE(rating.citations.size() == 1);
        }
        // Skip past any write that committed but was not reported, so notes stay unique.
        nextWrite += criteria.size();
    }
    CHECK(writesReported >= kKills);
    std::printf("kill test: %d kills survived, %d committed writes checked\n", kKills, writesReported);
}
