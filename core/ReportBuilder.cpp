#include "ReportBuilder.h"

#include "ActionLabels.h"
#include "ReportLocale.h"
#include "RubricMarkdown.h"
#include "ScoreReportFormat.h"

#include <QHash>
#include <QLocale>

#include <algorithm>

namespace coherence {

namespace {} // namespace

QString ReportBuilder::roleText(AssessmentRole role) {
    switch (role) {
    case AssessmentRole::Government:
        return ReportBuilder::tr("government self-assessment");
    case AssessmentRole::CivilSociety:
        return ReportBuilder::tr("civil-society review");
    case AssessmentRole::Workshop:
        return ReportBuilder::tr("workshop assessment");
    }
    return QString();
}

namespace {

QString levelText(const Rubric& rubric, const Rating& rating, const QString& language) {
    if (rating.notApplicable) {
        return ReportBuilder::tr("Not applicable: %1").arg(rating.justification);
    }
    if (!rating.level) {
        return ReportBuilder::tr("Not yet rated");
    }
    const ScaleLevel* level = rubric.scale().level(*rating.level);
    return ReportBuilder::tr("Level %1 — %2")
        .arg(*rating.level)
        .arg(level ? level->label.text(language) : QString());
}

QString citationPlace(const Citation& citation) {
    QStringList parts;
    if (!citation.document.isEmpty()) {
        parts << citation.document;
    }
    if (!citation.section.isEmpty()) {
        parts << citation.section;
    }
    if (!citation.page.isEmpty()) {
        parts << ReportBuilder::tr("p. %1").arg(citation.page);
    }
    return parts.join(QStringLiteral(", "));
}

QString kindText(EvidenceKind kind) {
    switch (kind) {
    case EvidenceKind::Diagnosis:
        return ReportBuilder::tr("diagnosis");
    case EvidenceKind::Measure:
        return ReportBuilder::tr("measure");
    case EvidenceKind::Budget:
        return ReportBuilder::tr("budget");
    case EvidenceKind::Indicator:
        return ReportBuilder::tr("indicator");
    case EvidenceKind::Institution:
        return ReportBuilder::tr("institution");
    }
    return QString();
}

/// Shared parts of every template.
class Builder {
public:
    Builder(const Assessment& assessment, const ScoreReport& report, const ReportOptions& options)
        : m_assessment(assessment)
        , m_rubric(*assessment.rubric())
        , m_report(report)
        , m_options(options)
        , m_locale(ReportLocale::forLanguage(options.language)) {
        m_document.pageSize = options.pageSize;
    }

    QString text(const LocalizedText& localized) const { return localized.text(m_options.language); }

    QString references(const Criterion& criterion) const {
        QStringList parts;
        for (int i = 0; i < criterion.references.size(); ++i) {
            parts << RubricMarkdown::describeReference(m_rubric, criterion.references[i], m_options.language,
                                                       m_assessment.pageCorrection(criterion.id, i));
        }
        return parts.join(QStringLiteral("; "));
    }

    QString assessors() const {
        if (m_options.anonymiseAssessors) {
            return m_assessment.metadata().assessors.isEmpty()
                       ? QString()
                       : (m_assessment.metadata().assessors.size() == 1
                              ? ReportBuilder::tr("1 assessor, name withheld")
                              : ReportBuilder::tr("%1 assessors, names withheld")
                                    .arg(m_assessment.metadata().assessors.size()));
        }
        return m_assessment.metadata().assessors.join(QStringLiteral(", "));
    }

