#include "JsonArraySplitter.h"

namespace coherence {

namespace {

/// Walks the bytes of a JSON text; every step returns false where the text is not what a
/// well-formed document would have there.
class Cursor {
public:
    explicit Cursor(const QByteArray& json)
        : m_json(json) {}

    qsizetype position() const { return m_position; }
    bool atEnd() const { return m_position >= m_json.size(); }
    char peek() const { return atEnd() ? '\0' : m_json[m_position]; }

    void skipSpace() {
        while (!atEnd() && (peek() == ' ' || peek() == '\n' || peek() == '\r' || peek() == '\t')) {
            ++m_position;
        }
    }

    bool expect(char c) {
        skipSpace();
        if (peek() != c) {
            return false;
        }
        ++m_position;
        return true;
    }

    /// A string, from its opening quote; @p escaped tells whether it held a backslash.
    bool skipString(bool* escaped = nullptr) {
        if (peek() != '"') {
            return false;
        }
        for (++m_position; !atEnd(); ++m_position) {
            const char c = m_json[m_position];
            if (c == '\\') {
                if (escaped) {
                    *escaped = true;
                }
                ++m_position; // whatever is escaped cannot end the string
            } else if (c == '"') {
                ++m_position;
                return true;
            }
        }
        return false;
    }

    /// Any value: a string, a balanced object or array, or a bare literal or number.
    bool skipValue() {
        skipSpace();
        if (peek() == '"') {
            return skipString();
        }
        if (peek() == '{' || peek() == '[') {
            int depth = 0;
            while (!atEnd()) {
                const char c = peek();
                if (c == '"') {
                    if (!skipString()) {
                        return false;
                    }
                    continue;
                }
                ++m_position;
                if (c == '{' || c == '[') {
                    ++depth;
                } else if (c == '}' || c == ']') {
                    if (--depth == 0) {
                        return true;
                    }
                }
            }
            return false;
        }
        const qsizetype start = m_position;
        while (!atEnd() && peek() != ',' && peek() != '}' && peek() != ']' && peek() != ' ' &&
               peek() != '\n' && peek() != '\r' && peek() != '\t') {
            ++m_position;
        }
        return m_position > start;
    }

private:
    const QByteArray& m_json;
    qsizetype m_position = 0;
};

} // namespace

std::optional<JsonArraySplitter::Split> JsonArraySplitter::split(const QByteArray& json, QByteArrayView key) {
    Cursor cursor(json);
    if (!cursor.expect('{')) {
        return std::nullopt;
    }
    Split result;
    qsizetype valueStart = -1;
    qsizetype valueEnd = -1;
    cursor.skipSpace();
    if (cursor.peek() == '}') {
        return std::nullopt; // an empty object: nothing to split
    }
    while (true) {
        cursor.skipSpace();
        const qsizetype keyStart = cursor.position();
        bool escaped = false;
        if (!cursor.skipString(&escaped) || escaped) {
            return std::nullopt;
        }
        const QByteArrayView name(json.constData() + keyStart + 1, cursor.position() - keyStart - 2);
        if (!cursor.expect(':')) {
            return std::nullopt;
        }
        cursor.skipSpace();
        if (name == key) {
            if (valueStart >= 0 || cursor.peek() != '[') {
                return std::nullopt;
            }
            valueStart = cursor.position();
            cursor.expect('[');
            cursor.skipSpace();
            if (cursor.peek() == ']') {
                return std::nullopt; // empty: the ordinary parse says what that means
            }
            while (true) {
                cursor.skipSpace();
                const qsizetype elementStart = cursor.position();
                if (!cursor.skipValue()) {
                    return std::nullopt;
                }
                result.elements.append(
                    QByteArrayView(json.constData() + elementStart, cursor.position() - elementStart));
                if (cursor.expect(']')) {
                    break;
                }
                if (!cursor.expect(',')) {
                    return std::nullopt;
                }
            }
            valueEnd = cursor.position();
        } else if (!cursor.skipValue()) {
            return std::nullopt;
        }
        if (cursor.expect('}')) {
            break;
        }
        if (!cursor.expect(',')) {
            return std::nullopt;
        }
    }
    cursor.skipSpace();
    if (!cursor.atEnd() || valueStart < 0) {
        return std::nullopt;
    }
    result.rest = json.left(valueStart) + QByteArrayLiteral("[]") + json.mid(valueEnd);
    return result;
}

} // namespace coherence
