#pragma once

#include <QLocale>
#include <QString>

namespace coherence {

/// How a report in a language writes its numbers and dates: "43,8" and "30 juin 2027" in French.
class ReportLocale {
public:
    /// The user's own locale where it is in @p language (a British user's English report keeps its
    /// regional format; a server's C locale counts as English), else @p language's own: a French
    /// report from an English desktop or from the command line. The user's own for no language.
    static QLocale forLanguage(const QString& language);
};

} // namespace coherence
