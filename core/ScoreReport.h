#pragma once

#include "Area.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace coherence {

/// MGI-style three-way reading of a level: absent (0), partial (1–2), complete (3–4).
struct Crosswalk {
    int absent = 0;
    int partial = 0;
    int complete = 0;

    bool operator==(const Crosswalk&) const = default;
};

struct AreaScore {
    QString areaId;
    std::optional<double> score;    ///< undefined (not 0) while no applicable criterion is rated
    std::optional<double> coverage; ///< undefined for an area without criteria
    int rated = 0;
    int notApplicable = 0;
    int total = 0;
    Crosswalk crosswalk;
};

/// One criterion below its target, with how urgent closing the gap is.
struct Gap {
    QString criterionId;
    int level = 0;
    int target = 0;
    int gap = 0;
    double priority = 0; ///< area weight × criterion weight × gap²
};

/// Something about a rating that the evidence does not support.
struct ConsistencyWarning {
    Q_DECLARE_TR_FUNCTIONS(ConsistencyWarning)

public:
    enum class Kind {
        MissingCitation,            ///< level ≥ 1 without any citation
        MissingOperationalEvidence, ///< level ≥ 3 without a budget, indicator or institution citation
        TargetBelowLevel,           ///< an explicit target lower than the level already reached
    };

    QString criterionId;
    Kind kind = Kind::MissingCitation;
    int level = 0;
    int target = 0;

    QString kindName() const; ///< stable JSON spelling: "missing-citation", …
    QString message() const;  ///< a sentence for people
};

/// Every figure the app shows or exports for one assessment (docs/scoring.md).
struct ScoreReport {
    std::optional<double> overall;
    std::optional<double> coverage;
    QMap<Block, std::optional<double>> blocks;
    QList<AreaScore> areas; ///< in rubric order
    QList<Gap> gaps;        ///< by priority, highest first, then rubric order
    QList<ConsistencyWarning> warnings;
    int rated = 0;
    int notApplicable = 0;
    int total = 0;
    Crosswalk crosswalk;
};

} // namespace coherence
