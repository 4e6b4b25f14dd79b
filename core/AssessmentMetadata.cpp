#include "AssessmentMetadata.h"

namespace coherence {

QString assessmentRoleName(AssessmentRole role) {
    switch (role) {
    case AssessmentRole::Government:
        return QStringLiteral("government");
    case AssessmentRole::CivilSociety:
        return QStringLiteral("civil-society");
    case AssessmentRole::Workshop:
        return QStringLiteral("workshop");
    }
    return QString();
}

std::optional<AssessmentRole> assessmentRoleFromName(const QString& name) {
    for (AssessmentRole role :
         {AssessmentRole::Government, AssessmentRole::CivilSociety, AssessmentRole::Workshop}) {
        if (assessmentRoleName(role) == name) {
            return role;
        }
    }
    return std::nullopt;
}

QStringList assessmentRoleNames() {
    return {QStringLiteral("government"), QStringLiteral("civil-society"), QStringLiteral("workshop")};
}

} // namespace coherence
