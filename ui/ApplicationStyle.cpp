#include "ApplicationStyle.h"

#include "DeferredStandardIconEngine.h"

namespace coherence {

ApplicationStyle::ApplicationStyle() = default;

bool ApplicationStyle::isDeferred(StandardPixmap icon) {
    switch (icon) {
    case SP_ToolBarHorizontalExtensionButton:
    case SP_ToolBarVerticalExtensionButton:
    case SP_LineEditClearButton:
        return true;
    default:
        return false;
    }
}

bool ApplicationStyle::isKept(StandardPixmap icon) {
    // A dock's float and close buttons. Qt's styles make these from fixed images (Fusion from XPM,
    // the common style from its resources) without looking at the option or the widget.
    return icon == SP_TitleBarCloseButton || icon == SP_TitleBarNormalButton;
}

QIcon ApplicationStyle::standardIcon(StandardPixmap icon, const QStyleOption* option,
                                     const QWidget* widget) const {
    if (isDeferred(icon)) {
        return QIcon(new DeferredStandardIconEngine(baseStyle(), icon));
    }
    if (isKept(icon)) {
        if (const auto kept = m_kept.constFind(icon); kept != m_kept.cend()) {
            return *kept;
        }
        return m_kept.insert(icon, QProxyStyle::standardIcon(icon, option, widget)).value();
    }
    return QProxyStyle::standardIcon(icon, option, widget);
}

} // namespace coherence
