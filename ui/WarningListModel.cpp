#include "WarningListModel.h"

#include "AssessmentSession.h"
#include "ItemDataRoles.h"
#include "WarningMarkIconEngine.h"

namespace coherence {

WarningListModel::WarningListModel(AssessmentSession* session, QObject* parent)
    : QAbstractListModel(parent)
    , m_session(session)
    , m_warningIcon(WarningMarkIconEngine::icon()) {
    connect(session, &AssessmentSession::scoresChanged, this, [this] {
        beginResetModel();
        endResetModel();
    });
}

int WarningListModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_session->report().warnings.size());
}

QVariant WarningListModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return QVariant();
    }
    const ConsistencyWarning& warning = m_session->report().warnings[index.row()];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return warning.message();
    case Qt::DecorationRole:
        return m_warningIcon;
    case CriterionIdRole:
        return warning.criterionId;
    default:
        return QVariant();
    }
}

} // namespace coherence
