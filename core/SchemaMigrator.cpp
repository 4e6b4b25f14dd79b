#include "SchemaMigrator.h"

#include "SqliteDatabase.h"
#include "SqliteTransaction.h"

#include <QFile>
#include <QFileInfo>

namespace coherence {

QList<MigrationStep> SchemaMigrator::steps() {
    return {
        MigrationStep{1, tr("vote tallies and citation contributors (Coherence 0.2)"),
                      [](SqliteDatabase& database, QString* error) {
                          return database.execute(
                              QStringLiteral("ALTER TABLE rating ADD COLUMN votes TEXT NOT NULL DEFAULT '';"
                                             "ALTER TABLE citation ADD COLUMN contributor TEXT NOT NULL "
                                             "DEFAULT '';"),
                              error);
                      }}};
}

QString SchemaMigrator::backupPath(const QString& path, int fromVersion) {
    const QString base = path + QStringLiteral(".bak-v") + QString::number(fromVersion);
    QString candidate = base;
    // Never overwrite an earlier backup: it may be the only copy of older work.
    for (int n = 2; QFileInfo::exists(candidate); ++n) {
        candidate = base + QLatin1Char('-') + QString::number(n);
    }
    return candidate;
}

bool SchemaMigrator::migrate(SqliteDatabase& database, const QString& path, int fromVersion, int toVersion,
                             const QList<MigrationStep>& steps, QString* backup, QString* error,
                             const Verifier& verify) {
    for (int version = fromVersion; version < toVersion; ++version) {
        const bool known = std::any_of(steps.cbegin(), steps.cend(), [version](const MigrationStep& step) {
            return step.fromVersion == version;
        });
        if (!known) {
            *error = tr("no upgrade from schema version %1 is known to this Coherence").arg(version);
            return false;
        }
    }
    const QString backupFile = backupPath(path, fromVersion);
    QString backupError;
    if (!database.backupTo(backupFile, &backupError)) {
        *error = tr("could not write the backup copy before upgrading (%1); the file was not changed")
                     .arg(backupError);
        return false;
    }
    *backup = backupFile;

    SqliteTransaction transaction(database);
    if (!transaction.isActive()) {
        *error = tr("could not start the upgrade: %1").arg(transaction.error());
        return false;
    }
    for (int version = fromVersion; version < toVersion; ++version) {
        for (const MigrationStep& step : steps) {
            if (step.fromVersion != version) {
                continue;
            }
            QString stepError;
            if (!step.apply(database, &stepError)) {
                *error = tr("upgrading from schema version %1 failed (%2); the file was not changed, and a "
                            "backup is at %3")
                             .arg(version)
                             .arg(stepError, backupFile);
                return false;
            }
        }
    }
    QString pragmaError;
    if (!database.execute(QStringLiteral("PRAGMA user_version = %1").arg(toVersion), &pragmaError)) {
        *error = tr("could not finish the upgrade (%1); the file was not changed").arg(pragmaError);
        return false;
    }
    if (verify && !verify(error)) {
        // The transaction rolls back on return; the backup of a file we refuse is only clutter.
        QFile::remove(backupFile);
        backup->clear();
        return false;
    }
    if (!transaction.commit()) {
        *error = tr("could not finish the upgrade (%1); the file was not changed")
                     .arg(pragmaError.isEmpty() ? transaction.error() : pragmaError);
        return false;
    }
    return true;
}

} // namespace coherence
