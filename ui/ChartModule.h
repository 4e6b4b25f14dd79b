#pragma once

#include "ChartRendererModule.h"
#include "LocalizedText.h"

#include <QCoreApplication>
#include <QString>

namespace coherence {

/**
 * The chart views of the dashboard and the comparison window, from coherence-charts.so, opened the
 * first time a chart is shown. Linking QtCharts into the application cost every start the loading of
 * QtCharts, QtOpenGL and QtOpenGLWidgets (about 4 ms, docs/performance.md) for views no start shows.
 */
class ChartModule {
    Q_DECLARE_TR_FUNCTIONS(ChartModule)

public:
    /// The module, opened on first use from the folder set by setSearchFolder(), beside the executable,
    /// or in the installed library folder; nullptr and @p error (saying where it looked) if it cannot be.
    static const ChartModule* instance(QString* error);
    /// A folder to look in first (the tests' build tree); call before the first instance().
    static void setSearchFolder(const QString& folder);
    /// What stands where the charts would be when there is no module: @p reason, from instance().
    static QWidget* unavailableNotice(const QString& reason, QWidget* parent);

    /// An empty chart view, owned by @p parent, for the functions below.
    QWidget* createView(QWidget* parent) const {
        return m_createView(parent, LocalizedText::defaultLanguage());
    }
    void showAreaRadar(QWidget* view, const Rubric& rubric, const ScoreReport& report) const {
        m_showAreaRadar(view, rubric, report);
    }
    void showAreaBars(QWidget* view, const Rubric& rubric, const ScoreReport& report) const {
        m_showAreaBars(view, rubric, report);
    }
    void showAreaDeltas(QWidget* view, const Rubric& rubric, const QList<AreaComparison>& areas) const {
        m_showAreaDeltas(view, rubric, areas);
    }

private:
    ChartRendererModule::CreateView m_createView = nullptr;
    ChartRendererModule::ShowAreaRadar m_showAreaRadar = nullptr;
    ChartRendererModule::ShowAreaBars m_showAreaBars = nullptr;
    ChartRendererModule::ShowAreaDeltas m_showAreaDeltas = nullptr;
};

} // namespace coherence
