#pragma once

#include <QCoreApplication>
#include <QString>

#include <memory>

struct sqlite3;

namespace coherence {

/**
 * Owns one sqlite3 connection (the C API, not QtSql: no runtime driver plugin to go missing,
 * and link errors show at build time).
 *
 * Errors are returned as text a person can act on, never thrown; every caller decides what a
 * failure means for the user. Not copyable or movable: statements keep a reference to it.
 */
class SqliteDatabase {
    Q_DECLARE_TR_FUNCTIONS(SqliteDatabase)
    Q_DISABLE_COPY_MOVE(SqliteDatabase)

public:
    enum class Mode { ReadOnly, ReadWrite, Create };

    /// Opens @p path (":memory:" for a private in-memory database); nullptr and @p error on failure.
    static std::unique_ptr<SqliteDatabase> open(const QString& path, Mode mode, QString* error);
    ~SqliteDatabase();

    /// Runs one or more statements that return no rows (schema, pragmas).
    [[nodiscard]] bool execute(const QString& sql, QString* error = nullptr);

    /// The integer result of a one-value query such as "PRAGMA user_version"; fallback on error.
    qint64 queryInteger(const QString& sql, qint64 fallback = -1);

    /// Copies the whole database to @p path with the online backup API (never a byte copy of an
    /// open file): the copy is a consistent snapshot even while this connection writes.
    [[nodiscard]] bool backupTo(const QString& path, QString* error = nullptr);

    QString lastError() const;
    bool isReadOnly() const;
    const QString& path() const { return m_path; }
    sqlite3* handle() const { return m_handle; }

private:
    SqliteDatabase(sqlite3* handle, QString path);

    sqlite3* m_handle;
    QString m_path;
};

} // namespace coherence
