#include "AssessmentDocument.h"
#include "AssessmentJson.h"
#include "BuiltinRubrics.h"
#include "ChangeDescription.h"
#include "RubricImage.h"
#include "RubricLoader.h"
#include "RubricMarkdown.h"
#include "ScoreReportFormat.h"
#include "Scorer.h"
#include "Sha256.h"
#include "SqliteDatabase.h"
#include "SqliteStatement.h"
#include "support/StringMakers.h"
#include "support/TestData.h"

#include <QFile>
#include <QTemporaryDir>

#include <algorithm>

using namespace coherence;
using coherence::test::bytesOf;
using coherence::test::damageRootPage;
using coherence::test::gmgRubric;

namespace {

Assessment blank() {
    Assessment assessment(gmgRubric());
    assessment.setPlan({QStringLiteral("NDP 2026–2030"), QStringLiteral("Testland"),
                        QStringLiteral("2026–2030"), QStringLiteral("TL/NDP/1")});
    AssessmentMetadata metadata;
    metadata.role = AssessmentRole::Government;
    metadata.assessors = {QStringLiteral("Ana"), QStringLiteral("Ben")};
    assessment.setMetadata(metadata);
    return assessment;
}

std::unique_ptr<AssessmentDocument> createDocument(const QString& path, const Assessment& initial = blank()) {
    AssessmentDocument::OpenResult created =
        AssessmentDocument::create(path, initial, QStringLiteral("tester"));
    INFO(created.error.toStdString());
    REQUIRE(created.document);
    return std::move(created.document);
}

void executeOn(const QString& path, const QString& sql) {
    QString error;
    auto database = SqliteDatabase::open(path, SqliteDatabase::Mode::ReadWrite, &error);
    REQUIRE(database);
    INFO(sql.toStdString());
    REQUIRE(database->execute(sql, &error));
}

Rating levelWithCitation(int level) {
    Rating rating;
    rating.level = level;
    rating.citations.append({QStringLiteral("Plan"), QStringLiteral("4.2"), QStringLiteral("61"),
                             QStringLiteral("Migrant workers have the same rights."), EvidenceKind::Measure});
    return rating;
}

} // namespace

TEST_CASE("A new document holds what it was created with and reopens the same", "[storage]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("plan.coherence"));
    Assessment initial = blank();
    REQUIRE(initial.setRating(QStringLiteral("LAB-1"), levelWithCitation(2)));
    {
        auto document = createDocument(path, initial);
        CHECK_FALSE(document->isReadOnly());
        CHECK(QFile::exists(path + QStringLiteral(".lock")));
    }
    CHECK_FALSE(QFile::exists(path + QStringLiteral(".lock")));
    CHECK_FALSE(QFile::exists(path + QStringLiteral("-journal")));

    const AssessmentDocument::OpenResult opened = AssessmentDocument::open(path);
    REQUIRE(opened.document);
    const Assessment& assessment = opened.document->assessment();
    CHECK(assessment.plan() == initial.plan());
    CHECK(assessment.metadata().assessors == initial.metadata().assessors);
    CHECK(assessment.metadata().created.isValid());
    CHECK(assessment.ratings() == initial.ratings());
    CHECK(assessment.rubric()->sha256() == gmgRubric()->sha256());

    QString error;
    auto database = SqliteDatabase::open(path, SqliteDatabase::Mode::ReadOnly, &error);
    REQUIRE(database);
    CHECK(database->queryInteger(QStringLiteral("PRAGMA application_id")) ==
          AssessmentDocument::kApplicationId);
    CHECK(database->queryInteger(QStringLiteral("PRAGMA user_version")) ==
          AssessmentDocument::kSchemaVersion);
    SqliteStatement journal(*database, QStringLiteral("PRAGMA journal_mode"));
    REQUIRE(journal.step() == SqliteStatement::Step::Row);
    CHECK(journal.text(0) == u"delete");
}

