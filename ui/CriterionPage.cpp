#include "CriterionPage.h"

#include "AssessmentSession.h"
#include "CitationDialog.h"
#include "CitationListModel.h"
#include "CurrentItemButtons.h"
#include "Dialogs.h"
#include "LevelOption.h"
#include "OneLineLabel.h"
#include "RubricMarkdown.h"
#include "SetRatingCommand.h"
#include "WrappedLabel.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSpinBox>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace coherence {

namespace {

QLabel* makeTextLabel(QWidget* parent, const QString& objectName) {
    // Plain text (WrappedLabel's only kind): rubric and user text is never interpreted as HTML.
    auto* label = new WrappedLabel(parent);
    label->setObjectName(objectName);
    label->setSelectable(true);
    return label;
}

} // namespace

CriterionPage::CriterionPage(AssessmentSession* session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_citationModel(new CitationListModel(session, this))
    , m_textTimer(new QTimer(this)) {
    setObjectName(QStringLiteral("criterionPage"));
    auto* scroll = new QScrollArea(this);
    m_scrollArea = scroll;
    scroll->setObjectName(QStringLiteral("criterionScrollArea"));
    scroll->setWidgetResizable(true);
    // The page is always taller than the window (five levels, evidence, notes), so its scroll bar is
    // always there: shown from the start, the texts are laid out once at the width left beside it, not
    // first at the full width and again when the bar appears (docs/performance.md).
    scroll->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    scroll->setFrameShape(QFrame::NoFrame);
    // The page's controls take the focus, not the scroll area (which follows the focused control).
    scroll->setFocusPolicy(Qt::NoFocus);
    m_content = new QWidget(scroll);
    auto* layout = new QVBoxLayout(m_content);
    layout->setSpacing(10);

    m_locationLabel = makeTextLabel(m_content, QStringLiteral("criterionLocationLabel"));
    m_titleLabel = makeTextLabel(m_content, QStringLiteral("criterionTitleLabel"));
    QFont titleFont = m_titleLabel->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    m_titleLabel->setFont(titleFont);
    layout->addWidget(m_locationLabel);
    layout->addWidget(m_titleLabel);

    m_recommendationLabel = makeTextLabel(m_content, QStringLiteral("recommendationLabel"));
    m_guidanceLabel = makeTextLabel(m_content, QStringLiteral("guidanceLabel"));
    m_questionsLabel = makeTextLabel(m_content, QStringLiteral("questionsLabel"));
    m_referencesLabel = makeTextLabel(m_content, QStringLiteral("referencesLabel"));
    m_caveatLabel = makeTextLabel(m_content, QStringLiteral("caveatLabel"));
    // Colours by palette role, not style sheets: the first style sheet in a window puts every widget
    // through Qt's style-sheet engine, a cost at each start for two coloured labels.
    m_caveatLabel->setForegroundRole(QPalette::Mid);
    layout->addWidget(addSection(tr("Recommendation"), m_recommendationLabel));
    layout->addWidget(m_recommendationLabel);
    layout->addWidget(addSection(tr("What to look for in the plan"), m_guidanceLabel));
    layout->addWidget(m_guidanceLabel);
    layout->addWidget(addSection(tr("Guiding questions"), m_questionsLabel));
    layout->addWidget(m_questionsLabel);
    layout->addWidget(addSection(tr("References"), m_referencesLabel));
    layout->addWidget(m_referencesLabel);
    layout->addWidget(m_caveatLabel);
    m_correctPagesButton = new QPushButton(tr("&Correct a page number…"), m_content);
    m_correctPagesButton->setObjectName(QStringLiteral("correctPagesButton"));
    m_correctPagesButton->setToolTip(tr("Record the page as you found it in your copy of the handbook"));
    auto* correctRow = new QHBoxLayout;
    correctRow->addWidget(m_correctPagesButton);
    correctRow->addStretch();
    layout->addLayout(correctRow);
    connect(m_correctPagesButton, &QPushButton::clicked, this, &CriterionPage::correctPageNumbers);

    // Rating
    layout->addWidget(addSection(tr("Rating"), nullptr));
    const int maxLevel = session->rubric().scale().maxLevel();
    for (int level = 0; level <= maxLevel; ++level) {
        auto* option = new LevelOption(level, m_content);
        // Plain buttons, not a QButtonGroup: each level is its own Tab stop, as keyboard users expect
        // of five large choices (a group would make them one stop reached by arrow keys).
        connect(option, &LevelOption::clicked, this, [this, level] { chooseLevel(level); });
        m_levelOptions << option;
        layout->addWidget(option);
    }

    m_notApplicableCheckBox = new QCheckBox(tr("&Not applicable to this plan (press N)"), m_content);
    m_notApplicableCheckBox->setObjectName(QStringLiteral("notApplicableCheckBox"));
    m_justificationLineEdit = new QLineEdit(m_content);
    m_justificationLineEdit->setObjectName(QStringLiteral("justificationLineEdit"));
    m_justificationLineEdit->setPlaceholderText(tr("Why does this criterion not apply? (required for N/A)"));
    m_justificationLineEdit->setAccessibleName(tr("Justification for not applicable"));
    m_justificationHintLabel = makeTextLabel(m_content, QStringLiteral("justificationHintLabel"));
    m_justificationHintLabel->setText(
        tr("Write why this criterion does not apply; it is marked N/A as soon as there is a justification."));
    m_justificationHintLabel->setForegroundRole(QPalette::Link);
    m_justificationHintLabel->hide();
    layout->addWidget(m_notApplicableCheckBox);
    layout->addWidget(m_justificationLineEdit);
    layout->addWidget(m_justificationHintLabel);
    connect(m_notApplicableCheckBox, &QCheckBox::toggled, this, &CriterionPage::onNotApplicableToggled);

    m_targetSpinBox = new QSpinBox(m_content);
    m_targetSpinBox->setObjectName(QStringLiteral("targetSpinBox"));
    m_targetSpinBox->setRange(-1, maxLevel);
    m_targetSpinBox->setAccessibleName(tr("Target level"));
    auto* targetRow = new QFormLayout;
    targetRow->addRow(tr("&Target level:"), m_targetSpinBox);
    layout->addLayout(targetRow);
    connect(m_targetSpinBox, &QSpinBox::valueChanged, this, [this](int value) {
        if (m_updating) {
            return;
        }
        Rating rating = m_session->assessment().rating(m_criterionId);
        rating.target = value < 0 ? std::nullopt : std::optional<int>(value);
        applyChange(rating, tr("Set target of %1").arg(m_criterionId));
    });

    m_warningsLabel = makeTextLabel(m_content, QStringLiteral("warningsLabel"));
    QPalette warningPalette = m_warningsLabel->palette();
    warningPalette.setColor(QPalette::WindowText, QColor(0x8a, 0x53, 0x00)); // dark amber, 6.3:1 on white
    m_warningsLabel->setPalette(warningPalette);
    QFont warningFont = m_warningsLabel->font();
    warningFont.setBold(true);
    m_warningsLabel->setFont(warningFont);
    layout->addWidget(m_warningsLabel);

    // The evidence and the notes come below the rating, out of sight when the page is first shown;
    // they are built once the page's first frame is painted (buildEvidenceAndNotes says why).
    m_contentLayout = layout;
    layout->addStretch();

    m_textTimer->setSingleShot(true);
    m_textTimer->setInterval(700);
    connect(m_textTimer, &QTimer::timeout, this, &CriterionPage::commitPendingText);
    connect(m_justificationLineEdit, &QLineEdit::textEdited, this, &CriterionPage::startTextTimer);
    connect(m_justificationLineEdit, &QLineEdit::editingFinished, this, &CriterionPage::commitPendingText);

    scroll->setWidget(m_content);
    auto* navigation = new QHBoxLayout;
    m_previousButton = new QPushButton(tr("← &Previous"), this);
    m_previousButton->setObjectName(QStringLiteral("previousButton"));
    m_previousButton->setToolTip(tr("Previous criterion (Alt+Left)"));
    m_nextButton = new QPushButton(tr("Ne&xt →"), this);
    m_nextButton->setObjectName(QStringLiteral("nextButton"));
    m_nextButton->setToolTip(tr("Next criterion (Alt+Right)"));
    navigation->addWidget(m_previousButton);
    navigation->addStretch();
    navigation->addWidget(m_nextButton);
    connect(m_previousButton, &QPushButton::clicked, this, &CriterionPage::previousRequested);
    connect(m_nextButton, &QPushButton::clicked, this, &CriterionPage::nextRequested);
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);
    outer->addLayout(navigation);

    connect(session, &AssessmentSession::ratingChanged, this, [this](const QString& criterionId) {
        if (criterionId == m_criterionId) {
            refreshRating();
        }
    });
    connect(session, &AssessmentSession::pageCorrectionChanged, this, [this](const QString& criterionId) {
        if (criterionId == m_criterionId) {
            refreshReferences();
        }
    });
    const bool readOnly = session->isReadOnly();
    for (QWidget* editor :
         std::initializer_list<QWidget*>{m_notApplicableCheckBox, m_justificationLineEdit, m_targetSpinBox}) {
        editor->setEnabled(!readOnly);
    }
    for (LevelOption* option : m_levelOptions) {
        option->setEnabled(!readOnly);
    }
}

