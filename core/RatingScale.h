#pragma once

#include "LocalizedText.h"

#include <QList>

namespace coherence {

/// One step of a rating scale: its number, its name and what it takes to reach it.
struct ScaleLevel {
    int value = 0;
    LocalizedText label;
    LocalizedText definition;
    LocalizedText minimumEvidence;

    bool operator==(const ScaleLevel&) const = default;
};

/**
 * The ordered levels a criterion can be rated at, always 0..maxLevel without gaps.
 *
 * "Not yet rated" and "not applicable" are deliberately not levels: they are states of a
 * rating, so they never enter an average by accident.
 */
class RatingScale {
public:
    RatingScale() = default;
    explicit RatingScale(QList<ScaleLevel> levels);

    /// The default 0–4 maturity scale (domain research §4.1), used by every rubric that has none.
    static RatingScale standard();

    const QList<ScaleLevel>& levels() const { return m_levels; }
    int maxLevel() const { return m_levels.isEmpty() ? 0 : m_levels.last().value; }
    bool contains(int level) const { return level >= 0 && level <= maxLevel() && !m_levels.isEmpty(); }
    const ScaleLevel* level(int value) const;

    bool operator==(const RatingScale&) const = default;

private:
    QList<ScaleLevel> m_levels;
};

} // namespace coherence
