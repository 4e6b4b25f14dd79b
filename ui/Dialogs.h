#pragma once

#include <QMessageBox>
#include <QString>

class QWidget;

namespace coherence {

/**
 * Every modal file dialog and message box goes through here. Tests queue the answers they want
 * (setNextFileName, setNextAnswer) and read the messages that would have been shown, so complete
 * flows run offscreen without a modal loop (KeePassXC's FileDialog/MessageBox seams).
 */
class Dialogs {
public:
    static QString openFileName(QWidget* parent, const QString& caption, const QString& directory,
                                const QString& filter);
    /// Several files at once (a test queues them with setNextFileName, one call each, joined by '\n').
    static QStringList openFileNames(QWidget* parent, const QString& caption, const QString& directory,
                                     const QString& filter);
    static QString saveFileName(QWidget* parent, const QString& caption, const QString& suggestedPath,
                                const QString& filter);
    static QMessageBox::StandardButton question(QWidget* parent, const QString& title, const QString& text,
                                                QMessageBox::StandardButtons buttons);
    static void warning(QWidget* parent, const QString& title, const QString& text);
    /// Asks for one line of text; @p accepted is false when the user cancels.
    static QString text(QWidget* parent, const QString& title, const QString& label, const QString& initial,
                        bool* accepted);
    static void information(QWidget* parent, const QString& title, const QString& text);

    // Test seams.
    static void setTestMode(bool enabled);
    static void setNextFileName(const QString& fileName);
    static void setNextAnswer(QMessageBox::StandardButton answer);
    static void setNextText(const QString& text);
    static QString lastMessage();
    static void clearLastMessage();
};

} // namespace coherence
