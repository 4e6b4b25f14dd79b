#include "AssessmentDetailsDialog.h"
#include "AssessmentSession.h"
#include "BackgroundOpen.h"
#include "CitationDialog.h"
#include "CriterionPage.h"
#include "Dialogs.h"
#include "GapListModel.h"
#include "ItemDataRoles.h"
#include "MainWindow.h"
#include "NavigatorModel.h"
#include "NewAssessmentDialog.h"
#include "ReportDialog.h"
#include "Settings.h"
#include "UiTestSupport.h"
#include "support/StringMakers.h"

#include <QAccessible>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QFile>
#include <QGraphicsTextItem>
#include <QGraphicsView>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSet>
#include <QSplitter>
#include <QStandardPaths>
#include <QStyle>
#include <QStyleOptionViewItem>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QTreeView>

#include <catch2/catch.hpp>

#include <algorithm>
#include <functional>

using namespace coherence;
using test::currentCriterion;
using test::press;

namespace {

/// Stands in for the desktop in QDesktopServices::openUrl(): records the URLs it is asked to open.
class UrlRecorder : public QObject {
    Q_OBJECT

public:
    QList<QUrl> urls;

public slots:
    void open(const QUrl& url) { urls.append(url); }
};

/// @p window at a common laptop's size (1366×768 less a taskbar), showing the sample; with @p tabAction,
/// on the tab that action shows.
void showSampleAtLaptopSize(MainWindow& window, const QString& tabAction = QString()) {
    window.resize(1366, 728);
    window.show();
    REQUIRE(window.openSample());
    if (!tabAction.isEmpty()) {
        window.findChild<QAction*>(tabAction)->trigger();
    }
    QApplication::processEvents();
}

} // namespace

