#pragma once

#include "Rubric.h"
#include "ScoreReport.h"

#include <QCoreApplication>
#include <QString>

namespace coherence {

/**
 * The report charts as SVG text: self-contained in an HTML file (no image files, no script, no
 * network), sharp when printed, and made without QtGui so the core can write them.
 */
class ReportSvgCharts {
    Q_DECLARE_TR_FUNCTIONS(ReportSvgCharts)

public:
    /// Texts in @p language, scores as its readers write them ("62,5" in French: ReportLocale).
    static QString areaRadar(const Rubric& rubric, const ScoreReport& report,
                             const QString& language = QString());
    static QString areaBars(const Rubric& rubric, const ScoreReport& report,
                            const QString& language = QString());
    /// A title short enough for a chart label ("Mainstreaming process a…"); shared with the GUI's charts.
    static QString shortTitle(const QString& title, int maxLength);
};

} // namespace coherence
