#pragma once

#include "Rubric.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace coherence::test {

/// Absolute path of a file under tests/data.
QString dataPath(const QString& relative);
QByteArray readData(const QString& relative);
/// The bytes of any file (a fixture, a file a test wrote); throws, failing the test, if unreadable.
QByteArray bytesOf(const QString& path);
/// The member @p name of the zip archive @p archive (an ODT package), as Info-ZIP's `unzip -p` reads it:
/// a reader that is not ours. Throws, failing the test, if unzip cannot read it.
QByteArray zipMember(const QString& archive, const QString& name);
QJsonObject readJsonObject(const QString& relative);
QByteArray toBytes(const QJsonObject& object);
/// The built-in GMG rubric; throws, failing the test, if it does not load.
RubricPtr gmgRubric();
/// Makes the root page of @p table in the SQLite file @p path unreadable (an invalid b-tree page
/// type), leaving every other page intact; throws, failing the test, if it cannot.
void damageRootPage(const QString& path, const QString& table);

} // namespace coherence::test
