#include "AssessmentComparison.h"
#include "AssessmentJson.h"
#include "AssessmentMerge.h"
#include "RubricJson.h"
#include "RubricLoader.h"
#include "support/StringMakers.h"
#include "support/TestData.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace coherence;

namespace {

/// The three fabricated workshop participants of tests/data/workshop, with their known levels:
///            Amina  Bo    Chen   → median (rounded down), spread
///   LAB-1      1     2     3     → 2, 1–3, disagreement
///   LAB-2      2     2     3     → 2, 2–3
///   LAB-3      1     —     2     → 1 (even count: the lower middle), 1–2
///   HLT-1      0     4     1     → 1, 0–4, disagreement
///   EDU-1      3    N/A    3     → 3, a disagreement on applicability
///   PRO-1     N/A   N/A    —     → not applicable, both justifications
QList<MergeParticipant> workshop() {
    QList<MergeParticipant> participants;
    for (const QString& name : {QStringLiteral("amina"), QStringLiteral("bo"), QStringLiteral("chen")}) {
        const QString path = test::dataPath(QStringLiteral("workshop/%1.json").arg(name));
        const AssessmentLoadResult loaded = AssessmentJson::fromFile(path);
        REQUIRE(loaded.ok());
        participants << MergeParticipant{AssessmentMerge::participantName(*loaded.assessment, path), path,
                                         loaded.assessment};
    }
    return participants;
}

const MergedCriterion& merged(const AssessmentMerge& merge, const QString& id) {
    for (const MergedCriterion& criterion : merge.criteria()) {
        if (criterion.criterionId == id) {
            return criterion;
        }
    }
    FAIL("no criterion " << id.toStdString());
    return merge.criteria().first();
}

} // namespace

TEST_CASE("The consensus rule is the median, rounded down between two levels", "[merge]") {
    CHECK(AssessmentMerge::medianRule({1, 2, 3, 4}) == 2);
    CHECK(AssessmentMerge::medianRule({4, 1, 3}) == 3);
    CHECK(AssessmentMerge::medianRule({0, 4}) == 0);
    CHECK(AssessmentMerge::medianRule({2}) == 2);
    CHECK_FALSE(AssessmentMerge::medianRule({}));
}

TEST_CASE("Merging three participants gives known consensus levels, spreads and disagreements", "[merge]") {
    QString error;
    const std::optional<AssessmentMerge> merge = AssessmentMerge::prepare(workshop(), &error);
    REQUIRE(merge);
    CHECK_FALSE(merge->hasDifferences());
    CHECK(merge->compatibility().size() == 3);
    CHECK(merge->compatibility().first().share() == 1.0);

    const MergedCriterion& lab1 = merged(*merge, QStringLiteral("LAB-1"));
    CHECK(lab1.levels == QList<std::optional<int>>{1, 2, 3});
    CHECK(lab1.minimum == 1);
    CHECK(lab1.maximum == 3);
    CHECK(lab1.consensus == 2);
    CHECK(lab1.disagreement());
    CHECK(merged(*merge, QStringLiteral("LAB-2")).consensus == 2);
    CHECK_FALSE(merged(*merge, QStringLiteral("LAB-2")).disagreement());
    CHECK(merged(*merge, QStringLiteral("LAB-3")).consensus == 1);
    CHECK(merged(*merge, QStringLiteral("LAB-3")).levels[1] == std::nullopt);
    CHECK(merged(*merge, QStringLiteral("HLT-1")).consensus == 1);
    CHECK(merged(*merge, QStringLiteral("EDU-1")).consensus == 3);
    CHECK(merged(*merge, QStringLiteral("EDU-1")).disagreement());
    CHECK_FALSE(merged(*merge, QStringLiteral("PRO-1")).consensus);

    QStringList disagreeing;
    for (const MergedCriterion& criterion : merge->disagreements()) {
        disagreeing << criterion.criterionId;
    }
    CHECK(disagreeing ==
          QStringList{QStringLiteral("LAB-1"), QStringLiteral("HLT-1"), QStringLiteral("EDU-1")});

    const Assessment consensus = merge->consensus(false);
    CHECK(consensus.metadata().role == AssessmentRole::Workshop);
    CHECK(consensus.metadata().assessors == QStringList{QStringLiteral("Amina Diallo"),
                                                        QStringLiteral("Bo Lindqvist"),
                                                        QStringLiteral("Chen Wei")});
    const Rating& lab1Rating = consensus.rating(QStringLiteral("LAB-1"));
    CHECK(lab1Rating.level == 2);
    CHECK(lab1Rating.votes == QMap<int, int>{{1, 1}, {2, 1}, {3, 1}});
    // The same passage cited by Amina and Bo is kept once, attributed to whoever cited it first.
    REQUIRE(lab1Rating.citations.size() == 2);
    CHECK(lab1Rating.citations[0].contributor == u"Amina Diallo");
    CHECK(lab1Rating.citations[1].contributor == u"Bo Lindqvist");
    CHECK(lab1Rating.note ==
          u"Amina Diallo: Strong on rights, silent on enforcement.\n\nChen Wei: Implementation unclear.");
    CHECK(consensus.rating(QStringLiteral("LAB-3")).target == 3); // explicit targets 3 and 4 → 3
    const Rating& pro1 = consensus.rating(QStringLiteral("PRO-1"));
    CHECK(pro1.notApplicable);
    CHECK(pro1.justification.contains(u"Amina Diallo: The plan was drafted before the migration policy."));
    CHECK(pro1.justification.contains(u"Bo Lindqvist: No migration focal point exists yet."));
    // Private notes stay with their author.
    for (const Rating& rating : consensus.ratings()) {
        CHECK(rating.privateNote.isEmpty());
        CHECK_FALSE(rating.note.contains(u"Do not quote"));
    }
    // The same action proposed twice is kept once.
    CHECK(consensus.actions().size() == 2);
}

