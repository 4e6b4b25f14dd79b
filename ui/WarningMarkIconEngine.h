#pragma once

#include <QIcon>
#include <QIconEngine>

namespace coherence {

/**
 * The warning mark of the navigator and the dashboard's warning list: an amber triangle with an
 * exclamation mark, drawn at whatever size and pixel ratio it is shown at.
 *
 * Drawn, not read from an image: crisp at 200 % scaling, the same on every platform, and free of
 * Qt's image reading, whose first use loads every image-format plugin (ApplicationStyle says why
 * that matters at start-up; the navigator shows this mark in its first paint).
 */
class WarningMarkIconEngine : public QIconEngine {
public:
    /// The mark as an icon.
    static QIcon icon();

    void paint(QPainter* painter, const QRect& rect, QIcon::Mode mode, QIcon::State state) override;
    QSize actualSize(const QSize& size, QIcon::Mode mode, QIcon::State state) override;
    QPixmap pixmap(const QSize& size, QIcon::Mode mode, QIcon::State state) override;
    QPixmap scaledPixmap(const QSize& size, QIcon::Mode mode, QIcon::State state, qreal scale) override;
    QList<QSize> availableSizes(QIcon::Mode mode, QIcon::State state) override;
    QString key() const override;
    QIconEngine* clone() const override;
};

} // namespace coherence
