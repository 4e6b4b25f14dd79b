#pragma once

#include "AssessmentDocument.h"

#include <QString>

#include <future>

namespace coherence {

/// Opens a `.coherence` file on another thread while the window is being built.
///
/// At start-up the two are independent and of a size: opening the sample (integrity check, rubric,
/// ratings) takes about 8 ms, and building the main window, whose first text loads the fonts, about
/// 11 ms. On two cores they overlap. Only the open itself runs on the other thread; everything the
/// user sees, including an error, is handled by MainWindow on the GUI thread as for any open.
/// The document is used from the GUI thread only after take(): SQLite connections may change threads
/// when not in use at the same time.
class BackgroundOpen {
public:
    /// Starts opening @p path for editing, as AssessmentDocument::open(path) would.
    explicit BackgroundOpen(const QString& path);
    // Destroying an open that was never taken waits for it (the future of std::async does) and closes
    // the document, if any, releasing its lock.
    BackgroundOpen(const BackgroundOpen&) = delete;
    BackgroundOpen& operator=(const BackgroundOpen&) = delete;

    const QString& path() const { return m_path; }
    /// Waits for the open to finish and hands over its result; once only.
    AssessmentDocument::OpenResult take();

private:
    QString m_path;
    std::future<AssessmentDocument::OpenResult> m_result;
};

} // namespace coherence
