#include "Scorer.h"

#include <algorithm>

namespace coherence {

namespace {

struct WeightedMean {
    double weightedSum = 0;
    double weights = 0;

    void add(double value, double weight) {
        weightedSum += value * weight;
        weights += weight;
    }
    std::optional<double> value() const {
        return weights > 0 ? std::optional<double>(weightedSum / weights) : std::nullopt;
    }
};

std::optional<double> ratio(int part, int whole) {
    return whole > 0 ? std::optional<double>(100.0 * part / whole) : std::nullopt;
}

} // namespace

Scorer::Scorer(RubricPtr rubric)
    : m_rubric(std::move(rubric)) {
    m_layout.reserve(static_cast<size_t>(m_rubric->criteria().size()));
    for (const Criterion& criterion : m_rubric->criteria()) {
        const qsizetype areaIndex = m_rubric->areaIndex(criterion.areaId);
        m_layout.push_back({areaIndex, criterion.weight, m_rubric->areas()[areaIndex].weight});
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

ScoreReport Scorer::score(const Assessment& assessment) const {
    const QList<Criterion>& criteria = m_rubric->criteria();
    const QList<Area>& areas = m_rubric->areas();
    const int maxLevel = m_rubric->scale().maxLevel();

    ScoreReport report;
    report.areas.resize(areas.size());
    std::vector<WeightedMean> areaMeans(static_cast<size_t>(areas.size()));
    for (qsizetype a = 0; a < areas.size(); ++a) {
        report.areas[a].areaId = areas[a].id;
    }

    const QHash<QString, Rating>& ratings = assessment.ratings();
    for (qsizetype c = 0; c < criteria.size(); ++c) {
        const CriterionLayout& layout = m_layout[static_cast<size_t>(c)];
        AreaScore& area = report.areas[layout.areaIndex];
        ++area.total;
        const auto found = ratings.constFind(criteria[c].id);
        if (found == ratings.cend()) {
            continue;
        }
        const Rating& rating = *found;
        if (rating.notApplicable) {
            ++area.notApplicable;
            continue;
        }
        if (!rating.level) {
            continue;
        }
        const int level = *rating.level;
        ++area.rated;
        areaMeans[static_cast<size_t>(layout.areaIndex)].add(criterionScore(level), layout.weight);
        classify(level, maxLevel, area.crosswalk);

        const int target = rating.target.value_or(criteria[c].defaultTarget);
        if (target > level) {
            const int gap = target - level;
            report.gaps.append({criteria[c].id, level, target, gap,
                                layout.areaWeight * layout.weight * static_cast<double>(gap * gap)});
        }
        if (level >= 1 && rating.citations.isEmpty()) {
            report.warnings.append(
                {criteria[c].id, ConsistencyWarning::Kind::MissingCitation, level, target});
        } else if (level >= 3 && std::none_of(rating.citations.cbegin(), rating.citations.cend(),
                                              [](const Citation& citation) {
                                                  return isOperationalEvidence(citation.kind);
                                              })) {
            report.warnings.append(
                {criteria[c].id, ConsistencyWarning::Kind::MissingOperationalEvidence, level, target});
        }
        // Only an explicit target can be "below": the rubric's default applies to every criterion
        // and would flag each level-4 rating.
        if (rating.target && *rating.target < level) {
            report.warnings.append(
                {criteria[c].id, ConsistencyWarning::Kind::TargetBelowLevel, level, target});
        }
    }

    WeightedMean overall;
    QMap<Block, WeightedMean> blockMeans;
    for (qsizetype a = 0; a < areas.size(); ++a) {
        AreaScore& area = report.areas[a];
        area.score = areaMeans[static_cast<size_t>(a)].value();
        area.coverage = ratio(area.rated + area.notApplicable, area.total);
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
    for (Block block : allBlocks()) {
        report.blocks.insert(block, blockMeans.value(block).value());
    }
    // Stable sort keeps rubric order among equal priorities.
    std::stable_sort(report.gaps.begin(), report.gaps.end(),
                     [](const Gap& left, const Gap& right) { return left.priority > right.priority; });
    return report;
}

} // namespace coherence
