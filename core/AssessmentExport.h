#pragma once

#include "Assessment.h"

#include <QCoreApplication>
#include <QString>

namespace coherence {

/**
 * The exports of an assessment to files, shared by the CLI and the GUI: each is checked for the
 * expected structure, written atomically and read back before success is reported
 * (VerifiedFileWriter), so a reported export is always a complete, readable file.
 */
class AssessmentExport {
    Q_DECLARE_TR_FUNCTIONS(AssessmentExport)

public:
    [[nodiscard]] static bool writeJson(const Assessment& assessment, const QString& path, QString* error);
    [[nodiscard]] static bool writeRatingsCsv(const Assessment& assessment, const QString& path,
                                              QString* error);
    [[nodiscard]] static bool writeActionsCsv(const Assessment& assessment, const QString& path,
                                              QString* error);
};

} // namespace coherence
