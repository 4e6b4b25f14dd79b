#pragma once

#include <QList>
#include <QString>

namespace coherence::test {

/// One entry of a PDF's outline as poppler reads it.
struct PdfBookmark {
    int depth = 0; ///< 1 for the top level
    int page = 0;  ///< from 1
    QString title;
};

/// The outline of the PDF at @p path, in order, as `pdftohtml -xml` reads it (poppler: a reader that is
/// not ours); throws, failing the test, if poppler cannot read the file or complains of it.
QList<PdfBookmark> pdfBookmarks(const QString& path);

} // namespace coherence::test
