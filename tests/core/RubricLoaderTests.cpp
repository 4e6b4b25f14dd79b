#include "BuiltinRubrics.h"
#include "RubricJson.h"
#include "RubricLoader.h"
#include "support/StringMakers.h"
#include "support/TestData.h"

#include <QJsonArray>

using namespace coherence;
using coherence::test::readData;
using coherence::test::readJsonObject;
using coherence::test::toBytes;

namespace {

QJsonObject smallRubric() {
    return readJsonObject(QStringLiteral("rubrics/small.json"));
}

/// Applies @p edit to a JSON array member and puts it back (QJsonObject has value semantics).
template <typename Edit>
void editArray(QJsonObject& root, const QString& key, Edit edit) {
    QJsonArray array = root.value(key).toArray();
    edit(array);
    root.insert(key, array);
}

template <typename Edit>
void editElement(QJsonObject& root, const QString& key, qsizetype index, Edit edit) {
    editArray(root, key, [&](QJsonArray& array) {
        QJsonObject element = array.at(index).toObject();
        edit(element);
        array.replace(index, element);
    });
}

/// The error messages of loading @p root, as "path: message" strings.
QStringList errorsOf(const QJsonObject& root) {
    QStringList result;
    for (const Diagnostic& diagnostic : onlyErrors(RubricLoader::fromJson(toBytes(root)).diagnostics)) {
        result << diagnostic.toString();
    }
    return result;
}

bool anyStartsWith(const QStringList& messages, const QString& prefix) {
    for (const QString& message : messages) {
        if (message.startsWith(prefix)) {
            return true;
        }
    }
    return false;
}

} // namespace

TEST_CASE("A valid rubric loads with every field and no diagnostics", "[core][rubric]") {
    const RubricLoadResult result = RubricLoader::fromJson(readData(QStringLiteral("rubrics/small.json")));
    REQUIRE(result.ok());
    CHECK(result.diagnostics.isEmpty());
    const Rubric& rubric = *result.rubric;
    CHECK(rubric.id() == u"test-small");
    CHECK(rubric.version() == u"1.2.0");
    CHECK(rubric.title().text(QStringLiteral("fr")) == u"Petite grille de test");
    CHECK(rubric.title().text(QStringLiteral("de")) == u"Small test rubric");
    CHECK(rubric.areas().size() == 3);
    CHECK(rubric.criteria().size() == 6);
    CHECK(rubric.scale().maxLevel() == 4);
    CHECK(rubric.area(QStringLiteral("proc"))->block == Block::Process);
    CHECK(rubric.area(QStringLiteral("rights"))->block == Block::CrossCutting);
    CHECK(rubric.area(QStringLiteral("rights"))->weight == 1.0);

    const Criterion* l1 = rubric.criterion(QStringLiteral("L1"));
    REQUIRE(l1);
    CHECK(l1->areaId == u"labour");
    CHECK(l1->references.size() == 3);
    CHECK(l1->references[0].type == ReferenceType::HandbookPage);
    CHECK(l1->references[0].citedIn == u"statement");
    CHECK(l1->references[1].type == ReferenceType::SdgTarget);
    CHECK(l1->references[2].type == ReferenceType::Instrument);
    CHECK(l1->levelDescriptors.contains(4));
    CHECK(l1->defaultTarget == 3);
    CHECK(l1->keywords.value(QStringLiteral("en")).size() == 3);
    CHECK(rubric.criterion(QStringLiteral("L3"))->weight == 2.0);
    CHECK(rubric.criterion(QStringLiteral("L3"))->defaultTarget == 4);
    CHECK(rubric.criterion(QStringLiteral("P1"))->questions.size() == 2);
    CHECK(rubric.criteriaOfArea(QStringLiteral("labour")).size() == 3);
}