void CriterionPage::startTextTimer() {
    if (!m_updating) {
        m_textTimer->start();
    }
}

bool CriterionPage::event(QEvent* event) {
    // The first paint of the page is its first frame on screen: what lies below the rating is built
    // right after it, before anyone can scroll there.
    if (event->type() == QEvent::Paint && !m_noteTextEdit && !m_evidenceAndNotesScheduled) {
        m_evidenceAndNotesScheduled = true;
        QTimer::singleShot(0, this, &CriterionPage::buildEvidenceAndNotes);
    }
    return QWidget::event(event);
}

void CriterionPage::buildEvidenceAndNotes() {
    if (m_noteTextEdit) {
        return;
    }
    // Into the page's own layout, before its closing stretch, exactly where they were when built with
    // the page.
    int position = m_contentLayout->count() - 1;
    const auto add = [this, &position](QWidget* widget) {
        m_contentLayout->insertWidget(position++, widget);
    };
    // Evidence
    add(addSection(tr("Evidence from the plan"), nullptr));
    m_citationsTableView = new QTableView(m_content);
    m_citationsTableView->setObjectName(QStringLiteral("citationsTableView"));
    m_citationsTableView->setModel(m_citationModel);
    m_citationsTableView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_citationsTableView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_citationsTableView->horizontalHeader()->setSectionResizeMode(CitationListModel::ExcerptColumn,
                                                                   QHeaderView::Stretch);
    m_citationsTableView->verticalHeader()->hide();
    m_citationsTableView->setMinimumHeight(110);
    m_citationsTableView->setAccessibleName(tr("Evidence cited"));
    m_citationsTableView->setTabKeyNavigation(false);
    add(m_citationsTableView);
    auto* citationButtons = new QHBoxLayout;
    m_addCitationButton = new QPushButton(tr("&Add evidence…"), m_content);
    m_addCitationButton->setObjectName(QStringLiteral("addCitationButton"));
    m_editCitationButton = new QPushButton(tr("Ed&it…"), m_content);
    m_editCitationButton->setObjectName(QStringLiteral("editCitationButton"));
    m_removeCitationButton = new QPushButton(tr("Re&move"), m_content);
    m_removeCitationButton->setObjectName(QStringLiteral("removeCitationButton"));
    citationButtons->addWidget(m_addCitationButton);
    citationButtons->addWidget(m_editCitationButton);
    citationButtons->addWidget(m_removeCitationButton);
    citationButtons->addStretch();
    m_contentLayout->insertLayout(position++, citationButtons);
    connect(m_addCitationButton, &QPushButton::clicked, this, &CriterionPage::addCitation);
    connect(m_editCitationButton, &QPushButton::clicked, this, &CriterionPage::editCitation);
    connect(m_removeCitationButton, &QPushButton::clicked, this, &CriterionPage::removeCitation);
    connect(m_citationsTableView, &QTableView::doubleClicked, this, &CriterionPage::editCitation);

    // Notes
    m_noteTextEdit = new QPlainTextEdit(m_content);
    m_noteTextEdit->setObjectName(QStringLiteral("noteTextEdit"));
    m_noteTextEdit->setAccessibleName(tr("Note"));
    m_noteTextEdit->setTabChangesFocus(true);
    m_noteTextEdit->setPlaceholderText(tr("Shown in reports"));
    m_noteTextEdit->setMaximumHeight(110);
    m_privateNoteTextEdit = new QPlainTextEdit(m_content);
    m_privateNoteTextEdit->setObjectName(QStringLiteral("privateNoteTextEdit"));
    m_privateNoteTextEdit->setAccessibleName(tr("Private note"));
    m_privateNoteTextEdit->setTabChangesFocus(true);
    m_privateNoteTextEdit->setPlaceholderText(
        tr("Never printed in briefing notes, never shown in presentations"));
    m_privateNoteTextEdit->setMaximumHeight(90);
    add(addSection(tr("Note"), m_noteTextEdit));
    add(m_noteTextEdit);
    add(addSection(tr("Private note"), m_privateNoteTextEdit));
    add(m_privateNoteTextEdit);

    connect(m_noteTextEdit, &QPlainTextEdit::textChanged, this, &CriterionPage::startTextTimer);
    connect(m_privateNoteTextEdit, &QPlainTextEdit::textChanged, this, &CriterionPage::startTextTimer);
    const bool readOnly = m_session->isReadOnly();
    m_addCitationButton->setEnabled(!readOnly);
    CurrentItemButtons::follow(m_citationsTableView, {m_editCitationButton, m_removeCitationButton},
                               !readOnly);
    m_noteTextEdit->setReadOnly(readOnly);
    m_privateNoteTextEdit->setReadOnly(readOnly);
    // Made last, these would come last in the window's Tab order; they belong where they are shown,
    // after the target and the warnings (a label the keyboard can select from when there are any).
    QWidget* previous = m_warningsLabel;
    for (QWidget* next :
         std::initializer_list<QWidget*>{m_citationsTableView, m_addCitationButton, m_editCitationButton,
                                         m_removeCitationButton, m_noteTextEdit, m_privateNoteTextEdit}) {
        setTabOrder(previous, next);
        previous = next;
    }
    m_updating = true;
    refreshNotes();
    m_updating = false;
}

