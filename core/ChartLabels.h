#pragma once

#include <QStringList>

namespace coherence {

/**
 * Labels for charts that have little room per label, such as the spokes of the dashboard's radar.
 * Plain strings, no QtGui: they can be tested, and reused by charts drawn without it.
 */
class ChartLabels {
public:
    /// A short, distinct name for each title: its first word without the punctuation after it
    /// ("Evidence, data and monitoring": "Evidence"), or as many words as it takes to tell titles
    /// with the same first word apart ("Social protection", "Social dialogue"). Titles that are the
    /// same throughout are told apart by their place: "Health (3)".
    static QStringList spokeLabels(const QStringList& titles);
};

} // namespace coherence
