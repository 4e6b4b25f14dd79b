#include "AssessmentJson.h"
#include "RubricLoader.h"
#include "Scorer.h"
#include "support/StringMakers.h"
#include "support/TestData.h"

#include <algorithm>
#include <random>
#include <string>

using namespace coherence;
using Catch::Detail::Approx;
using coherence::test::readData;

namespace {

RubricPtr loadRubric(const QString& name) {
    RubricPtr rubric = RubricLoader::fromJson(readData(QStringLiteral("rubrics/") + name)).rubric;
    REQUIRE(rubric);
    return rubric;
}

Rating rated(int level, QList<Citation> citations = {}) {
    Rating rating;
    rating.level = level;
    rating.citations = std::move(citations);
    return rating;
}

Citation cite(EvidenceKind kind) {
    return Citation{QStringLiteral("Plan"), QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("Text"),
                    kind};
}

void set(Assessment& assessment, const QString& id, const Rating& rating) {
    QString error;
    REQUIRE(assessment.setRating(id, rating, &error));
}

const AreaScore& areaScore(const ScoreReport& report, const QString& id) {
    for (const AreaScore& area : report.areas) {
        if (area.areaId == id) {
            return area;
        }
    }
    FAIL("no area " << id.toStdString());
    return report.areas.first();
}

} // namespace

TEST_CASE("Scores of the hand-computed case", "[core][scoring]") {
    const RubricPtr rubric = loadRubric(QStringLiteral("small.json"));
    const AssessmentLoadResult loaded =
        AssessmentJson::fromJson(readData(QStringLiteral("assessments/small-hand-computed.json")), rubric);
    REQUIRE(loaded.ok());
    const ScoreReport report = Scorer(rubric).score(*loaded.assessment);

    // proc (weight 2): P1 level 4 → 100, P2 level 2 → 50; mean 75.
    CHECK(areaScore(report, QStringLiteral("proc")).score == Approx(75.0));
    // labour: L1 level 1 → 25 (w 1), L2 N/A (left out), L3 level 3 → 75 (w 2): (25 + 150) / 3.
    CHECK(*areaScore(report, QStringLiteral("labour")).score == Approx(175.0 / 3.0));
    // rights: R1 not rated → undefined, never 0.
    CHECK_FALSE(areaScore(report, QStringLiteral("rights")).score.has_value());

    CHECK(*report.blocks.value(Block::Process) == Approx(75.0));
    CHECK(*report.blocks.value(Block::Sector) == Approx(175.0 / 3.0));
    CHECK_FALSE(report.blocks.value(Block::CrossCutting).has_value());
    // overall over defined areas by area weight: (75 × 2 + 58.33 × 1) / 3.
    CHECK(*report.overall == Approx((75.0 * 2 + 175.0 / 3.0) / 3.0));

    CHECK(*areaScore(report, QStringLiteral("proc")).coverage == Approx(100.0));
    CHECK(*areaScore(report, QStringLiteral("labour")).coverage == Approx(100.0));
    CHECK(*areaScore(report, QStringLiteral("rights")).coverage == Approx(0.0));
    CHECK(*report.coverage == Approx(500.0 / 6.0));
    CHECK(report.rated == 4);
    CHECK(report.notApplicable == 1);
    CHECK(report.total == 6);
    CHECK(areaScore(report, QStringLiteral("labour")).notApplicable == 1);

    // Gaps: L1 1→3 priority 1×1×4 = 4; P2 2→3 priority 2×1×1 = 2; L3 3→4 priority 1×2×1 = 2.
    // P2 and L3 tie and keep rubric order.
    REQUIRE(report.gaps.size() == 3);
    CHECK(report.gaps[0].criterionId == u"L1");
    CHECK(report.gaps[0].priority == Approx(4.0));
    CHECK(report.gaps[0].gap == 2);
    CHECK(report.gaps[1].criterionId == u"P2");
    CHECK(report.gaps[1].priority == Approx(2.0));
    CHECK(report.gaps[2].criterionId == u"L3");
    CHECK(report.gaps[2].target == 4);

    // Warnings: L1 has no citation; L3 (level 3) has only a "measure" citation.
    REQUIRE(report.warnings.size() == 2);
    CHECK(report.warnings[0].criterionId == u"L1");
    CHECK(report.warnings[0].kind == ConsistencyWarning::Kind::MissingCitation);
    CHECK(report.warnings[1].criterionId == u"L3");
    CHECK(report.warnings[1].kind == ConsistencyWarning::Kind::MissingOperationalEvidence);

    // Crosswalk: P1 4 complete, P2 2 partial, L1 1 partial, L3 3 complete.
    CHECK(report.crosswalk == Crosswalk{0, 2, 2});
    CHECK(areaScore(report, QStringLiteral("labour")).crosswalk == Crosswalk{0, 1, 1});
}

