#pragma once

#include <QAbstractItemModel>
#include <QIcon>

namespace coherence {

class AssessmentSession;

/**
 * The walk-through's tree: areas, each with its criteria. Column 0 is the title, column 1 the
 * state — level, N/A or not rated for a criterion (with a warning mark), progress for an area.
 * It listens to the session and updates only the rows that changed.
 */
class NavigatorModel : public QAbstractItemModel {
    Q_OBJECT

public:
    enum Column { TitleColumn, StateColumn, ColumnCount };

    explicit NavigatorModel(AssessmentSession* session, QObject* parent = nullptr);

    QModelIndex index(int row, int column, const QModelIndex& parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    QModelIndex indexOfCriterion(const QString& criterionId, int column = TitleColumn) const;
    QString criterionAt(const QModelIndex& index) const;

private:
    void onRatingChanged(const QString& criterionId);
    QVariant areaData(int areaRow, int column, int role) const;
    QVariant criterionData(int areaRow, int criterionRow, int column, int role) const;

    AssessmentSession* m_session;
    QList<QList<qsizetype>> m_criteriaByArea; ///< rubric criterion indices, per area row
    QStringList m_searchText;                 ///< per rubric criterion index, lower case
    QIcon m_warningIcon;
};

} // namespace coherence
