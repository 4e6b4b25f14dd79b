// libFuzzer target: any bytes as a .coherence file, opened three times. First as the CLI reads it
// (read-only, memory-mapped, the change log checked only when read), then as `score` reads it (the same,
// as an outline), then for editing (so old schemas are upgraded too). Each must refuse cleanly or give an
// assessment that scores and whose change log either reads or says why not. The outline checks less
// than the whole, never more: where the whole opens, so does the outline, with the same score report.
#include "AssessmentDocument.h"
#include "FuzzTarget.h"
#include "ScoreReportFormat.h"
#include "Scorer.h"

#include <QDir>
#include <QFile>

#include <cstdint>
#include <cstdlib>
#include <unistd.h>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const QString folder = QDir::tempPath() + QStringLiteral("/coherence-fuzz-") + QString::number(getpid());
    QDir().mkpath(folder);
    const QString path = folder + QStringLiteral("/input.coherence");
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            std::abort();
        }
        file.write(reinterpret_cast<const char*>(data), qint64(size));
    }
    {
        coherence::AssessmentDocument::OpenOptions options;
        options.access = coherence::AssessmentDocument::Access::ReadOnly;
        options.memoryMapped = true;
        options.checkChangeLog = false;
        const coherence::AssessmentDocument::OpenResult opened =
            coherence::AssessmentDocument::open(path, options);
        options.outline = true;
        const coherence::AssessmentDocument::OpenResult outline =
            coherence::AssessmentDocument::open(path, options);
        if (outline.document) {
            const coherence::Assessment& assessment = outline.document->assessment();
            (void)coherence::Scorer(assessment.rubric()).score(assessment);
        } else if (outline.error.isEmpty()) {
            std::abort(); // a refusal always says why
        }
        if (opened.document) {
            const coherence::Assessment& assessment = opened.document->assessment();
            const coherence::ScoreReport report = coherence::Scorer(assessment.rubric()).score(assessment);
            if (!outline.document) {
                std::abort(); // the outline refused what the whole read
            }
            const coherence::Assessment& part = outline.document->assessment();
            if (coherence::ScoreReportFormat::toJsonText(report, *assessment.rubric()) !=
                coherence::ScoreReportFormat::toJsonText(coherence::Scorer(part.rubric()).score(part),
                                                         *part.rubric())) {
                std::abort(); // the outline scored differently
            }
            QString error;
            (void)opened.document->history(QDateTime(), &error);
            if (opened.document->changeCount(&error) < 0 && error.isEmpty()) {
                std::abort(); // an unreadable change log always says why
            }
        } else if (opened.error.isEmpty()) {
            std::abort(); // a refusal always says why
        }
    }
    {
        const coherence::AssessmentDocument::OpenResult opened = coherence::AssessmentDocument::open(path);
        if (opened.document) {
            const coherence::Assessment& assessment = opened.document->assessment();
            (void)coherence::Scorer(assessment.rubric()).score(assessment);
            (void)opened.document->history();
        } else if (opened.error.isEmpty()) {
            std::abort(); // a refusal always says why
        }
    }
    // Upgrade backups, journals and locks of this input must not leak into the next one.
    QDir(folder).removeRecursively();
    return 0;
}
