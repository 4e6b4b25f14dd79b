#include "ElidingItemDelegate.h"

#include "BidiText.h"

#include <QApplication>
#include <QFontMetricsF>
#include <QGlyphRun>
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
        return BidiText::isRightToLeftOrDirectional(c) || c == QChar::LineSeparator ||
               c == QChar::ParagraphSeparator;
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

/// A line width no text in a cell reaches.
constexpr int kUnbounded = 1 << 20;

/// Draws @p shown (the start of @p layout's one line of text, then "…") at @p position without shaping
/// that start again: its glyphs are those @p layout already has, and the ellipsis goes where shaping
/// @p shown would put it, which only the last kept character can move (kerning), so that character
/// and the ellipsis are shaped together. The pixels are those of @p shown laid out whole (the tests
/// compare them). False, having drawn nothing, when the text is not left-aligned (an aligned cut text
/// moves as a whole) or when the last kept character is drawn with another glyph alone than in the
/// whole text (a ligature across the cut, a contextual form): the caller then lays @p shown out.
bool drawElided(QPainter& painter, const QTextLayout& layout, const QString& shown, const QTextOption& option,
                const QPointF& position) {
    const auto kept = static_cast<int>(shown.size()) - 1;
    if (kept <= 0 || (option.alignment() & (Qt::AlignHCenter | Qt::AlignRight | Qt::AlignJustify))) {
        return false;
    }
    const int last = layout.previousCursorPosition(kept);
    QTextLayout ending(shown.mid(last), layout.font());
    layOutLine(ending, option, kUnbounded);
    const QList<QGlyphRun> endingRuns = ending.glyphRuns();
    const QList<QGlyphRun> keptRuns = layout.glyphRuns(0, kept);
    if (endingRuns.size() != 1 || keptRuns.isEmpty() || endingRuns.first().glyphIndexes().size() < 2 ||
        keptRuns.last().glyphIndexes().isEmpty()) {
        return false;
    }
    const QList<quint32> endingGlyphs = endingRuns.first().glyphIndexes();
    if (endingGlyphs.at(endingGlyphs.size() - 2) != keptRuns.last().glyphIndexes().last() ||
        !(endingRuns.first().rawFont() == keptRuns.last().rawFont())) {
        return false;
    }
    for (const QGlyphRun& run : keptRuns) {
        painter.drawGlyphRun(position, run);
    }
    QGlyphRun ellipsis = endingRuns.first();
    ellipsis.setGlyphIndexes({endingGlyphs.last()});
    ellipsis.setPositions({endingRuns.first().positions().last()});
    const QTextLine line = layout.lineAt(0);
    const QPointF shift(line.cursorToX(last) - line.cursorToX(0) - ending.lineAt(0).cursorToX(0), 0);
    painter.drawGlyphRun(position + shift, ellipsis);
    return true;
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
        } else if (!drawElided(*painter, layout, shown, textOption, position)) {
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
