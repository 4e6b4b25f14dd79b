#include "PresentationSettingsDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGuiApplication>
#include <QLineEdit>
#include <QScreen>

namespace coherence {

PresentationSettingsDialog::PresentationSettingsDialog(const QString& screenName, bool presenterView,
                                                       const QString& participants, QWidget* parent)
    : QDialog(parent)
    , m_screenComboBox(new QComboBox(this))
    , m_presenterViewCheckBox(new QCheckBox(tr("Show the &presenter view on the other screen"), this))
    , m_participantsLineEdit(new QLineEdit(participants, this)) {
    setObjectName(QStringLiteral("presentationSettingsDialog"));
    setWindowTitle(tr("Presentation settings"));
    m_screenComboBox->setObjectName(QStringLiteral("presentationScreenComboBox"));
    m_presenterViewCheckBox->setObjectName(QStringLiteral("presenterViewCheckBox"));
    m_participantsLineEdit->setObjectName(QStringLiteral("participantsLineEdit"));
    m_participantsLineEdit->setPlaceholderText(
        tr("e.g. Ministry of Labour, workers' and employers' organisations, "
           "migrant associations"));
    m_participantsLineEdit->setMaxLength(300);
    m_screenComboBox->addItem(tr("Automatic (the other screen when there are two)"), QString());
    for (const QScreen* screen : QGuiApplication::screens()) {
        const QSize size = screen->size();
        m_screenComboBox->addItem(tr("%1 (%2 × %3)").arg(screen->name()).arg(size.width()).arg(size.height()),
                                  screen->name());
    }
    m_screenComboBox->setCurrentIndex(std::max(0, m_screenComboBox->findData(screenName)));
    m_presenterViewCheckBox->setChecked(presenterView);

    auto* form = new QFormLayout(this);
    form->addRow(tr("&Screen:"), m_screenComboBox);
    form->addRow(QString(), m_presenterViewCheckBox);
    form->addRow(tr("P&articipants:"), m_participantsLineEdit);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
}

QString PresentationSettingsDialog::screenName() const {
    return m_screenComboBox->currentData().toString();
}

bool PresentationSettingsDialog::presenterView() const {
    return m_presenterViewCheckBox->isChecked();
}

QString PresentationSettingsDialog::participants() const {
    return m_participantsLineEdit->text().trimmed();
}

} // namespace coherence
