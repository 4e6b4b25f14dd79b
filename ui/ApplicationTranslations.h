#pragma once

#include <QLocale>
#include <QString>

namespace coherence {

/**
 * The window's language: Qt's own translations and Coherence's (resources/translations, embedded
 * under :/i18n) for a locale, and the language rubric texts are shown in.
 *
 * The command line stays in English: its output is read by scripts as well as by people.
 */
class ApplicationTranslations {
public:
    /// Installs the translations for @p locale into the application, which owns them from then on,
    /// and makes @p locale the language rubric texts show in where a rubric has them
    /// (LocalizedText::setDefaultLanguage). Returns the language of Coherence's translation that
    /// was installed ("fr"), or an empty string when there is none for @p locale and the window
    /// stays in English.
    static QString install(const QLocale& locale);

    /// The languages Coherence's window is translated into, besides English.
    static QStringList available();
};

} // namespace coherence
