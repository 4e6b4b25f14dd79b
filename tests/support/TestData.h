#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace coherence::test {

/// Absolute path of a file under tests/data.
QString dataPath(const QString& relative);
QByteArray readData(const QString& relative);
/// The bytes of any file (a fixture, a file a test wrote); throws, failing the test, if unreadable.
QByteArray bytesOf(const QString& path);
QJsonObject readJsonObject(const QString& relative);
QByteArray toBytes(const QJsonObject& object);

} // namespace coherence::test
