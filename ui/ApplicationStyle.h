#pragma once

#include <QHash>
#include <QIcon>
#include <QProxyStyle>

namespace coherence {

/**
 * The application's style: the platform's own (or the one chosen with -style), with one change.
 * Icons that Qt's styles load for buttons that are hidden until needed — the overflow buttons of the
 * menu bar and the toolbar, the filter box's clear button — are loaded when first drawn instead of
 * when the button is made.
 *
 * Why: Qt reads a standard icon's image at once, and the first image read in a process makes Qt
 * load every image-format plugin to ask whether it reads PNG (QImageReader's format detection). At
 * start-up that was 2.5-3.5 ms, a tenth of the window's own start, for icons nobody sees
 * (docs/performance.md).
 *
 * And the dock widgets' title-bar icons are made once and kept: Qt's styles ask for them at every
 * measure of a dock's title bar (29 times before the first frame), and Fusion decodes them from XPM
 * images each time. Every other icon, and every other style decision, is the base style's.
 */
class ApplicationStyle : public QProxyStyle {
    Q_OBJECT

public:
    /// Wraps the style QApplication would have chosen itself, including a -style override.
    ApplicationStyle();

    /// The icons this style defers: loaded from the base style when first drawn or measured.
    static bool isDeferred(StandardPixmap icon);

    /// The icons this style makes once and keeps: the same whatever the option and the widget.
    static bool isKept(StandardPixmap icon);

    QIcon standardIcon(StandardPixmap icon, const QStyleOption* option = nullptr,
                       const QWidget* widget = nullptr) const override;

private:
    mutable QHash<StandardPixmap, QIcon> m_kept;
};

} // namespace coherence
