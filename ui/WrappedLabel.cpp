#include "WrappedLabel.h"

#include <QClipboard>
#include <QContextMenuEvent>
#include <QEvent>
#include <QFocusEvent>
#include <QGuiApplication>
#include <QKeyEvent>
#include <QMenu>
#include <QMouseEvent>
#include <QPainter>
#include <QStyle>
#include <QTextBoundaryFinder>

#include <algorithm>
#include <array>
#include <cmath>
#include <functional>

namespace coherence {

WrappedLabel::WrappedLabel(QWidget* parent)
    : QLabel(parent) {
    // For the size policy's height-for-width and for anyone who asks; the layout is always wrapped.
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
}

WrappedLabel::~WrappedLabel() = default;

void WrappedLabel::setSelectable(bool selectable) {
    if (selectable == m_selectable) {
        return;
    }
    m_selectable = selectable;
    // As QLabel does for text selectable by mouse and keyboard.
    setFocusPolicy(selectable ? Qt::StrongFocus : Qt::NoFocus);
    if (selectable) {
        QWidget::setCursor(Qt::IBeamCursor);
    } else {
        unsetCursor();
        m_anchor = m_cursor;
    }
    update();
}

QString WrappedLabel::selection() const {
    textLayout(); // a new text has no selection
    return text().mid(std::min(m_anchor, m_cursor), std::abs(m_cursor - m_anchor));
}

void WrappedLabel::select(int start, int length) {
    const int size = static_cast<int>(textLayout().text().size());
    m_anchor = std::clamp(start, 0, size);
    m_cursor = std::clamp(start + length, 0, size);
    update();
}

int WrappedLabel::heightForWidth(int width) const {
    textLayout(); // forgets the heights if what they depend on has changed
    for (const auto& [knownWidth, height] : m_heights) {
        if (knownWidth == width) {
            return height;
        }
    }
    const QSize extra = textRectExtra();
    const int height = layOut(std::max(width - extra.width(), 0)) + extra.height();
    if (m_heights.size() == kRemembered) {
        m_heights.removeFirst();
    }
    m_heights.append({width, height});
    return height;
}

int WrappedLabel::preferredTextWidth(const QWidget& widget) {
    const QWidget* page = widget.parentWidget() ? widget.parentWidget() : &widget;
    return page->fontMetrics().averageCharWidth() * 60;
}

QSize WrappedLabel::sizeHint() const {
    // At most the page's preferred width (a comfortable measure to read), and one layout answers
    // both parts, because a text narrower than that is on as many lines at its own width.
    const QSize extra = textRectExtra();
    const int preferred = preferredTextWidth(*this) - extra.width();
    const int height = layOut(preferred);
    const qreal widest = m_shapedLines ? m_shapedLines->maximumWidth : textLayout().maximumWidth();
    const int width = std::min(preferred, static_cast<int>(std::ceil(widest)));
    return QSize(width, height) + extra;
}

QSize WrappedLabel::minimumSizeHint() const {
    // Lines break anywhere when a word does not fit, so a narrow label still shows all its text.
    const QSize extra = textRectExtra();
    const int width = std::min(fontMetrics().averageCharWidth() * 12, sizeHint().width() - extra.width());
    // As low as the text is at any width, as with QLabel: a line per paragraph. Laid out for the size
    // hint, the layout has lines of the height of the text's lines.
    const QTextLayout& layout = textLayout();
    const int lineHeight = layout.lineCount() > 0 ? static_cast<int>(std::ceil(layout.lineAt(0).height()))
                                                  : fontMetrics().height();
    const auto paragraphs = static_cast<int>(m_measured.text.count(u'\n')) + 1;
    return QSize(width, paragraphs * lineHeight) + extra;
}

QMenu* WrappedLabel::createContextMenu(QWidget* parent) {
    auto* menu = new QMenu(parent);
    QAction* copy = menu->addAction(tr("&Copy"), this, [this] { copySelection(false); });
    copy->setShortcut(QKeySequence::Copy);
    copy->setEnabled(m_anchor != m_cursor);
    QAction* selectAll = menu->addAction(tr("Select &All"), this,
                                         [this] { select(0, static_cast<int>(textLayout().text().size())); });
    selectAll->setShortcut(QKeySequence::SelectAll);
    selectAll->setEnabled(!text().isEmpty());
    return menu;
}

bool WrappedLabel::event(QEvent* event) {
    // Keys that select or copy belong to the label while it has the focus, before any shortcut.
    if (event->type() == QEvent::ShortcutOverride && m_selectable &&
        isTextKey(static_cast<QKeyEvent*>(event))) {
        event->accept();
        return true;
    }
    return QLabel::event(event);
}

void WrappedLabel::changeEvent(QEvent* event) {
    // What else changes how text is laid out (the style, the screen's resolution, the direction)
    // arrives here.
    if (event->type() == QEvent::StyleChange || event->type() == QEvent::FontChange ||
        event->type() == QEvent::ScreenChangeInternal || event->type() == QEvent::LayoutDirectionChange) {
        m_layout.reset();
        m_heights.clear();
    }
    QLabel::changeEvent(event);
}

void WrappedLabel::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    drawFrame(&painter);
    const QPointF origin = textOrigin();
    painter.setPen(palette().color(foregroundRole()));
    QList<QTextLayout::FormatRange> selections;
    if (m_anchor != m_cursor) {
        QTextLayout::FormatRange selected;
        selected.start = std::min(m_anchor, m_cursor);
        selected.length = std::abs(m_cursor - m_anchor);
        selected.format.setBackground(palette().brush(QPalette::Highlight));
        selected.format.setForeground(palette().brush(QPalette::HighlightedText));
        selections << selected;
    }
    const bool cursorShown = m_selectable && hasFocus();
    if (m_shapedLines && selections.isEmpty() && !cursorShown) {
        m_shaped.draw(painter, m_shapedLines->lines, origin);
        return;
    }
    const QTextLayout& layout = laidOutTextLayout();
    layout.draw(&painter, origin, selections);
    if (cursorShown) {
        // The text cursor is the focus indicator, as in QLabel's selectable text; it does not blink.
        layout.drawCursor(&painter, origin, m_cursor,
                          style()->pixelMetric(QStyle::PM_TextCursorWidth, nullptr, this));
    }
}

