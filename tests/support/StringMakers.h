#pragma once

// Catch2 prints {?} for types it does not know; these make failures readable.

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <catch2/catch.hpp>

#include <optional>
#include <string>

namespace Catch {

// Built by appending: GCC 12 reports a false -Wrestrict on "x" + std::string at -O2.
inline std::string quoted(const std::string& text) {
    std::string result("\"");
    result.append(text);
    result.push_back('"');
    return result;
}

template <>
struct StringMaker<QString> {
    static std::string convert(const QString& value) { return quoted(value.toStdString()); }
};

template <>
struct StringMaker<QStringList> {
    static std::string convert(const QStringList& value) {
        std::string result("[");
        result.append(value.join(QStringLiteral(", ")).toStdString());
        result.push_back(']');
        return result;
    }
};

template <>
struct StringMaker<QByteArray> {
    static std::string convert(const QByteArray& value) { return quoted(value.toStdString()); }
};

template <typename T>
struct StringMaker<std::optional<T>> {
    static std::string convert(const std::optional<T>& value) {
        return value ? StringMaker<T>::convert(*value) : std::string("nullopt");
    }
};

} // namespace Catch
