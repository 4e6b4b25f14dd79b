#include "UiTestSupport.h"

#include "AssessmentJson.h"

#include <QPlainTextEdit>

#include <catch2/catch.hpp>

namespace coherence::test {

std::unique_ptr<AssessmentSession> sampleSession(const QTemporaryDir& dir) {
    const AssessmentLoadResult sample = AssessmentJson::fromFile(
        QStringLiteral(COHERENCE_SOURCE_DIR "/resources/samples/examplia-ndp-2026-2030.json"));
    REQUIRE(sample.ok());
    AssessmentDocument::OpenResult created =
        AssessmentDocument::create(dir.filePath(QStringLiteral("sample.coherence")), *sample.assessment);
    REQUIRE(created.document);
    return std::make_unique<AssessmentSession>(std::move(created.document));
}

bool waitForEvidenceAndNotes(const QWidget& window) {
    return QTest::qWaitFor([&window] {
        const auto* privateNote = window.findChild<QPlainTextEdit*>(QStringLiteral("privateNoteTextEdit"));
        return privateNote && privateNote->isVisible();
    });
}

} // namespace coherence::test
