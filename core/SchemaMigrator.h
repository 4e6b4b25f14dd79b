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
    /// The steps this build knows. Version 1 is the first schema, so there are none yet; the
    /// mechanism is tested with fabricated steps (tests/core/AssessmentDocumentTests.cpp).
    static QList<MigrationStep> steps();

    /// The backup name for @p path at version @p fromVersion that does not exist yet.
    static QString backupPath(const QString& path, int fromVersion);

    [[nodiscard]] static bool migrate(SqliteDatabase& database, const QString& path, int fromVersion,
                                      int toVersion, const QList<MigrationStep>& steps, QString* backup,
                                      QString* error);
};

} // namespace coherence
