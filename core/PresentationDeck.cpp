#include "PresentationDeck.h"

namespace coherence {

PresentationDeck::PresentationDeck(const Rubric& rubric) {
    m_slides << Slide{Slide::Kind::Title, QString(), QString()};
    for (const Area& area : rubric.areas()) {
        const QList<const Criterion*> criteria = rubric.criteriaOfArea(area.id);
        if (criteria.isEmpty()) {
            continue;
        }
        m_slides << Slide{Slide::Kind::Area, area.id, QString()};
        for (const Criterion* criterion : criteria) {
            m_slides << Slide{Slide::Kind::Criterion, area.id, criterion->id};
        }
    }
    m_slides << Slide{Slide::Kind::Profile, QString(), QString()}
             << Slide{Slide::Kind::Gaps, QString(), QString()};
}

qsizetype PresentationDeck::indexOfCriterion(const QString& criterionId) const {
    for (qsizetype i = 0; i < m_slides.size(); ++i) {
        if (m_slides[i].kind == Slide::Kind::Criterion && m_slides[i].criterionId == criterionId) {
            return i;
        }
    }
    return -1;
}

} // namespace coherence
