#pragma once

#include "ShapedText.h"

#include <QFont>
#include <QLabel>
#include <QList>
#include <QMargins>
#include <QString>
#include <QTextLayout>

#include <memory>
#include <optional>
#include <utility>

class QMenu;

namespace coherence {

/// A word-wrapped plain-text label that lays its text out with one QTextLayout of its own, and can
/// let the user select and copy it.
///
/// A layout asks a word-wrapped label for its height at many widths while a window settles, and a
/// QLabel shapes its whole text again for every question: a selectable one goes through a text
/// document, which lays the text out at three widths for one size hint and back again after each.
/// Before the window's first frame the criterion page's texts were shaped 20 times each
/// (docs/performance.md). This label keeps its heights per width, answers size hints from one layout,
/// keeps a layout with a line per paragraph for every wider width, and paints the layout it measured
/// last, so that a text is shaped once or twice before it is seen.
///
/// It is a QLabel for what a QLabel holds and tells (text, font, alignment, margins, the accessible
/// name and role of static text), but lays out, paints and selects on its own: its text is always
/// plain and always wrapped, between words where it can and anywhere where a word is wider than the
/// line. QLabel's own selection (setTextInteractionFlags(), selectedText(), setSelection()) is not
/// used here; setSelectable(), selection() and select() take its place.
class WrappedLabel : public QLabel {
    Q_OBJECT

public:
    explicit WrappedLabel(QWidget* parent = nullptr);
    ~WrappedLabel() override;

    /// Whether the user can select the text with the mouse and the keyboard (and copy it). A
    /// selectable label is a Tab stop; with the focus it shows a text cursor.
    void setSelectable(bool selectable);
    [[nodiscard]] bool isSelectable() const { return m_selectable; }

    /// The selected text, with the text's own line breaks.
    [[nodiscard]] QString selection() const;
    /// Selects @p length characters from @p start (the text cursor at their end), within the text.
    void select(int start, int length);
    [[nodiscard]] int cursorPosition() const { return m_cursor; }

    /// The width a text in @p widget's place prefers: sixty average characters of the font of the
    /// page it is on (its parent's). A layout asks each child that has a height for width for its
    /// height at the width the layout prefers (QLayout::totalSizeHint()); when the texts of a page
    /// prefer one width, that is the width their size hints were measured at, and they are not laid
    /// out again for it.
    [[nodiscard]] static int preferredTextWidth(const QWidget& widget);

    [[nodiscard]] bool hasHeightForWidth() const override { return true; }
    [[nodiscard]] int heightForWidth(int width) const override;
    [[nodiscard]] QSize sizeHint() const override;
    [[nodiscard]] QSize minimumSizeHint() const override;

    /// The context menu's actions (Copy, Select All) for the current selection; the caller owns it.
    [[nodiscard]] QMenu* createContextMenu(QWidget* parent);

protected:
    bool event(QEvent* event) override;
    void changeEvent(QEvent* event) override;
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void focusInEvent(QFocusEvent* event) override;
    void focusOutEvent(QFocusEvent* event) override;
    void contextMenuEvent(QContextMenuEvent* event) override;

private:
    /// What the layout depends on besides the width.
    struct Measured {
        QString text;
        QFont font;
        QMargins contentsMargins;
        int margin = 0;
        int indent = -1;
        Qt::Alignment alignment;
        Qt::LayoutDirection direction = Qt::LeftToRight;

        bool operator==(const Measured&) const = default;
    };

    [[nodiscard]] Measured measured() const;
    /// The layout of the current text, created anew when what it depends on has changed.
    QTextLayout& textLayout() const;
    /// Lays the text out in lines of @p textWidth pixels, unless it already is; returns its height.
    int layOut(int textWidth) const;
    /// Lays the text out with its QTextLayout in lines of @p textWidth pixels; returns its height.
    int layOutWithTextLayout(int textWidth) const;
    /// The QTextLayout laid out at the label's width, for what needs its lines: a selection, the text
    /// cursor, a position under the mouse, a move by line.
    [[nodiscard]] const QTextLayout& laidOutTextLayout() const;
    [[nodiscard]] bool isLeftAligned() const;
    /// The part of a @p width × @p height label that the text takes, as QLabel has it.
    [[nodiscard]] QRect textRect(const QRect& contents) const;
    /// How much wider and taller the label is than its text.
    [[nodiscard]] QSize textRectExtra() const;
    /// Where the text's first line begins, in widget coordinates, laid out for the current size.
    [[nodiscard]] QPointF textOrigin() const;
    [[nodiscard]] int positionAt(const QPointF& point) const;
    [[nodiscard]] int wordStart(int position) const;
    [[nodiscard]] int wordEnd(int position) const;
    /// Moves the text cursor for a navigation key; false if the key is not one.
    bool moveCursorFor(const QKeyEvent* event);
    [[nodiscard]] static bool isTextKey(const QKeyEvent* event);
    void moveCursorTo(int position, bool keepAnchor);
    void copySelection(bool toSelectionClipboard) const;

    static constexpr int kRemembered = 16;

    mutable Measured m_measured;
    mutable std::unique_ptr<QTextLayout> m_layout;
    mutable int m_laidOutWidth = -1;
    mutable int m_laidOutHeight = 0;
    /// Set when the layout has a line per paragraph and is left-aligned: from this width on, the
    /// text is on the same lines and drawn the same. -1 otherwise.
    mutable int m_unwrappedWidth = -1;
    mutable QList<std::pair<int, int>> m_heights; ///< (width, height), the most recent last
    /// The text shaped once (a label aligned to the left), and, when the lines at m_laidOutWidth
    /// were found from it, those lines: m_layout is then not laid out in them.
    mutable ShapedText m_shaped;
    mutable bool m_shapeTried = false;
    mutable std::optional<ShapedText::Lines> m_shapedLines;

    bool m_selectable = false;
    bool m_selectingWithMouse = false;
    // The selection is dropped when the text changes, which const code finds out (see textLayout()).
    mutable int m_anchor = 0;
    mutable int m_cursor = 0;
};

} // namespace coherence
