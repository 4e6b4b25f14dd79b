#pragma once

#include "Assessment.h"
#include "ScoreReport.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace coherence {

/// One criterion seen in both assessments.
struct CriterionComparison {
    QString criterionId;
    QString areaId;
    std::optional<int> levelA; ///< empty when not rated or not applicable
    std::optional<int> levelB;
    bool notApplicableA = false;
    bool notApplicableB = false;
    bool inA = true; ///< false when A's rubric lacks the criterion
    bool inB = true;

    /// B − A, when both are rated.
    std::optional<int> delta() const;
    /// Any change of level or applicability (not of notes or evidence).
    bool differs() const;
};

/// One area's score in both assessments.
struct AreaComparison {
    QString areaId;
    std::optional<double> scoreA;
    std::optional<double> scoreB;

    std::optional<double> delta() const;
};

/**
 * Two assessments of the same plan side by side: two review rounds, or a government's
 * self-assessment against a civil-society review. Both must use the same rubric id; criteria
 * are matched by id, so different rubric versions compare on what they share.
 */
class AssessmentComparison {
    Q_DECLARE_TR_FUNCTIONS(AssessmentComparison)

public:
    /// nullopt with @p error when the two cannot be compared (different rubrics).
    static std::optional<AssessmentComparison> compare(const Assessment& a, const Assessment& b,
                                                       QString* error);

    const Assessment& a() const { return *m_a; }
    const Assessment& b() const { return *m_b; }
    /// In A's rubric order, then criteria only B's rubric has.
    const QList<CriterionComparison>& criteria() const { return m_criteria; }
    QList<CriterionComparison> differences() const;
    /// In A's rubric order.
    const QList<AreaComparison>& areas() const { return m_areas; }
    std::optional<double> overallA() const { return m_reportA.overall; }
    std::optional<double> overallB() const { return m_reportB.overall; }
    /// B − A, when both are defined.
    std::optional<double> overallDelta() const;
    bool sameRubric() const;
    /// Everything that differs, one readable line each (levels, notes, evidence, plan details).
    QStringList changes() const;

    /// The plain-text report of `coherence-cli compare`.
    QString toText(const QString& labelA, const QString& labelB) const;
    /// The JSON report of `coherence-cli compare --format json` (docs/comparison.md).
    QJsonObject toJson(const QString& labelA, const QString& labelB) const;

private:
    AssessmentComparison(const Assessment& a, const Assessment& b);

    std::shared_ptr<const Assessment> m_a;
    std::shared_ptr<const Assessment> m_b;
    ScoreReport m_reportA;
    ScoreReport m_reportB;
    QList<CriterionComparison> m_criteria;
    QList<AreaComparison> m_areas;
};

/// "2", "N/A" or "—": a level as the comparison shows it.
QString comparisonLevelText(const std::optional<int>& level, bool notApplicable, bool present = true);

} // namespace coherence
