#pragma once

#include <QWidget>

class QPushButton;
class QLabel;
class QTableWidget;

namespace coherence {

class Settings;

/// What the app shows before an assessment is open: recent assessments and the ways to start.
class StartPage : public QWidget {
    Q_OBJECT

public:
    explicit StartPage(QWidget* parent = nullptr);

    /// Lists the recent files with what was last known of them (plan, country, last modified,
    /// coverage); it opens none of them, so the start page appears at once however many there are.
    void refresh(const Settings& settings);

signals:
    void newRequested();
    void openRequested();
    void importRequested();
    void sampleRequested();
    void recentRequested(const QString& path);

private:
    QTableWidget* m_recentTable;
    QLabel* m_recentLabel;
    QLabel* m_noRecentLabel; ///< in the table's place on a first run: what to do instead
};

} // namespace coherence
