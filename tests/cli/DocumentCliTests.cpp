#include "AssessmentCsv.h"
#include "support/CliRunner.h"
#include "support/StringMakers.h"
#include "support/TestData.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <unistd.h>

using namespace coherence::test;

namespace {

const QString kSample = QStringLiteral(COHERENCE_SOURCE_DIR "/resources/samples/examplia-ndp-2026-2030.json");

void requireSuccess(const CliRun& run) {
    INFO("stderr: " << run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(run.err.isEmpty());
}

/// The JSON with the timestamps that legitimately differ between two files removed.
QJsonObject withoutTimestamps(const QByteArray& json) {
    QJsonObject root = QJsonDocument::fromJson(json).object();
    QJsonObject metadata = root.value(QStringLiteral("metadata")).toObject();
    metadata.remove(QStringLiteral("created"));
    metadata.remove(QStringLiteral("modified"));
    root.insert(QStringLiteral("metadata"), metadata);
    return root;
}

} // namespace

TEST_CASE("A damaged change log stops the commands that read it, and only those", "[cli][storage]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("plan.coherence"));
    requireSuccess(runCli({QStringLiteral("new"), path, QStringLiteral("--title"), QStringLiteral("NDP 2026"),
                           QStringLiteral("--country"), QStringLiteral("Examplia")}));
    requireSuccess(runCli({QStringLiteral("rate"), path, QStringLiteral("LAB-1"), QStringLiteral("3")}));
    damageRootPage(path, QStringLiteral("change_log"));
    const QByteArray damaged = bytesOf(path);

    const CliRun score = runCli({QStringLiteral("score"), path});
    requireSuccess(score);
    CHECK(score.out.contains(u"LAB"));
    for (const QString& command : {QStringLiteral("history"), QStringLiteral("info")}) {
        const CliRun run = runCli({command, path});
        INFO(command.toStdString());
        requireCleanFailure(run);
        CHECK(run.err.contains(u"the change log of the file is damaged"));
    }
    const CliRun copy =
        runCli({QStringLiteral("copy"), path, dir.filePath(QStringLiteral("copy.coherence"))});
    requireCleanFailure(copy);
    CHECK_FALSE(QFile::exists(dir.filePath(QStringLiteral("copy.coherence"))));
    // Editing needs the whole file sound: it is refused at open.
    const CliRun rate = runCli({QStringLiteral("rate"), path, QStringLiteral("LAB-2"), QStringLiteral("1")});
    requireCleanFailure(rate);
    CHECK(rate.err.contains(u"the file is damaged"));
    CHECK(bytesOf(path) == damaged);
}

TEST_CASE("new, rate, cite, info and history drive a .coherence file", "[cli][storage]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("plan.coherence"));
    requireSuccess(
        runCli({QStringLiteral("new"), path, QStringLiteral("--title"), QStringLiteral("NDP 2026"),
                QStringLiteral("--country"), QStringLiteral("Testland"), QStringLiteral("--role"),
                QStringLiteral("civil-society"), QStringLiteral("--assessor"), QStringLiteral("Ana")}));
    requireSuccess(runCli({QStringLiteral("rate"), path, QStringLiteral("LAB-1"), QStringLiteral("3"),
                           QStringLiteral("--target"), QStringLiteral("4"), QStringLiteral("--note"),
                           QStringLiteral("Inspection plan funded")}));
    requireSuccess(runCli({QStringLiteral("cite"), path, QStringLiteral("LAB-1"), QStringLiteral("--excerpt"),
                           QStringLiteral("Budget line 5.1"), QStringLiteral("--page"), QStringLiteral("88"),
                           QStringLiteral("--kind"), QStringLiteral("budget")}));
    requireSuccess(runCli({QStringLiteral("rate"), path, QStringLiteral("TRD-1"), QStringLiteral("na"),
                           QStringLiteral("--justification"), QStringLiteral("No trade agreements")}));

    const CliRun info = runCli({QStringLiteral("info"), path});
    requireSuccess(info);
    CHECK(info.out.contains(u"Plan:         NDP 2026"));
    CHECK(info.out.contains(u"Role:         civil-society"));
    CHECK(info.out.contains(u"1 rated, 1 not applicable, of 52"));
    CHECK(info.out.contains(u"Overall:      75.0"));

    const CliRun history = runCli({QStringLiteral("history"), path});
    requireSuccess(history);
    CHECK(history.out.count(QLatin1Char('\n')) ==
          7); // create, level, target, note, citations, N/A, justification
    CHECK(history.out.contains(u"rating.target\tLAB-1\t → 4"));
    requireSuccess(
        runCli({QStringLiteral("history"), path, QStringLiteral("--since"), QStringLiteral("2999-01-01")}));
    CHECK(runCli({QStringLiteral("history"), path, QStringLiteral("--since"), QStringLiteral("2999-01-01")})
              .out.isEmpty());

    const CliRun json =
        runCli({QStringLiteral("score"), path, QStringLiteral("--format"), QStringLiteral("json")});
    requireSuccess(json);
    CHECK(QJsonDocument::fromJson(json.out.toUtf8()).object().value(QStringLiteral("overall")).toDouble() ==
          75.0);

    // Bad edits: one line, non-zero, file unchanged.
    const QByteArray before = bytesOf(path);
    requireCleanFailure(runCli({QStringLiteral("rate"), path, QStringLiteral("LAB-1"), QStringLiteral("7")}));
    requireCleanFailure(
        runCli({QStringLiteral("rate"), path, QStringLiteral("HLT-1"), QStringLiteral("na")}));
    requireCleanFailure(runCli({QStringLiteral("rate"), path, QStringLiteral("NOPE"), QStringLiteral("1")}));
    requireCleanFailure(
        runCli({QStringLiteral("rate"), path, QStringLiteral("LAB-1"), QStringLiteral("high")}));
    requireCleanFailure(
        runCli({QStringLiteral("cite"), path, QStringLiteral("LAB-1"), QStringLiteral("--excerpt"),
                QStringLiteral("x"), QStringLiteral("--kind"), QStringLiteral("gossip")}));
    requireCleanFailure(runCli({QStringLiteral("new"), path, QStringLiteral("--title"), QStringLiteral("T"),
                                QStringLiteral("--country"), QStringLiteral("C")}));
    requireCleanFailure(runCli({QStringLiteral("new"), dir.filePath(QStringLiteral("x.coherence")),
                                QStringLiteral("--title"), QStringLiteral("T")}));
    CHECK(bytesOf(path) == before);
}

TEST_CASE("Arguments and file names outside ASCII arrive intact", "[cli][storage]") {
    // coherence-cli decodes its arguments itself (it has no QCoreApplication, main.cpp says why).
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("plan été 2026–2030.coherence"));
    const QString title = QStringLiteral("Plan national de développement — « Vision 2030 »");
    const QString country = QStringLiteral("Côte d’Ivoire");
    requireSuccess(runCli({QStringLiteral("new"), path, QStringLiteral("--title"), title,
                           QStringLiteral("--country"), country}));
    REQUIRE(QFile::exists(path));
    requireSuccess(runCli({QStringLiteral("rate"), path, QStringLiteral("LAB-1"), QStringLiteral("2"),
                           QStringLiteral("--note"), QStringLiteral("Budget 5.1 : 12 M€, 지방 예산")}));

