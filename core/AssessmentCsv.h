#pragma once

#include "Assessment.h"

#include <QByteArray>
#include <QCoreApplication>

namespace coherence {

/**
 * CSV exports for spreadsheets: UTF-8 with a byte-order mark (so Excel does not read it as the
 * local code page), RFC 4180 quoting and CRLF line ends, which LibreOffice Calc and Excel both open
 * correctly. Private notes are never exported.
 */
class AssessmentCsv {
    Q_DECLARE_TR_FUNCTIONS(AssessmentCsv)

public:
    /// One row per criterion, in rubric order, rated or not.
    static QByteArray ratings(const Assessment& assessment, const QString& language = QString());
    /// One row per action of the action plan.
    static QByteArray actions(const Assessment& assessment, const QString& language = QString());
    /// RFC 4180: a field with a comma, quote, CR or LF is quoted, quotes doubled. A field that a
    /// spreadsheet would run as a formula (=, +, -, @ first) is prefixed with an apostrophe.
    static QString field(const QString& value);
    /// Parses RFC 4180 text back into rows (used to check every export before it is reported).
    static QList<QStringList> parse(const QByteArray& csv, QString* error);
};

} // namespace coherence
