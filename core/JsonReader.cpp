#include "JsonReader.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace coherence {

namespace {

bool isAsciiLower(QChar c) {
    return c >= u'a' && c <= u'z';
}

bool isAsciiAlphanumeric(QChar c) {
    return isAsciiLower(c) || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9');
}

// Line and column of a byte offset, for parse errors a user can find in an editor.
QPair<int, int> lineAndColumn(const QByteArray& bytes, qsizetype offset) {
    int line = 1;
    int column = 1;
    for (qsizetype i = 0; i < offset && i < bytes.size(); ++i) {
        if (bytes[i] == '\n') {
            ++line;
            column = 1;
        } else {
            ++column;
        }
    }
    return {line, column};
}

} // namespace

// Both checks by hand, not by regular expression: every id and every text of a rubric passes here on
// every open, and compiling and running patterns was a tenth of the time it takes to open a file.
bool JsonReader::isIdentifier(QStringView id) {
    if (id.isEmpty() || id.size() > 64 || !isAsciiAlphanumeric(id.front())) {
        return false;
    }
    return std::all_of(id.begin() + 1, id.end(),
                       [](QChar c) { return isAsciiAlphanumeric(c) || c == u'.' || c == u'_' || c == u'-'; });
}

bool JsonReader::isSemanticVersion(QStringView version) {
    qsizetype i = 0;
    for (int part = 0; part < 3; ++part) {
        if (part > 0 && (i >= version.size() || version[i++] != u'.')) {
            return false;
        }
        const qsizetype start = i;
        while (i < version.size() && version[i] >= u'0' && version[i] <= u'9') {
            ++i;
        }
        if (i == start || (version[start] == u'0' && i - start > 1)) {
            return false; // empty, or a leading zero
        }
    }
    // "-pre" then "+build", each a non-empty run of [0-9A-Za-z.-].
    for (const QChar marker : {QChar(u'-'), QChar(u'+')}) {
        if (i < version.size() && version[i] == marker) {
            const qsizetype start = ++i;
            while (i < version.size() &&
                   (isAsciiAlphanumeric(version[i]) || version[i] == u'.' || version[i] == u'-')) {
                ++i;
            }
            if (i == start) {
                return false;
            }
        }
    }
    return i == version.size();
}

// Enough to catch typos like "EN " or "english".
bool JsonReader::isLanguageCode(QStringView code) {
    qsizetype i = 0;
    while (i < code.size() && isAsciiLower(code[i])) {
        ++i;
    }
    if (i < 2 || i > 3) {
        return false;
    }
    while (i < code.size()) {
        if (code[i] != u'-' && code[i] != u'_') {
            return false;
        }
        const qsizetype start = ++i;
        while (i < code.size() && isAsciiAlphanumeric(code[i])) {
            ++i;
        }
        if (i - start < 2 || i - start > 8) {
            return false;
        }
    }
    return true;
}

QString jsonTypeName(const QJsonValue& value) {
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("true/false");
    case QJsonValue::Double:
        return QStringLiteral("a number");
    case QJsonValue::String:
        return QStringLiteral("a string");
    case QJsonValue::Array:
        return QStringLiteral("an array");
    case QJsonValue::Object:
        return QStringLiteral("an object");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("nothing");
}

std::optional<QJsonObject> JsonReader::parseObject(const QByteArray& bytes) {
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const auto [line, column] = lineAndColumn(bytes, parseError.offset);
        error(QString(), tr("not valid JSON at line %1, column %2: %3")
                             .arg(line)
                             .arg(column)
                             .arg(parseError.errorString()));
        return std::nullopt;
    }
    if (!document.isObject()) {
        error(QString(), tr("the file must contain one JSON object, found %1")
                             .arg(document.isArray() ? tr("an array") : tr("something else")));
        return std::nullopt;
    }
    return document.object();
}

QString JsonReader::member(const QString& path, const QString& key) {
    return path.isEmpty() ? key : path + QLatin1Char('.') + key;
}

QString JsonReader::element(const QString& path, qsizetype index) {
    return path + QLatin1Char('[') + QString::number(index) + QLatin1Char(']');
}

void JsonReader::error(const QString& path, const QString& message) {
    m_diagnostics.append({Diagnostic::Severity::Error, path, message});
}

void JsonReader::warning(const QString& path, const QString& message) {
    m_diagnostics.append({Diagnostic::Severity::Warning, path, message});
}

void JsonReader::warnUnknownKeys(const QJsonObject& object, const QString& path, const QStringList& known) {
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (!known.contains(it.key())) {
            warning(member(path, it.key()),
                    tr("unknown key, ignored (known keys: %1)").arg(known.join(u", ")));
        }
    }
}

void JsonReader::wrongType(const QString& path, const QString& expected, const QJsonValue& found) {
    error(path, tr("must be %1, found %2").arg(expected, jsonTypeName(found)));
}

