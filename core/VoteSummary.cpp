#include "VoteSummary.h"

#include <algorithm>

namespace coherence {

VoteSummary VoteSummary::of(const QMap<int, int>& votes) {
    VoteSummary summary;
    for (auto it = votes.cbegin(); it != votes.cend(); ++it) {
        if (it.value() <= 0) {
            continue;
        }
        summary.total += it.value();
        summary.minimum = summary.minimum ? std::min(*summary.minimum, it.key()) : it.key();
        summary.maximum = summary.maximum ? std::max(*summary.maximum, it.key()) : it.key();
        summary.mostVotes = std::max(summary.mostVotes, it.value());
    }
    // The (total − 1) / 2-th vote in level order.
    int position = (summary.total - 1) / 2;
    for (auto it = votes.cbegin(); summary.total > 0 && it != votes.cend(); ++it) {
        if (it.value() <= 0) {
            continue;
        }
        if (position < it.value()) {
            summary.median = it.key();
            break;
        }
        position -= it.value();
    }
    return summary;
}

} // namespace coherence
