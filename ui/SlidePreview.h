#pragma once

#include <QWidget>

namespace coherence {

class SlidePainter;

/// A slide drawn small, at the projector's 16:9 proportions: the presenter view's current and next slide.
class SlidePreview : public QWidget {
    Q_OBJECT

public:
    SlidePreview(const SlidePainter& painter, QWidget* parent = nullptr);

    void setSlide(qsizetype index);
    qsizetype slide() const { return m_index; }
    QSize sizeHint() const override { return {480, 270}; }
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override { return width * 9 / 16; }

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    const SlidePainter& m_painter;
    qsizetype m_index = -1;
};

} // namespace coherence
