#pragma once

#include <QString>

namespace coherence {

/// The development plan under assessment.
struct Plan {
    QString title; ///< e.g. "National Development Plan 2026–2030"
    QString country;
    QString period;            ///< free text: "2026–2030"
    QString documentReference; ///< where the plan can be found: an official number, a URL, an ISBN

    bool operator==(const Plan&) const = default;
};

} // namespace coherence
