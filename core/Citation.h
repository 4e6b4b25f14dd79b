#pragma once

#include <QByteArrayView>
#include <QString>

#include <optional>

namespace coherence {

/**
 * What a cited passage shows. Level 3 ("operationalised") needs evidence that a measure is
 * funded, measured or owned, so budget, indicator and institution citations count for more.
 */
enum class EvidenceKind { Diagnosis, Measure, Budget, Indicator, Institution };

QString evidenceKindName(EvidenceKind kind); ///< "diagnosis", "measure", …
std::optional<EvidenceKind> evidenceKindFromName(const QString& name);
/// The same for a name as UTF-8 bytes, as a file stores it: no string is made to compare it.
std::optional<EvidenceKind> evidenceKindFromName(QByteArrayView utf8);
QStringList evidenceKindNames();
/// Budget, indicator or institution: the kinds that show a measure is operational.
bool isOperationalEvidence(EvidenceKind kind);

/// A passage of the plan (or another document) that supports a rating.
struct Citation {
    QString document;
    QString section;
    QString page;
    QString excerpt;
    EvidenceKind kind = EvidenceKind::Measure;
    /// Who found it, when a merge brought it from a participant's file (empty: the assessor).
    QString contributor = {};

    bool operator==(const Citation&) const = default;
};

} // namespace coherence
