#pragma once

#include "ChangeLogEntry.h"

#include <QAbstractTableModel>
#include <QList>

namespace coherence {

class AssessmentSession;

/**
 * The open assessment's change log, newest first, in words (ChangeDescription): when, who, what
 * changed, what it concerns, before and after. It reads the whole log when made and, after each save,
 * only what was added since (AssessmentDocument::historyAfter), so that a long log is read once.
 */
class HistoryModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        WhenColumn,
        WhoColumn,
        ChangeColumn,
        SubjectColumn,
        BeforeColumn,
        AfterColumn,
        ColumnCount
    };

    explicit HistoryModel(AssessmentSession* session, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// Reads what the log gained since the last read and puts it on top. False when the log cannot
    /// be read: lastError() says why, and the rows shown stay as they were.
    bool refresh();
    QString lastError() const { return m_lastError; }

private:
    qsizetype entryIndex(int row) const { return m_entries.size() - 1 - row; }
    QString text(const ChangeLogEntry& entry, int column, bool full) const;

    AssessmentSession* m_session;
    QList<ChangeLogEntry> m_entries; ///< oldest first, as read: row 0 shows the last
    /// Per entry, every column's whole text in lower case, made when a filter first asks: a filter
    /// over a log of 100,000 entries then reads each entry's words once, not at every keystroke.
    mutable QList<QString> m_searchTexts;
    QString m_lastError;
};

} // namespace coherence
