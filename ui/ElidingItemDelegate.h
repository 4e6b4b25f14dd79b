#pragma once

#include <QStyledItemDelegate>

class QTextLayout;

namespace coherence {

/// An item delegate that draws an item's one line of text as the style draws it, elided at the right
/// with "…" when it does not fit, but shapes the text once instead of five times (when it is elided,
/// only its last kept character is shaped again, with the ellipsis).
///
/// The style lays an item's text out to place it, again to decide whether to elide it, a third time
/// to find where to cut it, and twice more for the cut text it draws. The navigator paints every
/// visible row at start, and its rows were 41 % of all the text shaped before the first frame
/// (docs/performance.md). Items this delegate does not draw the same way as the style (a check box,
/// an icon, wrapped, edited or right-to-left text, a style sheet) are left to QStyledItemDelegate.
class ElidingItemDelegate : public QStyledItemDelegate {
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;

    /// What the style shows of @p layout's text (one line, laid out) in @p width pixels when it
    /// elides at the right: the text itself if it fits, else as many characters as fit with "…".
    [[nodiscard]] static QString elidedText(const QTextLayout& layout, const QFont& font, int width);

private:
    [[nodiscard]] static bool drawsLikeStyle(const QStyleOptionViewItem& item);
};

} // namespace coherence
