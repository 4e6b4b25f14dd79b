#pragma once

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>
#include <utility>

namespace coherence {

/**
 * A text in several languages, keyed by BCP 47 language code ("en", "fr", "es").
 *
 * Every rubric text is one of these so that a translation can be added to the data
 * without touching code. English is the reference language: it is required by the loader
 * and is what any missing translation falls back to.
 */
class LocalizedText {
public:
    static constexpr char16_t kReferenceLanguage[] = u"en";

    LocalizedText() = default;
    explicit LocalizedText(const QString& english);
    explicit LocalizedText(QMap<QString, QString> byLanguage);

    /// The text in @p language, or English when that language is missing or empty. Without a
    /// language, in defaultLanguage().
    QString text(const QString& language = QString()) const;

    /// The language text() shows when it is given none: none at all (so English) unless the program
    /// chose one. The window sets its user's language ("fr_FR") at start, so that a rubric's texts
    /// show in it wherever the rubric has them; the command line keeps English. Set it before any
    /// other thread reads a text.
    static void setDefaultLanguage(const QString& language);
    static QString defaultLanguage();
    QString english() const;

    bool isEmpty() const;
    bool hasLanguage(const QString& language) const;
    QStringList languages() const;
    void set(const QString& language, const QString& text);

    QJsonObject toJson() const;

    bool operator==(const LocalizedText&) const = default;

    /// (language, text), sorted by language. A flat list, not a QMap: a rubric holds ten thousand
    /// of these at 1,000 criteria, nearly all with one language, and a map costs two extra
    /// allocations each (docs/performance.md).
    using Entry = std::pair<QString, QString>;
    const QList<Entry>& entries() const { return m_entries; }
    /// The text of @p entries as they are, without sorting them again (RubricImage reads them so);
    /// nullopt unless they are sorted by language with no language twice.
    static std::optional<LocalizedText> fromSortedEntries(QList<Entry> entries);

private:
    /// Where @p language is, or would be inserted, in the sorted entries.
    QList<Entry>::const_iterator lowerBound(QStringView language) const;
    QList<Entry>::const_iterator find(QStringView language) const;

    QList<Entry> m_entries;
};

} // namespace coherence
