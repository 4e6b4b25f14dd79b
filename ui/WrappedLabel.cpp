#include "WrappedLabel.h"

#include <QEvent>

namespace coherence {

WrappedLabel::WrappedLabel(QWidget* parent)
    : QLabel(parent) {
    setWordWrap(true);
}

int WrappedLabel::heightForWidth(int width) const {
    // QLabel's setters are not virtual, so what the heights were computed for is compared at each
    // question instead: a few fields and a string, usually the same shared one.
    if (Measured now = measured(); !(now == m_measured)) {
        m_heights.clear();
        m_measured = std::move(now);
    }
    for (const auto& [knownWidth, height] : m_heights) {
        if (knownWidth == width) {
            return height;
        }
    }
    const int height = QLabel::heightForWidth(width);
    if (m_heights.size() == kRemembered) {
        m_heights.removeFirst();
    }
    m_heights.append({width, height});
    return height;
}

void WrappedLabel::changeEvent(QEvent* event) {
    // What else changes how text is measured (the style, the screen's resolution, the direction)
    // arrives here.
    if (event->type() == QEvent::StyleChange || event->type() == QEvent::FontChange ||
        event->type() == QEvent::ScreenChangeInternal || event->type() == QEvent::LayoutDirectionChange) {
        m_heights.clear();
    }
    QLabel::changeEvent(event);
}

WrappedLabel::Measured WrappedLabel::measured() const {
    return {text(), font(), contentsMargins(), margin(), indent(), alignment(), textFormat(), wordWrap()};
}

} // namespace coherence
