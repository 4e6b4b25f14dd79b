#include "AssessmentJson.h"
#include "RubricLoader.h"
#include "support/StringMakers.h"
#include "support/TestData.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace coherence;
using coherence::test::readData;
using coherence::test::readJsonObject;
using coherence::test::toBytes;

namespace {

RubricPtr smallRubric() {
    RubricPtr rubric = RubricLoader::fromJson(readData(QStringLiteral("rubrics/small.json"))).rubric;
    REQUIRE(rubric);
    return rubric;
}

QStringList errorsOf(const AssessmentLoadResult& result) {
    QStringList messages;
    for (const Diagnostic& diagnostic : onlyErrors(result.diagnostics)) {
        messages << diagnostic.toString();
    }
    return messages;
}

} // namespace

TEST_CASE("The JSON interchange format reads every field", "[core][json]") {
    const AssessmentLoadResult result = AssessmentJson::fromJson(
        readData(QStringLiteral("assessments/small-hand-computed.json")), smallRubric());
    REQUIRE(result.ok());
    const Assessment& assessment = *result.assessment;
    CHECK(assessment.plan().title == u"Test plan 2026–2030");
    CHECK(assessment.plan().documentReference == u"TP/2026/1");
    CHECK(assessment.metadata().role == AssessmentRole::CivilSociety);
    CHECK(assessment.metadata().assessors == QStringList{QStringLiteral("A. Tester")});
    CHECK(assessment.metadata().created == QDateTime(QDate(2026, 11, 1), QTime(10, 0), Qt::UTC));
    CHECK(assessment.ratings().size() == 5);
    const Rating& p1 = assessment.rating(QStringLiteral("P1"));
    CHECK(p1.level == 4);
    REQUIRE(p1.citations.size() == 1);
    CHECK(p1.citations[0].kind == EvidenceKind::Budget);
    CHECK(p1.citations[0].page == u"88");
    CHECK(assessment.rating(QStringLiteral("P2")).privateNote == u"Ask the ministry about dates.");
    CHECK(assessment.rating(QStringLiteral("L2")).notApplicable);
    REQUIRE(assessment.actions().size() == 1);
    CHECK(assessment.actions()[0].due == QDate(2027, 6, 30));
    CHECK(assessment.actions()[0].priority == ActionPriority::High);
    CHECK(assessment.actions()[0].partners.size() == 2);
}

TEST_CASE("Export then import gives the same JSON", "[core][json]") {
    const AssessmentLoadResult first = AssessmentJson::fromJson(
        readData(QStringLiteral("assessments/small-hand-computed.json")), smallRubric());
    REQUIRE(first.ok());
    const QByteArray exported = AssessmentJson::toJson(*first.assessment);

    // The export embeds the rubric, so it reads back with no rubric given.
    const AssessmentLoadResult second = AssessmentJson::fromJson(exported);
    REQUIRE(second.ok());
    CHECK(second.diagnostics.isEmpty());
    CHECK(AssessmentJson::toJson(*second.assessment) == exported);
    CHECK(second.assessment->rubric()->sha256() == first.assessment->rubric()->sha256());
    CHECK(second.assessment->ratings() == first.assessment->ratings());
    CHECK(second.assessment->actions() == first.assessment->actions());
    CHECK(second.assessment->metadata() == first.assessment->metadata());
    CHECK(second.assessment->plan() == first.assessment->plan());

    const QByteArray referenced =
        AssessmentJson::toJson(*first.assessment, AssessmentJson::RubricEmbedding::Reference);
    CHECK_FALSE(QJsonDocument::fromJson(referenced)
                    .object()
                    .value(QStringLiteral("rubric"))
                    .toObject()
                    .contains(QStringLiteral("definition")));
    const AssessmentLoadResult third = AssessmentJson::fromJson(referenced, smallRubric());
    REQUIRE(third.ok());
    CHECK(AssessmentJson::toJson(*third.assessment) == exported);
}

TEST_CASE("An altered embedded rubric is refused", "[core][json]") {
    const AssessmentLoadResult first = AssessmentJson::fromJson(
        readData(QStringLiteral("assessments/small-hand-computed.json")), smallRubric());
    REQUIRE(first.ok());
    QJsonObject root = AssessmentJson::toJsonObject(*first.assessment);
    QJsonObject rubric = root.value(QStringLiteral("rubric")).toObject();
    QJsonObject definition = rubric.value(QStringLiteral("definition")).toObject();
    definition.insert(QStringLiteral("title"),
                      QJsonObject{{QStringLiteral("en"), QStringLiteral("Tampered")}});
    rubric.insert(QStringLiteral("definition"), definition);
    root.insert(QStringLiteral("rubric"), rubric);
    const AssessmentLoadResult tampered = AssessmentJson::fromJson(toBytes(root));
    CHECK_FALSE(tampered.ok());
    REQUIRE(errorsOf(tampered).size() == 1);
    CHECK(errorsOf(tampered)[0].startsWith(u"rubric.sha256: the included rubric does not match its SHA-256"));
}