TEST_CASE("Every edit is saved at once and logged", "[storage]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("plan.coherence"));
    {
        auto document = createDocument(path);
        QString error;
        REQUIRE(document->setRating(QStringLiteral("LAB-1"), levelWithCitation(3), &error));
        Rating na;
        na.notApplicable = true;
        na.justification = QStringLiteral("No trade agreements in scope.");
        REQUIRE(document->setRating(QStringLiteral("TRD-1"), na, &error));
        Plan plan = document->assessment().plan();
        plan.title = QStringLiteral("Revised NDP");
        REQUIRE(document->setPlan(plan, &error));
        AssessmentMetadata metadata = document->assessment().metadata();
        metadata.organisation = QStringLiteral("Planning Commission");
        REQUIRE(document->setMetadata(metadata, &error));
        ActionItem action;
        action.title = QStringLiteral("Add a labour chapter");
        action.criterionId = QStringLiteral("LAB-1");
        action.due = QDate(2027, 3, 31);
        action.partners = {QStringLiteral("ILO"), QStringLiteral("Unions")};
        REQUIRE(document->addAction(action, &error));
        action.status = ActionStatus::InProgress;
        REQUIRE(document->replaceAction(0, action, &error));
        ActionItem second;
        second.title = QStringLiteral("Temporary");
        REQUIRE(document->addAction(second, &error));
        REQUIRE(document->removeAction(1, &error));

        // Refused edits change nothing, in the file or in memory.
        Rating bad;
        bad.notApplicable = true;
        CHECK_FALSE(document->setRating(QStringLiteral("HLT-1"), bad, &error));
        CHECK(error.contains(u"justification"));
        CHECK_FALSE(document->removeAction(5, &error));
        // The process ends here without any "save": everything must already be on disk.
    }
    const AssessmentDocument::OpenResult opened = AssessmentDocument::open(path);
    REQUIRE(opened.document);
    const Assessment& assessment = opened.document->assessment();
    CHECK(assessment.rating(QStringLiteral("LAB-1")).level == 3);
    CHECK(assessment.rating(QStringLiteral("LAB-1")).citations.size() == 1);
    CHECK(assessment.rating(QStringLiteral("TRD-1")).notApplicable);
    CHECK(assessment.rating(QStringLiteral("HLT-1")).isEmpty());
    CHECK(assessment.plan().title == u"Revised NDP");
    CHECK(assessment.metadata().organisation == u"Planning Commission");
    REQUIRE(assessment.actions().size() == 1);
    CHECK(assessment.actions()[0].status == ActionStatus::InProgress);
    CHECK(assessment.actions()[0].partners.size() == 2);
    CHECK(assessment.actions()[0].due == QDate(2027, 3, 31));

    const QList<ChangeLogEntry> log = opened.document->history();
    QStringList whats;
    for (const ChangeLogEntry& entry : log) {
        whats << entry.what;
        CHECK(entry.author == u"tester");
        CHECK(entry.at.isValid());
    }
    CHECK(whats == QStringList{QStringLiteral("create"), QStringLiteral("rating.level"),
                               QStringLiteral("rating.citations"), QStringLiteral("rating.notApplicable"),
                               QStringLiteral("rating.justification"), QStringLiteral("plan.title"),
                               QStringLiteral("metadata.organisation"), QStringLiteral("action.add"),
                               QStringLiteral("action.edit"), QStringLiteral("action.add"),
                               QStringLiteral("action.remove")});
    CHECK(log[1].subject == u"LAB-1");
    CHECK(log[1].oldValue.isEmpty());
    CHECK(log[1].newValue == u"3");
    CHECK(log[5].oldValue == u"NDP 2026–2030");
    CHECK(opened.document->history(QDateTime::currentDateTimeUtc().addDays(1)).isEmpty());
}

TEST_CASE("The change log reads from where a view left off, and in words", "[storage]") {
    QTemporaryDir dir;
    auto document = createDocument(dir.filePath(QStringLiteral("plan.coherence")));
    QString error;
    const QList<ChangeLogEntry> start = document->historyAfter(0, &error);
    REQUIRE(start.size() == 1); // the creation
    CHECK(error.isEmpty());
    REQUIRE(document->setRating(QStringLiteral("LAB-1"), levelWithCitation(3), &error));
    Rating voted = levelWithCitation(2);
    voted.votes = {{2, 3}, {3, 1}};
    voted.target = 4;
    REQUIRE(document->setRating(QStringLiteral("LAB-1"), voted, &error));
    AssessmentMetadata metadata = document->assessment().metadata();
    metadata.role = AssessmentRole::CivilSociety;
    REQUIRE(document->setMetadata(metadata, &error));

    // Only what came after the entry a view holds, oldest first; nothing after the last.
    const QList<ChangeLogEntry> added = document->historyAfter(start.last().id, &error);
    CHECK(added == document->history().mid(1));
    REQUIRE(added.size() == 6); // level and evidence; level, target and votes; the role
    CHECK(document->historyAfter(added.last().id, &error).isEmpty());
    CHECK(error.isEmpty());

    const Rubric& rubric = *document->assessment().rubric();
    const auto find = [&added](const QString& what, int nth = 0) {
        for (const ChangeLogEntry& entry : added) {
            if (entry.what == what && nth-- == 0) {
                return entry;
            }
        }
        FAIL("no " << what.toStdString());
        return ChangeLogEntry{};
    };
    const ChangeLogEntry rated = find(QStringLiteral("rating.level"));
    CHECK(ChangeDescription::change(rated) == u"Level");
    CHECK(ChangeDescription::subject(rated) == u"LAB-1");
    CHECK(ChangeDescription::criterionId(rated) == u"LAB-1");
    CHECK(ChangeDescription::value(rated, rated.oldValue, rubric) == u"not rated");
    CHECK(ChangeDescription::value(rated, rated.newValue, rubric) == u"3 — Operationalised");
    const ChangeLogEntry evidence = find(QStringLiteral("rating.citations"));
    CHECK(ChangeDescription::change(evidence) == u"Evidence");
    CHECK(ChangeDescription::value(evidence, evidence.oldValue, rubric) == u"none");
    CHECK(ChangeDescription::value(evidence, evidence.newValue, rubric) ==
          u"“Migrant workers have the same rights.”");
    const ChangeLogEntry target = find(QStringLiteral("rating.target"));
    CHECK(ChangeDescription::value(target, target.newValue, rubric) == u"4 — Monitored & adaptive");
    const ChangeLogEntry votes = find(QStringLiteral("rating.votes"));
    CHECK(ChangeDescription::change(votes) == u"Room's votes");
    CHECK(ChangeDescription::value(votes, votes.newValue, rubric) == u"level 2: 3; level 3: 1");
    const ChangeLogEntry role = find(QStringLiteral("metadata.role"));
    CHECK(ChangeDescription::criterionId(role).isEmpty());
    CHECK(ChangeDescription::value(role, role.oldValue, rubric) == u"government self-assessment");
    CHECK(ChangeDescription::value(role, role.newValue, rubric) == u"civil-society review");
    CHECK(ChangeDescription::change(start.first()) == u"Assessment created");
    CHECK(ChangeDescription::value(start.first(), start.first().oldValue, rubric).isEmpty());

    // A code from a newer Coherence is shown as it is, not dropped.
    const ChangeLogEntry future{99,
                                QDateTime::currentDateTimeUtc(),
                                QStringLiteral("someone"),
                                QStringLiteral("rating.colour"),
                                QStringLiteral("LAB-1"),
                                QStringLiteral("red"),
                                QStringLiteral("green")};
    CHECK(ChangeDescription::change(future) == u"rating.colour");
    CHECK(ChangeDescription::value(future, future.newValue, rubric) == u"green");
    const ChangeLogEntry action{100,
                                QDateTime::currentDateTimeUtc(),
                                QStringLiteral("someone"),
                                QStringLiteral("action.edit"),
                                QStringLiteral("3"),
                                QStringLiteral("Old"),
                                QStringLiteral("New")};
    CHECK(ChangeDescription::subject(action) == u"Action 3");
    CHECK(ChangeDescription::criterionId(action).isEmpty());
}

