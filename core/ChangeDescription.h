#pragma once

#include "ChangeLogEntry.h"
#include "Rubric.h"

#include <QCoreApplication>
#include <QString>

namespace coherence {

/**
 * A change-log entry as a person reads it in the window's history: "Level" changed from "not rated"
 * to "3 — Operationalised", "Evidence" from "none" to "“Budget line 5.2.4 …”". The log itself keeps
 * codes and stored values ("rating.level", "3"), which the command line prints as they are, for scripts.
 */
class ChangeDescription {
    Q_DECLARE_TR_FUNCTIONS(ChangeDescription)

public:
    /// What changed: "Level", "Plan title", "Action added"; the code itself for one this version does
    /// not know (a file written by a newer Coherence).
    static QString change(const ChangeLogEntry& entry);
    /// What the entry concerns: a criterion's id, "Action 3", or nothing for the plan's details.
    static QString subject(const ChangeLogEntry& entry);
    /// The criterion @p entry concerns, or an empty string.
    static QString criterionId(const ChangeLogEntry& entry);
    /// @p value, the entry's old or new value, as a person reads it; level labels from @p rubric in
    /// @p language.
    static QString value(const ChangeLogEntry& entry, const QString& value, const Rubric& rubric,
                         const QString& language = QString());
};

} // namespace coherence
