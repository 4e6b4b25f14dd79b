#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

namespace coherence {

/**
 * The window's language: Coherence's translations (resources/translations, embedded under :/i18n)
 * and Qt's own for a locale, and the language rubric texts are shown in. Where Coherence has no
 * translation for the locale, Qt's are not installed either, so that the window is in English alone.
 *
 * The command line's own messages stay in English: its output is read by scripts as well as by
 * people. A report it writes is a document for people, in the language asked for (`report
 * --language`), so the translations live in the core, which the command line links, not in the window's
 * library.
 */
class ApplicationTranslations {
public:
    /// Installs the translations for @p locale into the application, which owns them from then on
    /// (Qt's only with one of Coherence's), and makes @p locale the language rubric texts show in
    /// where a rubric has them (LocalizedText::setDefaultLanguage). Returns the language of Coherence's
    /// translation that was installed ("fr"), or an empty string when there is none for @p locale and the
    /// window stays in English.
    static QString install(const QLocale& locale);

    /// The languages Coherence's window is translated into, besides English.
    static QStringList available();
};

} // namespace coherence
