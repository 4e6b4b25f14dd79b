#pragma once

#include <QByteArray>
#include <QJsonObject>

namespace coherence {

class Rubric;

/**
 * Writes a Rubric as JSON in the file format of docs/rubric-format.md.
 *
 * The output is a function of the model only: defaults are written out (weights, targets,
 * the scale), unknown keys of the input are gone, and QJsonObject sorts keys. That is what
 * makes it canonical, and why the hash of a rubric does not depend on how its file was laid out.
 */
class RubricJson {
public:
    static constexpr char16_t kFormatName[] = u"coherence-rubric";
    static constexpr int kFormatVersion = 1;

    static QJsonObject toJsonObject(const Rubric& rubric);
    /// Compact canonical bytes: the input of the rubric's SHA-256.
    static QByteArray canonical(const Rubric& rubric);
    /// The same document indented for people (what `rubric show --format json` prints).
    static QByteArray indented(const Rubric& rubric);
};

} // namespace coherence
