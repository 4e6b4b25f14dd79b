#include "ApplicationIconEngine.h"

#include <QApplication>
#include <QImage>
#include <QImageReader>
#include <QPainter>
#include <QPixmap>
#include <QStyle>
#include <QStyleOption>

#include <algorithm>

namespace coherence {

namespace {

/// The largest side the build renders: larger requests get this size, as QIcon's own engine does.
int largestSide() {
    return ApplicationIconEngine::renderedSides().constLast();
}

} // namespace

QIcon ApplicationIconEngine::icon() {
    return QIcon(new ApplicationIconEngine);
}

QList<int> ApplicationIconEngine::renderedSides() {
    // COHERENCE_ICON_SIZES of the top CMakeLists.txt, ascending: the sizes the build renders.
    return {COHERENCE_ICON_SIDES};
}

QPixmap ApplicationIconEngine::square(int side, QIcon::Mode mode) {
    side = std::clamp(side, 1, largestSide());
    const quint64 key = (quint64(side) << 8) | quint64(mode);
    if (const auto kept = m_squares.constFind(key); kept != m_squares.constEnd()) {
        return *kept;
    }
    QPixmap result;
    if (mode == QIcon::Normal || mode == QIcon::Active) {
        const QList<int> sides = renderedSides();
        const int source = *std::lower_bound(sides.cbegin(), sides.cend(), side);
        // By format, not by content: see the class comment.
        QImageReader reader(QStringLiteral(":/icons/%1.png").arg(source), QByteArrayLiteral("png"));
        reader.setAutoDetectImageFormat(false);
        QImage image = reader.read();
        if (!image.isNull() && image.width() != side) {
            image = image.scaled(side, side, Qt::KeepAspectRatio, Qt::SmoothTransformation);
        }
        result = QPixmap::fromImage(std::move(image));
    } else {
        // Disabled and Selected as the style draws them for any other icon.
        const QPixmap normal = square(side, QIcon::Normal);
        QStyleOption option;
        option.palette = QApplication::palette();
        result = QApplication::style()->generatedIconPixmap(mode, normal, &option);
    }
    m_squares.insert(key, result);
    return result;
}

void ApplicationIconEngine::paint(QPainter* painter, const QRect& rect, QIcon::Mode mode, QIcon::State) {
    const qreal ratio = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
    const int side = std::min(rect.width(), rect.height());
    if (side <= 0) {
        return;
    }
    QPixmap pixmap = square(qRound(side * ratio), mode);
    pixmap.setDevicePixelRatio(ratio);
    const QRect target(rect.x() + (rect.width() - side) / 2, rect.y() + (rect.height() - side) / 2, side,
                       side);
    painter->drawPixmap(target, pixmap);
}

QSize ApplicationIconEngine::actualSize(const QSize& size, QIcon::Mode, QIcon::State) {
    // A square that fits the size asked for, never larger than the largest rendered.
    const int side = std::min({size.width(), size.height(), largestSide()});
    return side > 0 ? QSize(side, side) : QSize();
}

QPixmap ApplicationIconEngine::pixmap(const QSize& size, QIcon::Mode mode, QIcon::State state) {
    const QSize actual = actualSize(size, mode, state);
    return actual.isEmpty() ? QPixmap() : square(actual.width(), mode);
}

QPixmap ApplicationIconEngine::scaledPixmap(const QSize& size, QIcon::Mode mode, QIcon::State state,
                                            qreal scale) {
    // As QIcon calls it, @p size is already in device pixels (the logical size times @p scale).
    QPixmap result = pixmap(size, mode, state);
    result.setDevicePixelRatio(scale);
    return result;
}

QList<QSize> ApplicationIconEngine::availableSizes(QIcon::Mode, QIcon::State) {
    QList<QSize> sizes;
    for (const int side : renderedSides()) {
        sizes.append(QSize(side, side));
    }
    return sizes;
}

QString ApplicationIconEngine::key() const {
    return QStringLiteral("coherence.application");
}

QIconEngine* ApplicationIconEngine::clone() const {
    return new ApplicationIconEngine(*this);
}

bool ApplicationIconEngine::isNull() {
    return false;
}

} // namespace coherence
