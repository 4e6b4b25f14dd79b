#pragma once

#include "Assessment.h"

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

    /// The three roles, in the order and words both this dialog and "Assessment details" offer them.
    static void addRoles(QComboBox* comboBox);
    /// Assessors typed as "A. Name, B. Name": each name trimmed, empty ones left out.
    static QStringList splitNames(const QString& names);

    QString filePath() const;
    /// The assessment to create (plan, metadata, rubric); valid only after accept().
    Assessment assessment() const;

private:
    void validate();
    void browse();
    void onRubricChosen(int index);
    void suggestFileName();

    QLineEdit* m_planTitle;
    QLineEdit* m_country;
    QLineEdit* m_period;
    QLineEdit* m_documentReference;
    QComboBox* m_role;
    QLineEdit* m_assessors;
    QLineEdit* m_organisation;
    QComboBox* m_rubric;
    QLineEdit* m_filePath;
    QLabel* m_problem;
    QDialogButtonBox* m_buttons;
    RubricPtr m_fileRubric;
    QString m_defaultFolder;
    bool m_pathEdited = false;
};

} // namespace coherence
