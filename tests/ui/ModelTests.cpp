#include "ActionPlanModel.h"
#include "CitationListModel.h"
#include "GapListModel.h"
#include "ItemDataRoles.h"
#include "NavigatorFilterModel.h"
#include "NavigatorModel.h"
#include "SetRatingCommand.h"
#include "UiTestSupport.h"
#include "WarningListModel.h"

#include <QAbstractItemModelTester>
#include <QIdentityProxyModel>
#include <QLocale>
#include <QSignalSpy>
#include <QUndoStack>

#include <catch2/catch.hpp>

#include <algorithm>

using namespace coherence;

namespace {

// Fatal mode: a contract violation aborts, which Catch2 reports as a failure. QtTest mode would
// let a broken model pass silently under Catch2 (see qt-conventions.md §3).
constexpr auto kFatal = QAbstractItemModelTester::FailureReportingMode::Fatal;

QStringList visibleCriteria(const QAbstractItemModel& model) {
    QStringList ids;
    for (int area = 0; area < model.rowCount(); ++area) {
        const QModelIndex parent = model.index(area, 0);
        for (int row = 0; row < model.rowCount(parent); ++row) {
            ids << model.index(row, 0, parent).data(CriterionIdRole).toString();
        }
    }
    return ids;
}

/// Passes a model through and counts the roles asked of it.
class RoleCounter : public QIdentityProxyModel {
public:
    using QIdentityProxyModel::QIdentityProxyModel;

    QVariant data(const QModelIndex& index, int role) const override {
        ++asked[role];
        return QIdentityProxyModel::data(index, role);
    }

    mutable QHash<int, int> asked;
};

Rating rated(int level) {
    Rating rating;
    rating.level = level;
    rating.citations.append(
        {QString(), QStringLiteral("1"), QString(), QStringLiteral("Text"), EvidenceKind::Budget});
    return rating;
}

} // namespace

TEST_CASE("The navigator model is a sound tree that follows the ratings", "[ui][models]") {
    QTemporaryDir dir;
    auto session = test::sampleSession(dir);
    NavigatorModel model(session.get());
    QAbstractItemModelTester tester(&model, kFatal);
    CHECK(model.rowCount() == 12);
    const QModelIndex labour = model.index(2, 0);
    CHECK(labour.data().toString() == u"Labour and employment");
    CHECK(model.rowCount(labour) == 6);
    CHECK(model.index(2, NavigatorModel::StateColumn).data().toString() == u"6/6");
    const QModelIndex lab6 = model.indexOfCriterion(QStringLiteral("LAB-6"), NavigatorModel::StateColumn);
    CHECK(lab6.data().toString() == u"3");
    CHECK(lab6.data(HasWarningRole).toBool());
    CHECK(lab6.data(Qt::ToolTipRole).toString().contains(u"3 Operationalised"));
    CHECK(model.indexOfCriterion(QStringLiteral("TRD-1"), 1).data().toString() == u"N/A");

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    REQUIRE(session->changeRating(QStringLiteral("HLT-4"), rated(2), QStringLiteral("rate")));
    CHECK(changed.count() == 2); // the criterion row and its area row
    CHECK(model.indexOfCriterion(QStringLiteral("HLT-4"), 1).data().toString() == u"2");
    CHECK(model.index(4, NavigatorModel::StateColumn).data().toString() == u"4/4");
}

