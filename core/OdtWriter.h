#pragma once

#include "ReportDocument.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QMap>
#include <QSize>
#include <QString>

namespace coherence {

/**
 * Writes a ReportDocument as an OpenDocument text (.odt) that an NGO can edit and hand out: the
 * report's headings as real headings (Heading 1 and 2 with outline levels, so LibreOffice's
 * Navigator, a table of contents and Word's navigation pane see them, each kept with the text after
 * it), named styles for body text, quotations, captions, the "ask" callouts and table text (restyle
 * one, restyle all), bulleted lists, tables whose header row repeats on each page, charts in their shape
 * with their caption as text alternative, page numbers, the page size, and the report's language for
 * spelling.
 *
 * Why not QTextDocumentWriter: Qt's ODF writer turns headings into bold paragraphs with no outline
 * level or keep-with-next, gives every paragraph a style of its own, and frames an image given only a width
 * at its full pixel height.
 */
class OdtWriter {
    Q_DECLARE_TR_FUNCTIONS(OdtWriter)

public:
    /// A chart as PNG, @p pixels in size.
    struct Picture {
        QByteArray png;
        QSize pixels;
    };
    using Pictures = QMap<ReportBlock::Chart, Picture>;

    /// Writes @p document to @p path through VerifiedFileWriter: read back from disk, every entry of
    /// the package checked against what was meant to be in it, every XML part parsed, the headings
    /// counted. @p language is a code such as "fr" or "pt-BR"; empty is English.
    [[nodiscard]] static bool write(const ReportDocument& document, const Pictures& pictures,
                                    const QString& language, const QString& path, QString* error);
    /// The package's bytes (a zip; entries dated now).
    static QByteArray package(const ReportDocument& document, const Pictures& pictures,
                              const QString& language);
    /// Empty when @p bytes is the package of @p document, else what is wrong with it.
    static QString check(const QByteArray& bytes, const ReportDocument& document, const Pictures& pictures,
                         const QString& language);
};

} // namespace coherence
