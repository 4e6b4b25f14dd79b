#include "Settings.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace coherence {

void Settings::store(const QString& key, const QVariant& value) {
    // QSettings rewrites its file after any setValue, even of the value it holds; opening the file
    // that is first in the recent list would then write the settings file at every start. The INI
    // format gives values back in other types than they were stored in (a list of one as a string,
    // a boolean as "true"), so the stored value is compared in the type of the new one.
    QVariant stored = m_settings.value(key);
    if (stored.isValid() && stored.metaType() != value.metaType()) {
        stored.convert(value.metaType());
    }
    if (stored != value) {
        m_settings.setValue(key, value);
    }
}

QByteArray Settings::windowGeometry() const {
    return m_settings.value(QStringLiteral("window/geometry")).toByteArray();
}

void Settings::setWindowGeometry(const QByteArray& geometry) {
    store(QStringLiteral("window/geometry"), geometry);
}

QByteArray Settings::windowState() const {
    return m_settings.value(QStringLiteral("window/state")).toByteArray();
}

void Settings::setWindowState(const QByteArray& state) {
    store(QStringLiteral("window/state"), state);
}

QByteArray Settings::splitterState(const QString& name) const {
    return m_settings.value(QStringLiteral("window/splitter-") + name).toByteArray();
}

void Settings::setSplitterState(const QString& name, const QByteArray& state) {
    store(QStringLiteral("window/splitter-") + name, state);
}

QStringList Settings::recentFiles() const {
    return m_settings.value(QStringLiteral("files/recent")).toStringList();
}

void Settings::addRecentFile(const QString& path) {
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList files = recentFiles();
    files.removeAll(absolute);
    files.prepend(absolute);
    while (files.size() > kMaxRecentFiles) {
        files.removeLast();
    }
    store(QStringLiteral("files/recent"), files);
}

void Settings::removeRecentFile(const QString& path) {
    QStringList files = recentFiles();
    files.removeAll(QFileInfo(path).absoluteFilePath());
    store(QStringLiteral("files/recent"), files);
}

namespace {

QString pathKey(const QString& path) {
    // QSettings keys cannot hold '/' freely; the path's hash (seed 0, so stable) is short.
    return QString::number(qHash(QFileInfo(path).absoluteFilePath()), 16);
}

QString summaryKey(const QString& path) {
    return QStringLiteral("recent/") + pathKey(path);
}

} // namespace

Settings::RecentSummary Settings::recentSummary(const QString& path) const {
    const QStringList values = m_settings.value(summaryKey(path)).toStringList();
    if (values.size() != 4) {
        return {};
    }
    return {values[0], values[1], QDateTime::fromString(values[2], Qt::ISODate), values[3]};
}

void Settings::setRecentSummary(const QString& path, const RecentSummary& summary) {
    store(summaryKey(path), QStringList{summary.plan, summary.country, summary.modified.toString(Qt::ISODate),
                                        summary.coverage});
}

bool Settings::hideOverallScore() const {
    return m_settings.value(QStringLiteral("view/hideOverallScore"), false).toBool();
}

void Settings::setHideOverallScore(bool hide) {
    store(QStringLiteral("view/hideOverallScore"), hide);
}

QString Settings::presentationScreen() const {
    return m_settings.value(QStringLiteral("presentation/screen")).toString();
}

void Settings::setPresentationScreen(const QString& name) {
    store(QStringLiteral("presentation/screen"), name);
}

bool Settings::presenterView() const {
    return m_settings.value(QStringLiteral("presentation/presenterView"), true).toBool();
}

void Settings::setPresenterView(bool show) {
    store(QStringLiteral("presentation/presenterView"), show);
}

QString Settings::presentationParticipants(const QString& path) const {
    return m_settings.value(QStringLiteral("presentation/participants/") + pathKey(path)).toString();
}

void Settings::setPresentationParticipants(const QString& path, const QString& participants) {
    store(QStringLiteral("presentation/participants/") + pathKey(path), participants);
}

QString Settings::lastFolder() const {
    // Before any file is opened from a folder of the user's: their documents, where there is such a folder.
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString fallback =
        !documents.isEmpty() && QFileInfo(documents).isDir() ? documents : QDir::homePath();
    return m_settings.value(QStringLiteral("files/lastFolder"), fallback).toString();
}

void Settings::setLastFolder(const QString& folder) {
    store(QStringLiteral("files/lastFolder"), folder);
}

} // namespace coherence
