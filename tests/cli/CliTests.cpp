#include "RubricLoader.h"
#include "support/CliRunner.h"
#include "support/StringMakers.h"
#include "support/TestData.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>

using coherence::test::dataPath;

using coherence::test::CliRun;
using coherence::test::requireCleanFailure;
using coherence::test::runCli;

// A test name must not start with "-": ctest passes it to Catch, which would read it as an option,
// print its usage and exit 0 without running the test.
TEST_CASE("Help and version work without a display", "[cli]") {
    const CliRun help = runCli({QStringLiteral("--help")});
    CHECK(help.exitCode == 0);
    CHECK(help.out.contains(u"rubric show ID|FILE"));
    CHECK(help.out.contains(u"score FILE [--format text|json]"));
    // Every command the tool runs is in its help (report once was not).
    for (const char* command :
         {"rubric list", "rubric show", "rubric validate", "score", "new", "info", "rate", "cite", "export",
          "import", "history", "copy", "report", "merge", "compare"}) {
        INFO(command);
        CHECK(help.out.contains(QStringLiteral("\n  %1 ").arg(QLatin1String(command))));
    }
    const CliRun version = runCli({QStringLiteral("--version")});
    CHECK(version.exitCode == 0);
    CHECK(version.out.startsWith(u"coherence-cli "));
    CHECK(version.err.isEmpty());
}

TEST_CASE("rubric show prints the canonical JSON, an outline and Markdown", "[cli]") {
    const QString path = dataPath(QStringLiteral("rubrics/small.json"));
    const CliRun json = runCli({QStringLiteral("rubric"), QStringLiteral("show"), path,
                                QStringLiteral("--format"), QStringLiteral("json")});
    REQUIRE(json.exitCode == 0);
    const auto reloaded = coherence::RubricLoader::fromJson(json.out.toUtf8());
    const auto original = coherence::RubricLoader::fromFile(path);
    REQUIRE(reloaded.ok());
    CHECK(reloaded.diagnostics.isEmpty());
    CHECK(reloaded.rubric->sha256() == original.rubric->sha256());

    const CliRun text = runCli({QStringLiteral("rubric"), QStringLiteral("show"), path});
    REQUIRE(text.exitCode == 0);
    CHECK(text.out.startsWith(u"test-small 1.2.0"));
    CHECK(text.out.contains(u"L3         Skills"));

    const CliRun markdown = runCli({QStringLiteral("rubric"), QStringLiteral("show"), path,
                                    QStringLiteral("--format"), QStringLiteral("markdown")});
    REQUIRE(markdown.exitCode == 0);
    CHECK(markdown.out.startsWith(u"# Small test rubric"));
    CHECK(markdown.out.contains(u"### L1 — Labour rights"));
    CHECK(markdown.out.contains(u"GMG handbook p. 61 (as cited in Test statement (2011))"));
}

TEST_CASE("rubric validate lists every problem", "[cli]") {
    const CliRun good = runCli({QStringLiteral("rubric"), QStringLiteral("validate"),
                                dataPath(QStringLiteral("rubrics/small.json"))});
    CHECK(good.exitCode == 0);
    CHECK(good.out.contains(u"valid rubric test-small 1.2.0, 3 areas, 6 criteria, 0 warning(s)"));

    QTemporaryDir dir;
    QFile bad(dir.filePath(QStringLiteral("bad.json")));
    REQUIRE(bad.open(QIODevice::WriteOnly));
    QJsonObject root = coherence::test::readJsonObject(QStringLiteral("rubrics/small.json"));
    root.insert(QStringLiteral("version"), QStringLiteral("v1"));
    root.insert(QStringLiteral("extra"), true);
    bad.write(QJsonDocument(root).toJson());
    bad.close();
    const CliRun run = runCli({QStringLiteral("rubric"), QStringLiteral("validate"), bad.fileName()});
    CHECK(run.exitCode == 1);
    CHECK(run.out.contains(u"error: version: bad version \"v1\""));
    CHECK(run.out.contains(u"warning: extra: unknown key"));
    const QString expected =
        QStringLiteral("coherence-cli: %1 is not a valid rubric: 1 error(s), 1 warning(s)\n")
            .arg(bad.fileName());
    CHECK(run.err == expected);
}