TEST_CASE("Rubric identity is id, version and the hash of the canonical JSON", "[core][rubric]") {
    const RubricPtr original = RubricLoader::fromJson(readData(QStringLiteral("rubrics/small.json"))).rubric;
    REQUIRE(original);
    CHECK(original->sha256().size() == 64);

    SECTION("layout and key order do not change the hash") {
        const RubricPtr relaid = RubricLoader::fromJson(toBytes(smallRubric())).rubric;
        REQUIRE(relaid);
        CHECK(relaid->sha256() == original->sha256());
    }
    SECTION("the canonical JSON loads back to the same rubric") {
        const RubricPtr again = RubricLoader::fromJson(original->canonicalJson()).rubric;
        REQUIRE(again);
        CHECK(again->sha256() == original->sha256());
        CHECK(again->criteria() == original->criteria());
        CHECK(again->areas() == original->areas());
        CHECK(again->scale() == original->scale());
    }
    SECTION("any change of content changes the hash") {
        QJsonObject root = smallRubric();
        editElement(root, QStringLiteral("criteria"), 0, [](QJsonObject& criterion) {
            criterion.insert(QStringLiteral("title"),
                             QJsonObject{{QStringLiteral("en"), QStringLiteral("Focal point")}});
        });
        const RubricPtr changed = RubricLoader::fromJson(toBytes(root)).rubric;
        REQUIRE(changed);
        CHECK(changed->sha256() != original->sha256());
    }
    SECTION("an explicit standard scale is the same rubric as an implicit one") {
        QJsonObject root = smallRubric();
        root.insert(QStringLiteral("scale"),
                    RubricJson::toJsonObject(*original).value(QStringLiteral("scale")));
        const RubricPtr explicitScale = RubricLoader::fromJson(toBytes(root)).rubric;
        REQUIRE(explicitScale);
        CHECK(explicitScale->sha256() == original->sha256());
    }
}