TEST_CASE("A second opening of the same file is read-only and says why", "[storage]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("plan.coherence"));
    auto first = createDocument(path);
    const AssessmentDocument::OpenResult second = AssessmentDocument::open(path);
    REQUIRE(second.document);
    CHECK(second.document->isReadOnly());
    CHECK(second.notice.contains(u"already open in another Coherence"));
    QString error;
    CHECK_FALSE(second.document->setRating(QStringLiteral("LAB-1"), levelWithCitation(1), &error));
    CHECK(error.startsWith(u"this assessment is open read-only"));
    CHECK(first->assessment().ratings().isEmpty());
}

TEST_CASE("Opening refuses what is not a sound Coherence file, with the reason", "[storage]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("plan.coherence"));
    createDocument(path).reset();

    const auto openError = [](const QString& file) {
        const AssessmentDocument::OpenResult result = AssessmentDocument::open(file);
        CHECK_FALSE(result.document);
        return result.error;
    };

    SECTION("a newer schema") {
        executeOn(path, QStringLiteral("PRAGMA user_version = 7"));
        CHECK(openError(path) ==
              u"this file was made by a newer Coherence (file schema version 7; this version "
              "reads up to 2). Update Coherence to open it");
    }
    SECTION("another application's database") {
        executeOn(path, QStringLiteral("PRAGMA application_id = 42"));
        CHECK(openError(path).startsWith(
            u"not a Coherence file: it is an SQLite database of another application"));
    }
    SECTION("a missing table") {
        executeOn(path, QStringLiteral("DROP TABLE change_log"));
        CHECK(openError(path) == u"the file is damaged: its table \"change_log\" is missing");
    }
    SECTION("an altered embedded rubric") {
        executeOn(path, QStringLiteral("UPDATE rubric SET canonical_json = replace(canonical_json, "
                                       "'Labour and employment', 'Labour')"));
        CHECK(openError(path).startsWith(
            u"the file is damaged: its rubric does not match its recorded SHA-256"));
    }
    SECTION("a rating the rubric does not allow") {
        executeOn(path, QStringLiteral("INSERT INTO rating(criterion, level) VALUES('LAB-1', 9)"));
        CHECK(openError(path).startsWith(u"the file is damaged: the rating of LAB-1: level 9 is outside"));
    }
    SECTION("invalid UTF-8") {
        executeOn(path, QStringLiteral("INSERT INTO rating(criterion, level, note) VALUES('LAB-1', 1, "
                                       "CAST(X'66FF6F' AS TEXT))"));
        CHECK(openError(path) == u"the file is damaged: the rating of LAB-1 is not valid UTF-8 text");
    }
    SECTION("a truncated file") {
        const QByteArray bytes = bytesOf(path);
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(bytes.left(bytes.size() / 2));
        file.close();
        CHECK(openError(path).startsWith(u"the file is truncated"));
    }
    SECTION("not a database") {
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("{\"format\": \"coherence-assessment\"}");
        file.close();
        CHECK(openError(path).startsWith(u"not a Coherence file"));
        CHECK(openError(dir.filePath(QStringLiteral("absent.coherence"))) == u"no such file");
        CHECK(openError(dir.path()).startsWith(u"not a file"));
    }
    SECTION("a note beyond the length limit") {
        executeOn(path, QStringLiteral("INSERT INTO rating(criterion, level, note) VALUES('LAB-1', 1, "
                                       "printf('%.*c', 200000, 'x'))"));
        CHECK(openError(path).contains(u"the note is 200000 characters long; the limit is 100000"));
    }
}

