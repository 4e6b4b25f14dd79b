#include "PdfOutline.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <optional>

namespace coherence {

namespace {

/// The dictionary that starts at @p start ("<<"), nested dictionaries included, without its brackets,
/// in @p dictionary; false if it does not end.
bool dictionaryAt(const QByteArray& pdf, qsizetype start, QByteArray& dictionary) {
    int depth = 0;
    for (qsizetype i = start; i >= 0 && i + 1 < pdf.size(); ++i) {
        if (pdf.at(i) == '<' && pdf.at(i + 1) == '<') {
            ++depth;
            ++i;
        } else if (pdf.at(i) == '>' && pdf.at(i + 1) == '>') {
            if (--depth == 0) {
                dictionary = pdf.mid(start + 2, i - start - 2);
                return true;
            }
            ++i;
        }
    }
    return false;
}

/// Where each object is, from the cross-reference table at @p xref and the tables of the updates before it
/// (/Prev); empty if a table cannot be read. A later update's entry for an object replaces an earlier one's.
QHash<int, qsizetype> objectOffsets(const QByteArray& pdf, qsizetype xref) {
    QHash<int, qsizetype> offsets;
    QSet<qsizetype> seen; // a /Prev chain that loops back is damage, not more updates
    static const QRegularExpression subsection(QStringLiteral(R"(^(\d+) (\d+)\s*$)"));
    static const QRegularExpression prevPattern(QStringLiteral(R"(/Prev\s+(\d+))"));
    while (xref >= 0 && !seen.contains(xref)) {
        seen.insert(xref);
        if (!pdf.mid(xref, 4).startsWith("xref")) {
            return {};
        }
        qsizetype at = pdf.indexOf('\n', xref) + 1;
        while (at > 0 && at < pdf.size() && !pdf.mid(at, 7).startsWith("trailer")) {
            const qsizetype end = pdf.indexOf('\n', at);
            const QRegularExpressionMatch header =
                subsection.match(QString::fromLatin1(pdf.mid(at, end < 0 ? -1 : end - at)));
            if (end < 0 || !header.hasMatch()) {
                return {};
            }
            const int first = header.captured(1).toInt();
            const int count = header.captured(2).toInt();
            at = end + 1;
            for (int i = 0; i < count; ++i, at += 20) {
                if (at + 20 > pdf.size()) {
                    return {};
                }
                // "nnnnnnnnnn ggggg n": an object in use, at that offset.
                if (pdf.at(at + 17) == 'n' && !offsets.contains(first + i)) {
                    offsets.insert(first + i, pdf.mid(at, 10).toLongLong());
                }
            }
        }
        QByteArray dictionary;
        if (!dictionaryAt(pdf, pdf.indexOf("<<", at), dictionary)) {
            return {};
        }
        const QRegularExpressionMatch prev = prevPattern.match(QString::fromLatin1(dictionary));
        xref = prev.hasMatch() ? prev.captured(1).toLongLong() : -1;
    }
    return offsets;
}

/// The dictionary of the object @p number, which the table says is at its offset, in @p dictionary.
bool objectDictionary(const QByteArray& pdf, const QHash<int, qsizetype>& offsets, int number,
                      QByteArray& dictionary) {
    const qsizetype at = offsets.value(number, -1);
    const QByteArray header = QByteArray::number(number) + " 0 obj";
    if (at < 0 || !pdf.mid(at, header.size()).startsWith(header)) {
        return false;
    }
    const qsizetype start = pdf.indexOf("<<", at);
    return start >= 0 && start <= at + header.size() + 8 && dictionaryAt(pdf, start, dictionary);
}

/// The object number of the reference @p key ("/Root 2 0 R") in @p dictionary, if there is one.
std::optional<int> reference(const QByteArray& dictionary, const char* key) {
    const QRegularExpression pattern(QStringLiteral(R"(%1\s+(\d+)\s+0\s+R)").arg(QLatin1String(key)));
    const QRegularExpressionMatch match = pattern.match(QString::fromLatin1(dictionary));
    return match.hasMatch() ? std::optional<int>(match.captured(1).toInt()) : std::nullopt;
}

/// The page objects under the page-tree node @p node, in order; false if the tree cannot be read.
bool collectPages(const QByteArray& pdf, const QHash<int, qsizetype>& offsets, int node, int depth,
                  QList<int>& pages) {
    QByteArray dictionary;
    if (depth > 32 || !objectDictionary(pdf, offsets, node, dictionary)) {
        return false;
    }
    const QString text = QString::fromLatin1(dictionary);
    static const QRegularExpression pagesType(QStringLiteral(R"(/Type\s*/Pages\b)"));
    if (!pagesType.match(text).hasMatch()) {
        pages.append(node);
        return true;
    }
    static const QRegularExpression kids(QStringLiteral(R"(/Kids\s*\[([^\]]*)\])"));
    const QRegularExpressionMatch list = kids.match(text);
    if (!list.hasMatch()) {
        return false;
    }
    static const QRegularExpression kid(QStringLiteral(R"((\d+)\s+0\s+R)"));
    for (const QRegularExpressionMatch& match : kid.globalMatch(list.captured(1))) {
        if (!collectPages(pdf, offsets, match.captured(1).toInt(), depth + 1, pages)) {
            return false;
        }
    }
    return true;
}

/// A PDF text string that holds any text: UTF-16BE with its byte-order mark, in hexadecimal.
QByteArray textString(const QString& text) {
    QByteArray out = "<FEFF";
    for (const QChar c : text) {
        out += QByteArray::number(c.unicode(), 16).rightJustified(4, '0').toUpper();
    }
    return out + '>';
}

QByteArray number(double value) {
    return QByteArray::number(value, 'f', 2);
}

} // namespace

QByteArray PdfOutline::append(const QByteArray& pdf, const QList<Entry>& entries, bool showOutline,
                              QString* error) {
    // The trailer: where the last cross-reference section is, how many objects there are, the catalog.
    const qsizetype startxref = pdf.lastIndexOf("startxref");
    const qsizetype trailer = pdf.lastIndexOf("trailer", startxref);
    static const QRegularExpression offsetAfter(QStringLiteral(R"(^startxref\s+(\d+))"));
    const QRegularExpressionMatch previous =
        startxref < 0 ? QRegularExpressionMatch()
                      : offsetAfter.match(QString::fromLatin1(pdf.mid(startxref, 40)));
    const qsizetype trailerStart = trailer < 0 ? -1 : pdf.indexOf("<<", trailer);
    QByteArray trailerDictionary;
    if (!previous.hasMatch() || trailerStart > startxref ||
        !dictionaryAt(pdf, trailerStart, trailerDictionary)) {
        *error = tr("the PDF has no cross-reference trailer that can be read");
        return QByteArray();
    }
    static const QRegularExpression sizePattern(QStringLiteral(R"(/Size\s+(\d+))"));
    const QRegularExpressionMatch size = sizePattern.match(QString::fromLatin1(trailerDictionary));
    const std::optional<int> root = reference(trailerDictionary, "/Root");
    const std::optional<int> info = reference(trailerDictionary, "/Info");
    const QHash<int, qsizetype> offsets = objectOffsets(pdf, previous.captured(1).toLongLong());
    QByteArray catalog;
    const bool haveCatalog = root && objectDictionary(pdf, offsets, *root, catalog);
    const std::optional<int> pageTree = haveCatalog ? reference(catalog, "/Pages") : std::nullopt;
    QList<int> pages;
    if (!size.hasMatch() || !pageTree || !collectPages(pdf, offsets, *pageTree, 0, pages)) {
        *error = tr("the PDF's catalog or page tree cannot be read");
        return QByteArray();
    }
    for (const Entry& entry : entries) {
        if (entry.page < 1 || entry.page > pages.size() || entry.level < 1) {
            *error = tr("the bookmark “%1” is for page %2 of a PDF of %3 pages")
                         .arg(entry.title)
                         .arg(entry.page)
                         .arg(pages.size());
            return QByteArray();
        }
    }

    // The tree: an entry's parent is the nearest entry before it at a lower level.
    const int outlines = size.captured(1).toInt();
    const auto objectOf = [outlines](qsizetype entry) { return outlines + 1 + int(entry); };
    QList<qsizetype> parents(entries.size(), -1);
    QList<QList<qsizetype>> children(entries.size());
    QList<qsizetype> topLevel;
    QList<qsizetype> open; // the chain of entries the next one may sit under
    for (qsizetype i = 0; i < entries.size(); ++i) {
        while (!open.isEmpty() && entries.at(open.last()).level >= entries.at(i).level) {
            open.removeLast();
        }
        if (open.isEmpty()) {
            topLevel.append(i);
        } else {
            parents[i] = open.last();
            children[open.last()].append(i);
        }
        open.append(i);
    }

    QByteArray out = pdf;
    if (!out.endsWith('\n')) {
        out += '\n';
    }
    QList<std::pair<int, qsizetype>> written; // object, offset
    const auto writeObject = [&](int object, const QByteArray& dictionary) {
        written.append({object, out.size()});
        out += QByteArray::number(object) + " 0 obj\n<<\n" + dictionary + ">>\nendobj\n";
    };

    // The catalog again, pointing to the outline: its new version replaces the old for every reader.
    QByteArray newCatalog = catalog;
    static const QRegularExpression replaced(QStringLiteral(R"(/(Outlines\s+\d+\s+0\s+R|PageMode\s*/\w+))"));
    newCatalog = QString::fromLatin1(newCatalog).remove(replaced).toLatin1();
    if (!newCatalog.endsWith('\n')) {
        newCatalog += '\n';
    }
    newCatalog += "/Outlines " + QByteArray::number(outlines) + " 0 R\n";
    if (showOutline) {
        newCatalog += "/PageMode /UseOutlines\n";
    }
    writeObject(*root, newCatalog);

    // Sections with entries under them are shown closed: the outline of a long report starts as its
    // list of sections. So what a reader sees at first is the top level.
    QByteArray outlineRoot = "/Type /Outlines\n";
    if (!topLevel.isEmpty()) {
        outlineRoot += "/First " + QByteArray::number(objectOf(topLevel.first())) + " 0 R\n/Last " +
                       QByteArray::number(objectOf(topLevel.last())) + " 0 R\n/Count " +
                       QByteArray::number(topLevel.size()) + '\n';
    }
    writeObject(outlines, outlineRoot);
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const QList<qsizetype>& siblings = parents.at(i) < 0 ? topLevel : children.at(parents.at(i));
        const qsizetype index = siblings.indexOf(i);
        QByteArray item = "/Title " + textString(entries.at(i).title) + "\n/Parent " +
                          QByteArray::number(parents.at(i) < 0 ? outlines : objectOf(parents.at(i))) +
                          " 0 R\n";
        if (index > 0) {
            item += "/Prev " + QByteArray::number(objectOf(siblings.at(index - 1))) + " 0 R\n";
        }
        if (index + 1 < siblings.size()) {
            item += "/Next " + QByteArray::number(objectOf(siblings.at(index + 1))) + " 0 R\n";
        }
        if (!children.at(i).isEmpty()) {
            item += "/First " + QByteArray::number(objectOf(children.at(i).first())) + " 0 R\n/Last " +
                    QByteArray::number(objectOf(children.at(i).last())) + " 0 R\n/Count -" +
                    QByteArray::number(children.at(i).size()) + '\n';
        }
        item += "/Dest [" + QByteArray::number(pages.at(entries.at(i).page - 1)) + " 0 R /XYZ null " +
                number(entries.at(i).top) + " null]\n";
        writeObject(objectOf(i), item);
    }

    // The cross-reference section of this update: the catalog alone, then the new objects in a run.
    const qsizetype xref = out.size();
    const auto line = [](qsizetype offset) -> QByteArray {
        return QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
    };
    out += "xref\n" + QByteArray::number(*root) + " 1\n" + line(written.first().second) +
           QByteArray::number(outlines) + ' ' + QByteArray::number(written.size() - 1) + '\n';
    for (qsizetype i = 1; i < written.size(); ++i) {
        out += line(written.at(i).second);
    }
    out += "trailer\n<<\n/Size " + QByteArray::number(outlines + 1 + entries.size()) + "\n/Root " +
           QByteArray::number(*root) + " 0 R\n";
    if (info) {
        out += "/Info " + QByteArray::number(*info) + " 0 R\n";
    }
    out += "/Prev " + previous.captured(1).toLatin1() + "\n>>\nstartxref\n" + QByteArray::number(xref) +
           "\n%%EOF\n";
    return out;
}

} // namespace coherence
