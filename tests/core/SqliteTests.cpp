#include "SqliteDatabase.h"
#include "SqliteStatement.h"
#include "SqliteTransaction.h"
#include "support/StringMakers.h"

#include <QFile>
#include <QTemporaryDir>

using namespace coherence;

namespace {

std::unique_ptr<SqliteDatabase> memoryDatabase() {
    QString error;
    auto database = SqliteDatabase::open(QStringLiteral(":memory:"), SqliteDatabase::Mode::Create, &error);
    REQUIRE(database);
    REQUIRE(database->execute(
        QStringLiteral("CREATE TABLE notes(id INTEGER PRIMARY KEY, body TEXT, score REAL)")));
    return database;
}

qint64 countNotes(SqliteDatabase& database) {
    return database.queryInteger(QStringLiteral("SELECT count(*) FROM notes"));
}

} // namespace

TEST_CASE("Statements bind and read back text, integers, reals and NULL", "[core][sqlite]") {
    auto database = memoryDatabase();
    SqliteStatement insert(*database, QStringLiteral("INSERT INTO notes(body, score) VALUES(?1, ?2)"));
    REQUIRE(insert.isValid());
    insert.bind(1, QStringLiteral("Migrant workers — égalité, 移民"));
    insert.bind(2, 2.5);
    REQUIRE(insert.run());
    insert.reset();
    insert.bind(1, QString());
    insert.bindNull(2);
    REQUIRE(insert.run());
    insert.reset();
    insert.bind(1, QStringLiteral(""));
    insert.bind(2, qint64{7});
    REQUIRE(insert.run());

    SqliteStatement select(*database, QStringLiteral("SELECT body, score FROM notes ORDER BY id"));
    REQUIRE(select.step() == SqliteStatement::Step::Row);
    CHECK(select.text(0) == u"Migrant workers — égalité, 移民");
    CHECK(select.real(1) == 2.5);
    REQUIRE(select.step() == SqliteStatement::Step::Row);
    CHECK(select.isNull(0));
    CHECK(select.text(0).isNull());
    CHECK(select.isNull(1));
    REQUIRE(select.step() == SqliteStatement::Step::Row);
    // An empty string stays an empty string, not NULL.
    CHECK_FALSE(select.isNull(0));
    CHECK(select.text(0).isEmpty());
    CHECK(select.integer(1) == 7);
    CHECK(select.step() == SqliteStatement::Step::Done);
}

TEST_CASE("A statement refuses a second SQL statement and reports syntax errors", "[core][sqlite]") {
    auto database = memoryDatabase();
    SqliteStatement two(*database, QStringLiteral("DELETE FROM notes; DROP TABLE notes"));
    CHECK_FALSE(two.isValid());
    CHECK(two.error().contains(u"more than one SQL statement"));
    CHECK(two.step() == SqliteStatement::Step::Error);
    SqliteStatement bad(*database, QStringLiteral("SELEC 1"));
    CHECK_FALSE(bad.isValid());
    CHECK(bad.error().contains(u"syntax error"));
    SqliteStatement trailingSpace(*database, QStringLiteral("SELECT 1;  \n"));
    CHECK(trailingSpace.isValid());
}

TEST_CASE("A transaction rolls back unless committed", "[core][sqlite]") {
    auto database = memoryDatabase();
    {
        SqliteTransaction transaction(*database);
        REQUIRE(transaction.isActive());
        REQUIRE(database->execute(QStringLiteral("INSERT INTO notes(body) VALUES('lost')")));
    }
    CHECK(countNotes(*database) == 0);
    {
        SqliteTransaction transaction(*database);
        REQUIRE(database->execute(QStringLiteral("INSERT INTO notes(body) VALUES('kept')")));
        REQUIRE(transaction.commit());
        CHECK_FALSE(transaction.isActive());
        CHECK_FALSE(transaction.commit());
    }
    CHECK(countNotes(*database) == 1);
}

TEST_CASE("Opening reports missing and unreadable files", "[core][sqlite]") {
    QString error;
    CHECK_FALSE(SqliteDatabase::open(QStringLiteral("/nonexistent/dir/x.coherence"),
                                     SqliteDatabase::Mode::Create, &error));
    CHECK(error.startsWith(u"cannot open /nonexistent/dir/x.coherence"));

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("absent.db"));
    CHECK_FALSE(SqliteDatabase::open(path, SqliteDatabase::Mode::ReadWrite, &error));
    CHECK_FALSE(QFile::exists(path));
}

TEST_CASE("A backup copy is a complete, separate database", "[core][sqlite]") {
    QTemporaryDir dir;
    QString error;
    const QString sourcePath = dir.filePath(QStringLiteral("source.db"));
    auto source = SqliteDatabase::open(sourcePath, SqliteDatabase::Mode::Create, &error);
    REQUIRE(source);
    REQUIRE(
        source->execute(QStringLiteral("CREATE TABLE notes(id INTEGER PRIMARY KEY, body TEXT, score REAL);"
                                       "INSERT INTO notes(body) VALUES('one'),('two');"
                                       "PRAGMA user_version = 3;")));
    const QString copyPath = dir.filePath(QStringLiteral("copy.db"));
    REQUIRE(source->backupTo(copyPath, &error));
    REQUIRE(source->execute(QStringLiteral("INSERT INTO notes(body) VALUES('three')")));

    auto copy = SqliteDatabase::open(copyPath, SqliteDatabase::Mode::ReadOnly, &error);
    REQUIRE(copy);
    CHECK(copy->isReadOnly());
    CHECK(countNotes(*copy) == 2);
    CHECK(copy->queryInteger(QStringLiteral("PRAGMA user_version")) == 3);
    SqliteStatement check(*copy, QStringLiteral("PRAGMA quick_check"));
    REQUIRE(check.step() == SqliteStatement::Step::Row);
    CHECK(check.text(0) == u"ok");
    CHECK_FALSE(copy->execute(QStringLiteral("INSERT INTO notes(body) VALUES('x')"), &error));
    CHECK(error.contains(u"readonly"));

    CHECK_FALSE(source->backupTo(QStringLiteral("/nonexistent/dir/copy.db"), &error));
    CHECK(error.startsWith(u"cannot open /nonexistent/dir/copy.db"));
}
