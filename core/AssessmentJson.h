#pragma once

#include "Assessment.h"
#include "Diagnostic.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>

#include <memory>

namespace coherence {

struct AssessmentLoadResult {
    std::shared_ptr<Assessment> assessment;
    QList<Diagnostic> diagnostics;

    bool ok() const { return assessment != nullptr; }
};

/**
 * The JSON interchange format of an assessment (docs/assessment-format.md).
 *
 * An assessment names its rubric by id, version and SHA-256, and may carry the rubric itself
 * ("rubric.definition"), so that it scores the same on any machine. Reading resolves the rubric
 * in this order: the embedded definition (its hash must match), a rubric the caller passes,
 * the built-in rubric of that id (its version and hash must match).
 */
class AssessmentJson {
    Q_DECLARE_TR_FUNCTIONS(AssessmentJson)

public:
    static constexpr char16_t kFormatName[] = u"coherence-assessment";
    static constexpr int kFormatVersion = 1;

    enum class RubricEmbedding { Reference, Embed };

    static QJsonObject toJsonObject(const Assessment& assessment,
                                    RubricEmbedding embedding = RubricEmbedding::Embed);
    static QByteArray toJson(const Assessment& assessment,
                             RubricEmbedding embedding = RubricEmbedding::Embed);

    static AssessmentLoadResult fromJson(const QByteArray& bytes, const RubricPtr& rubric = nullptr);
    static AssessmentLoadResult fromFile(const QString& path, const RubricPtr& rubric = nullptr);
};

} // namespace coherence
