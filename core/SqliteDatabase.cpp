#include "SqliteDatabase.h"

#include "ErrorOut.h"
#include "SqliteStatement.h"

#include <sqlite3.h>

namespace coherence {

SqliteDatabase::SqliteDatabase(sqlite3* handle, QString path)
    : m_handle(handle)
    , m_path(std::move(path)) {
}

SqliteDatabase::~SqliteDatabase() {
    // close_v2 defers the close until any statement a caller forgot is finalised, instead of
    // failing with SQLITE_BUSY and leaking the connection.
    sqlite3_close_v2(m_handle);
}

std::unique_ptr<SqliteDatabase> SqliteDatabase::open(const QString& path, Mode mode, QString* error) {
    // No mutex of the connection's own: a connection is used by one thread at a time (the window opens
    // its file on another thread and hands the finished document over through a future;
    // docs/development.md), and the serialised mode locked and unlocked a mutex on every call into
    // SQLite, each column of each row read (2.4 M of the 25 M instructions of `coherence-cli score`
    // at 1,000 criteria).
    int flags = SQLITE_OPEN_NOMUTEX;
    switch (mode) {
    case Mode::ReadOnly:
        flags |= SQLITE_OPEN_READONLY;
        break;
    case Mode::ReadWrite:
        flags |= SQLITE_OPEN_READWRITE;
        break;
    case Mode::Create:
        flags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
        break;
    }
    sqlite3* handle = nullptr;
    const int status = sqlite3_open_v2(path.toUtf8().constData(), &handle, flags, nullptr);
    if (status != SQLITE_OK) {
        const QString reason =
            handle ? QString::fromUtf8(sqlite3_errmsg(handle)) : QString::fromUtf8(sqlite3_errstr(status));
        sqlite3_close_v2(handle);
        failWith(error, tr("cannot open %1: %2").arg(path, reason));
        return nullptr;
    }
    sqlite3_extended_result_codes(handle, 1);
    // Another process (a second window, the CLI) may hold a write lock for a moment.
    sqlite3_busy_timeout(handle, 5000);
    return std::unique_ptr<SqliteDatabase>(new SqliteDatabase(handle, path));
}

bool SqliteDatabase::execute(const QString& sql, QString* error) {
    char* message = nullptr;
    const int status = sqlite3_exec(m_handle, sql.toUtf8().constData(), nullptr, nullptr, &message);
    if (status != SQLITE_OK) {
        const QString reason = message ? QString::fromUtf8(message) : lastError();
        sqlite3_free(message);
        return failWith(error, reason);
    }
    return true;
}

qint64 SqliteDatabase::queryInteger(const QString& sql, qint64 fallback) {
    SqliteStatement statement(*this, sql);
    if (!statement.isValid() || statement.step() != SqliteStatement::Step::Row) {
        return fallback;
    }
    return statement.integer(0);
}

bool SqliteDatabase::backupTo(const QString& path, QString* error) {
    QString openError;
    const auto target = open(path, Mode::Create, &openError);
    if (!target) {
        return failWith(error, openError);
    }
    sqlite3_backup* backup = sqlite3_backup_init(target->handle(), "main", m_handle, "main");
    if (!backup) {
        return failWith(error, tr("cannot copy to %1: %2").arg(path, target->lastError()));
    }
    // -1: copy every page in one step; the source is small and a single step is one snapshot.
    sqlite3_backup_step(backup, -1);
    const int status = sqlite3_backup_finish(backup);
    if (status != SQLITE_OK) {
        return failWith(error, tr("cannot copy to %1: %2").arg(path, target->lastError()));
    }
    return true;
}

QString SqliteDatabase::lastError() const {
    return QString::fromUtf8(sqlite3_errmsg(m_handle));
}

bool SqliteDatabase::isReadOnly() const {
    return sqlite3_db_readonly(m_handle, "main") == 1;
}

} // namespace coherence
