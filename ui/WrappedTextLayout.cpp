#include "WrappedTextLayout.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QRect>

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
    m_shaped.clear();
    m_shapeTried = false;
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
    if (m_shaped.isShaped()) {
        m_shaped.draw(painter, m_lines, rect.topLeft());
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
        m_shaped.shape(*m_layout);
    }
    // The lines of qt_format_text(), which QPainter::drawText() and QFontMetrics::boundingRect()
    // share: the font's leading before each line, each line on a whole pixel.
    const qreal leading = QFontMetricsF(m_font).leading();
    if (m_shaped.isShaped()) {
        ShapedText::Lines lines = m_shaped.lines(width, ShapedText::Spacing::FormattedText, leading);
        m_lines = std::move(lines.lines);
        m_naturalWidth = lines.naturalWidth;
        m_width = width;
        m_exactHeight = lines.height;
        m_height = static_cast<int>(std::ceil(lines.height));
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
