#include "ReportWriter.h"
#include "RubricMarkdown.h"
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

TEST_CASE("Markdown escapes what would be markup and nothing else", "[reports]") {
    // Numbers are printed as they are: a backslash before a digit is no escape in CommonMark, and
    // every score in a Markdown report's tables once came out as "\35.0".
    CHECK(RubricMarkdown::escape(QStringLiteral("35.0")) == u"35.0");
    CHECK(RubricMarkdown::escape(QStringLiteral("100.0%")) == u"100.0%");
    CHECK(RubricMarkdown::escape(QStringLiteral("2026-2030")) == u"2026-2030");
    CHECK(RubricMarkdown::escape(QStringLiteral("1.5 times")) == u"1.5 times");
    // A line that would start a list or underline a heading gets its marker escaped.
    CHECK(RubricMarkdown::escape(QStringLiteral("1. First")) == u"1\\. First");
    CHECK(RubricMarkdown::escape(QStringLiteral("12) Twelfth")) == u"12\\) Twelfth");
    CHECK(RubricMarkdown::escape(QStringLiteral("2026.")) == u"2026\\.");
    CHECK(RubricMarkdown::escape(QStringLiteral("1234567890. Not a marker")) == u"1234567890. Not a marker");
    CHECK(RubricMarkdown::escape(QStringLiteral("- item")) == u"\\- item");
    CHECK(RubricMarkdown::escape(QStringLiteral("+")) == u"\\+");
    CHECK(RubricMarkdown::escape(QStringLiteral("-5 points")) == u"-5 points");
    CHECK(RubricMarkdown::escape(QStringLiteral("===")) == u"\\===");
    // Inline markup anywhere; an ampersand only where it would start an entity.
    CHECK(RubricMarkdown::escape(QStringLiteral("*a* _b_ [c](d) <e> `f` #g |h ~i")) ==
          u"\\*a\\* \\_b\\_ \\[c\\](d) \\<e\\> \\`f\\` \\#g \\|h \\~i");
    CHECK(RubricMarkdown::escape(QStringLiteral("R&D, AT&amp;T, &#38;, & more")) ==
          u"R&D, AT\\&amp;T, \\&\\#38;, & more"); // "#" is escaped anywhere
}

TEST_CASE("A Markdown report's numeric cells carry no backslash", "[reports]") {
    ReportDocument document;
    document.title = QStringLiteral("Assessment report");
    document.table({QStringLiteral("Area"), QStringLiteral("Score")},
                   {{QStringLiteral("Health"), QStringLiteral("35.0")},
                    {QStringLiteral("- dashes"), QStringLiteral("1. listed")}});
    const QString markdown = ReportWriter::markdown(document);
    CHECK(markdown.contains(u"| Health | 35.0 |"));
    CHECK(markdown.contains(u"| \\- dashes | 1\\. listed |"));
}
