#pragma once

#include "ReportDocument.h"

#include <QCoreApplication>
#include <QMap>
#include <QString>

namespace coherence {

/**
 * Writes a ReportDocument as Markdown or as one self-contained HTML file (charts inline as SVG, a
 * print stylesheet, no scripts, nothing fetched), and checks what it wrote. Every piece of text is
 * escaped for its format, so a note holding "<script>", "</td></tr>" or "**bold**" prints literally.
 */
class ReportWriter {
    Q_DECLARE_TR_FUNCTIONS(ReportWriter)

public:
    using Charts = QMap<ReportBlock::Chart, QString>; ///< chart → SVG text (HTML) or ignored (Markdown)
    /// Whether an HTML report opens with a list of its sections, each linked to its heading.
    enum class Contents { None, Sections };

    static QString markdown(const ReportDocument& document);
    /// Without an <h1> when the document has no title (a part of a report, as the PDF renderer lays
    /// a long report out). With Contents::Sections, a list of the sections (level-2 headings) after
    /// the title, each linked to its heading: the PDF has bookmarks instead, and takes None.
    static QString html(const ReportDocument& document, const Charts& charts,
                        Contents contents = Contents::None);
    /// Empty when @p html parses as well-formed XHTML with the document's title as its <h1>, every
    /// section, and every link of its contents to a heading it has.
    static QString checkHtml(const QByteArray& html, const ReportDocument& document);
    /// Empty when @p markdown starts with the title heading and has every level-2 heading.
    static QString checkMarkdown(const QByteArray& markdown, const ReportDocument& document);
    /// Escapes for Markdown, including table pipes and line breaks inside cells.
    static QString markdownCell(const QString& text);
};

} // namespace coherence
