#pragma once

#include <QString>

namespace coherence {

/// The convention of every `bool f(…, QString* error)` in the core: the reason goes to @p error when
/// the caller asked for it (it may pass nullptr), and the function returns false. One line at the
/// point of failure: `return failWith(error, tr("…"));`.
inline bool failWith(QString* error, const QString& message) {
    if (error) {
        *error = message;
    }
    return false;
}

} // namespace coherence