TEST_CASE("Refused openings leave the file byte-identical", "[storage]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("plan.coherence"));
    createDocument(path).reset();
    executeOn(path, QStringLiteral("PRAGMA user_version = 9"));
    const QByteArray before = bytesOf(path);
    CHECK_FALSE(AssessmentDocument::open(path).document);
    CHECK(bytesOf(path) == before);
}

TEST_CASE("Migrating an older schema writes a backup and is all-or-nothing", "[storage][migration]") {
    // To exercise the framework beyond the one real step, pretend this build knows version 3.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.coherence"));
    {
        Assessment initial = blank();
        REQUIRE(initial.setRating(QStringLiteral("LAB-1"), levelWithCitation(2)));
        createDocument(path, initial).reset();
    }
    const QByteArray original = bytesOf(path);
    AssessmentDocument::OpenOptions options;
    options.schemaVersion = 3;

    SECTION("a failing step changes nothing") {
        options.migrations = {
            {2, QStringLiteral("add a column, then fail"), [](SqliteDatabase& database, QString* error) {
                 return database.execute(QStringLiteral("ALTER TABLE rating ADD COLUMN colour TEXT"),
                                         error) &&
                        database.execute(QStringLiteral("THIS IS NOT SQL"), error);
             }}};
        const AssessmentDocument::OpenResult result = AssessmentDocument::open(path, options);
        CHECK_FALSE(result.document);
        CHECK(result.error.startsWith(u"upgrading from schema version 2 failed"));
        CHECK(bytesOf(path) == original);
        CHECK(QFile::exists(path + QStringLiteral(".bak-v2")));
    }
    SECTION("a successful upgrade keeps the data and the original as a backup") {
        options.migrations = {
            {2, QStringLiteral("add colours"), [](SqliteDatabase& database, QString* error) {
                 return database.execute(QStringLiteral("ALTER TABLE rating ADD COLUMN colour TEXT"), error);
             }}};
        const AssessmentDocument::OpenResult result = AssessmentDocument::open(path, options);
        INFO(result.error.toStdString());
        REQUIRE(result.document);
        CHECK(result.notice.contains(u"upgraded from schema version 2 to 3"));
        CHECK(result.document->assessment().rating(QStringLiteral("LAB-1")).level == 2);
        result.document->setAuthor(QStringLiteral("x"));
        // The backup is the untouched version-1 file.
        const AssessmentDocument::OpenResult backup =
            AssessmentDocument::open(path + QStringLiteral(".bak-v2"), AssessmentDocument::Access::ReadOnly);
        REQUIRE(backup.document);
        CHECK(backup.document->assessment().rating(QStringLiteral("LAB-1")).level == 2);
        CHECK(SchemaMigrator::backupPath(path, 2) == path + QStringLiteral(".bak-v2-2"));
    }
    SECTION("an unknown step is refused before anything is written") {
        options.migrations = {};
        const AssessmentDocument::OpenResult result = AssessmentDocument::open(path, options);
        CHECK_FALSE(result.document);
        CHECK(result.error == u"no upgrade from schema version 2 is known to this Coherence");
        CHECK_FALSE(QFile::exists(path + QStringLiteral(".bak-v2")));
        CHECK(bytesOf(path) == original);
    }
}