TEST_CASE("An anonymised merge names no participant", "[merge]") {
    QString error;
    const std::optional<AssessmentMerge> merge = AssessmentMerge::prepare(workshop(), &error);
    REQUIRE(merge);
    const Assessment consensus = merge->consensus(true);
    const QByteArray json = AssessmentJson::toJson(consensus);
    for (const char* name : {"Amina", "Bo Lindqvist", "Chen", "amina.json"}) {
        INFO(name);
        CHECK_FALSE(json.contains(name));
    }
    CHECK(consensus.rating(QStringLiteral("LAB-1")).citations[1].contributor == u"Participant 2");
    CHECK(consensus.rating(QStringLiteral("LAB-1")).note.startsWith(u"Participant 1: Strong on rights"));
    CHECK_FALSE(merge->changeLogSummary(true).contains(u"amina"));
    CHECK(merge->changeLogSummary(false).contains(u"amina.json, bo.json, chen.json"));
}

TEST_CASE("The facilitator can choose another consensus level", "[merge]") {
    QString error;
    std::optional<AssessmentMerge> merge = AssessmentMerge::prepare(workshop(), &error);
    REQUIRE(merge);
    CHECK(merge->chooseConsensus(QStringLiteral("HLT-1"), 4));
    CHECK_FALSE(merge->chooseConsensus(QStringLiteral("HLT-1"), 9));
    CHECK_FALSE(merge->chooseConsensus(QStringLiteral("NOPE-1"), 1));
    CHECK(merge->chooseConsensus(QStringLiteral("LAB-2"), std::nullopt));
    const Assessment consensus = merge->consensus(false);
    CHECK(consensus.rating(QStringLiteral("HLT-1")).level == 4);
    CHECK_FALSE(consensus.rating(QStringLiteral("LAB-2")).level);
    CHECK(consensus.rating(QStringLiteral("LAB-2")).votes == QMap<int, int>{{2, 2}, {3, 1}});
    CHECK(merge->changeLogSummary(false).contains(u"2 chosen by the facilitator"));
}

TEST_CASE("Merging refuses too few files and different rubrics, and reports other versions", "[merge]") {
    QString error;
    QList<MergeParticipant> participants = workshop();
    CHECK_FALSE(AssessmentMerge::prepare(participants.mid(0, 1), &error));
    CHECK(error == u"choose at least two assessments to merge");

    const RubricLoadResult small =
        RubricLoader::fromFile(test::dataPath(QStringLiteral("rubrics/small.json")));
    REQUIRE(small.ok());
    auto other = std::make_shared<Assessment>(small.rubric);
    participants << MergeParticipant{QStringLiteral("Other"), QStringLiteral("other.json"), other};
    CHECK_FALSE(AssessmentMerge::prepare(participants, &error));
    CHECK(error.contains(u"only assessments made with the same rubric can be merged"));

    // A later version of the rubric that drops LAB-3 and adds LAB-9.
    QJsonObject changed =
        QJsonDocument::fromJson(workshop().first().assessment->rubric()->canonicalJson()).object();
    changed.insert(QStringLiteral("version"), QStringLiteral("1.1.0"));
    QJsonArray criteria = changed.value(QStringLiteral("criteria")).toArray();
    for (qsizetype i = 0; i < criteria.size(); ++i) {
        QJsonObject criterion = criteria[i].toObject();
        if (criterion.value(QStringLiteral("id")).toString() == u"LAB-3") {
            criterion.insert(QStringLiteral("id"), QStringLiteral("LAB-9"));
            criteria.replace(i, criterion);
        }
    }
    changed.insert(QStringLiteral("criteria"), criteria);
    const RubricLoadResult newer = RubricLoader::fromJson(QJsonDocument(changed).toJson());
    REQUIRE(newer.ok());
    auto later = std::make_shared<Assessment>(newer.rubric);
    Rating rating;
    rating.level = 2;
    REQUIRE(later->setRating(QStringLiteral("LAB-9"), rating));
    REQUIRE(later->setRating(QStringLiteral("LAB-1"), rating));
    participants = workshop();
    participants << MergeParticipant{QStringLiteral("Later"), QStringLiteral("later.json"), later};
    const std::optional<AssessmentMerge> merge = AssessmentMerge::prepare(participants, &error);
    REQUIRE(merge);
    CHECK(merge->hasDifferences());
    const MergeCompatibility& compatibility = merge->compatibility().last();
    CHECK_FALSE(compatibility.identical);
    CHECK(compatibility.criteriaInCommon == 51);
    CHECK(compatibility.criteriaTotal == 52);
    CHECK(compatibility.leftAside ==
          QStringList{QStringLiteral("LAB-9: its rating is left aside, as rubric version 1.0.0 has no such "
                                     "criterion")});
    CHECK(merged(*merge, QStringLiteral("LAB-1")).levels.last() == 2);
}

