#include "CriterionPage.h"
#include "HistoryDialog.h"
#include "HistoryModel.h"
#include "ItemDataRoles.h"
#include "MainWindow.h"
#include "UiTestSupport.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QTest>

#include <catch2/catch.hpp>

using namespace coherence;
using test::currentCriterion;
using test::press;

namespace {

/// What the history's row @p row shows from its change to its new value.
QStringList rowOf(const QAbstractItemModel& model, int row) {
    QStringList cells;
    for (int column = HistoryModel::ChangeColumn; column <= HistoryModel::AfterColumn; ++column) {
        cells << model.index(row, column).data().toString();
    }
    return cells;
}

} // namespace

TEST_CASE("The change history shows each edit in words, newest first, and follows the window", "[ui][gui]") {
    MainWindow window;
    window.resize(1366, 728);
    window.show();
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    REQUIRE(window.openSample());
    REQUIRE(currentCriterion(window) == u"EVD-5"); // the sample's first criterion not rated
    press(window, Qt::Key_3);

    window.findChild<QAction*>(QStringLiteral("historyAction"))->trigger();
    HistoryDialog* dialog = window.historyDialog();
    REQUIRE(dialog);
    CHECK(dialog->isVisible());
    auto* view = dialog->findChild<QTableView*>(QStringLiteral("historyTableView"));
    REQUIRE(view);
    QAbstractItemModel& model = *view->model();
    const QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const int before = model.rowCount();
    REQUIRE(before >= 2); // the creation and the rating
    CHECK(rowOf(model, 0) == QStringList{QStringLiteral("Level"), QStringLiteral("EVD-5"),
                                         QStringLiteral("not rated"), QStringLiteral("3 — Operationalised")});
    CHECK(model.index(0, 0).data(CriterionIdRole).toString() == u"EVD-5");
    CHECK(rowOf(model, model.rowCount() - 1).first() == u"Assessment created");

    // An undo is an edit like any other: saved, and on top of the list at once.
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    press(window, Qt::Key_Z, Qt::ControlModifier);
    REQUIRE(model.rowCount() == before + 1);
    CHECK(rowOf(model, 0) == QStringList{QStringLiteral("Level"), QStringLiteral("EVD-5"),
                                         QStringLiteral("3 — Operationalised"), QStringLiteral("not rated")});
    auto* state = dialog->findChild<QLabel*>(QStringLiteral("historyStateLabel"));
    CHECK(state->text() == QStringLiteral("Changes recorded in this file: %1").arg(before + 1));

    // Only the criterion on screen, which follows the window; words over every column.
    auto* only = dialog->findChild<QCheckBox*>(QStringLiteral("historyCriterionOnlyCheckBox"));
    CHECK(only->text() == u"&Only EVD-5");
    only->setChecked(true);
    CHECK(dialog->visibleChanges() == 2);
    window.goToCriterion(QStringLiteral("LAB-2"));
    CHECK(only->text() == u"&Only LAB-2");
    CHECK(dialog->visibleChanges() == 0);
    only->setChecked(false);
    auto* filter = dialog->findChild<QLineEdit*>(QStringLiteral("historyFilterLineEdit"));
    QTest::keyClicks(filter, QStringLiteral("Operationalised")); // any case
    // Filtered once typing pauses, not at every key.
    CHECK(dialog->visibleChanges() == before + 1);
    CHECK(QTest::qWaitFor([dialog] { return dialog->visibleChanges() == 2; }));
    CHECK(state->text() == QStringLiteral("Changes shown: 2 of %1").arg(before + 1));
    filter->clear();

    // A row about a criterion takes the window to it.
    emit view->activated(model.index(0, HistoryModel::ChangeColumn));
    CHECK(currentCriterion(window) == u"EVD-5");

    // The history reads the open session: it goes with it.
    window.closeAssessment();
    CHECK_FALSE(window.historyDialog());
}
