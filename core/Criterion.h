#pragma once

#include "LocalizedText.h"
#include "Reference.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace coherence {

/**
 * One checkable recommendation. Its id is stable across rubric versions: assessments,
 * merges and comparisons key on it, so a rename is a deliberate, visible change.
 */
struct Criterion {
    QString id;
    QString areaId;
    LocalizedText title;
    LocalizedText recommendation;
    LocalizedText guidance; ///< what to look for in the plan
    QList<LocalizedText> questions;
    QMap<int, LocalizedText> levelDescriptors; ///< only where this criterion differs from the generic scale
    QList<Reference> references;
    QMap<QString, QStringList> keywords; ///< per language, to find evidence in a plan's text
    double weight = 1.0;
    int defaultTarget = 3;

    bool operator==(const Criterion&) const = default;
};

} // namespace coherence
