#pragma once

#include "PresentationDeck.h"

#include <QCoreApplication>
#include <QFont>
#include <QMap>
#include <QRect>
#include <QString>

class QPainter;

namespace coherence {

class AssessmentSession;
struct Criterion;

/// The vote tally being typed in presentation mode: one count per level, the field being typed.
struct VoteEntry {
    QMap<int, QString> counts; ///< level → digits typed so far
    int currentLevel = 0;
};

/**
 * Paints one presentation slide into any rectangle: the projector, the presenter view's
 * previews and the screenshots all use the same drawing, so what the facilitator rehearses is
 * what the room sees.
 *
 * Type scales with the rectangle's height (body text at least 1/30 of it, so it reads from the
 * back of a room), and texts shrink to fit before they are cut. Black on white with one dark
 * accent: projectors wash out colour and thin strokes, not contrast. Private notes and assessor
 * names are never painted.
 */
class SlidePainter {
    Q_DECLARE_TR_FUNCTIONS(SlidePainter)

public:
    SlidePainter(const AssessmentSession& session, const PresentationDeck& deck, QString participants);

    void paint(QPainter& painter, const QRect& rect, qsizetype index, const VoteEntry* entry = nullptr) const;
    /// What the presenter view shows beside a slide: guidance, notes (private ones too: the
    /// presenter's screen is theirs), the vote spread.
    QString notes(qsizetype index) const;
    /// Shows slide @p index (a recommendation's) as its levels in full, each definition whole, instead
    /// of the recommendation beside the levels' first words; -1 for none. The presentation sets it
    /// when the facilitator presses L, so that its previews in the presenter view show the same.
    void setLevelsInFull(qsizetype index) { m_levelsInFull = index; }
    qsizetype levelsInFull() const { return m_levelsInFull; }
    /// The smallest text, in pixels, for a slide @p height pixels high.
    static int minimumTextSize(int height) { return std::max(8, (height + 29) / 30); }

private:
    QFont font(int pixelSize, bool bold = false) const;
    /// Draws @p text word-wrapped in @p rect at the largest size from @p maxSize down to the minimum that
    /// fits (elided at the minimum); returns the height used.
    int drawFitted(QPainter& painter, const QRect& rect, const QString& text, int maxSize, bool bold = false,
                   int flags = 0) const;
    void paintTitle(QPainter& painter, const QRect& rect) const;
    void paintArea(QPainter& painter, const QRect& rect, const Slide& slide) const;
    void paintCriterion(QPainter& painter, const QRect& rect, const Slide& slide,
                        const VoteEntry* entry) const;
    void paintLevels(QPainter& painter, const QRect& rect, const QString& criterionId) const;
    /// The heading and the levels across the whole slide, every definition whole (L).
    void paintLevelsInFull(QPainter& painter, const QRect& rect, const Criterion& criterion,
                           const VoteEntry* entry) const;
    /// The line at the foot of a recommendation's slide, whose content is @p content: the room's level
    /// and votes, or the tally being typed. The slide keeps statusLineHeight() for it.
    void paintStatus(QPainter& painter, const QRect& content, const Criterion& criterion,
                     const VoteEntry* entry) const;
    int statusLineHeight() const { return m_minimum * 3; }
    void paintVoteEntry(QPainter& painter, const QRect& rect, const VoteEntry& entry) const;
    void paintProfile(QPainter& painter, const QRect& rect) const;
    void paintGaps(QPainter& painter, const QRect& rect) const;
    void paintFooter(QPainter& painter, const QRect& rect, qsizetype index) const;

    const AssessmentSession& m_session;
    const PresentationDeck& m_deck;
    QString m_participants;
    mutable int m_minimum = 8; ///< minimumTextSize() of the slide being painted
    qsizetype m_levelsInFull = -1;
};

} // namespace coherence
