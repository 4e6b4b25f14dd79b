#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>

namespace coherence {

class SqliteDatabase;

/// One upgrade of a .coherence schema from fromVersion to fromVersion + 1.
struct MigrationStep {
    int fromVersion = 0;
    QString description;
    std::function<bool(SqliteDatabase&, QString* error)> apply;
};

/**
 * Upgrades an older .coherence file: first a backup copy NAME.coherence.bak-vN beside it, then
 * every step in one transaction, then the new user_version. A failed step rolls everything
 * back, so the original is untouched and the backup is a spare.
 */
class SchemaMigrator {
    Q_DECLARE_TR_FUNCTIONS(SchemaMigrator)

public:
    /// The steps this build knows: 1 → 2 adds vote tallies to ratings and contributors to citations.
    static QList<MigrationStep> steps();

    /// The backup name for @p path at version @p fromVersion that does not exist yet.
    static QString backupPath(const QString& path, int fromVersion);

    /// Checks the upgraded content inside the upgrade's transaction: returning false rolls the upgrade
    /// back and removes the backup, so a damaged old file is refused exactly as it was found.
    using Verifier = std::function<bool(QString* error)>;

    [[nodiscard]] static bool migrate(SqliteDatabase& database, const QString& path, int fromVersion,
                                      int toVersion, const QList<MigrationStep>& steps, QString* backup,
                                      QString* error, const Verifier& verify = Verifier());
};

} // namespace coherence
