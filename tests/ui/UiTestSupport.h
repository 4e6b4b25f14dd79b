#pragma once

#include "AssessmentSession.h"
#include "ModuleLibrary.h"

#include <QApplication>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>
#include <memory>
#include <optional>

namespace coherence {
class MainWindow;
}

namespace coherence::test {

/// Sends a key to whatever has the focus in @p window, as a user's keyboard would.
void press(QWidget& window, int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier);

/// The criterion the criterion page of @p window shows.
QString currentCriterion(MainWindow& window);

/// Forgets every setting (window layout, docks, recent files), for a test that makes more than one
/// window and wants each to start as on a first run. Every test case starts so (UiTestMain).
void forgetSettings();

/// A session on a fresh copy of the Examplia sample in @p dir.
std::unique_ptr<AssessmentSession> sampleSession(const QTemporaryDir& dir);

/// Waits until the criterion page in @p window has built its evidence table and note editors, which
/// it does once its first frame is painted (CriterionPage::buildEvidenceAndNotes). True once they are
/// shown.
bool waitForEvidenceAndNotes(const QWidget& window);

/// Whether the score panel in @p window (objectName "scorePanel") is no wider than the viewport of
/// the scroll area that holds it in its dock, which never scrolls sideways: wider, its right edge
/// would be cut off.
bool scorePanelFitsItsDock(const QWidget& window);

/// The module that renders reports (functions: ReportRendererModule::kRender, then kTextDocument), from
/// the build tree, as the window loads it; fails the test if it cannot be opened.
std::optional<ModuleLibrary::Opened> openReportModule();

/// Runs @p handle on the next modal dialog of type T once it is shown (dialogs run their own loop).
template <typename T>
void whenModal(std::function<void(T*)> handle) {
    auto* timer = new QTimer;
    timer->setInterval(10);
    QObject::connect(timer, &QTimer::timeout, [timer, handle] {
        if (auto* dialog = qobject_cast<T*>(QApplication::activeModalWidget())) {
            timer->stop();
            timer->deleteLater();
            handle(dialog);
        }
    });
    timer->start();
}

} // namespace coherence::test