TEST_CASE("A new assessment, rated by keyboard, with evidence, undone and redone, reopens intact",
          "[ui][gui]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("Testland-NDP.coherence"));
    MainWindow window;
    window.show();
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    CHECK(window.findChild<QWidget*>(QStringLiteral("startPage"))->isVisible());
    // On a first run the start page says what to do rather than show an empty list.
    CHECK(window.findChild<QWidget*>(QStringLiteral("noRecentLabel"))->isVisible());
    CHECK_FALSE(window.findChild<QWidget*>(QStringLiteral("recentTable"))->isVisible());

    // Create it through the dialog, as a user would.
    test::whenModal<NewAssessmentDialog>([&path](NewAssessmentDialog* dialog) {
        auto* ok = dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
        CHECK_FALSE(ok->isEnabled()); // nothing typed yet
        QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("planTitleLineEdit")),
                         QStringLiteral("National Development Plan 2026-2030"));
        QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("countryLineEdit")),
                         QStringLiteral("Testland"));
        QLineEdit* file = dialog->findChild<QLineEdit*>(QStringLiteral("filePathLineEdit"));
        file->clear();
        QTest::keyClicks(file, path);
        CHECK(ok->isEnabled());
        QTest::mouseClick(ok, Qt::LeftButton);
    });
    window.findChild<QAction*>(QStringLiteral("newAction"))->trigger();
    REQUIRE(window.session());
    CHECK(QFile::exists(path));
    CHECK(window.windowTitle().startsWith(u"National Development Plan 2026-2030"));
    CHECK(currentCriterion(window) == u"PRO-1");
    auto* overall = window.findChild<QLabel*>(QStringLiteral("overallScoreLabel"));
    CHECK(overall->text() == u"—");

    // Rate three criteria by keyboard: 2, next, 4, next, 0.
    window.activateWindow(); // the closed dialog had the focus
    REQUIRE(QTest::qWaitForWindowActive(&window));
    window.findChild<QTreeView*>(QStringLiteral("navigatorTreeView"))->setFocus();
    press(window, Qt::Key_2);
    CHECK(window.session()->assessment().rating(QStringLiteral("PRO-1")).level == 2);
    press(window, Qt::Key_Right, Qt::AltModifier);
    CHECK(currentCriterion(window) == u"PRO-2");
    press(window, Qt::Key_4);
    press(window, Qt::Key_PageDown, Qt::ControlModifier);
    CHECK(currentCriterion(window) == u"PRO-3");
    press(window, Qt::Key_0);
    CHECK(window.session()->assessment().rating(QStringLiteral("PRO-2")).level == 4);
    CHECK(window.session()->assessment().rating(QStringLiteral("PRO-3")).level == 0);
    // The score panel and the navigator follow: process area (2, 4, 0) → (50 + 100 + 0) / 3.
    CHECK(overall->text() == u"50.0");
    auto* navigator = window.findChild<QTreeView*>(QStringLiteral("navigatorTreeView"));
    CHECK(navigator->model()->index(0, 1).data().toString() == u"3/5");
    CHECK(window.findChild<QLabel*>(QStringLiteral("statusLabel"))->text() == u"All changes saved");

    // Add a citation to PRO-3 through the dialog.
    test::whenModal<CitationDialog>([](CitationDialog* dialog) {
        QTest::keyClicks(dialog->findChild<QPlainTextEdit*>(QStringLiteral("citationExcerptTextEdit")),
                         QStringLiteral("No stakeholder forum is foreseen."));
        QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("citationPageLineEdit")),
                         QStringLiteral("12"));
        QTest::mouseClick(dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok),
                          Qt::LeftButton);
    });
    REQUIRE(test::waitForEvidenceAndNotes(window));
    QTest::mouseClick(window.findChild<QPushButton*>(QStringLiteral("addCitationButton")), Qt::LeftButton);
    REQUIRE(window.session()->assessment().rating(QStringLiteral("PRO-3")).citations.size() == 1);
    CHECK(window.session()->assessment().rating(QStringLiteral("PRO-3")).citations[0].page == u"12");

    // A note, saved after a pause in typing (or when leaving the page).
    auto* note = window.findChild<QPlainTextEdit*>(QStringLiteral("noteTextEdit"));
    note->setFocus();
    QTest::keyClicks(note, QStringLiteral("Ask about the forum"));
    window.findChild<CriterionPage*>(QStringLiteral("criterionPage"))->commitPendingText();
    CHECK(window.session()->assessment().rating(QStringLiteral("PRO-3")).note == u"Ask about the forum");

    // Undo the note and the citation, then redo the citation.
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    navigator->setFocus();
    press(window, Qt::Key_Z, Qt::ControlModifier);
    CHECK(window.session()->assessment().rating(QStringLiteral("PRO-3")).note.isEmpty());
    press(window, Qt::Key_Z, Qt::ControlModifier);
    CHECK(window.session()->assessment().rating(QStringLiteral("PRO-3")).citations.isEmpty());
    press(window, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    CHECK(window.session()->assessment().rating(QStringLiteral("PRO-3")).citations.size() == 1);

    // N asks for a justification; moving on without one leaves nothing marked, on either criterion,
    // and the next criterion opens at its top.
    auto* scrollBar =
        window.findChild<QScrollArea*>(QStringLiteral("criterionScrollArea"))->verticalScrollBar();
    window.goToCriterion(QStringLiteral("TRD-2"));
    navigator->setFocus();
    press(window, Qt::Key_N);
    CHECK(QTest::qWaitFor([scrollBar] { return scrollBar->value() > 0; })); // scrolled to the field
    press(window, Qt::Key_Right, Qt::AltModifier);
    CHECK(currentCriterion(window) == u"TRD-3");
    CHECK_FALSE(window.findChild<QCheckBox*>(QStringLiteral("notApplicableCheckBox"))->isChecked());
    CHECK_FALSE(window.findChild<QLineEdit*>(QStringLiteral("justificationLineEdit"))->isVisible());
    CHECK(scrollBar->value() == 0);
    CHECK_FALSE(window.session()->assessment().rating(QStringLiteral("TRD-2")).notApplicable);
    CHECK_FALSE(window.session()->assessment().rating(QStringLiteral("TRD-3")).notApplicable);

    // N asks for a justification before anything is marked N/A.
    window.goToCriterion(QStringLiteral("TRD-1"));
    navigator->setFocus();
    press(window, Qt::Key_N);
    CHECK_FALSE(window.session()->assessment().rating(QStringLiteral("TRD-1")).notApplicable);
    auto* justification = window.findChild<QLineEdit*>(QStringLiteral("justificationLineEdit"));
    CHECK(justification->hasFocus());
    // ... where it can be seen: the page scrolls the field below the five levels into view.
    auto* viewport = window.findChild<QScrollArea*>(QStringLiteral("criterionScrollArea"))->viewport();
    const auto inView = [viewport](const QWidget* widget) {
        const QRect area(widget->mapTo(viewport, QPoint(0, 0)), widget->size());
        return viewport->rect().contains(area);
    };
    CHECK(QTest::qWaitFor([&] { return inView(justification); }));
    CHECK(inView(window.findChild<QLabel*>(QStringLiteral("justificationHintLabel"))));
    QTest::keyClicks(justification, QStringLiteral("No trade agreements in the plan period"));
    QTest::keyClick(justification, Qt::Key_Return);
    CHECK(window.session()->assessment().rating(QStringLiteral("TRD-1")).notApplicable);

    // Close, reopen, find everything.
    window.closeAssessment();
    CHECK_FALSE(window.session());
    // The start page now lists it.
    auto* recent = window.findChild<QTableWidget*>(QStringLiteral("recentTable"));
    CHECK(recent->isVisible());
    CHECK_FALSE(window.findChild<QWidget*>(QStringLiteral("noRecentLabel"))->isVisible());
    CHECK(recent->item(0, 0)->text() == u"National Development Plan 2026-2030");
    REQUIRE(window.openPath(path));
    const Assessment& reopened = window.session()->assessment();
    CHECK(reopened.rating(QStringLiteral("PRO-1")).level == 2);
    CHECK(reopened.rating(QStringLiteral("PRO-2")).level == 4);
    CHECK(reopened.rating(QStringLiteral("PRO-3")).level == 0);
    CHECK(reopened.rating(QStringLiteral("PRO-3")).citations.size() == 1);
    CHECK(reopened.rating(QStringLiteral("PRO-3")).note.isEmpty());
    CHECK(reopened.rating(QStringLiteral("TRD-1")).justification ==
          u"No trade agreements in the plan period");
    CHECK(reopened.plan().country == u"Testland");
}

TEST_CASE("Opening a bad file says why and the app keeps running", "[ui][gui]") {
    QTemporaryDir dir;
    MainWindow window;
    window.show();
    REQUIRE(window.openSample());
    const QString before = window.session()->document().path();

    const QString bad = dir.filePath(QStringLiteral("future.coherence"));
    REQUIRE(QFile::copy(QStringLiteral(COHERENCE_TEST_DATA_DIR "/bad/future-schema.coherence"), bad));
    Dialogs::clearLastMessage();
    CHECK_FALSE(window.openPath(bad));
    CHECK(Dialogs::lastMessage().contains(u"made by a newer Coherence (file schema version 99"));
    REQUIRE(window.session());
    CHECK(window.session()->document().path() == before); // the open assessment stays open

    const QString notJson = QStringLiteral(COHERENCE_TEST_DATA_DIR "/bad/wrong-types.json");
    Dialogs::clearLastMessage();
    CHECK_FALSE(window.openPath(notJson));
    CHECK(Dialogs::lastMessage().contains(u"ratings[0].level: must be a number, found a string"));
    CHECK(Dialogs::lastMessage().contains(u"Nothing was imported. Correct the file"));
    CHECK_FALSE(window.openPath(dir.filePath(QStringLiteral("missing.coherence"))));
    CHECK(Dialogs::lastMessage().contains(u"does not exist"));
    CHECK(window.session()->document().path() == before);
}

