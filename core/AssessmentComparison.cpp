#include "AssessmentComparison.h"

#include "AssessmentDiff.h"
#include "ScoreReportFormat.h"
#include "Scorer.h"

#include <QJsonArray>

namespace coherence {

namespace {

QJsonValue optionalJson(const std::optional<int>& value) {
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QJsonValue optionalJson(const std::optional<double>& value) {
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

} // namespace

QString comparisonLevelText(const std::optional<int>& level, bool notApplicable, bool present) {
    if (!present) {
        return AssessmentComparison::tr("absent");
    }
    if (notApplicable) {
        return AssessmentComparison::tr("N/A");
    }
    return level ? QString::number(*level) : QStringLiteral("—");
}

std::optional<int> CriterionComparison::delta() const {
    if (levelA && levelB) {
        return *levelB - *levelA;
    }
    return std::nullopt;
}

bool CriterionComparison::differs() const {
    return levelA != levelB || notApplicableA != notApplicableB || inA != inB;
}

std::optional<double> AssessmentComparison::overallDelta() const {
    if (overallA() && overallB()) {
        return *overallB() - *overallA();
    }
    return std::nullopt;
}

std::optional<double> AreaComparison::delta() const {
    if (scoreA && scoreB) {
        return *scoreB - *scoreA;
    }
    return std::nullopt;
}

AssessmentComparison::AssessmentComparison(const Assessment& a, const Assessment& b)
    : m_a(std::make_shared<const Assessment>(a))
    , m_b(std::make_shared<const Assessment>(b))
    , m_reportA(Scorer(a.rubric()).score(a))
    , m_reportB(Scorer(b.rubric()).score(b)) {
    const Rubric& rubricA = *a.rubric();
    const Rubric& rubricB = *b.rubric();
    const auto side = [](const Assessment& assessment, const QString& id, std::optional<int>* level,
                         bool* notApplicable) {
        const Rating& rating = assessment.rating(id);
        *level = rating.isRated() ? rating.level : std::nullopt;
        *notApplicable = rating.notApplicable;
    };
    for (const Criterion& criterion : rubricA.criteria()) {
        CriterionComparison row;
        row.criterionId = criterion.id;
        row.areaId = criterion.areaId;
        row.inB = rubricB.criterion(criterion.id) != nullptr;
        side(a, criterion.id, &row.levelA, &row.notApplicableA);
        side(b, criterion.id, &row.levelB, &row.notApplicableB);
        m_criteria << row;
    }
    for (const Criterion& criterion : rubricB.criteria()) {
        if (rubricA.criterion(criterion.id)) {
            continue;
        }
        CriterionComparison row;
        row.criterionId = criterion.id;
        row.areaId = criterion.areaId;
        row.inA = false;
        side(b, criterion.id, &row.levelB, &row.notApplicableB);
        m_criteria << row;
    }
    for (const AreaScore& area : m_reportA.areas) {
        AreaComparison row{area.areaId, area.score, std::nullopt};
        for (const AreaScore& other : m_reportB.areas) {
            if (other.areaId == area.areaId) {
                row.scoreB = other.score;
            }
        }
        m_areas << row;
    }
}

std::optional<AssessmentComparison> AssessmentComparison::compare(const Assessment& a, const Assessment& b,
                                                                  QString* error) {
    if (a.rubric()->id() != b.rubric()->id()) {
        *error = tr("the assessments use different rubrics (\"%1\" and \"%2\"): only assessments made with "
                    "the same rubric can be compared")
                     .arg(a.rubric()->id(), b.rubric()->id());
        return std::nullopt;
    }
    return AssessmentComparison(a, b);
}

QList<CriterionComparison> AssessmentComparison::differences() const {
    QList<CriterionComparison> result;
    std::copy_if(m_criteria.cbegin(), m_criteria.cend(), std::back_inserter(result),
                 [](const CriterionComparison& row) { return row.differs(); });
    return result;
}

bool AssessmentComparison::sameRubric() const {
    return m_a->rubric()->sha256() == m_b->rubric()->sha256();
}

QStringList AssessmentComparison::changes() const {
    QStringList lines = AssessmentDiff::describe(*m_a, *m_b);
    for (const CriterionComparison& row : m_criteria) {
        if (!row.inA) {
            lines
                << tr("%1 is only in B's rubric (version %2)").arg(row.criterionId, m_b->rubric()->version());
        } else if (!row.inB) {
            lines
                << tr("%1 is only in A's rubric (version %2)").arg(row.criterionId, m_a->rubric()->version());
        }
    }
    return lines;
}

QString AssessmentComparison::toText(const QString& labelA, const QString& labelB) const {
    QStringList lines;
    lines << tr("A: %1").arg(labelA) << tr("B: %1").arg(labelB);
    if (!sameRubric()) {
        lines << tr("Rubric versions differ (A: %1, B: %2): criteria are matched by id")
                     .arg(m_a->rubric()->version(), m_b->rubric()->version());
    }
    lines << tr("Overall: %1 → %2 (%3)")
                 .arg(ScoreReportFormat::formatScore(overallA()), ScoreReportFormat::formatScore(overallB()),
                      ScoreReportFormat::formatChange(overallDelta(), 1));
    lines << QString() << tr("Areas (A → B, change):");
    QStringList titles;
    qsizetype width = 0;
    for (const AreaComparison& area : m_areas) {
        const Area* known = m_a->rubric()->area(area.areaId);
        titles << (known ? known->title.text() : area.areaId);
        width = std::max(width, titles.last().size());
    }
    for (qsizetype i = 0; i < m_areas.size(); ++i) {
        const AreaComparison& area = m_areas[i];
        lines << QStringLiteral("  %1  %2 → %3 (%4)")
                     .arg(titles[i].leftJustified(width), ScoreReportFormat::formatScore(area.scoreA),
                          ScoreReportFormat::formatScore(area.scoreB),
                          ScoreReportFormat::formatChange(area.delta(), 1));
    }
    const QList<CriterionComparison> differing = differences();
    lines << QString() << tr("Criteria that differ (%1 of %2):").arg(differing.size()).arg(m_criteria.size());
    for (const CriterionComparison& row : differing) {
        const std::optional<int> delta = row.delta();
        lines << QStringLiteral("  %1  %2 → %3%4")
                     .arg(row.criterionId, comparisonLevelText(row.levelA, row.notApplicableA, row.inA),
                          comparisonLevelText(row.levelB, row.notApplicableB, row.inB),
                          delta ? QStringLiteral(" (%1)").arg(
                                      ScoreReportFormat::formatChange(double(*delta), 0))
                                : QString());
    }
    const QStringList changed = changes();
    lines << QString() << tr("What changed (%1):").arg(changed.size());
    for (const QString& line : changed) {
        lines << QStringLiteral("  ") + line;
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QJsonObject AssessmentComparison::toJson(const QString& labelA, const QString& labelB) const {
    QJsonArray criteria;
    for (const CriterionComparison& row : m_criteria) {
        QJsonObject object{{QStringLiteral("criterion"), row.criterionId},
                           {QStringLiteral("area"), row.areaId},
                           {QStringLiteral("levelA"), optionalJson(row.levelA)},
                           {QStringLiteral("levelB"), optionalJson(row.levelB)},
                           {QStringLiteral("delta"), optionalJson(row.delta())},
                           {QStringLiteral("differs"), row.differs()}};
        if (row.notApplicableA) {
            object.insert(QStringLiteral("notApplicableA"), true);
        }
        if (row.notApplicableB) {
            object.insert(QStringLiteral("notApplicableB"), true);
        }
        if (!row.inA) {
            object.insert(QStringLiteral("inA"), false);
        }
        if (!row.inB) {
            object.insert(QStringLiteral("inB"), false);
        }
        criteria.append(object);
    }
    QJsonArray areas;
    for (const AreaComparison& area : m_areas) {
        areas.append(QJsonObject{{QStringLiteral("area"), area.areaId},
                                 {QStringLiteral("scoreA"), optionalJson(area.scoreA)},
                                 {QStringLiteral("scoreB"), optionalJson(area.scoreB)},
                                 {QStringLiteral("delta"), optionalJson(area.delta())}});
    }
    return QJsonObject{{QStringLiteral("a"), labelA},
                       {QStringLiteral("b"), labelB},
                       {QStringLiteral("rubric"), m_a->rubric()->id()},
                       {QStringLiteral("sameRubricVersion"), sameRubric()},
                       {QStringLiteral("overallA"), optionalJson(overallA())},
                       {QStringLiteral("overallB"), optionalJson(overallB())},
                       {QStringLiteral("overallDelta"), optionalJson(overallDelta())},
                       {QStringLiteral("differences"), static_cast<int>(differences().size())},
                       {QStringLiteral("criteria"), criteria},
                       {QStringLiteral("areas"), areas},
                       {QStringLiteral("changes"), QJsonArray::fromStringList(changes())}};
}

} // namespace coherence
