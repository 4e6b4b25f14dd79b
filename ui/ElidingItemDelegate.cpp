#include "ElidingItemDelegate.h"

#include <QApplication>
#include <QFontMetricsF>
#include <QPainter>
#include <QStyle>
#include <QTextLayout>
#include <QWidget>

#include <algorithm>

namespace coherence {

namespace {

/// Whether @p text is laid out from left to right throughout: no right-to-left letters and no
/// directional formatting characters, which the style's elision treats in ways of its own.
bool isLeftToRightOnly(const QString& text) {
    return std::none_of(text.cbegin(), text.cend(), [](QChar c) {
        switch (c.direction()) {
        case QChar::DirR:
        case QChar::DirAL:
        case QChar::DirRLE:
        case QChar::DirRLO:
        case QChar::DirLRE:
        case QChar::DirLRO:
        case QChar::DirPDF:
        case QChar::DirRLI:
        case QChar::DirLRI:
        case QChar::DirFSI:
        case QChar::DirPDI:
            return true;
        default:
            return c == QChar::LineSeparator || c == QChar::ParagraphSeparator;
        }
    });
}

/// Lays @p text out on one line of @p width pixels as the style does for an item, keeping the shaped
/// glyphs for drawing.
void layOutLine(QTextLayout& layout, const QTextOption& option, int width) {
    layout.setTextOption(option);
    layout.setCacheEnabled(true);
    layout.beginLayout();
    QTextLine line = layout.createLine();
    line.setLineWidth(width);
    line.setPosition(QPointF(0, 0));
    layout.endLayout();
}

} // namespace

void ElidingItemDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                                const QModelIndex& index) const {
    QStyleOptionViewItem item = option;
    initStyleOption(&item, index);
    if (!drawsLikeStyle(item)) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    const QWidget* widget = item.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();

    // What QCommonStyle draws for CE_ItemViewItem without a check box or an icon, in its order.
    painter->save();
    painter->setClipRect(item.rect);
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &item, painter, widget);

    if (!item.text.isEmpty()) {
        QPalette::ColorGroup group =
            item.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
        if (group == QPalette::Normal && !(item.state & QStyle::State_Active)) {
            group = QPalette::Inactive;
        }
        painter->setPen(item.palette.color(
            group, item.state & QStyle::State_Selected ? QPalette::HighlightedText : QPalette::Text));
        // Without a check box or an icon the text has the whole cell, less the focus frame's margin.
        const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 1;
        const QRect textRect = item.rect.adjusted(margin, 0, -margin, 0);
        QTextOption textOption;
        // The style's ManualWrap lays one line out the same, but QTextLine::cursorToX() does not
        // measure past the line's width unless lines never wrap, and elidedText() needs that.
        textOption.setWrapMode(QTextOption::NoWrap);
        textOption.setTextDirection(item.direction);
        textOption.setAlignment(QStyle::visualAlignment(item.direction, item.displayAlignment));
        QTextLayout layout(item.text, item.font);
        layOutLine(layout, textOption, textRect.width());
        const QRect placed = QStyle::alignedRect(Qt::LayoutDirectionAuto, item.displayAlignment,
                                                 layout.boundingRect().size().toSize(), textRect);
        const QPointF position(textRect.x(), placed.top());
        const bool elide =
            item.textElideMode == Qt::ElideRight && layout.lineAt(0).naturalTextWidth() > textRect.width();
        if (const QString shown = elide ? elidedText(layout, item.font, textRect.width()) : item.text;
            shown == item.text) {
            layout.draw(painter, position);
        } else {
            QTextLayout elided(shown, item.font);
            layOutLine(elided, textOption, textRect.width());
            elided.draw(painter, position);
        }
    }

    if (item.state & QStyle::State_HasFocus) {
        QStyleOptionFocusRect focus;
        focus.QStyleOption::operator=(item);
        focus.rect = style->subElementRect(QStyle::SE_ItemViewItemFocusRect, &item, widget);
        focus.state |= QStyle::State_KeyboardFocusChange | QStyle::State_Item;
        const QPalette::ColorGroup group =
            item.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
        focus.backgroundColor = item.palette.color(
            group, item.state & QStyle::State_Selected ? QPalette::Highlight : QPalette::Window);
        style->drawPrimitive(QStyle::PE_FrameFocusRect, &focus, painter, widget);
    }
    painter->restore();
}

QString ElidingItemDelegate::elidedText(const QTextLayout& layout, const QFont& font, int width) {
    const QString& text = layout.text();
    const QTextLine line = layout.lineAt(0);
    const auto size = static_cast<int>(text.size());
    // Distances from the start of the text, whatever the line's alignment.
    const qreal start = line.cursorToX(0);
    const auto advanceTo = [&](int position) { return line.cursorToX(position) - start; };
    if (size <= 1 || advanceTo(size) <= width) {
        return text;
    }
    const QFontMetricsF metrics(font);
    constexpr char32_t kEllipsis = 0x2026;
    if (!metrics.inFontUcs4(kEllipsis)) {
        // The style then uses three full stops, or the ellipsis of another font: leave it to Qt.
        return QFontMetrics(font).elidedText(text, Qt::ElideRight, width);
    }
    // QTextEngine::elidedText's rule: whole graphemes while the text so far is narrower than the
    // width less the ellipsis; the grapheme that reaches it goes. The text so far only grows, so the
    // last position narrower than that is found by halving (cursorToX() walks the line each time),
    // and the cut is the grapheme boundary at or before it.
    const qreal available = width - metrics.horizontalAdvance(QChar(kEllipsis));
    if (available < 0) {
        return QString();
    }
    int narrower = 0; // advanceTo(0) is 0, narrower than any width left
    int reaching = size;
    while (reaching - narrower > 1) {
        const int middle = narrower + (reaching - narrower) / 2;
        (advanceTo(middle) < available ? narrower : reaching) = middle;
    }
    const int kept = narrower == 0 || layout.isValidCursorPosition(narrower)
                         ? narrower
                         : layout.previousCursorPosition(narrower);
    return text.left(kept) + QChar(kEllipsis);
}

bool ElidingItemDelegate::drawsLikeStyle(const QStyleOptionViewItem& item) {
    constexpr auto kOthers = QStyleOptionViewItem::HasCheckIndicator | QStyleOptionViewItem::HasDecoration |
                             QStyleOptionViewItem::WrapText;
    return !(item.features & kOthers) && !(item.state & QStyle::State_Editing) &&
           (item.textElideMode == Qt::ElideRight || item.textElideMode == Qt::ElideNone) &&
           item.direction == Qt::LeftToRight && isLeftToRightOnly(item.text) &&
           !(item.widget && item.widget->testAttribute(Qt::WA_StyleSheet));
}

} // namespace coherence
