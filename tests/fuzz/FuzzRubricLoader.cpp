// libFuzzer target: any bytes as a rubric file. A rubric that loads must survive its own canonical
// form unchanged (same SHA-256), which is what every .coherence file relies on.
#include "FuzzTarget.h"
#include "RubricLoader.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size));
    const coherence::RubricLoadResult loaded = coherence::RubricLoader::fromJson(bytes);
    if (loaded.ok()) {
        const coherence::RubricLoadResult again =
            coherence::RubricLoader::fromCanonicalJson(loaded.rubric->canonicalJson());
        if (!again.ok() || again.rubric->sha256() != loaded.rubric->sha256()) {
            std::abort();
        }
    }
    return 0;
}