TEST_CASE("A file of schema version 1 is upgraded to version 2 with nothing lost", "[storage][migration]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("examplia.coherence"));
    REQUIRE(QFile::copy(coherence::test::dataPath(QStringLiteral("assessments/examplia-schema-v1.coherence")),
                        path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    const AssessmentLoadResult sample = AssessmentJson::fromFile(
        QStringLiteral(COHERENCE_SOURCE_DIR "/resources/samples/examplia-ndp-2026-2030.json"));
    REQUIRE(sample.assessment);

    SECTION("a sound file") {
        const AssessmentDocument::OpenResult result = AssessmentDocument::open(path);
        INFO(result.error.toStdString());
        REQUIRE(result.document);
        CHECK(result.notice.contains(u"upgraded from schema version 1 to 2"));
        CHECK(result.document->assessment().ratings() == sample.assessment->ratings());
        CHECK(result.document->assessment().actions() == sample.assessment->actions());
        CHECK(QFile::exists(path + QStringLiteral(".bak-v1")));
        // The new columns work at once.
        Rating rating = result.document->assessment().rating(QStringLiteral("LAB-1"));
        rating.votes = {{1, 3}, {2, 5}};
        rating.citations.first().contributor = QStringLiteral("Participant 2");
        REQUIRE(result.document->setRating(QStringLiteral("LAB-1"), rating));
    }
    SECTION("a damaged file is refused unchanged, without a backup") {
        executeOn(path, QStringLiteral("UPDATE rating SET level = 9 WHERE criterion = 'LAB-1'"));
        const QByteArray before = bytesOf(path);
        const AssessmentDocument::OpenResult result = AssessmentDocument::open(path);
        CHECK_FALSE(result.document);
        CHECK(result.error.startsWith(u"the file is damaged: the rating of LAB-1: level 9"));
        CHECK(bytesOf(path) == before);
        CHECK_FALSE(QFile::exists(path + QStringLiteral(".bak-v1")));
    }
    const AssessmentDocument::OpenResult reopened = AssessmentDocument::open(path);
    if (reopened.document) {
        CHECK(reopened.document->assessment().rating(QStringLiteral("LAB-1")).votes ==
              QMap<int, int>{{1, 3}, {2, 5}});
        CHECK(reopened.document->assessment().rating(QStringLiteral("LAB-1")).citations.first().contributor ==
              u"Participant 2");
    }
}

TEST_CASE("A read-only open that leaves out the change log checks it before reading it", "[storage]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("plan.coherence"));
    {
        auto document = createDocument(path);
        REQUIRE(document->setRating(QStringLiteral("HLT-1"), levelWithCitation(2)));
    }
    damageRootPage(path, QStringLiteral("change_log"));
    const QByteArray damaged = bytesOf(path);

    AssessmentDocument::OpenOptions options;
    options.access = AssessmentDocument::Access::ReadOnly;
    const AssessmentDocument::OpenResult whole = AssessmentDocument::open(path, options);
    CHECK_FALSE(whole.document);
    CHECK(whole.error.startsWith(u"the file is damaged ("));

    options.checkChangeLog = false;
    const AssessmentDocument::OpenResult content = AssessmentDocument::open(path, options);
    INFO(content.error.toStdString());
    REQUIRE(content.document);
    CHECK(content.document->assessment().rating(QStringLiteral("HLT-1")).level == 2);
    QString error;
    CHECK(content.document->history(QDateTime(), &error).isEmpty());
    CHECK(error.startsWith(u"the change log of the file is damaged ("));
    error.clear();
    CHECK(content.document->changeCount(&error) == -1);
    CHECK(error.startsWith(u"the change log of the file is damaged ("));
    const QString copyPath = dir.filePath(QStringLiteral("copy.coherence"));
    CHECK_FALSE(content.document->saveCopy(copyPath, &error));
    CHECK_FALSE(QFile::exists(copyPath));
    CHECK(bytesOf(path) == damaged);
}

TEST_CASE("A read-only open that leaves out the change log reads an intact one", "[storage]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("plan.coherence"));
    {
        auto document = createDocument(path);
        REQUIRE(document->setRating(QStringLiteral("HLT-1"), levelWithCitation(2)));
    }
    AssessmentDocument::OpenOptions options;
    options.access = AssessmentDocument::Access::ReadOnly;
    options.checkChangeLog = false;
    const AssessmentDocument::OpenResult opened = AssessmentDocument::open(path, options);
    REQUIRE(opened.document);
    QString error;
    const QList<ChangeLogEntry> history = opened.document->history(QDateTime(), &error);
    CHECK(error.isEmpty());
    CHECK(opened.document->changeCount(&error) == history.size());
    CHECK(history.size() >= 2); // the creation and the rating
}

TEST_CASE("Save a copy writes a consistent file that opens", "[storage]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("plan.coherence"));
    auto document = createDocument(path);
    REQUIRE(document->setRating(QStringLiteral("HLT-1"), levelWithCitation(1)));
    const QString copyPath = dir.filePath(QStringLiteral("copy.coherence"));
    QString error;
    REQUIRE(document->saveCopy(copyPath, &error));
    const AssessmentDocument::OpenResult copy = AssessmentDocument::open(copyPath);
    REQUIRE(copy.document);
    CHECK(copy.document->assessment().ratings() == document->assessment().ratings());
    CHECK_FALSE(document->saveCopy(copyPath, &error));
    CHECK(error.contains(u"already exists"));
    CHECK_FALSE(document->saveCopy(path, &error));
}

TEST_CASE("Importing replaces the content in one logged step", "[storage]") {
    QTemporaryDir dir;
    auto document = createDocument(dir.filePath(QStringLiteral("plan.coherence")));
    const AssessmentLoadResult sample = AssessmentJson::fromFile(
        QStringLiteral(COHERENCE_SOURCE_DIR "/resources/samples/examplia-ndp-2026-2030.json"));
    REQUIRE(sample.ok());
    QString error;
    REQUIRE(document->replaceContent(*sample.assessment, QStringLiteral("sample.json"), &error));
    CHECK(document->assessment().ratings() == sample.assessment->ratings());
    CHECK(document->assessment().actions() == sample.assessment->actions());
    CHECK(document->history().last().what == u"import");

    const RubricLoadResult other =
        RubricLoader::fromFile(coherence::test::dataPath(QStringLiteral("rubrics/small.json")));
    REQUIRE(other.ok());
    CHECK_FALSE(document->replaceContent(Assessment(other.rubric), QStringLiteral("x"), &error));
    CHECK(error.contains(u"cannot be combined"));
}

TEST_CASE("Creating never overwrites", "[storage]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("plan.coherence"));
    createDocument(path).reset();
    const AssessmentDocument::OpenResult again = AssessmentDocument::create(path, blank());
    CHECK_FALSE(again.document);
    CHECK(again.error.contains(u"already exists"));
    const AssessmentDocument::OpenResult nowhere =
        AssessmentDocument::create(QStringLiteral("/nonexistent/dir/plan.coherence"), blank());
    CHECK_FALSE(nowhere.document);
    CHECK_FALSE(nowhere.error.isEmpty());
}

TEST_CASE("Handbook page corrections are validated, saved, logged and exported", "[storage]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("plan.coherence"));
    {
        auto document = createDocument(path);
        QString error;
        // LAB-1's first reference is the handbook, p. 61 (as cited); its second is SDG 8.8.
        REQUIRE(document->setPageCorrection(QStringLiteral("LAB-1"), 0, QStringLiteral("62"), &error));
        CHECK_FALSE(document->setPageCorrection(QStringLiteral("LAB-1"), 1, QStringLiteral("5"), &error));
        CHECK(error == u"reference 2 of LAB-1 is not a handbook page");
        CHECK_FALSE(
            document->setPageCorrection(QStringLiteral("LAB-1"), 0, QString(30, QLatin1Char('9')), &error));
        CHECK(document->history().last().what == u"reference.page");
        CHECK(document->history().last().newValue == u"62");
    }
    const AssessmentDocument::OpenResult reopened = AssessmentDocument::open(path);
    REQUIRE(reopened.document);
    const Assessment& assessment = reopened.document->assessment();
    CHECK(assessment.pageCorrection(QStringLiteral("LAB-1"), 0) == u"62");
    const Reference& reference = assessment.rubric()->criterion(QStringLiteral("LAB-1"))->references[0];
    CHECK(RubricMarkdown::describeReference(*assessment.rubric(), reference, QString(), QStringLiteral("62"))
              .startsWith(u"GMG handbook p. 62 (corrected by the assessor; 61 as cited)"));

    const QByteArray json = AssessmentJson::toJson(assessment);
    CHECK(json.contains("\"pageCorrections\""));
    const AssessmentLoadResult again = AssessmentJson::fromJson(json);
    REQUIRE(again.ok());
    CHECK(again.assessment->pageCorrections() == assessment.pageCorrections());

    // Setting it back to the page as cited removes the correction.
    QString error;
    REQUIRE(reopened.document->setPageCorrection(QStringLiteral("LAB-1"), 0, QStringLiteral("61"), &error));
    CHECK(reopened.document->assessment().pageCorrections().isEmpty());
}

namespace {

/// The image row of @p path, or an empty string when the file has none.
QString imageHashOf(const QString& path) {
    QString error;
    auto database = SqliteDatabase::open(path, SqliteDatabase::Mode::ReadOnly, &error);
    REQUIRE(database);
    SqliteStatement select(*database, QStringLiteral("SELECT image_sha256 FROM rubric_image"));
    return select.isValid() && select.step() == SqliteStatement::Step::Row ? select.text(0) : QString();
}

/// Replaces the file's image with one of @p rubric, hashed correctly and claiming the file's JSON.
void writeImageOf(const QString& path, const Rubric& rubric, qint64 format = RubricImage::kFormat) {
    QString error;
    auto database = SqliteDatabase::open(path, SqliteDatabase::Mode::ReadWrite, &error);
    REQUIRE(database);
    const QByteArray image = RubricImage::encode(rubric);
    SqliteStatement update(*database, QStringLiteral("UPDATE rubric_image SET format = ?1, image = ?2, "
                                                     "image_sha256 = ?3"));
    update.bind(1, format);
    update.bindBlob(2, image);
    update.bind(3, Sha256::hex(QByteArrayView(image).first(RubricImage::headSize(image))));
    REQUIRE(update.run());
}

/// The GMG rubric with another first criterion title: tells which of JSON and image an open read.
RubricPtr retitled(const Rubric& rubric) {
    QList<Criterion> criteria = rubric.criteria();
    criteria.first().title = LocalizedText(QStringLiteral("Read from the image"));
    Rubric::Header header{rubric.id(), rubric.version(), rubric.title(), rubric.description(),
                          rubric.notes()};
    return std::make_shared<const Rubric>(header, rubric.scale(), rubric.areas(), criteria, rubric.sources(),
                                          rubric.sha256());
}

} // namespace

TEST_CASE("A document keeps an image of its rubric, and opens from it when it is intact",
          "[storage][image]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("plan.coherence"));
    createDocument(path);
    const QString firstImage = imageHashOf(path);
    REQUIRE(firstImage.size() == 64);

    // A well-formed image that claims this JSON is what an open uses: it does not read the JSON.
    writeImageOf(path, *retitled(*gmgRubric()));
    for (const auto access : {AssessmentDocument::Access::ReadOnly, AssessmentDocument::Access::ReadWrite}) {
        const AssessmentDocument::OpenResult opened = AssessmentDocument::open(path, access);
        REQUIRE(opened.document);
        CHECK(opened.document->assessment().rubric()->criteria().first().title.english() ==
              QStringLiteral("Read from the image"));
    }
}

TEST_CASE("A missing, damaged or foreign rubric image means the JSON is read, and an edit-open repairs it",
          "[storage][image]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("plan.coherence"));
    createDocument(path);
    const QString intact = imageHashOf(path);
    const QByteArray gmgJson = gmgRubric()->canonicalJson();

    const auto requireReadFromJson = [&path, &gmgJson](AssessmentDocument::Access access) {
        const AssessmentDocument::OpenResult opened = AssessmentDocument::open(path, access);
        INFO(opened.error.toStdString());
        REQUIRE(opened.document);
        CHECK(opened.notice.isEmpty());
        CHECK(opened.document->assessment().rubric()->canonicalJson() == gmgJson);
    };
    const QList<std::pair<const char*, QString>> damages{
        {"missing table", QStringLiteral("DROP TABLE rubric_image")},
        {"no row", QStringLiteral("DELETE FROM rubric_image")},
        {"bytes changed", QStringLiteral("UPDATE rubric_image SET image = substr(image, 1, 100) || "
                                         "X'00' || substr(image, 102)")},
        {"cut short", QStringLiteral("UPDATE rubric_image SET image = substr(image, 1, 1000)")},
        {"another rubric's",
         QStringLiteral("UPDATE rubric_image SET rubric_sha256 = '%1'").arg(QString(64, u'0'))},
        {"an older format", QStringLiteral("UPDATE rubric_image SET format = 0")},
    };
    for (const auto& [what, sql] : damages) {
        INFO(what);
        executeOn(path, sql);
        // Read-only: the JSON is read and the file is not touched.
        const QByteArray before = bytesOf(path);
        requireReadFromJson(AssessmentDocument::Access::ReadOnly);
        CHECK(bytesOf(path) == before);
        // For editing: the JSON is read, and the image written again, the same as the first.
        requireReadFromJson(AssessmentDocument::Access::ReadWrite);
        CHECK(imageHashOf(path) == intact);
    }
}

TEST_CASE("An image of a newer format is left for the Coherence that wrote it", "[storage][image]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("plan.coherence"));
    createDocument(path);
    writeImageOf(path, *retitled(*gmgRubric()), RubricImage::kFormat + 1);
    const QString newer = imageHashOf(path);
    const AssessmentDocument::OpenResult opened = AssessmentDocument::open(path);
    REQUIRE(opened.document);
    // Not decoded (its layout is unknown here), and not replaced.
    CHECK(opened.document->assessment().rubric()->canonicalJson() == gmgRubric()->canonicalJson());
    CHECK(imageHashOf(path) == newer);
}

TEST_CASE("An intact image does not hide a rubric JSON altered behind Coherence's back", "[storage][image]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("plan.coherence"));
    createDocument(path);
    executeOn(path, QStringLiteral("UPDATE rubric SET canonical_json = replace(canonical_json, "
                                   "'Labour and employment', 'Labour and jobs')"));
    const QByteArray before = bytesOf(path);
    const AssessmentDocument::OpenResult opened = AssessmentDocument::open(path);
    CHECK_FALSE(opened.document);
    CHECK(opened.error.contains(u"SHA-256"));
    CHECK(bytesOf(path) == before);
}

TEST_CASE("An outline scores and reports exactly as the whole assessment", "[storage][image]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sample.coherence"));
    const AssessmentLoadResult sample = AssessmentJson::fromFile(
        QStringLiteral(COHERENCE_SOURCE_DIR "/resources/samples/examplia-ndp-2026-2030.json"));
    REQUIRE(sample.ok());
    createDocument(path, *sample.assessment);

    AssessmentDocument::OpenOptions options;
    options.access = AssessmentDocument::Access::ReadOnly;
    const AssessmentDocument::OpenResult full = AssessmentDocument::open(path, options);
    options.outline = true;
    const AssessmentDocument::OpenResult outline = AssessmentDocument::open(path, options);
    REQUIRE(full.document);
    REQUIRE(outline.document);
    const Assessment& a = full.document->assessment();
    const Assessment& b = outline.document->assessment();
    REQUIRE_FALSE(a.rubric()->isOutline());
    REQUIRE(b.rubric()->isOutline());
    // What an outline leaves out, it really leaves out; and it cannot pass for the full JSON.
    CHECK(b.rubric()->criteria().first().recommendation.isEmpty());
    CHECK(b.rubric()->canonicalJson().isEmpty());
    CHECK(b.rubric()->sha256() == a.rubric()->sha256());

    // Of the assessment, the outline holds each rating's level, N/A, justification and target and
    // its citations' kinds; the sample has everything else too, so leaving it out shows.
    REQUIRE_FALSE(a.isOutline());
    REQUIRE(b.isOutline());
    REQUIRE_FALSE(a.actions().isEmpty());
    REQUIRE_FALSE(a.plan().title.isEmpty());
    CHECK(b.actions().isEmpty());
    CHECK(b.plan().title.isEmpty());
    CHECK(b.metadata().assessors.isEmpty());
    CHECK(b.pageCorrections().isEmpty());
    REQUIRE(b.ratings().keys() == a.ratings().keys());
    bool someNote = false;
    bool someCitation = false;
    for (auto it = a.ratings().cbegin(); it != a.ratings().cend(); ++it) {
        const Rating& whole = it.value();
        const Rating& part = b.ratings().value(it.key());
        CHECK(part.level == whole.level);
        CHECK(part.notApplicable == whole.notApplicable);
        CHECK(part.justification == whole.justification);
        CHECK(part.target == whole.target);
        CHECK(part.note.isEmpty());
        CHECK(part.privateNote.isEmpty());
        CHECK(part.votes.isEmpty());
        QList<EvidenceKind> wholeKinds;
        for (const Citation& citation : whole.citations) {
            wholeKinds << citation.kind;
        }
        QList<EvidenceKind> partKinds;
        for (const Citation& citation : part.citations) {
            partKinds << citation.kind;
            CHECK(citation.excerpt.isEmpty());
        }
        std::sort(wholeKinds.begin(), wholeKinds.end());
        std::sort(partKinds.begin(), partKinds.end());
        CHECK(partKinds == wholeKinds);
        someNote = someNote || !whole.note.isEmpty();
        someCitation = someCitation || !whole.citations.isEmpty();
    }
    CHECK(someNote);
    CHECK(someCitation);
    const ScoreReport fullReport = Scorer(a.rubric()).score(a);
    const ScoreReport outlineReport = Scorer(b.rubric()).score(b);
    for (const QString& language : {QString(), QStringLiteral("fr")}) {
        CHECK(ScoreReportFormat::toText(outlineReport, *b.rubric(), language) ==
              ScoreReportFormat::toText(fullReport, *a.rubric(), language));
    }
    CHECK(ScoreReportFormat::toJson(outlineReport, *b.rubric()) ==
          ScoreReportFormat::toJson(fullReport, *a.rubric()));

    // An open for editing always reads the full rubric: it may show or export any text.
    options.access = AssessmentDocument::Access::ReadWrite;
    const AssessmentDocument::OpenResult edited = AssessmentDocument::open(path, options);
    REQUIRE(edited.document);
    CHECK_FALSE(edited.document->assessment().rubric()->isOutline());
    CHECK_FALSE(edited.document->assessment().isOutline());
}

