#include "JsonArraySplitter.h"
#include "Rubric.h"
#include "RubricJson.h"
#include "RubricLoader.h"
#include "support/StringMakers.h"
#include "support/TestData.h"

#include <catch2/catch.hpp>

using namespace coherence;
using namespace coherence::test;

namespace {

QStringList texts(const QList<QByteArrayView>& views) {
    QStringList result;
    for (const QByteArrayView view : views) {
        result << QString::fromUtf8(view);
    }
    return result;
}

QStringList messages(const RubricLoadResult& result) {
    QStringList lines;
    for (const Diagnostic& diagnostic : result.diagnostics) {
        lines << diagnostic.toString();
    }
    return lines;
}

/// The same JSON with the criteria key spelled with an escape, which the splitter never splits:
/// the loader then reads it the ordinary way, as one tree.
QByteArray unsplittable(QByteArray json) {
    const qsizetype at = json.indexOf("\"criteria\"");
    REQUIRE(at >= 0);
    return json.replace(at, 10, "\"criteri\\u0061\"");
}

} // namespace

TEST_CASE("The splitter finds each element of the named top-level array", "[core][json]") {
    const QByteArray json =
        R"({"a": [1, {"criteria": []}], "criteria" : [ {"x": "}]\"{"}, [1, [2]] , "s,]", 7 ], "z": null})";
    const auto split = JsonArraySplitter::split(json, "criteria");
    REQUIRE(split);
    CHECK(texts(split->elements) == QStringList{QStringLiteral(R"({"x": "}]\"{"})"),
                                                QStringLiteral("[1, [2]]"), QStringLiteral(R"("s,]")"),
                                                QStringLiteral("7")});
    CHECK(split->rest == R"({"a": [1, {"criteria": []}], "criteria" : [], "z": null})");
}

TEST_CASE("The splitter gives up on what it cannot split with certainty", "[core][json]") {
    for (const QByteArray& json :
         {QByteArray(R"([1, 2])"), QByteArray(R"({"other": [1]})"),
          QByteArray(R"({"criteria": [1], "criteria": [2]})"), QByteArray(R"({"criteri\u0061": [1]})"),
          QByteArray(R"({"criteria": {"a": 1}})"), QByteArray(R"({"criteria": []})"),
          QByteArray(R"({"criteria": [1 2]})"), QByteArray(R"({"criteria": [1]} trailing)"),
          QByteArray(R"({"criteria": [{"a": "1}]})"), QByteArray(R"({"criteria": [1])"), QByteArray(),
          QByteArray("{}")}) {
        CAPTURE(json);
        CHECK_FALSE(JsonArraySplitter::split(json, "criteria"));
    }
}

TEST_CASE("A rubric read criterion by criterion is the rubric read whole", "[core][json][rubric]") {
    for (const QString& path :
         {QStringLiteral(":/rubrics/gmg-2010.json"), dataPath(QStringLiteral("rubrics/small.json")),
          dataPath(QStringLiteral("rubrics/three-level.json"))}) {
        CAPTURE(path);
        const QByteArray json = bytesOf(path);
        REQUIRE(JsonArraySplitter::split(json, "criteria"));
        const RubricLoadResult split = RubricLoader::fromJson(json);
        const RubricLoadResult whole = RubricLoader::fromJson(unsplittable(json));
        REQUIRE(split.ok());
        REQUIRE(whole.ok());
        CHECK(RubricJson::canonical(*split.rubric) == RubricJson::canonical(*whole.rubric));
        CHECK(messages(split) == messages(whole));
    }
}

TEST_CASE("Problems in split criteria are reported as in the whole document", "[core][json][rubric]") {
    QByteArray json = bytesOf(dataPath(QStringLiteral("rubrics/small.json")));

    SECTION("a criterion that is not an object, and one with a wrong field") {
        const qsizetype at = json.indexOf("\"criteria\"");
        const qsizetype open = json.indexOf('[', at);
        json.insert(open + 1, R"(42, {"id": "bad id", "area": "nowhere"}, )");
        const RubricLoadResult split = RubricLoader::fromJson(json);
        const RubricLoadResult whole = RubricLoader::fromJson(unsplittable(json));
        CHECK_FALSE(split.ok());
        CHECK(messages(split) == messages(whole));
        CHECK(messages(split).first().contains(u"criteria[0]: must be an object, found a number"));
    }
    SECTION("invalid JSON inside a criterion still gives its line and column in the file") {
        const qsizetype at = json.indexOf("\"criteria\"");
        const qsizetype open = json.indexOf('{', at);
        json.insert(open + 1, "\"broken\": tru, ");
        const RubricLoadResult split = RubricLoader::fromJson(json);
        const RubricLoadResult whole = RubricLoader::fromJson(unsplittable(json));
        CHECK_FALSE(split.ok());
        CHECK(messages(split) == messages(whole));
        CHECK(messages(split).first().contains(u"not valid JSON at line"));
    }
}