TEST_CASE("A file opened in the background while the window is built is the one shown", "[ui][gui]") {
    QTemporaryDir dir;
    QString samplePath;
    QString otherPath;
    {
        auto sample = test::sampleSession(dir);
        samplePath = sample->document().path();
    }
    otherPath = dir.filePath(QStringLiteral("other.coherence"));
    REQUIRE(QFile::copy(samplePath, otherPath));
    CHECK(MainWindow::documentPathFor(samplePath) == samplePath);
    CHECK(MainWindow::documentPathFor(dir.filePath(QStringLiteral("missing.coherence"))).isEmpty());

    SECTION("the open under way is used") {
        auto opening = std::make_unique<BackgroundOpen>(samplePath);
        MainWindow window;
        window.show();
        REQUIRE(window.openPath(samplePath, std::move(opening)));
        REQUIRE(window.session());
        CHECK(window.session()->document().path() == samplePath);
        CHECK_FALSE(window.session()->isReadOnly());
        CHECK(window.windowTitle().contains(window.session()->assessment().plan().title));
    }
    SECTION("an open of another file is closed, its lock released, and the file asked for is opened") {
        auto opening = std::make_unique<BackgroundOpen>(otherPath);
        MainWindow window;
        window.show();
        REQUIRE(window.openPath(samplePath, std::move(opening)));
        CHECK(window.session()->document().path() == samplePath);
        const AssessmentDocument::OpenResult other = AssessmentDocument::open(otherPath);
        REQUIRE(other.document);
        CHECK_FALSE(other.document->isReadOnly()); // no lock left behind by the unused open
    }
    SECTION("a bad file opened in the background gives the same message as any open") {
        const QString bad = dir.filePath(QStringLiteral("future.coherence"));
        REQUIRE(QFile::copy(QStringLiteral(COHERENCE_TEST_DATA_DIR "/bad/future-schema.coherence"), bad));
        auto opening = std::make_unique<BackgroundOpen>(bad);
        MainWindow window;
        window.show();
        Dialogs::clearLastMessage();
        CHECK_FALSE(window.openPath(bad, std::move(opening)));
        CHECK(Dialogs::lastMessage().contains(u"made by a newer Coherence (file schema version 99"));
        CHECK_FALSE(window.session());
    }
}

TEST_CASE("The evidence and notes below the rating are built after the page's first frame, in Tab order",
          "[ui][gui]") {
    MainWindow window;
    window.show();
    REQUIRE(window.openSample());
    // Out of sight below the rating, they are not built with the page but once it has painted.
    CHECK(window.findChild<QPlainTextEdit*>(QStringLiteral("noteTextEdit")) == nullptr);
    // A note saved before they exist is what the editor shows once it does.
    const QString criterion = currentCriterion(window);
    Rating rating = window.session()->assessment().rating(criterion);
    rating.note = QStringLiteral("Ask the planning ministry about the review");
    REQUIRE(window.session()->changeRating(criterion, rating, QStringLiteral("note")));
    REQUIRE(test::waitForEvidenceAndNotes(window));
    auto* note = window.findChild<QPlainTextEdit*>(QStringLiteral("noteTextEdit"));
    REQUIRE(note);
    CHECK(note->toPlainText() == rating.note);
    CHECK(window.findChild<QTableView*>(QStringLiteral("citationsTableView"))->model()->rowCount() ==
          rating.citations.size());
    // Typing in it is saved like any edit.
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    note->setFocus();
    note->moveCursor(QTextCursor::End);
    QTest::keyClicks(note, QStringLiteral(" in May"));
    window.findChild<CriterionPage*>(QStringLiteral("criterionPage"))->commitPendingText();
    CHECK(window.session()->assessment().rating(criterion).note == rating.note + QStringLiteral(" in May"));
    // Tab goes from the target level through the evidence and the notes to Previous, as it did when
    // they were built with the page. Edit and Remove act on the citation in the table, so they are
    // enabled, and Tab stops there, only while there is one.
    auto* edit = window.findChild<QPushButton*>(QStringLiteral("editCitationButton"));
    auto* remove = window.findChild<QPushButton*>(QStringLiteral("removeCitationButton"));
    const auto tabOrderFromTarget = [&window](int steps = 7) {
        window.findChild<QWidget*>(QStringLiteral("targetSpinBox"))->setFocus();
        QStringList order;
        for (int step = 0; step < steps; ++step) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            order << QApplication::focusWidget()->objectName();
        }
        return order;
    };
    REQUIRE(rating.citations.isEmpty());
    CHECK_FALSE(edit->isEnabled());
    CHECK_FALSE(remove->isEnabled());
    CHECK(tabOrderFromTarget() ==
          QStringList{QStringLiteral("citationsTableView"), QStringLiteral("addCitationButton"),
                      QStringLiteral("noteTextEdit"), QStringLiteral("privateNoteTextEdit"),
                      QStringLiteral("previousButton"), QStringLiteral("nextButton"),
                      QStringLiteral("filterLineEdit")});
    // A criterion with citations and no warning, after the first (whose Previous is disabled).
    QString cited;
    for (const Criterion& candidate : window.session()->rubric().criteria().mid(1)) {
        const bool warned = std::any_of(
            window.session()->report().warnings.cbegin(), window.session()->report().warnings.cend(),
            [&candidate](const ConsistencyWarning& warning) { return warning.criterionId == candidate.id; });
        if (!warned && !window.session()->assessment().rating(candidate.id).citations.isEmpty()) {
            cited = candidate.id;
            break;
        }
    }
    REQUIRE_FALSE(cited.isEmpty());
    window.goToCriterion(cited);
    CHECK_FALSE(edit->isEnabled()); // no citation chosen yet; Tab into the table chooses the first
    CHECK(tabOrderFromTarget() ==
          QStringList{QStringLiteral("citationsTableView"), QStringLiteral("addCitationButton"),
                      QStringLiteral("editCitationButton"), QStringLiteral("removeCitationButton"),
                      QStringLiteral("noteTextEdit"), QStringLiteral("privateNoteTextEdit"),
                      QStringLiteral("previousButton")});
    CHECK(remove->isEnabled());
    // Another criterion's citations are another list: nothing is chosen in it.
    window.goNext();
    CHECK_FALSE(edit->isEnabled());
    // Warnings, shown between the target and the evidence, come there in the Tab order too.
    window.goToCriterion(QStringLiteral("LAB-6")); // rated 3, its one citation a measure
    REQUIRE(window.findChild<QWidget*>(QStringLiteral("warningsLabel"))->isVisible());
    CHECK(tabOrderFromTarget(3) == QStringList{QStringLiteral("warningsLabel"),
                                               QStringLiteral("citationsTableView"),
                                               QStringLiteral("addCitationButton")});
    window.closeAssessment();
}

