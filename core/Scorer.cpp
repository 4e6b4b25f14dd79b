#include "Scorer.h"

#include <algorithm>

namespace coherence {

namespace {

std::optional<double> ratio(int part, int whole) {
    return whole > 0 ? std::optional<double>(100.0 * part / whole) : std::nullopt;
}

} // namespace

void Scorer::WeightedMean::add(double value, double weight) {
    weightedSum += value * weight;
    weights += weight;
}

std::optional<double> Scorer::WeightedMean::value() const {
    return weights > 0 ? std::optional<double>(weightedSum / weights) : std::nullopt;
}

Scorer::Scorer(RubricPtr rubric)
    : m_rubric(std::move(rubric)) {
    const QList<Criterion>& criteria = m_rubric->criteria();
    m_layout.reserve(static_cast<size_t>(criteria.size()));
    m_areaCriteria.resize(static_cast<size_t>(m_rubric->areas().size()));
    for (qsizetype c = 0; c < criteria.size(); ++c) {
        const qsizetype areaIndex = m_rubric->areaIndex(criteria[c].areaId);
        m_layout.push_back({areaIndex, criteria[c].weight, m_rubric->areas()[areaIndex].weight});
        m_areaCriteria[static_cast<size_t>(areaIndex)].push_back(c);
    }
}

double Scorer::criterionScore(int level) const {
    const int maxLevel = m_rubric->scale().maxLevel();
    return maxLevel > 0 ? 100.0 * level / maxLevel : 0.0;
}

void Scorer::classify(int level, int maxLevel, Crosswalk& into) {
    if (level <= 0) {
        ++into.absent;
    } else if (4 * level < 3 * maxLevel) {
        ++into.partial;
    } else {
        ++into.complete;
    }
}

void Scorer::addCriterion(qsizetype c, const QHash<QString, Rating>& ratings, AreaScore& area,
                          WeightedMean& mean, QList<Gap>* gaps, QList<ConsistencyWarning>* warnings) const {
    const Criterion& criterion = m_rubric->criteria()[c];
    const CriterionLayout& layout = m_layout[static_cast<size_t>(c)];
    ++area.total;
    const auto found = ratings.constFind(criterion.id);
    if (found == ratings.cend()) {
        return;
    }
    const Rating& rating = *found;
    if (rating.notApplicable) {
        ++area.notApplicable;
        return;
    }
    if (!rating.level) {
        return;
    }
    const int level = *rating.level;
    ++area.rated;
    mean.add(criterionScore(level), layout.weight);
    classify(level, m_rubric->scale().maxLevel(), area.crosswalk);

    const int target = rating.target.value_or(criterion.defaultTarget);
    if (gaps && target > level) {
        const int gap = target - level;
        gaps->append({criterion.id, level, target, gap,
                      layout.areaWeight * layout.weight * static_cast<double>(gap * gap)});
    }
    if (!warnings) {
        return;
    }
    if (level >= 1 && rating.citations.isEmpty()) {
        warnings->append({criterion.id, ConsistencyWarning::Kind::MissingCitation, level, target});
    } else if (level >= 3 &&
               std::none_of(rating.citations.cbegin(), rating.citations.cend(),
                            [](const Citation& citation) { return isOperationalEvidence(citation.kind); })) {
        warnings->append({criterion.id, ConsistencyWarning::Kind::MissingOperationalEvidence, level, target});
    }
    // Only an explicit target can be "below": the rubric's default applies to every criterion
    // and would flag each level-4 rating.
    if (rating.target && *rating.target < level) {
        warnings->append({criterion.id, ConsistencyWarning::Kind::TargetBelowLevel, level, target});
    }
}

void Scorer::summarise(ScoreReport& report) const {
    const QList<Area>& areas = m_rubric->areas();
    report.rated = 0;
    report.notApplicable = 0;
    report.total = 0;
    report.crosswalk = Crosswalk();
    WeightedMean overall;
    QMap<Block, WeightedMean> blockMeans;
    for (qsizetype a = 0; a < areas.size(); ++a) {
        const AreaScore& area = report.areas[a];
        report.rated += area.rated;
        report.notApplicable += area.notApplicable;
        report.total += area.total;
        report.crosswalk.absent += area.crosswalk.absent;
        report.crosswalk.partial += area.crosswalk.partial;
        report.crosswalk.complete += area.crosswalk.complete;
        if (area.score) {
            overall.add(*area.score, areas[a].weight);
            blockMeans[areas[a].block].add(*area.score, areas[a].weight);
        }
    }
    report.overall = overall.value();
    report.coverage = ratio(report.rated + report.notApplicable, report.total);
    report.blocks.clear();
    for (Block block : allBlocks()) {
        report.blocks.insert(block, blockMeans.value(block).value());
    }
}

bool Scorer::gapComesBefore(const Gap& left, const Gap& right) const {
    if (left.priority != right.priority) {
        return left.priority > right.priority;
    }
    return indexOf(left.criterionId) < indexOf(right.criterionId);
}

ScoreReport Scorer::score(const Assessment& assessment) const {
    const QList<Area>& areas = m_rubric->areas();
    ScoreReport report;
    report.areas.resize(areas.size());
    std::vector<WeightedMean> areaMeans(static_cast<size_t>(areas.size()));
    for (qsizetype a = 0; a < areas.size(); ++a) {
        report.areas[a].areaId = areas[a].id;
    }
    const QHash<QString, Rating>& ratings = assessment.ratings();
    for (qsizetype c = 0; c < static_cast<qsizetype>(m_layout.size()); ++c) {
        const qsizetype a = m_layout[static_cast<size_t>(c)].areaIndex;
        addCriterion(c, ratings, report.areas[a], areaMeans[static_cast<size_t>(a)], &report.gaps,
                     &report.warnings);
    }
    for (qsizetype a = 0; a < areas.size(); ++a) {
        AreaScore& area = report.areas[a];
        area.score = areaMeans[static_cast<size_t>(a)].value();
        area.coverage = ratio(area.rated + area.notApplicable, area.total);
    }
    summarise(report);
    // Stable sort keeps rubric order among equal priorities.
    std::stable_sort(report.gaps.begin(), report.gaps.end(),
                     [](const Gap& left, const Gap& right) { return left.priority > right.priority; });
    return report;
}

Scorer::CriterionFindings Scorer::update(ScoreReport& report, const Assessment& assessment,
                                         const QString& criterionId) const {
    const qsizetype c = indexOf(criterionId);
    if (c < 0) {
        return {};
    }
    // The criterion's area, scored again from its criteria in rubric order: the sums score() makes.
    const qsizetype a = m_layout[static_cast<size_t>(c)].areaIndex;
    AreaScore& area = report.areas[a];
    area = AreaScore{area.areaId, std::nullopt, std::nullopt, 0, 0, 0, Crosswalk()};
    WeightedMean mean;
    QList<Gap> gaps;
    QList<ConsistencyWarning> warnings;
    for (const qsizetype other : m_areaCriteria[static_cast<size_t>(a)]) {
        addCriterion(other, assessment.ratings(), area, mean, other == c ? &gaps : nullptr,
                     other == c ? &warnings : nullptr);
    }
    area.score = mean.value();
    area.coverage = ratio(area.rated + area.notApplicable, area.total);
    summarise(report);

    // Its gap: out of the list, and back in where score()'s order puts it.
    report.gaps.removeIf([&criterionId](const Gap& gap) { return gap.criterionId == criterionId; });
    CriterionFindings findings;
    if (!gaps.isEmpty()) {
        findings.gap = gaps.first();
        const auto at = std::upper_bound(
            report.gaps.begin(), report.gaps.end(), *findings.gap,
            [this](const Gap& left, const Gap& right) { return gapComesBefore(left, right); });
        report.gaps.insert(at - report.gaps.begin(), *findings.gap);
    }
    // Its warnings: listed in rubric order, so after those of every criterion before it.
    report.warnings.removeIf(
        [&criterionId](const ConsistencyWarning& warning) { return warning.criterionId == criterionId; });
    const auto at = std::partition_point(
        report.warnings.begin(), report.warnings.end(),
        [this, c](const ConsistencyWarning& warning) { return indexOf(warning.criterionId) < c; });
    const qsizetype position = at - report.warnings.begin();
    for (qsizetype i = 0; i < warnings.size(); ++i) {
        report.warnings.insert(position + i, warnings[i]);
    }
    findings.warnings = warnings;
    return findings;
}

} // namespace coherence