    const CliRun info = runCli({QStringLiteral("info"), path});
    requireSuccess(info);
    CHECK(info.out.contains(title));
    CHECK(info.out.contains(country));
    const QString exported = dir.filePath(QStringLiteral("export ü.json"));
    requireSuccess(runCli({QStringLiteral("export"), path, QStringLiteral("--format"), QStringLiteral("json"),
                           QStringLiteral("-o"), exported}));
    QFile file(exported);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QString json = QString::fromUtf8(file.readAll());
    CHECK(json.contains(title));
    CHECK(json.contains(country));
    CHECK(json.contains(QStringLiteral("12 M€, 지방 예산")));
}

TEST_CASE("Export to JSON, import into a new file, export again: the same JSON", "[cli][storage]") {
    QTemporaryDir dir;
    const QString first = dir.filePath(QStringLiteral("first.coherence"));
    const QString second = dir.filePath(QStringLiteral("second.coherence"));
    requireSuccess(runCli({QStringLiteral("import"), first, kSample}));
    const QString firstJson = dir.filePath(QStringLiteral("first.json"));
    requireSuccess(runCli({QStringLiteral("export"), first, QStringLiteral("--format"),
                           QStringLiteral("json"), QStringLiteral("-o"), firstJson}));
    requireSuccess(runCli({QStringLiteral("import"), second, firstJson}));
    const QString secondJson = dir.filePath(QStringLiteral("second.json"));
    requireSuccess(runCli({QStringLiteral("export"), second, QStringLiteral("--format"),
                           QStringLiteral("json"), QStringLiteral("-o"), secondJson}));
    CHECK(withoutTimestamps(bytesOf(firstJson)) == withoutTimestamps(bytesOf(secondJson)));
    // And the content is the sample's, rubric included.
    QJsonObject sample = withoutTimestamps(bytesOf(kSample));
    QJsonObject exported = withoutTimestamps(bytesOf(firstJson));
    CHECK(exported.value(QStringLiteral("ratings")) == sample.value(QStringLiteral("ratings")));
    CHECK(exported.value(QStringLiteral("actions")) == sample.value(QStringLiteral("actions")));
    CHECK(exported.value(QStringLiteral("rubric")).toObject().contains(QStringLiteral("definition")));
}

