#pragma once

#include <QFont>
#include <QLabel>
#include <QMargins>
#include <QSize>
#include <QString>

#include <optional>

namespace coherence {

/// A QLabel for one line of plain text that measures its text once, not three times.
///
/// QLabel::minimumSizeHint() lays a text label's text out at three widths (its preferred size, the
/// height of one line, the width of its longest word) and shapes the whole text for each, although
/// for text that never wraps the three come out the same; a layout asks again after every change of
/// text. With the paint, a label's text was shaped four times before the window's first frame
/// (docs/performance.md). This label answers both size hints from the one measurement QLabel makes
/// first, and keeps it while the text, font, alignment, margins and minimum size stay the same. It
/// paints as a QLabel.
///
/// Only a label that QLabel itself measures in one line gets the shortcut: plain text (or automatic
/// text that is not rich text), no word wrap, no mnemonic, no frame, margin, indent, pixmap or text
/// interaction. For any other the label is a plain QLabel.
class OneLineLabel : public QLabel {
    Q_OBJECT

public:
    explicit OneLineLabel(QWidget* parent = nullptr);
    explicit OneLineLabel(const QString& text, QWidget* parent = nullptr);

    [[nodiscard]] QSize sizeHint() const override;
    [[nodiscard]] QSize minimumSizeHint() const override;

private:
    /// Whether QLabel would lay this label out as a single line of plain text measured by
    /// QFontMetrics::boundingRect() alone.
    [[nodiscard]] bool isOneLineOfPlainText() const;
    [[nodiscard]] QSize measuredSize() const;

    /// What the measured size depends on, as WrappedLabel keeps it: QLabel's setters are not virtual,
    /// so it is compared at each size hint instead.
    struct Measured {
        QString text;
        QFont font;
        Qt::Alignment alignment;
        QMargins contentsMargins;
        QSize minimumSize;

        bool operator==(const Measured&) const = default;
    };

    mutable std::optional<Measured> m_measured;
    mutable QSize m_measuredSize;
};

} // namespace coherence
