#pragma once

#include <QProgressBar>

namespace coherence {

/// An area's bar in the score panel: a QProgressBar in all it holds and tells (range, value, text,
/// the accessible value), drawn flat by itself — a framed groove, the filled part and the score on
/// it — instead of by the style.
///
/// Why: the style draws a bar from antialiased rounded paths, gradients and highlight lines. The
/// score panel shows a bar for every area, and before the window's first frame its bars took more
/// instructions than any other widget but the navigator (docs/performance.md). A flat bar in the
/// palette's colours says the same for a small part of that. The bar keeps the style's size hints,
/// so that the panel is laid out as before. A vertical bar is left to the style.
class ScoreBar : public QProgressBar {
    Q_OBJECT

public:
    using QProgressBar::QProgressBar;

    /// The width in pixels of the filled part of a bar whose inside is @p innerWidth pixels wide:
    /// the value's share of the range, within 0 and @p innerWidth (a value below the minimum, as
    /// after reset(), fills nothing).
    [[nodiscard]] static int filledWidth(int minimum, int maximum, int value, int innerWidth);

protected:
    void paintEvent(QPaintEvent* event) override;
};

} // namespace coherence
