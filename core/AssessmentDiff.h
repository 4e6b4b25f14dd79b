#pragma once

#include "Assessment.h"

#include <QCoreApplication>
#include <QStringList>

namespace coherence {

/**
 * What would change if @p after replaced @p before: one readable line per difference, in rubric
 * order. Import shows this before it applies anything, so nothing is ever overwritten unseen.
 */
class AssessmentDiff {
    Q_DECLARE_TR_FUNCTIONS(AssessmentDiff)

public:
    static QStringList describe(const Assessment& before, const Assessment& after);
};

} // namespace coherence
