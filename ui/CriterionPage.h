#pragma once

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QScrollArea;
class QSpinBox;
class QTableView;
class QTimer;
class QVBoxLayout;

namespace coherence {

class AssessmentSession;
class CitationListModel;
class LevelOption;
struct Rating;

/**
 * One recommendation at a time: what it asks, what to look for, the questions to ask of the plan,
 * where it comes from — and the rating: five large level options, N/A with its justification, the
 * target, the evidence, the notes. Every change is an undoable edit, saved at once; text is saved
 * after a pause in typing and when the page is left.
 */
class CriterionPage : public QWidget {
    Q_OBJECT

public:
    explicit CriterionPage(AssessmentSession* session, QWidget* parent = nullptr);

    void showCriterion(const QString& criterionId);
    const QString& criterionId() const { return m_criterionId; }

    void chooseLevel(int level);
    /// Marks N/A, or asks for the justification first when there is none yet.
    void markNotApplicable();
    /// Saves text typed but not yet saved (the pause timer has not fired).
    void commitPendingText();
    void addCitation();
    /// Asks for the page as found in the user's copy of the handbook, for each handbook reference.
    void correctPageNumbers();

signals:
    void previousRequested();
    void nextRequested();

private:
    bool event(QEvent* event) override;

    void refresh();
    void refreshRating();
    void refreshNotes();
    void startTextTimer();
    /// Builds the evidence table and the note editors, below the rating: once the page's first frame
    /// is painted, not with the page, because they are out of sight until the user scrolls and
    /// building and laying them out was 2-5 ms of every start (docs/performance.md). Until then
    /// their pointers are null.
    void buildEvidenceAndNotes();
    void refreshReferences();
    void applyChange(Rating rating, const QString& description, int mergeId = -1);
    void onNotApplicableToggled(bool checked);
    /// Scrolls the justification field and its hint into view (N is pressed with the page anywhere).
    void revealJustification();
    void editCitation();
    void removeCitation();
    QLabel* addSection(const QString& title, QWidget* content);

    AssessmentSession* m_session;
    QString m_criterionId;
    bool m_updating = false;

    QLabel* m_locationLabel;
    QLabel* m_titleLabel;
    QLabel* m_recommendationLabel;
    QLabel* m_guidanceLabel;
    QLabel* m_questionsLabel;
    QLabel* m_referencesLabel;
    QLabel* m_caveatLabel;
    QPushButton* m_correctPagesButton;
    QList<LevelOption*> m_levelOptions;
    QCheckBox* m_notApplicableCheckBox;
    QLineEdit* m_justificationLineEdit;
    QLabel* m_justificationHintLabel;
    QSpinBox* m_targetSpinBox;
    QLabel* m_warningsLabel;
    CitationListModel* m_citationModel;
    QVBoxLayout* m_contentLayout;
    bool m_evidenceAndNotesScheduled = false;
    QTableView* m_citationsTableView = nullptr;
    QPushButton* m_addCitationButton = nullptr;
    QPushButton* m_editCitationButton = nullptr;
    QPushButton* m_removeCitationButton = nullptr;
    QPlainTextEdit* m_noteTextEdit = nullptr;
    QPlainTextEdit* m_privateNoteTextEdit = nullptr;
    QPushButton* m_previousButton;
    QPushButton* m_nextButton;
    QTimer* m_textTimer;
    QWidget* m_content;
    QScrollArea* m_scrollArea;
};

} // namespace coherence
