#include "ActionLabels.h"

namespace coherence {

QString ActionLabels::status(ActionStatus status) {
    switch (status) {
    case ActionStatus::Planned:
        return tr("Planned");
    case ActionStatus::InProgress:
        return tr("In progress");
    case ActionStatus::Done:
        return tr("Done");
    case ActionStatus::Dropped:
        return tr("Dropped");
    }
    return QString();
}

QString ActionLabels::priority(ActionPriority priority) {
    switch (priority) {
    case ActionPriority::High:
        return tr("High");
    case ActionPriority::Medium:
        return tr("Medium");
    case ActionPriority::Low:
        return tr("Low");
    }
    return QString();
}

QString ActionLabels::dueDate(const QDate& due, const QLocale& locale) {
    if (!due.isValid()) {
        return QString();
    }
    QString text = locale.toString(due, QStringLiteral("d MMM yyyy"));
    text.replace(QLatin1Char(' '), QChar(0x00A0));
    return text;
}

} // namespace coherence
