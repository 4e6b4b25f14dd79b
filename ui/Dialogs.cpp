#include "Dialogs.h"

#include <QFileDialog>
#include <QInputDialog>
#include <QLineEdit>

namespace coherence {

namespace {

struct TestState {
    bool enabled = false;
    QStringList fileNames;
    QList<QMessageBox::StandardButton> answers;
    QStringList texts;
    QString lastMessage;
};

TestState& testState() {
    static TestState state;
    return state;
}

} // namespace

QString Dialogs::openFileName(QWidget* parent, const QString& caption, const QString& directory,
                              const QString& filter) {
    if (testState().enabled) {
        return testState().fileNames.isEmpty() ? QString() : testState().fileNames.takeFirst();
    }
    return QFileDialog::getOpenFileName(parent, caption, directory, filter);
}

QStringList Dialogs::openFileNames(QWidget* parent, const QString& caption, const QString& directory,
                                   const QString& filter) {
    if (testState().enabled) {
        return testState().fileNames.isEmpty()
                   ? QStringList()
                   : testState().fileNames.takeFirst().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    }
    return QFileDialog::getOpenFileNames(parent, caption, directory, filter);
}

QString Dialogs::saveFileName(QWidget* parent, const QString& caption, const QString& suggestedPath,
                              const QString& filter) {
    if (testState().enabled) {
        return testState().fileNames.isEmpty() ? QString() : testState().fileNames.takeFirst();
    }
    return QFileDialog::getSaveFileName(parent, caption, suggestedPath, filter);
}

QMessageBox::StandardButton Dialogs::question(QWidget* parent, const QString& title, const QString& text,
                                              QMessageBox::StandardButtons buttons) {
    if (testState().enabled) {
        testState().lastMessage = text;
        return testState().answers.isEmpty() ? QMessageBox::Cancel : testState().answers.takeFirst();
    }
    return QMessageBox::question(parent, title, text, buttons);
}

void Dialogs::warning(QWidget* parent, const QString& title, const QString& text) {
    if (testState().enabled) {
        testState().lastMessage = text;
        return;
    }
    QMessageBox::warning(parent, title, text);
}

QString Dialogs::text(QWidget* parent, const QString& title, const QString& label, const QString& initial,
                      bool* accepted) {
    if (testState().enabled) {
        *accepted = !testState().texts.isEmpty();
        return *accepted ? testState().texts.takeFirst() : QString();
    }
    return QInputDialog::getText(parent, title, label, QLineEdit::Normal, initial, accepted);
}

void Dialogs::information(QWidget* parent, const QString& title, const QString& text) {
    if (testState().enabled) {
        testState().lastMessage = text;
        return;
    }
    QMessageBox::information(parent, title, text);
}

void Dialogs::setTestMode(bool enabled) {
    testState() = TestState{};
    testState().enabled = enabled;
}

void Dialogs::setNextFileName(const QString& fileName) {
    testState().fileNames.append(fileName);
}

void Dialogs::setNextText(const QString& text) {
    testState().texts.append(text);
}

void Dialogs::setNextAnswer(QMessageBox::StandardButton answer) {
    testState().answers.append(answer);
}

QString Dialogs::lastMessage() {
    return testState().lastMessage;
}

void Dialogs::clearLastMessage() {
    testState().lastMessage.clear();
}

} // namespace coherence
