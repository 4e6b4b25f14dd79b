#include "TableColumnWidths.h"

#include <catch2/catch.hpp>

#include <numeric>

using namespace coherence;

namespace {

/// One unit a character, headers two: easy to reason about.
double byCharacters(const QString& text, bool header) {
    return double(text.size()) * (header ? 2 : 1);
}

double sum(const QList<double>& widths) {
    return std::accumulate(widths.cbegin(), widths.cend(), 0.0);
}

} // namespace

TEST_CASE("Table columns fill the width, and no column is narrower than its longest word", "[reports]") {
    ReportBlock table;
    table.kind = ReportBlock::Kind::Table;
    table.header = {QStringLiteral("Action"), QStringLiteral("Due"), QStringLiteral("Priority")};
    table.rows = {{QStringLiteral("Add migratory status to the disaggregations of the results matrix"),
                   QStringLiteral("30 Jun 2027"), QStringLiteral("High")},
                  {QStringLiteral("Brief unions"), QString(), QStringLiteral("Medium")}};

    SECTION("a table whose lines all fit gets widths in proportion to its longest lines") {
        const QList<double> widths = TableColumnWidths::fit(table, 200, 2, byCharacters);
        REQUIRE(widths.size() == 3);
        CHECK(sum(widths) == Approx(200));
        // Longest lines: 65 characters, 11, and the header's 8 × 2; each with 2 of padding.
        CHECK(widths.at(0) / widths.at(1) == Approx(67.0 / 13.0));
        CHECK(widths.at(0) / widths.at(2) == Approx(67.0 / 18.0));
    }
    SECTION("a narrow table gives every column its longest word, then shares the rest") {
        const QList<double> widths = TableColumnWidths::fit(table, 60, 2, byCharacters);
        CHECK(sum(widths) == Approx(60));
        CHECK(widths.at(0) >= 15 + 2);      // "disaggregations"
        CHECK(widths.at(1) >= 4 + 2);       // "Jun" and "2027" as words, the header "Due" twice as wide
        CHECK(widths.at(2) >= 2 * 8 + 2);   // the bold header "Priority"
        CHECK(widths.at(0) > widths.at(2)); // the long line wants the rest
    }
    SECTION("where even the longest words do not fit, each column gets its share of them") {
        const QList<double> widths = TableColumnWidths::fit(table, 20, 2, byCharacters);
        CHECK(sum(widths) == Approx(20));
        CHECK(widths.at(0) / widths.at(2) == Approx(17.0 / 18.0));
    }
    SECTION("an empty column still gets room") {
        ReportBlock empty;
        empty.kind = ReportBlock::Kind::Table;
        empty.header = {QString(), QStringLiteral("Note")};
        const QList<double> widths = TableColumnWidths::fit(empty, 100, 0, byCharacters);
        CHECK(sum(widths) == Approx(100));
        CHECK(widths.at(0) > 0);
    }
}