void CriterionPage::refreshNotes() {
    if (!m_noteTextEdit) {
        return;
    }
    const Rating& rating = m_session->assessment().rating(m_criterionId);
    if (m_noteTextEdit->toPlainText() != rating.note && !m_textTimer->isActive()) {
        m_noteTextEdit->setPlainText(rating.note);
    }
    if (m_privateNoteTextEdit->toPlainText() != rating.privateNote && !m_textTimer->isActive()) {
        m_privateNoteTextEdit->setPlainText(rating.privateNote);
    }
}

QLabel* CriterionPage::addSection(const QString& title, QWidget* content) {
    auto* label = new OneLineLabel(title, m_content);
    // Bold at the body's size: a size of its own would be one more font for the window's start to
    // match and render (2 % of its instructions, docs/performance.md), for a difference hardly seen.
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    if (content) {
        label->setBuddy(content);
    }
    return label;
}

void CriterionPage::showCriterion(const QString& criterionId) {
    if (criterionId == m_criterionId) {
        return;
    }
    commitPendingText();
    m_criterionId = criterionId;
    m_citationModel->setCriterion(criterionId);
    // A request for a reason not given (N, then nothing typed) belonged to the criterion left: it
    // would otherwise show the next one as not applicable, its field waiting.
    m_justificationHintLabel->hide();
    refresh();
    // Each criterion opens at its top, its title in sight, wherever the last one was scrolled to.
    m_scrollArea->verticalScrollBar()->setValue(0);
}

