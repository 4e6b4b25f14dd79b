#pragma once

#include "Assessment.h"
#include "Rubric.h"

#include <memory>

namespace coherence::bench {

/// A valid rubric with @p criteria criteria spread over areas of about @p criteriaPerArea (at least
/// three areas), in all three blocks.
RubricPtr makeSyntheticRubric(int criteria, int criteriaPerArea = 50);

/// An assessment of @p rubric where most criteria are rated (with citations), a few are N/A
/// and some left unrated, with an action for about one gap in three; deterministic for a given @p seed.
std::shared_ptr<Assessment> makeSyntheticAssessment(const RubricPtr& rubric, unsigned seed = 42);

} // namespace coherence::bench
