#pragma once

#include "LocalizedText.h"
#include "RatingScale.h"
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

    /// What @p level means for this criterion: its own descriptor where it has one, else the scale's
    /// definition. The walk-through, the slides and their tests all show it so.
    LocalizedText levelMeaning(const ScaleLevel& level) const {
        return levelDescriptors.value(level.value, level.definition);
    }

    bool operator==(const Criterion&) const = default;
};

} // namespace coherence