TEST_CASE("Every loader problem is reported with its JSON path", "[core][rubric]") {
    QJsonObject root = smallRubric();

    SECTION("unknown reference type") {
        editElement(root, QStringLiteral("criteria"), 2, [](QJsonObject& criterion) {
            QJsonArray references = criterion.value(QStringLiteral("references")).toArray();
            QJsonObject first = references.at(0).toObject();
            first.insert(QStringLiteral("type"), QStringLiteral("gcmm"));
            references.replace(0, first);
            criterion.insert(QStringLiteral("references"), references);
        });
        CHECK(errorsOf(root) ==
              QStringList{QStringLiteral("criteria[2].references[0].type: unknown reference type \"gcmm\" "
                                         "(use handbook, gcm, sdg, instrument, other)")});
    }
    SECTION("duplicate criterion id") {
        editElement(root, QStringLiteral("criteria"), 3, [](QJsonObject& criterion) {
            criterion.insert(QStringLiteral("id"), QStringLiteral("L1"));
        });
        CHECK(anyStartsWith(errorsOf(root), QStringLiteral("criteria[3].id: duplicate criterion id \"L1\"")));
    }
    SECTION("duplicate area id") {
        editElement(root, QStringLiteral("areas"), 2,
                    [](QJsonObject& area) { area.insert(QStringLiteral("id"), QStringLiteral("proc")); });
        CHECK(anyStartsWith(errorsOf(root), QStringLiteral("areas[2].id: duplicate area id \"proc\"")));
    }
    SECTION("unknown area") {
        editElement(root, QStringLiteral("criteria"), 5, [](QJsonObject& criterion) {
            criterion.insert(QStringLiteral("area"), QStringLiteral("nowhere"));
        });
        CHECK(anyStartsWith(errorsOf(root), QStringLiteral("criteria[5].area: unknown area \"nowhere\"")));
    }
    SECTION("missing English text") {
        editElement(root, QStringLiteral("criteria"), 0, [](QJsonObject& criterion) {
            criterion.insert(QStringLiteral("title"),
                             QJsonObject{{QStringLiteral("fr"), QStringLiteral("Seulement")}});
        });
        CHECK(anyStartsWith(errorsOf(root), QStringLiteral("criteria[0].title: missing English text")));
    }
    SECTION("a text that is a plain string instead of a language map") {
        root.insert(QStringLiteral("title"), QStringLiteral("Just a string"));
        CHECK(anyStartsWith(errorsOf(root), QStringLiteral("title: must be a map of language to text")));
    }
    SECTION("weight of zero or less") {
        editElement(root, QStringLiteral("areas"), 1,
                    [](QJsonObject& area) { area.insert(QStringLiteral("weight"), 0); });
        editElement(root, QStringLiteral("criteria"), 1,
                    [](QJsonObject& criterion) { criterion.insert(QStringLiteral("weight"), -1.5); });
        const QStringList errors = errorsOf(root);
        CHECK(
            anyStartsWith(errors, QStringLiteral("areas[1].weight: weight must be greater than 0, found 0")));
        CHECK(anyStartsWith(errors,
                            QStringLiteral("criteria[1].weight: weight must be greater than 0, found -1.5")));
    }
    SECTION("bad version") {
        root.insert(QStringLiteral("version"), QStringLiteral("1.2"));
        CHECK(errorsOf(root) ==
              QStringList{
                  QStringLiteral("version: bad version \"1.2\": use a semantic version such as \"1.0.0\"")});
    }
    SECTION("target outside the scale") {
        editElement(root, QStringLiteral("criteria"), 4,
                    [](QJsonObject& criterion) { criterion.insert(QStringLiteral("target"), 5); });
        CHECK(errorsOf(root) == QStringList{QStringLiteral(
                                    "criteria[4].target: target 5 is outside the rating scale (0 to 4)")});
    }
    SECTION("a level descriptor for a level the scale does not have") {
        editElement(root, QStringLiteral("criteria"), 2, [](QJsonObject& criterion) {
            criterion.insert(
                QStringLiteral("levels"),
                QJsonObject{{QStringLiteral("7"), QJsonObject{{QStringLiteral("en"), QStringLiteral("x")}}}});
        });
        CHECK(anyStartsWith(errorsOf(root), QStringLiteral("criteria[2].levels.7: \"7\" is not a level")));
    }
    SECTION("unknown block") {
        editElement(root, QStringLiteral("areas"), 0, [](QJsonObject& area) {
            area.insert(QStringLiteral("block"), QStringLiteral("sectoral"));
        });
        CHECK(anyStartsWith(errorsOf(root), QStringLiteral("areas[0].block: unknown block \"sectoral\"")));
    }
    SECTION("a citedIn that names no source") {
        editElement(root, QStringLiteral("criteria"), 4, [](QJsonObject& criterion) {
            QJsonArray references = criterion.value(QStringLiteral("references")).toArray();
            QJsonObject first = references.at(0).toObject();
            first.insert(QStringLiteral("citedIn"), QStringLiteral("unknown-source"));
            references.replace(0, first);
            criterion.insert(QStringLiteral("references"), references);
        });
        CHECK(anyStartsWith(
            errorsOf(root),
            QStringLiteral("criteria[4].references[0].citedIn: unknown source \"unknown-source\"")));
    }
    SECTION("wrong types are named") {
        root.insert(QStringLiteral("criteria"), QStringLiteral("none"));
        CHECK(errorsOf(root) == QStringList{QStringLiteral("criteria: must be an array, found a string")});
    }
    SECTION("a newer format version is refused with what to do") {
        root.insert(QStringLiteral("formatVersion"), 9);
        CHECK(anyStartsWith(errorsOf(root),
                            QStringLiteral("formatVersion: format version 9 was written by a newer")));
    }
    SECTION("another kind of file") {
        root.insert(QStringLiteral("format"), QStringLiteral("coherence-assessment"));
        CHECK(anyStartsWith(errorsOf(root),
                            QStringLiteral("format: \"coherence-assessment\" is not a Coherence rubric")));
    }
    SECTION("several problems are all reported in one pass") {
        root.insert(QStringLiteral("version"), QStringLiteral("one"));
        editElement(root, QStringLiteral("areas"), 1,
                    [](QJsonObject& area) { area.insert(QStringLiteral("weight"), 0); });
        editElement(root, QStringLiteral("criteria"), 4,
                    [](QJsonObject& criterion) { criterion.insert(QStringLiteral("target"), -1); });
        CHECK(errorsOf(root).size() == 3);
    }
}