TEST_CASE("The navigator filter finds words, references and page numbers", "[ui][models]") {
    QTemporaryDir dir;
    auto session = test::sampleSession(dir);
    NavigatorModel model(session.get());
    NavigatorFilterModel filter;
    filter.setSourceModel(&model);
    QAbstractItemModelTester tester(&filter, kFatal);
    CHECK(visibleCriteria(filter).size() == 52);

    filter.setText(QStringLiteral("C143"));
    CHECK(visibleCriteria(filter) == QStringList{QStringLiteral("LAB-1"), QStringLiteral("TRD-3")});
    filter.setText(QStringLiteral("p. 80"));
    CHECK(visibleCriteria(filter) == QStringList{QStringLiteral("HLT-1"), QStringLiteral("HLT-2")});
    filter.setText(QStringLiteral("10.7"));
    CHECK(visibleCriteria(filter).contains(QStringLiteral("LAB-3")));
    CHECK(visibleCriteria(filter).contains(QStringLiteral("EVD-4")));
    filter.setText(QStringLiteral("remittance costs"));
    CHECK(visibleCriteria(filter).contains(QStringLiteral("DIA-2")));
    filter.setText(QStringLiteral("strongest labour measure")); // words of a note
    CHECK(visibleCriteria(filter) == QStringList{QStringLiteral("LAB-3")});

    filter.setText(QString());
    filter.setQuickFilter(NavigatorFilterModel::QuickFilter::NotRated);
    CHECK(visibleCriteria(filter) == QStringList{QStringLiteral("EVD-5"), QStringLiteral("HLT-4"),
                                                 QStringLiteral("DIA-3"), QStringLiteral("PAR-4")});
    filter.setQuickFilter(NavigatorFilterModel::QuickFilter::Warnings);
    CHECK(visibleCriteria(filter) == QStringList{QStringLiteral("PRO-4"), QStringLiteral("LAB-6")});
    filter.setQuickFilter(NavigatorFilterModel::QuickFilter::Gaps);
    CHECK(visibleCriteria(filter).size() == 35);

    // Live: rating a criterion takes it out of "not yet rated".
    filter.setQuickFilter(NavigatorFilterModel::QuickFilter::NotRated);
    REQUIRE(session->changeRating(QStringLiteral("EVD-5"), rated(1), QStringLiteral("rate")));
    CHECK(visibleCriteria(filter).size() == 3);
}

TEST_CASE("The navigator filter asks for the search text only to search", "[ui][models]") {
    // The search text of every criterion is built the first time one is asked for: a start, which
    // filters nothing, should not pay for it.
    QTemporaryDir dir;
    auto session = test::sampleSession(dir);
    NavigatorModel model(session.get());
    RoleCounter counter;
    counter.setSourceModel(&model);
    NavigatorFilterModel filter;
    filter.setSourceModel(&counter);
    CHECK(visibleCriteria(filter).size() == 52);
    filter.setQuickFilter(NavigatorFilterModel::QuickFilter::Warnings);
    CHECK(visibleCriteria(filter).size() == 2);
    filter.setQuickFilter(NavigatorFilterModel::QuickFilter::All);
    CHECK(counter.asked.value(SearchTextRole) == 0);

    filter.setText(QStringLiteral("C143"));
    CHECK(visibleCriteria(filter).size() == 2);
    CHECK(counter.asked.value(SearchTextRole) > 0);
}

TEST_CASE("Gap, warning, action and citation models stay sound through edits", "[ui][models]") {
    QTemporaryDir dir;
    auto session = test::sampleSession(dir);
    GapListModel gaps(session.get());
    WarningListModel warnings(session.get());
    ActionPlanModel actions(session.get());
    CitationListModel citations(session.get());
    QAbstractItemModelTester gapTester(&gaps, kFatal);
    QAbstractItemModelTester warningTester(&warnings, kFatal);
    QAbstractItemModelTester actionTester(&actions, kFatal);
    QAbstractItemModelTester citationTester(&citations, kFatal);

    CHECK(gaps.rowCount() == 35);
    CHECK(gaps.index(0, GapListModel::TitleColumn).data().toString() ==
          u"PRO-5  Migration screening of sector policies");
    CHECK(gaps.index(0, GapListModel::TitleColumn).data(CriterionIdRole).toString() == u"PRO-5");
    CHECK(warnings.rowCount() == 2);
    CHECK(warnings.index(0, 0).data(CriterionIdRole).toString() == u"PRO-4");
    CHECK(actions.rowCount() == 4);
    CHECK(actions.index(0, ActionPlanModel::PriorityColumn).data().toString() == u"High");
    {
        // A due date reads the same on either side of the Atlantic, never "6/30/26".
        const QLocale before;
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QStringList dues;
        for (int row = 0; row < actions.rowCount(); ++row) {
            dues << actions.index(row, ActionPlanModel::DueColumn).data().toString();
        }
        QLocale::setDefault(before);
        CHECK(dues.contains(QStringLiteral("30\u00a0Jun\u00a02026")));
    }
    citations.setCriterion(QStringLiteral("LAB-3"));
    CHECK(citations.rowCount() == 3);
    CHECK(citations.index(1, CitationListModel::KindColumn).data().toString() == u"Indicator");

    REQUIRE(session->changeRating(QStringLiteral("PRO-4"), rated(3), QStringLiteral("rate")));
    CHECK(warnings.rowCount() == 1);
    Rating more = session->assessment().rating(QStringLiteral("LAB-3"));
    more.citations.removeLast();
    REQUIRE(session->changeRating(QStringLiteral("LAB-3"), more, QStringLiteral("remove")));
    CHECK(citations.rowCount() == 2);
    QList<ActionItem> list = session->assessment().actions();
    list.removeFirst();
    REQUIRE(session->changeActions(list, QStringLiteral("remove")));
    CHECK(actions.rowCount() == 3);
    session->undoStack()->undo();
    CHECK(actions.rowCount() == 4);
}

