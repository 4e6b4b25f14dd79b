#include "ReportWriter.h"

#include "RubricMarkdown.h"

#include <QTextStream>
#include <QXmlStreamReader>

namespace coherence {

namespace {

QString htmlText(const QString& text) {
    QString escaped = text.toHtmlEscaped();
    escaped.replace(QLatin1Char('\n'), QStringLiteral("<br/>"));
    return escaped;
}

QString markdownText(const QString& text) {
    QStringList lines;
    for (const QString& line : text.split(QLatin1Char('\n'))) {
        lines << RubricMarkdown::escape(line);
    }
    // Two spaces before a newline keep the line break inside a Markdown paragraph.
    return lines.join(QStringLiteral("  \n"));
}

} // namespace

QString ReportWriter::markdownCell(const QString& text) {
    QString cell = RubricMarkdown::escape(text);
    cell.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return cell;
}

QString ReportWriter::markdown(const ReportDocument& document) {
    QString out;
    QTextStream stream(&out);
    stream << "# " << markdownText(document.title) << "\n\n";
    if (!document.subtitle.isEmpty()) {
        stream << "*" << markdownText(document.subtitle) << "*\n\n";
    }
    for (const ReportBlock& block : document.blocks) {
        switch (block.kind) {
        case ReportBlock::Kind::Heading:
            stream << QString(block.level, QLatin1Char('#')) << ' ' << markdownText(block.text) << "\n\n";
            break;
        case ReportBlock::Kind::Paragraph:
            stream << markdownText(block.text) << "\n\n";
            break;
        case ReportBlock::Kind::Callout:
            stream << "**" << markdownText(block.text) << "**\n\n";
            break;
        case ReportBlock::Kind::Bullets:
            for (const QString& item : block.items) {
                stream << "- " << markdownCell(item) << '\n';
            }
            stream << '\n';
            break;
        case ReportBlock::Kind::Quote:
            stream << "> " << markdownCell(block.text) << "\n>\n> — " << markdownCell(block.source) << "\n\n";
            break;
        case ReportBlock::Kind::Table: {
            QStringList header;
            for (const QString& cell : block.header) {
                header << markdownCell(cell);
            }
            stream << "| " << header.join(QStringLiteral(" | ")) << " |\n|";
            for (qsizetype i = 0; i < block.header.size(); ++i) {
                stream << "---|";
            }
            stream << '\n';
            for (const QStringList& row : block.rows) {
                QStringList cells;
                for (const QString& cell : row) {
                    cells << markdownCell(cell);
                }
                stream << "| " << cells.join(QStringLiteral(" | ")) << " |\n";
            }
            if (!block.caption.isEmpty()) {
                stream << "\n*" << markdownText(block.caption) << "*\n";
            }
            stream << '\n';
            break;
        }
        case ReportBlock::Kind::Chart:
            // Markdown has no charts; the same figures are in the tables and lists around it.
            stream << "*"
                   << tr("Chart: %1 (see the PDF, ODT or HTML version)").arg(markdownText(block.caption))
                   << "*\n\n";
            break;
        }
    }
    return out;
}

QString ReportWriter::html(const ReportDocument& document, const Charts& charts, Contents contents) {
    const QString pageSize = document.pageSize == ReportDocument::PageSize::Letter ? QStringLiteral("letter")
                                                                                   : QStringLiteral("A4");
    QString out;
    QTextStream stream(&out);
    stream << "<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\">\n<head>\n<meta "
              "charset=\"utf-8\"/>\n"
           << "<meta name=\"generator\" content=\"Coherence\"/>\n<title>" << htmlText(document.title)
           << "</title>\n"
           << "<style>\n"
           << "body { font-family: 'DejaVu Sans', Arial, sans-serif; max-width: 52em; margin: 2em auto; "
              "line-height: 1.45; color: #222; }\n"
           << "h1 { font-size: 1.7em; margin-bottom: 0.1em; } .subtitle { color: #555; margin-top: 0; }\n"
           << "h2 { border-bottom: 1px solid #ccc; margin-top: 1.6em; } h3 { margin-bottom: 0.2em; }\n"
           << "table { border-collapse: collapse; width: 100%; margin: 0.6em 0; }\n"
           << "th, td { border: 1px solid #ccc; padding: 0.25em 0.5em; text-align: left; vertical-align: "
              "top; }\n"
           << "th { background: #f0f0f0; } caption { caption-side: bottom; color: #555; font-size: 0.9em; }\n"
           << "blockquote { border-left: 4px solid #1f77b4; margin: 0.6em 0; padding: 0.2em 1em; background: "
              "#f6f9fc; }\n"
           << ".source { color: #555; font-size: 0.9em; } .ask { font-weight: bold; }\n"
           << ".figure { margin: 1em 0; } .caption { color: #555; font-size: 0.9em; }\n"
           << "nav.contents { margin: 1em 0 1.5em; } nav.contents p { font-weight: bold; margin-bottom: "
              "0.2em; }\n"
           << "nav.contents ol { margin-top: 0; columns: 2 18em; }\n"
           << "@media print { body { margin: 0; max-width: none; } h2, h3 { page-break-after: avoid; } "
              ".figure, table, blockquote { page-break-inside: avoid; } }\n"
           << "@page { size: " << pageSize << "; margin: 18mm; }\n"
           << "</style>\n</head>\n<body>\n";
    // A part of a report (the PDF renderer lays a long one out in parts) has no title of its own.
    if (!document.title.isEmpty()) {
        stream << "<h1>" << htmlText(document.title) << "</h1>\n";
    }
    if (!document.subtitle.isEmpty()) {
        stream << "<p class=\"subtitle\">" << htmlText(document.subtitle) << "</p>\n";
    }
    // Sections are numbered in order, so that a link and its heading agree without ids made from text.
    const auto sectionId = [](int section) { return QStringLiteral("section-%1").arg(section); };
    if (contents == Contents::Sections) {
        stream << "<nav class=\"contents\"><p>" << htmlText(tr("Contents")) << "</p>\n<ol>\n";
        int section = 0;
        for (const ReportBlock& block : document.blocks) {
            if (block.kind == ReportBlock::Kind::Heading && std::clamp(block.level, 2, 4) == 2) {
                stream << "<li><a href=\"#" << sectionId(++section) << "\">" << htmlText(block.text)
                       << "</a></li>\n";
            }
        }
        stream << "</ol>\n</nav>\n";
    }
    int section = 0;
    for (const ReportBlock& block : document.blocks) {
        switch (block.kind) {
        case ReportBlock::Kind::Heading: {
            const int level = std::clamp(block.level, 2, 4);
            stream << "<h" << level;
            if (contents == Contents::Sections && level == 2) {
                stream << " id=\"" << sectionId(++section) << '"';
            }
            stream << '>' << htmlText(block.text) << "</h" << level << ">\n";
            break;
        }
        case ReportBlock::Kind::Paragraph:
            stream << "<p>" << htmlText(block.text) << "</p>\n";
            break;
        case ReportBlock::Kind::Callout:
            stream << "<p class=\"ask\">" << htmlText(block.text) << "</p>\n";
            break;
        case ReportBlock::Kind::Bullets:
            stream << "<ul>\n";
            for (const QString& item : block.items) {
                stream << "<li>" << htmlText(item) << "</li>\n";
            }
            stream << "</ul>\n";
            break;
        case ReportBlock::Kind::Quote:
            stream << "<blockquote><p>" << htmlText(block.text) << "</p><p class=\"source\">"
                   << htmlText(block.source) << "</p></blockquote>\n";
            break;
        case ReportBlock::Kind::Table:
            // Attributes as well as CSS: QTextDocument (PDF, ODT) reads the attributes.
            stream << "<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\" width=\"100%\">\n";
            if (!block.caption.isEmpty()) {
                stream << "<caption>" << htmlText(block.caption) << "</caption>\n";
            }
            stream << "<thead><tr>";
            for (const QString& cell : block.header) {
                stream << "<th>" << htmlText(cell) << "</th>";
            }
            stream << "</tr></thead>\n<tbody>\n";
            for (const QStringList& row : block.rows) {
                stream << "<tr>";
                for (const QString& cell : row) {
                    stream << "<td>" << htmlText(cell) << "</td>";
                }
                stream << "</tr>\n";
            }
            stream << "</tbody>\n</table>\n";
            break;
        case ReportBlock::Kind::Chart:
            // A div rather than <figure>: QTextDocument (PDF, ODT) lays out only the HTML subset it knows.
            stream << "<div class=\"figure\"><p>" << charts.value(block.chart) << "</p><p class=\"caption\">"
                   << htmlText(block.caption) << "</p></div>\n";
            break;
        }
    }
    stream << "</body>\n</html>\n";
    return out;
}

QString ReportWriter::checkHtml(const QByteArray& html, const ReportDocument& document) {
    QXmlStreamReader reader(html);
    QString firstHeading;
    int headings = 0;
    QStringList ids;
    QStringList links;
    while (!reader.atEnd()) {
        reader.readNext();
        if (!reader.isStartElement()) {
            continue;
        }
        if (reader.attributes().hasAttribute(QStringLiteral("id"))) {
            ids << reader.attributes().value(QStringLiteral("id")).toString();
        }
        if (reader.name() == u"a" && reader.attributes().value(QStringLiteral("href")).startsWith(u'#')) {
            links << reader.attributes().value(QStringLiteral("href")).mid(1).toString();
        }
        if (reader.name() == u"h1" && firstHeading.isEmpty()) {
            firstHeading = reader.readElementText(QXmlStreamReader::IncludeChildElements);
        } else if (reader.name() == u"h2") {
            ++headings;
        }
    }
    if (reader.hasError()) {
        return tr("the HTML does not parse at line %1: %2")
            .arg(reader.lineNumber())
            .arg(reader.errorString());
    }
    if (firstHeading != document.title) {
        return tr("the HTML does not start with the report's title");
    }
    for (const QString& link : std::as_const(links)) {
        if (!ids.contains(link)) {
            return tr("the HTML's contents link to “%1”, which it does not have").arg(link);
        }
    }
    qsizetype expected = 0;
    for (const ReportBlock& block : document.blocks) {
        expected += block.kind == ReportBlock::Kind::Heading && block.level <= 2 ? 1 : 0;
    }
    return headings == expected
               ? QString()
               : tr("the HTML has %1 sections where %2 were expected").arg(headings).arg(expected);
}

QString ReportWriter::checkMarkdown(const QByteArray& markdown, const ReportDocument& document) {
    const QString text = QString::fromUtf8(markdown);
    if (!text.startsWith(QStringLiteral("# ") + markdownText(document.title))) {
        return tr("the Markdown does not start with the report's title");
    }
    for (const ReportBlock& block : document.blocks) {
        if (block.kind == ReportBlock::Kind::Heading && block.level <= 2 &&
            !text.contains(QStringLiteral("\n## ") + markdownText(block.text) + QLatin1Char('\n'))) {
            return tr("the Markdown lacks the section “%1”").arg(block.text);
        }
    }
    return QString();
}

} // namespace coherence