TEST_CASE("Ids and language codes: what is accepted and what is not", "[core][rubric]") {
    // Checked by hand instead of by regular expression (docs/performance.md): the same rules.
    const auto withCriterionId = [](const QString& id) {
        QJsonObject root = smallRubric();
        editElement(root, QStringLiteral("criteria"), 0,
                    [&id](QJsonObject& criterion) { criterion.insert(QStringLiteral("id"), id); });
        return errorsOf(root);
    };
    for (const QString& good : {QStringLiteral("Z9"), QStringLiteral("0"), QStringLiteral("a.b-c_d"),
                                QString(QStringLiteral("X") + QString(63, u'9'))}) {
        CAPTURE(good);
        CHECK(withCriterionId(good).isEmpty());
    }
    for (const QString& bad :
         {QString(), QStringLiteral("-L1"), QStringLiteral(".L1"), QStringLiteral("L 1"),
          QStringLiteral("L1/2"), QStringLiteral("Lé"), QString(QStringLiteral("X") + QString(64, u'9'))}) {
        CAPTURE(bad);
        CHECK(anyStartsWith(withCriterionId(bad), QStringLiteral("criteria[0].id: ")));
    }

    const auto withTitleLanguage = [](const QString& language) {
        QJsonObject root = smallRubric();
        QJsonObject title = root.value(QStringLiteral("title")).toObject();
        title.insert(language, QStringLiteral("Text"));
        root.insert(QStringLiteral("title"), title);
        return errorsOf(root);
    };
    for (const QString& good :
         {QStringLiteral("fr"), QStringLiteral("ast"), QStringLiteral("pt-BR"), QStringLiteral("zh_Hans"),
          QStringLiteral("sr-Latn-RS"), QStringLiteral("de-12345678")}) {
        CAPTURE(good);
        CHECK(withTitleLanguage(good).isEmpty());
    }
    for (const QString& bad :
         {QStringLiteral("EN"), QStringLiteral("english"), QStringLiteral("e"), QStringLiteral("fr "),
          QStringLiteral("pt-"), QStringLiteral("pt-B"), QStringLiteral("de-123456789"),
          QStringLiteral("pt--BR"), QStringLiteral("fr.CA")}) {
        CAPTURE(bad);
        CHECK(anyStartsWith(withTitleLanguage(bad), QStringLiteral("title.") + bad));
    }
}

TEST_CASE("Rubric versions: what is accepted and what is not", "[core][rubric]") {
    // Checked by hand instead of by regular expression (docs/performance.md): the rules of the expression
    // it replaced, ^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(-[0-9A-Za-z.-]+)?(\+[0-9A-Za-z.-]+)?$.
    const auto withVersion = [](const QString& version) {
        QJsonObject root = smallRubric();
        root.insert(QStringLiteral("version"), version);
        return errorsOf(root);
    };
    for (const QString& good :
         {QStringLiteral("1.0.0"), QStringLiteral("0.0.0"), QStringLiteral("10.20.30"),
          QStringLiteral("1.0.0-rc.1"), QStringLiteral("1.0.0+2026.11"),
          QStringLiteral("2.1.0-beta-2+build.7"), QStringLiteral("1.0.0-0A.is.legal")}) {
        CAPTURE(good);
        CHECK(withVersion(good).isEmpty());
    }
    for (const QString& bad :
         {QString(), QStringLiteral("1"), QStringLiteral("1.0"), QStringLiteral("1.0.0."),
          QStringLiteral("01.0.0"), QStringLiteral("1.00.0"), QStringLiteral("1.0.0-"),
          QStringLiteral("1.0.0+"), QStringLiteral("1.0.0-rc 1"), QStringLiteral("v1.0.0"),
          QStringLiteral("1.0.0 "), QStringLiteral("1.0.0+build+2"), QStringLiteral("1.0.x"),
          QStringLiteral("1..0")}) {
        CAPTURE(bad);
        CHECK(anyStartsWith(withVersion(bad), QStringLiteral("version: ")));
    }
}