TEST_CASE("Undo and redo are saved like any edit", "[ui][undo]") {
    QTemporaryDir dir;
    auto session = test::sampleSession(dir);
    const QString path = session->document().path();
    REQUIRE(session->changeRating(QStringLiteral("HLT-2"), rated(3), QStringLiteral("rate")));
    Rating note = session->assessment().rating(QStringLiteral("HLT-2"));
    note.note = QStringLiteral("a");
    REQUIRE(session->changeRating(QStringLiteral("HLT-2"), note, QStringLiteral("note"),
                                  SetRatingCommand::NoteText));
    note.note = QStringLiteral("ab");
    REQUIRE(session->changeRating(QStringLiteral("HLT-2"), note, QStringLiteral("note"),
                                  SetRatingCommand::NoteText));
    CHECK(session->undoStack()->count() == 2); // the two note edits merged
    session->undoStack()->undo();
    CHECK(session->assessment().rating(QStringLiteral("HLT-2")).note.isEmpty());
    session->undoStack()->undo();
    CHECK(session->assessment().rating(QStringLiteral("HLT-2")).level == 0);
    session->undoStack()->redo();

    const AssessmentDocument::OpenResult reopened =
        AssessmentDocument::open(path, AssessmentDocument::Access::ReadOnly);
    REQUIRE(reopened.document);
    CHECK(reopened.document->assessment().rating(QStringLiteral("HLT-2")).level == 3);
    CHECK(reopened.document->assessment().rating(QStringLiteral("HLT-2")).note.isEmpty());
}

TEST_CASE("After changes and undos, each criterion's gap and warnings are those of a full score",
          "[ui][models]") {
    QTemporaryDir dir;
    auto session = test::sampleSession(dir);
    const auto requireAsScored = [&session] {
        const ScoreReport scored = Scorer(session->assessment().rubric()).score(session->assessment());
        CHECK(session->report().gaps.size() == scored.gaps.size());
        CHECK(session->report().warnings.size() == scored.warnings.size());
        for (const Criterion& criterion : session->assessment().rubric()->criteria()) {
            INFO(criterion.id.toStdString());
            const auto gap =
                std::find_if(scored.gaps.cbegin(), scored.gaps.cend(),
                             [&criterion](const Gap& each) { return each.criterionId == criterion.id; });
            const Gap* ofSession = session->gapOf(criterion.id);
            REQUIRE((ofSession != nullptr) == (gap != scored.gaps.cend()));
            if (ofSession) {
                CHECK(ofSession->priority == gap->priority);
                CHECK(ofSession->target == gap->target);
            }
            QList<ConsistencyWarning::Kind> kinds;
            for (const ConsistencyWarning& warning : scored.warnings) {
                if (warning.criterionId == criterion.id) {
                    kinds << warning.kind;
                }
            }
            QList<ConsistencyWarning::Kind> sessionKinds;
            for (const ConsistencyWarning& warning : session->warningsOf(criterion.id)) {
                sessionKinds << warning.kind;
            }
            REQUIRE(sessionKinds == kinds);
            CHECK(session->hasWarnings(criterion.id) == !kinds.isEmpty());
        }
    };
    requireAsScored();
    Rating target4 = rated(1);
    target4.target = 4;
    REQUIRE(session->changeRating(QStringLiteral("LAB-6"), rated(0), QStringLiteral("rate")));
    REQUIRE(session->changeRating(QStringLiteral("HLT-4"), target4, QStringLiteral("rate")));
    REQUIRE(session->changeRating(QStringLiteral("TRD-1"), rated(4), QStringLiteral("rate")));
    requireAsScored();
    session->undoStack()->undo();
    session->undoStack()->undo();
    requireAsScored();
    session->undoStack()->redo();
    requireAsScored();
}
