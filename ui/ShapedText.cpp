#include "ShapedText.h"

#include "BidiText.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QTextBoundaryFinder>
#include <QTextLayout>

#include <algorithm>
#include <cmath>
#include <optional>

namespace coherence {

namespace {

/// Half of Qt's smallest unit of length (1/64 pixel): positions compared with it in between are
/// compared exactly.
constexpr qreal kHalfUnit = 1.0 / 128;

/// A line width no unbroken paragraph reaches (QTextLayout's widths are 26.6 fixed-point numbers).
constexpr int kUnbounded = 1 << 24;

/// @p value rounded to Qt's 26.6 fixed point as QFixed::fromReal() rounds it.
qreal toFixedPoint(qreal value) {
    return std::round(value * 64) / 64;
}

/// The index of the first of @p positions (rising from left to right) at or after @p x.
qsizetype firstFrom(const QList<QPointF>& positions, qreal x) {
    return std::distance(
        positions.cbegin(),
        std::lower_bound(positions.cbegin(), positions.cend(), x - kHalfUnit,
                         [](const QPointF& point, qreal value) { return point.x() < value; }));
}

/// Whether Qt's line breaking treats @p c as a space that may hang at the end of a line.
bool isBreakingSpace(QChar c) {
    return c.isSpace() && c.decompositionTag() != QChar::NoBreak && c != QChar::LineSeparator;
}

} // namespace

bool ShapedText::isWithinRule(const QString& text) {
    if (text.isEmpty()) {
        return false;
    }
    return std::none_of(text.cbegin(), text.cend(), [](QChar c) {
        // A combining mark shares a glyph with the letter before it.
        return BidiText::isRightToLeftOrDirectional(c) || c.direction() == QChar::DirNSM || c == u'\t' ||
               c == QChar::SoftHyphen || c.isSurrogate() || c == QChar::ParagraphSeparator ||
               c == QChar::ObjectReplacementCharacter;
    });
}

bool ShapedText::shape(QTextLayout& layout, const QPaintDevice* device) {
    clear();
    const QString& text = layout.text();
    if (layout.textOption().textDirection() != Qt::LeftToRight || !isWithinRule(text)) {
        return false;
    }
    // Unbroken for this one layout; the owner's options are back for its own layouts after it.
    const QTextOption own = layout.textOption();
    QTextOption unbroken = own;
    unbroken.setWrapMode(QTextOption::NoWrap);
    layout.setTextOption(unbroken);
    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(kUnbounded);
        line.setPosition(QPointF(0, 0));
    }
    layout.endLayout();
    layout.setTextOption(own);
    if (!findSegments(layout, device)) {
        clear();
        return false;
    }
    return true;
}

bool ShapedText::findSegments(const QTextLayout& layout, const QPaintDevice* device) {
    const QString& text = layout.text();
    // The bearings of the font the layout uses: at the resolution of the device it draws on.
    const QFontMetricsF metrics(layout.font(), device);
    QTextBoundaryFinder breaks(QTextBoundaryFinder::Line, text);
    int start = 0;
    for (int index = 0; index < layout.lineCount(); ++index) {
        const QTextLine line = layout.lineAt(index);
        // A paragraph ends at a line separator (kept in its line) or at the end of the text.
        int end = line.textStart() + line.textLength();
        if (end > start && text.at(end - 1) == QChar::LineSeparator) {
            --end;
        }
        if (line.textStart() != start) {
            return false; // not one line per paragraph
        }
        Paragraph paragraph{start, m_segments.size(), m_segments.size(), line.ascent() + line.descent(),
                            QGlyphRun()};
        if (end > start) {
            // One font: its glyphs then stand in one run, in the order of the characters.
            const QList<QGlyphRun> runs = layout.glyphRuns(start, end - start);
            if (runs.size() != 1) {
                return false;
            }
            paragraph.glyphs = runs.first();
        }
        const QList<QPointF> positions = paragraph.glyphs.positions();
        // With a glyph per character, a character's x is its glyph's; with ligatures ("fi"), the
        // line says where a character starts (never inside a ligature at a break).
        const bool glyphPerCharacter = positions.size() == end - start;
        const qreal endX = line.cursorToX(end);
        const auto xAt = [&](int position) {
            if (position >= end) {
                return endX;
            }
            return glyphPerCharacter ? positions.at(position - start).x() : line.cursorToX(position);
        };
        // How far the ink of the glyph that ends a word before position reaches past its advance,
        // when that glyph is the last character's own; none when it is a ligature (as in "off").
        const auto overhangBefore = [&](int position) -> std::optional<qreal> {
            if (!glyphPerCharacter) {
                // A glyph starts where the character does (the positions rise from left to right).
                const qreal x = xAt(position - 1);
                const qsizetype glyph = firstFrom(positions, x);
                if (glyph == positions.size() || positions.at(glyph).x() > x + kHalfUnit) {
                    return std::nullopt;
                }
            }
            return std::max<qreal>(0, -toFixedPoint(metrics.rightBearing(text.at(position - 1))));
        };
        // Qt breaks a line where Unicode allows it and, whatever Unicode says, after any run of
        // spaces ("10.7, 10.c" breaks after the comma's space; the line break algorithm alone keeps
        // the numbers together).
        QList<int> boundaries;
        for (breaks.setPosition(start); breaks.toNextBoundary() >= 0 && breaks.position() < end;) {
            if (breaks.boundaryReasons() & QTextBoundaryFinder::BreakOpportunity) {
                boundaries.append(static_cast<int>(breaks.position()));
            }
        }
        for (int position = start + 1; position < end; ++position) {
            if (isBreakingSpace(text.at(position - 1)) && !isBreakingSpace(text.at(position))) {
                boundaries.append(position);
            }
        }
        // Spaces that open a paragraph go with its first word: a line always takes one word.
        int firstWord = start;
        while (firstWord < end && isBreakingSpace(text.at(firstWord))) {
            ++firstWord;
        }
        boundaries.removeIf([firstWord](int position) { return position <= firstWord; });
        boundaries.append(end);
        std::sort(boundaries.begin(), boundaries.end());
        boundaries.erase(std::unique(boundaries.begin(), boundaries.end()), boundaries.end());
        int segmentStart = start;
        for (const int segmentEnd : boundaries) {
            if (segmentEnd <= segmentStart) {
                continue;
            }
            int wordEnd = segmentEnd;
            while (wordEnd > segmentStart && isBreakingSpace(text.at(wordEnd - 1))) {
                --wordEnd;
            }
            Segment segment{segmentStart, wordEnd,         segmentEnd, xAt(segmentStart),
                            xAt(wordEnd), xAt(segmentEnd), 0};
            if (wordEnd > segmentStart) {
                const std::optional<qreal> overhang = overhangBefore(wordEnd);
                if (!overhang) {
                    return false;
                }
                segment.overhang = *overhang;
            }

            m_segments.append(segment);
            segmentStart = segmentEnd;
        }
        paragraph.endSegment = m_segments.size();
        m_paragraphs.append(paragraph);
        start = line.textStart() + line.textLength();
    }
    if (start != text.size()) {
        return false;
    }
    return true;
}

