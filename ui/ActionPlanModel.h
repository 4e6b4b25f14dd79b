#pragma once

#include <QAbstractTableModel>

namespace coherence {

class AssessmentSession;

/// The action plan as a table; sorting and filtering are done by a proxy on SortRole.
class ActionPlanModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        TitleColumn,
        CriterionColumn,
        LeadColumn,
        PartnersColumn,
        DueColumn,
        StatusColumn,
        PriorityColumn,
        ColumnCount
    };

    explicit ActionPlanModel(AssessmentSession* session, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    AssessmentSession* m_session;
};

} // namespace coherence
