#include "AssessmentExport.h"

#include "AssessmentCsv.h"
#include "AssessmentJson.h"
#include "VerifiedFileWriter.h"

namespace coherence {

namespace {

VerifiedFileWriter::Check csvCheck(qsizetype dataRows) {
    return [dataRows](const QByteArray& written) {
        QString problem;
        const QList<QStringList> parsed = AssessmentCsv::parse(written, &problem);
        if (!problem.isEmpty()) {
            return problem;
        }
        if (parsed.size() != dataRows + 1) {
            return AssessmentExport::tr("%1 rows where %2 were expected")
                .arg(parsed.size())
                .arg(dataRows + 1);
        }
        for (const QStringList& row : parsed) {
            if (row.size() != parsed.first().size()) {
                return AssessmentExport::tr("rows of different lengths");
            }
        }
        return QString();
    };
}

} // namespace

bool AssessmentExport::writeJson(const Assessment& assessment, const QString& path, QString* error) {
    const QByteArray bytes = AssessmentJson::toJson(assessment);
    return VerifiedFileWriter::write(
        path, bytes,
        [&bytes](const QByteArray& written) {
            const AssessmentLoadResult reread = AssessmentJson::fromJson(written);
            if (!reread.ok()) {
                return reread.diagnostics.isEmpty() ? tr("it does not read back")
                                                    : reread.diagnostics.first().toString();
            }
            return AssessmentJson::toJson(*reread.assessment) == bytes ? QString()
                                                                       : tr("it reads back differently");
        },
        error);
}

bool AssessmentExport::writeRatingsCsv(const Assessment& assessment, const QString& path, QString* error) {
    return VerifiedFileWriter::write(path, AssessmentCsv::ratings(assessment),
                                     csvCheck(assessment.rubric()->criteria().size()), error);
}

bool AssessmentExport::writeActionsCsv(const Assessment& assessment, const QString& path, QString* error) {
    return VerifiedFileWriter::write(path, AssessmentCsv::actions(assessment),
                                     csvCheck(assessment.actions().size()), error);
}

} // namespace coherence
