#pragma once

#include "Rubric.h"
#include "ScoreReport.h"

#include <QCoreApplication>
#include <QJsonObject>

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
    /// "62.5" or "—" for an undefined score: never 0 for "nothing rated".
    static QString formatScore(const std::optional<double>& value);
    /// A change with its sign ("+16.7", "-2", "0") or "—" when either side is undefined.
    static QString formatChange(const std::optional<double>& change, int decimals);
};

} // namespace coherence
