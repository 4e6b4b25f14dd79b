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

TEST_CASE("Damage only a whole open reads is refused by every command that reads it", "[cli][robustness]") {
    // Each is something Coherence cannot have written. Read as a default instead ("Planned", no
    // partners, no ratings), it would be changed without a word at the next save. `score` reads none of
    // it, so it is not held up.
    struct Damaged {
        const char* sql;
        const char* message;
    };
    const QList<Damaged> damages{
        // Found by fuzzing: the ratings' read stopped at once, and the file opened with no ratings.
        {"ALTER TABLE rating RENAME COLUMN private_note TO renamed", "its table \"rating\" cannot be read"},
        {"ALTER TABLE citation RENAME COLUMN excerpt TO renamed", "its table \"citation\" cannot be read"},
        {"ALTER TABLE action RENAME COLUMN lead TO renamed", "its table \"action\" cannot be read"},
        {"ALTER TABLE property RENAME COLUMN value TO renamed", "its table \"property\" cannot be read"},
        {"UPDATE action SET status = 'someday' WHERE position = 1",
         "action 2 has an unknown status \"someday\""},
        {"UPDATE action SET priority = 'urgent' WHERE position = 0",
         "action 1 has an unknown priority \"urgent\""},
        {"UPDATE action SET due = '31/12/2027' WHERE position = 0",
         "action 1 has an unreadable due date \"31/12/2027\""},
        {"UPDATE action SET partners = 'IOM, ILO' WHERE position = 0",
         "action 1 has an unreadable list of partners"},
        {"UPDATE property SET value = 'overlord' WHERE key = 'metadata.role'",
         "the kind of assessment \"overlord\" is unknown"},
        {"UPDATE property SET value = '[1, 2]' WHERE key = 'metadata.assessors'",
         "the list of assessors cannot be read"},
    };
    for (const Damaged& damage : damages) {
        INFO(damage.sql);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("damaged.coherence"));
        REQUIRE(
            runCli({QStringLiteral("import"), path,
                    QStringLiteral(COHERENCE_SOURCE_DIR "/resources/samples/examplia-ndp-2026-2030.json")})
                .exitCode == 0);
        {
            QString error;
            auto database =
                coherence::SqliteDatabase::open(path, coherence::SqliteDatabase::Mode::ReadWrite, &error);
            REQUIRE(database);
            coherence::SqliteStatement change(*database, QString::fromUtf8(damage.sql));
            REQUIRE(change.run());
        }
        const CliRun info = runCli({QStringLiteral("info"), path});
        CHECK(info.err.contains(QString::fromUtf8(damage.message)));
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
