#include "DashboardPage.h"

#include "AssessmentSession.h"
#include "ChartModule.h"
#include "GapListModel.h"
#include "ItemDataRoles.h"
#include "WarningListModel.h"

#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListView>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace coherence {

DashboardPage::DashboardPage(AssessmentSession* session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_gapModel(new GapListModel(session, this))
    , m_gapProxy(new QSortFilterProxyModel(this))
    , m_gapTableView(new QTableView(this))
    , m_warningModel(new WarningListModel(session, this))
    , m_warningListView(new QListView(this)) {
    setObjectName(QStringLiteral("dashboardPage"));

    m_gapProxy->setSourceModel(m_gapModel);
    m_gapProxy->setSortRole(SortRole);
    m_gapTableView->setObjectName(QStringLiteral("gapTableView"));
    m_gapTableView->setModel(m_gapProxy);
    m_gapTableView->setSortingEnabled(true);
    // Start in the model's order (priority, then rubric order); a header click sorts otherwise.
    m_gapTableView->horizontalHeader()->setSortIndicator(-1, Qt::DescendingOrder);
    m_gapProxy->sort(-1);
    m_gapTableView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_gapTableView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_gapTableView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_gapTableView->horizontalHeader()->setSectionResizeMode(GapListModel::TitleColumn, QHeaderView::Stretch);
    m_gapTableView->verticalHeader()->hide();
    m_gapTableView->setWordWrap(false);
    m_gapTableView->verticalHeader()->setDefaultSectionSize(m_gapTableView->fontMetrics().height() + 8);
    m_gapTableView->setAccessibleName(tr("Gaps by priority; press Enter to open"));
    m_gapTableView->setTabKeyNavigation(false);
    m_warningListView->setObjectName(QStringLiteral("warningListView"));
    m_warningListView->setModel(m_warningModel);
    m_warningListView->setWordWrap(true);
    m_warningListView->setAccessibleName(tr("Consistency warnings; press Enter to open"));

    m_charts = new QSplitter(Qt::Horizontal, this);
    m_charts->setObjectName(QStringLiteral("dashboardChartsSplitter"));
    m_charts->setMinimumHeight(340);
    QSplitter* charts = m_charts;
    auto* gaps = new QWidget(this);
    auto* gapLayout = new QVBoxLayout(gaps);
    gapLayout->setContentsMargins(0, 0, 0, 0);
    auto* gapLabel = new QLabel(tr("Ga&ps by priority (double-click to open)"), gaps);
    gapLabel->setBuddy(m_gapTableView);
    gapLayout->addWidget(gapLabel);
    gapLayout->addWidget(m_gapTableView);
    auto* warnings = new QWidget(this);
    auto* warningLayout = new QVBoxLayout(warnings);
    warningLayout->setContentsMargins(0, 0, 0, 0);
    auto* warningLabel = new QLabel(tr("&Warnings (click to open)"), warnings);
    warningLabel->setBuddy(m_warningListView);
    warningLayout->addWidget(warningLabel);
    warningLayout->addWidget(m_warningListView);
    auto* lists = new QSplitter(Qt::Horizontal, this);
    lists->setObjectName(QStringLiteral("dashboardListsSplitter"));
    lists->addWidget(gaps);
    lists->addWidget(warnings);
    auto* vertical = new QSplitter(Qt::Vertical, this);
    vertical->setObjectName(QStringLiteral("dashboardSplitter"));
    vertical->addWidget(charts);
    vertical->addWidget(lists);
    // The gap table has four columns, the warnings one that wraps.
    lists->setStretchFactor(0, 2);
    lists->setStretchFactor(1, 1);
    vertical->setStretchFactor(0, 3);
    vertical->setStretchFactor(1, 2);
    vertical->setSizes({450, 300});
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(vertical);

    const auto activateGap = [this](const QModelIndex& index) {
        emit criterionActivated(index.data(CriterionIdRole).toString());
    };
    connect(m_gapTableView, &QTableView::doubleClicked, this, activateGap);
    connect(m_gapTableView, &QTableView::activated, this, activateGap);
    connect(m_warningListView, &QListView::clicked, this, [this](const QModelIndex& index) {
        emit criterionActivated(index.data(CriterionIdRole).toString());
    });
    connect(m_warningListView, &QListView::activated, this, [this](const QModelIndex& index) {
        emit criterionActivated(index.data(CriterionIdRole).toString());
    });
    // Charts are built when the dashboard is first seen and rebuilt only while it is visible:
    // QtCharts is the most expensive thing to set up, and most sessions start on a criterion.
    connect(session, &AssessmentSession::scoresChanged, this, [this] {
        m_chartsStale = true;
        if (isVisible()) {
            refreshCharts();
        }
    });
}

void DashboardPage::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    if (m_chartsStale) {
        refreshCharts();
    }
}

QString DashboardPage::selectedGapCriterion() const {
    const QModelIndex current = m_gapTableView->currentIndex();
    return current.isValid() ? current.data(CriterionIdRole).toString() : QString();
}

void DashboardPage::refreshCharts() {
    m_chartsStale = false;
    QString error;
    const ChartModule* charts = ChartModule::instance(&error);
    if (!charts) {
        // Said where the charts would be; the gap and warning lists below still work.
        if (!m_chartsProblemNotice) {
            m_chartsProblemNotice = ChartModule::unavailableNotice(error, m_charts);
            m_charts->addWidget(m_chartsProblemNotice);
        }
        return;
    }
    if (!m_radarView) {
        // Created on first sight: QtCharts' scene and views are the costliest widgets of the window.
        m_radarView = charts->createView(m_charts);
        m_barsView = charts->createView(m_charts);
        m_radarView->setObjectName(QStringLiteral("radarChartView"));
        m_barsView->setObjectName(QStringLiteral("barChartView"));
        m_radarView->setMinimumSize(300, 340);
        m_barsView->setMinimumSize(300, 340);
        m_charts->addWidget(m_radarView);
        m_charts->addWidget(m_barsView);
    }
    // Twelve areas: rebuilding is cheaper than keeping series in sync, and the views own the charts.
    charts->showAreaRadar(m_radarView, m_session->rubric(), m_session->report());
    charts->showAreaBars(m_barsView, m_session->rubric(), m_session->report());
}

} // namespace coherence
