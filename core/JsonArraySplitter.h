#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

#include <optional>

namespace coherence {

/**
 * Splits one array member out of a JSON document's top-level object, without parsing it: the rest
 * of the document (with that member's value replaced by `[]`) and the byte range of each element.
 *
 * Why: QJsonDocument builds the whole tree before anything is read from it, about nine times the
 * size of the text. A rubric's criteria are nearly all of it, and read one at a time they need only
 * one criterion's tree at once (docs/performance.md).
 *
 * It only finds boundaries — strings (with their escapes) and bracket nesting — and leaves
 * validation to the JSON parser that reads the pieces. It gives up (nullopt) on anything it cannot
 * split with certainty: not an object, the key absent, present twice, or spelled with an escape,
 * its value not an array, stray bytes between elements or after the document. Callers then parse
 * the whole document the ordinary way, which also gives the exact position of any error.
 */
class JsonArraySplitter {
public:
    struct Split {
        QByteArray rest;                ///< the document with the member's value replaced by []
        QList<QByteArrayView> elements; ///< views into the input: it must outlive them
    };

    static std::optional<Split> split(const QByteArray& json, QByteArrayView key);
};

} // namespace coherence
