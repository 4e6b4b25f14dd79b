#include "BuiltinRubrics.h"
#include "RubricImage.h"
#include "RubricLoader.h"
#include "support/StringMakers.h"
#include "support/TestData.h"

#include <QtEndian>

#include <catch2/catch.hpp>

#include <cstring>
#include <limits>

using namespace coherence;
using coherence::test::gmgRubric;
using coherence::test::readData;

namespace {

RubricPtr smallRubric() {
    const RubricLoadResult loaded = RubricLoader::fromJson(readData(QStringLiteral("rubrics/small.json")));
    REQUIRE(loaded.ok());
    return loaded.rubric;
}

void requireSameRubric(const Rubric& read, const Rubric& original) {
    CHECK(read.id() == original.id());
    CHECK(read.version() == original.version());
    CHECK(read.title() == original.title());
    CHECK(read.description() == original.description());
    CHECK(read.notes() == original.notes());
    CHECK(read.scale() == original.scale());
    CHECK(read.areas() == original.areas());
    CHECK(read.criteria() == original.criteria());
    CHECK(read.sources() == original.sources());
    CHECK(read.sha256() == original.sha256());
    // The strongest check: the JSON written from what was read is the JSON the original came from.
    CHECK(read.canonicalJson() == original.canonicalJson());
    for (const Criterion& criterion : original.criteria()) {
        REQUIRE(read.criterion(criterion.id) != nullptr);
        CHECK(read.criterionIndex(criterion.id) == original.criterionIndex(criterion.id));
    }
}

} // namespace

TEST_CASE("A rubric image reads back as the same rubric", "[core][rubric][image]") {
    for (const RubricPtr& original : {gmgRubric(), smallRubric()}) {
        INFO(original->id().toStdString());
        const QByteArray image = RubricImage::encode(*original);
        const RubricPtr read = RubricImage::decode(image, original->sha256());
        REQUIRE(read);
        requireSameRubric(*read, *original);
        // Deterministic: the same rubric gives the same bytes, so the image's hash identifies it.
        CHECK(RubricImage::encode(*read) == image);
    }
}

TEST_CASE("The small rubric's translations, level texts, keywords and references survive the image",
          "[core][rubric][image]") {
    const RubricPtr original = smallRubric();
    const RubricPtr read = RubricImage::decode(RubricImage::encode(*original), original->sha256());
    REQUIRE(read);
    CHECK(read->title().text(QStringLiteral("fr")) == QStringLiteral("Petite grille de test"));
    const auto withLevels = std::find_if(read->criteria().cbegin(), read->criteria().cend(),
                                         [](const Criterion& c) { return !c.levelDescriptors.isEmpty(); });
    REQUIRE(withLevels != read->criteria().cend());
    CHECK(withLevels->levelDescriptors.value(4).english() ==
          QStringLiteral("Labour inspection reports cover migrant workers."));
    CHECK(read->criteria()
              .first()
              .keywords.value(QStringLiteral("en"))
              .contains(QStringLiteral("focal point")));
}

TEST_CASE("An incomplete or padded rubric image is refused, never half read", "[core][rubric][image]") {
    const RubricPtr original = smallRubric();
    const QByteArray image = RubricImage::encode(*original);
    REQUIRE(image.size() > 100);
    // Every prefix: each cut lands inside some number or string, and must fail cleanly.
    for (qsizetype size = 0; size < image.size(); ++size) {
        INFO("cut at " << size << " of " << image.size());
        REQUIRE_FALSE(RubricImage::decode(QByteArrayView(image).first(size), original->sha256()));
    }
    CHECK_FALSE(RubricImage::decode(QByteArray(image).append('\0'), original->sha256()));
    CHECK_FALSE(RubricImage::decode(image, QString()));
    // A count far beyond the bytes that follow (the first string's length) is refused, not allocated.
    QByteArray huge = image;
    huge[3] = '\x7f';
    CHECK_FALSE(RubricImage::decode(huge, original->sha256()));
}

