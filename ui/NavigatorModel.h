#pragma once

#include <QAbstractItemModel>
#include <QIcon>

namespace coherence {

class AssessmentSession;
struct Rating;

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

    /// One text the state column can show, and how.
    struct StateSample {
        QString text;
        bool bold = false;     ///< an area's progress
        bool withIcon = false; ///< a criterion's state, which may carry the warning mark
    };
    /// Every text the state column can show with this rubric: the view sizes the column once from
    /// these instead of measuring every row after every change.
    QList<StateSample> stateSamples() const;
    const QIcon& warningIcon() const { return m_warningIcon; }

private:
    static QString progressText(int done, int total);
    /// What the state column shows for @p rating: the level, "N/A" or "–".
    static QString shortStateText(const Rating& rating);
    void onRatingChanged(const QString& criterionId);
    /// Everything the filter searches, per rubric criterion index, in lower case.
    const QStringList& searchText() const;
    QVariant areaData(int areaRow, int column, int role) const;
    QVariant criterionData(int areaRow, int criterionRow, int column, int role) const;

    AssessmentSession* m_session;
    QList<QList<qsizetype>> m_criteriaByArea; ///< rubric criterion indices, per area row
    /// Built on the first search, not with the model: most sessions never filter, and the model is
    /// made before the window's first paint, where every millisecond shows (docs/performance.md).
    mutable QStringList m_searchText;
    QIcon m_warningIcon;
};

} // namespace coherence
