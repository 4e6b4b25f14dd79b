#include "AssessmentDetailsDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace coherence {

AssessmentDetailsDialog::AssessmentDetailsDialog(const Plan& plan, const AssessmentMetadata& metadata,
                                                 QWidget* parent)
    : QDialog(parent)
    , m_fields(this, PlanDetailsFields::AssessmentTitle::Asked)
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this)) {
    setWindowTitle(tr("Assessment details"));
    setObjectName(QStringLiteral("assessmentDetailsDialog"));
    m_fields.setValues(plan, metadata);
    auto* form = new QFormLayout(this);
    m_fields.addRows(form);
    m_problem->setObjectName(QStringLiteral("problemLabel"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #a40000"));
    form->addRow(m_problem);
    form->addRow(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit* edit : {m_fields.planTitle(), m_fields.country()}) {
        connect(edit, &QLineEdit::textChanged, this, &AssessmentDetailsDialog::validate);
    }
    validate();
    resize(620, sizeHint().height()); // as wide as New assessment, which asks for the same texts
}

void AssessmentDetailsDialog::validate() {
    const QString problem = m_fields.problem();
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

} // namespace coherence