void CriterionPage::refresh() {
    const Rubric& rubric = m_session->rubric();
    const Criterion* criterion = rubric.criterion(m_criterionId);
    m_content->setEnabled(criterion != nullptr);
    if (!criterion) {
        return;
    }
    const Area* area = rubric.area(criterion->areaId);
    m_locationLabel->setText(tr("%1 · %2").arg(criterion->id, area ? area->title.text() : QString()));
    m_titleLabel->setText(criterion->title.text());
    m_recommendationLabel->setText(criterion->recommendation.text());
    m_guidanceLabel->setText(criterion->guidance.text());
    QStringList questions;
    for (const LocalizedText& question : criterion->questions) {
        questions << QStringLiteral("•  ") + question.text();
    }
    m_questionsLabel->setText(questions.join(QLatin1Char('\n')));
    refreshReferences();
    for (LevelOption* option : m_levelOptions) {
        const ScaleLevel* level = rubric.scale().level(option->level());
        option->setTexts(level ? level->label.text() : QString(),
                         level ? criterion->levelMeaning(*level).text() : QString());
    }
    m_targetSpinBox->setSpecialValueText(tr("Default (%1)").arg(criterion->defaultTarget));
    refreshRating();
}

void CriterionPage::refreshReferences() {
    const Rubric& rubric = m_session->rubric();
    const Criterion* criterion = rubric.criterion(m_criterionId);
    if (!criterion) {
        return;
    }
    QStringList references;
    bool secondHand = false;
    for (int i = 0; i < criterion->references.size(); ++i) {
        const Reference& reference = criterion->references[i];
        references << QStringLiteral("•  ") + RubricMarkdown::describeReference(
                                                  rubric, reference, QString(),
                                                  m_session->assessment().pageCorrection(m_criterionId, i));
        secondHand = secondHand || reference.type == ReferenceType::HandbookPage;
    }
    m_referencesLabel->setText(references.join(QLatin1Char('\n')));
    m_caveatLabel->setText(secondHand
                               ? tr("Handbook page numbers are as cited by the NGO Committee on Migration "
                                    "(2011) and have not been checked against the handbook; check them "
                                    "against your copy and correct them here.")
                               : QString());
    m_caveatLabel->setVisible(secondHand);
    m_correctPagesButton->setVisible(secondHand);
    m_correctPagesButton->setEnabled(!m_session->isReadOnly());
}