    void identity() {
        const Plan& plan = m_assessment.plan();
        const AssessmentMetadata& metadata = m_assessment.metadata();
        QList<QStringList> rows{{ReportBuilder::tr("Plan"), plan.title},
                                {ReportBuilder::tr("Country"), plan.country},
                                {ReportBuilder::tr("Period"), plan.period},
                                {ReportBuilder::tr("Document"), plan.documentReference},
                                {ReportBuilder::tr("Assessment"), ReportBuilder::roleText(metadata.role)}};
        if (!metadata.organisation.isEmpty()) {
            rows.append({ReportBuilder::tr("Organisation"), metadata.organisation});
        }
        if (!assessors().isEmpty()) {
            rows.append({ReportBuilder::tr("Assessors"), assessors()});
        }
        if (metadata.modified.isValid()) {
            rows.append({ReportBuilder::tr("Last changed"),
                         m_locale.toString(metadata.modified.date(), QLocale::LongFormat)});
        }
        m_document.table({ReportBuilder::tr("About"), QString()}, rows);
    }

    void scores() {
        QStringList lines;
        if (!m_options.hideOverallScore) {
            lines << ReportBuilder::tr("Overall score: %1 out of 100 (a profile, not a ranking).")
                         .arg(ScoreReportFormat::formatScore(m_report.overall, m_locale));
        }
        lines << ReportBuilder::tr("Coverage: %1% — %2 criteria rated, %3 not applicable, of %4.")
                     .arg(ScoreReportFormat::formatScore(m_report.coverage, m_locale))
                     .arg(m_report.rated)
                     .arg(m_report.notApplicable)
                     .arg(m_report.total);
        lines << ReportBuilder::tr("Process and enablers: %1; sector content: %2; cross-cutting: %3.")
                     .arg(ScoreReportFormat::formatScore(m_report.blocks.value(Block::Process), m_locale),
                          ScoreReportFormat::formatScore(m_report.blocks.value(Block::Sector), m_locale),
                          ScoreReportFormat::formatScore(m_report.blocks.value(Block::CrossCutting),
                                                         m_locale));
        m_document.bullets(lines);
    }

    void areaTable() {
        QList<QStringList> rows;
        for (const AreaScore& score : m_report.areas) {
            const Area* area = m_rubric.area(score.areaId);
            rows.append(
                {area ? text(area->title) : score.areaId,
                 ScoreReportFormat::formatScore(score.score, m_locale),
                 ScoreReportFormat::formatScore(score.coverage, m_locale) + QLatin1Char('%'),
                 QStringLiteral("%1 / %2 / %3").arg(score.rated).arg(score.notApplicable).arg(score.total)});
        }
        m_document.table({ReportBuilder::tr("Area"), ReportBuilder::tr("Score"),
                          ReportBuilder::tr("Coverage"), ReportBuilder::tr("Rated / N/A / all")},
                         rows, ReportBuilder::tr("Scores by area; “—” means nothing rated yet, not zero."));
    }

    void gapDetails(qsizetype count) {
        for (qsizetype i = 0; i < std::min(count, m_report.gaps.size()); ++i) {
            const Gap& gap = m_report.gaps[i];
            const Criterion* criterion = m_rubric.criterion(gap.criterionId);
            if (!criterion) {
                continue;
            }
            m_document.heading(QStringLiteral("%1 — %2").arg(criterion->id, text(criterion->title)), 3);
            m_document.paragraph(ReportBuilder::tr("Now at level %1, target %2. Recommendation: %3")
                                     .arg(gap.level)
                                     .arg(gap.target)
                                     .arg(text(criterion->recommendation)));
            if (!criterion->guidance.isEmpty()) {
                m_document.callout(
                    ReportBuilder::tr("Ask: that the plan provide %1")
                        .arg(text(criterion->guidance).left(1).toLower() + text(criterion->guidance).mid(1)));
            }
            m_document.paragraph(ReportBuilder::tr("References: %1").arg(references(*criterion)));
        }
    }

    void method() {
        m_document.heading(ReportBuilder::tr("Method"), 2);
        m_document.paragraph(
            ReportBuilder::tr(
                "Each criterion of the rubric “%1” (%2, version %3) was rated against the plan on a scale "
                "from 0 (not addressed) to %4, with the evidence cited. A criterion scores level ÷ %4 × "
                "100; an area is the weighted mean of its rated criteria, undefined (“—”) when none is "
                "rated; not applicable criteria, with their justification, count for coverage only.")
                .arg(text(m_rubric.title()), m_rubric.id(), m_rubric.version())
                .arg(m_rubric.scale().maxLevel()));
        if (!m_rubric.notes().isEmpty()) {
            m_document.paragraph(text(m_rubric.notes()));
        }
        m_document.paragraph(ReportBuilder::tr("Rubric identity: %1 %2, SHA-256 %3.")
                                 .arg(m_rubric.id(), m_rubric.version(), m_rubric.sha256()));
    }

