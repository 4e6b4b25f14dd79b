#include "NewAssessmentDialog.h"

#include "AssessmentDocument.h"
#include "BuiltinRubrics.h"
#include "Dialogs.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>

namespace coherence {

NewAssessmentDialog::NewAssessmentDialog(const QString& defaultFolder, QWidget* parent)
    : QDialog(parent)
    , m_fields(this, PlanDetailsFields::AssessmentTitle::NotAsked)
    , m_rubric(new QComboBox(this))
    , m_filePath(new QLineEdit(this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
    , m_defaultFolder(defaultFolder) {
    setWindowTitle(tr("New assessment"));
    setObjectName(QStringLiteral("newAssessmentDialog"));
    m_rubric->setObjectName(QStringLiteral("rubricComboBox"));
    m_filePath->setObjectName(QStringLiteral("filePathLineEdit"));
    m_problem->setObjectName(QStringLiteral("problemLabel"));
    for (const QString& id : BuiltinRubrics::ids()) {
        const RubricLoadResult loaded = BuiltinRubrics::load(id);
        if (loaded.ok()) {
            m_rubric->addItem(
                tr("%1 (%2, built in)").arg(loaded.rubric->title().text(), loaded.rubric->version()), id);
        }
    }
    m_rubric->addItem(tr("A rubric file…"), QString());
    connect(m_rubric, &QComboBox::activated, this, &NewAssessmentDialog::onRubricChosen);

    auto* browseButton = new QPushButton(tr("&Browse…"), this);
    browseButton->setObjectName(QStringLiteral("browseButton"));
    connect(browseButton, &QPushButton::clicked, this, &NewAssessmentDialog::browse);
    auto* pathRow = new QHBoxLayout;
    pathRow->addWidget(m_filePath, 1);
    pathRow->addWidget(browseButton);

    auto* form = new QFormLayout(this);
    m_fields.addRows(form);
    form->addRow(tr("R&ubric:"), m_rubric);
    // A row holding a layout gets a label without a buddy, which would show the "&" and give no
    // Alt+S; the label's buddy is the path itself.
    auto* saveAsLabel = new QLabel(tr("&Save as:"), this);
    saveAsLabel->setBuddy(m_filePath);
    form->addRow(saveAsLabel, pathRow);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #a40000"));
    form->addRow(m_problem);
    form->addRow(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit* edit : {m_fields.planTitle(), m_fields.country()}) {
        connect(edit, &QLineEdit::textChanged, this, &NewAssessmentDialog::suggestFileName);
    }
    connect(m_filePath, &QLineEdit::textEdited, this, [this] { m_pathEdited = true; });
    connect(m_filePath, &QLineEdit::textChanged, this, &NewAssessmentDialog::validate);
    suggestFileName();
    validate();
    resize(620, sizeHint().height());
}

void NewAssessmentDialog::suggestFileName() {
    if (!m_pathEdited) {
        QString base = QString(m_fields.country()->text() + QLatin1Char(' ') + m_fields.planTitle()->text())
                           .simplified();
        base.replace(QRegularExpression(QStringLiteral("[^\\w\\- ]+")), QString());
        base.replace(QLatin1Char(' '), QLatin1Char('-'));
        if (base.isEmpty()) {
            base = tr("assessment");
        }
        m_filePath->setText(QDir(m_defaultFolder).filePath(base.left(80) + QStringLiteral(".coherence")));
    }
    validate();
}

void NewAssessmentDialog::browse() {
    const QString chosen = Dialogs::saveFileName(this, tr("Save the new assessment as"), m_filePath->text(),
                                                 tr("Coherence assessments (*.coherence)"));
    if (!chosen.isEmpty()) {
        m_pathEdited = true;
        m_filePath->setText(chosen.endsWith(u".coherence") ? chosen : chosen + QStringLiteral(".coherence"));
    }
}

void NewAssessmentDialog::onRubricChosen(int index) {
    if (!m_rubric->itemData(index).toString().isEmpty()) {
        validate();
        return;
    }
    const QString path =
        Dialogs::openFileName(this, tr("Choose a rubric file"), m_defaultFolder, tr("Rubrics (*.json)"));
    if (path.isEmpty()) {
        m_rubric->setCurrentIndex(0);
        validate();
        return;
    }
    const RubricLoadResult loaded = RubricLoader::fromFile(path);
    if (!loaded.ok()) {
        const QList<Diagnostic> errors = onlyErrors(loaded.diagnostics);
        Dialogs::warning(this, tr("Cannot use this rubric"),
                         tr("%1 is not a valid rubric:\n%2")
                             .arg(path, errors.isEmpty() ? QString() : errors.first().toString()));
        m_rubric->setCurrentIndex(0);
        validate();
        return;
    }
    m_fileRubric = loaded.rubric;
    m_rubric->setItemText(
        index, tr("%1 (%2, from %3)")
                   .arg(loaded.rubric->title().text(), loaded.rubric->version(), QFileInfo(path).fileName()));
    validate();
}

QString NewAssessmentDialog::filePath() const {
    return m_filePath->text().trimmed();
}

Assessment NewAssessmentDialog::assessment() const {
    const QString id = m_rubric->currentData().toString();
    RubricPtr rubric = id.isEmpty() ? m_fileRubric : BuiltinRubrics::load(id).rubric;
    Assessment result(rubric);
    result.setPlan(m_fields.plan());
    result.setMetadata(m_fields.metadata());
    return result;
}

QString NewAssessmentDialog::problem() const {
    // In the order the dialog asks: the plan's fields first.
    if (const QString plan = m_fields.problem(); !plan.isEmpty()) {
        return plan;
    }
    if (m_rubric->currentData().toString().isEmpty() && !m_fileRubric) {
        return tr("Choose a rubric.");
    }
    if (filePath().isEmpty()) {
        return tr("Choose where to save the assessment.");
    }
    const QFileInfo target(filePath());
    if (!target.absoluteDir().exists()) {
        return tr("The folder %1 does not exist.").arg(target.absolutePath());
    }
    if (target.exists()) {
        return tr("%1 already exists: choose another name.").arg(target.fileName());
    }
    return QString();
}

void NewAssessmentDialog::validate() {
    const QString problem = this->problem();
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

} // namespace coherence
