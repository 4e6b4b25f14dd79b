#pragma once

#include "PresentationDeck.h"
#include "SlidePainter.h"

#include <QPointer>
#include <QWidget>

#include <memory>
#include <optional>

class QScreen;

namespace coherence {

class AssessmentSession;
class PresenterView;

/**
 * Presentation mode: full screen on the chosen screen, one slide at a time, driven by the keys a
 * presentation clicker sends (Page Down / Page Up, arrows, Space; B or . blanks the screen).
 *
 * The room's decisions go through the session like any edit — undoable, saved at once: a number
 * key sets the consensus level, V opens the vote tally (type a count per level, Tab to the next,
 * Enter to store it with the rating).
 */
class PresentationWindow : public QWidget {
    Q_OBJECT

public:
    PresentationWindow(AssessmentSession* session, const QString& participants, QWidget* parent = nullptr);
    ~PresentationWindow() override;

    const PresentationDeck& deck() const { return m_deck; }
    const SlidePainter& painter() const { return m_painter; }
    qsizetype currentIndex() const { return m_index; }
    void setCurrentIndex(qsizetype index);
    bool isBlanked() const { return m_blanked; }
    bool isEnteringVotes() const { return m_voteEntry.has_value(); }
    /// Whether the slide shows the levels in full (L) rather than the recommendation beside them.
    bool showsLevelsInFull() const { return m_painter.levelsInFull() == m_index; }

    /// Shows the slides full-screen on @p screen (the current screen when null).
    void start(QScreen* screen);
    /// The presenter view (current and next slide, notes, elapsed time) on @p screen.
    PresenterView* showPresenterView(QScreen* screen);
    PresenterView* presenterView() const { return m_presenterView; }

signals:
    void currentIndexChanged(qsizetype index);
    /// What a slide shows changed (a rating, votes, scores), without moving to another slide.
    void contentChanged();
    void finished(qsizetype lastIndex);

protected:
    void paintEvent(QPaintEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void closeEvent(QCloseEvent* event) override;
    bool focusNextPrevChild(bool next) override;

private:
    void setConsensus(int level);
    void beginVotes();
    void handleVoteKey(QKeyEvent* event);
    void commitVotes();
    QString currentCriterion() const;

    AssessmentSession* m_session;
    PresentationDeck m_deck;
    SlidePainter m_painter;
    qsizetype m_index = 0;
    bool m_blanked = false;
    std::optional<VoteEntry> m_voteEntry;
    QPointer<PresenterView> m_presenterView;
};

} // namespace coherence
