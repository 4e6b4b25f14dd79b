#include "Citation.h"

#include <QStringList>

#include <array>
#include <utility>

namespace coherence {

namespace {

/// Every kind with its name, in the order the names are listed: the one place they are spelled.
constexpr std::array<std::pair<EvidenceKind, const char*>, 5> kNames{{
    {EvidenceKind::Diagnosis, "diagnosis"},
    {EvidenceKind::Measure, "measure"},
    {EvidenceKind::Budget, "budget"},
    {EvidenceKind::Indicator, "indicator"},
    {EvidenceKind::Institution, "institution"},
}};

} // namespace

QString evidenceKindName(EvidenceKind kind) {
    for (const auto& [known, text] : kNames) {
        if (known == kind) {
            return QString::fromLatin1(text);
        }
    }
    return QString();
}

std::optional<EvidenceKind> evidenceKindFromName(const QString& name) {
    for (const auto& [kind, text] : kNames) {
        if (name == QLatin1StringView(text)) {
            return kind;
        }
    }
    return std::nullopt;
}

std::optional<EvidenceKind> evidenceKindFromName(QByteArrayView utf8) {
    for (const auto& [kind, text] : kNames) {
        if (utf8 == QByteArrayView(text)) {
            return kind;
        }
    }
    return std::nullopt;
}

QStringList evidenceKindNames() {
    QStringList names;
    for (const auto& [kind, text] : kNames) {
        names << QString::fromLatin1(text);
    }
    return names;
}

bool isOperationalEvidence(EvidenceKind kind) {
    return kind == EvidenceKind::Budget || kind == EvidenceKind::Indicator ||
           kind == EvidenceKind::Institution;
}

} // namespace coherence