void CriterionPage::correctPageNumbers() {
    const Criterion* criterion = m_session->rubric().criterion(m_criterionId);
    if (!criterion || m_session->isReadOnly()) {
        return;
    }
    for (int i = 0; i < criterion->references.size(); ++i) {
        const Reference& reference = criterion->references[i];
        if (reference.type != ReferenceType::HandbookPage) {
            continue;
        }
        const QString current = m_session->assessment().pageCorrection(m_criterionId, i);
        bool accepted = false;
        const QString page = Dialogs::text(
            this, tr("Handbook page"),
            tr("%1 cites the handbook at p. %2 (as cited by the NGO Committee on Migration, 2011).\n"
               "Page in your copy of the handbook (leave empty to keep p. %2):")
                .arg(m_criterionId, reference.value),
            current.isEmpty() ? reference.value : current, &accepted);
        if (!accepted) {
            return;
        }
        m_session->changePageCorrection(m_criterionId, i,
                                        page.trimmed() == reference.value ? QString() : page);
    }
}

void CriterionPage::refreshRating() {
    const Rating& rating = m_session->assessment().rating(m_criterionId);
    m_updating = true;
    for (LevelOption* option : m_levelOptions) {
        option->setChecked(rating.isRated() && option->level() == *rating.level);
    }
    m_notApplicableCheckBox->setChecked(rating.notApplicable || m_justificationHintLabel->isVisible());
    if (!m_justificationLineEdit->hasFocus() || !m_textTimer->isActive()) {
        m_justificationLineEdit->setText(rating.justification);
    }
    m_justificationLineEdit->setVisible(m_notApplicableCheckBox->isChecked());
    m_targetSpinBox->setValue(rating.target.value_or(-1));
    refreshNotes();
    QStringList warnings;
    for (const ConsistencyWarning& warning : m_session->warningsOf(m_criterionId)) {
        warnings << QStringLiteral("⚠ ") + warning.message();
    }
    m_warningsLabel->setText(warnings.join(QLatin1Char('\n')));
    m_warningsLabel->setVisible(!warnings.isEmpty());
    const qsizetype index = m_session->rubric().criterionIndex(m_criterionId);
    m_previousButton->setEnabled(index > 0);
    m_nextButton->setEnabled(index + 1 < m_session->rubric().criteria().size());
    m_updating = false;
}

void CriterionPage::applyChange(Rating rating, const QString& description, int mergeId) {
    if (!m_session->changeRating(m_criterionId, rating, description, mergeId)) {
        refreshRating(); // show what is really stored
    }
}

void CriterionPage::chooseLevel(int level) {
    if (m_criterionId.isEmpty() || m_session->isReadOnly() || !m_session->rubric().scale().contains(level)) {
        return;
    }
    commitPendingText();
    Rating rating = m_session->assessment().rating(m_criterionId);
    rating.level = level;
    rating.notApplicable = false;
    rating.justification.clear();
    m_justificationHintLabel->hide();
    applyChange(rating, tr("Rate %1 at %2").arg(m_criterionId).arg(level));
    refreshRating();
}

void CriterionPage::markNotApplicable() {
    if (m_criterionId.isEmpty() || m_session->isReadOnly()) {
        return;
    }
    m_notApplicableCheckBox->setChecked(true);
}

