#pragma once

#include <QChar>

namespace coherence {

/// What in a text makes its layout bidirectional: the question the shortcuts that lay text out
/// themselves (ElidingItemDelegate, WrappedTextLayout) ask before they take over from Qt, which
/// reorders such text in ways of its own.
class BidiText {
public:
    /// Whether @p c is a right-to-left letter or a directional formatting character (embedding,
    /// override, isolate or their end).
    [[nodiscard]] static bool isRightToLeftOrDirectional(QChar c);
};

} // namespace coherence
