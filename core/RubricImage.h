#pragma once

#include "Rubric.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace coherence {

/**
 * A rubric in a compact binary form that reads back without parsing JSON: the "rubric image" a
 * `.coherence` file keeps beside its canonical JSON.
 *
 * Why: reading a 1,000-criterion rubric from its JSON takes about 10 ms — QJsonDocument's tree, then
 * every member looked up and checked — and every open pays it, the command line's `score` included
 * (docs/performance.md). The image is a plain sequence of lengths, numbers and UTF-8 strings in the
 * order of the rubric's fields, written by encode() from a rubric the loader has already checked.
 *
 * The JSON stays the document's truth: it is what is hashed, exported and compared. An image is a
 * cache of it, used only when its own hash matches and it names the same rubric hash; anything else
 * (missing, damaged, another format) means the JSON is read as before.
 */
class RubricImage {
public:
    /// The format encode() writes and decode() reads; another number is another layout.
    static constexpr int kFormat = 1;

    /// How much of the rubric decode() builds.
    enum class Content {
        Full,
        /// Each criterion's id, area, title, weight and target, and everything above the criteria: all
        /// that scoring and a score report use. A criterion's references and its other texts (what to
        /// look for, questions, level texts, keywords) are skipped, which is most of the rubric.
        Outline,
    };

    /// The image: its head (a 4-byte size, then the outline of the rubric, ending with the SHA-256
    /// of the details), then the details (each criterion's other texts, in order). A hash of the head
    /// (which the caller keeps) therefore covers the whole image, and an outline is read from the
    /// head alone.
    static QByteArray encode(const Rubric& rubric);
    /// The size of the head of an image that starts with @p image (at least its first 4 bytes);
    /// -1 when those bytes cannot start an image.
    static qsizetype headSize(QByteArrayView image);
    /// The rubric, with @p sha256 as its hash (the caller has checked it against its JSON and the
    /// head against its own hash); nullptr when @p image is not a complete, well-formed image of
    /// format kFormat, or gives a weight or target the loader would refuse. For an outline, the head is
    /// enough; for the full rubric the details must follow and match the hash the head gives.
    static RubricPtr decode(QByteArrayView image, const QString& sha256, Content content = Content::Full);
};

} // namespace coherence
