#pragma once

#include <QHash>
#include <QIcon>
#include <QIconEngine>

namespace coherence {

/**
 * Coherence's own icon, for its windows and its About box: the PNGs that the build renders from
 * resources/icons/coherence.svg, the same icon the desktop shows (resources/CMakeLists.txt).
 *
 * Each size is read when first asked for, and read as PNG by name: Qt's image reading otherwise
 * starts by loading every image-format plugin to ask which one reads the file (ApplicationStyle says
 * what that costs a start). The offscreen platform never asks for a window's icon; X11 asks for
 * every size when the window is made.
 */
class ApplicationIconEngine : public QIconEngine {
public:
    /// The icon, with nothing read yet.
    static QIcon icon();

    /// The sides, in pixels, of the squares the build renders (:/icons/SIDE.png).
    static QList<int> renderedSides();

    void paint(QPainter* painter, const QRect& rect, QIcon::Mode mode, QIcon::State state) override;
    QSize actualSize(const QSize& size, QIcon::Mode mode, QIcon::State state) override;
    QPixmap pixmap(const QSize& size, QIcon::Mode mode, QIcon::State state) override;
    QPixmap scaledPixmap(const QSize& size, QIcon::Mode mode, QIcon::State state, qreal scale) override;
    QList<QSize> availableSizes(QIcon::Mode mode, QIcon::State state) override;
    QString key() const override;
    QIconEngine* clone() const override;
    bool isNull() override;

private:
    /// The icon as a square of @p side pixels in @p mode: the smallest rendered size at least as
    /// large, scaled down if it is not the same, and kept for the next time.
    QPixmap square(int side, QIcon::Mode mode);

    QHash<quint64, QPixmap> m_squares; ///< by side and mode
};

} // namespace coherence