TEST_CASE("A second window on the same file is read-only and says so", "[ui][gui]") {
    QTemporaryDir dir;
    auto first = test::sampleSession(dir);
    MainWindow window;
    window.show();
    REQUIRE(window.openPath(first->document().path()));
    CHECK(window.session()->isReadOnly());
    CHECK(window.windowTitle().endsWith(u"[read-only]"));
    CHECK(window.findChild<QLabel*>(QStringLiteral("statusLabel"))->text().contains(u"already open"));
    CHECK_FALSE(window.findChild<QAction*>(QStringLiteral("rateAction2"))->isEnabled());
}

TEST_CASE("The assessor can correct a handbook page number, and undo it", "[ui][gui]") {
    MainWindow window;
    window.show();
    REQUIRE(window.openSample());
    window.goToCriterion(QStringLiteral("LAB-1"));
    auto* references = window.findChild<QLabel*>(QStringLiteral("referencesLabel"));
    CHECK(references->text().contains(u"GMG handbook p. 61 (as cited in NGO Committee"));
    CHECK(window.findChild<QLabel*>(QStringLiteral("caveatLabel"))->text().contains(u"not been checked"));
    Dialogs::setNextText(QStringLiteral("62"));
    QTest::mouseClick(window.findChild<QPushButton*>(QStringLiteral("correctPagesButton")), Qt::LeftButton);
    CHECK(window.session()->assessment().pageCorrection(QStringLiteral("LAB-1"), 0) == u"62");
    CHECK(references->text().contains(u"GMG handbook p. 62 (corrected by the assessor; 61 as cited)"));
    window.session()->undoStack()->undo();
    CHECK(window.session()->assessment().pageCorrections().isEmpty());
    CHECK(references->text().contains(u"GMG handbook p. 61"));
    // Leave the shared sample copy as it was for other tests.
    window.closeAssessment();
}

TEST_CASE("Assessment details are edited in place, and a plan without a title is refused inline",
          "[ui][gui]") {
    QTemporaryDir dir;
    auto sample = test::sampleSession(dir);
    const QString path = sample->document().path();
    sample.reset();
    MainWindow window;
    window.show();
    REQUIRE(window.openPath(path));
    const Plan before = window.session()->assessment().plan();
    REQUIRE(before.title.size() > 60); // longer than its field: the field must show its start

    // Cancelled with the title cleared: nothing changes.
    test::whenModal<AssessmentDetailsDialog>([&](AssessmentDetailsDialog* dialog) {
        auto* title = dialog->findChild<QLineEdit*>(QStringLiteral("planTitleLineEdit"));
        CHECK(title->cursorPosition() == 0);
        auto* ok = dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
        CHECK(ok->isEnabled());
        title->clear();
        CHECK_FALSE(ok->isEnabled());
        auto* problem = dialog->findChild<QLabel*>(QStringLiteral("problemLabel"));
        CHECK(problem->isVisible());
        CHECK(problem->text() == u"Give the plan's title.");
        dialog->reject();
    });
    window.findChild<QAction*>(QStringLiteral("detailsAction"))->trigger();
    CHECK(window.session()->assessment().plan() == before);

    // Changed and accepted: kept, with the assessors split by commas, and undone as one edit.
    test::whenModal<AssessmentDetailsDialog>([](AssessmentDetailsDialog* dialog) {
        auto* country = dialog->findChild<QLineEdit*>(QStringLiteral("countryLineEdit"));
        country->setText(QStringLiteral("Testland"));
        dialog->findChild<QLineEdit*>(QStringLiteral("assessorsLineEdit"))
            ->setText(QStringLiteral(" A. One ,, B. Two "));
        dialog->accept();
    });
    window.findChild<QAction*>(QStringLiteral("detailsAction"))->trigger();
    CHECK(window.session()->assessment().plan().country == u"Testland");
    CHECK(window.session()->assessment().plan().title == before.title);
    CHECK(window.session()->assessment().metadata().assessors ==
          QStringList{QStringLiteral("A. One"), QStringLiteral("B. Two")});
    window.session()->undoStack()->undo();
    CHECK(window.session()->assessment().plan() == before);
}

