#include "AssessmentJson.h"
#include "JsonWriter.h"
#include "ScoreReportFormat.h"
#include "Scorer.h"
#include "support/StringMakers.h"
#include "support/TestData.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <catch2/catch.hpp>

#include <limits>

using namespace coherence;

TEST_CASE("JsonWriter writes what QJsonDocument writes for the same values", "[core][json]") {
    // Strings with every kind of escape Qt makes, text outside ASCII (two and three bytes, and a
    // surrogate pair), half a surrogate pair, and numbers of every shape QJsonValue prints, on both
    // sides of 10^15, where JsonWriter changes how it writes them.
    const QString tricky = QStringLiteral("quote \" backslash \\ tab \t line \n return \r bell \a "
                                          "form \f back \b unit \x1f é € ") +
                           QString::fromUtf16(u"\U0001F30D") + QChar(0xd800) + QStringLiteral(" end");
    const QJsonObject expected{
        {QStringLiteral("a"), QJsonArray{}},
        {QStringLiteral("b"), QJsonObject{}},
        {QStringLiteral("c"), QJsonArray{1,
                                         -2,
                                         0.5,
                                         1e-7,
                                         123456789.125,
                                         66.666667,
                                         -0.0,
                                         1e300,
                                         1e15,
                                         999999999999999.9,
                                         12345678901234567890.0,
                                         5e-324,
                                         0.0001,
                                         0.00001,
                                         1e-5 / 3,
                                         1e6,
                                         -55.978261,
                                         QJsonValue::Null,
                                         true,
                                         false,
                                         std::numeric_limits<double>::infinity(),
                                         QJsonArray{QJsonArray{}},
                                         QJsonObject{}}},
        {QStringLiteral("d"),
         QJsonObject{{QStringLiteral("inner"), QJsonArray{QJsonObject{{tricky, tricky}}}}}},
        {QStringLiteral("e"), qint64(1) << 53},
        {tricky, QString()},
    };

    JsonWriter json;
    json.beginObject();
    json.key(u"a");
    json.beginArray();
    json.endArray();
    json.key(u"b");
    json.beginObject();
    json.endObject();
    json.key(u"c");
    json.beginArray();
    json.integer(1);
    json.integer(-2);
    json.number(0.5);
    json.number(1e-7);
    json.number(123456789.125);
    json.number(66.666667);
    json.number(-0.0);
    json.number(1e300);
    json.number(1e15);
    json.number(999999999999999.9);
    json.number(12345678901234567890.0);
    json.number(5e-324);
    json.number(0.0001);
    json.number(0.00001);
    json.number(1e-5 / 3);
    json.number(1e6);
    json.number(-55.978261);
    json.null();
    json.boolean(true);
    json.boolean(false);
    json.number(std::numeric_limits<double>::infinity());
    json.beginArray();
    json.beginArray();
    json.endArray();
    json.endArray();
    json.beginObject();
    json.endObject();
    json.endArray();
    json.key(u"d");
    json.beginObject();
    json.key(u"inner");
    json.beginArray();
    json.beginObject();
    json.key(tricky);
    json.string(tricky);
    json.endObject();
    json.endArray();
    json.endObject();
    json.key(u"e");
    json.integer(qint64(1) << 53);
    json.key(tricky);
    json.string(QString());
    json.endObject();
    CHECK(json.finish() == QJsonDocument(expected).toJson());

    JsonWriter array;
    array.beginArray();
    array.string(u"only");
    array.endArray();
    CHECK(array.finish() == QJsonDocument(QJsonArray{QStringLiteral("only")}).toJson());
}

TEST_CASE("The score report's JSON is written as QJsonDocument writes it, and reads back whole",
          "[core][json][scoring]") {
    const RubricPtr gmg = test::gmgRubric();
    const AssessmentLoadResult sample = AssessmentJson::fromFile(
        QStringLiteral(COHERENCE_SOURCE_DIR "/resources/samples/examplia-ndp-2026-2030.json"));
    REQUIRE(sample.ok());
    const Assessment unrated(gmg);
    for (const Assessment* assessment :
         std::initializer_list<const Assessment*>{sample.assessment.get(), &unrated}) {
        const ScoreReport report = Scorer(assessment->rubric()).score(*assessment);
        const QByteArray text = ScoreReportFormat::toJsonText(report, *assessment->rubric());
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(text, &error);
        INFO(error.errorString().toStdString());
        REQUIRE(document.isObject());
        // Qt writes what it read back the same: keys in its order, its indentation, escapes, numbers.
        CHECK(document.toJson() == text);
        const QJsonObject root = document.object();
        CHECK(root.value(u"areas").toArray().size() == assessment->rubric()->areas().size());
        CHECK(root.value(u"gaps").toArray().size() == report.gaps.size());
        CHECK(root.value(u"warnings").toArray().size() == report.warnings.size());
        CHECK(root.value(u"rubric").toObject().value(u"sha256").toString() == assessment->rubric()->sha256());
        CHECK(root.value(u"overall").isNull() == !report.overall.has_value());
    }
}