TEST_CASE("A rubric image with a weight or target the loader would refuse is refused",
          "[core][rubric][image]") {
    // The small rubric gives area "proc" and one criterion a weight of 2; the criterion's target (4)
    // follows its weight. The fuzzer found that a NaN weight read back as a rubric that is not equal
    // to itself (tests/fuzz/regressions/rubric_image/).
    const RubricPtr original = smallRubric();
    const QByteArray image = RubricImage::encode(*original);
    const auto little = [](auto value) {
        const auto bits = qToLittleEndian(value);
        return QByteArray(reinterpret_cast<const char*>(&bits), sizeof bits);
    };
    const auto replaced = [&](qsizetype at, const QByteArray& bytes) {
        return QByteArray(image).replace(at, bytes.size(), bytes);
    };
    const QByteArray two = little(quint64(0x4000000000000000)); // 2.0
    QList<qsizetype> weights;
    for (qsizetype at = image.indexOf(two); at >= 0; at = image.indexOf(two, at + 1)) {
        weights.append(at);
    }
    REQUIRE(weights.size() == 2);
    for (const qsizetype at : weights) {
        for (const double bad :
             {std::numeric_limits<double>::quiet_NaN(), std::numeric_limits<double>::infinity(), 0.0, -1.0}) {
            INFO("weight " << bad << " at " << at);
            quint64 bits = 0;
            std::memcpy(&bits, &bad, sizeof bits);
            CHECK_FALSE(RubricImage::decode(replaced(at, little(bits)), original->sha256()));
            CHECK_FALSE(RubricImage::decode(replaced(at, little(bits)), original->sha256(),
                                            RubricImage::Content::Outline));
        }
        // Another valid weight is read as it is: the check is on the value, not the bytes.
        const double other = 0.5;
        quint64 bits = 0;
        std::memcpy(&bits, &other, sizeof bits);
        CHECK(RubricImage::decode(replaced(at, little(bits)), original->sha256()));
    }
    const qsizetype target = weights.last() + 8;
    REQUIRE(image.mid(target, 4) == little(quint32(4)));
    for (const qint32 bad : {5, -1}) {
        INFO("target " << bad);
        CHECK_FALSE(RubricImage::decode(replaced(target, little(quint32(bad))), original->sha256()));
    }
    CHECK(RubricImage::decode(replaced(target, little(quint32(0))), original->sha256()));
}

TEST_CASE("Localized text from sorted entries: accepted as they are, refused out of order",
          "[core][rubric][image]") {
    using Entry = LocalizedText::Entry;
    const auto sorted =
        LocalizedText::fromSortedEntries({Entry{QStringLiteral("en"), QStringLiteral("Labour")},
                                          Entry{QStringLiteral("fr"), QStringLiteral("Travail")}});
    REQUIRE(sorted);
    CHECK(sorted->text(QStringLiteral("fr")) == QStringLiteral("Travail"));
    CHECK(sorted->english() == QStringLiteral("Labour"));
    CHECK(LocalizedText::fromSortedEntries({}).has_value());
    CHECK_FALSE(LocalizedText::fromSortedEntries({Entry{QStringLiteral("fr"), QStringLiteral("Travail")},
                                                  Entry{QStringLiteral("en"), QStringLiteral("Labour")}}));
    CHECK_FALSE(LocalizedText::fromSortedEntries({Entry{QStringLiteral("en"), QStringLiteral("a")},
                                                  Entry{QStringLiteral("en"), QStringLiteral("b")}}));
}

TEST_CASE("An outline reads from the image's head alone and matches the full rubric's outline",
          "[core][rubric][image]") {
    const RubricPtr original = gmgRubric();
    const QByteArray image = RubricImage::encode(*original);
    const qsizetype head = RubricImage::headSize(image);
    REQUIRE(head > 4);
    REQUIRE(head < image.size() / 2); // the point: most of the image is details
    const RubricPtr outline = RubricImage::decode(QByteArrayView(image).first(head), original->sha256(),
                                                  RubricImage::Content::Outline);
    REQUIRE(outline);
    CHECK(outline->isOutline());
    CHECK(outline->areas() == original->areas());
    CHECK(outline->scale() == original->scale());
    CHECK(outline->sources() == original->sources());
    REQUIRE(outline->criteria().size() == original->criteria().size());
    for (qsizetype i = 0; i < original->criteria().size(); ++i) {
        const Criterion& read = outline->criteria()[i];
        const Criterion& expected = original->criteria()[i];
        CHECK(read.id == expected.id);
        CHECK(read.areaId == expected.areaId);
        CHECK(read.title == expected.title);
        CHECK(read.weight == expected.weight);
        CHECK(read.defaultTarget == expected.defaultTarget);
        CHECK(read.references.isEmpty());
        CHECK(read.recommendation.isEmpty());
        CHECK(read.keywords.isEmpty());
    }
    // The full rubric needs the details, intact: the head's hash covers them.
    CHECK_FALSE(RubricImage::decode(QByteArrayView(image).first(head), original->sha256()));
    QByteArray changed = image;
    changed[changed.size() - 1] = static_cast<char>(changed.at(changed.size() - 1) ^ 1);
    CHECK_FALSE(RubricImage::decode(changed, original->sha256()));
    CHECK(RubricImage::decode(changed, original->sha256(), RubricImage::Content::Outline));
    CHECK(RubricImage::headSize("ab") == -1);
}
