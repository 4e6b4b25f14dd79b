#include "JsonWriter.h"

#include <QLocale>

#include <algorithm>
#include <charconv>
#include <cmath>

namespace coherence {

namespace {

char hexDigit(uint value) {
    return static_cast<char>(value < 10 ? '0' + value : 'a' + value - 10);
}

/// A character written as itself: printable ASCII but the quote and the backslash.
bool isPlain(char16_t unit) {
    return unit >= 0x20 && unit < 0x80 && unit != u'"' && unit != u'\\';
}

/// Copies [begin, end), all isPlain(), to @p out as the bytes they are; returns the end of the copy.
char* narrow(const char16_t* begin, const char16_t* end, char* out) {
    return std::transform(begin, end, out, [](char16_t unit) { return static_cast<char>(unit); });
}

} // namespace

void JsonWriter::reserve(qsizetype bytes) {
    m_out.reserve(static_cast<std::size_t>(bytes));
}

void JsonWriter::indent(qsizetype depth) {
    m_out.append(static_cast<std::size_t>(4 * depth), ' ');
}

void JsonWriter::beforeValue() {
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (m_levels.isEmpty()) {
        return; // the document's own value
    }
    // An array's element: on a line of its own, after a comma if it is not the first.
    Level& level = m_levels.last();
    Q_ASSERT(!level.object);
    if (!level.empty) {
        m_out.append(",\n");
    }
    level.empty = false;
    indent(m_levels.size());
}

void JsonWriter::key(QStringView name) {
    Q_ASSERT(!m_levels.isEmpty() && m_levels.last().object && !m_afterKey);
    Level& level = m_levels.last();
#ifndef QT_NO_DEBUG
    Q_ASSERT_X(level.empty || QStringView(level.lastKey) < name, "JsonWriter::key",
               "keys must come in QString order, as QJsonObject writes them");
    level.lastKey = name.toString();
#endif
    const bool first = level.empty;
    level.empty = false;
    m_afterKey = true;
    const auto depth = static_cast<std::size_t>(4 * m_levels.size());
    const char16_t* const begin = name.utf16();
    const char16_t* const end = begin + name.size();
    if (std::all_of(begin, end, isPlain)) {
        // Nearly every key: its whole line written in one go rather than piece by piece.
        const std::size_t at = m_out.size();
        m_out.resize(at + (first ? 0 : 2) + depth + static_cast<std::size_t>(name.size()) + 4);
        char* out = m_out.data() + at;
        if (!first) {
            *out++ = ',';
            *out++ = '\n';
        }
        out = std::fill_n(out, depth, ' ');
        *out++ = '"';
        out = narrow(begin, end, out);
        *out++ = '"';
        *out++ = ':';
        *out = ' ';
        return;
    }
    if (!first) {
        m_out.append(",\n");
    }
    indent(m_levels.size());
    m_out.push_back('"');
    appendEscaped(name);
    m_out.append("\": ");
}

void JsonWriter::beginObject() {
    beforeValue();
    m_out.append("{\n");
    Level object;
    object.object = true;
    m_levels.append(object);
}

void JsonWriter::beginArray() {
    beforeValue();
    m_out.append("[\n");
    m_levels.append(Level());
}

void JsonWriter::endObject() {
    Q_ASSERT(!m_levels.isEmpty() && m_levels.last().object && !m_afterKey);
    // As Qt: the last member's line ends before the closing brace; an empty object is "{", a line
    // break and the brace, indented like the line it opened on.
    if (!m_levels.takeLast().empty) {
        m_out.push_back('\n');
    }
    indent(m_levels.size());
    m_out.push_back('}');
}

void JsonWriter::endArray() {
    Q_ASSERT(!m_levels.isEmpty() && !m_levels.last().object);
    if (!m_levels.takeLast().empty) {
        m_out.push_back('\n');
    }
    indent(m_levels.size());
    m_out.push_back(']');
}

void JsonWriter::string(QStringView text) {
    beforeValue();
    m_out.push_back('"');
    appendEscaped(text);
    m_out.push_back('"');
}

void JsonWriter::integer(qint64 value) {
    beforeValue();
    char digits[24];
    const std::to_chars_result end = std::to_chars(digits, digits + sizeof digits, value);
    m_out.append(digits, end.ptr);
}

void JsonWriter::number(double value) {
    // As QJsonValue: a whole number within qint64's range is kept, and written, as an integer (1e6 is
    // "1000000", -0 is "0").
    if (value >= -0x1p63 && value < 0x1p63 && static_cast<double>(static_cast<qint64>(value)) == value) {
        integer(static_cast<qint64>(value));
        return;
    }
    beforeValue();
    // Below 10^15 the standard library's shortest form is Qt's, digit for digit (checked on 300,000
    // values, the shapes among them in JsonWriterTests), without a QByteArray per number. Above it
    // Qt pads with zeros where the standard writes exact digits.
    if (std::fabs(value) < 1e15) {
        char digits[32];
        const std::to_chars_result end = std::to_chars(digits, digits + sizeof digits, value);
        m_out.append(digits, end.ptr);
    } else if (std::isfinite(value)) {
        const QByteArray digits = QByteArray::number(value, 'g', QLocale::FloatingPointShortest);
        m_out.append(digits.constData(), static_cast<std::size_t>(digits.size()));
    } else {
        m_out.append("null"); // as Qt, and RFC 8259 has no infinity or NaN
    }
}

void JsonWriter::boolean(bool value) {
    beforeValue();
    m_out.append(value ? "true" : "false");
}

void JsonWriter::null() {
    beforeValue();
    m_out.append("null");
}

QByteArray JsonWriter::finish() {
    Q_ASSERT(m_levels.isEmpty() && !m_afterKey);
    m_out.push_back('\n');
    return QByteArray(m_out.data(), static_cast<qsizetype>(m_out.size()));
}

void JsonWriter::appendEscaped(QStringView text) {
    const char16_t* it = text.utf16();
    const char16_t* const end = it + text.size();
    while (it != end) {
        // A run that needs no escape goes in at once: nearly every key, id and title is one.
        const char16_t* const runEnd = std::find_if_not(it, end, isPlain);
        if (runEnd != it) {
            const std::size_t at = m_out.size();
            m_out.resize(at + static_cast<std::size_t>(runEnd - it));
            narrow(it, runEnd, m_out.data() + at);
            it = runEnd;
            if (it == end) {
                break;
            }
        }
        const char16_t unit = *it++;
        if (unit < 0x80) {
            m_out.push_back('\\');
            switch (unit) {
            case u'"':
                m_out.push_back('"');
                break;
            case u'\\':
                m_out.push_back('\\');
                break;
            case u'\b':
                m_out.push_back('b');
                break;
            case u'\f':
                m_out.push_back('f');
                break;
            case u'\n':
                m_out.push_back('n');
                break;
            case u'\r':
                m_out.push_back('r');
                break;
            case u'\t':
                m_out.push_back('t');
                break;
            default:
                m_out.append("u00");
                m_out.push_back(hexDigit(unit >> 4));
                m_out.push_back(hexDigit(unit & 0xf));
            }
            continue;
        }
        char32_t codePoint = unit;
        if (QChar::isHighSurrogate(unit) && it != end && QChar::isLowSurrogate(*it)) {
            codePoint = QChar::surrogateToUcs4(unit, *it++);
        } else if (QChar::isSurrogate(unit)) {
            // Half a pair is no character: Qt writes it as an escape, in lower-case hex.
            m_out.append("\\u");
            for (int shift = 12; shift >= 0; shift -= 4) {
                m_out.push_back(hexDigit((unit >> shift) & 0xf));
            }
            continue;
        }
        if (codePoint < 0x800) {
            m_out.push_back(static_cast<char>(0xc0 | (codePoint >> 6)));
        } else {
            if (codePoint < 0x10000) {
                m_out.push_back(static_cast<char>(0xe0 | (codePoint >> 12)));
            } else {
                m_out.push_back(static_cast<char>(0xf0 | (codePoint >> 18)));
                m_out.push_back(static_cast<char>(0x80 | ((codePoint >> 12) & 0x3f)));
            }
            m_out.push_back(static_cast<char>(0x80 | ((codePoint >> 6) & 0x3f)));
        }
        m_out.push_back(static_cast<char>(0x80 | (codePoint & 0x3f)));
    }
}

} // namespace coherence
