#include "ScoreBar.h"

#include <QPainter>
#include <QPalette>
#include <QStyleOptionProgressBar>

#include <algorithm>
#include <cmath>

namespace coherence {

int ScoreBar::filledWidth(int minimum, int maximum, int value, int innerWidth) {
    const double range = static_cast<double>(maximum) - minimum;
    if (range <= 0 || innerWidth <= 0 || value <= minimum) {
        return 0;
    }
    const double share = std::min(1.0, (static_cast<double>(value) - minimum) / range);
    return static_cast<int>(std::lround(share * innerWidth));
}

void ScoreBar::paintEvent(QPaintEvent* event) {
    // Drawn flat only as the score panel uses it: across. A vertical bar is the style's.
    if (orientation() != Qt::Horizontal) {
        QProgressBar::paintEvent(event);
        return;
    }
    QStyleOptionProgressBar option;
    initStyleOption(&option);
    const QPalette& palette = option.palette;
    QPalette::ColorGroup group = QPalette::Disabled;
    if (option.state & QStyle::State_Enabled) {
        group = option.state & QStyle::State_Active ? QPalette::Active : QPalette::Inactive;
    }

    QPainter painter(this);
    const QRect frame = rect();
    const QRect inside = frame.adjusted(1, 1, -1, -1);
    painter.fillRect(inside, palette.color(group, QPalette::Base));
    QRect filled = inside;
    filled.setWidth(filledWidth(minimum(), maximum(), value(), inside.width()));
    // Filled from the start of the reading direction, as the style fills it.
    if ((layoutDirection() == Qt::RightToLeft) != invertedAppearance()) {
        filled.moveRight(inside.right());
    }
    if (!filled.isEmpty()) {
        painter.fillRect(filled, palette.color(group, QPalette::Highlight));
    }
    painter.setPen(palette.color(group, QPalette::Mid));
    painter.drawRect(frame.adjusted(0, 0, -1, -1));

    if (!option.textVisible || option.text.isEmpty()) {
        return;
    }
    // The score in the middle: in the highlight's text colour where it lies on the filled part, in
    // the text colour elsewhere, so that it stays readable wherever the fill ends.
    const int flags = Qt::AlignCenter | Qt::TextSingleLine;
    const QRegion unfilled = QRegion(inside).subtracted(QRegion(filled));
    if (!filled.isEmpty()) {
        painter.setClipRect(filled);
        painter.setPen(palette.color(group, QPalette::HighlightedText));
        painter.drawText(inside, flags, option.text);
    }
    if (!unfilled.isEmpty()) {
        painter.setClipRegion(unfilled);
        painter.setPen(palette.color(group, QPalette::Text));
        painter.drawText(inside, flags, option.text);
    }
}

} // namespace coherence
