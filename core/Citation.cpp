#include "Citation.h"

#include <QStringList>

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

std::optional<EvidenceKind> evidenceKindFromName(const QString& name) {
    for (EvidenceKind kind : {EvidenceKind::Diagnosis, EvidenceKind::Measure, EvidenceKind::Budget,
                              EvidenceKind::Indicator, EvidenceKind::Institution}) {
        if (evidenceKindName(kind) == name) {
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