TEST_CASE("Unknown keys and empty areas are warnings, not errors", "[core][rubric]") {
    QJsonObject root = smallRubric();
    root.insert(QStringLiteral("colour"), QStringLiteral("blue"));
    editElement(root, QStringLiteral("criteria"), 1, [](QJsonObject& criterion) {
        criterion.insert(QStringLiteral("colour"), QStringLiteral("red"));
    });
    const RubricLoadResult result = RubricLoader::fromJson(toBytes(root));
    REQUIRE(result.ok());
    const QList<Diagnostic> warnings = onlyWarnings(result.diagnostics);
    REQUIRE(warnings.size() == 2);
    CHECK(warnings[0].path == u"colour");
    CHECK(warnings[1].path == u"criteria[1].colour");

    const RubricLoadResult custom =
        RubricLoader::fromJson(readData(QStringLiteral("rubrics/three-level.json")));
    REQUIRE(custom.ok());
    REQUIRE(custom.diagnostics.size() == 1);
    CHECK(custom.diagnostics[0].path == u"areas[1]");
    CHECK_FALSE(custom.diagnostics[0].isError());
}

TEST_CASE("A custom scale sets the levels and the default target", "[core][rubric]") {
    const RubricPtr rubric =
        RubricLoader::fromJson(readData(QStringLiteral("rubrics/three-level.json"))).rubric;
    REQUIRE(rubric);
    CHECK(rubric->scale().maxLevel() == 2);
    CHECK(rubric->scale().level(1)->label.english() == u"Partly");
    CHECK(rubric->criterion(QStringLiteral("a1"))->defaultTarget == 2);

    QJsonObject root = readJsonObject(QStringLiteral("rubrics/three-level.json"));
    QJsonObject scale = root.value(QStringLiteral("scale")).toObject();
    QJsonArray levels = scale.value(QStringLiteral("levels")).toArray();
    QJsonObject skipped = levels.at(2).toObject();
    skipped.insert(QStringLiteral("value"), 3);
    levels.replace(2, skipped);
    scale.insert(QStringLiteral("levels"), levels);
    root.insert(QStringLiteral("scale"), scale);
    CHECK(anyStartsWith(errorsOf(root),
                        QStringLiteral("scale.levels[2].value: levels must be numbered 0, 1, 2")));
}

TEST_CASE("Invalid JSON says where", "[core][rubric]") {
    const RubricLoadResult result =
        RubricLoader::fromJson(QByteArrayLiteral("{\n  \"id\": \"x\",\n  oops\n}"));
    REQUIRE_FALSE(result.ok());
    REQUIRE(result.diagnostics.size() == 1);
    CHECK(result.diagnostics[0].message.startsWith(u"not valid JSON at line 3"));

    const RubricLoadResult array = RubricLoader::fromJson(QByteArrayLiteral("[]"));
    REQUIRE_FALSE(array.ok());
    CHECK(array.diagnostics[0].message.contains(u"found an array"));

    const RubricLoadResult missing = RubricLoader::fromFile(QStringLiteral("/nonexistent/rubric.json"));
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.diagnostics[0].message.startsWith(u"cannot read /nonexistent/rubric.json"));
}

TEST_CASE("Built-in rubrics load through the same loader", "[core][rubric]") {
    const RubricLoadResult unknown = BuiltinRubrics::load(QStringLiteral("no-such-rubric"));
    CHECK_FALSE(unknown.ok());
    CHECK(unknown.diagnostics[0].message.startsWith(u"no built-in rubric \"no-such-rubric\""));
    for (const QString& id : BuiltinRubrics::ids()) {
        const RubricLoadResult loaded = BuiltinRubrics::load(id);
        INFO(id.toStdString());
        CHECK(loaded.ok());
        CHECK(loaded.rubric->id() == id);
    }
    const RubricLoadResult file =
        BuiltinRubrics::loadIdOrFile(coherence::test::dataPath(QStringLiteral("rubrics/small.json")));
    CHECK(file.ok());
}
