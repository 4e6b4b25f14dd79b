#include "SqliteTransaction.h"

#include "SqliteDatabase.h"

namespace coherence {

SqliteTransaction::SqliteTransaction(SqliteDatabase& database)
    : m_database(database) {
    m_active = m_database.execute(QStringLiteral("BEGIN IMMEDIATE"), &m_error);
}

SqliteTransaction::~SqliteTransaction() {
    if (m_active) {
        // Nothing to report from a destructor: the caller already saw why it did not commit.
        (void)m_database.execute(QStringLiteral("ROLLBACK"));
    }
}

bool SqliteTransaction::commit() {
    if (!m_active) {
        if (m_error.isEmpty()) {
            m_error = tr("no transaction is active");
        }
        return false;
    }
    if (!m_database.execute(QStringLiteral("COMMIT"), &m_error)) {
        return false; // still active: the destructor rolls back
    }
    m_active = false;
    return true;
}

} // namespace coherence
