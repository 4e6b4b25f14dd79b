#include "ApplicationTranslations.h"

#include "LocalizedText.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QTranslator>

namespace coherence {

namespace {

const QString kFolder = QStringLiteral(":/i18n");
const QString kPrefix = QStringLiteral("coherence_");

} // namespace

QString ApplicationTranslations::install(const QLocale& locale) {
    if (locale.language() != QLocale::C) {
        LocalizedText::setDefaultLanguage(locale.name());
    }
    auto* own = new QTranslator(QCoreApplication::instance());
    if (!own->load(locale, QStringLiteral("coherence"), QStringLiteral("_"), kFolder) ||
        !QCoreApplication::installTranslator(own)) {
        delete own;
        // Qt's own texts stay in English too: a window in English with "Abbrechen" on its buttons
        // would speak two languages.
        return {};
    }
    // Qt's dialogs and standard buttons ("Cancel", "Close"), from Debian's qt6-translations-l10n.
    auto* qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
    } else {
        delete qt;
    }
    return own->language();
}

QStringList ApplicationTranslations::available() {
    QStringList languages;
    for (const QString& file : QDir(kFolder).entryList({kPrefix + QStringLiteral("*.qm")}, QDir::Files)) {
        languages << file.mid(kPrefix.size(), file.size() - kPrefix.size() - 3);
    }
    return languages;
}

} // namespace coherence
