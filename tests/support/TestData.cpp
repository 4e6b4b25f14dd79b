#include "support/TestData.h"

#include <QFile>
#include <QJsonDocument>

#include <stdexcept>

namespace coherence::test {

QString dataPath(const QString& relative) {
    return QStringLiteral(COHERENCE_TEST_DATA_DIR "/") + relative;
}

QByteArray readData(const QString& relative) {
    return bytesOf(dataPath(relative));
}

QByteArray bytesOf(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        throw std::runtime_error("cannot read " + path.toStdString());
    }
    return file.readAll();
}

QJsonObject readJsonObject(const QString& relative) {
    return QJsonDocument::fromJson(readData(relative)).object();
}

QByteArray toBytes(const QJsonObject& object) {
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace coherence::test