TEST_CASE("File > Open recent names each file as it is called, and opens it", "[ui][gui]") {
    QTemporaryDir dir;
    const QString sample = test::sampleSession(dir)->document().path();
    const QString named = dir.filePath(QStringLiteral("R&D plan.coherence"));
    REQUIRE(QFile::copy(sample, named));
    const QString gone = dir.filePath(QStringLiteral("moved away.coherence"));
    REQUIRE(QFile::copy(sample, gone));
    {
        MainWindow window;
        REQUIRE(window.openPath(gone));
        REQUIRE(window.openPath(named)); // both remembered as recent files
    }
    REQUIRE(QFile::remove(gone)); // and one of them is no longer there
    MainWindow window;
    window.show();
    QMenu* recent = nullptr;
    for (QMenu* menu : window.findChildren<QMenu*>()) {
        if (menu->title() == u"Open &recent") {
            recent = menu;
        }
    }
    REQUIRE(recent);
    emit recent->aboutToShow();
    REQUIRE(recent->actions().size() == 1);
    QAction* action = recent->actions().first();
    CHECK(action->text() == u"R&&D plan.coherence"); // shown as "R&D plan.coherence", no Alt key
    CHECK(QKeySequence::mnemonic(action->text()).isEmpty());
    action->trigger();
    REQUIRE(window.session());
    CHECK(window.session()->document().path() == named);
    window.closeAssessment();
}

TEST_CASE("File dialogs open where the user keeps files, never in Coherence's own data folder", "[ui][gui]") {
    QTemporaryDir dir;
    const QString data = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    const QString before = Settings().lastFolder();
    CHECK_FALSE(before.startsWith(data));
    MainWindow window;
    // The sample lives in Coherence's data folder: opening it changes nothing here, so that a report
    // exported from it, or a new assessment, is not saved out of the user's sight.
    REQUIRE(window.openSample());
    REQUIRE(window.session()->document().path().startsWith(data));
    CHECK(Settings().lastFolder() == before);
    // A file of the user's moves it to the file's folder.
    const QString own = dir.filePath(QStringLiteral("plan.coherence"));
    REQUIRE(QFile::copy(window.session()->document().path(), own));
    window.closeAssessment();
    REQUIRE(window.openPath(own));
    CHECK(Settings().lastFolder() == QFileInfo(own).absolutePath());
    window.closeAssessment();
}

TEST_CASE("Help > Keyboard shortcuts names every shortcut the window answers to", "[ui][gui]") {
    MainWindow window;
    window.show();
    REQUIRE(window.openSample()); // undo and redo exist only with an assessment open
    const QString help = window.shortcutsHelpText();
    CHECK(help.contains(u"<b>0 – 4</b>"));
    int named = 0;
    for (const QAction* action : window.actions()) {
        if (action->objectName().startsWith(u"rateAction")) {
            continue; // the digits, one row "0 – 4", checked above
        }
        for (const QKeySequence& shortcut : action->shortcuts()) {
            INFO(action->objectName().toStdString() << " " << shortcut.toString().toStdString());
            CHECK(help.contains(QStringLiteral("<b>%1</b>")
                                    .arg(shortcut.toString(QKeySequence::NativeText).toHtmlEscaped())));
            ++named;
        }
    }
    CHECK(named >= 17); // N, next and previous twice, find, undo, redo, Ctrl+1-3, F5, new, open, export, …
    window.closeAssessment();
}

TEST_CASE("Every control of the walk-through can be reached by Tab and has an accessible name", "[ui][gui]") {
    MainWindow window;
    window.show();
    REQUIRE(window.openSample());
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    REQUIRE(test::waitForEvidenceAndNotes(window));
    window.findChild<QTreeView*>(QStringLiteral("navigatorTreeView"))->setFocus();
    QStringList unnamed;
    QStringList chain;
    QSet<QWidget*> visited;
    QWidget* start = QApplication::focusWidget();
    REQUIRE(start);
    QWidget* current = start;
    // Walk the whole Tab chain once, as a keyboard user would.
    for (int step = 0; step < 200; ++step) {
        QTest::keyClick(current, Qt::Key_Tab);
        current = QApplication::focusWidget();
        REQUIRE(current);
        if (current == start || visited.contains(current)) {
            break;
        }
        visited.insert(current);
        chain << current->metaObject()->className() + QStringLiteral(":") + current->objectName();
        QAccessibleInterface* accessible = QAccessible::queryAccessibleInterface(current);
        const QString name = accessible ? accessible->text(QAccessible::Name) : QString();
        if (name.trimmed().isEmpty()) {
            unnamed << current->metaObject()->className() + QStringLiteral(" ") + current->objectName();
        }
    }
    INFO("controls without an accessible name: " << unnamed.join(QStringLiteral(", ")).toStdString());
    INFO("tab chain: " << chain.join(QStringLiteral(" → ")).toStdString());
    CHECK(unnamed.isEmpty());
    // The rating controls are in the chain, every level its own stop.
    for (int level = 0; level <= 4; ++level) {
        CHECK(visited.contains(window.findChild<QWidget*>(QStringLiteral("levelOption%1").arg(level))));
    }
    CHECK(visited.contains(window.findChild<QWidget*>(QStringLiteral("noteTextEdit"))));
    CHECK(visited.contains(window.findChild<QWidget*>(QStringLiteral("filterLineEdit"))));
    window.closeAssessment();
}

