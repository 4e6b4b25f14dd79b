#pragma once

#include "AssessmentComparison.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QListWidget;
class QTableWidget;

namespace coherence {

/**
 * Two assessments side by side: per criterion level A, level B and the change, per-area changes
 * as a chart, and everything that changed as a list. Not modal, so it can stay open beside the
 * walk-through while the differences are discussed.
 */
class CompareDialog : public QDialog {
    Q_OBJECT

public:
    CompareDialog(AssessmentComparison comparison, const QString& labelA, const QString& labelB,
                  QWidget* parent = nullptr);

    const AssessmentComparison& comparison() const { return m_comparison; }
    /// Rows currently shown in the criteria table.
    int visibleCriteria() const;

signals:
    void criterionActivated(const QString& criterionId);

private:
    void fillCriteria();
    void applyFilter();

    AssessmentComparison m_comparison;
    QLabel* m_summaryLabel;
    QCheckBox* m_differencesOnlyCheckBox;
    QTableWidget* m_criteriaTable;
    QListWidget* m_changesList;
};

} // namespace coherence
