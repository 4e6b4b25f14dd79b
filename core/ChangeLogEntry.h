#pragma once

#include <QDateTime>
#include <QString>

namespace coherence {

/// One recorded edit of an assessment document: what changed, from what to what, when, by whom.
struct ChangeLogEntry {
    qint64 id = 0;
    QDateTime at;
    QString author;
    QString what;    ///< e.g. "rating.level", "plan.title", "action.add", "import"
    QString subject; ///< the criterion id or action number the edit concerns, if any
    QString oldValue;
    QString newValue;

    bool operator==(const ChangeLogEntry&) const = default;
};

} // namespace coherence