void WrappedLabel::mousePressEvent(QMouseEvent* event) {
    if (!m_selectable || event->button() != Qt::LeftButton) {
        QLabel::mousePressEvent(event);
        return;
    }
    moveCursorTo(positionAt(event->position()), event->modifiers().testFlag(Qt::ShiftModifier));
    m_selectingWithMouse = true;
    event->accept();
}

void WrappedLabel::mouseMoveEvent(QMouseEvent* event) {
    if (!m_selectingWithMouse || !event->buttons().testFlag(Qt::LeftButton)) {
        QLabel::mouseMoveEvent(event);
        return;
    }
    moveCursorTo(positionAt(event->position()), true);
    event->accept();
}

void WrappedLabel::mouseReleaseEvent(QMouseEvent* event) {
    if (!m_selectingWithMouse || event->button() != Qt::LeftButton) {
        QLabel::mouseReleaseEvent(event);
        return;
    }
    m_selectingWithMouse = false;
    copySelection(true);
    event->accept();
}

void WrappedLabel::mouseDoubleClickEvent(QMouseEvent* event) {
    if (!m_selectable || event->button() != Qt::LeftButton) {
        QLabel::mouseDoubleClickEvent(event);
        return;
    }
    const int start = wordStart(positionAt(event->position()));
    select(start, wordEnd(start) - start);
    copySelection(true);
    event->accept();
}

void WrappedLabel::keyPressEvent(QKeyEvent* event) {
    if (m_selectable) {
        if (event->matches(QKeySequence::Copy)) {
            copySelection(false);
            event->accept();
            return;
        }
        if (event->matches(QKeySequence::SelectAll)) {
            select(0, static_cast<int>(textLayout().text().size()));
            event->accept();
            return;
        }
        if (moveCursorFor(event)) {
            event->accept();
            return;
        }
    }
    // Anything else (digits that rate, N, Alt+arrows) goes on to the window's shortcuts and parents.
    QLabel::keyPressEvent(event);
}

void WrappedLabel::focusInEvent(QFocusEvent* event) {
    update();
    QLabel::focusInEvent(event);
}

