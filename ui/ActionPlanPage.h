#pragma once

#include "ActionItem.h"

#include <QWidget>

class QComboBox;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace coherence {

class ActionPlanModel;
class AssessmentSession;

/// The action plan: a sortable, filterable table of actions, added freely or from a gap.
class ActionPlanPage : public QWidget {
    Q_OBJECT

public:
    explicit ActionPlanPage(AssessmentSession* session, QWidget* parent = nullptr);

    /// Opens the action dialog prefilled for closing the gap of @p criterionId.
    void addActionForCriterion(const QString& criterionId);
    void addAction();
    bool addAction(const ActionItem& action);
    QTableView* table() const { return m_tableView; }

signals:
    void criterionActivated(const QString& criterionId);

private:
    void editSelected();
    void removeSelected();
    int selectedSourceRow() const;
    void applyFilter();

    AssessmentSession* m_session;
    ActionPlanModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QTableView* m_tableView;
    QLineEdit* m_filterLineEdit;
    QComboBox* m_statusComboBox;
    QPushButton* m_addButton;
    QPushButton* m_editButton;
    QPushButton* m_removeButton;
};

} // namespace coherence
