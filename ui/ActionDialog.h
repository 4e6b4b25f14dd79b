#pragma once

#include "ActionItem.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLineEdit;

namespace coherence {

class Rubric;

/// Adds or edits one action of the action plan.
class ActionDialog : public QDialog {
    Q_OBJECT

public:
    ActionDialog(const Rubric& rubric, QWidget* parent = nullptr);

    void setAction(const ActionItem& action);
    ActionItem action() const;

private:
    void validate();

    QLineEdit* m_title;
    QComboBox* m_criterion;
    QLineEdit* m_lead;
    QLineEdit* m_partners;
    QCheckBox* m_hasDue;
    QDateEdit* m_due;
    QComboBox* m_status;
    QComboBox* m_priority;
    QDialogButtonBox* m_buttons;
};

} // namespace coherence
