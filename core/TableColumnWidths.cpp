#include "TableColumnWidths.h"

#include <algorithm>
#include <numeric>

namespace coherence {

QList<double> TableColumnWidths::fit(const ReportBlock& table, double textWidth, double cellPadding,
                                     const Measure& measure) {
    QList<double> least;
    QList<double> wanted;
    for (qsizetype column = 0; column < table.header.size(); ++column) {
        double longestLine = 0;
        double longestWord = 0;
        const auto take = [&](const QString& cell, bool header) {
            for (const QString& line : cell.split(QLatin1Char('\n'))) {
                longestLine = std::max(longestLine, measure(line, header));
                for (const QString& word : line.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
                    longestWord = std::max(longestWord, measure(word, header));
                }
            }
        };
        take(table.header.at(column), true);
        for (const QStringList& row : table.rows) {
            take(row.value(column), false);
        }
        // An empty column still gets room for a character, so that the total is never zero.
        const double character = measure(QStringLiteral("n"), false);
        least.append(longestWord + cellPadding);
        wanted.append(std::max(longestLine, character) + cellPadding);
    }
    const double leastTotal = std::accumulate(least.cbegin(), least.cend(), 0.0);
    const double wantedTotal = std::accumulate(wanted.cbegin(), wanted.cend(), 0.0);
    QList<double> widths;
    for (qsizetype column = 0; column < least.size(); ++column) {
        if (wantedTotal <= textWidth) {
            widths.append(textWidth * wanted.at(column) / wantedTotal);
        } else if (leastTotal < textWidth) {
            widths.append(least.at(column) + (textWidth - leastTotal) *
                                                 (wanted.at(column) - least.at(column)) /
                                                 (wantedTotal - leastTotal));
        } else {
            widths.append(textWidth * least.at(column) / leastTotal);
        }
    }
    return widths;
}

} // namespace coherence
