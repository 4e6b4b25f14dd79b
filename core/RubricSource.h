#pragma once

#include "LocalizedText.h"

#include <QString>

namespace coherence {

/// A document the rubric draws on, cited from references by id.
struct RubricSource {
    QString id;
    LocalizedText citation; ///< the bibliographic record as it should be printed
    QString url;
    LocalizedText note;

    bool operator==(const RubricSource&) const = default;
};

} // namespace coherence
