#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

struct sqlite3_stmt;

namespace coherence {

class SqliteDatabase;

/**
 * One prepared statement, finalised when it goes out of scope. Exactly one SQL statement:
 * text after the first is refused rather than silently ignored (a classic source of "my second
 * UPDATE never ran"). Parameters are bound by 1-based index, values read by 0-based column.
 */
class SqliteStatement {
    Q_DECLARE_TR_FUNCTIONS(SqliteStatement)
    Q_DISABLE_COPY_MOVE(SqliteStatement)

public:
    enum class Step { Row, Done, Error };

    SqliteStatement(SqliteDatabase& database, const QString& sql);
    ~SqliteStatement();

    bool isValid() const { return m_statement != nullptr; }
    const QString& error() const { return m_error; }

    void bind(int index, const QString& value); ///< a null QString binds NULL, an empty one ''
    void bind(int index, qint64 value);
    void bind(int index, double value);
    void bindNull(int index);
    void bindBlob(int index, QByteArrayView value); ///< bytes, copied: @p value may go at once

    Step step();
    /// Runs a statement that returns no rows; false with error() set on failure.
    [[nodiscard]] bool run();
    void reset();

    bool isNull(int column) const;
    QString text(int column) const;
    /// Like text(), but reports (@p valid = false) bytes that are not UTF-8 instead of replacing them.
    QString checkedText(int column, bool* valid) const;
    qint64 integer(int column) const;
    double real(int column) const;
    /// The column's bytes where SQLite holds them, without a copy: valid until the next step(),
    /// reset() or the statement's end. For a large value read once (a rubric's JSON).
    QByteArrayView blobView(int column) const;

private:
    SqliteDatabase& m_database;
    sqlite3_stmt* m_statement = nullptr;
    QString m_error;
};

} // namespace coherence
