#pragma once

#include "ActionItem.h"

#include <QCoreApplication>
#include <QDate>
#include <QLocale>
#include <QString>

namespace coherence {

/// What a person reads for an action's status, priority and due date: the window's table and
/// dialogs and the reports say "In progress", "High" and "30 Jun 2027" in the installed translation,
/// where the file keeps actionStatusName()'s fixed "in-progress" and an ISO date.
class ActionLabels {
    Q_DECLARE_TR_FUNCTIONS(ActionLabels)

public:
    static QString status(ActionStatus status);
    static QString priority(ActionPriority priority);
    /// "30 Jun 2027" with @p locale's month names, unambiguous in any country (where "06/30/27"
    /// is not), its spaces non-breaking so that a table never splits it; empty for no date.
    static QString dueDate(const QDate& due, const QLocale& locale = QLocale());
};

} // namespace coherence
