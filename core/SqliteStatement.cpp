#include "SqliteStatement.h"

#include "SqliteDatabase.h"

#include <QStringDecoder>
#include <sqlite3.h>

#include <algorithm>

namespace coherence {

SqliteStatement::SqliteStatement(SqliteDatabase& database, const QString& sql)
    : m_database(database) {
    const QByteArray utf8 = sql.toUtf8();
    const char* tail = nullptr;
    const int status = sqlite3_prepare_v2(database.handle(), utf8.constData(), static_cast<int>(utf8.size()),
                                          &m_statement, &tail);
    if (status != SQLITE_OK) {
        m_error = database.lastError();
        sqlite3_finalize(m_statement);
        m_statement = nullptr;
        return;
    }
    if (tail && QByteArray(tail).trimmed().size() > 0) {
        m_error = tr("more than one SQL statement given; run them one by one");
        sqlite3_finalize(m_statement);
        m_statement = nullptr;
    }
}

SqliteStatement::~SqliteStatement() {
    sqlite3_finalize(m_statement);
}

void SqliteStatement::bind(int index, const QString& value) {
    if (value.isNull()) {
        bindNull(index);
        return;
    }
    const QByteArray utf8 = value.toUtf8();
    sqlite3_bind_text(m_statement, index, utf8.constData(), static_cast<int>(utf8.size()), SQLITE_TRANSIENT);
}

void SqliteStatement::bind(int index, qint64 value) {
    sqlite3_bind_int64(m_statement, index, value);
}

void SqliteStatement::bind(int index, double value) {
    sqlite3_bind_double(m_statement, index, value);
}

void SqliteStatement::bindBlob(int index, QByteArrayView value) {
    // A zero-length blob, not NULL, for empty bytes: the pointer must not be null for that.
    sqlite3_bind_blob64(m_statement, index, value.isEmpty() ? "" : value.data(),
                        static_cast<sqlite3_uint64>(value.size()), SQLITE_TRANSIENT);
}

void SqliteStatement::bindNull(int index) {
    sqlite3_bind_null(m_statement, index);
}

SqliteStatement::Step SqliteStatement::step() {
    if (!m_statement) {
        return Step::Error;
    }
    switch (sqlite3_step(m_statement)) {
    case SQLITE_ROW:
        return Step::Row;
    case SQLITE_DONE:
        return Step::Done;
    default:
        m_error = m_database.lastError();
        return Step::Error;
    }
}

bool SqliteStatement::run() {
    const Step result = step();
    if (result == Step::Row) {
        m_error = tr("the statement returned rows where none were expected");
        return false;
    }
    return result == Step::Done;
}

void SqliteStatement::reset() {
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
}

bool SqliteStatement::isNull(int column) const {
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

QString SqliteStatement::text(int column) const {
    const auto* data = reinterpret_cast<const char*>(sqlite3_column_text(m_statement, column));
    if (!data) {
        return QString();
    }
    return QString::fromUtf8(data, sqlite3_column_bytes(m_statement, column));
}

QString SqliteStatement::checkedText(int column, bool* valid) const {
    const auto* data = reinterpret_cast<const char*>(sqlite3_column_text(m_statement, column));
    if (!data) {
        *valid = true;
        return QString();
    }
    const qsizetype size = sqlite3_column_bytes(m_statement, column);
    // Nearly every stored text is ASCII, for which Latin-1 decoding gives the same string, cannot
    // fail, and skips a decoder per value (thousands per open of a large file).
    if (std::all_of(data, data + size, [](char c) { return static_cast<unsigned char>(c) < 0x80; })) {
        *valid = true;
        return QString::fromLatin1(data, size);
    }
    QStringDecoder decoder(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
    QString result = decoder(QByteArrayView(data, size));
    *valid = !decoder.hasError();
    return result;
}

qint64 SqliteStatement::integer(int column) const {
    return sqlite3_column_int64(m_statement, column);
}

double SqliteStatement::real(int column) const {
    return sqlite3_column_double(m_statement, column);
}

QByteArrayView SqliteStatement::blobView(int column) const {
    // Ask for the bytes first: sqlite3_column_bytes() after it gives their size in the same form.
    const auto* data = static_cast<const char*>(sqlite3_column_blob(m_statement, column));
    return data ? QByteArrayView(data, sqlite3_column_bytes(m_statement, column)) : QByteArrayView();
}

} // namespace coherence
