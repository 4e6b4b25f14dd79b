#include "SlidePreview.h"

#include "SlidePainter.h"

#include <QPainter>

namespace coherence {

SlidePreview::SlidePreview(const SlidePainter& painter, QWidget* parent)
    : QWidget(parent)
    , m_painter(painter) {
    setMinimumSize(240, 135);
}

void SlidePreview::setSlide(qsizetype index) {
    m_index = index;
    update();
}

void SlidePreview::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    painter.fillRect(rect(), palette().window());
    QRect slide(0, 0, width(), width() * 9 / 16);
    if (slide.height() > height()) {
        slide = QRect(0, 0, height() * 16 / 9, height());
    }
    slide.moveCenter(rect().center());
    if (m_index < 0) {
        painter.setPen(palette().text().color());
        painter.drawText(slide, Qt::AlignCenter, tr("End of the presentation"));
        return;
    }
    m_painter.paint(painter, slide, m_index);
    painter.setPen(palette().mid().color());
    painter.drawRect(slide.adjusted(0, 0, -1, -1));
}

} // namespace coherence
