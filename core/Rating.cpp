#include "Rating.h"

namespace coherence {

bool Rating::isEmpty() const {
    return !level && !notApplicable && justification.isEmpty() && !target && citations.isEmpty() &&
           note.isEmpty() && privateNote.isEmpty() && votes.isEmpty();
}

} // namespace coherence
