#pragma once

#include <QFont>
#include <QLabel>
#include <QList>
#include <QMargins>
#include <QString>

#include <utility>

namespace coherence {

/// A word-wrapped QLabel that remembers the heights it has computed for its text.
///
/// A layout asks a word-wrapped label for its height at a given width many times while a window
/// settles (shown, docks restored, a criterion chosen), and QLabel lays its text out anew for every
/// question: before the window's first paint, the criterion page's texts were shaped about 40 times
/// each (docs/performance.md). The answer depends only on what the text is, how it is drawn and the
/// width, so it is kept until one of those changes.
class WrappedLabel : public QLabel {
    Q_OBJECT

public:
    explicit WrappedLabel(QWidget* parent = nullptr);

    [[nodiscard]] int heightForWidth(int width) const override;

protected:
    void changeEvent(QEvent* event) override;

private:
    /// What a height depends on besides the width.
    struct Measured {
        QString text;
        QFont font;
        QMargins contentsMargins;
        int margin = 0;
        int indent = -1;
        Qt::Alignment alignment;
        Qt::TextFormat format = Qt::AutoText;
        bool wordWrap = true;

        bool operator==(const Measured&) const = default;
    };

    [[nodiscard]] Measured measured() const;

    static constexpr int kRemembered = 16;

    mutable Measured m_measured;
    mutable QList<std::pair<int, int>> m_heights; ///< (width, height), the most recent last
};

} // namespace coherence
