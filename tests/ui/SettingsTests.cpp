#include "Settings.h"

#include <QFile>
#include <QSettings>

#include <catch2/catch.hpp>

#include <sys/stat.h>

using coherence::Settings;

namespace {

/// The settings file's inode: QSettings writes through a new file renamed over the old one, so a
/// changed inode means the file was written.
ino_t inodeOf(const QString& path) {
    struct stat status {};
    REQUIRE(::stat(QFile::encodeName(path).constData(), &status) == 0);
    return status.st_ino;
}

/// Puts back what the other tests' settings held, whatever this test stored.
class SettingsSnapshot {
public:
    SettingsSnapshot() {
        QSettings settings;
        for (const QString& key : settings.allKeys()) {
            m_values.insert(key, settings.value(key));
        }
    }
    ~SettingsSnapshot() {
        QSettings settings;
        settings.clear();
        for (auto it = m_values.cbegin(); it != m_values.cend(); ++it) {
            settings.setValue(it.key(), it.value());
        }
    }

private:
    QVariantMap m_values;
};

void storeAll(const QString& recent, const QString& folder) {
    Settings settings;
    settings.addRecentFile(recent);
    settings.setLastFolder(folder);
    settings.setRecentSummary(recent, {QStringLiteral("Plan"), QStringLiteral("Country"),
                                       QDateTime(QDate(2026, 11, 28), QTime(9, 0), Qt::UTC),
                                       QStringLiteral("92.3%")});
    settings.setHideOverallScore(true);
    settings.setPresenterView(false);
    settings.setPresentationScreen(QStringLiteral("HDMI-1"));
    settings.setWindowGeometry(QByteArray("\x01\x00\xff geometry", 12));
    settings.setSplitterState(QStringLiteral("workspace"), QByteArray("state"));
}

} // namespace

TEST_CASE("Storing the settings it already holds leaves the settings file unwritten", "[ui][settings]") {
    const SettingsSnapshot snapshot;
    QSettings().clear();
    const QString recent = QStringLiteral("/tmp/one-recent-file.coherence");
    storeAll(recent, QStringLiteral("/tmp"));
    const QString file = QSettings().fileName();
    // QSettings keeps what it wrote in a process-wide cache; a changed size makes it read the file
    // again, as the next start of the application does.
    {
        QFile settingsFile(file);
        REQUIRE(settingsFile.open(QIODevice::Append));
        REQUIRE(settingsFile.write("\n") == 1);
    }
    const ino_t written = inodeOf(file);

    // A list of one, booleans and byte arrays come back from the INI file in other types than they
    // were stored in; none of them may count as a change (a start would rewrite the file).
    storeAll(recent, QStringLiteral("/tmp"));
    CHECK(inodeOf(file) == written);

    SECTION("a changed value is written") {
        storeAll(recent, QStringLiteral("/var/tmp"));
        CHECK(inodeOf(file) != written);
        CHECK(Settings().lastFolder() == QStringLiteral("/var/tmp"));
        CHECK(Settings().recentFiles() == QStringList{recent});
        CHECK(Settings().hideOverallScore());
        CHECK_FALSE(Settings().presenterView());
    }
}
