#include "AssessmentDocument.h"
#include "support/CliRunner.h"
#include "support/StringMakers.h"
#include "support/TestData.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace coherence;
using namespace coherence::test;

namespace {

QStringList participantFiles() {
    return {dataPath(QStringLiteral("workshop/amina.json")), dataPath(QStringLiteral("workshop/bo.json")),
            dataPath(QStringLiteral("workshop/chen.json"))};
}

} // namespace

TEST_CASE("coherence-cli merge writes a consensus file and prints the disagreements", "[cli][merge]") {
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("consensus.coherence"));
    const CliRun run =
        runCli(QStringList{QStringLiteral("merge"), QStringLiteral("-o"), out} + participantFiles());
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(run.out.contains(u"Merged 3 assessments"));
    CHECK(run.out.contains(u"3 disagreements"));
    CHECK(run.out.contains(u"LAB-1  spread 1–3, consensus 2: Amina Diallo 1; Bo Lindqvist 2; Chen Wei 3"));
    CHECK(run.out.contains(u"HLT-1  spread 0–4, consensus 1"));
    CHECK(run.out.contains(u"EDU-1  spread 3–3, consensus 3: Amina Diallo 3; Bo Lindqvist N/A; Chen Wei 3"));

    const AssessmentDocument::OpenResult opened =
        AssessmentDocument::open(out, AssessmentDocument::Access::ReadOnly);
    REQUIRE(opened.document);
    CHECK(opened.document->assessment().rating(QStringLiteral("HLT-1")).level == 1);
    const QList<ChangeLogEntry> history = opened.document->history();
    REQUIRE(history.size() == 2);
    CHECK(history.last().what == u"merge");
    CHECK(history.last().newValue.contains(u"amina.json, bo.json, chen.json"));

    // Never over an existing file.
    const QByteArray before = [&out] {
        QFile file(out);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }();
    const CliRun again =
        runCli(QStringList{QStringLiteral("merge"), QStringLiteral("-o"), out} + participantFiles());
    requireCleanFailure(again);
    CHECK(again.err.contains(u"already exists"));
    QFile file(out);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.readAll() == before);
}

TEST_CASE("coherence-cli merge --anonymise leaves no name in the new file", "[cli][merge]") {
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("anonymous.coherence"));
    const CliRun run = runCli(
        QStringList{QStringLiteral("merge"), QStringLiteral("--anonymise"), QStringLiteral("-o"), out} +
        participantFiles());
    REQUIRE(run.exitCode == 0);
    CHECK(run.out.contains(u"Participant 1 1; Participant 2 2; Participant 3 3"));
    CHECK_FALSE(run.out.contains(u"Amina"));
    QFile file(out);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    for (const char* name : {"Amina", "Lindqvist", "Chen Wei", "amina.json"}) {
        INFO(name);
        CHECK_FALSE(bytes.contains(name));
    }
}

TEST_CASE("coherence-cli merge and compare refuse what they cannot do", "[cli][merge]") {
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("x.coherence"));
    requireCleanFailure(
        runCli({QStringLiteral("merge"), QStringLiteral("-o"), out, participantFiles().first()}));
    requireCleanFailure(runCli(QStringList{QStringLiteral("merge")} + participantFiles()));
    const CliRun missing = runCli({QStringLiteral("merge"), QStringLiteral("-o"), out,
                                   participantFiles().first(), dir.filePath(QStringLiteral("absent.json"))});
    requireCleanFailure(missing);
    CHECK_FALSE(QFile::exists(out));
    const CliRun otherRubric = runCli({QStringLiteral("compare"), participantFiles().first(),
                                       dataPath(QStringLiteral("assessments/small-hand-computed.json"))});
    requireCleanFailure(otherRubric);
    requireCleanFailure(runCli({QStringLiteral("compare"), participantFiles().first()}));
    requireCleanFailure(runCli({QStringLiteral("compare"), participantFiles()[0], participantFiles()[1],
                                QStringLiteral("--format"), QStringLiteral("xml")}));
}

TEST_CASE("coherence-cli compare shows levels, deltas and what changed", "[cli][compare]") {
    const CliRun text = runCli({QStringLiteral("compare"), participantFiles()[0], participantFiles()[1]});
    INFO(text.err.toStdString());
    REQUIRE(text.exitCode == 0);
    CHECK(text.out.contains(u"Overall: 36.1 → 75.0 (+38.9)"));
    CHECK(text.out.contains(u"Criteria that differ (4 of 52):"));
    CHECK(text.out.contains(u"HLT-1  0 → 4 (+4)"));
    CHECK(text.out.contains(u"EDU-1  3 → N/A"));
    CHECK(text.out.contains(u"LAB-1 citations: 1 → 2 (changed)"));

    const CliRun json = runCli({QStringLiteral("compare"), participantFiles()[0], participantFiles()[1],
                                QStringLiteral("--format"), QStringLiteral("json")});
    REQUIRE(json.exitCode == 0);
    const QJsonObject root = QJsonDocument::fromJson(json.out.toUtf8()).object();
    CHECK(root.value(QStringLiteral("differences")).toInt() == 4);
    const QJsonArray criteria = root.value(QStringLiteral("criteria")).toArray();
    REQUIRE(criteria.size() == 52);
    for (const QJsonValue& value : criteria) {
        const QJsonObject row = value.toObject();
        if (row.value(QStringLiteral("criterion")).toString() == u"HLT-1") {
            CHECK(row.value(QStringLiteral("delta")).toInt() == 4);
            CHECK(row.value(QStringLiteral("differs")).toBool());
        }
    }
}