void CriterionPage::onNotApplicableToggled(bool checked) {
    if (m_updating) {
        return;
    }
    Rating rating = m_session->assessment().rating(m_criterionId);
    if (!checked) {
        m_justificationHintLabel->hide();
        m_justificationLineEdit->hide();
        if (rating.notApplicable) {
            rating.notApplicable = false;
            rating.justification.clear();
            applyChange(rating, tr("Mark %1 as applicable").arg(m_criterionId));
        }
        return;
    }
    m_justificationLineEdit->show();
    const QString justification = m_justificationLineEdit->text().trimmed();
    if (justification.isEmpty()) {
        // N/A is only stored with a reason: ask for it, and store as soon as there is one.
        m_justificationHintLabel->show();
        m_justificationLineEdit->setFocus();
        revealJustification();
        return;
    }
    rating.level.reset();
    rating.notApplicable = true;
    rating.justification = justification;
    applyChange(rating, tr("Mark %1 not applicable").arg(m_criterionId));
}

void CriterionPage::revealJustification() {
    // The field sits below the five levels, out of sight on most screens, and the scroll area
    // follows the focus only when it moves by Tab: without this, N would move the focus to a field
    // nobody can see and the request for a reason would go unread. After the layout has placed the
    // hint just shown, hence on the next turn of the event loop.
    QTimer::singleShot(0, this, [this] {
        m_scrollArea->ensureWidgetVisible(m_justificationHintLabel);
        m_scrollArea->ensureWidgetVisible(m_justificationLineEdit);
    });
}

void CriterionPage::commitPendingText() {
    m_textTimer->stop();
    if (m_criterionId.isEmpty() || m_session->isReadOnly()) {
        return;
    }
    const Rating stored = m_session->assessment().rating(m_criterionId);
    Rating rating = stored;
    if (m_noteTextEdit) {
        rating.note = m_noteTextEdit->toPlainText();
        rating.privateNote = m_privateNoteTextEdit->toPlainText();
    }
    int mergeId = -1;
    QString description;
    if (rating.note != stored.note) {
        mergeId = SetRatingCommand::NoteText;
        description = tr("Edit note of %1").arg(m_criterionId);
    }
    if (rating.privateNote != stored.privateNote) {
        mergeId = mergeId < 0 ? SetRatingCommand::PrivateNoteText : -1;
        description = tr("Edit private note of %1").arg(m_criterionId);
    }
    if (m_notApplicableCheckBox->isChecked()) {
        const QString justification = m_justificationLineEdit->text().trimmed();
        if (!justification.isEmpty() && (justification != stored.justification || !stored.notApplicable)) {
            mergeId = stored.notApplicable && mergeId < 0 ? SetRatingCommand::JustificationText : -1;
            description = tr("Mark %1 not applicable").arg(m_criterionId);
            rating.notApplicable = true;
            rating.level.reset();
            rating.justification = justification;
            m_justificationHintLabel->hide();
        }
    }
    if (rating == stored) {
        return;
    }
    applyChange(rating, description, mergeId);
}

void CriterionPage::addCitation() {
    if (m_criterionId.isEmpty() || m_session->isReadOnly()) {
        return;
    }
    CitationDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    commitPendingText();
    Rating rating = m_session->assessment().rating(m_criterionId);
    rating.citations.append(dialog.citation());
    applyChange(rating, tr("Add evidence to %1").arg(m_criterionId));
}

void CriterionPage::editCitation() {
    const QModelIndex current = m_citationsTableView->currentIndex();
    if (!current.isValid() || m_session->isReadOnly()) {
        return;
    }
    Rating rating = m_session->assessment().rating(m_criterionId);
    CitationDialog dialog(this);
    dialog.setCitation(rating.citations[current.row()]);
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    rating.citations[current.row()] = dialog.citation();
    applyChange(rating, tr("Edit evidence of %1").arg(m_criterionId));
}

void CriterionPage::removeCitation() {
    const QModelIndex current = m_citationsTableView->currentIndex();
    if (!current.isValid() || m_session->isReadOnly()) {
        return;
    }
    Rating rating = m_session->assessment().rating(m_criterionId);
    rating.citations.removeAt(current.row());
    applyChange(rating, tr("Remove evidence from %1").arg(m_criterionId));
}

} // namespace coherence
