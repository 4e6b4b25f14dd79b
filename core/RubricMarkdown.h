#pragma once

#include "Rubric.h"

#include <QCoreApplication>
#include <QString>

namespace coherence {

/// Renders a rubric as a Markdown reference document (docs/rubric.md is generated this way).
class RubricMarkdown {
    Q_DECLARE_TR_FUNCTIONS(RubricMarkdown)

public:
    static QString render(const Rubric& rubric, const QString& language = QString());
    /// A short plain-text outline for a terminal: areas and criterion titles.
    static QString outline(const Rubric& rubric, const QString& language = QString());
    /// Escapes the characters Markdown would interpret, so rubric and user text prints literally.
    static QString escape(const QString& text);
    /// "p. 61 (as cited in …)", "GCM Objective 6", "SDG 8.8", "C189".
    static QString describeReference(const Rubric& rubric, const Reference& reference,
                                     const QString& language = QString(),
                                     const QString& correctedPage = QString());
};

} // namespace coherence
