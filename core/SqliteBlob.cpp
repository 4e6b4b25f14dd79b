#include "SqliteBlob.h"

#include "SqliteDatabase.h"

#include <sqlite3.h>

namespace coherence {

SqliteBlob::SqliteBlob(SqliteDatabase& database, const char* table, const char* column, qint64 rowid) {
    if (sqlite3_blob_open(database.handle(), "main", table, column, rowid, 0, &m_blob) != SQLITE_OK) {
        // The handle is set even on failure, to be closed: nothing is left open.
        sqlite3_blob_close(m_blob);
        m_blob = nullptr;
    }
}

SqliteBlob::~SqliteBlob() {
    sqlite3_blob_close(m_blob);
}

qsizetype SqliteBlob::size() const {
    return m_blob ? sqlite3_blob_bytes(m_blob) : 0;
}

std::optional<QByteArray> SqliteBlob::bytes(qsizetype offset, qsizetype length) const {
    if (offset < 0 || length < 0 || offset + length > size()) {
        return std::nullopt;
    }
    QByteArray bytes(length, Qt::Uninitialized);
    if (length > 0 && !read(bytes.data(), length, offset)) {
        return std::nullopt;
    }
    return bytes;
}

bool SqliteBlob::read(char* into, qsizetype length, qsizetype offset) const {
    return m_blob &&
           sqlite3_blob_read(m_blob, into, static_cast<int>(length), static_cast<int>(offset)) == SQLITE_OK;
}

} // namespace coherence
