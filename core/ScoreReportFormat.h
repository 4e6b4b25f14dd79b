#pragma once

#include "Rubric.h"
#include "ScoreReport.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QLocale>

namespace coherence {

/// Renders a ScoreReport for machines (JSON) and for a terminal (plain text).
class ScoreReportFormat {
    Q_DECLARE_TR_FUNCTIONS(ScoreReportFormat)

public:
    /// The report as `coherence-cli score --format json` writes it: UTF-8, indented as
    /// QJsonDocument::Indented, members in QString order.
    static QByteArray toJsonText(const ScoreReport& report, const Rubric& rubric);
    /// The same, read back: for comparing reports.
    static QJsonObject toJson(const ScoreReport& report, const Rubric& rubric);
    static QString toText(const ScoreReport& report, const Rubric& rubric,
                          const QString& language = QString());
    /// "62.5" or "—" for an undefined score: never 0 for "nothing rated". Always with a point: this is
    /// what the command line prints for scripts.
    static QString formatScore(const std::optional<double>& value);
    /// The same as readers of @p locale write it, for the window and reports: "62,5" in French.
    static QString formatScore(const std::optional<double>& value, const QLocale& locale);
    /// A change with its sign ("+16.7", "-2", "0") or "—" when either side is undefined.
    static QString formatChange(const std::optional<double>& change, int decimals);
    /// The same as readers of @p locale write it: "+16,7" in French.
    static QString formatChange(const std::optional<double>& change, int decimals, const QLocale& locale);
};

} // namespace coherence
