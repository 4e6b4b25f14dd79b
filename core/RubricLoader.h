#pragma once

#include "Diagnostic.h"
#include "Rubric.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace coherence {

/// What loading a rubric gave: the rubric when there were no errors, and every diagnostic.
struct RubricLoadResult {
    RubricPtr rubric;
    QList<Diagnostic> diagnostics;

    bool ok() const { return rubric != nullptr; }
};

/**
 * Parses and validates a rubric (docs/rubric-format.md). It reports every problem at once,
 * each with its JSON path; a rubric with any error is not built at all, so nothing downstream
 * ever sees a half-valid rubric. Unknown keys are warnings, so a newer file still opens.
 *
 * Built-in rubrics are compiled in as resources and go through exactly the same path.
 */
class RubricLoader {
    Q_DECLARE_TR_FUNCTIONS(RubricLoader)

public:
    static RubricLoadResult fromJson(const QByteArray& bytes);
    /// For bytes that are already canonical (a rubric stored by Coherence): the identity is the hash
    /// of these bytes, which skips writing the canonical form again — most of the cost of opening a
    /// large file. Bytes that are not canonical simply get another hash and fail any comparison.
    static RubricLoadResult fromCanonicalJson(const QByteArray& canonical);
    static RubricLoadResult fromFile(const QString& path);
};

} // namespace coherence
