#include "support/TestData.h"

#include "BuiltinRubrics.h"
#include "SqliteDatabase.h"

#include <QFile>
#include <QJsonDocument>
#include <QProcess>

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

QByteArray zipMember(const QString& archive, const QString& name) {
    QProcess unzip;
    unzip.start(QStringLiteral("unzip"), {QStringLiteral("-p"), archive, name});
    if (!unzip.waitForFinished(60000) || unzip.exitStatus() != QProcess::NormalExit ||
        unzip.exitCode() != 0) {
        throw std::runtime_error("unzip cannot read " + name.toStdString() + " from " +
                                 archive.toStdString());
    }
    return unzip.readAllStandardOutput();
}

QJsonObject readJsonObject(const QString& relative) {
    return QJsonDocument::fromJson(readData(relative)).object();
}

QByteArray toBytes(const QJsonObject& object) {
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

void damageRootPage(const QString& path, const QString& table) {
    qint64 rootPage = 0;
    qint64 pageSize = 0;
    {
        QString error;
        const auto database = SqliteDatabase::open(path, SqliteDatabase::Mode::ReadOnly, &error);
        if (!database) {
            throw std::runtime_error("cannot open " + path.toStdString() + ": " + error.toStdString());
        }
        rootPage = database->queryInteger(
            QStringLiteral("SELECT rootpage FROM sqlite_master WHERE name = '%1'").arg(table));
        pageSize = database->queryInteger(QStringLiteral("PRAGMA page_size"));
    }
    QFile file(path);
    // Page 1 starts with the file header, so its type byte is elsewhere: not needed by any test yet.
    if (rootPage < 2 || pageSize <= 0 || !file.open(QIODevice::ReadWrite) ||
        !file.seek((rootPage - 1) * pageSize) || file.write("\x00", 1) != 1) {
        throw std::runtime_error("cannot damage table " + table.toStdString() + " of " + path.toStdString());
    }
}

RubricPtr gmgRubric() {
    const RubricLoadResult loaded = BuiltinRubrics::load(QString::fromUtf16(BuiltinRubrics::kGmgId));
    if (!loaded.ok()) {
        throw std::runtime_error("the built-in GMG rubric does not load");
    }
    return loaded.rubric;
}

} // namespace coherence::test
