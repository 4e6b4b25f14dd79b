#include "Diagnostic.h"

#include <algorithm>

namespace coherence {

QString Diagnostic::toString() const {
    return path.isEmpty() ? message : path + QStringLiteral(": ") + message;
}

bool containsErrors(const QList<Diagnostic>& diagnostics) {
    return std::any_of(diagnostics.cbegin(), diagnostics.cend(),
                       [](const Diagnostic& d) { return d.isError(); });
}

QList<Diagnostic> onlyErrors(const QList<Diagnostic>& diagnostics) {
    QList<Diagnostic> result;
    std::copy_if(diagnostics.cbegin(), diagnostics.cend(), std::back_inserter(result),
                 [](const Diagnostic& d) { return d.isError(); });
    return result;
}

QList<Diagnostic> onlyWarnings(const QList<Diagnostic>& diagnostics) {
    QList<Diagnostic> result;
    std::copy_if(diagnostics.cbegin(), diagnostics.cend(), std::back_inserter(result),
                 [](const Diagnostic& d) { return !d.isError(); });
    return result;
}

} // namespace coherence
