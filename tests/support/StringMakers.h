#pragma once

// Catch2 prints {?} for types it does not know; these make failures readable.

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <catch2/catch.hpp>

#include <optional>

namespace Catch {

template <>
struct StringMaker<QString> {
    static std::string convert(const QString& value) { return '"' + value.toStdString() + '"'; }
};

template <>
struct StringMaker<QStringList> {
    static std::string convert(const QStringList& value) {
        return "[" + value.join(QStringLiteral(", ")).toStdString() + "]";
    }
};

template <>
struct StringMaker<QByteArray> {
    static std::string convert(const QByteArray& value) { return '"' + value.toStdString() + '"'; }
};

template <typename T>
struct StringMaker<std::optional<T>> {
    static std::string convert(const std::optional<T>& value) {
        return value ? StringMaker<T>::convert(*value) : std::string("nullopt");
    }
};

} // namespace Catch
