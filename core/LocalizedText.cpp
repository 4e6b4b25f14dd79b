#include "LocalizedText.h"

#include <algorithm>

namespace coherence {

namespace {

const QString& referenceLanguage() {
    static const QString english = QString::fromUtf16(LocalizedText::kReferenceLanguage);
    return english;
}

QString& defaultLanguageSetting() {
    static QString language;
    return language;
}

} // namespace

LocalizedText::LocalizedText(const QString& english) {
    m_entries.append({referenceLanguage(), english});
}

LocalizedText::LocalizedText(QMap<QString, QString> byLanguage) {
    m_entries.reserve(byLanguage.size());
    for (auto it = byLanguage.cbegin(); it != byLanguage.cend(); ++it) {
        m_entries.append({it.key(), it.value()}); // a QMap is already in key order
    }
}

QList<LocalizedText::Entry>::const_iterator LocalizedText::lowerBound(QStringView language) const {
    return std::lower_bound(m_entries.cbegin(), m_entries.cend(), language,
                            [](const Entry& entry, QStringView key) { return entry.first < key; });
}

QList<LocalizedText::Entry>::const_iterator LocalizedText::find(QStringView language) const {
    const auto it = lowerBound(language);
    return it != m_entries.cend() && it->first == language ? it : m_entries.cend();
}

void LocalizedText::setDefaultLanguage(const QString& language) {
    defaultLanguageSetting() = language;
}

QString LocalizedText::defaultLanguage() {
    return defaultLanguageSetting();
}

QString LocalizedText::text(const QString& requested) const {
    const QString& language = requested.isEmpty() ? defaultLanguageSetting() : requested;
    if (!language.isEmpty()) {
        if (const auto exact = find(language); exact != m_entries.cend() && !exact->second.isEmpty()) {
            return exact->second;
        }
        // "fr_CA" or "fr-CA" falls back to "fr" before English.
        const auto separator =
            std::find_if(language.cbegin(), language.cend(), [](QChar c) { return c == u'-' || c == u'_'; });
        if (separator != language.cbegin() && separator != language.cend()) {
            const auto base = find(QStringView(language.cbegin(), separator));
            if (base != m_entries.cend() && !base->second.isEmpty()) {
                return base->second;
            }
        }
    }
    return english();
}

QString LocalizedText::english() const {
    const auto it = find(referenceLanguage());
    return it == m_entries.cend() ? QString() : it->second;
}

bool LocalizedText::isEmpty() const {
    return std::all_of(m_entries.cbegin(), m_entries.cend(),
                       [](const Entry& entry) { return entry.second.isEmpty(); });
}

bool LocalizedText::hasLanguage(const QString& language) const {
    const auto it = find(language);
    return it != m_entries.cend() && !it->second.isEmpty();
}

QStringList LocalizedText::languages() const {
    QStringList result;
    result.reserve(m_entries.size());
    for (const Entry& entry : m_entries) {
        result << entry.first;
    }
    return result;
}

void LocalizedText::set(const QString& language, const QString& text) {
    const qsizetype index = lowerBound(language) - m_entries.cbegin();
    if (index < m_entries.size() && m_entries[index].first == language) {
        m_entries[index].second = text;
    } else {
        m_entries.insert(index, {language, text});
    }
}

QJsonObject LocalizedText::toJson() const {
    QJsonObject object;
    for (const Entry& entry : m_entries) {
        object.insert(entry.first, entry.second);
    }
    return object;
}

std::optional<LocalizedText> LocalizedText::fromSortedEntries(QList<Entry> entries) {
    for (qsizetype i = 1; i < entries.size(); ++i) {
        if (!(entries[i - 1].first < entries[i].first)) {
            return std::nullopt;
        }
    }
    LocalizedText text;
    text.m_entries = std::move(entries);
    return text;
}

} // namespace coherence
