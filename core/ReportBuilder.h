#pragma once

#include "Assessment.h"
#include "ReportDocument.h"
#include "ScoreReport.h"

#include <QCoreApplication>

namespace coherence {

struct ReportOptions {
    enum class Template { Briefing, Full, Workshop };

    Template reportTemplate = Template::Briefing;
    bool hideOverallScore = false;
    bool anonymiseAssessors = false;
    bool includePrivateNotes = false; ///< honoured by the full report only
    ReportDocument::PageSize pageSize = ReportDocument::PageSize::A4;
    QString language;
};

/**
 * Decides what goes into a report — the briefing note an NGO hands out, the full assessment report,
 * the workshop summary in the OECD policy-coherence layout — as a format-independent ReportDocument.
 * Private notes never appear, except in the full report when explicitly asked for.
 */
class ReportBuilder {
    Q_DECLARE_TR_FUNCTIONS(ReportBuilder)

public:
    static ReportDocument build(const Assessment& assessment, const ScoreReport& report,
                                const ReportOptions& options);
    /// "briefing", "full", "workshop"
    static QString templateName(ReportOptions::Template reportTemplate);
    static std::optional<ReportOptions::Template> templateFromName(const QString& name);
    /// The page size customary where @p locale is used: Letter in the Americas that use it, A4 elsewhere.
    static ReportDocument::PageSize defaultPageSize(const QLocale& locale);
    /// "government self-assessment", "civil-society review", "workshop assessment"
    static QString roleText(AssessmentRole role);
};

} // namespace coherence
