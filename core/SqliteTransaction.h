#pragma once

#include <QCoreApplication>
#include <QString>

namespace coherence {

class SqliteDatabase;

/**
 * BEGIN IMMEDIATE on construction, ROLLBACK on destruction unless commit() succeeded: an early
 * return or a failed step can never leave half an edit in the file.
 *
 * IMMEDIATE takes the write lock at once, so a second writer waits (busy timeout) at the start
 * instead of failing halfway through.
 */
class SqliteTransaction {
    Q_DECLARE_TR_FUNCTIONS(SqliteTransaction)
    Q_DISABLE_COPY_MOVE(SqliteTransaction)

public:
    explicit SqliteTransaction(SqliteDatabase& database);
    ~SqliteTransaction();

    bool isActive() const { return m_active; }
    const QString& error() const { return m_error; }
    [[nodiscard]] bool commit();

private:
    SqliteDatabase& m_database;
    bool m_active = false;
    QString m_error;
};

} // namespace coherence
