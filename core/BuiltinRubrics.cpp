#include "BuiltinRubrics.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QMutex>

namespace coherence {

namespace {

QString resourcePath(const QString& id) {
    return QStringLiteral(":/rubrics/") + id + QStringLiteral(".json");
}

} // namespace

QStringList BuiltinRubrics::ids() {
    QStringList result;
    const QFileInfoList files =
        QDir(QStringLiteral(":/rubrics")).entryInfoList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QFileInfo& file : files) {
        result << file.completeBaseName();
    }
    return result;
}

bool BuiltinRubrics::contains(const QString& id) {
    return QFileInfo::exists(resourcePath(id));
}

RubricLoadResult BuiltinRubrics::load(const QString& id) {
    // Parsing a 50-criterion rubric is cheap, but the GUI and CLI ask for it from several places.
    static QMutex mutex;
    static QHash<QString, RubricLoadResult> cache;
    QMutexLocker lock(&mutex);
    if (const auto it = cache.constFind(id); it != cache.cend()) {
        return *it;
    }
    if (!contains(id)) {
        RubricLoadResult missing;
        missing.diagnostics.append(
            {Diagnostic::Severity::Error, QString(),
             tr("no built-in rubric \"%1\" (built-in: %2)").arg(id, ids().join(QStringLiteral(", ")))});
        return missing;
    }
    RubricLoadResult result = RubricLoader::fromFile(resourcePath(id));
    cache.insert(id, result);
    return result;
}

RubricLoadResult BuiltinRubrics::loadIdOrFile(const QString& idOrPath) {
    if (contains(idOrPath)) {
        return load(idOrPath);
    }
    if (QFileInfo(idOrPath).isFile()) {
        return RubricLoader::fromFile(idOrPath);
    }
    RubricLoadResult missing;
    missing.diagnostics.append({Diagnostic::Severity::Error, QString(),
                                tr("\"%1\" is neither a built-in rubric (%2) nor a readable file")
                                    .arg(idOrPath, ids().join(QStringLiteral(", ")))});
    return missing;
}

} // namespace coherence