TEST_CASE("CSV exports are UTF-8 with BOM and RFC 4180 quoting", "[cli][storage]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("plan.coherence"));
    requireSuccess(runCli({QStringLiteral("import"), path, kSample}));
    requireSuccess(runCli({QStringLiteral("rate"), path, QStringLiteral("PRO-5"), QStringLiteral("0"),
                           QStringLiteral("--note"), QStringLiteral("Says \"none\", twice;\nsecond line")}));
    const QString csv = dir.filePath(QStringLiteral("ratings.csv"));
    requireSuccess(runCli({QStringLiteral("export"), path, QStringLiteral("--format"), QStringLiteral("csv"),
                           QStringLiteral("-o"), csv}));
    const QByteArray bytes = bytesOf(csv);
    CHECK(bytes.startsWith("\xEF\xBB\xBF"
                           "criterion,area,title,level,level label,not applicable,justification,"
                           "target,evidence,note\r\n"));
    CHECK(bytes.contains("\"Says \"\"none\"\", twice;\nsecond line\""));
    QString error;
    const QList<QStringList> rows = coherence::AssessmentCsv::parse(bytes, &error);
    REQUIRE(error.isEmpty());
    REQUIRE(rows.size() == 53);
    CHECK(rows[5][0] == u"PRO-5");
    CHECK(rows[5][9] == u"Says \"none\", twice;\nsecond line");
    CHECK(rows[29][0] == u"TRD-1");
    CHECK(rows[29][5] == u"yes");
    CHECK_FALSE(bytes.contains("Ask the Planning Commission")); // the sample's private note

    const QString actions = dir.filePath(QStringLiteral("actions.csv"));
    requireSuccess(runCli({QStringLiteral("export"), path, QStringLiteral("--format"), QStringLiteral("csv"),
                           QStringLiteral("--actions"), QStringLiteral("-o"), actions}));
    const QList<QStringList> actionRows = coherence::AssessmentCsv::parse(bytesOf(actions), &error);
    REQUIRE(actionRows.size() == 5);
    CHECK(actionRows[1][2] == u"HLT-2");
    CHECK(coherence::AssessmentCsv::field(QStringLiteral("=HYPERLINK(\"x\")")).startsWith(u"\"'="));
    CHECK(coherence::AssessmentCsv::field(QStringLiteral("-5")) == u"-5");
}

TEST_CASE("Import into an existing file shows the changes and applies only with --apply", "[cli][storage]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("plan.coherence"));
    requireSuccess(
        runCli({QStringLiteral("new"), path, QStringLiteral("--title"), QStringLiteral("Old title"),
                QStringLiteral("--country"), QStringLiteral("Testland")}));
    requireSuccess(runCli({QStringLiteral("rate"), path, QStringLiteral("PRO-1"), QStringLiteral("1"),
                           QStringLiteral("--note"), QStringLiteral("mine")}));
    const QByteArray before = bytesOf(path);
    const CliRun preview = runCli({QStringLiteral("import"), path, kSample});
    requireSuccess(preview);
    CHECK(preview.out.contains(u"plan title: \"Old title\" → \"Republic of Examplia"));
    CHECK(preview.out.contains(u"PRO-1 level: 1 → 3"));
    CHECK(preview.out.contains(u"Nothing was changed. Run again with --apply"));
    CHECK(bytesOf(path) == before);

    const CliRun applied = runCli({QStringLiteral("import"), path, kSample, QStringLiteral("--apply")});
    requireSuccess(applied);
    CHECK(applied.out.endsWith(u"Applied.\n"));
    CHECK(runCli({QStringLiteral("info"), path}).out.contains(u"46 rated, 2 not applicable"));
    CHECK(runCli({QStringLiteral("history"), path}).out.contains(u"\timport\t"));
    const CliRun again = runCli({QStringLiteral("import"), path, kSample});
    CHECK(again.out.contains(u"nothing to change"));
}

