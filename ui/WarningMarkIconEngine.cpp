#include "WarningMarkIconEngine.h"

#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

#include <algorithm>

namespace coherence {

QIcon WarningMarkIconEngine::icon() {
    return QIcon(new WarningMarkIconEngine);
}

void WarningMarkIconEngine::paint(QPainter* painter, const QRect& rect, QIcon::Mode mode, QIcon::State) {
    const qreal side = std::min(rect.width(), rect.height());
    if (side <= 0) {
        return;
    }
    const QRectF square(rect.x() + (rect.width() - side) / 2.0, rect.y() + (rect.height() - side) / 2.0, side,
                        side);
    // Amber with a dark outline and mark: the mark stays readable on a white row and on a selected
    // (blue) one. Disabled: the same shape in greys.
    const bool disabled = mode == QIcon::Disabled;
    const QColor fill = disabled ? QColor(0xc8, 0xc8, 0xc8) : QColor(0xf2, 0xb7, 0x05);
    const QColor ink = disabled ? QColor(0x70, 0x70, 0x70) : QColor(0x5c, 0x38, 0x00);
    const qreal line = std::max<qreal>(1.0, side / 14.0);
    const qreal margin = line;

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QPainterPath triangle;
    triangle.moveTo(square.center().x(), square.top() + margin);
    triangle.lineTo(square.right() - margin, square.bottom() - margin);
    triangle.lineTo(square.left() + margin, square.bottom() - margin);
    triangle.closeSubpath();
    painter->setPen(QPen(ink, line, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter->setBrush(fill);
    painter->drawPath(triangle);

    // The exclamation mark: a bar and a dot, drawn rather than typeset so that no font is needed.
    const qreal barWidth = std::max<qreal>(1.5, side * 0.13);
    const qreal x = square.center().x() - barWidth / 2.0;
    painter->setPen(Qt::NoPen);
    painter->setBrush(ink);
    painter->drawRoundedRect(QRectF(x, square.top() + side * 0.36, barWidth, side * 0.30), barWidth / 2.0,
                             barWidth / 2.0);
    painter->drawEllipse(QRectF(x, square.top() + side * 0.72, barWidth, barWidth));
    painter->restore();
}

QSize WarningMarkIconEngine::actualSize(const QSize& size, QIcon::Mode, QIcon::State) {
    const int side = std::min(size.width(), size.height());
    return QSize(side, side);
}

QPixmap WarningMarkIconEngine::pixmap(const QSize& size, QIcon::Mode mode, QIcon::State state) {
    return scaledPixmap(size, mode, state, 1.0);
}

QPixmap WarningMarkIconEngine::scaledPixmap(const QSize& size, QIcon::Mode mode, QIcon::State state,
                                            qreal scale) {
    // As QIcon calls it, @p size is already in device pixels (the logical size times @p scale).
    QPixmap pixmap(actualSize(size, mode, state));
    pixmap.fill(Qt::transparent);
    if (pixmap.isNull()) {
        return pixmap;
    }
    {
        QPainter painter(&pixmap);
        paint(&painter, QRect(QPoint(), pixmap.size()), mode, state);
    }
    pixmap.setDevicePixelRatio(scale);
    return pixmap;
}

QList<QSize> WarningMarkIconEngine::availableSizes(QIcon::Mode, QIcon::State) {
    // Any size can be drawn; these are the ones item views and message areas ask for.
    return {QSize(16, 16), QSize(22, 22), QSize(32, 32), QSize(48, 48), QSize(64, 64)};
}

QString WarningMarkIconEngine::key() const {
    return QStringLiteral("coherence.warningMark");
}

QIconEngine* WarningMarkIconEngine::clone() const {
    return new WarningMarkIconEngine(*this);
}

} // namespace coherence