void WrappedLabel::focusOutEvent(QFocusEvent* event) {
    update();
    QLabel::focusOutEvent(event);
}

void WrappedLabel::contextMenuEvent(QContextMenuEvent* event) {
    if (!m_selectable) {
        QLabel::contextMenuEvent(event);
        return;
    }
    QMenu* menu = createContextMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->popup(event->globalPos());
    event->accept();
}

WrappedLabel::Measured WrappedLabel::measured() const {
    return {text(), font(), contentsMargins(), margin(), indent(), alignment(), layoutDirection()};
}

QTextLayout& WrappedLabel::textLayout() const {
    // QLabel's setters are not virtual, so what the layout was made for is compared at each use
    // instead: a few fields and a string, usually the same shared one.
    if (Measured now = measured(); !m_layout || !(now == m_measured)) {
        if (now.text != m_measured.text) {
            m_anchor = m_cursor = 0;
        }
        m_measured = std::move(now);
        m_heights.clear();
        QString text = m_measured.text;
        // Plain text's newlines end paragraphs; a QTextLayout breaks lines at line separators only.
        text.replace(u'\n', QChar::LineSeparator);
        m_layout = std::make_unique<QTextLayout>(text, font(), this);
        QTextOption option(m_measured.alignment & Qt::AlignHorizontal_Mask);
        option.setTextDirection(m_measured.direction);
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        m_layout->setTextOption(option);
        // Keeps the shaped glyphs after each layout, so that painting what was measured does not
        // shape the text again.
        m_layout->setCacheEnabled(true);
        m_laidOutWidth = -1;
        m_unwrappedWidth = -1;
        m_shaped.clear();
        m_shapeTried = false;
        m_shapedLines.reset();
    }
    return *m_layout;
}

int WrappedLabel::layOut(int textWidth) const {
    QTextLayout& layout = textLayout();
    // A text on a line per paragraph is on the same lines at any width it fits in, and, aligned to
    // the left, drawn the same: it is not laid out (shaped) again for each width a layout tries.
    if (textWidth == m_laidOutWidth || (m_unwrappedWidth >= 0 && textWidth >= m_unwrappedWidth)) {
        return m_laidOutHeight;
    }
    // A text aligned to the left is shaped once and its lines found for each width without shaping
    // it again (ShapedText), unless a word is wider than the width: that word breaks anywhere, which
    // QTextLayout decides. The QTextLayout lays the text out at the label's width only when a
    // selection or the text cursor is drawn or the lines are asked for (laidOutTextLayout()).
    if (isLeftAligned()) {
        if (!m_shapeTried) {
            m_shapeTried = true;
            m_shaped.shape(layout, this);
        }
        if (m_shaped.isShaped()) {
            ShapedText::Lines lines = m_shaped.lines(textWidth, ShapedText::Spacing::LayoutLines, 0);
            if (!lines.overlongWord) {
                m_laidOutWidth = textWidth;
                m_laidOutHeight = static_cast<int>(std::ceil(lines.height));
                m_unwrappedWidth = -1;
                m_shapedLines = std::move(lines);
                return m_laidOutHeight;
            }
        }
    }
    return layOutWithTextLayout(textWidth);
}

int WrappedLabel::layOutWithTextLayout(int textWidth) const {
    QTextLayout& layout = textLayout();
    m_shapedLines.reset();
    qreal height = 0;
    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(textWidth);
        line.setPosition(QPointF(0, height));
        height += line.height();
    }
    layout.endLayout();
    m_laidOutWidth = textWidth;
    m_laidOutHeight = static_cast<int>(std::ceil(height));
    const auto paragraphs = static_cast<int>(layout.text().count(QChar::LineSeparator)) + 1;
    m_unwrappedWidth = isLeftAligned() && layout.lineCount() == paragraphs
                           ? static_cast<int>(std::ceil(layout.maximumWidth()))
                           : -1;
    return m_laidOutHeight;
}

bool WrappedLabel::isLeftAligned() const {
    const Qt::Alignment horizontal = m_measured.alignment & Qt::AlignHorizontal_Mask;
    return m_measured.direction == Qt::LeftToRight &&
           (horizontal == Qt::AlignLeft || horizontal == Qt::Alignment());
}

