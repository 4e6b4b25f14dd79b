#pragma once

#include "Citation.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace coherence {

/// Adds or edits one piece of evidence: where in which document, the passage, and what it shows.
class CitationDialog : public QDialog {
    Q_OBJECT

public:
    explicit CitationDialog(QWidget* parent = nullptr);

    void setCitation(const Citation& citation);
    Citation citation() const;

private:
    void validate();

    QLineEdit* m_document;
    QLineEdit* m_section;
    QLineEdit* m_page;
    QPlainTextEdit* m_excerpt;
    QComboBox* m_kind;
    QLabel* m_problem;
    QDialogButtonBox* m_buttons;
};

} // namespace coherence
