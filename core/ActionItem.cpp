#include "ActionItem.h"

namespace coherence {

QString actionStatusName(ActionStatus status) {
    switch (status) {
    case ActionStatus::Planned:
        return QStringLiteral("planned");
    case ActionStatus::InProgress:
        return QStringLiteral("in-progress");
    case ActionStatus::Done:
        return QStringLiteral("done");
    case ActionStatus::Dropped:
        return QStringLiteral("dropped");
    }
    return QString();
}

std::optional<ActionStatus> actionStatusFromName(const QString& name) {
    for (ActionStatus status :
         {ActionStatus::Planned, ActionStatus::InProgress, ActionStatus::Done, ActionStatus::Dropped}) {
        if (actionStatusName(status) == name) {
            return status;
        }
    }
    return std::nullopt;
}

QString actionPriorityName(ActionPriority priority) {
    switch (priority) {
    case ActionPriority::High:
        return QStringLiteral("high");
    case ActionPriority::Medium:
        return QStringLiteral("medium");
    case ActionPriority::Low:
        return QStringLiteral("low");
    }
    return QString();
}

std::optional<ActionPriority> actionPriorityFromName(const QString& name) {
    for (ActionPriority priority : {ActionPriority::High, ActionPriority::Medium, ActionPriority::Low}) {
        if (actionPriorityName(priority) == name) {
            return priority;
        }
    }
    return std::nullopt;
}

} // namespace coherence
