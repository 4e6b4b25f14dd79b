#include "OneLineLabel.h"

#include <QFontMetrics>
#include <QStyle>
#include <QTextDocument>

namespace coherence {

OneLineLabel::OneLineLabel(QWidget* parent)
    : QLabel(parent) {
}

OneLineLabel::OneLineLabel(const QString& text, QWidget* parent)
    : QLabel(text, parent) {
}

bool OneLineLabel::isOneLineOfPlainText() const {
    // An empty label is no text label to QLabel: it is as large as an average character. (A label
    // with a pixmap has no text: QLabel::setPixmap() clears it.)
    if (text().isEmpty()) {
        return false;
    }
    const bool plain =
        textFormat() == Qt::PlainText || (textFormat() == Qt::AutoText && !Qt::mightBeRichText(text()));
    // A mnemonic ("&File" with a buddy) is drawn and measured with its ampersand hidden; a frame, a
    // margin or an indent adds to the text's size as QLabelPrivate::sizeForWidth() reckons it; a
    // selectable text goes through a text document. None of them is measured here.
    const bool mnemonic = buddy() != nullptr && text().contains(u'&');
    return plain && !wordWrap() && !mnemonic && frameWidth() == 0 && margin() == 0 && indent() <= 0 &&
           textInteractionFlags() == Qt::LinksAccessibleByMouse;
}

QSize OneLineLabel::measuredSize() const {
    // As QLabel::minimumSizeHint(): polished first, since polishing may set the font.
    ensurePolished();
    Measured now{text(), font(), alignment(), contentsMargins(), minimumSize()};
    if (m_measured != now) {
        // QLabelPrivate::sizeForWidth() for a text that does not wrap: the text's bounding
        // rectangle in a 2000-pixel box, with the centring flags left out, plus the contents
        // margins, at least the minimum size. The box's width does not change the size of one line,
        // which is why the three measurements QLabel makes come out the same.
        const Qt::Alignment visual = QStyle::visualAlignment(
            now.text.isRightToLeft() ? Qt::RightToLeft : Qt::LeftToRight, now.alignment);
        const int flags = static_cast<int>(visual) & ~(Qt::AlignVCenter | Qt::AlignHCenter);
        const QMargins& margins = now.contentsMargins;
        const QSize extra(margins.left() + margins.right(), margins.top() + margins.bottom());
        const QRect bounds = fontMetrics().boundingRect(0, 0, 2000 - extra.width(), 2000, flags, now.text);
        m_measuredSize = (bounds.size() + extra).expandedTo(now.minimumSize);
        m_measured = std::move(now);
    }
    return m_measuredSize;
}

QSize OneLineLabel::sizeHint() const {
    return isOneLineOfPlainText() ? measuredSize() : QLabel::sizeHint();
}

QSize OneLineLabel::minimumSizeHint() const {
    return isOneLineOfPlainText() ? measuredSize() : QLabel::minimumSizeHint();
}

} // namespace coherence
