#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

namespace coherence {

/// Who is assessing, which changes how reports are worded (a self-assessment or a review).
enum class AssessmentRole { Government, CivilSociety, Workshop };

QString assessmentRoleName(AssessmentRole role); ///< "government", "civil-society", "workshop"
std::optional<AssessmentRole> assessmentRoleFromName(const QString& name);
QStringList assessmentRoleNames();

struct AssessmentMetadata {
    QString title;
    AssessmentRole role = AssessmentRole::Government;
    QStringList assessors;
    QString organisation;
    QDateTime created;
    QDateTime modified;

    bool operator==(const AssessmentMetadata&) const = default;
};

} // namespace coherence
