// Scoring after one rating change: how long it takes to bring every score, gap and warning up to
// date. Target (issue 2): under 1 ms for a 1,000-criterion rubric. Run:
// build/release/tests/bench/scoring_benchmark

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
    double medianMicroseconds;
    double p95Microseconds;
};

Figures measure(int criteria, int iterations) {
    const RubricPtr rubric = bench::makeSyntheticRubric(criteria);
    const auto assessment = bench::makeSyntheticAssessment(rubric);
    const Scorer scorer(rubric);
    std::vector<double> samples;
    samples.reserve(static_cast<size_t>(iterations));
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
        const ScoreReport report = scorer.score(*assessment);
        samples.push_back(static_cast<double>(timer.nsecsElapsed()) / 1000.0);
        checksum += report.overall.value_or(0) + static_cast<double>(report.gaps.size());
    }
    std::sort(samples.begin(), samples.end());
    if (checksum < 0) {
        std::puts(""); // keeps the work observable to the optimiser
    }
    return {samples[samples.size() / 2], samples[samples.size() * 95 / 100]};
}

} // namespace

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    std::printf("| criteria | median µs | p95 µs |\n|---:|---:|---:|\n");
    for (int criteria : {100, 1000, 5000}) {
        const Figures figures = measure(criteria, criteria >= 5000 ? 500 : 2000);
        std::printf("| %d | %.1f | %.1f |\n", criteria, figures.medianMicroseconds, figures.p95Microseconds);
    }
    return 0;
}
