#pragma once

#include <QIcon>
#include <QIconEngine>
#include <QPointer>
#include <QStyle>

#include <optional>

namespace coherence {

/**
 * A standard icon of a style, read only when it is first drawn or measured (ApplicationStyle says
 * why). Until then it holds nothing but which icon it is and whose.
 */
class DeferredStandardIconEngine : public QIconEngine {
public:
    /// Icon @p icon of @p style, which is ApplicationStyle's base style: asking the application's
    /// style instead would hand out another deferred icon, or, under an application style sheet
    /// (-stylesheet), go round through Qt's style-sheet style back to this one without end.
    DeferredStandardIconEngine(const QStyle* style, QStyle::StandardPixmap icon);

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
    /// The style's icon, read on first use; none if the style was deleted meanwhile (the
    /// application's style replaced while a button kept the icon: Qt's widgets ask again then).
    const QIcon& icon();

    QPointer<const QStyle> m_style;
    QStyle::StandardPixmap m_which;
    std::optional<QIcon> m_icon;
};

} // namespace coherence