const QTextLayout& WrappedLabel::laidOutTextLayout() const {
    static_cast<void>(textOrigin()); // laid out at the label's width: lines are the lines on screen
    if (m_shapedLines) {
        layOutWithTextLayout(m_laidOutWidth);
    }
    return textLayout();
}

QRect WrappedLabel::textRect(const QRect& contents) const {
    // QLabel's document rectangle: the contents less the margin, and the indent on the aligned side.
    QRect area = contents.adjusted(margin(), margin(), -margin(), -margin());
    const Qt::Alignment aligned = QStyle::visualAlignment(layoutDirection(), alignment());
    int indentation = indent();
    if (indentation < 0 && frameWidth() > 0) {
        indentation = fontMetrics().horizontalAdvance(QLatin1Char('x')) / 2 - margin();
    }
    if (indentation > 0) {
        if (aligned & Qt::AlignLeft) {
            area.setLeft(area.left() + indentation);
        }
        if (aligned & Qt::AlignRight) {
            area.setRight(area.right() - indentation);
        }
        if (aligned & Qt::AlignTop) {
            area.setTop(area.top() + indentation);
        }
        if (aligned & Qt::AlignBottom) {
            area.setBottom(area.bottom() - indentation);
        }
    }
    return area;
}

QSize WrappedLabel::textRectExtra() const {
    const QRect whole(0, 0, 10000, 10000);
    return whole.size() - textRect(whole.marginsRemoved(contentsMargins())).size();
}

QPointF WrappedLabel::textOrigin() const {
    const QRect area = textRect(contentsRect());
    const int height = layOut(std::max(area.width(), 0));
    int top = area.top();
    // As QLabel places a text shorter than the label, and never above the top when it is taller.
    if (alignment() & Qt::AlignVCenter) {
        top += std::max((area.height() - height) / 2, 0);
    } else if (alignment() & Qt::AlignBottom) {
        top += std::max(area.height() - height, 0);
    }
    return QPointF(area.left(), top);
}

int WrappedLabel::positionAt(const QPointF& point) const {
    const QTextLayout& layout = laidOutTextLayout();
    const QPointF origin = textOrigin();
    const int lines = layout.lineCount();
    if (lines == 0) {
        return 0;
    }
    const QPointF local = point - origin;
    int index = 0;
    while (index + 1 < lines && local.y() >= layout.lineAt(index).rect().bottom()) {
        ++index;
    }
    return layout.lineAt(index).xToCursor(local.x());
}

int WrappedLabel::wordStart(int position) const {
    QTextBoundaryFinder finder(QTextBoundaryFinder::Word, textLayout().text());
    finder.setPosition(position);
    if (finder.isAtBoundary() && finder.boundaryReasons().testFlag(QTextBoundaryFinder::StartOfItem)) {
        return position;
    }
    return std::max(static_cast<int>(finder.toPreviousBoundary()), 0);
}

int WrappedLabel::wordEnd(int position) const {
    const QString& text = textLayout().text();
    QTextBoundaryFinder finder(QTextBoundaryFinder::Word, text);
    finder.setPosition(position);
    const qsizetype next = finder.toNextBoundary();
    return next < 0 ? static_cast<int>(text.size()) : static_cast<int>(next);
}

