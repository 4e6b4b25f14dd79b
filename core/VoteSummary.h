#pragma once

#include <QMap>

#include <optional>

namespace coherence {

/// What a room's vote tally (level → how many chose it) says: how many voted, how far apart, where the middle
/// is.
struct VoteSummary {
    int total = 0;
    std::optional<int> minimum;
    std::optional<int> maximum;
    /// The lower middle for an even count: a room split between two levels has not yet shown the higher
    /// one, and a consensus that flatters the plan is the costlier mistake. Merges use the same rule.
    std::optional<int> median;
    int mostVotes = 0; ///< the largest count of any one level, for scaling bars

    static VoteSummary of(const QMap<int, int>& votes);
    /// max − min, or 0 without votes.
    int spread() const { return minimum && maximum ? *maximum - *minimum : 0; }
};

} // namespace coherence