TEST_CASE("File > Export report previews and writes a checked report", "[ui][gui][reports]") {
    QTemporaryDir dir;
    MainWindow window;
    window.show();
    REQUIRE(window.openSample());
    const QString path = dir.filePath(QStringLiteral("briefing.pdf"));
    test::whenModal<ReportDialog>([&path](ReportDialog* dialog) {
        auto* preview = dialog->findChild<QTextBrowser*>(QStringLiteral("reportPreview"));
        CHECK(preview->toPlainText().contains(u"Briefing note: Republic of Examplia"));
        auto* templates = dialog->findChild<QComboBox*>(QStringLiteral("reportTemplateComboBox"));
        templates->setCurrentIndex(1); // full report
        CHECK(preview->toPlainText().contains(u"Assessment report:"));
        CHECK(dialog->findChild<QCheckBox*>(QStringLiteral("reportPrivateNotesCheckBox"))->isEnabled());
        templates->setCurrentIndex(0);
        auto* open = dialog->findChild<QPushButton*>(QStringLiteral("reportOpenButton"));
        CHECK_FALSE(open->isVisible()); // nothing written yet
        Dialogs::setNextFileName(path);
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("reportExportButton")),
                          Qt::LeftButton);
        CHECK(dialog->findChild<QLabel*>(QStringLiteral("reportStatusLabel"))
                  ->text()
                  .startsWith(u"Written and checked"));
        // The report just written opens in the desktop's application for it: here, a handler that
        // records what the desktop was asked to open.
        REQUIRE(open->isVisible());
        UrlRecorder recorder;
        QDesktopServices::setUrlHandler(QStringLiteral("file"), &recorder, "open");
        QTest::mouseClick(open, Qt::LeftButton);
        QDesktopServices::unsetUrlHandler(QStringLiteral("file"));
        CHECK(recorder.urls == QList<QUrl>{QUrl::fromLocalFile(path)});
        // A failed export hides it: the report it would open is not the one the status line speaks of.
        QString error;
        CHECK_FALSE(dialog->exportTo(QStringLiteral("/nonexistent-folder/briefing.pdf"), &error));
        CHECK_FALSE(open->isVisible());
        dialog->reject();
    });
    window.findChild<QAction*>(QStringLiteral("exportReportAction"))->trigger();
    QFile pdf(path);
    REQUIRE(pdf.open(QIODevice::ReadOnly));
    CHECK(pdf.read(5) == "%PDF-");
    CHECK(window.findChild<QLabel*>(QStringLiteral("statusLabel"))
              ->text()
              .startsWith(u"Report written and checked"));
    window.closeAssessment();
}

TEST_CASE("The dashboard's charts come from the chart module when it is first shown", "[ui][gui]") {
    MainWindow window;
    window.show();
    REQUIRE(window.openSample());
    // No chart, and so no QtCharts, before the dashboard is shown.
    CHECK_FALSE(window.findChild<QWidget*>(QStringLiteral("radarChartView")));
    window.findChild<QAction*>(QStringLiteral("showDashboardAction"))->trigger();
    QApplication::processEvents();
    QWidget* radar = window.findChild<QWidget*>(QStringLiteral("radarChartView"));
    QWidget* bars = window.findChild<QWidget*>(QStringLiteral("barChartView"));
    REQUIRE(radar);
    REQUIRE(bars);
    CHECK(radar->inherits("QChartView"));
    CHECK(bars->inherits("QChartView"));
    CHECK(radar->isVisible());
    CHECK_FALSE(window.findChild<QWidget*>(QStringLiteral("chartsProblemLabel")));
    // A new rating redraws them in place: the same views, no leftovers.
    QTest::keyClick(&window, Qt::Key_3);
    QApplication::processEvents();
    CHECK(window.findChildren<QWidget*>(QStringLiteral("radarChartView")).size() == 1);
    window.closeAssessment();
}

TEST_CASE("Scores read as the desktop's locale writes numbers", "[ui][gui]") {
    // A French desktop writes "43,8"; the command line's output, read by scripts, keeps "43.8".
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
    {
        MainWindow window;
        REQUIRE(window.openSample());
        auto* overall = window.findChild<QLabel*>(QStringLiteral("overallScoreLabel"));
        REQUIRE(overall);
        CHECK(overall->text() == u"43,8");
        auto* labour = window.findChild<QProgressBar*>(QStringLiteral("areaScoreBar-labour"));
        REQUIRE(labour);
        CHECK(labour->format() == u"62,5");
        window.closeAssessment();
    }
    QLocale::setDefault(before);
}

TEST_CASE("The navigator opens with the criterion shown in sight, its area's heading above it", "[ui][gui]") {
    MainWindow window;
    showSampleAtLaptopSize(window);
    auto* view = window.findChild<QTreeView*>(QStringLiteral("navigatorTreeView"));
    REQUIRE(view);
    // The sample opens on its first unrated criterion, EVD-5, the last of its area.
    const QModelIndex current = view->currentIndex();
    REQUIRE(current.data(CriterionIdRole).toString() == QStringLiteral("EVD-5"));
    const QRect viewport = view->viewport()->rect();
    CHECK(viewport.contains(view->visualRect(current)));
    CHECK(viewport.contains(view->visualRect(current.parent())));
    window.closeAssessment();
}

TEST_CASE("The radar names every area in a window of a common laptop's size", "[ui][gui]") {
    MainWindow window;
    showSampleAtLaptopSize(window, QStringLiteral("showDashboardAction"));
    auto* radar = window.findChild<QGraphicsView*>(QStringLiteral("radarChartView"));
    REQUIRE(radar);
    // Qt Charts draws an axis label as a text item, hides one that would overlap its neighbour and
    // cuts one that is too wide with "...": each area needs a shown label that begins its title.
    QStringList shown;
    for (const QGraphicsItem* item : radar->scene()->items()) {
        if (const auto* text = dynamic_cast<const QGraphicsTextItem*>(item); text && text->isVisible()) {
            shown << text->toPlainText();
        }
    }
    CAPTURE(shown);
    const Rubric& rubric = window.session()->rubric();
    REQUIRE(rubric.areas().size() == 12);
    QSet<QString> labels;
    for (const Area& area : rubric.areas()) {
        const QString title = area.title.text();
        CAPTURE(title);
        const auto label = std::find_if(shown.cbegin(), shown.cend(), [&](const QString& text) {
            return !text.isEmpty() && title.startsWith(text) && !text.contains(u"...") &&
                   !text.contains(u'…');
        });
        CHECK(label != shown.cend());
        if (label != shown.cend()) {
            labels.insert(*label);
        }
    }
    CHECK(labels.size() == 12); // one label each
    window.closeAssessment();
}

