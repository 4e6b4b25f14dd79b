// Scoring after one rating change: how long it takes to bring every score, gap and warning up to
// date, as the window does (Scorer::update on the report it holds), and scoring the whole assessment
// again (Scorer::score) for comparison. Target (issue 2): under 1 ms for a 1,000-criterion rubric.
// Run: build/release/tests/bench/scoring_benchmark

#include "Scorer.h"
#include "SyntheticRubric.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace coherence;

namespace {

struct Figures {
    double medianMicroseconds = 0;
    double p95Microseconds = 0;
    double fullMedianMicroseconds = 0;
};

double percentile(std::vector<double>& samples, int percent) {
    std::sort(samples.begin(), samples.end());
    return samples[samples.size() * static_cast<size_t>(percent) / 100];
}

Figures measure(int criteria, int iterations) {
    const RubricPtr rubric = bench::makeSyntheticRubric(criteria);
    const auto assessment = bench::makeSyntheticAssessment(rubric);
    const Scorer scorer(rubric);
    ScoreReport report = scorer.score(*assessment);
    std::vector<double> samples;
    std::vector<double> fullSamples;
    samples.reserve(static_cast<size_t>(iterations));
    fullSamples.reserve(static_cast<size_t>(iterations));
    double checksum = 0;
    for (int i = 0; i < iterations; ++i) {
        const Criterion& changed = rubric->criteria()[i % rubric->criteria().size()];
        Rating rating = assessment->rating(changed.id);
        rating.notApplicable = false;
        rating.justification.clear();
        rating.level = i % (rubric->scale().maxLevel() + 1);
        QElapsedTimer timer;
        timer.start();
        if (!assessment->setRating(changed.id, rating)) {
            std::fprintf(stderr, "rating refused\n");
            return {};
        }
        const Scorer::CriterionFindings findings = scorer.update(report, *assessment, changed.id);
        samples.push_back(static_cast<double>(timer.nsecsElapsed()) / 1000.0);
        checksum += report.overall.value_or(0) + static_cast<double>(findings.warnings.size());

        timer.restart();
        const ScoreReport full = scorer.score(*assessment);
        fullSamples.push_back(static_cast<double>(timer.nsecsElapsed()) / 1000.0);
        checksum += full.overall.value_or(0) + static_cast<double>(full.gaps.size());
    }
    if (checksum < 0) {
        std::puts(""); // keeps the work observable to the optimiser
    }
    Figures figures;
    figures.medianMicroseconds = percentile(samples, 50);
    figures.p95Microseconds = percentile(samples, 95);
    figures.fullMedianMicroseconds = percentile(fullSamples, 50);
    return figures;
}

} // namespace

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    std::printf(
        "| criteria | after one change, median µs | p95 µs | whole assessment scored again, median µs |\n"
        "|---:|---:|---:|---:|\n");
    for (int criteria : {100, 1000, 5000}) {
        const Figures figures = measure(criteria, criteria >= 5000 ? 500 : 2000);
        std::printf("| %d | %.1f | %.1f | %.1f |\n", criteria, figures.medianMicroseconds,
                    figures.p95Microseconds, figures.fullMedianMicroseconds);
    }
    return 0;
}
