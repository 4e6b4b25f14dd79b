#include "BackgroundOpen.h"

namespace coherence {

BackgroundOpen::BackgroundOpen(const QString& path)
    : m_path(path)
    , m_result(std::async(std::launch::async, [path] { return AssessmentDocument::open(path); })) {
}

AssessmentDocument::OpenResult BackgroundOpen::take() {
    return m_result.get();
}

} // namespace coherence
