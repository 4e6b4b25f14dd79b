#pragma once

#include <QList>
#include <QString>

namespace coherence {

/**
 * One problem found in an input file, located by its JSON path
 * ("criteria[12].references[0].type") so the user can go straight to it.
 */
struct Diagnostic {
    enum class Severity { Error, Warning };

    Severity severity = Severity::Error;
    QString path;
    QString message;

    bool isError() const { return severity == Severity::Error; }
    /// "path: message", or just the message when the problem concerns the whole file.
    QString toString() const;
};

bool containsErrors(const QList<Diagnostic>& diagnostics);
QList<Diagnostic> onlyErrors(const QList<Diagnostic>& diagnostics);
QList<Diagnostic> onlyWarnings(const QList<Diagnostic>& diagnostics);

} // namespace coherence
