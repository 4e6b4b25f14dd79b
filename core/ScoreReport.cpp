#include "ScoreReport.h"

namespace coherence {

QString ConsistencyWarning::kindName() const {
    switch (kind) {
    case Kind::MissingCitation:
        return QStringLiteral("missing-citation");
    case Kind::MissingOperationalEvidence:
        return QStringLiteral("missing-operational-evidence");
    case Kind::TargetBelowLevel:
        return QStringLiteral("target-below-level");
    }
    return QString();
}

QString ConsistencyWarning::message() const {
    switch (kind) {
    case Kind::MissingCitation:
        return tr("%1 is rated %2 but cites no evidence: add the passage of the plan that supports it")
            .arg(criterionId, QString::number(level));
    case Kind::MissingOperationalEvidence:
        return tr("%1 is rated %2 (operationalised or higher) but cites no budget, indicator or institution")
            .arg(criterionId, QString::number(level));
    case Kind::TargetBelowLevel:
        return tr("%1 has target %2, below its current level %3")
            .arg(criterionId, QString::number(target), QString::number(level));
    }
    return QString();
}

} // namespace coherence
