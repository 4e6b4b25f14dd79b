#include "UiTestSupport.h"

#include "AssessmentJson.h"
#include "CriterionPage.h"
#include "MainWindow.h"
#include "ReportRendererModule.h"
#include "WindowModule.h"

#include <QPlainTextEdit>
#include <QScrollArea>
#include <QSettings>

#include <catch2/catch.hpp>

namespace coherence::test {

void press(QWidget& window, int key, Qt::KeyboardModifiers modifiers) {
    QWidget* target = QApplication::focusWidget() ? QApplication::focusWidget() : &window;
    QTest::keyClick(target, static_cast<Qt::Key>(key), modifiers);
    QApplication::processEvents();
}

QString currentCriterion(MainWindow& window) {
    return window.findChild<CriterionPage*>(QStringLiteral("criterionPage"))->criterionId();
}

void forgetSettings() {
    QSettings().clear();
}

std::unique_ptr<AssessmentSession> sampleSession(const QTemporaryDir& dir) {
    const AssessmentLoadResult sample = AssessmentJson::fromFile(
        QStringLiteral(COHERENCE_SOURCE_DIR "/resources/samples/examplia-ndp-2026-2030.json"));
    REQUIRE(sample.ok());
    AssessmentDocument::OpenResult created =
        AssessmentDocument::create(dir.filePath(QStringLiteral("sample.coherence")), *sample.assessment);
    REQUIRE(created.document);
    return std::make_unique<AssessmentSession>(std::move(created.document));
}

bool waitForEvidenceAndNotes(const QWidget& window) {
    return QTest::qWaitFor([&window] {
        const auto* privateNote = window.findChild<QPlainTextEdit*>(QStringLiteral("privateNoteTextEdit"));
        return privateNote && privateNote->isVisible();
    });
}

bool scorePanelFitsItsDock(const QWidget& window) {
    const auto* panel = window.findChild<const QWidget*>(QStringLiteral("scorePanel"));
    const auto* scroll =
        panel ? qobject_cast<const QScrollArea*>(panel->parentWidget()->parentWidget()) : nullptr;
    if (scroll == nullptr) {
        return false;
    }
    const int least = panel->minimumSizeHint().expandedTo(panel->minimumSize()).width();
    return least <= scroll->viewport()->width() && panel->width() <= scroll->viewport()->width();
}

std::optional<ModuleLibrary::Opened> openReportModule() {
    QString error;
    auto module =
        WindowModule::open(ReportRendererModule::kFileName, QStringLiteral(COHERENCE_REPORT_MODULE_DIR),
                           {ReportRendererModule::kRender, ReportRendererModule::kTextDocument},
                           QStringLiteral("Reports cannot be made"), &error);
    INFO(error.toStdString());
    REQUIRE(module);
    return module;
}

} // namespace coherence::test
