#pragma once

#include "LocalizedText.h"

#include <QString>

#include <optional>

namespace coherence {

/// What kind of document a criterion points to.
enum class ReferenceType {
    HandbookPage, ///< a page of the GMG handbook (2010)
    GcmObjective, ///< an objective of the Global Compact for Migration
    SdgTarget,    ///< a Sustainable Development Goal target
    Instrument,   ///< an ILO convention or recommendation, or a UN treaty
    Other,
};

/// The JSON spelling of a reference type ("handbook", "gcm", "sdg", "instrument", "other").
QString referenceTypeName(ReferenceType type);
std::optional<ReferenceType> referenceTypeFromName(const QString& name);
/// Every JSON spelling, in declaration order, for error messages.
QStringList referenceTypeNames();

/**
 * A pointer from a criterion to a framework: "p. 61", "Objective 6", "8.8", "C189".
 *
 * citedIn names a rubric source when the reference is second-hand: the handbook's page
 * numbers are known only through the NGO Committee statement, and the app says so.
 */
struct Reference {
    ReferenceType type = ReferenceType::Other;
    QString value;
    LocalizedText note;
    QString citedIn;

    bool operator==(const Reference&) const = default;
};

} // namespace coherence
