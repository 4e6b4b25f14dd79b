#include "AssessmentJson.h"
#include "BuiltinRubrics.h"
#include "Scorer.h"
#include "support/StringMakers.h"
#include "support/TestData.h"

#include <QFile>
#include <QSet>

using namespace coherence;
using Catch::Detail::Approx;
using coherence::test::gmgRubric;

namespace {

std::shared_ptr<Assessment> sample() {
    const AssessmentLoadResult result = AssessmentJson::fromFile(
        QStringLiteral(COHERENCE_SOURCE_DIR "/resources/samples/examplia-ndp-2026-2030.json"));
    for (const Diagnostic& diagnostic : result.diagnostics) {
        INFO(diagnostic.toString().toStdString());
    }
    REQUIRE(result.ok());
    CHECK(result.diagnostics.isEmpty());
    return result.assessment;
}

} // namespace

TEST_CASE("gmg-2010 validates with zero warnings", "[core][gmg]") {
    const RubricLoadResult result = BuiltinRubrics::load(QStringLiteral("gmg-2010"));
    REQUIRE(result.ok());
    for (const Diagnostic& diagnostic : result.diagnostics) {
        FAIL_CHECK(diagnostic.toString().toStdString());
    }
    CHECK(result.rubric->version() == u"1.0.0");
    CHECK(result.rubric->areas().size() >= 10);
    CHECK(result.rubric->areas().size() <= 12);
    CHECK(result.rubric->criteria().size() >= 40);
    CHECK(result.rubric->criteria().size() <= 60);
}

TEST_CASE("gmg-2010 criterion ids are pinned", "[core][gmg]") {
    // Assessments, merges and comparisons key on these ids: change this list only on purpose,
    // with a new rubric version.
    const QStringList expected{
        QStringLiteral("PRO-1"), QStringLiteral("PRO-2"), QStringLiteral("PRO-3"), QStringLiteral("PRO-4"),
        QStringLiteral("PRO-5"), QStringLiteral("EVD-1"), QStringLiteral("EVD-2"), QStringLiteral("EVD-3"),
        QStringLiteral("EVD-4"), QStringLiteral("EVD-5"), QStringLiteral("LAB-1"), QStringLiteral("LAB-2"),
        QStringLiteral("LAB-3"), QStringLiteral("LAB-4"), QStringLiteral("LAB-5"), QStringLiteral("LAB-6"),
        QStringLiteral("SOC-1"), QStringLiteral("SOC-2"), QStringLiteral("SOC-3"), QStringLiteral("SOC-4"),
        QStringLiteral("HLT-1"), QStringLiteral("HLT-2"), QStringLiteral("HLT-3"), QStringLiteral("HLT-4"),
        QStringLiteral("EDU-1"), QStringLiteral("EDU-2"), QStringLiteral("EDU-3"), QStringLiteral("EDU-4"),
        QStringLiteral("TRD-1"), QStringLiteral("TRD-2"), QStringLiteral("TRD-3"), QStringLiteral("ENV-1"),
        QStringLiteral("ENV-2"), QStringLiteral("ENV-3"), QStringLiteral("ENV-4"), QStringLiteral("RGT-1"),
        QStringLiteral("RGT-2"), QStringLiteral("RGT-3"), QStringLiteral("RGT-4"), QStringLiteral("RGT-5"),
        QStringLiteral("DIA-1"), QStringLiteral("DIA-2"), QStringLiteral("DIA-3"), QStringLiteral("DRV-1"),
        QStringLiteral("DRV-2"), QStringLiteral("DRV-3"), QStringLiteral("DRV-4"), QStringLiteral("PAR-1"),
        QStringLiteral("PAR-2"), QStringLiteral("PAR-3"), QStringLiteral("PAR-4"), QStringLiteral("PAR-5"),
    };
    QStringList actual;
    for (const Criterion& criterion : gmgRubric()->criteria()) {
        actual << criterion.id;
    }
    CHECK(actual == expected);
}