TEST_CASE("An unrated assessment has undefined scores, not zero", "[core][scoring]") {
    const RubricPtr rubric = loadRubric(QStringLiteral("small.json"));
    const Assessment empty(rubric);
    const ScoreReport report = Scorer(rubric).score(empty);
    CHECK_FALSE(report.overall.has_value());
    for (const AreaScore& area : report.areas) {
        CHECK_FALSE(area.score.has_value());
        CHECK(*area.coverage == Approx(0.0));
    }
    CHECK(*report.coverage == Approx(0.0));
    CHECK(report.gaps.isEmpty());
    CHECK(report.warnings.isEmpty());
}

TEST_CASE("An area rated only N/A stays undefined but is covered", "[core][scoring]") {
    const RubricPtr rubric = loadRubric(QStringLiteral("small.json"));
    Assessment assessment(rubric);
    Rating na;
    na.notApplicable = true;
    na.justification = QStringLiteral("No such policy area.");
    set(assessment, QStringLiteral("R1"), na);
    const ScoreReport report = Scorer(rubric).score(assessment);
    CHECK_FALSE(areaScore(report, QStringLiteral("rights")).score.has_value());
    CHECK(*areaScore(report, QStringLiteral("rights")).coverage == Approx(100.0));
    CHECK_FALSE(report.overall.has_value());
}

TEST_CASE("Level 0 is a real score of 0 and an explicit low target warns", "[core][scoring]") {
    const RubricPtr rubric = loadRubric(QStringLiteral("small.json"));
    Assessment assessment(rubric);
    set(assessment, QStringLiteral("R1"), rated(0));
    Rating high = rated(4, {cite(EvidenceKind::Indicator)});
    high.target = 2;
    set(assessment, QStringLiteral("P1"), high);
    const ScoreReport report = Scorer(rubric).score(assessment);
    CHECK(*areaScore(report, QStringLiteral("rights")).score == Approx(0.0));
    CHECK(*report.blocks.value(Block::CrossCutting) == Approx(0.0));
    // Level 0 needs no citation; it is a gap of 3 below the default target.
    REQUIRE(report.gaps.size() == 1);
    CHECK(report.gaps[0].criterionId == u"R1");
    CHECK(report.gaps[0].priority == Approx(9.0));
    REQUIRE(report.warnings.size() == 1);
    CHECK(report.warnings[0].kind == ConsistencyWarning::Kind::TargetBelowLevel);
    CHECK(report.warnings[0].criterionId == u"P1");
    CHECK(report.crosswalk == Crosswalk{1, 0, 1});
}

TEST_CASE("Citations of the right kind silence the warnings", "[core][scoring]") {
    const RubricPtr rubric = loadRubric(QStringLiteral("small.json"));
    Assessment assessment(rubric);
    set(assessment, QStringLiteral("L1"), rated(1, {cite(EvidenceKind::Diagnosis)}));
    set(assessment, QStringLiteral("L3"),
        rated(3, {cite(EvidenceKind::Measure), cite(EvidenceKind::Budget)}));
    set(assessment, QStringLiteral("P1"), rated(4, {cite(EvidenceKind::Institution)}));
    CHECK(Scorer(rubric).score(assessment).warnings.isEmpty());
}