void ShapedText::clear() {
    m_segments.clear();
    m_paragraphs.clear();
}

ShapedText::Lines ShapedText::lines(int width, Spacing spacing, qreal leading) const {
    Lines result;
    const qreal available = std::max(width, 0);
    qreal height = 0;
    for (int index = 0; index < m_paragraphs.size(); ++index) {
        const Paragraph& paragraph = m_paragraphs[index];
        qsizetype first = paragraph.firstSegment;
        do {
            // The first word always; each next one while it fits.
            qsizetype next = std::min(first + 1, paragraph.endSegment);
            const qreal startX = first < paragraph.endSegment ? m_segments[first].startX : 0;
            while (next < paragraph.endSegment &&
                   m_segments[next].wordEndX - startX + m_segments[next].overhang <= available) {
                ++next;
            }
            if (spacing == Spacing::FormattedText) {
                height = std::ceil(height + leading);
            }
            Line line{index, paragraph.start, paragraph.start, startX, startX, height};
            if (first < paragraph.endSegment) {
                const Segment& last = m_segments[next - 1];
                line.start = m_segments[first].start;
                line.end = last.end;
                line.endX = last.endX;
                // As Qt measures a line: with its last glyph's overhang when no space follows it.
                const qreal natural = last.wordEndX - startX + (last.wordEnd < last.end ? 0 : last.overhang);
                result.naturalWidth = std::max(result.naturalWidth, natural);
                result.maximumWidth += natural + (natural > 0 ? last.endX - last.wordEndX : 0);
                const Segment& firstSegment = m_segments[first];
                result.overlongWord =
                    result.overlongWord ||
                    (next == first + 1 && firstSegment.wordEndX - startX + firstSegment.overhang > available);
            }
            result.lines.append(line);
            // QTextLine::height() is on whole pixels; qt_format_text() adds the exact height.
            height += spacing == Spacing::LayoutLines ? std::ceil(paragraph.height) : paragraph.height;
            first = next;
        } while (first < paragraph.endSegment);
    }
    result.height = height;
    return result;
}

qreal ShapedText::lineHeight() const {
    return m_paragraphs.isEmpty() ? 0 : m_paragraphs.first().height;
}

void ShapedText::draw(QPainter& painter, const QList<Line>& lines, const QPointF& origin) const {
    for (const Line& line : lines) {
        if (line.end <= line.start) {
            continue; // an empty paragraph
        }
        // The line's glyphs out of its paragraph's run (those that start within the line), moved to
        // the line's start.
        const Paragraph& paragraph = m_paragraphs.at(line.paragraph);
        const QList<QPointF> positions = paragraph.glyphs.positions();
        const qsizetype from = firstFrom(positions, line.startX);
        const qsizetype count = firstFrom(positions, line.endX) - from;
        QGlyphRun run = paragraph.glyphs;
        run.setGlyphIndexes(paragraph.glyphs.glyphIndexes().mid(from, count));
        run.setPositions(positions.mid(from, count));
        painter.drawGlyphRun(origin + QPointF(-line.startX, line.y), run);
    }
}

} // namespace coherence