std::optional<QJsonValue> JsonReader::value(const QJsonObject& parent, const QString& key,
                                            const QString& path, Presence presence) {
    const QJsonValue found = parent.value(key);
    if (found.isUndefined() || found.isNull()) {
        if (presence == Presence::Required) {
            error(member(path, key), tr("missing (required)"));
        }
        return std::nullopt;
    }
    return found;
}

std::optional<QJsonObject> JsonReader::object(const QJsonObject& parent, const QString& key,
                                              const QString& path, Presence presence) {
    const auto found = value(parent, key, path, presence);
    if (!found) {
        return std::nullopt;
    }
    if (!found->isObject()) {
        wrongType(member(path, key), tr("an object"), *found);
        return std::nullopt;
    }
    return found->toObject();
}

std::optional<QJsonArray> JsonReader::array(const QJsonObject& parent, const QString& key,
                                            const QString& path, Presence presence) {
    const auto found = value(parent, key, path, presence);
    if (!found) {
        return std::nullopt;
    }
    if (!found->isArray()) {
        wrongType(member(path, key), tr("an array"), *found);
        return std::nullopt;
    }
    return found->toArray();
}

std::optional<QString> JsonReader::string(const QJsonObject& parent, const QString& key, const QString& path,
                                          Presence presence) {
    const auto found = value(parent, key, path, presence);
    if (!found) {
        return std::nullopt;
    }
    if (!found->isString()) {
        wrongType(member(path, key), tr("a string"), *found);
        return std::nullopt;
    }
    return found->toString();
}

std::optional<double> JsonReader::number(const QJsonObject& parent, const QString& key, const QString& path,
                                         Presence presence) {
    const auto found = value(parent, key, path, presence);
    if (!found) {
        return std::nullopt;
    }
    if (!found->isDouble() || !std::isfinite(found->toDouble())) {
        wrongType(member(path, key), tr("a number"), *found);
        return std::nullopt;
    }
    return found->toDouble();
}

std::optional<int> JsonReader::integer(const QJsonObject& parent, const QString& key, const QString& path,
                                       Presence presence) {
    const auto found = number(parent, key, path, presence);
    if (!found) {
        return std::nullopt;
    }
    const double whole = std::trunc(*found);
    if (whole != *found || std::abs(whole) > std::numeric_limits<int>::max()) {
        error(member(path, key), tr("must be a whole number, found %1").arg(*found));
        return std::nullopt;
    }
    return static_cast<int>(whole);
}

std::optional<bool> JsonReader::boolean(const QJsonObject& parent, const QString& key, const QString& path,
                                        Presence presence) {
    const auto found = value(parent, key, path, presence);
    if (!found) {
        return std::nullopt;
    }
    if (!found->isBool()) {
        wrongType(member(path, key), tr("true or false"), *found);
        return std::nullopt;
    }
    return found->toBool();
}

std::optional<LocalizedText> JsonReader::text(const QJsonObject& parent, const QString& key,
                                              const QString& path, Presence presence) {
    const auto found = value(parent, key, path, presence);
    if (!found) {
        return std::nullopt;
    }
    return textValue(*found, member(path, key));
}

std::optional<LocalizedText> JsonReader::textValue(const QJsonValue& value, const QString& path) {
    if (!value.isObject()) {
        error(
            path,
            tr("must be a map of language to text, e.g. {\"en\": \"…\"}, found %1").arg(jsonTypeName(value)));
        return std::nullopt;
    }
    const QJsonObject object = value.toObject();
    LocalizedText result;
    bool ok = true;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        const QString language = it.key();
        if (!isLanguageCode(language)) {
            error(member(path, language),
                  tr("\"%1\" is not a language code such as \"en\" or \"pt-BR\"").arg(language));
            ok = false;
            continue;
        }
        if (!it.value().isString()) {
            wrongType(member(path, language), tr("a string"), it.value());
            ok = false;
            continue;
        }
        // One shared copy of each language code for the whole document, not one per text.
        result.set(*m_languageCodes.insert(language), it.value().toString());
    }
    if (ok && result.english().trimmed().isEmpty()) {
        error(
            path,
            tr("missing English text (\"en\"): English is required and is the fallback for every language"));
        ok = false;
    }
    return ok ? std::optional<LocalizedText>(result) : std::nullopt;
}

QStringList JsonReader::stringList(const QJsonObject& parent, const QString& key, const QString& path) {
    QStringList result;
    const auto found = array(parent, key, path, Presence::Optional);
    if (!found) {
        return result;
    }
    const QString arrayPath = member(path, key);
    for (qsizetype i = 0; i < found->size(); ++i) {
        const QJsonValue item = found->at(i);
        if (!item.isString()) {
            wrongType(element(arrayPath, i), tr("a string"), item);
            continue;
        }
        result << item.toString();
    }
    return result;
}

} // namespace coherence
