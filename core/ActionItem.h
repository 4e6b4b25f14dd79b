#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>

namespace coherence {

enum class ActionStatus { Planned, InProgress, Done, Dropped };
enum class ActionPriority { High, Medium, Low };

QString actionStatusName(ActionStatus status); ///< "planned", "in-progress", "done", "dropped"
std::optional<ActionStatus> actionStatusFromName(const QString& name);
QString actionPriorityName(ActionPriority priority); ///< "high", "medium", "low"
std::optional<ActionPriority> actionPriorityFromName(const QString& name);

/// One step of the action plan that follows an assessment, usually closing a gap.
struct ActionItem {
    QString title;
    QString criterionId; ///< empty for an action not tied to one criterion
    QString leadInstitution;
    QStringList partners;
    QDate due;
    ActionStatus status = ActionStatus::Planned;
    ActionPriority priority = ActionPriority::Medium;

    bool operator==(const ActionItem&) const = default;
};

} // namespace coherence
