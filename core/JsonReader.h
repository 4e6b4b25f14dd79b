#pragma once

#include "Diagnostic.h"
#include "LocalizedText.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QSet>
#include <QStringList>

#include <optional>

namespace coherence {

/**
 * Reads typed values out of parsed JSON while tracking where it is, so that every problem
 * becomes a Diagnostic with a JSON path instead of a silent default.
 *
 * Shared by the rubric loader and the assessment reader: both must report *every* problem in
 * one pass, not stop at the first.
 */
class JsonReader {
    Q_DECLARE_TR_FUNCTIONS(JsonReader)

public:
    enum class Presence { Required, Optional };

    /// Parses @p bytes as a JSON object; on failure records an error with line and column.
    std::optional<QJsonObject> parseObject(const QByteArray& bytes);

    static QString member(const QString& path, const QString& key);
    static QString element(const QString& path, qsizetype index);

    /// An id of our files: [A-Za-z0-9][A-Za-z0-9._-]{0,63}.
    static bool isIdentifier(QStringView id);
    /// BCP 47-ish: [a-z]{2,3}([-_][A-Za-z0-9]{2,8})*, e.g. "en", "pt-BR", "zh_Hans".
    static bool isLanguageCode(QStringView code);
    /// Semantic versioning's core: MAJOR.MINOR.PATCH without leading zeros, then optionally
    /// -PRERELEASE and +BUILD of [0-9A-Za-z.-]+, e.g. "1.0.0", "2.1.0-rc.1+2026".
    static bool isSemanticVersion(QStringView version);

    void error(const QString& path, const QString& message);
    void warning(const QString& path, const QString& message);
    void warnUnknownKeys(const QJsonObject& object, const QString& path, const QStringList& known);

    std::optional<QJsonObject> object(const QJsonObject& parent, const QString& key, const QString& path,
                                      Presence presence);
    std::optional<QJsonArray> array(const QJsonObject& parent, const QString& key, const QString& path,
                                    Presence presence);
    std::optional<QString> string(const QJsonObject& parent, const QString& key, const QString& path,
                                  Presence presence);
    std::optional<double> number(const QJsonObject& parent, const QString& key, const QString& path,
                                 Presence presence);
    std::optional<int> integer(const QJsonObject& parent, const QString& key, const QString& path,
                               Presence presence);
    std::optional<bool> boolean(const QJsonObject& parent, const QString& key, const QString& path,
                                Presence presence);
    /// A {"en": …, "fr": …} map; English is required whenever the map is present.
    std::optional<LocalizedText> text(const QJsonObject& parent, const QString& key, const QString& path,
                                      Presence presence);
    std::optional<LocalizedText> textValue(const QJsonValue& value, const QString& path);
    /// An array of strings; reports each non-string element.
    QStringList stringList(const QJsonObject& parent, const QString& key, const QString& path);

    const QList<Diagnostic>& diagnostics() const { return m_diagnostics; }
    bool hasErrors() const { return containsErrors(m_diagnostics); }

private:
    std::optional<QJsonValue> value(const QJsonObject& parent, const QString& key, const QString& path,
                                    Presence presence);
    void wrongType(const QString& path, const QString& expected, const QJsonValue& found);

    QList<Diagnostic> m_diagnostics;
    QSet<QString> m_languageCodes;
};

/// "object", "array", "string", "number", "true/false" or "null": what a JSON value is, for messages.
QString jsonTypeName(const QJsonValue& value);

} // namespace coherence
