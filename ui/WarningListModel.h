#pragma once

#include <QAbstractListModel>
#include <QIcon>

namespace coherence {

class AssessmentSession;

/// The consistency warnings of the assessment; rebuilt whenever the scores change.
class WarningListModel : public QAbstractListModel {
    Q_OBJECT

public:
    explicit WarningListModel(AssessmentSession* session, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

private:
    AssessmentSession* m_session;
    QIcon m_warningIcon;
};

} // namespace coherence