TEST_CASE("Scoring on a custom 0–2 scale", "[core][scoring]") {
    const RubricPtr rubric = loadRubric(QStringLiteral("three-level.json"));
    Assessment assessment(rubric);
    set(assessment, QStringLiteral("a1"), rated(1, {cite(EvidenceKind::Measure)}));
    set(assessment, QStringLiteral("a2"), rated(2, {cite(EvidenceKind::Budget)}));
    const Scorer scorer(rubric);
    CHECK(scorer.criterionScore(1) == Approx(50.0));
    const ScoreReport report = scorer.score(assessment);
    CHECK(*areaScore(report, QStringLiteral("a")).score == Approx(75.0));
    CHECK(*report.overall == Approx(75.0));
    // The area with no criteria has neither a score nor a coverage.
    CHECK_FALSE(areaScore(report, QStringLiteral("empty")).score.has_value());
    CHECK_FALSE(areaScore(report, QStringLiteral("empty")).coverage.has_value());
    CHECK(*report.coverage == Approx(200.0 / 3.0));
    // Default target on 0–2 is 2: a1 has a gap of 1.
    REQUIRE(report.gaps.size() == 1);
    CHECK(report.gaps[0].criterionId == u"a1");
    CHECK(report.crosswalk == Crosswalk{0, 1, 1});
}

TEST_CASE("Weights change the means exactly as documented", "[core][scoring]") {
    const RubricPtr rubric = loadRubric(QStringLiteral("small.json"));
    Assessment assessment(rubric);
    set(assessment, QStringLiteral("L1"), rated(4, {cite(EvidenceKind::Budget)}));
    set(assessment, QStringLiteral("L3"), rated(0));
    set(assessment, QStringLiteral("R1"), rated(2, {cite(EvidenceKind::Measure)}));
    const ScoreReport report = Scorer(rubric).score(assessment);
    // labour: (100 × 1 + 0 × 2) / 3; rights 50; overall (33.3 × 1 + 50 × 1) / 2 — proc undefined.
    CHECK(*areaScore(report, QStringLiteral("labour")).score == Approx(100.0 / 3.0));
    CHECK(*report.overall == Approx((100.0 / 3.0 + 50.0) / 2.0));
    // L3 gap 4 → priority 1 × 2 × 16 = 32.
    REQUIRE_FALSE(report.gaps.isEmpty());
    CHECK(report.gaps[0].criterionId == u"L3");
    CHECK(report.gaps[0].priority == Approx(32.0));
}

