// libFuzzer target: any bytes as a rubric image (RubricImage::decode), without the hash check that
// stands in front of it in a document — so that the decoder itself is proven to refuse, not crash on,
// whatever it is given. A full decode that succeeds must also succeed as an outline with the same
// outline, and must survive its own encoding unchanged.
#include "FuzzTarget.h"
#include "RubricImage.h"

#include <cstdint>
#include <cstdlib>

using coherence::RubricImage;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const QByteArrayView image(reinterpret_cast<const char*>(data), qsizetype(size));
    const QString hash = QStringLiteral("fuzz");
    const coherence::RubricPtr outline = RubricImage::decode(image, hash, RubricImage::Content::Outline);
    const coherence::RubricPtr full = RubricImage::decode(image, hash);
    if (!full) {
        return 0;
    }
    if (!outline || outline->areas() != full->areas() ||
        outline->criteria().size() != full->criteria().size()) {
        std::abort();
    }
    const QByteArray again = RubricImage::encode(*full);
    const coherence::RubricPtr reread = RubricImage::decode(again, hash);
    if (!reread || RubricImage::encode(*reread) != again || reread->criteria() != full->criteria()) {
        std::abort();
    }
    return 0;
}
