#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLineEdit;

namespace coherence {

/// Where and how presentation mode shows: the screen, the presenter view, the title slide's participants
/// line.
class PresentationSettingsDialog : public QDialog {
    Q_OBJECT

public:
    PresentationSettingsDialog(const QString& screenName, bool presenterView, const QString& participants,
                               QWidget* parent = nullptr);

    QString screenName() const; ///< empty: automatic
    bool presenterView() const;
    QString participants() const;

private:
    QComboBox* m_screenComboBox;
    QCheckBox* m_presenterViewCheckBox;
    QLineEdit* m_participantsLineEdit;
};

} // namespace coherence
