#pragma once

#include "Rubric.h"

#include <QList>
#include <QString>

namespace coherence {

/// One slide of presentation mode: what it shows, not how.
struct Slide {
    enum class Kind {
        Title,     ///< plan, date, participants
        Area,      ///< an introduction to one area
        Criterion, ///< recommendation, guiding questions, the levels and the room's rating
        Profile,   ///< the area profile radar
        Gaps,      ///< the top gaps
    };

    Kind kind = Kind::Title;
    QString areaId;      ///< Area and Criterion slides
    QString criterionId; ///< Criterion slides

    bool operator==(const Slide&) const = default;
};

/**
 * The slides of a workshop, in the order a facilitator walks the room through them: a title, then
 * per area an introduction and its criteria, then the profile and the top gaps to close.
 */
class PresentationDeck {
public:
    explicit PresentationDeck(const Rubric& rubric);

    const QList<Slide>& slides() const { return m_slides; }
    qsizetype size() const { return m_slides.size(); }
    const Slide& at(qsizetype index) const { return m_slides.at(index); }
    /// The slide of @p criterionId, or -1.
    qsizetype indexOfCriterion(const QString& criterionId) const;

private:
    QList<Slide> m_slides;
};

} // namespace coherence
