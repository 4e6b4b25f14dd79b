#pragma once

#include <QWidget>

class QPushButton;
class QTableWidget;

namespace coherence {

/// What the app shows before an assessment is open: recent assessments and the ways to start.
class StartPage : public QWidget {
    Q_OBJECT

public:
    explicit StartPage(QWidget* parent = nullptr);

    /// Re-reads the recent files (plan, country, last modified, coverage) from disk.
    void refresh(const QStringList& recentFiles);

signals:
    void newRequested();
    void openRequested();
    void importRequested();
    void sampleRequested();
    void recentRequested(const QString& path);

private:
    QTableWidget* m_recentTable;
};

} // namespace coherence
