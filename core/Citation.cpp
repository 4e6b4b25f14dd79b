#include "Citation.h"

#include <QStringList>

#include <array>
#include <utility>

namespace coherence {

QString evidenceKindName(EvidenceKind kind) {
    switch (kind) {
    case EvidenceKind::Diagnosis:
        return QStringLiteral("diagnosis");
    case EvidenceKind::Measure:
        return QStringLiteral("measure");
    case EvidenceKind::Budget:
        return QStringLiteral("budget");
    case EvidenceKind::Indicator:
        return QStringLiteral("indicator");
    case EvidenceKind::Institution:
        return QStringLiteral("institution");
    }
    return QString();
}

namespace {

constexpr std::array<std::pair<EvidenceKind, const char*>, 5> kNames{{
    {EvidenceKind::Diagnosis, "diagnosis"},
    {EvidenceKind::Measure, "measure"},
    {EvidenceKind::Budget, "budget"},
    {EvidenceKind::Indicator, "indicator"},
    {EvidenceKind::Institution, "institution"},
}};

} // namespace

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
    return {QStringLiteral("diagnosis"), QStringLiteral("measure"), QStringLiteral("budget"),
            QStringLiteral("indicator"), QStringLiteral("institution")};
}

bool isOperationalEvidence(EvidenceKind kind) {
    return kind == EvidenceKind::Budget || kind == EvidenceKind::Indicator ||
           kind == EvidenceKind::Institution;
}

} // namespace coherence
