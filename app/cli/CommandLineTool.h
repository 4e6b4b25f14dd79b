#pragma once

#include "ReportExport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

#include <functional>
#include <memory>
#include <optional>

namespace coherence {

struct Diagnostic;
class Assessment;
class AssessmentDocument;
class Rubric;

/**
 * The commands of coherence-cli. Every failure is one line on stderr starting
 * "coherence-cli:", a non-zero exit status, and nothing written.
 */
class CommandLineTool {
    Q_DECLARE_TR_FUNCTIONS(CommandLineTool)

public:
    /// Exit statuses: 0 success, 1 the input is invalid or the work failed, 2 the command line is wrong.
    enum ExitCode { Success = 0, Failure = 1, UsageError = 2 };

    /// Renders PDF and ODT reports; supplied by main() so the tool itself needs no QtGui.
    using DocumentRenderer = std::function<bool(const Assessment&, const ReportOptions&, ReportExport::Format,
                                                const QString& path, QString* error)>;

    CommandLineTool();
    int run(const QStringList& arguments);
    void setDocumentRenderer(DocumentRenderer renderer) { m_documentRenderer = std::move(renderer); }

private:
    int rubricCommand(const QStringList& arguments);
    int rubricList();
    int rubricShow(const QStringList& arguments);
    int rubricValidate(const QStringList& arguments);
    int score(const QStringList& arguments);
    int newDocument(const QStringList& arguments);
    int info(const QStringList& arguments);
    int rate(const QStringList& arguments);
    int cite(const QStringList& arguments);
    int exportDocument(const QStringList& arguments);
    int importDocument(const QStringList& arguments);
    int history(const QStringList& arguments);
    int copy(const QStringList& arguments);
    int report(const QStringList& arguments);
    /// Installs Coherence's translation for a report in @p language, where it has one. False, with
    /// @p error, when neither Coherence nor @p rubric has texts in it.
    bool useReportLanguage(const QString& language, const Rubric& rubric, QString* error);
    int merge(const QStringList& arguments);
    int compare(const QStringList& arguments);

    /// What a command reads of an assessment: a command that only scores reads an outline of it and of
    /// its rubric from a .coherence file (AssessmentDocument::OpenOptions::outline).
    enum class Reading { Everything, ScoringOutline };

    /// Opens a .coherence file; on failure prints the one-line error and sets @p exitCode.
    std::unique_ptr<AssessmentDocument> openDocument(const QString& path, bool forEditing, int* exitCode,
                                                     Reading reading = Reading::Everything);
    /// @p assessment, also kept alive until the process exits (see the definition for why).
    static std::shared_ptr<const Assessment> keptUntilExit(std::shared_ptr<const Assessment> assessment);
    /// A .coherence file (opened read-only) or a JSON assessment; nullptr after printing the error.
    std::shared_ptr<const Assessment> loadAssessment(const QString& path, const QString& rubricOption,
                                                     int* exitCode, Reading reading = Reading::Everything);

    int fail(const QString& message, ExitCode code = Failure);
    /// JSON and other text that is UTF-8 already.
    void writeUtf8(const QByteArray& utf8);
    /// Parses the command's options and checks the number of positional arguments; Success, or the
    /// exit status after printing @p usage (or the parser's own message).
    int parseArguments(QCommandLineParser& parser, const QStringList& arguments, qsizetype positionals,
                       const QString& usage);
    /// Adds --format text|json to @p parser and parses; Success with @p format set, or the exit status
    /// after printing the problem.
    int parseTextOrJson(QCommandLineParser& parser, const QStringList& arguments, QString* format);
    /// The first error of @p diagnostics as one line, with how many more there are.
    int failWith(const QString& what, const QList<Diagnostic>& diagnostics);
    void printUsage(QTextStream& stream);

    /// The text streams on stdout and stderr, made on first use: a command that writes its output
    /// as UTF-8 bytes (score's JSON) and succeeds needs neither, and making them cost about 0.2 ms of its
    /// start on the test machine (docs/performance.md).
    QTextStream& out();
    QTextStream& err();
    /// Flushes what was written to out(), without making it.
    void flushOut();

    DocumentRenderer m_documentRenderer;
    /// Made only to hold a report's translations: no other command needs one (main.cpp).
    std::unique_ptr<QCoreApplication> m_application;
    std::optional<QTextStream> m_out;
    std::optional<QTextStream> m_err;
};

} // namespace coherence