TEST_CASE("The dashboard's gap list leaves the recommendation room for its heading and more", "[ui][gui]") {
    MainWindow window;
    showSampleAtLaptopSize(window, QStringLiteral("showDashboardAction"));
    auto* table = window.findChild<QTableView*>(QStringLiteral("gapTableView"));
    REQUIRE(table);
    QHeaderView* header = table->horizontalHeader();
    const int title = header->sectionSize(GapListModel::TitleColumn);
    CAPTURE(title, header->sectionSizeHint(GapListModel::TitleColumn), table->viewport()->width());
    // Its heading is not cut, and it takes more than the three figures beside it together.
    CHECK(title >= header->sectionSizeHint(GapListModel::TitleColumn));
    CHECK(title > table->viewport()->width() / 2);
    // The criterion's id leads the cell, as in the navigator.
    CHECK(table->model()->index(0, GapListModel::TitleColumn).data().toString().startsWith(u"PRO-5  "));
    window.closeAssessment();
}

TEST_CASE("The navigator's state column fits everything it shows", "[ui][gui]") {
    MainWindow window;
    window.show();
    REQUIRE(window.openSample());
    auto* view = window.findChild<QTreeView*>(QStringLiteral("navigatorTreeView"));
    REQUIRE(view);
    // The sample has areas at every stage, levels 0 to 4, N/A, unrated criteria and warnings.
    const int width = view->header()->sectionSize(NavigatorModel::StateColumn);
    QStyleOptionViewItem option;
    option.initFrom(view);
    const int small = view->style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, view);
    option.decorationSize = QSize(small, small);
    int cells = 0;
    const QAbstractItemModel* model = view->model();
    const std::function<void(const QModelIndex&)> visit = [&](const QModelIndex& parent) {
        for (int row = 0; row < model->rowCount(parent); ++row) {
            const QModelIndex state = model->index(row, NavigatorModel::StateColumn, parent);
            const QSize needed = view->itemDelegate()->sizeHint(option, state);
            CAPTURE(state.data().toString().toStdString());
            CHECK(needed.width() <= width);
            ++cells;
            visit(model->index(row, NavigatorModel::TitleColumn, parent));
        }
    };
    visit(QModelIndex());
    CHECK(cells > 52);
    CHECK(view->header()->sectionSizeHint(NavigatorModel::StateColumn) <= width); // the title too
    window.closeAssessment();
}

TEST_CASE("The walk-through fits a 1366x768 laptop and a screen at 200 %, every control reachable",
          "[ui][gui]") {
    MainWindow window;
    window.show();
    REQUIRE(window.openSample());
    REQUIRE(test::waitForEvidenceAndNotes(window));
    auto* scroll = window.findChild<QScrollArea*>(QStringLiteral("criterionScrollArea"));
    auto* privateNote = window.findChild<QPlainTextEdit*>(QStringLiteral("privateNoteTextEdit"));
    auto* next = window.findChild<QPushButton*>(QStringLiteral("nextButton"));
    REQUIRE(scroll);
    REQUIRE(privateNote);
    REQUIRE(next);
    // Logical sizes less a taskbar: a 1366×768 laptop (or a 2732×1536 screen at 200 %), and a
    // 1920×1080 screen at 200 %.
    for (const QSize screen : {QSize(1366, 728), QSize(960, 500)}) {
        CAPTURE(screen.width(), screen.height());
        window.resize(screen);
        QApplication::processEvents();
        const QSize minimum = window.minimumSizeHint().expandedTo(window.minimumSize());
        CAPTURE(minimum.width(), minimum.height());
        CHECK(minimum.width() <= screen.width());
        CHECK(minimum.height() <= screen.height());
        CHECK(window.size() == screen);
        // What does not fit scrolls: the criterion page's last control can be scrolled to, and the
        // previous / next buttons stay in the window below it.
        scroll->ensureWidgetVisible(privateNote);
        QApplication::processEvents();
        const QRect note(privateNote->mapTo(scroll->viewport(), QPoint(0, 0)), privateNote->size());
        CHECK(scroll->viewport()->rect().intersects(note));
        CHECK(window.rect().contains(QRect(next->mapTo(&window, QPoint(0, 0)), next->size())));
    }
    window.closeAssessment();
}

TEST_CASE("On a first run in a small window the criterion page keeps a good part of it", "[ui][gui]") {
    // 1920×1080 at 200 % less a taskbar; no layout kept from an earlier session.
    MainWindow window;
    window.resize(960, 500);
    window.show();
    REQUIRE(window.openSample());
    QApplication::processEvents();
    auto* scroll = window.findChild<QScrollArea*>(QStringLiteral("criterionScrollArea"));
    REQUIRE(scroll);
    CAPTURE(window.findChild<QDockWidget*>(QStringLiteral("navigatorDock"))->width(),
            window.findChild<QDockWidget*>(QStringLiteral("scoreDock"))->width(),
            scroll->viewport()->width());
    CHECK(scroll->viewport()->width() >= window.width() * 40 / 100);
    // The page's text wraps to the width it has: nothing needs scrolling sideways.
    CHECK_FALSE(scroll->horizontalScrollBar()->isVisible());
    // Nor is any of the score panel cut off at the dock's edge (it never scrolls sideways).
    CHECK(test::scorePanelFitsItsDock(window));
    window.closeAssessment();
}

