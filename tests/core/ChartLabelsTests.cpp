#include "ChartLabels.h"
#include "support/StringMakers.h"

#include <catch2/catch.hpp>

using coherence::ChartLabels;

TEST_CASE("A spoke is labelled with its title's first word, without the punctuation after it",
          "[core][charts]") {
    CHECK(ChartLabels::spokeLabels({QStringLiteral("Evidence, data and monitoring"), QStringLiteral("Health"),
                                    QStringLiteral("  Rights, gender and children")}) ==
          QStringList{QStringLiteral("Evidence"), QStringLiteral("Health"), QStringLiteral("Rights")});
}

TEST_CASE("Spokes whose titles begin alike get as many words as tell them apart", "[core][charts]") {
    CHECK(ChartLabels::spokeLabels({QStringLiteral("Social protection and portability"),
                                    QStringLiteral("Social dialogue"), QStringLiteral("Trade"),
                                    QStringLiteral("Social protection floors")}) ==
          QStringList{QStringLiteral("Social protection and"), QStringLiteral("Social dialogue"),
                      QStringLiteral("Trade"), QStringLiteral("Social protection floors")});
    // A title that is the first words of another stays whole; the other grows past it.
    CHECK(ChartLabels::spokeLabels({QStringLiteral("Labour"), QStringLiteral("Labour mobility")}) ==
          QStringList{QStringLiteral("Labour"), QStringLiteral("Labour mobility")});
}

TEST_CASE("Spokes with the same title are told apart by their place", "[core][charts]") {
    CHECK(ChartLabels::spokeLabels({QStringLiteral("Health"), QStringLiteral("Trade"),
                                    QStringLiteral("Health."), QString(), QString()}) ==
          QStringList{QStringLiteral("Health (1)"), QStringLiteral("Trade"), QStringLiteral("Health (3)"),
                      QStringLiteral(" (4)"), QStringLiteral(" (5)")});
}