namespace {

/// The first figure in which two reports differ, or an empty string.
std::string differenceBetween(const ScoreReport& updated, const ScoreReport& scored) {
    if (updated.overall != scored.overall || updated.coverage != scored.coverage) {
        return "overall or coverage";
    }
    if (updated.blocks != scored.blocks) {
        return "block scores";
    }
    if (updated.rated != scored.rated || updated.notApplicable != scored.notApplicable ||
        updated.total != scored.total || !(updated.crosswalk == scored.crosswalk)) {
        return "totals";
    }
    if (updated.areas.size() != scored.areas.size()) {
        return "number of areas";
    }
    for (qsizetype a = 0; a < scored.areas.size(); ++a) {
        const AreaScore& left = updated.areas[a];
        const AreaScore& right = scored.areas[a];
        if (left.areaId != right.areaId || left.score != right.score || left.coverage != right.coverage ||
            left.rated != right.rated || left.notApplicable != right.notApplicable ||
            left.total != right.total || !(left.crosswalk == right.crosswalk)) {
            return "area " + right.areaId.toStdString();
        }
    }
    if (updated.gaps.size() != scored.gaps.size()) {
        return "number of gaps";
    }
    for (qsizetype g = 0; g < scored.gaps.size(); ++g) {
        const Gap& left = updated.gaps[g];
        const Gap& right = scored.gaps[g];
        if (left.criterionId != right.criterionId || left.level != right.level ||
            left.target != right.target || left.gap != right.gap || left.priority != right.priority) {
            return "gap " + std::to_string(g);
        }
    }
    if (updated.warnings.size() != scored.warnings.size()) {
        return "number of warnings";
    }
    for (qsizetype w = 0; w < scored.warnings.size(); ++w) {
        const ConsistencyWarning& left = updated.warnings[w];
        const ConsistencyWarning& right = scored.warnings[w];
        if (left.criterionId != right.criterionId || left.kind != right.kind || left.level != right.level ||
            left.target != right.target) {
            return "warning " + std::to_string(w);
        }
    }
    return {};
}

/// A rating of any shape the scorer tells apart: none, N/A, each level, with or without a target and
/// evidence of either sort.
Rating randomRating(std::mt19937& random, int maxLevel) {
    Rating rating;
    const int shape = std::uniform_int_distribution<int>(0, 9)(random);
    if (shape == 0) {
        return rating;
    }
    if (shape == 1) {
        rating.notApplicable = true;
        rating.justification = QStringLiteral("Not relevant here");
        return rating;
    }
    rating.level = std::uniform_int_distribution<int>(0, maxLevel)(random);
    if (std::uniform_int_distribution<int>(0, 2)(random) == 0) {
        rating.target = std::uniform_int_distribution<int>(0, maxLevel)(random);
    }
    switch (std::uniform_int_distribution<int>(0, 2)(random)) {
    case 0:
        break;
    case 1:
        rating.citations << cite(EvidenceKind::Measure);
        break;
    default:
        rating.citations << cite(EvidenceKind::Budget);
        break;
    }
    return rating;
}

} // namespace

TEST_CASE("After each change, update() leaves the report score() gives", "[core][scoring]") {
    for (const RubricPtr& rubric : {test::gmgRubric(), loadRubric(QStringLiteral("small.json")),
                                    loadRubric(QStringLiteral("three-level.json"))}) {
        INFO(rubric->id().toStdString());
        const Scorer scorer(rubric);
        Assessment assessment(rubric);
        ScoreReport report = scorer.score(assessment);
        std::mt19937 random(20261128);
        const qsizetype count = rubric->criteria().size();
        for (int change = 0; change < 3000; ++change) {
            const QString id =
                rubric->criteria()[std::uniform_int_distribution<qsizetype>(0, count - 1)(random)].id;
            set(assessment, id, randomRating(random, rubric->scale().maxLevel()));
            const Scorer::CriterionFindings findings = scorer.update(report, assessment, id);
            const ScoreReport scored = scorer.score(assessment);
            INFO("change " << change << " of " << id.toStdString());
            REQUIRE(differenceBetween(report, scored).empty());

            // What it says of the criterion is what the report says.
            const auto gap = std::find_if(scored.gaps.cbegin(), scored.gaps.cend(),
                                          [&id](const Gap& each) { return each.criterionId == id; });
            REQUIRE(findings.gap.has_value() == (gap != scored.gaps.cend()));
            if (findings.gap) {
                CHECK(findings.gap->priority == gap->priority);
            }
            qsizetype warnings = 0;
            for (const ConsistencyWarning& warning : scored.warnings) {
                warnings += warning.criterionId == id ? 1 : 0;
            }
            REQUIRE(findings.warnings.size() == warnings);
        }
        // A criterion the rubric does not have changes nothing.
        const ScoreReport before = report;
        const Scorer::CriterionFindings none = scorer.update(report, assessment, QStringLiteral("NO-SUCH"));
        CHECK_FALSE(none.gap.has_value());
        CHECK(none.warnings.isEmpty());
        CHECK(differenceBetween(report, before).empty());
    }
}
