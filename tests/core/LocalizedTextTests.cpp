#include "LocalizedText.h"
#include "support/StringMakers.h"

using coherence::LocalizedText;

TEST_CASE("Localized text falls back to the base language, then English", "[core]") {
    LocalizedText text(QMap<QString, QString>{{QStringLiteral("en"), QStringLiteral("Labour")},
                                              {QStringLiteral("fr"), QStringLiteral("Travail")},
                                              {QStringLiteral("es"), QString()}});
    CHECK(text.text(QStringLiteral("fr")) == u"Travail");
    CHECK(text.text(QStringLiteral("fr_CA")) == u"Travail");
    CHECK(text.text(QStringLiteral("pt-BR")) == u"Labour");
    CHECK(text.text(QStringLiteral("es")) == u"Labour");
    CHECK(text.text() == u"Labour");
    CHECK_FALSE(text.hasLanguage(QStringLiteral("es")));
    CHECK(LocalizedText().isEmpty());
}

TEST_CASE("Without a language, a text is in the program's default language, or English", "[core]") {
    const LocalizedText text(QMap<QString, QString>{{QStringLiteral("en"), QStringLiteral("Labour")},
                                                    {QStringLiteral("fr"), QStringLiteral("Travail")}});
    REQUIRE(LocalizedText::defaultLanguage().isEmpty()); // the command line never sets one
    LocalizedText::setDefaultLanguage(QStringLiteral("fr_CA"));
    CHECK(text.text() == u"Travail");
    CHECK(text.text(QStringLiteral("en")) == u"Labour"); // a language asked for wins
    CHECK(LocalizedText(QStringLiteral("Health")).text() == u"Health");
    LocalizedText::setDefaultLanguage(QStringLiteral("de_DE"));
    CHECK(text.text() == u"Labour");
    LocalizedText::setDefaultLanguage(QString());
    CHECK(text.text() == u"Labour");
}
