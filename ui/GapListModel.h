#pragma once

#include <QAbstractTableModel>

namespace coherence {

class AssessmentSession;

/// The gap list, by priority: what to fix first. Rebuilt whenever the scores change.
class GapListModel : public QAbstractTableModel {
    Q_OBJECT

public:
    /// The criterion's id and title share a column, as in the navigator: the dashboard gives the list
    /// little width, and a column of its own for the id took what the title needed (in a 1,366-pixel
    /// window the title's own heading was cut).
    enum Column { TitleColumn, LevelColumn, TargetColumn, PriorityColumn, ColumnCount };

    explicit GapListModel(AssessmentSession* session, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    AssessmentSession* m_session;
};

} // namespace coherence
