#include "Assessment.h"
#include "RubricLoader.h"
#include "support/StringMakers.h"
#include "support/TestData.h"

using namespace coherence;

namespace {

RubricPtr smallRubric() {
    RubricPtr rubric =
        RubricLoader::fromJson(coherence::test::readData(QStringLiteral("rubrics/small.json"))).rubric;
    REQUIRE(rubric);
    return rubric;
}

} // namespace

TEST_CASE("N/A is refused without a justification and nothing changes", "[core][assessment]") {
    Assessment assessment(smallRubric());
    Rating before;
    before.level = 2;
    REQUIRE(assessment.setRating(QStringLiteral("P1"), before));

    Rating na;
    na.notApplicable = true;
    na.justification = QStringLiteral("   ");
    QString error;
    CHECK_FALSE(assessment.setRating(QStringLiteral("P1"), na, &error));
    CHECK(error.contains(u"justification"));
    CHECK(assessment.rating(QStringLiteral("P1")).level == 2);

    na.justification = QStringLiteral("No recruitment happens in this plan's scope.");
    CHECK(assessment.setRating(QStringLiteral("P1"), na, &error));
    CHECK(assessment.rating(QStringLiteral("P1")).notApplicable);
}

TEST_CASE("Ratings outside the rubric or the scale are refused", "[core][assessment]") {
    Assessment assessment(smallRubric());
    QString error;
    Rating rating;
    rating.level = 5;
    CHECK_FALSE(assessment.setRating(QStringLiteral("P1"), rating, &error));
    CHECK(error == u"level 5 is outside the rating scale (0 to 4)");
    rating.level = 1;
    CHECK_FALSE(assessment.setRating(QStringLiteral("Z9"), rating, &error));
    CHECK(error.startsWith(u"unknown criterion \"Z9\""));
    rating.target = -1;
    CHECK_FALSE(assessment.setRating(QStringLiteral("P1"), rating, &error));
    CHECK(error.startsWith(u"target -1"));
    rating.target.reset();
    rating.notApplicable = true;
    rating.justification = QStringLiteral("x");
    CHECK_FALSE(assessment.setRating(QStringLiteral("P1"), rating, &error));
    CHECK(error.contains(u"not both"));
    rating.notApplicable = false;
    rating.citations = {Citation{}};
    CHECK_FALSE(assessment.setRating(QStringLiteral("P1"), rating, &error));
    CHECK(error.startsWith(u"citation 1 points nowhere"));
    CHECK(assessment.ratings().isEmpty());
}

TEST_CASE("Targets default to the criterion's and an empty rating is dropped", "[core][assessment]") {
    Assessment assessment(smallRubric());
    CHECK(assessment.effectiveTarget(QStringLiteral("P1")) == 3);
    CHECK(assessment.effectiveTarget(QStringLiteral("L3")) == 4);
    Rating rating;
    rating.target = 1;
    REQUIRE(assessment.setRating(QStringLiteral("P1"), rating));
    CHECK(assessment.effectiveTarget(QStringLiteral("P1")) == 1);
    REQUIRE(assessment.setRating(QStringLiteral("P1"), Rating{}));
    CHECK(assessment.ratings().isEmpty());
    CHECK_FALSE(assessment.rating(QStringLiteral("P1")).isRated());
}

TEST_CASE("Actions need a title and a known criterion", "[core][assessment]") {
    Assessment assessment(smallRubric());
    QString error;
    ActionItem action;
    CHECK_FALSE(assessment.addAction(action, &error));
    CHECK(error == u"an action needs a title");
    action.title = QStringLiteral("Draft a chapter");
    action.criterionId = QStringLiteral("nope");
    CHECK_FALSE(assessment.addAction(action, &error));
    action.criterionId = QStringLiteral("L1");
    CHECK(assessment.addAction(action, &error));
    action.title = QStringLiteral("Draft a labour chapter");
    CHECK(assessment.replaceAction(0, action, &error));
    CHECK(assessment.actions().first().title == u"Draft a labour chapter");
    CHECK_FALSE(assessment.replaceAction(3, action, &error));
    assessment.removeAction(0);
    CHECK(assessment.actions().isEmpty());
}