TEST_CASE("score prints the documented JSON", "[cli]") {
    const CliRun run =
        runCli({QStringLiteral("score"), dataPath(QStringLiteral("assessments/small-hand-computed.json")),
                QStringLiteral("--rubric"), dataPath(QStringLiteral("rubrics/small.json")),
                QStringLiteral("--format"), QStringLiteral("json")});
    REQUIRE(run.exitCode == 0);
    const QJsonObject report = QJsonDocument::fromJson(run.out.toUtf8()).object();
    CHECK(report.value(QStringLiteral("overall")).toDouble() == Catch::Detail::Approx(69.444444));
    CHECK(report.value(QStringLiteral("coverage")).toDouble() == Catch::Detail::Approx(83.333333));
    CHECK(report.value(QStringLiteral("blocks")).toObject().value(QStringLiteral("cross-cutting")).isNull());
    const QJsonArray areas = report.value(QStringLiteral("areas")).toArray();
    REQUIRE(areas.size() == 3);
    CHECK(areas[1].toObject().value(QStringLiteral("id")).toString() == u"labour");
    CHECK(areas[1].toObject().value(QStringLiteral("rated")).toInt() == 2);
    CHECK(areas[1].toObject().value(QStringLiteral("notApplicable")).toInt() == 1);
    CHECK(areas[1].toObject().value(QStringLiteral("total")).toInt() == 3);
    CHECK(areas[2].toObject().value(QStringLiteral("score")).isNull());
    const QJsonArray gaps = report.value(QStringLiteral("gaps")).toArray();
    REQUIRE(gaps.size() == 3);
    CHECK(gaps[0].toObject().value(QStringLiteral("criterion")).toString() == u"L1");
    CHECK(gaps[0].toObject().value(QStringLiteral("priority")).toDouble() == 4.0);
    CHECK(report.value(QStringLiteral("warnings")).toArray().size() == 2);

    const CliRun text =
        runCli({QStringLiteral("score"), dataPath(QStringLiteral("assessments/small-hand-computed.json")),
                QStringLiteral("--rubric"), dataPath(QStringLiteral("rubrics/small.json"))});
    REQUIRE(text.exitCode == 0);
    CHECK(text.out.contains(u"Overall score: 69.4"));
    CHECK(text.out.contains(u"rights                  —"));
}

TEST_CASE("CLI errors are one line on stderr and a non-zero exit", "[cli]") {
    requireCleanFailure(runCli({}));
    requireCleanFailure(runCli({QStringLiteral("frobnicate")}));
    requireCleanFailure(runCli({QStringLiteral("rubric")}));
    requireCleanFailure(
        runCli({QStringLiteral("rubric"), QStringLiteral("show"), QStringLiteral("/no/such/file.json")}));
    requireCleanFailure(runCli({QStringLiteral("rubric"), QStringLiteral("show"),
                                dataPath(QStringLiteral("rubrics/small.json")), QStringLiteral("--format"),
                                QStringLiteral("pdf")}));
    requireCleanFailure(runCli({QStringLiteral("score"), QStringLiteral("/no/such/assessment.json")}));
    requireCleanFailure(
        runCli({QStringLiteral("score"), dataPath(QStringLiteral("assessments/small-hand-computed.json"))}));
    requireCleanFailure(runCli({QStringLiteral("score"), dataPath(QStringLiteral("rubrics/small.json")),
                                QStringLiteral("--rubric"), dataPath(QStringLiteral("rubrics/small.json"))}));
    requireCleanFailure(runCli({QStringLiteral("score"), QStringLiteral("--bogus")}));
}

TEST_CASE("docs/rubric.md is what the built-in rubric generates", "[cli][gmg]") {
    const CliRun run = runCli({QStringLiteral("rubric"), QStringLiteral("show"), QStringLiteral("gmg-2010"),
                               QStringLiteral("--format"), QStringLiteral("markdown")});
    REQUIRE(run.exitCode == 0);
    QFile committed(QStringLiteral(COHERENCE_SOURCE_DIR "/docs/rubric.md"));
    REQUIRE(committed.open(QIODevice::ReadOnly));
    INFO("docs/rubric.md is stale: regenerate it with "
         "build/release/app/cli/coherence-cli rubric show gmg-2010 --format markdown > docs/rubric.md");
    CHECK(QString::fromUtf8(committed.readAll()) == run.out);
    CHECK(run.out.contains(u"GMG handbook pp. 74–75 (as cited in NGO Committee on Migration (2011)"));
}

TEST_CASE("rubric list shows the built-in GMG rubric", "[cli][gmg]") {
    const CliRun run = runCli({QStringLiteral("rubric"), QStringLiteral("list")});
    REQUIRE(run.exitCode == 0);
    CHECK(run.out.startsWith(u"gmg-2010\t1.0.0\t12 areas, 52 criteria\t"));
}

TEST_CASE("The bundled sample scores from the command line", "[cli][sample]") {
    const CliRun run =
        runCli({QStringLiteral("score"),
                QStringLiteral(COHERENCE_SOURCE_DIR "/resources/samples/examplia-ndp-2026-2030.json"),
                QStringLiteral("--format"), QStringLiteral("json")});
    REQUIRE(run.exitCode == 0);
    const QJsonObject report = QJsonDocument::fromJson(run.out.toUtf8()).object();
    CHECK(report.value(QStringLiteral("overall")).toDouble() == Catch::Detail::Approx(43.75));
    CHECK(report.value(QStringLiteral("areas")).toArray().size() == 12);
    CHECK(report.value(QStringLiteral("warnings")).toArray().size() == 2);
}
