#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QtGlobal>

#include <optional>

struct sqlite3_blob;

namespace coherence {

class SqliteDatabase;

/**
 * Reads one BLOB or TEXT value piece by piece (sqlite3_blob_open), without SQLite first copying all of
 * it into one buffer as a SELECT does.
 *
 * Why: a document's rubric JSON is only hashed on open (the image stands in for parsing it), and
 * hashing it in 64 KB pieces keeps its 400 KB (at 1,000 criteria) out of memory; and of the image, a
 * command that only scores reads the head. On a machine where memory touched for the first time is
 * what a short process pays most for, each is a fraction of a millisecond of `coherence-cli score`
 * (docs/performance.md).
 */
class SqliteBlob {
public:
    /// Opens @p column of the row @p rowid of @p table, read-only; see isValid().
    SqliteBlob(SqliteDatabase& database, const char* table, const char* column, qint64 rowid);
    ~SqliteBlob();
    SqliteBlob(const SqliteBlob&) = delete;
    SqliteBlob& operator=(const SqliteBlob&) = delete;

    bool isValid() const { return m_blob != nullptr; }
    qsizetype size() const;

    /// @p length bytes from @p offset; nullopt when they cannot be read or lie beyond the end.
    std::optional<QByteArray> bytes(qsizetype offset, qsizetype length) const;

    /// Calls @p consume with consecutive pieces of the value, in order; false when a piece cannot
    /// be read (the value is then only partly consumed).
    template <typename Consumer>
    bool readAll(Consumer consume) const {
        char piece[kPieceSize];
        const qsizetype total = size();
        for (qsizetype offset = 0; offset < total; offset += kPieceSize) {
            const qsizetype length = qMin<qsizetype>(kPieceSize, total - offset);
            if (!read(piece, length, offset)) {
                return false;
            }
            consume(QByteArrayView(piece, length));
        }
        return isValid();
    }

private:
    static constexpr qsizetype kPieceSize = 64 * 1024;

    bool read(char* into, qsizetype length, qsizetype offset) const;

    sqlite3_blob* m_blob = nullptr;
};

} // namespace coherence
