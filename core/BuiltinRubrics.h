#pragma once

#include "RubricLoader.h"

#include <QStringList>

namespace coherence {

/**
 * The rubrics compiled into the program (the JSON files of resources/rubrics, under the resource prefix
 * :/rubrics). They load through RubricLoader like any file, so a built-in rubric can never be held to a laxer
 * standard than a user's.
 */
class BuiltinRubrics {
    Q_DECLARE_TR_FUNCTIONS(BuiltinRubrics)

public:
    /// The reserved id of the GMG handbook rubric.
    static constexpr char16_t kGmgId[] = u"gmg-2010";

    static QStringList ids();
    static bool contains(const QString& id);
    /// Loads (once per process, then from a cache) the built-in rubric @p id.
    static RubricLoadResult load(const QString& id);
    /// A built-in rubric id, or else a path to a rubric file.
    static RubricLoadResult loadIdOrFile(const QString& idOrPath);
};

} // namespace coherence
