#pragma once

// Statistics of repeated whole-process runs, shared by the ratio benchmarks.

#include <algorithm>
#include <cstddef>
#include <utility>
#include <vector>

namespace coherence::bench {

/// The median of @p values (the upper one of an even count).
template <typename T>
T median(std::vector<T> values) {
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

/// The middle half (the quartiles) of the ratios of each program run to the reference run next to it:
/// how far a drifting machine moves the ratio, to print beside the ratio of the medians.
inline std::pair<double, double> middleHalfOfRatios(const std::vector<double>& programs,
                                                    const std::vector<double>& references) {
    std::vector<double> ratios;
    for (std::size_t i = 0; i < programs.size() && i < references.size(); ++i) {
        ratios.push_back(programs[i] / references[i]);
    }
    std::sort(ratios.begin(), ratios.end());
    return {ratios[ratios.size() / 4], ratios[(ratios.size() * 3) / 4]};
}

} // namespace coherence::bench
