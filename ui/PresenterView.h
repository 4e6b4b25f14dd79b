#pragma once

#include <QElapsedTimer>
#include <QWidget>

class QLabel;
class QTextBrowser;

namespace coherence {

class PresentationWindow;
class SlidePreview;

/**
 * The facilitator's own screen during a presentation: the current slide, the next one, the notes
 * the room does not see and the time elapsed since the start.
 */
class PresenterView : public QWidget {
    Q_OBJECT

public:
    explicit PresenterView(PresentationWindow* presentation, QWidget* parent = nullptr);

    QString notesText() const;
    QString elapsedText() const;

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    void refresh();
    void tick();

    PresentationWindow* m_presentation;
    SlidePreview* m_current;
    SlidePreview* m_next;
    QTextBrowser* m_notes;
    QLabel* m_elapsedLabel;
    QLabel* m_positionLabel;
    QElapsedTimer m_elapsed;
};

} // namespace coherence
