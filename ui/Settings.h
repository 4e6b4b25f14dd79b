#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QSettings>
#include <QStringList>

namespace coherence {

/**
 * The app's remembered state, one typed accessor per key so that key names and defaults live in
 * one place. Backed by QSettings under the organisation and application names set in main().
 */
class Settings {
public:
    static constexpr int kMaxRecentFiles = 10;

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray& geometry);
    QByteArray windowState() const;
    void setWindowState(const QByteArray& state);
    QByteArray splitterState(const QString& name) const;
    void setSplitterState(const QString& name, const QByteArray& state);

    QStringList recentFiles() const;
    /// Puts @p path first, drops duplicates and files beyond the limit.
    void addRecentFile(const QString& path);
    void removeRecentFile(const QString& path);

    /// What the start page shows for a recent file, kept here so it need not open every file.
    struct RecentSummary {
        QString plan;
        QString country;
        QDateTime modified;
        QString coverage;
    };
    RecentSummary recentSummary(const QString& path) const;
    void setRecentSummary(const QString& path, const RecentSummary& summary);

    bool hideOverallScore() const;
    void setHideOverallScore(bool hide);

    /// The screen presentation mode uses (QScreen::name()); empty: the other screen when there are two.
    QString presentationScreen() const;
    void setPresentationScreen(const QString& name);
    /// Whether a second screen shows the presenter view.
    bool presenterView() const;
    void setPresenterView(bool show);
    /// The participants line of a file's title slide (never the assessors, who stay unnamed).
    QString presentationParticipants(const QString& path) const;
    void setPresentationParticipants(const QString& path, const QString& participants);

    /// Where file dialogs open: the folder of the last assessment opened from the user's own folders;
    /// before any, the documents folder (the home folder where there is none).
    QString lastFolder() const;
    void setLastFolder(const QString& folder);

private:
    void store(const QString& key, const QVariant& value);

    mutable QSettings m_settings;
};

} // namespace coherence
