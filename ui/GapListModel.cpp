#include "GapListModel.h"

#include "AssessmentSession.h"
#include "ItemDataRoles.h"

namespace coherence {

GapListModel::GapListModel(AssessmentSession* session, QObject* parent)
    : QAbstractTableModel(parent)
    , m_session(session) {
    connect(session, &AssessmentSession::scoresChanged, this, [this] {
        beginResetModel();
        endResetModel();
    });
}

int GapListModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_session->report().gaps.size());
}

int GapListModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant GapListModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return QVariant();
    }
    const Gap& gap = m_session->report().gaps[index.row()];
    const Criterion* criterion = m_session->rubric().criterion(gap.criterionId);
    if (role == CriterionIdRole) {
        return gap.criterionId;
    }
    if (role == Qt::TextAlignmentRole && index.column() >= LevelColumn) {
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    }
    if (role != Qt::DisplayRole && role != SortRole && role != Qt::ToolTipRole) {
        return QVariant();
    }
    switch (index.column()) {
    case TitleColumn: {
        const QString title = criterion ? criterion->title.text() : QString();
        if (role == SortRole) {
            return QVariant::fromValue(m_session->rubric().criterionIndex(gap.criterionId)); // rubric order
        }
        if (role == Qt::ToolTipRole) {
            return title.isEmpty() ? gap.criterionId : tr("%1 — %2").arg(gap.criterionId, title);
        }
        return title.isEmpty() ? gap.criterionId : gap.criterionId + QStringLiteral("  ") + title;
    }
    case LevelColumn:
        return gap.level;
    case TargetColumn:
        return gap.target;
    case PriorityColumn:
        return role == SortRole ? QVariant(gap.priority) : QVariant(QString::number(gap.priority, 'g', 4));
    default:
        return QVariant();
    }
}

QVariant GapListModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QVariant();
    }
    switch (section) {
    case TitleColumn:
        return tr("Recommendation");
    case LevelColumn:
        return tr("Level");
    case TargetColumn:
        return tr("Target");
    case PriorityColumn:
        return tr("Priority");
    default:
        return QVariant();
    }
}

} // namespace coherence
