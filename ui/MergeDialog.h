#pragma once

#include "AssessmentMerge.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QTableWidget;

namespace coherence {

/**
 * Merging participants' assessments: what the rubric versions allow, then per criterion every
 * participant's level, the spread and the consensus (the median unless the facilitator picks
 * another). Accepting asks where to write the new consensus file; MainWindow writes and opens it.
 */
class MergeDialog : public QDialog {
    Q_OBJECT

public:
    MergeDialog(AssessmentMerge merge, QWidget* parent = nullptr);

    const AssessmentMerge& merge() const { return m_merge; }
    bool anonymise() const;
    /// Rows currently shown (all, or the disagreements only).
    int visibleCriteria() const;
    /// Sets the consensus of @p criterionId as the facilitator would with the row's combo box.
    void chooseConsensus(const QString& criterionId, std::optional<int> level);

private:
    void fillTable();
    void updateHeaders();
    void applyFilter();
    int rowOf(const QString& criterionId) const;

    AssessmentMerge m_merge;
    QLabel* m_summaryLabel;
    QLabel* m_compatibilityLabel;
    QCheckBox* m_disagreementsOnlyCheckBox;
    QCheckBox* m_anonymiseCheckBox;
    QTableWidget* m_table;
};

} // namespace coherence
