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
