#include "ReportWriter.h"
#include "support/StringMakers.h"

#include <catch2/catch.hpp>

using namespace coherence;

TEST_CASE("An HTML report's contents are checked against its headings", "[reports]") {
    ReportDocument document;
    document.title = QStringLiteral("Assessment report");
    document.heading(QStringLiteral("Scores"), 2);
    document.paragraph(QStringLiteral("Overall score: 43.8"));
    document.heading(QStringLiteral("Health & <care>"), 2);
    document.heading(QStringLiteral("HLT-1 — Access"), 3);
    const QString html = ReportWriter::html(document, {}, ReportWriter::Contents::Sections);
    CHECK(html.contains(u"<li><a href=\"#section-2\">Health &amp; &lt;care&gt;</a></li>"));
    CHECK(html.contains(u"<h2 id=\"section-2\">Health &amp; &lt;care&gt;</h2>"));
    CHECK_FALSE(html.contains(u"HLT-1 — Access</a>")); // sections only
    CHECK(ReportWriter::checkHtml(html.toUtf8(), document).isEmpty());
    // A link whose heading is gone is caught before the file is reported written.
    QString broken = html;
    broken.replace(QStringLiteral("<h2 id=\"section-2\">"), QStringLiteral("<h2>"));
    CHECK(ReportWriter::checkHtml(broken.toUtf8(), document).contains(u"section-2"));
    // Without contents, no list and no ids: the PDF's HTML is unchanged.
    const QString plain = ReportWriter::html(document, {});
    CHECK_FALSE(plain.contains(u"<nav"));
    CHECK_FALSE(plain.contains(u" id=\""));
    CHECK(ReportWriter::checkHtml(plain.toUtf8(), document).isEmpty());
}
