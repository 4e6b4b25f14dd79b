#include "WrappedTextLayout.h"

#include "BidiText.h"

#include <QFontMetricsF>
#include <QGlyphRun>
#include <QPainter>
#include <QRect>
#include <QTextBoundaryFinder>

#include <algorithm>
#include <cmath>

namespace coherence {

WrappedTextLayout::~WrappedTextLayout() = default;

void WrappedTextLayout::setText(const QString& text, const QFont& font, Qt::LayoutDirection direction) {
    if (m_layout && text == m_text && font == m_font && direction == m_direction) {
        return;
    }
    m_text = text;
    m_font = font;
    m_direction = direction;
    QString lines = text;
    // As QPainter::drawText: a newline ends a line.
    lines.replace(u'\n', QChar::LineSeparator);
    m_layout = std::make_unique<QTextLayout>(lines, font);
    QTextOption option;
    option.setWrapMode(QTextOption::WordWrap);
    option.setTextDirection(direction);
    m_layout->setTextOption(option);
    // Keeps the shaped glyphs after a layout, for drawing.
    m_layout->setCacheEnabled(true);
    m_width = -1;
    m_shapedOnce = false;
    m_shapeTried = false;
}

namespace {

/// A line width no unbroken paragraph reaches (QTextLayout's widths are 26.6 fixed-point numbers).
constexpr int kUnbounded = 1 << 24;

/// @p value rounded to Qt's 26.6 fixed point as QFixed::fromReal() rounds it.
qreal toFixedPoint(qreal value) {
    return std::round(value * 64) / 64;
}

/// Whether Qt's line breaking treats @p c as a space that may hang at the end of a line.
bool isBreakingSpace(QChar c) {
    return c.isSpace() && c.decompositionTag() != QChar::NoBreak && c != QChar::LineSeparator;
}

} // namespace

bool WrappedTextLayout::isWithinRule(const QString& text) {
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

bool WrappedTextLayout::shapeOnce() {
    const QString& text = m_layout->text();
    if (m_direction != Qt::LeftToRight || !isWithinRule(text)) {
        return false;
    }
    QTextOption option = m_layout->textOption();
    option.setWrapMode(QTextOption::NoWrap);
    m_layout->setTextOption(option);
    m_layout->beginLayout();
    for (QTextLine line = m_layout->createLine(); line.isValid(); line = m_layout->createLine()) {
        line.setLineWidth(kUnbounded);
        line.setPosition(QPointF(0, 0));
    }
    m_layout->endLayout();

    m_segments.clear();
    m_paragraphs.clear();
    const QFontMetricsF metrics(m_font);
    QTextBoundaryFinder breaks(QTextBoundaryFinder::Line, text);
    int start = 0;
    for (int index = 0; index < m_layout->lineCount(); ++index) {
        const QTextLine line = m_layout->lineAt(index);
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
            // One font, one glyph per character: then a glyph's position is its character's.
            const QList<QGlyphRun> runs = m_layout->glyphRuns(start, end - start);
            if (runs.size() != 1 || runs.first().glyphIndexes().size() != end - start) {
                return false;
            }
            paragraph.glyphs = runs.first();
        }
        const QList<QPointF> positions = paragraph.glyphs.positions();
        const qreal endX = line.cursorToX(end);
        const auto xAt = [&](int position) {
            return position < end ? positions.at(position - start).x() : endX;
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
            Segment segment{segmentStart, wordEnd, segmentEnd, xAt(segmentStart), xAt(wordEnd), 0};
            if (wordEnd > segmentStart) {
                segment.overhang =
                    std::max<qreal>(0, -toFixedPoint(metrics.rightBearing(text.at(wordEnd - 1))));
            }
            m_segments.append(segment);
            segmentStart = segmentEnd;
        }
        paragraph.endSegment = m_segments.size();
        m_paragraphs.append(paragraph);
        start = line.textStart() + line.textLength();
    }
    return start == text.size();
}

void WrappedTextLayout::breakIntoLines(int width, qreal leading) {
    m_lines.clear();
    m_naturalWidth = 0;
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
            // As qt_format_text() places lines: the leading before each, each on a whole pixel.
            height = std::ceil(height + leading);
            Line line{index, paragraph.start, paragraph.start, startX, height};
            if (first < paragraph.endSegment) {
                const Segment& last = m_segments[next - 1];
                line.start = m_segments[first].start;
                line.end = last.end;
                // As Qt measures a line: with its last glyph's overhang when no space follows it.
                m_naturalWidth = std::max(m_naturalWidth, last.wordEndX - startX +
                                                              (last.wordEnd < last.end ? 0 : last.overhang));
            }
            m_lines.append(line);
            height += paragraph.height;
            first = next;
        } while (first < paragraph.endSegment);
    }
    m_width = width;
    m_exactHeight = height;
    m_height = static_cast<int>(std::ceil(height));
}

int WrappedTextLayout::height(int width) {
    layOut(width);
    return m_height;
}

void WrappedTextLayout::draw(QPainter& painter, const QRect& rect) {
    layOut(rect.width());
    // As qt_format_text(): clipped to the rectangle only when the text does not fit in it.
    const bool clip = !QRectF(rect).contains(QRectF(rect.x(), rect.y(), m_naturalWidth, m_exactHeight));
    if (clip) {
        painter.save();
        painter.setClipRect(rect, Qt::IntersectClip);
    }
    if (m_shapedOnce) {
        for (const Line& line : m_lines) {
            if (line.end <= line.start) {
                continue; // an empty paragraph
            }
            // The line's glyphs out of its paragraph's run, moved to the line's start.
            const Paragraph& paragraph = m_paragraphs.at(line.paragraph);
            QGlyphRun run = paragraph.glyphs;
            const qsizetype from = line.start - paragraph.start;
            const qsizetype count = line.end - line.start;
            run.setGlyphIndexes(paragraph.glyphs.glyphIndexes().mid(from, count));
            run.setPositions(paragraph.glyphs.positions().mid(from, count));
            painter.drawGlyphRun(QPointF(rect.x() - line.startX, rect.y() + line.y), run);
        }
    } else {
        m_layout->draw(&painter, rect.topLeft());
    }
    if (clip) {
        painter.restore();
    }
}

void WrappedTextLayout::layOut(int width) {
    if (!m_layout) {
        setText(QString(), QFont());
    }
    if (width == m_width) {
        return;
    }
    if (!m_shapeTried) {
        m_shapeTried = true;
        m_shapedOnce = shapeOnce();
        if (!m_shapedOnce) {
            QTextOption option = m_layout->textOption();
            option.setWrapMode(QTextOption::WordWrap);
            m_layout->setTextOption(option);
        }
    }
    // The lines of qt_format_text(), which QPainter::drawText() and QFontMetrics::boundingRect()
    // share: the font's leading before each line, each line on a whole pixel.
    const qreal leading = QFontMetricsF(m_font).leading();
    if (m_shapedOnce) {
        breakIntoLines(width, leading);
        return;
    }
    qreal height = 0;
    m_naturalWidth = 0;
    m_layout->beginLayout();
    for (QTextLine line = m_layout->createLine(); line.isValid(); line = m_layout->createLine()) {
        line.setLineWidth(std::max(width, 0));
        height = std::ceil(height + leading);
        line.setPosition(QPointF(0, height));
        height += line.ascent() + line.descent();
        m_naturalWidth = std::max(m_naturalWidth, line.naturalTextWidth());
    }
    m_layout->endLayout();
    m_width = width;
    m_exactHeight = height;
    m_height = static_cast<int>(std::ceil(height));
}

} // namespace coherence
