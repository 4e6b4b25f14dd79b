#include "CitationDialog.h"

#include "Assessment.h"
#include "CitationListModel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace coherence {

CitationDialog::CitationDialog(QWidget* parent)
    : QDialog(parent)
    , m_document(new QLineEdit(this))
    , m_section(new QLineEdit(this))
    , m_page(new QLineEdit(this))
    , m_excerpt(new QPlainTextEdit(this))
    , m_kind(new QComboBox(this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this)) {
    setWindowTitle(tr("Evidence"));
    m_document->setObjectName(QStringLiteral("citationDocumentLineEdit"));
    m_section->setObjectName(QStringLiteral("citationSectionLineEdit"));
    m_page->setObjectName(QStringLiteral("citationPageLineEdit"));
    m_excerpt->setObjectName(QStringLiteral("citationExcerptTextEdit"));
    m_kind->setObjectName(QStringLiteral("citationKindComboBox"));
    m_document->setPlaceholderText(tr("The plan, unless another document"));
    m_section->setPlaceholderText(tr("e.g. 5.3 Labour migration"));
    m_page->setPlaceholderText(tr("e.g. 81"));
    m_excerpt->setPlaceholderText(tr("The passage of the plan, as short as makes the point"));
    m_excerpt->setTabChangesFocus(true);
    for (EvidenceKind kind : {EvidenceKind::Diagnosis, EvidenceKind::Measure, EvidenceKind::Budget,
                              EvidenceKind::Indicator, EvidenceKind::Institution}) {
        m_kind->addItem(CitationListModel::kindText(static_cast<int>(kind)), static_cast<int>(kind));
    }
    m_kind->setCurrentIndex(1);
    m_kind->setToolTip(tr("Budget, indicator and institution citations are what a level 3 rating needs"));
    m_problem->setObjectName(QStringLiteral("citationProblemLabel"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: palette(link)"));

    auto* form = new QFormLayout;
    form->addRow(tr("&Document:"), m_document);
    form->addRow(tr("&Section:"), m_section);
    form->addRow(tr("&Page:"), m_page);
    form->addRow(tr("E&xcerpt:"), m_excerpt);
    form->addRow(tr("S&hows:"), m_kind); // not Alt+S, which is the section's
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit* edit : {m_section, m_page, m_document}) {
        connect(edit, &QLineEdit::textChanged, this, &CitationDialog::validate);
    }
    connect(m_excerpt, &QPlainTextEdit::textChanged, this, &CitationDialog::validate);
    validate();
    resize(560, 360);
}

void CitationDialog::setCitation(const Citation& citation) {
    m_document->setText(citation.document);
    m_section->setText(citation.section);
    m_page->setText(citation.page);
    m_excerpt->setPlainText(citation.excerpt);
    m_kind->setCurrentIndex(m_kind->findData(static_cast<int>(citation.kind)));
}

Citation CitationDialog::citation() const {
    return {m_document->text().trimmed(), m_section->text().trimmed(), m_page->text().trimmed(),
            m_excerpt->toPlainText().trimmed(), static_cast<EvidenceKind>(m_kind->currentData().toInt())};
}

void CitationDialog::validate() {
    const Citation current = citation();
    QString problem;
    if (current.excerpt.isEmpty() && current.section.isEmpty() && current.page.isEmpty()) {
        problem = tr("Give at least an excerpt, a section or a page, so a reader can find the passage.");
    } else if (current.excerpt.size() > Assessment::kMaxTextLength) {
        problem = tr("The excerpt is too long (%1 characters; at most %2).")
                      .arg(current.excerpt.size())
                      .arg(Assessment::kMaxTextLength);
    }
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

} // namespace coherence
