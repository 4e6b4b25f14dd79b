#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringView>

#include <string>

namespace coherence {

/**
 * Writes JSON text exactly as QJsonDocument::toJson(QJsonDocument::Indented) writes the same
 * document — four spaces a level, members in QString order, UTF-8 with Qt's escapes, numbers as
 * QJsonValue prints them — straight into bytes. Building a QJsonObject tree and serialising it took
 * about half of `coherence-cli score --format json`'s instructions at 1,000 criteria
 * (docs/performance.md); this takes a small part of that.
 *
 * The caller gives an object's keys in QString order, the order QJsonObject keeps them in (a debug
 * build checks it), and closes what it opens.
 */
class JsonWriter {
public:
    void beginObject();
    void endObject();
    void beginArray();
    void endArray();
    /// The next member's name; its value follows.
    void key(QStringView name);

    void string(QStringView text);
    void integer(qint64 value);
    /// As QJsonValue(double): the shortest text that reads back the same; not finite: null.
    void number(double value);
    void boolean(bool value);
    void null();

    /// Room for a document of about @p bytes, so that it is not copied as it grows.
    void reserve(qsizetype bytes);
    /// The document, ended with a line break as QJsonDocument ends it.
    QByteArray finish();

private:
    void beforeValue();
    void indent(qsizetype depth);
    void appendEscaped(QStringView text);

    struct Level {
        bool object = false;
        bool empty = true;
#ifndef QT_NO_DEBUG
        QString lastKey;
#endif
    };

    // A std::string, whose appends are inline: QByteArray's each cost a call of a hundred instructions,
    // more than the bytes appended.
    std::string m_out;
    QList<Level> m_levels;
    bool m_afterKey = false;
};

} // namespace coherence