    ReportDocument& document() { return m_document; }
    const Assessment& m_assessment;
    const Rubric& m_rubric;
    const ScoreReport& m_report;
    const ReportOptions& m_options;
    const QLocale m_locale;

private:
    ReportDocument m_document;
};

void buildBriefing(Builder& b) {
    ReportDocument& document = b.document();
    document.title = ReportBuilder::tr("Briefing note: %1").arg(b.m_assessment.plan().title);
    document.subtitle = ReportBuilder::tr("How the plan addresses the recommendations of the GMG handbook on "
                                          "mainstreaming migration into development planning");
    b.identity();

    document.heading(ReportBuilder::tr("Headline findings"), 2);
    b.scores();
    QList<const AreaScore*> defined;
    for (const AreaScore& score : b.m_report.areas) {
        if (score.score) {
            defined << &score;
        }
    }
    std::stable_sort(defined.begin(), defined.end(), [](const AreaScore* left, const AreaScore* right) {
        return *left->score > *right->score;
    });
    const auto areaLine = [&b](const AreaScore* score) {
        const Area* area = b.m_rubric.area(score->areaId);
        return ReportBuilder::tr("%1 (%2)").arg(area ? b.text(area->title) : score->areaId,
                                                ScoreReportFormat::formatScore(score->score, b.m_locale));
    };
    QStringList strongest;
    QStringList weakest;
    for (qsizetype i = 0; i < std::min<qsizetype>(3, defined.size()); ++i) {
        strongest << areaLine(defined[i]);
        weakest << areaLine(defined[defined.size() - 1 - i]);
    }
    if (!strongest.isEmpty()) {
        document.paragraph(
            ReportBuilder::tr("Strongest areas: %1.").arg(strongest.join(QStringLiteral("; "))));
        document.paragraph(ReportBuilder::tr("Largest gaps: %1.").arg(weakest.join(QStringLiteral("; "))));
    }
    document.chart(ReportBlock::Chart::AreaRadar,
                   ReportBuilder::tr(
                       "Area profile: score of each area, 0–100; areas with nothing rated at the centre."));

    document.heading(ReportBuilder::tr("Priority gaps and what to ask for"), 2);
    if (b.m_report.gaps.isEmpty()) {
        document.paragraph(ReportBuilder::tr("No rated criterion is below its target."));
    }
    b.gapDetails(5);

    // Evidence: the strongest passages first (operational evidence, then measures).
    QList<std::pair<const Criterion*, const Citation*>> quotes;
    for (EvidenceKind kind :
         {EvidenceKind::Budget, EvidenceKind::Indicator, EvidenceKind::Institution, EvidenceKind::Measure}) {
        for (const Criterion& criterion : b.m_rubric.criteria()) {
            for (const Citation& citation : b.m_assessment.rating(criterion.id).citations) {
                if (citation.kind == kind && !citation.excerpt.isEmpty() && quotes.size() < 5) {
                    quotes.append({&criterion, &citation});
                }
            }
        }
    }
    if (!quotes.isEmpty()) {
        document.heading(ReportBuilder::tr("What the plan says"), 2);
        for (const auto& [criterion, citation] : quotes) {
            document.quote(citation->excerpt,
                           ReportBuilder::tr("%1 (%2, %3)")
                               .arg(citationPlace(*citation), criterion->id, kindText(citation->kind)));
        }
    }
    b.method();
}

void buildFull(Builder& b) {
    ReportDocument& document = b.document();
    document.title = ReportBuilder::tr("Assessment report: %1").arg(b.m_assessment.plan().title);
    document.subtitle =
        ReportBuilder::tr("Against the GMG handbook “Mainstreaming Migration into Development Planning”");
    b.identity();
    document.heading(ReportBuilder::tr("Scores"), 2);
    b.scores();
    b.areaTable();
    document.chart(ReportBlock::Chart::AreaRadar, ReportBuilder::tr("Area profile."));
    document.chart(ReportBlock::Chart::AreaBars, ReportBuilder::tr("Score and coverage by area."));

    // Each criterion's warnings, in the report's order, found once: looking them up criterion by
    // criterion made the report grow with criteria times warnings (docs/performance.md).
    QHash<QString, QStringList> warningsOf;
    for (const ConsistencyWarning& warning : b.m_report.warnings) {
        warningsOf[warning.criterionId] << ReportBuilder::tr("Warning: %1").arg(warning.message());
    }
    for (const Area& area : b.m_rubric.areas()) {
        document.heading(b.text(area.title), 2);
        for (const Criterion* criterion : b.m_rubric.criteriaOfArea(area.id)) {
            const Rating& rating = b.m_assessment.rating(criterion->id);
            document.heading(QStringLiteral("%1 — %2").arg(criterion->id, b.text(criterion->title)), 3);
            QStringList facts{
                levelText(b.m_rubric, rating, b.m_options.language),
                ReportBuilder::tr("Target: %1").arg(b.m_assessment.effectiveTarget(criterion->id))};
            facts << warningsOf.value(criterion->id);
            document.bullets(facts);
            if (!rating.citations.isEmpty()) {
                QList<QStringList> rows;
                for (const Citation& citation : rating.citations) {
                    rows.append({kindText(citation.kind), citationPlace(citation), citation.excerpt});
                }
                document.table(
                    {ReportBuilder::tr("Evidence"), ReportBuilder::tr("Where"), ReportBuilder::tr("Excerpt")},
                    rows);
            }
            if (!rating.note.isEmpty()) {
                document.paragraph(ReportBuilder::tr("Note: %1").arg(rating.note));
            }
            if (b.m_options.includePrivateNotes && !rating.privateNote.isEmpty()) {
                document.paragraph(ReportBuilder::tr("Private note: %1").arg(rating.privateNote));
            }
            document.paragraph(ReportBuilder::tr("References: %1").arg(b.references(*criterion)));
        }
    }

    document.heading(ReportBuilder::tr("Action plan"), 2);
    if (b.m_assessment.actions().isEmpty()) {
        document.paragraph(ReportBuilder::tr("No actions recorded yet."));
    } else {
        QList<QStringList> rows;
        for (const ActionItem& action : b.m_assessment.actions()) {
            rows.append({action.title, action.criterionId, action.leadInstitution,
                         action.partners.join(QStringLiteral(", ")),
                         ActionLabels::dueDate(action.due, b.m_locale), ActionLabels::status(action.status),
                         ActionLabels::priority(action.priority)});
        }
        document.table({ReportBuilder::tr("Action"), ReportBuilder::tr("Criterion"),
                        ReportBuilder::tr("Lead"), ReportBuilder::tr("Partners"), ReportBuilder::tr("Due"),
                        ReportBuilder::tr("Status"), ReportBuilder::tr("Priority")},
                       rows);
    }
    document.heading(ReportBuilder::tr("Gaps by priority"), 2);
    QList<QStringList> gapRows;
    for (const Gap& gap : b.m_report.gaps) {
        const Criterion* criterion = b.m_rubric.criterion(gap.criterionId);
        gapRows.append({gap.criterionId, criterion ? b.text(criterion->title) : QString(),
                        QString::number(gap.level), QString::number(gap.target),
                        b.m_locale.toString(gap.priority, 'g', 4)});
    }
    document.table({ReportBuilder::tr("Criterion"), ReportBuilder::tr("Recommendation"),
                    ReportBuilder::tr("Level"), ReportBuilder::tr("Target"), ReportBuilder::tr("Priority")},
                   gapRows);
    if (!b.m_report.warnings.isEmpty()) {
        document.heading(ReportBuilder::tr("Consistency warnings"), 2);
        QStringList warnings;
        for (const ConsistencyWarning& warning : b.m_report.warnings) {
            warnings << warning.message();
        }
        document.bullets(warnings);
    }
    b.method();
}

void buildWorkshop(Builder& b) {
    ReportDocument& document = b.document();
    document.title = ReportBuilder::tr("Workshop summary: %1").arg(b.m_assessment.plan().title);
    document.subtitle =
        ReportBuilder::tr("Mechanisms in place, self-assessment and preliminary recommendations");
    b.identity();
    document.heading(ReportBuilder::tr("Participants"), 2);
    document.paragraph(b.assessors().isEmpty() ? ReportBuilder::tr("Not recorded.") : b.assessors());

    document.heading(ReportBuilder::tr("1. Mechanisms in place"), 2);
    QStringList mechanisms;
    for (const Criterion& criterion : b.m_rubric.criteria()) {
        const Rating& rating = b.m_assessment.rating(criterion.id);
        if (rating.isRated() && *rating.level * 4 >= 3 * b.m_rubric.scale().maxLevel()) {
            mechanisms << ReportBuilder::tr("%1 — %2 (%3)")
                              .arg(criterion.id, b.text(criterion.title),
                                   levelText(b.m_rubric, rating, b.m_options.language));
        }
    }
    if (mechanisms.isEmpty()) {
        document.paragraph(ReportBuilder::tr("No criterion was found operational (level 3 or above) yet."));
    }
    document.bullets(mechanisms);

    document.heading(ReportBuilder::tr("2. Self-assessment"), 2);
    b.scores();
    b.areaTable();
    document.chart(ReportBlock::Chart::AreaRadar,
                   ReportBuilder::tr("Area profile as assessed by the participants."));

    document.heading(ReportBuilder::tr("3. Preliminary recommendations"), 2);
    if (b.m_report.gaps.isEmpty()) {
        document.paragraph(ReportBuilder::tr("No rated criterion is below its target."));
    }
    b.gapDetails(8);
    b.method();
}

} // namespace

ReportDocument ReportBuilder::build(const Assessment& assessment, const ScoreReport& report,
                                    const ReportOptions& options) {
    Builder builder(assessment, report, options);
    switch (options.reportTemplate) {
    case ReportOptions::Template::Briefing:
        buildBriefing(builder);
        break;
    case ReportOptions::Template::Full:
        buildFull(builder);
        break;
    case ReportOptions::Template::Workshop:
        buildWorkshop(builder);
        break;
    }
    return builder.document();
}

QString ReportBuilder::templateName(ReportOptions::Template reportTemplate) {
    switch (reportTemplate) {
    case ReportOptions::Template::Briefing:
        return QStringLiteral("briefing");
    case ReportOptions::Template::Full:
        return QStringLiteral("full");
    case ReportOptions::Template::Workshop:
        return QStringLiteral("workshop");
    }
    return QString();
}

std::optional<ReportOptions::Template> ReportBuilder::templateFromName(const QString& name) {
    for (auto value : {ReportOptions::Template::Briefing, ReportOptions::Template::Full,
                       ReportOptions::Template::Workshop}) {
        if (templateName(value) == name) {
            return value;
        }
    }
    return std::nullopt;
}

ReportDocument::PageSize ReportBuilder::defaultPageSize(const QLocale& locale) {
    // The countries that use US Letter as their standard paper size.
    static const QList<QLocale::Territory> letter{
        QLocale::UnitedStates, QLocale::Canada,    QLocale::Mexico,      QLocale::Chile,
        QLocale::Colombia,     QLocale::Venezuela, QLocale::Philippines, QLocale::Guatemala,
        QLocale::CostaRica,    QLocale::ElSalvador};
    return letter.contains(locale.territory()) ? ReportDocument::PageSize::Letter
                                               : ReportDocument::PageSize::A4;
}

} // namespace coherence
