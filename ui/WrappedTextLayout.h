#pragma once

#include "ShapedText.h"

#include <QFont>
#include <QList>
#include <QString>
#include <QTextLayout>

#include <memory>

class QPainter;
class QRect;

namespace coherence {

/// A plain text wrapped at word boundaries to a width, line for line and pixel for pixel as
/// QPainter::drawText(rect, Qt::TextWordWrap, text) draws it and QFontMetrics::boundingRect()
/// measures it, but shaped once, whatever widths it is laid out at (ShapedText), and drawn from the
/// glyphs already shaped: those two shape the whole text again at every call, and a widget that
/// measures its text for a layout and then paints it calls them several times for one frame
/// (docs/performance.md). A text beyond ShapedText's rule is laid out by a QTextLayout, shaped once
/// for each width.
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
    void layOut(int width);

    QString m_text;
    QFont m_font;
    Qt::LayoutDirection m_direction = Qt::LeftToRight;
    std::unique_ptr<QTextLayout> m_layout;
    /// The text shaped once, when it is within ShapedText's rule: lines are then found there, not
    /// by m_layout.
    ShapedText m_shaped;
    bool m_shapeTried = false;
    QList<ShapedText::Line> m_lines;
    int m_width = -1;
    int m_height = 0;
    qreal m_exactHeight = 0;
    qreal m_naturalWidth = 0; ///< of the widest line
};

} // namespace coherence
