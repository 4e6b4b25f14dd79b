#pragma once

#include "ReportDocument.h"

#include <QList>
#include <QString>

#include <functional>

namespace coherence {

/**
 * The widths of a report table's columns, as a browser lays out a table of automatic width across
 * the text: each column gets at least its longest word, so that no word is broken ("Priorit|y",
 * "2027-06-3|0"), then the rest of the width in proportion to how much more its longest line wants.
 * A word processor keeps whatever widths it is given, and Qt's own table layout breaks words long
 * before the table is full, so both the ODT and the PDF are given these.
 */
class TableColumnWidths {
public:
    /// The width of @p text on one line, in the unit of the text width; @p header for a header cell.
    using Measure = std::function<double(const QString& text, bool header)>;

    /// Widths of @p table's columns that add up to @p textWidth; @p cellPadding is what a cell's
    /// padding and borders take beside its text. Where even the longest words do not fit, each column
    /// gets its share of the width in proportion to its longest word.
    static QList<double> fit(const ReportBlock& table, double textWidth, double cellPadding,
                             const Measure& measure);
};

} // namespace coherence
