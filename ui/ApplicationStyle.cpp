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

QIcon ApplicationStyle::standardIcon(StandardPixmap icon, const QStyleOption* option,
                                     const QWidget* widget) const {
    if (isDeferred(icon)) {
        return QIcon(new DeferredStandardIconEngine(baseStyle(), icon));
    }
    return QProxyStyle::standardIcon(icon, option, widget);
}

} // namespace coherence