TEST_CASE("An outline checks what it reads and leaves the rest to a whole open", "[storage]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("plan.coherence"));
    createDocument(path).reset();
    const auto open = [&path](bool outline) {
        AssessmentDocument::OpenOptions options;
        options.access = AssessmentDocument::Access::ReadOnly;
        options.outline = outline;
        return AssessmentDocument::open(path, options);
    };

    SECTION("a damaged note is not read by an outline, which scores the file") {
        executeOn(path, QStringLiteral("INSERT INTO rating(criterion, level, note) VALUES('LAB-1', 2, "
                                       "CAST(X'66FF6F' AS TEXT))"));
        CHECK(open(false).error == u"the file is damaged: the rating of LAB-1 is not valid UTF-8 text");
        const AssessmentDocument::OpenResult outline = open(true);
        REQUIRE(outline.document);
        CHECK(outline.document->assessment().rating(QStringLiteral("LAB-1")).level == 2);
    }
    SECTION(
        "the rubric's JSON is not read by an outline, which scores with the image of the recorded rubric") {
        executeOn(path, QStringLiteral("INSERT INTO rating(criterion, level) VALUES('LAB-1', 2); "
                                       "UPDATE rubric SET canonical_json = replace(canonical_json, "
                                       "'Labour and employment', 'Labour')"));
        CHECK(open(false).error.startsWith(
            u"the file is damaged: its rubric does not match its recorded SHA-256"));
        const AssessmentDocument::OpenResult outline = open(true);
        REQUIRE(outline.document);
        const Area* labour = outline.document->assessment().rubric()->area(QStringLiteral("labour"));
        REQUIRE(labour);
        CHECK(labour->title.english() == u"Labour and employment");
        CHECK(outline.document->assessment().rating(QStringLiteral("LAB-1")).level == 2);
    }
    SECTION("a rubric image that is not of the recorded rubric is not used, and the JSON is checked") {
        executeOn(path, QStringLiteral("UPDATE rubric_image SET rubric_sha256 = 'x'; "
                                       "UPDATE rubric SET canonical_json = replace(canonical_json, "
                                       "'Labour and employment', 'Labour')"));
        CHECK(open(true).error.startsWith(
            u"the file is damaged: its rubric does not match its recorded SHA-256"));
    }
    SECTION("what scoring reads is checked as in a whole open") {
        QString sql;
        QString error;
        SECTION("a level off the scale") {
            sql = QStringLiteral("INSERT INTO rating(criterion, level) VALUES('LAB-1', 9)");
            error = QStringLiteral("the file is damaged: the rating of LAB-1: level 9 is outside the rating "
                                   "scale (0 to 4)");
        }
        SECTION("not applicable without a justification") {
            sql = QStringLiteral("INSERT INTO rating(criterion, not_applicable) VALUES('LAB-1', 1)");
            error =
                QStringLiteral("the file is damaged: the rating of LAB-1: \"not applicable\" needs a written "
                               "justification: say why this criterion does not apply to this plan");
        }
        SECTION("a citation of an unknown kind") {
            sql = QStringLiteral("INSERT INTO rating(criterion, level) VALUES('LAB-1', 1); "
                                 "INSERT INTO citation(criterion, position, excerpt, kind) "
                                 "VALUES('LAB-1', 0, 'p. 4', 'rumour')");
            error = QStringLiteral("the file is damaged: a citation of LAB-1 has an unknown kind \"rumour\"");
        }
        executeOn(path, sql);
        CHECK(open(false).error == error);
        CHECK(open(true).error == error);
    }
}
