#pragma once

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;
class QTimer;

namespace coherence {

class AssessmentSession;
class HistoryModel;

/**
 * Edit > Change history: every change the file records, newest first, in words; a filter over every
 * column and a switch to show only the criterion on screen. Not modal, so that it stays open beside
 * the walk-through; it follows each edit as it is saved. Activating a row about a criterion shows that
 * criterion.
 */
class HistoryDialog : public QDialog {
    Q_OBJECT

public:
    explicit HistoryDialog(AssessmentSession* session, QWidget* parent = nullptr);

    /// The criterion the window shows, which "Only this criterion" narrows the list to.
    void setCriterionShown(const QString& criterionId);
    /// Rows the filters let through.
    int visibleChanges() const;

signals:
    void criterionActivated(const QString& criterionId);

private:
    void applyFilter();
    void showState();

    HistoryModel* m_model;
    QSortFilterProxyModel* m_filter;
    QLineEdit* m_filterLineEdit;
    QCheckBox* m_criterionOnlyCheckBox;
    QTableView* m_tableView;
    QLabel* m_stateLabel;
    QTimer* m_filterTimer;
    QString m_criterionShown;
};

} // namespace coherence
