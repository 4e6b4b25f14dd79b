#pragma once

#include <QAbstractTableModel>

namespace coherence {

class AssessmentSession;

/// The evidence cited for the criterion on screen.
class CitationListModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { KindColumn, SectionColumn, PageColumn, ExcerptColumn, DocumentColumn, ColumnCount };

    explicit CitationListModel(AssessmentSession* session, QObject* parent = nullptr);

    void setCriterion(const QString& criterionId);
    const QString& criterion() const { return m_criterionId; }

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString kindText(int kind);

private:
    AssessmentSession* m_session;
    QString m_criterionId;
};

} // namespace coherence