TEST_CASE("The action plan shows every action's whole text, in a narrow window and a wide one", "[ui][gui]") {
    MainWindow window;
    showSampleAtLaptopSize(window, QStringLiteral("showActionPlanAction"));
    auto* table = window.findChild<QTableView*>(QStringLiteral("actionTableView"));
    REQUIRE(table);
    REQUIRE(table->model()->rowCount() >= 4);
    QHeaderView* header = table->horizontalHeader();
    for (const int width : {1366, 3000}) {
        CAPTURE(width);
        window.resize(width, 728);
        QApplication::processEvents();
        // Nothing to scroll sideways, and no empty strip at the right: the action takes what is left.
        CHECK_FALSE(table->horizontalScrollBar()->isVisible());
        CHECK(header->length() == table->viewport()->width());
        // Every cell's text fits its cell: the columns wrap it and the rows are as high as it needs.
        for (int row = 0; row < table->model()->rowCount(); ++row) {
            for (int column = 0; column < table->model()->columnCount(); ++column) {
                const QModelIndex index = table->model()->index(row, column);
                const QString text = index.data().toString();
                const QRect cell = table->visualRect(index);
                CAPTURE(row, column, text, cell.width(), cell.height());
                const QRect needed = table->fontMetrics().boundingRect(
                    cell.adjusted(3, 0, -3, 0), Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, text);
                CHECK(needed.height() <= cell.height());
            }
        }
    }
    // The action's column stays the widest once the window has room for it.
    CHECK(header->sectionSize(0) > header->sectionSize(2));
    window.closeAssessment();
}

TEST_CASE("The action plan's Edit and Remove act on the chosen action, and only while there is one",
          "[ui][gui]") {
    MainWindow window;
    showSampleAtLaptopSize(window, QStringLiteral("showActionPlanAction"));
    auto* table = window.findChild<QTableView*>(QStringLiteral("actionTableView"));
    auto* edit = window.findChild<QPushButton*>(QStringLiteral("editActionButton"));
    auto* remove = window.findChild<QPushButton*>(QStringLiteral("removeActionButton"));
    REQUIRE(table);
    const qsizetype actions = window.session()->assessment().actions().size();
    REQUIRE(actions >= 2);
    CHECK_FALSE(edit->isEnabled());
    CHECK_FALSE(remove->isEnabled());
    table->setCurrentIndex(table->model()->index(0, 0));
    CHECK(edit->isEnabled());
    CHECK(remove->isEnabled());
    // Filtered out of sight, the chosen action is no longer there to act on.
    window.findChild<QLineEdit*>(QStringLiteral("actionFilterLineEdit"))
        ->setText(QStringLiteral("zzz-no-such"));
    CHECK(table->model()->rowCount() == 0);
    CHECK_FALSE(edit->isEnabled());
    window.findChild<QLineEdit*>(QStringLiteral("actionFilterLineEdit"))->clear();
    table->setCurrentIndex(table->model()->index(0, 0));
    const QString first = table->model()->index(0, 0).data().toString();
    QTest::mouseClick(remove, Qt::LeftButton);
    CHECK(window.session()->assessment().actions().size() == actions - 1);
    for (const ActionItem& action : window.session()->assessment().actions()) {
        CHECK(action.title != first);
    }
    window.session()->undoStack()->undo();
    CHECK(window.session()->assessment().actions().size() == actions);
    window.closeAssessment();
}

TEST_CASE("Splitters and docks are remembered between sessions", "[ui][gui]") {
    QList<int> sizes;
    int scoreWidth = 0;
    {
        MainWindow window;
        window.show();
        REQUIRE(window.openSample());
        // The dashboard is built when first shown, not with the window.
        CHECK_FALSE(window.findChild<QSplitter*>(QStringLiteral("dashboardSplitter")));
        window.findChild<QAction*>(QStringLiteral("showDashboardAction"))->trigger();
        auto* splitter = window.findChild<QSplitter*>(QStringLiteral("dashboardSplitter"));
        REQUIRE(splitter);
        splitter->setSizes({200, 500});
        sizes = splitter->sizes();
        // The score dock wider than it starts, the navigator closed.
        auto* scoreDock = window.findChild<QDockWidget*>(QStringLiteral("scoreDock"));
        REQUIRE(scoreDock);
        window.resizeDocks({scoreDock}, {scoreDock->width() + 90}, Qt::Horizontal);
        QApplication::processEvents();
        scoreWidth = scoreDock->width();
        window.findChild<QDockWidget*>(QStringLiteral("navigatorDock"))->close();
        window.closeAssessment(); // remembers the layout, as closing the window does
    }
    const auto requireDocksAsLeft = [&](MainWindow& window) {
        QApplication::processEvents();
        CHECK(window.findChild<QDockWidget*>(QStringLiteral("scoreDock"))->width() == scoreWidth);
        CHECK(window.findChild<QDockWidget*>(QStringLiteral("navigatorDock"))->isHidden());
    };
    // A new window places the docks from the state it restored before it was shown ...
    MainWindow again;
    again.show();
    REQUIRE(again.openSample());
    again.findChild<QAction*>(QStringLiteral("showDashboardAction"))->trigger();
    CHECK(again.findChild<QSplitter*>(QStringLiteral("dashboardSplitter"))->sizes() == sizes);
    requireDocksAsLeft(again);
    // ... and the same window, with an assessment closed and another opened, from the state then.
    again.closeAssessment();
    REQUIRE(again.openSample());
    requireDocksAsLeft(again);
    again.findChild<QDockWidget*>(QStringLiteral("navigatorDock"))->show();
    again.closeAssessment();
}

#include "MainWindowTests.moc"
