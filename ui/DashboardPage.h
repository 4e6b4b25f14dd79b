#pragma once

#include <QWidget>

class QListView;
class QSplitter;
class QSortFilterProxyModel;
class QTableView;

namespace coherence {

class AssessmentSession;
class GapListModel;
class WarningListModel;

/// The assessment at a glance: the area radar, scores with coverage, the gaps by priority and the
/// consistency warnings. Activating a gap or a warning opens its criterion.
class DashboardPage : public QWidget {
    Q_OBJECT

public:
    explicit DashboardPage(AssessmentSession* session, QWidget* parent = nullptr);

    QTableView* gapTable() const { return m_gapTableView; }
    QListView* warningList() const { return m_warningListView; }
    /// The criterion of the selected gap, or empty.
    QString selectedGapCriterion() const;

signals:
    void criterionActivated(const QString& criterionId);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void refreshCharts();
    bool m_chartsStale = true;

    AssessmentSession* m_session;
    QSplitter* m_charts;
    QWidget* m_radarView = nullptr; ///< a QChartView from the chart module, made on first sight
    QWidget* m_barsView = nullptr;
    QWidget* m_chartsProblemNotice = nullptr; ///< why there are no charts, if the module is missing
    GapListModel* m_gapModel;
    QSortFilterProxyModel* m_gapProxy;
    QTableView* m_gapTableView;
    WarningListModel* m_warningModel;
    QListView* m_warningListView;
};

} // namespace coherence