TEST_CASE("copy writes a consistent copy and refuses to overwrite", "[cli][storage]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("plan.coherence"));
    requireSuccess(runCli({QStringLiteral("import"), path, kSample}));
    const QString copy = dir.filePath(QStringLiteral("copy.coherence"));
    requireSuccess(runCli({QStringLiteral("copy"), path, copy}));
    CHECK(runCli({QStringLiteral("score"), copy}).out == runCli({QStringLiteral("score"), path}).out);
    requireCleanFailure(runCli({QStringLiteral("copy"), path, copy}));
}

TEST_CASE("A read-only file or folder: edits fail clearly and nothing is lost", "[cli][storage]") {
    // Root ignores permission bits, so when the suite runs as root (as CI does) the CLI runs as
    // "nobody" through setpriv.
    const bool root = geteuid() == 0;
    const QStringList asUser =
        root ? QStringList{QStringLiteral("setpriv"), QStringLiteral("--reuid=65534"),
                           QStringLiteral("--regid=65534"), QStringLiteral("--clear-groups")}
             : QStringList{};
    QTemporaryDir dir;
    QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner |
                                          QFile::ReadGroup | QFile::ExeGroup | QFile::ReadOther |
                                          QFile::ExeOther);
    const QString path = dir.filePath(QStringLiteral("plan.coherence"));
    requireSuccess(runCli({QStringLiteral("import"), path, kSample}));
    // "nobody" may not be able to reach the build tree (a CI clone under /root, say): run a copy of the
    // CLI from the world-readable test folder. It links only system libraries, so the copy runs as is.
    const QString cli = dir.filePath(QStringLiteral("coherence-cli"));
    REQUIRE(QFile::copy(QStringLiteral(COHERENCE_CLI_PATH), cli));
    QFile::setPermissions(cli, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup |
                                   QFile::ExeGroup | QFile::ReadOther | QFile::ExeOther);

    SECTION("read-only file") {
        QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther);
        const QByteArray before = bytesOf(path);
        const CliRun run =
            runCli({QStringLiteral("rate"), path, QStringLiteral("PRO-1"), QStringLiteral("4")}, asUser, cli);
        requireCleanFailure(run);
        CHECK(run.err.contains(u"the file is read-only"));
        CHECK(bytesOf(path) == before);
        // Reading still works.
        requireSuccess(runCli({QStringLiteral("info"), path}, asUser, cli));
    }
    SECTION("read-only folder") {
        QTemporaryDir readOnlyParent;
        const QString folder = readOnlyParent.filePath(QStringLiteral("locked"));
        REQUIRE(QDir().mkdir(folder));
        const QString inside = folder + QStringLiteral("/plan.coherence");
        REQUIRE(QFile::copy(path, inside));
        QFile::setPermissions(inside, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup |
                                          QFile::WriteGroup | QFile::ReadOther | QFile::WriteOther);
        QFile::setPermissions(readOnlyParent.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner |
                                                         QFile::ReadOther | QFile::ExeOther);
        QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner | QFile::ReadGroup |
                                          QFile::ExeGroup | QFile::ReadOther | QFile::ExeOther);
        const QByteArray before = bytesOf(inside);
        const CliRun run = runCli(
            {QStringLiteral("rate"), inside, QStringLiteral("PRO-1"), QStringLiteral("4")}, asUser, cli);
        requireCleanFailure(run);
        CHECK(run.err.contains(u"is read-only"));
        CHECK(bytesOf(inside) == before);
        QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }
}
