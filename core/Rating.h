#pragma once

#include "Citation.h"

#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace coherence {

/**
 * Everything an assessor recorded against one criterion.
 *
 * A rating is in one of three states: not yet rated (no level, not N/A), rated at a level, or
 * not applicable (with a written justification). Notes, citations and a target can be recorded
 * in any state, so an assessor can collect evidence before deciding.
 */
struct Rating {
    std::optional<int> level;
    bool notApplicable = false;
    QString justification;     ///< why N/A; required when notApplicable
    std::optional<int> target; ///< explicit target; the criterion's default applies otherwise
    QList<Citation> citations;
    QString note;
    QString privateNote; ///< never printed in briefing notes or shown in presentation mode
    /// How many people in the room (or participants of a merge) chose each level: level → count.
    /// Stored with the rating so the spread behind a consensus level is never lost.
    QMap<int, int> votes;

    bool isRated() const { return level.has_value() && !notApplicable; }
    /// True when nothing at all was recorded, so the rating need not be stored.
    bool isEmpty() const;

    bool operator==(const Rating&) const = default;
};

} // namespace coherence
