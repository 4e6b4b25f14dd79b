#include "ActionLabels.h"
#include "AssessmentJson.h"
#include "support/CliRunner.h"
#include "support/StringMakers.h"
#include "support/TestData.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QXmlStreamReader>

#include <algorithm>
#include <cmath>

using namespace coherence::test;

namespace {

const QString kSample = QStringLiteral(COHERENCE_SOURCE_DIR "/resources/samples/examplia-ndp-2026-2030.json");

/// What a reader of the file sees: pdftotext for PDF, content.xml for ODT, the text itself otherwise.
QString readableText(const QString& path) {
    if (path.endsWith(u".odt")) {
        return QString::fromUtf8(zipMember(path, QStringLiteral("content.xml")));
    }
    if (!path.endsWith(u".pdf")) {
        return QString::fromUtf8(bytesOf(path));
    }
    QProcess process;
    process.start(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
    REQUIRE(process.waitForFinished(60000));
    REQUIRE(process.exitCode() == 0);
    QString text = QString::fromUtf8(process.readAllStandardOutput());
    // PDF text comes with typographic ligatures; a reader sees "fi" and "fl".
    text.replace(QChar(0xFB00), QStringLiteral("ff"))
        .replace(QChar(0xFB01), QStringLiteral("fi"))
        .replace(QChar(0xFB02), QStringLiteral("fl"))
        .replace(QChar(0xFB03), QStringLiteral("ffi"))
        .replace(QChar(0xFB04), QStringLiteral("ffl"));
    return text;
}

QString pdfInfo(const QString& path) {
    QProcess process;
    process.start(QStringLiteral("pdfinfo"), {path});
    REQUIRE(process.waitForFinished(60000));
    return QString::fromUtf8(process.readAllStandardOutput());
}

/// The sample with hostile text in a note, a private note, a citation and an assessor's name.
QString hostileSample(const QTemporaryDir& dir) {
    QFile file(kSample);
    REQUIRE(file.open(QIODevice::ReadOnly));
    QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    QJsonArray ratings = root.value(QStringLiteral("ratings")).toArray();
    for (qsizetype i = 0; i < ratings.size(); ++i) {
        QJsonObject rating = ratings.at(i).toObject();
        if (rating.value(QStringLiteral("criterion")).toString() == u"LAB-3") {
            rating.insert(QStringLiteral("note"),
                          QStringLiteral("<script>alert(1)</script> </td></tr> **bold**"));
            rating.insert(QStringLiteral("privateNote"), QStringLiteral("SECRET-PRIVATE-NOTE"));
        }
        if (rating.value(QStringLiteral("criterion")).toString() == u"LAB-2") {
            QJsonArray citations = rating.value(QStringLiteral("citations")).toArray();
            QJsonObject budget = citations.at(1).toObject(); // the first budget line: quoted in briefings
            budget.insert(QStringLiteral("excerpt"),
                          QStringLiteral("Fees <b>banned</b> & **capped** </td></tr>"));
            citations.replace(1, budget);
            rating.insert(QStringLiteral("citations"), citations);
        }
        ratings.replace(i, rating);
    }
    root.insert(QStringLiteral("ratings"), ratings);
    const QString path = dir.filePath(QStringLiteral("hostile.json"));
    QFile out(path);
    REQUIRE(out.open(QIODevice::WriteOnly));
    out.write(QJsonDocument(root).toJson());
    return path;
}

} // namespace

TEST_CASE("Every template in every format is written, checked and readable", "[cli][reports]") {
    QTemporaryDir dir;
    for (const QString& reportTemplate :
         {QStringLiteral("briefing"), QStringLiteral("full"), QStringLiteral("workshop")}) {
        for (const QString& format :
             {QStringLiteral("pdf"), QStringLiteral("odt"), QStringLiteral("html"), QStringLiteral("md")}) {
            INFO(reportTemplate.toStdString() << " " << format.toStdString());
            const QString out = dir.filePath(reportTemplate + QLatin1Char('.') + format);
            const CliRun run =
                runCli({QStringLiteral("report"), kSample, QStringLiteral("--template"), reportTemplate,
                        QStringLiteral("--format"), format, QStringLiteral("-o"), out});
            INFO(run.err.toStdString());
            REQUIRE(run.exitCode == 0);
            CHECK(run.err.isEmpty());
            const QString text = readableText(out).simplified();
            CHECK(text.contains(u"Republic of Examplia"));
            CHECK(text.contains(u"43.8"));                                   // the overall score
            CHECK(text.contains(u"Migration screening of sector policies")); // the first gap's title
            if (reportTemplate == u"briefing") {
                CHECK(text.contains(u"Headline findings"));
                CHECK(text.contains(u"Priority gaps and what to ask for"));
            } else if (reportTemplate == u"full") {
                CHECK(text.contains(u"Action plan"));
                CHECK(text.contains(u"Propose a")); // the first action (table cells wrap in a PDF)
                CHECK(text.contains(u"Planning Commission"));
                CHECK(text.contains(u"4b2619ebad15e1971e4ad1b1ea016f85ac1414a45a9cfd66e25d409f167e3c0f"));
            } else {
                CHECK(text.contains(u"Mechanisms in place"));
                CHECK(text.contains(u"Preliminary recommendations"));
                CHECK(text.contains(u"A. Reviewer (fictional)"));
            }
            // Private notes never, unless asked for in the full report.
            CHECK_FALSE(text.contains(u"Ask the Planning Commission whether the decree is drafted"));
        }
    }
    // A briefing note is 2–4 pages.
    const QString info = pdfInfo(dir.filePath(QStringLiteral("briefing.pdf")));
    const int pages =
        info.section(QStringLiteral("Pages:"), 1).simplified().section(QLatin1Char(' '), 0, 0).toInt();
    CHECK(pages >= 2);
    CHECK(pages <= 4);
    CHECK(info.contains(u"595 x 842 pts (A4)"));
    QFile html(dir.filePath(QStringLiteral("full.html")));
    REQUIRE(html.open(QIODevice::ReadOnly));
    const QByteArray bytes = html.readAll();
    QXmlStreamReader reader(bytes);
    while (!reader.atEnd()) {
        reader.readNext();
    }
    CHECK_FALSE(reader.hasError());
    CHECK(bytes.contains("<svg")); // charts inline
    CHECK_FALSE(bytes.contains("<script"));
    CHECK_FALSE(bytes.contains("src=\"http")); // nothing is fetched from anywhere
}

TEST_CASE("The charts of an ODT report keep their shape", "[cli][reports]") {
    // Qt's ODF writer, which wrote Coherence's ODT before OdtWriter, framed an image given a width only at
    // its full pixel height: the radar came out 420 pt wide and 630 pt high, squeezed, in LibreOffice.
    // Every frame must have its picture's shape.
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("full.odt"));
    REQUIRE(runCli({QStringLiteral("report"), kSample, QStringLiteral("--template"), QStringLiteral("full"),
                    QStringLiteral("--format"), QStringLiteral("odt"), QStringLiteral("-o"), out})
                .exitCode == 0);
    const QString content = QString::fromUtf8(zipMember(out, QStringLiteral("content.xml")));
    static const QRegularExpression frame(QStringLiteral(
        R"re(<draw:frame [^>]*svg:width="([0-9.]+)cm" svg:height="([0-9.]+)cm"[^>]*>(.*?)</draw:frame>)re"));
    static const QRegularExpression image(QStringLiteral(R"re(<draw:image xlink:href="([^"]+)")re"));
    int frames = 0;
    for (const QRegularExpressionMatch& match : frame.globalMatch(content)) {
        const double frameShape = match.captured(1).toDouble() / match.captured(2).toDouble();
        QStringList pictures;
        for (const QRegularExpressionMatch& href : image.globalMatch(match.captured(3))) {
            pictures << href.captured(1);
        }
        REQUIRE(pictures.size() == 1);
        const QByteArray png = zipMember(out, pictures.first());
        REQUIRE(png.startsWith("\x89PNG"));
        // The IHDR chunk: width and height, big-endian, at bytes 16 and 20.
        const auto be32 = [&png](int at) {
            return (quint32(quint8(png[at])) << 24) | (quint32(quint8(png[at + 1])) << 16) |
                   (quint32(quint8(png[at + 2])) << 8) | quint32(quint8(png[at + 3]));
        };
        INFO(pictures.first().toStdString()
             << ": picture " << be32(16) << "x" << be32(20) << ", frame " << match.captured(1).toStdString()
             << "x" << match.captured(2).toStdString() << " cm");
        CHECK(std::abs(frameShape / (double(be32(16)) / be32(20)) - 1) < 0.01);
        ++frames;
    }
    CHECK(frames == 2); // the radar and the bars
}

TEST_CASE("An ODT report's sections and criteria are headings at the HTML's levels", "[cli][reports]") {
    // Before OdtWriter, headings were bold paragraphs: no Navigator, no table of contents, and a heading
    // could end a page in LibreOffice. Every heading of every template is now a text:h with its level,
    // in a heading style (which keeps it with the next paragraph: tests/core/OdtWriterTests.cpp), and
    // the package passes unzip's test.
    QTemporaryDir dir;
    for (const QString& reportTemplate :
         {QStringLiteral("briefing"), QStringLiteral("full"), QStringLiteral("workshop")}) {
        INFO(reportTemplate.toStdString());
        const QString odt = dir.filePath(reportTemplate + QStringLiteral(".odt"));
        const QString html = dir.filePath(reportTemplate + QStringLiteral(".html"));
        for (const QString& out : {odt, html}) {
            REQUIRE(runCli({QStringLiteral("report"), kSample, QStringLiteral("--template"), reportTemplate,
                            QStringLiteral("--format"), QFileInfo(out).suffix(), QStringLiteral("-o"), out})
                        .exitCode == 0);
        }
        QProcess unzip;
        unzip.start(QStringLiteral("unzip"), {QStringLiteral("-t"), odt});
        REQUIRE(unzip.waitForFinished(60000));
        CHECK(unzip.exitCode() == 0);
        // The HTML's sections and criteria (h2, h3), in order, are the ODT's outline levels 1 and 2.
        const auto headingsOf = [](const QString& xml, const QStringList& elements) {
            QStringList headings;
            QXmlStreamReader reader(xml);
            while (!reader.atEnd()) {
                if (reader.readNext() == QXmlStreamReader::StartElement &&
                    elements.contains(reader.qualifiedName())) {
                    const QString level =
                        reader.qualifiedName() == u"text:h"
                            ? reader.attributes().value(QStringLiteral("text:outline-level")).toString()
                            : QString::number(reader.qualifiedName().mid(1).toInt() - 1);
                    if (reader.qualifiedName() == u"text:h") {
                        CHECK(reader.attributes().value(QStringLiteral("text:style-name")) ==
                              QStringLiteral("Heading_20_%1").arg(level));
                    }
                    headings << level + QLatin1Char(' ') +
                                    reader.readElementText(QXmlStreamReader::IncludeChildElements);
                }
            }
            CHECK_FALSE(reader.hasError());
            return headings;
        };
        const QStringList headings = headingsOf(readableText(odt), {QStringLiteral("text:h")});
        const QStringList expected =
            headingsOf(readableText(html), {QStringLiteral("h2"), QStringLiteral("h3")});
        CHECK(headings.size() > 3);
        CHECK(headings == expected);
    }
}

TEST_CASE("User text is escaped in every format and breaks nothing", "[cli][reports]") {
    QTemporaryDir dir;
    const QString input = hostileSample(dir);
    for (const QString& format :
         {QStringLiteral("pdf"), QStringLiteral("odt"), QStringLiteral("html"), QStringLiteral("md")}) {
        INFO(format.toStdString());
        const QString out = dir.filePath(QStringLiteral("full.") + format);
        const CliRun run =
            runCli({QStringLiteral("report"), input, QStringLiteral("--template"), QStringLiteral("full"),
                    QStringLiteral("--format"), format, QStringLiteral("-o"), out});
        INFO(run.err.toStdString());
        REQUIRE(run.exitCode == 0);
        const QString text = readableText(out);
        if (format == u"html" || format == u"odt") {
            CHECK(text.contains(u"&lt;script&gt;alert(1)&lt;/script&gt; &lt;/td&gt;&lt;/tr&gt; **bold**"));
            CHECK_FALSE(text.contains(u"<script>"));
            CHECK_FALSE(text.contains(u"<b>banned</b>"));
        } else if (format == u"md") {
            CHECK(text.contains(u"\\<script\\>alert(1)\\</script\\> \\</td\\>\\</tr\\> \\*\\*bold\\*\\*"));
        } else {
            CHECK(text.simplified().contains(u"<script>alert(1)</script> </td></tr> **bold**"));
            CHECK(text.simplified().contains(u"Fees <b>banned</b> & **capped**"));
        }
        CHECK_FALSE(text.contains(u"SECRET-PRIVATE-NOTE"));
    }
    // The briefing quotes the hostile citation; it must survive as text too.
    const QString brief = dir.filePath(QStringLiteral("brief.pdf"));
    REQUIRE(runCli({QStringLiteral("report"), input, QStringLiteral("--format"), QStringLiteral("pdf"),
                    QStringLiteral("-o"), brief})
                .exitCode == 0);
    CHECK(readableText(brief).simplified().contains(u"Fees <b>banned</b> & **capped** </td></tr>"));
}

TEST_CASE("Report options: private notes, anonymity, overall score, page size", "[cli][reports]") {
    QTemporaryDir dir;
    const QString input = hostileSample(dir);
    const QString withNotes = dir.filePath(QStringLiteral("notes.md"));
    REQUIRE(runCli({QStringLiteral("report"), input, QStringLiteral("--template"), QStringLiteral("full"),
                    QStringLiteral("--format"), QStringLiteral("md"), QStringLiteral("--private-notes"),
                    QStringLiteral("-o"), withNotes})
                .exitCode == 0);
    CHECK(readableText(withNotes).contains(u"SECRET-PRIVATE-NOTE"));
    const QString briefWithNotes = dir.filePath(QStringLiteral("brief-notes.md"));
    REQUIRE(runCli({QStringLiteral("report"), input, QStringLiteral("--template"), QStringLiteral("briefing"),
                    QStringLiteral("--format"), QStringLiteral("md"), QStringLiteral("--private-notes"),
                    QStringLiteral("-o"), briefWithNotes})
                .exitCode == 0);
    CHECK_FALSE(readableText(briefWithNotes).contains(u"SECRET-PRIVATE-NOTE"));

    const QString anonymous = dir.filePath(QStringLiteral("anonymous.pdf"));
    REQUIRE(runCli({QStringLiteral("report"), input, QStringLiteral("--template"), QStringLiteral("workshop"),
                    QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("--anonymise"),
                    QStringLiteral("--hide-overall"), QStringLiteral("--page"), QStringLiteral("letter"),
                    QStringLiteral("-o"), anonymous})
                .exitCode == 0);
    const QString text = readableText(anonymous).simplified();
    CHECK_FALSE(text.contains(u"A. Reviewer"));
    CHECK(text.contains(u"2 assessors, names withheld"));
    CHECK_FALSE(text.contains(u"Overall score"));
    CHECK(pdfInfo(anonymous).contains(u"612 x 792 pts (letter)"));
}

TEST_CASE("Report errors are one line and write nothing", "[cli][reports]") {
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("out.pdf"));
    requireCleanFailure(runCli({QStringLiteral("report"), kSample, QStringLiteral("--format"),
                                QStringLiteral("docx"), QStringLiteral("-o"), out}));
    // Without a format, and an output name that does not say one: the usage names it, instead of
    // "unknown format """.
    const CliRun noFormat = runCli(
        {QStringLiteral("report"), kSample, QStringLiteral("-o"), dir.filePath(QStringLiteral("out.txt"))});
    requireCleanFailure(noFormat);
    CHECK(noFormat.exitCode == 2);
    CHECK(noFormat.err.contains(u"--format pdf|odt|html|md unless OUT ends in .pdf, .odt, .html or .md"));
    CHECK_FALSE(QFile::exists(dir.filePath(QStringLiteral("out.txt"))));
    requireCleanFailure(
        runCli({QStringLiteral("report"), kSample, QStringLiteral("--template"), QStringLiteral("memo"),
                QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("-o"), out}));
    requireCleanFailure(
        runCli({QStringLiteral("report"), kSample, QStringLiteral("--format"), QStringLiteral("pdf"),
                QStringLiteral("-o"), QStringLiteral("/nonexistent/dir/out.pdf")}));
    requireCleanFailure(runCli(
        {QStringLiteral("report"), QStringLiteral(COHERENCE_TEST_DATA_DIR "/bad/future-schema.coherence"),
         QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("-o"), out}));
    CHECK_FALSE(QFile::exists(out));
}

TEST_CASE("Without its report module the CLI still runs, and PDF says what is missing", "[cli][reports]") {
    // coherence-cli links QtCore only and opens coherence-report.so for PDF and ODT alone: a copy
    // of the executable with no module beside it (and none installed) shows both halves of that.
    QTemporaryDir dir;
    const QString lonely = dir.filePath(QStringLiteral("bin/coherence-cli"));
    REQUIRE(QDir().mkpath(dir.filePath(QStringLiteral("bin"))));
    REQUIRE(QFile::copy(QStringLiteral(COHERENCE_CLI_PATH), lonely));

    const CliRun score = runCli({QStringLiteral("score"), kSample}, {}, lonely);
    REQUIRE(score.exitCode == 0);
    CHECK(score.out.contains(u"Overall score"));
    const CliRun html =
        runCli({QStringLiteral("report"), kSample, QStringLiteral("--format"), QStringLiteral("html"),
                QStringLiteral("-o"), dir.filePath(QStringLiteral("r.html"))},
               {}, lonely);
    CHECK(html.exitCode == 0);

    const QString out = dir.filePath(QStringLiteral("r.pdf"));
    const CliRun pdf = runCli({QStringLiteral("report"), kSample, QStringLiteral("--format"),
                               QStringLiteral("pdf"), QStringLiteral("-o"), out},
                              {}, lonely);
    requireCleanFailure(pdf);
    CHECK(pdf.err.contains(u"report module coherence-report.so"));
    CHECK(pdf.err.contains(dir.filePath(QStringLiteral("bin"))));
    CHECK_FALSE(QFile::exists(out));
}

TEST_CASE("The full HTML report opens with its sections, each linked to its heading", "[cli][reports]") {
    // A browser has no bookmarks pane for a web page: the full report's many sections get a contents
    // list instead. The briefing note and the workshop summary, read through, have none.
    QTemporaryDir dir;
    for (const QString& reportTemplate : {QStringLiteral("full"), QStringLiteral("briefing")}) {
        INFO(reportTemplate.toStdString());
        const QString out = dir.filePath(reportTemplate + QStringLiteral(".html"));
        REQUIRE(runCli({QStringLiteral("report"), kSample, QStringLiteral("--template"), reportTemplate,
                        QStringLiteral("--format"), QStringLiteral("html"), QStringLiteral("-o"), out})
                    .exitCode == 0);
        QStringList links;    // the contents' entries: target and text
        QStringList sections; // the h2 headings: id and text
        QXmlStreamReader reader(readableText(out));
        while (!reader.atEnd()) {
            if (reader.readNext() != QXmlStreamReader::StartElement) {
                continue;
            }
            if (reader.name() == u"a") {
                const QString target = reader.attributes().value(QStringLiteral("href")).toString();
                links << target + QLatin1Char(' ') + reader.readElementText();
            } else if (reader.name() == u"h2") {
                const QString id = reader.attributes().value(QStringLiteral("id")).toString();
                sections << QLatin1Char('#') + id + QLatin1Char(' ') + reader.readElementText();
            }
        }
        REQUIRE_FALSE(reader.hasError());
        if (reportTemplate == u"full") {
            CHECK(sections.size() >= 15); // scores, twelve areas, action plan, gaps, warnings, method
            CHECK(links == sections);
            CHECK(sections.first() == u"#section-1 Scores");
        } else {
            CHECK(links.isEmpty());
        }
    }
}

TEST_CASE("A report's action plan says what a reader says, not what the file stores", "[cli][reports]") {
    // The file keeps "in-progress", "high" and "2026-06-30"; the report is read by people.
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("full.md"));
    REQUIRE(runCli({QStringLiteral("report"), kSample, QStringLiteral("--template"), QStringLiteral("full"),
                    QStringLiteral("-o"), out})
                .exitCode == 0);
    const QString text = readableText(out);
    const QString due = QStringLiteral("30 Jun 2026").replace(QLatin1Char(' '), QChar(0x00A0));
    CHECK(text.contains(
        QStringLiteral("| Ask the Planning Commission for the decree establishing the Coordination "
                       "Committee | PRO-2 | Planning Commission |  | %1 | In progress | High |")
            .arg(due)));
    CHECK(text.contains(u"| Planned | Low |"));
    CHECK_FALSE(text.contains(u"in-progress"));
    CHECK_FALSE(text.contains(u"2026-06-30"));
}

TEST_CASE("A PDF report's tables break no word and no date", "[cli][reports]") {
    // Qt's layout of a table of automatic width broke words well before the table was full: the
    // action plan read "Priorit y", "disaggregati ons" and "2027-06-3 0". Every word of the action plan
    // must come out of the PDF whole, on A4 and on Letter.
    const coherence::AssessmentLoadResult sample = coherence::AssessmentJson::fromFile(kSample);
    REQUIRE(sample.ok());
    QStringList cells{QStringLiteral("Action"),   QStringLiteral("Criterion"), QStringLiteral("Lead"),
                      QStringLiteral("Partners"), QStringLiteral("Due"),       QStringLiteral("Status"),
                      QStringLiteral("Priority")};
    QStringList dates;
    for (const coherence::ActionItem& action : sample.assessment->actions()) {
        cells << action.title << action.criterionId << action.leadInstitution << action.partners
              << coherence::ActionLabels::status(action.status)
              << coherence::ActionLabels::priority(action.priority);
        dates << coherence::ActionLabels::dueDate(action.due);
    }
    // Words as a line may break them: at spaces, and after a hyphen ("migrant-|inclusive").
    const QRegularExpression space(QStringLiteral("[\\s\\x{00A0}]+|(?<=-)"));
    QTemporaryDir dir;
    for (const QString& page : {QStringLiteral("a4"), QStringLiteral("letter")}) {
        INFO(page.toStdString());
        const QString out = dir.filePath(page + QStringLiteral(".pdf"));
        REQUIRE(runCli({QStringLiteral("report"), kSample, QStringLiteral("--template"),
                        QStringLiteral("full"), QStringLiteral("--page"), page, QStringLiteral("-o"), out})
                    .exitCode == 0);
        const QString text = readableText(out);
        const qsizetype start = text.indexOf(QStringLiteral("Action plan\n"));
        const qsizetype end = text.indexOf(QStringLiteral("Gaps by priority\n"));
        REQUIRE(start >= 0);
        REQUIRE(end > start);
        const QString section = text.mid(start, end - start);
        const QStringList words = section.split(space, Qt::SkipEmptyParts);
        for (const QString& cell : cells) {
            for (const QString& word : cell.split(space, Qt::SkipEmptyParts)) {
                INFO(word.toStdString());
                CHECK(words.contains(word));
            }
        }
        const QStringList lines = section.split(QLatin1Char('\n'));
        for (QString date : dates) {
            date.replace(QChar(0x00A0), QLatin1Char(' '));
            INFO(date.toStdString());
            CHECK(std::any_of(lines.cbegin(), lines.cend(),
                              [&](const QString& line) { return line.contains(date); }));
        }
    }
}

TEST_CASE("report --language writes the whole report in that language", "[cli][reports]") {
    // A French NGO's briefing note from the command line reads as one from the French window: headings,
    // labels, the action plan's words and its dates, not only the rubric's texts.
    QTemporaryDir dir;
    const auto write = [&](const QString& name, const QStringList& extra) {
        const QString out = dir.filePath(name);
        const CliRun run = runCli(QStringList{QStringLiteral("report"), kSample, QStringLiteral("--template"),
                                              QStringLiteral("full"), QStringLiteral("-o"), out} +
                                  extra);
        REQUIRE(run.exitCode == 0);
        CHECK(run.err.isEmpty());
        return readableText(out);
    };
    const QString french =
        write(QStringLiteral("fr.md"), {QStringLiteral("--language"), QStringLiteral("fr")});
    CHECK(french.startsWith(u"# Rapport d'évaluation"));
    CHECK(french.contains(u"## Plan d'action"));
    CHECK(french.contains(u"## Travail et emploi"));                          // the rubric's own French
    CHECK(french.contains(u"| 30\u00a0juin\u00a02026 | En cours | Haute |")); // a date never split
    CHECK(french.contains(u"| Dernière modification | vendredi 20 mars 2026 |"));
    CHECK(french.contains(u"43,8 sur 100")); // numbers as French writes them
    CHECK(french.contains(u"| Travail et emploi | 62,5 | 100,0% |"));
    // The charts of the HTML report: French legends and values.
    const QString frenchHtml =
        write(QStringLiteral("fr.html"), {QStringLiteral("--language"), QStringLiteral("fr")});
    CHECK(frenchHtml.contains(u">couverture %</text>"));
    CHECK(frenchHtml.contains(u"Travail et emploi (62,5)"));
    CHECK_FALSE(frenchHtml.contains(u">coverage %</text>"));
    CHECK_FALSE(french.contains(u"## Action plan"));
    // PDF goes through the report module, which has a core of its own: the same translation.
    const QString spanishPdf =
        write(QStringLiteral("es.pdf"), {QStringLiteral("--language"), QStringLiteral("es")});
    CHECK(spanishPdf.contains(u"Plan de acción"));
    CHECK(spanishPdf.contains(u"Prevista"));
    // English, asked for or not, is as it was.
    const QString english =
        write(QStringLiteral("en.md"), {QStringLiteral("--language"), QStringLiteral("en")});
    CHECK(english == write(QStringLiteral("default.md"), {}));
    CHECK(english.contains(u"## Action plan"));

    // A language neither Coherence nor the rubric has is a mistyped code: refused, nothing written.
    const QString german = dir.filePath(QStringLiteral("de.md"));
    const CliRun refused = runCli({QStringLiteral("report"), kSample, QStringLiteral("--language"),
                                   QStringLiteral("de"), QStringLiteral("-o"), german});
    requireCleanFailure(refused);
    CHECK(refused.exitCode == 2);
    CHECK(refused.err.contains(u"\"de\""));
    CHECK(refused.err.contains(u"en, es, fr"));
    CHECK_FALSE(QFileInfo::exists(german));
}

TEST_CASE("Without --format, a report takes its format from the output's name", "[cli][reports]") {
    QTemporaryDir dir;
    const QList<std::pair<QString, QByteArray>> cases{{QStringLiteral("note.odt"), "PK"},
                                                      {QStringLiteral("NOTE.PDF"), "%PDF-"},
                                                      {QStringLiteral("note.htm"), "<!DOCTYPE html>"},
                                                      {QStringLiteral("note.markdown"), "# Briefing note"}};
    for (const auto& [name, start] : cases) {
        INFO(name.toStdString());
        const QString out = dir.filePath(name);
        const CliRun run = runCli({QStringLiteral("report"), kSample, QStringLiteral("-o"), out});
        INFO(run.err.toStdString());
        REQUIRE(run.exitCode == 0);
        CHECK(bytesOf(out).startsWith(start));
    }
    // A --format given is the format written, whatever the name says.
    const QString out = dir.filePath(QStringLiteral("really-html.pdf"));
    REQUIRE(runCli({QStringLiteral("report"), kSample, QStringLiteral("--format"), QStringLiteral("html"),
                    QStringLiteral("-o"), out})
                .exitCode == 0);
    CHECK(bytesOf(out).startsWith("<!DOCTYPE html>"));
}