bool WrappedLabel::moveCursorFor(const QKeyEvent* event) {
    const QTextLayout& layout = laidOutTextLayout();
    const int size = static_cast<int>(layout.text().size());
    const QTextLine line = layout.lineForTextPosition(m_cursor);
    const auto lineEnd = [&] {
        int end = line.textStart() + line.textLength();
        // A wrapped line ends with the space or separator it was broken at: stop before it.
        if (end < size && end > line.textStart() &&
            (layout.text().at(end - 1).isSpace() || layout.text().at(end - 1) == QChar::LineSeparator)) {
            --end;
        }
        return end;
    };
    const auto verticalNeighbour = [&](int step) {
        const int index = line.lineNumber() + step;
        if (index < 0) {
            return 0;
        }
        if (index >= layout.lineCount()) {
            return size;
        }
        return layout.lineAt(index).xToCursor(line.cursorToX(m_cursor));
    };
    struct Movement {
        QKeySequence::StandardKey move;
        QKeySequence::StandardKey extend;
        std::function<int()> target;
    };
    const std::array<Movement, 8> movements{{
        {QKeySequence::MoveToNextChar, QKeySequence::SelectNextChar,
         [&] { return layout.nextCursorPosition(m_cursor); }},
        {QKeySequence::MoveToPreviousChar, QKeySequence::SelectPreviousChar,
         [&] { return layout.previousCursorPosition(m_cursor); }},
        {QKeySequence::MoveToNextWord, QKeySequence::SelectNextWord,
         [&] { return layout.nextCursorPosition(m_cursor, QTextLayout::SkipWords); }},
        {QKeySequence::MoveToPreviousWord, QKeySequence::SelectPreviousWord,
         [&] { return layout.previousCursorPosition(m_cursor, QTextLayout::SkipWords); }},
        {QKeySequence::MoveToStartOfLine, QKeySequence::SelectStartOfLine, [&] { return line.textStart(); }},
        {QKeySequence::MoveToEndOfLine, QKeySequence::SelectEndOfLine, lineEnd},
        {QKeySequence::MoveToNextLine, QKeySequence::SelectNextLine, [&] { return verticalNeighbour(1); }},
        {QKeySequence::MoveToPreviousLine, QKeySequence::SelectPreviousLine,
         [&] { return verticalNeighbour(-1); }},
    }};
    for (const Movement& movement : movements) {
        const bool extend = event->matches(movement.extend);
        if (extend || event->matches(movement.move)) {
            moveCursorTo(line.isValid() ? movement.target() : 0, extend);
            return true;
        }
    }
    if (event->matches(QKeySequence::MoveToStartOfDocument) ||
        event->matches(QKeySequence::SelectStartOfDocument)) {
        moveCursorTo(0, event->matches(QKeySequence::SelectStartOfDocument));
        return true;
    }
    if (event->matches(QKeySequence::MoveToEndOfDocument) ||
        event->matches(QKeySequence::SelectEndOfDocument)) {
        moveCursorTo(size, event->matches(QKeySequence::SelectEndOfDocument));
        return true;
    }
    return false;
}

bool WrappedLabel::isTextKey(const QKeyEvent* event) {
    static constexpr std::array kKeys{
        QKeySequence::Copy,
        QKeySequence::SelectAll,
        QKeySequence::MoveToNextChar,
        QKeySequence::SelectNextChar,
        QKeySequence::MoveToPreviousChar,
        QKeySequence::SelectPreviousChar,
        QKeySequence::MoveToNextWord,
        QKeySequence::SelectNextWord,
        QKeySequence::MoveToPreviousWord,
        QKeySequence::SelectPreviousWord,
        QKeySequence::MoveToStartOfLine,
        QKeySequence::SelectStartOfLine,
        QKeySequence::MoveToEndOfLine,
        QKeySequence::SelectEndOfLine,
        QKeySequence::MoveToNextLine,
        QKeySequence::SelectNextLine,
        QKeySequence::MoveToPreviousLine,
        QKeySequence::SelectPreviousLine,
        QKeySequence::MoveToStartOfDocument,
        QKeySequence::SelectStartOfDocument,
        QKeySequence::MoveToEndOfDocument,
        QKeySequence::SelectEndOfDocument,
    };
    return std::any_of(kKeys.begin(), kKeys.end(),
                       [event](QKeySequence::StandardKey key) { return event->matches(key); });
}

void WrappedLabel::moveCursorTo(int position, bool keepAnchor) {
    m_cursor = std::clamp(position, 0, static_cast<int>(textLayout().text().size()));
    if (!keepAnchor) {
        m_anchor = m_cursor;
    }
    update();
}

void WrappedLabel::copySelection(bool toSelectionClipboard) const {
    const QString selected = selection();
    if (selected.isEmpty()) {
        return;
    }
    QClipboard* clipboard = QGuiApplication::clipboard();
    if (!toSelectionClipboard) {
        clipboard->setText(selected);
    } else if (clipboard->supportsSelection()) {
        // As X11 programs do: what is selected with the mouse can be pasted with the middle button.
        clipboard->setText(selected, QClipboard::Selection);
    }
}

} // namespace coherence
