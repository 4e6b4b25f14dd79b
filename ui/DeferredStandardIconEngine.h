#pragma once

#include <QIcon>
#include <QIconEngine>
#include <QStyle>

#include <optional>

namespace coherence {

/**
 * A standard icon of the application's base style, read only when it is first drawn or measured
 * (ApplicationStyle says why). Until then it holds nothing but which icon it is.
 */
class DeferredStandardIconEngine : public QIconEngine {
public:
    explicit DeferredStandardIconEngine(QStyle::StandardPixmap icon);

    /// Whether the base style's icon has been read (for tests).
    bool isLoaded() const { return m_icon.has_value(); }

    void paint(QPainter* painter, const QRect& rect, QIcon::Mode mode, QIcon::State state) override;
    QSize actualSize(const QSize& size, QIcon::Mode mode, QIcon::State state) override;
    QPixmap pixmap(const QSize& size, QIcon::Mode mode, QIcon::State state) override;
    QPixmap scaledPixmap(const QSize& size, QIcon::Mode mode, QIcon::State state, qreal scale) override;
    QList<QSize> availableSizes(QIcon::Mode mode, QIcon::State state) override;
    QString key() const override;
    QIconEngine* clone() const override;
    bool isNull() override;

private:
    /// The base style's icon, read on first use. The style is looked up then, not kept: the
    /// application's style can be replaced while the icon lives on in a button.
    const QIcon& icon();

    QStyle::StandardPixmap m_which;
    std::optional<QIcon> m_icon;
};

} // namespace coherence
