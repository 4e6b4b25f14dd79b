#pragma once

#include "Assessment.h"
#include "PlanDetailsFields.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace coherence {

/**
 * Everything a new assessment needs, on one page: the plan, who assesses it and in what role, the
 * rubric, and where to keep the file. Problems are shown inline as they are typed; OK is enabled
 * only when the assessment can be created.
 */
class NewAssessmentDialog : public QDialog {
    Q_OBJECT

public:
    explicit NewAssessmentDialog(const QString& defaultFolder, QWidget* parent = nullptr);

    QString filePath() const;
    /// The assessment to create (plan, metadata, rubric); valid only after accept().
    Assessment assessment() const;

private:
    /// What keeps the assessment from being created, or an empty string.
    QString problem() const;
    void validate();
    void browse();
    void onRubricChosen(int index);
    void suggestFileName();

    PlanDetailsFields m_fields;
    QComboBox* m_rubric;
    QLineEdit* m_filePath;
    QLabel* m_problem;
    QDialogButtonBox* m_buttons;
    RubricPtr m_fileRubric;
    QString m_defaultFolder;
    bool m_pathEdited = false;
};

} // namespace coherence
