#include "ActionPlanModel.h"

#include "ActionLabels.h"
#include "AssessmentSession.h"
#include "ItemDataRoles.h"

namespace coherence {

ActionPlanModel::ActionPlanModel(AssessmentSession* session, QObject* parent)
    : QAbstractTableModel(parent)
    , m_session(session) {
    connect(session, &AssessmentSession::actionsChanged, this, [this] {
        beginResetModel();
        endResetModel();
    });
}

int ActionPlanModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_session->assessment().actions().size());
}

int ActionPlanModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ActionPlanModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return QVariant();
    }
    const ActionItem& action = m_session->assessment().actions()[index.row()];
    if (role == CriterionIdRole) {
        return action.criterionId;
    }
    if (role != Qt::DisplayRole && role != SortRole && role != Qt::ToolTipRole) {
        return QVariant();
    }
    const bool sorting = role == SortRole;
    switch (index.column()) {
    case TitleColumn:
        return action.title;
    case CriterionColumn:
        return action.criterionId;
    case LeadColumn:
        return action.leadInstitution;
    case PartnersColumn:
        return action.partners.join(QStringLiteral(", "));
    case DueColumn:
        if (sorting) {
            // Undated actions sort last.
            return action.due.isValid() ? action.due : QDate(9999, 12, 31);
        }
        // "30 Jun 2026" in any country, as the reports write it: a short date ("6/30/26") is read
        // differently on either side of the Atlantic, and action plans are shared across borders.
        return ActionLabels::dueDate(action.due);
    case StatusColumn:
        return sorting ? QVariant(static_cast<int>(action.status))
                       : QVariant(ActionLabels::status(action.status));
    case PriorityColumn:
        return sorting ? QVariant(static_cast<int>(action.priority))
                       : QVariant(ActionLabels::priority(action.priority));
    default:
        return QVariant();
    }
}

QVariant ActionPlanModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QVariant();
    }
    switch (section) {
    case TitleColumn:
        return tr("Action");
    case CriterionColumn:
        return tr("Criterion");
    case LeadColumn:
        return tr("Lead institution");
    case PartnersColumn:
        return tr("Partners");
    case DueColumn:
        return tr("Due");
    case StatusColumn:
        return tr("Status");
    case PriorityColumn:
        return tr("Priority");
    default:
        return QVariant();
    }
}

} // namespace coherence
