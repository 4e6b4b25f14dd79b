#include "SqliteDatabase.h"
#include "SqliteStatement.h"
#include "support/CliRunner.h"
#include "support/StringMakers.h"
#include "support/TestData.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace coherence::test;

namespace {

/// Where a file is damaged: somewhere any command reads, or only in what `score` does not read of a
/// .coherence file (AssessmentDocument::OpenOptions::outline).
enum class Damage { Anywhere, BeyondScoring };

/// Every command that reads the damaged part of @p path refuses it cleanly, and every command leaves it
/// byte-identical.
void requireRefusedUnchanged(const QString& path, const QTemporaryDir& dir,
                             Damage damage = Damage::Anywhere) {
    const QByteArray before = bytesOf(path);
    const QString output = dir.filePath(QStringLiteral("out.json"));
    const QString created = dir.filePath(QStringLiteral("created.coherence"));
    if (damage == Damage::BeyondScoring) {
        const CliRun score = runCli({QStringLiteral("score"), path});
        CHECK(score.exitCode == 0);
        CHECK(score.out.startsWith(u"Rubric: "));
        CHECK(bytesOf(path) == before);
    }
    QList<QStringList> commands{{QStringLiteral("export"), path, QStringLiteral("--format"),
                                 QStringLiteral("json"), QStringLiteral("-o"), output}};
    if (damage == Damage::Anywhere) {
        commands.prepend({QStringLiteral("score"), path});
    }
    if (path.endsWith(u".coherence")) {
        commands.append({QStringLiteral("info"), path});
        commands.append({QStringLiteral("rate"), path, QStringLiteral("LAB-1"), QStringLiteral("2")});
        commands.append({QStringLiteral("history"), path});
    } else {
        commands.append({QStringLiteral("import"), created, path});
    }
    for (const QStringList& command : commands) {
        INFO(command.join(u' ').toStdString());
        const CliRun run = runCli(command);
        requireCleanFailure(run);
        CHECK(run.err.size() > 40); // a sentence, not a code
        CHECK(bytesOf(path) == before);
        CHECK_FALSE(QFile::exists(output));
        CHECK_FALSE(QFile::exists(created));
        CHECK_FALSE(QFile::exists(path + QStringLiteral(".lock")));
    }
}

} // namespace

TEST_CASE("Every file of the bad-file corpus is refused cleanly and left unchanged", "[cli][robustness]") {
    const QDir corpus(dataPath(QStringLiteral("bad")));
    const QStringList files =
        corpus.entryList({QStringLiteral("*.coherence"), QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    REQUIRE(files.size() >= 30);
    for (const QString& name : files) {
        QTemporaryDir dir;
        const QString path = dir.filePath(name);
        REQUIRE(QFile::copy(corpus.filePath(name), path));
        INFO(name.toStdString());
        requireRefusedUnchanged(path, dir);
    }
}

TEST_CASE("A table with a renamed column is refused, never read as a table without rows",
          "[cli][robustness]") {
    // Found by fuzzing: with the ratings' private_note column renamed, the read of the ratings stopped
    // at once and the file opened as an assessment with no ratings, while `score` (which reads no
    // private note) saw them. Columns that only a whole open reads: `score` is not held up by them.
    const QList<std::pair<QString, QString>> renames{
        {QStringLiteral("rating"), QStringLiteral("private_note")},
        {QStringLiteral("citation"), QStringLiteral("excerpt")},
        {QStringLiteral("action"), QStringLiteral("lead")},
        {QStringLiteral("property"), QStringLiteral("value")}};
    for (const auto& [table, column] : renames) {
        INFO(table.toStdString() << "." << column.toStdString());
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("renamed.coherence"));
        REQUIRE(
            runCli({QStringLiteral("import"), path,
                    QStringLiteral(COHERENCE_SOURCE_DIR "/resources/samples/examplia-ndp-2026-2030.json")})
                .exitCode == 0);
        {
            QString error;
            auto database =
                coherence::SqliteDatabase::open(path, coherence::SqliteDatabase::Mode::ReadWrite, &error);
            REQUIRE(database);
            coherence::SqliteStatement rename(
                *database, QStringLiteral("ALTER TABLE %1 RENAME COLUMN %2 TO renamed").arg(table, column));
            REQUIRE(rename.run());
        }
        const CliRun info = runCli({QStringLiteral("info"), path});
        CHECK(info.err.contains(QStringLiteral("its table \"%1\" cannot be read").arg(table)));
        requireRefusedUnchanged(path, dir, Damage::BeyondScoring);
    }
}

TEST_CASE("A 10 MB note is refused cleanly, in a .coherence file and in JSON", "[cli][robustness]") {
    QTemporaryDir dir;
    const QString huge(10 * 1024 * 1024, QLatin1Char('x'));

    QJsonObject sample =
        QJsonDocument::fromJson(
            bytesOf(QStringLiteral(COHERENCE_SOURCE_DIR "/resources/samples/examplia-ndp-2026-2030.json")))
            .object();
    QJsonArray ratings = sample.value(QStringLiteral("ratings")).toArray();
    QJsonObject first = ratings.at(0).toObject();
    first.insert(QStringLiteral("note"), huge);
    ratings.replace(0, first);
    sample.insert(QStringLiteral("ratings"), ratings);
    const QString json = dir.filePath(QStringLiteral("huge-note.json"));
    QFile jsonFile(json);
    REQUIRE(jsonFile.open(QIODevice::WriteOnly));
    jsonFile.write(QJsonDocument(sample).toJson());
    jsonFile.close();
    requireRefusedUnchanged(json, dir);

    const QString path = dir.filePath(QStringLiteral("huge-note.coherence"));
    REQUIRE(runCli({QStringLiteral("import"), path,
                    QStringLiteral(COHERENCE_SOURCE_DIR "/resources/samples/examplia-ndp-2026-2030.json")})
                .exitCode == 0);
    // An edit past the limit is refused (an argument cannot hold 10 MB, but 120,000 characters is enough).
    const CliRun edit = runCli({QStringLiteral("rate"), path, QStringLiteral("LAB-1"), QStringLiteral("1"),
                                QStringLiteral("--note"), huge.left(120000)});
    requireCleanFailure(edit);
    CHECK(edit.err.contains(u"the limit is 100000"));
    // A 10 MB note written behind Coherence's back, as another program or a damaged disk could.
    {
        QString error;
        auto database =
            coherence::SqliteDatabase::open(path, coherence::SqliteDatabase::Mode::ReadWrite, &error);
        REQUIRE(database);
        coherence::SqliteStatement update(
            *database, QStringLiteral("UPDATE rating SET note = ?1 WHERE criterion = 'LAB-1'"));
        update.bind(1, huge);
        REQUIRE(update.run());
    }
    // score reads no note (nor the change log) of a .coherence file, so it is not held up by one.
    requireRefusedUnchanged(path, dir, Damage::BeyondScoring);
}
