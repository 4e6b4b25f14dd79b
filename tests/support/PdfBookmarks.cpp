#include "PdfBookmarks.h"

#include <QProcess>
#include <QXmlStreamReader>

#include <stdexcept>

namespace coherence::test {

QList<PdfBookmark> pdfBookmarks(const QString& path) {
    QProcess pdftohtml;
    pdftohtml.start(QStringLiteral("pdftohtml"), {QStringLiteral("-xml"), QStringLiteral("-i"),
                                                  QStringLiteral("-stdout"), QStringLiteral("-q"), path});
    if (!pdftohtml.waitForFinished(60000) || pdftohtml.exitCode() != 0) {
        throw std::runtime_error("pdftohtml cannot read " + path.toStdString());
    }
    const QByteArray complaints = pdftohtml.readAllStandardError();
    if (complaints.contains("rror")) {
        throw std::runtime_error("pdftohtml complains of " + path.toStdString() + ": " +
                                 complaints.toStdString());
    }
    // <outline> nests; each <item page="N">title</item> is a bookmark.
    QList<PdfBookmark> bookmarks;
    int depth = 0;
    QXmlStreamReader reader(pdftohtml.readAllStandardOutput());
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement() && reader.name() == u"outline") {
            ++depth;
        } else if (reader.isEndElement() && reader.name() == u"outline") {
            --depth;
        } else if (reader.isStartElement() && reader.name() == u"item") {
            const int page = reader.attributes().value(QStringLiteral("page")).toInt();
            bookmarks.append({depth, page, reader.readElementText()});
        }
    }
    if (reader.hasError()) {
        throw std::runtime_error("pdftohtml's outline of " + path.toStdString() + " does not parse");
    }
    return bookmarks;
}

} // namespace coherence::test