TEST_CASE("gmg-2010 cites every handbook page of the NGO statement", "[core][gmg]") {
    const RubricPtr rubric = gmgRubric();
    QSet<QString> pages;
    for (const Criterion& criterion : rubric->criteria()) {
        for (const Reference& reference : criterion.references) {
            if (reference.type == ReferenceType::HandbookPage) {
                pages.insert(reference.value);
                // The page numbers are second-hand: each says where it comes from.
                CHECK(reference.citedIn == u"ngo-statement-2011");
            }
        }
    }
    for (const char16_t* page : {u"61", u"74-75", u"80", u"86-87", u"90-91", u"109", u"110"}) {
        INFO(QString::fromUtf16(page).toStdString());
        CHECK(pages.contains(QString::fromUtf16(page)));
    }
    CHECK(rubric->notes().english().contains(u"NGO Committee on Migration statement (2011)"));
    CHECK(rubric->source(QStringLiteral("ngo-statement-2011")));
    CHECK(rubric->source(QStringLiteral("gmg-handbook")));
}

TEST_CASE("Every gmg-2010 area and criterion is complete", "[core][gmg]") {
    const RubricPtr rubric = gmgRubric();
    QSet<Block> blocks;
    for (const Area& area : rubric->areas()) {
        INFO(area.id.toStdString());
        CHECK(rubric->criteriaOfArea(area.id).size() >= 3);
        CHECK_FALSE(area.description.isEmpty());
        blocks.insert(area.block);
    }
    CHECK(blocks.size() == 3);
    for (const Criterion& criterion : rubric->criteria()) {
        INFO(criterion.id.toStdString());
        CHECK_FALSE(criterion.guidance.isEmpty());
        CHECK(criterion.questions.size() >= 2);
        CHECK(criterion.questions.size() <= 4);
        CHECK(criterion.keywords.value(QStringLiteral("en")).size() >= 3);
        CHECK_FALSE(criterion.references.isEmpty());
    }
}

TEST_CASE("The Examplia sample scores as expected", "[core][gmg][sample]") {
    const auto assessment = sample();
    CHECK(assessment->plan().title.contains(u"(fictional)"));
    CHECK(assessment->plan().documentReference.startsWith(u"FICTIONAL EXAMPLE"));

    // Every level is used, some criteria are left unrated, two are N/A with a justification.
    QSet<int> levels;
    int notApplicable = 0;
    for (const Rating& rating : assessment->ratings()) {
        if (rating.level) {
            levels.insert(*rating.level);
        }
        if (rating.notApplicable) {
            ++notApplicable;
            CHECK_FALSE(rating.justification.isEmpty());
        }
    }
    CHECK(levels == QSet<int>{0, 1, 2, 3, 4});
    CHECK(notApplicable == 2);
    CHECK(assessment->actions().size() >= 3);

    const ScoreReport report = Scorer(assessment->rubric()).score(*assessment);
    CHECK(report.rated == 46);
    CHECK(report.notApplicable == 2);
    CHECK(report.total == 52);
    CHECK(*report.coverage == Approx(48.0 * 100 / 52));
    CHECK(*report.overall == Approx(43.75));
    CHECK(*report.blocks.value(Block::Process) == Approx((35.0 + 50.0 + 37.5) / 3));
    CHECK(*report.blocks.value(Block::CrossCutting) == Approx((40.0 + 37.5) / 2));
    CHECK(report.gaps.size() == 35);
    CHECK(report.gaps.first().criterionId == u"PRO-5");

    // The only warnings are the two planted in the sample to show what they look like.
    REQUIRE(report.warnings.size() == 2);
    CHECK(report.warnings[0].criterionId == u"PRO-4");
    CHECK(report.warnings[0].kind == ConsistencyWarning::Kind::MissingCitation);
    CHECK(report.warnings[1].criterionId == u"LAB-6");
    CHECK(report.warnings[1].kind == ConsistencyWarning::Kind::MissingOperationalEvidence);
}
