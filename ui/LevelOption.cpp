#include "LevelOption.h"

#include "WrappedLabel.h"

#include <QEvent>
#include <QPainter>
#include <QStyleOptionFocusRect>

namespace coherence {

namespace {

constexpr int kMargin = 10;

} // namespace

LevelOption::LevelOption(int level, QWidget* parent)
    : QAbstractButton(parent)
    , m_level(level) {
    setCheckable(true);
    setFocusPolicy(Qt::StrongFocus);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    setObjectName(QStringLiteral("levelOption%1").arg(level));
}

void LevelOption::setTexts(const QString& label, const QString& definition) {
    m_label = label;
    m_definition = definition;
    m_heightForWidth.clear();
    // The button's text is what assistive technology and the tests read; the option paints its own
    // layouts. "&" doubled, or a rubric label such as "Monitored & adaptive" would make Qt give the
    // option a keyboard mnemonic, Alt+Space, which desktops keep for the window menu.
    setText(QStringLiteral("%1 %2").arg(m_level).arg(QString(label).replace(u'&', QStringLiteral("&&"))));
    setAccessibleName(tr("Level %1: %2").arg(m_level).arg(label));
    setAccessibleDescription(definition);
    setToolTip(tr("Press %1 to choose this level").arg(m_level));
    updateGeometry();
    update();
}

void LevelOption::prepareTexts() const {
    QFont bold = font();
    bold.setBold(true);
    m_labelLayout.setText(m_label, bold, layoutDirection());
    m_definitionLayout.setText(m_definition, font(), layoutDirection());
}

QRect LevelOption::textArea(const QRect& bounds) const {
    const int numberWidth = fontMetrics().height() * 2 + kMargin;
    return bounds.adjusted(numberWidth + kMargin, kMargin, -kMargin, -kMargin);
}

int LevelOption::heightForWidth(int width) const {
    if (const auto cached = m_heightForWidth.constFind(width); cached != m_heightForWidth.cend()) {
        return *cached;
    }
    prepareTexts();
    const QRect area = textArea(QRect(0, 0, width, 10000));
    const int labelHeight = m_labelLayout.height(area.width());
    const int definitionHeight = m_definitionLayout.height(area.width());
    const int height =
        std::max(labelHeight + definitionHeight + 3 * kMargin, fontMetrics().height() * 2 + 2 * kMargin);
    m_heightForWidth.insert(width, height);
    return height;
}

void LevelOption::changeEvent(QEvent* event) {
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange) {
        m_heightForWidth.clear();
    }
    QAbstractButton::changeEvent(event);
}

QSize LevelOption::sizeHint() const {
    // The width the page's texts prefer, so that the page's preferred size lays this out once.
    const int width = WrappedLabel::preferredTextWidth(*this);
    return {width, heightForWidth(width)};
}

QSize LevelOption::minimumSizeHint() const {
    // Thirty characters wide at least. The height is the preferred size's: layouts place an option
    // by its height for the width they give it, so the minimum's height only adds to a page's
    // minimum, and measuring the texts at a width no window gives them cost 1.6 M instructions
    // before the first frame (docs/performance.md).
    return {fontMetrics().averageCharWidth() * 30, sizeHint().height()};
}

void LevelOption::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette& colours = palette();
    const QRectF frame = QRectF(rect()).adjusted(1.5, 1.5, -1.5, -1.5);
    const bool checked = isChecked();
    painter.setPen(
        QPen(checked ? colours.color(QPalette::Highlight) : colours.color(QPalette::Mid), checked ? 3 : 1));
    painter.setBrush(
        checked ? colours.color(QPalette::Highlight).lighter(190)
                : (underMouse() ? colours.color(QPalette::AlternateBase) : colours.color(QPalette::Base)));
    painter.drawRoundedRect(frame, 6, 6);

    // The number in a circle, like a keypad key: it is also the keyboard shortcut.
    const int diameter = fontMetrics().height() * 2;
    const QRect circle(kMargin, (height() - diameter) / 2, diameter, diameter);
    painter.setPen(Qt::NoPen);
    painter.setBrush(checked ? colours.color(QPalette::Highlight) : colours.color(QPalette::Button));
    painter.drawEllipse(circle);
    QFont numberFont = font();
    numberFont.setBold(true);
    // The criterion title's size: one font fewer to match and render at start (docs/performance.md).
    numberFont.setPointSizeF(numberFont.pointSizeF() * 1.5);
    painter.setFont(numberFont);
    painter.setPen(checked ? colours.color(QPalette::HighlightedText) : colours.color(QPalette::ButtonText));
    painter.drawText(circle, Qt::AlignCenter, QString::number(m_level));

    const QRect area = textArea(rect());
    prepareTexts();
    painter.setPen(colours.color(QPalette::Text));
    const int labelHeight = m_labelLayout.height(area.width());
    m_labelLayout.draw(painter, area);
    m_definitionLayout.draw(painter, area.adjusted(0, labelHeight + kMargin / 2, 0, 0));

    if (hasFocus()) {
        QStyleOptionFocusRect option;
        option.initFrom(this);
        option.rect = rect().adjusted(4, 4, -4, -4);
        style()->drawPrimitive(QStyle::PE_FrameFocusRect, &option, &painter, this);
    }
}

} // namespace coherence
