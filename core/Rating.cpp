#include "Rating.h"

namespace coherence {

bool Rating::isEmpty() const {
    return !level && !notApplicable && justification.isEmpty() && !target && citations.isEmpty() &&
           note.isEmpty() && privateNote.isEmpty();
}

} // namespace coherence
