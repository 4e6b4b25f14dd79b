#pragma once

#include <QAbstractTableModel>

namespace coherence {

class AssessmentSession;

/// The gap list, by priority: what to fix first. Rebuilt whenever the scores change.
class GapListModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { CriterionColumn, TitleColumn, LevelColumn, TargetColumn, PriorityColumn, ColumnCount };

    explicit GapListModel(AssessmentSession* session, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    AssessmentSession* m_session;
};

} // namespace coherence
