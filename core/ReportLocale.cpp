#include "ReportLocale.h"

namespace coherence {

QLocale ReportLocale::forLanguage(const QString& language) {
    const QLocale asked(language);
    const QLocale::Language own =
        QLocale().language() == QLocale::C ? QLocale::English : QLocale().language();
    return language.isEmpty() || asked.language() == QLocale::C || asked.language() == own ? QLocale()
                                                                                           : asked;
}

} // namespace coherence
