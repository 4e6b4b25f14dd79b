// libFuzzer target: any bytes as a JSON assessment to import. An assessment that loads must score,
// and export and re-import to the same ratings and actions.
#include "AssessmentJson.h"
#include "FuzzTarget.h"
#include "Scorer.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size));
    const coherence::AssessmentLoadResult loaded = coherence::AssessmentJson::fromJson(bytes);
    if (loaded.ok()) {
        (void)coherence::Scorer(loaded.assessment->rubric()).score(*loaded.assessment);
        const coherence::AssessmentLoadResult again =
            coherence::AssessmentJson::fromJson(coherence::AssessmentJson::toJson(*loaded.assessment));
        if (!again.ok() || again.assessment->ratings() != loaded.assessment->ratings() ||
            again.assessment->actions() != loaded.assessment->actions()) {
            std::abort();
        }
    }
    return 0;
}
