#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace coherence {

/**
 * Gives a PDF bookmarks (its outline: the side panel a reader navigates a long report by), by
 * appending an incremental update: the outline's objects, a new version of the catalog that points to
 * them, a cross-reference section for those objects and a trailer that points back to the original's.
 * The original bytes are kept as they are. Why: Qt 6.4's QPdfWriter writes no outline, and a full
 * report of 1,000 criteria runs to hundreds of pages.
 *
 * It reads what QPdfWriter writes: a classic cross-reference table and trailer (no cross-reference
 * streams), the catalog and the page tree as plain objects. Anything else is refused, with what was
 * not found.
 */
class PdfOutline {
    Q_DECLARE_TR_FUNCTIONS(PdfOutline)

public:
    struct Entry {
        QString title;
        int level = 1;  ///< 1 for a section; 2 for what is under it; and so on
        int page = 1;   ///< from 1
        double top = 0; ///< where a reader is taken on the page: points from the page's bottom edge
    };

    /// @p pdf with @p entries as its outline, nested by their levels, sections shown closed when they
    /// have entries under them; with @p showOutline, readers open the PDF with the outline shown.
    /// Empty, with @p error saying why, when @p pdf is not one this can read or an entry names a page
    /// it does not have.
    static QByteArray append(const QByteArray& pdf, const QList<Entry>& entries, bool showOutline,
                             QString* error);
};

} // namespace coherence
