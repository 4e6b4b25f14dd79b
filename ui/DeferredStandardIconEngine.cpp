#include "DeferredStandardIconEngine.h"

namespace coherence {

DeferredStandardIconEngine::DeferredStandardIconEngine(const QStyle* style, QStyle::StandardPixmap icon)
    : m_style(style)
    , m_which(icon) {
}

const QIcon& DeferredStandardIconEngine::icon() {
    if (!m_icon) {
        m_icon = m_style ? m_style->standardIcon(m_which) : QIcon();
    }
    return *m_icon;
}

void DeferredStandardIconEngine::paint(QPainter* painter, const QRect& rect, QIcon::Mode mode,
                                       QIcon::State state) {
    icon().paint(painter, rect, Qt::AlignCenter, mode, state);
}

QSize DeferredStandardIconEngine::actualSize(const QSize& size, QIcon::Mode mode, QIcon::State state) {
    return icon().actualSize(size, mode, state);
}

QPixmap DeferredStandardIconEngine::pixmap(const QSize& size, QIcon::Mode mode, QIcon::State state) {
    return icon().pixmap(size, mode, state);
}

QPixmap DeferredStandardIconEngine::scaledPixmap(const QSize& size, QIcon::Mode mode, QIcon::State state,
                                                 qreal scale) {
    // As QIcon calls it, @p size is already in device pixels; QIcon::pixmap() wants the logical size.
    return icon().pixmap((QSizeF(size) / scale).toSize(), scale, mode, state);
}

QList<QSize> DeferredStandardIconEngine::availableSizes(QIcon::Mode mode, QIcon::State state) {
    return icon().availableSizes(mode, state);
}

QString DeferredStandardIconEngine::key() const {
    return QStringLiteral("coherence.deferredStandardIcon");
}

QIconEngine* DeferredStandardIconEngine::clone() const {
    return new DeferredStandardIconEngine(*this);
}

bool DeferredStandardIconEngine::isNull() {
    // Asked when an icon is set on a button; answering must not read the icon. A standard icon of
    // the kinds deferred is never null in Qt's styles; if the base style has none, nothing is drawn.
    return m_icon ? m_icon->isNull() : false;
}

} // namespace coherence
