#pragma once

#include <QFont>
#include <QGlyphRun>
#include <QList>
#include <QString>
#include <QTextLayout>

#include <memory>

class QPainter;
class QRect;

namespace coherence {

/// A plain text wrapped at word boundaries to a width, line for line and pixel for pixel as
/// QPainter::drawText(rect, Qt::TextWordWrap, text) draws it and QFontMetrics::boundingRect()
/// measures it, but shaped once, whatever widths it is laid out at, and drawn from the glyphs already
/// shaped: those two shape the whole text again at every call, and a widget that measures its text
/// for a layout and then paints it calls them several times for one frame (docs/performance.md).
///
/// Once: QTextLayout shapes a text anew each time it is laid out (beginLayout() drops the glyphs),
/// so the text is laid out once as one unbroken line per paragraph, and the lines for a width are
/// found here, by Qt's rule: a line may break where Unicode's line breaking allows and after any run
/// of spaces; it takes the next word while the text up to that word's end, plus how far the word's
/// last glyph's ink reaches past its advance, is not wider than the line; the spaces after a word
/// hang at the end of its line; a word wider than a line has a line of its own. Each line is drawn
/// as its characters' glyphs, moved to the line's start. Tests compare heights and pixels with
/// QPainter::drawText() for every text of the built-in rubric at widths a few pixels apart. Text that rule
/// does not cover (right-to-left or bidirectional text, tabs, soft hyphens, characters outside the basic
/// plane, glyphs that stand for more or fewer than one character, more than one font) is laid out
/// by QTextLayout at each width, as before.
class WrappedTextLayout {
public:
    WrappedTextLayout() = default;
    WrappedTextLayout(const WrappedTextLayout&) = delete;
    WrappedTextLayout& operator=(const WrappedTextLayout&) = delete;
    ~WrappedTextLayout();

    /// The text, the font it is drawn in and the direction of the widget it is drawn on (which
    /// QPainter::drawText() takes from the painter); the layout is kept while all stay the same.
    void setText(const QString& text, const QFont& font, Qt::LayoutDirection direction = Qt::LeftToRight);
    [[nodiscard]] const QString& text() const { return m_text; }

    /// The height of the text wrapped to @p width pixels: QFontMetrics(font).boundingRect(QRect(0, 0,
    /// width, …), Qt::TextWordWrap, text).height().
    [[nodiscard]] int height(int width);
    /// Draws the text in the painter's pen as painter.drawText(@p rect, Qt::TextWordWrap |
    /// Qt::AlignLeft | Qt::AlignTop, text) does: wrapped to the rectangle's width, clipped to it.
    void draw(QPainter& painter, const QRect& rect);

private:
    /// Where a paragraph may break: [start, end), of which the characters before wordEnd are drawn
    /// and the rest are spaces; x positions are in the paragraph's unbroken line.
    struct Segment {
        int start = 0;
        int wordEnd = 0;
        int end = 0;
        qreal startX = 0;
        qreal wordEndX = 0;
        /// How far the ink of the word's last glyph reaches past its advance (a negative right
        /// bearing, as Qt counts it when it decides whether the word fits).
        qreal overhang = 0;
    };
    struct Paragraph {
        int start = 0;
        qsizetype firstSegment = 0;
        qsizetype endSegment = 0;
        qreal height = 0; ///< ascent and descent of its lines
        QGlyphRun glyphs; ///< one per character, positioned in the unbroken line
    };
    /// A line at the current width: characters [start, end) of the unbroken line of its paragraph,
    /// which begin at x = startX there, drawn y pixels down.
    struct Line {
        int paragraph = 0;
        int start = 0;
        int end = 0;
        qreal startX = 0;
        qreal y = 0;
    };

    void layOut(int width);
    /// The lines of the text shaped once, at @p width pixels, with @p leading before each.
    void breakIntoLines(int width, qreal leading);
    /// Lays the text out as one unbroken line per paragraph and finds where it may break; false,
    /// leaving the layout to wrap at each width, when the text needs more than this class's rule.
    bool shapeOnce();
    [[nodiscard]] static bool isWithinRule(const QString& text);

    QString m_text;
    QFont m_font;
    Qt::LayoutDirection m_direction = Qt::LeftToRight;
    std::unique_ptr<QTextLayout> m_layout;
    /// Set once the text is shaped (see shapeOnce()): lines are then found here, not by m_layout.
    bool m_shapedOnce = false;
    bool m_shapeTried = false;
    QList<Segment> m_segments;
    QList<Paragraph> m_paragraphs;
    QList<Line> m_lines;
    int m_width = -1;
    int m_height = 0;
    qreal m_exactHeight = 0;
    qreal m_naturalWidth = 0; ///< of the widest line
};

} // namespace coherence