TEST_CASE("Bad assessment JSON is reported precisely", "[core][json]") {
    QJsonObject root = readJsonObject(QStringLiteral("assessments/small-hand-computed.json"));
    QJsonArray ratings = root.value(QStringLiteral("ratings")).toArray();

    SECTION("unknown criterion") {
        ratings.append(
            QJsonObject{{QStringLiteral("criterion"), QStringLiteral("Q7")}, {QStringLiteral("level"), 1}});
        root.insert(QStringLiteral("ratings"), ratings);
        const QStringList errors = errorsOf(AssessmentJson::fromJson(toBytes(root), smallRubric()));
        REQUIRE(errors.size() == 1);
        CHECK(errors[0].startsWith(u"ratings[5]: unknown criterion \"Q7\""));
    }
    SECTION("duplicate rating") {
        ratings.append(
            QJsonObject{{QStringLiteral("criterion"), QStringLiteral("P1")}, {QStringLiteral("level"), 1}});
        root.insert(QStringLiteral("ratings"), ratings);
        const QStringList errors = errorsOf(AssessmentJson::fromJson(toBytes(root), smallRubric()));
        REQUIRE(errors.size() == 1);
        CHECK(errors[0].startsWith(u"ratings[5].criterion: duplicate rating for criterion \"P1\""));
    }
    SECTION("wrong types") {
        ratings.replace(0, QJsonObject{{QStringLiteral("criterion"), QStringLiteral("P1")},
                                       {QStringLiteral("level"), QStringLiteral("high")}});
        ratings.replace(1, QJsonObject{{QStringLiteral("criterion"), QStringLiteral("P2")},
                                       {QStringLiteral("level"), 2.5}});
        root.insert(QStringLiteral("ratings"), ratings);
        const QStringList errors = errorsOf(AssessmentJson::fromJson(toBytes(root), smallRubric()));
        CHECK(errors == QStringList{QStringLiteral("ratings[0].level: must be a number, found a string"),
                                    QStringLiteral("ratings[1].level: must be a whole number, found 2.5")});
    }
    SECTION("N/A without justification") {
        ratings.append(QJsonObject{{QStringLiteral("criterion"), QStringLiteral("R1")},
                                   {QStringLiteral("notApplicable"), true}});
        root.insert(QStringLiteral("ratings"), ratings);
        const QStringList errors = errorsOf(AssessmentJson::fromJson(toBytes(root), smallRubric()));
        REQUIRE(errors.size() == 1);
        CHECK(errors[0].startsWith(u"ratings[5]: \"not applicable\" needs a written justification"));
    }
    SECTION("bad evidence kind, date and role") {
        QJsonObject metadata = root.value(QStringLiteral("metadata")).toObject();
        metadata.insert(QStringLiteral("role"), QStringLiteral("minister"));
        root.insert(QStringLiteral("metadata"), metadata);
        QJsonArray actions = root.value(QStringLiteral("actions")).toArray();
        QJsonObject action = actions.at(0).toObject();
        action.insert(QStringLiteral("due"), QStringLiteral("next year"));
        actions.replace(0, action);
        root.insert(QStringLiteral("actions"), actions);
        const QStringList errors = errorsOf(AssessmentJson::fromJson(toBytes(root), smallRubric()));
        CHECK(errors.size() == 2);
        CHECK(errors[0].startsWith(u"metadata.role: unknown role \"minister\""));
        CHECK(errors[1].startsWith(u"actions[0].due: \"next year\" is not a date"));
    }
    SECTION("a rubric that is not built in and not given") {
        const QStringList errors = errorsOf(AssessmentJson::fromJson(toBytes(root)));
        REQUIRE(errors.size() == 1);
        CHECK(errors[0].startsWith(u"rubric.id: rubric \"test-small\" is not built in"));
    }
    SECTION("a rubric given with another id") {
        QJsonObject rubric = root.value(QStringLiteral("rubric")).toObject();
        rubric.insert(QStringLiteral("id"), QStringLiteral("other"));
        root.insert(QStringLiteral("rubric"), rubric);
        const QStringList errors = errorsOf(AssessmentJson::fromJson(toBytes(root), smallRubric()));
        REQUIRE(errors.size() == 1);
        CHECK(errors[0].startsWith(u"rubric.id: the assessment was made with rubric \"other\""));
    }
    SECTION("not an assessment") {
        const QStringList errors =
            errorsOf(AssessmentJson::fromJson(readData(QStringLiteral("rubrics/small.json")), smallRubric()));
        REQUIRE(errors.size() == 1);
        CHECK(errors[0].startsWith(u"format: \"coherence-rubric\" is not a Coherence assessment"));
    }
}