TEST_CASE("Comparing two assessments gives per-criterion and per-area deltas", "[compare]") {
    const QList<MergeParticipant> participants = workshop();
    QString error;
    const std::optional<AssessmentComparison> comparison =
        AssessmentComparison::compare(*participants[0].assessment, *participants[1].assessment, &error);
    REQUIRE(comparison);
    CHECK(comparison->sameRubric());
    QStringList differing;
    for (const CriterionComparison& row : comparison->differences()) {
        differing << row.criterionId;
    }
    CHECK(differing == QStringList{QStringLiteral("LAB-1"), QStringLiteral("LAB-3"), QStringLiteral("HLT-1"),
                                   QStringLiteral("EDU-1")});
    for (const CriterionComparison& row : comparison->criteria()) {
        if (row.criterionId == u"HLT-1") {
            CHECK(row.delta() == 4);
        } else if (row.criterionId == u"EDU-1") {
            CHECK_FALSE(row.delta());
            CHECK(row.notApplicableB);
        } else if (row.criterionId == u"LAB-2") {
            CHECK(row.delta() == 0);
            CHECK_FALSE(row.differs());
        }
    }
    for (const AreaComparison& area : comparison->areas()) {
        if (area.areaId == u"health") {
            CHECK(area.scoreA == 0.0);
            CHECK(area.scoreB == 100.0);
            CHECK(area.delta() == 100.0);
        }
    }
    CHECK(comparison->changes().contains(QStringLiteral("HLT-1 level: 0 → 4")));
    const QJsonObject json = comparison->toJson(QStringLiteral("A"), QStringLiteral("B"));
    CHECK(json.value(QStringLiteral("differences")).toInt() == 4);
    CHECK(comparison->toText(QStringLiteral("A"), QStringLiteral("B")).contains(u"HLT-1  0 → 4 (+4)"));

    const RubricLoadResult small =
        RubricLoader::fromFile(test::dataPath(QStringLiteral("rubrics/small.json")));
    REQUIRE(small.ok());
    CHECK_FALSE(AssessmentComparison::compare(*participants[0].assessment, Assessment(small.rubric), &error));
    CHECK(error.contains(u"different rubrics"));
}

TEST_CASE("Vote tallies are validated and survive JSON", "[merge][json]") {
    const QList<MergeParticipant> participants = workshop();
    Assessment assessment = *participants[0].assessment;
    Rating rating = assessment.rating(QStringLiteral("LAB-1"));
    rating.votes = {{0, 2}, {4, 7}};
    QString error;
    REQUIRE(assessment.setRating(QStringLiteral("LAB-1"), rating, &error));
    const AssessmentLoadResult reread = AssessmentJson::fromJson(AssessmentJson::toJson(assessment));
    REQUIRE(reread.ok());
    CHECK(reread.assessment->rating(QStringLiteral("LAB-1")).votes == rating.votes);
    CHECK(reread.assessment->rating(QStringLiteral("LAB-1")).citations.first().contributor.isEmpty());

    rating.votes = {{5, 1}};
    CHECK_FALSE(assessment.setRating(QStringLiteral("LAB-1"), rating, &error));
    CHECK(error == u"a vote for level 5 is outside the rating scale (0 to 4)");
    rating.votes = {{2, 0}};
    CHECK_FALSE(assessment.setRating(QStringLiteral("LAB-1"), rating, &error));
    CHECK(error.contains(u"a count must be between 1 and 10000"));
}
