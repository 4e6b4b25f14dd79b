#pragma once

#include <QGlyphRun>
#include <QList>
#include <QPointF>
#include <QString>

class QFont;
class QPainter;
class QPaintDevice;
class QTextLayout;

namespace coherence {

/// A plain text shaped once, whose lines for any width are found without shaping it again, and
/// drawn from the glyphs shaped.
///
/// Why: QTextLayout shapes its text anew each time it is laid out (beginLayout() drops the glyphs),
/// and a wrapped text is measured at several widths before a window's first frame (a layout asks
/// for heights at the widths it tries): each one shaped the whole text again (docs/performance.md).
///
/// How: the text is laid out once as one unbroken line per paragraph; the lines for a width are
/// found by Qt's own rule: a line may break where Unicode's line breaking allows and after any run
/// of spaces; it takes the next word while the text up to that word's end, plus how far the word's
/// last glyph's ink reaches past its advance, is not wider than the line; the spaces after a word
/// hang at the end of its line. Each line is drawn as its characters' glyphs, moved to the line's
/// start. The tests compare heights and pixels with QTextLayout and QPainter::drawText() for every
/// text of the built-in rubric at widths a few pixels apart. Text that rule does not cover
/// (right-to-left or bidirectional text, tabs, soft hyphens, characters outside the basic plane,
/// combining marks, more than one font in a paragraph) is refused, and its
/// owner lays it out with QTextLayout at each width, as before.
class ShapedText {
public:
    /// How lines are stacked.
    enum class Spacing {
        /// As QPainter::drawText() and QFontMetrics::boundingRect() stack them (qt_format_text()):
        /// the font's leading before each line, each line on a whole pixel.
        FormattedText,
        /// As QTextLayout lines placed one under the other: each its height (QTextLine::height(),
        /// its ascent and descent on whole pixels).
        LayoutLines,
    };

    /// A line at some width: characters [start, end) of its paragraph, which begin at x = startX in
    /// the paragraph's unbroken line, y pixels down.
    struct Line {
        int paragraph = 0;
        int start = 0;
        int end = 0;
        qreal startX = 0;
        qreal endX = 0;
        qreal y = 0;
    };

    struct Lines {
        QList<Line> lines;
        qreal height = 0;
        qreal naturalWidth = 0; ///< of the widest line, as QTextLine::naturalTextWidth() has it
        /// What QTextLayout::maximumWidth() gives after laying the text out at this width: the sum
        /// of its lines' widths, each with the spaces that end it.
        qreal maximumWidth = 0;
        /// A word wider than the width, on a line of its own: as QTextOption::WordWrap lays it out.
        /// QTextOption::WrapAtWordBoundaryOrAnywhere would break it; the owner then lays it out.
        bool overlongWord = false;
    };

    /// Lays @p layout's text out (its font and options kept, but not wrapped) as one line per
    /// paragraph and keeps what the lines need; false, keeping nothing, when the text is beyond
    /// this class's rule. @p layout is left laid out that way, with its own options back for the
    /// next layout its owner makes. @p device is the one @p layout was made for, if any.
    bool shape(QTextLayout& layout, const QPaintDevice* device = nullptr);
    [[nodiscard]] bool isShaped() const { return !m_paragraphs.isEmpty(); }
    void clear();

    /// The lines at @p width pixels; @p leading is the font's (used by Spacing::FormattedText).
    [[nodiscard]] Lines lines(int width, Spacing spacing, qreal leading) const;
    /// The height of the first paragraph's lines: their ascent and descent.
    [[nodiscard]] qreal lineHeight() const;
    /// Draws @p lines in the painter's pen with the first line's top left at @p origin.
    void draw(QPainter& painter, const QList<Line>& lines, const QPointF& origin) const;

    /// Whether @p text is within the rule (see above) as far as its characters tell.
    [[nodiscard]] static bool isWithinRule(const QString& text);

private:
    /// Finds the segments and paragraphs of @p layout, laid out unbroken; false when the text is
    /// beyond the rule after all (more than one font in a paragraph, a word that ends in a ligature).
    bool findSegments(const QTextLayout& layout, const QPaintDevice* device);

    /// Where a paragraph may break: [start, end), of which the characters before wordEnd are drawn
    /// and the rest are spaces; x positions are in the paragraph's unbroken line.
    struct Segment {
        int start = 0;
        int wordEnd = 0;
        int end = 0;
        qreal startX = 0;
        qreal wordEndX = 0;
        qreal endX = 0;
        /// How far the ink of the word's last glyph reaches past its advance (a negative right
        /// bearing, as Qt counts it when it decides whether the word fits).
        qreal overhang = 0;
    };
    struct Paragraph {
        int start = 0;
        qsizetype firstSegment = 0;
        qsizetype endSegment = 0;
        qreal height = 0; ///< ascent and descent of its lines
        QGlyphRun glyphs; ///< in the order of the characters, positioned in the unbroken line
    };

    QList<Segment> m_segments;
    QList<Paragraph> m_paragraphs;
};

} // namespace coherence
