#pragma once

#include <QWidget>

class QCheckBox;
class QGridLayout;
class QLabel;
class QProgressBar;

namespace coherence {

class AssessmentSession;

/**
 * The live score panel: one bar per area with its coverage, the three block scores and the overall
 * score. The overall score can be hidden: a single number invites ranking, which MGI and the OECD
 * warn against.
 */
class ScorePanel : public QWidget {
    Q_OBJECT

public:
    explicit ScorePanel(AssessmentSession* session, QWidget* parent = nullptr);

    void setOverallVisible(bool visible);
    bool isOverallVisible() const;

signals:
    void overallVisibilityChanged(bool visible);
    void areaActivated(const QString& areaId);

private:
    void refresh();

    AssessmentSession* m_session;
    QLabel* m_overallLabel;
    QLabel* m_overallValueLabel;
    QLabel* m_coverageLabel;
    QCheckBox* m_showOverallCheckBox;
    QList<QLabel*> m_blockLabels;
    QList<QProgressBar*> m_areaBars;
    QList<QLabel*> m_areaCoverageLabels;
};

} // namespace coherence
