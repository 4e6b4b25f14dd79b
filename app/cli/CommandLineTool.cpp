#include "CommandLineTool.h"

#include "AssessmentJson.h"
#include "BuiltinRubrics.h"
#include "RubricJson.h"
#include "RubricMarkdown.h"
#include "ScoreReportFormat.h"
#include "Scorer.h"

#include <QCommandLineParser>
#include <QJsonDocument>

#include <cstdio>

namespace coherence {

namespace {

/// Parses @p arguments (the command's own, after its name) with @p parser; false with a message on error.
bool parseCommand(QCommandLineParser& parser, const QStringList& arguments, QString* error) {
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    QStringList withProgram = arguments;
    withProgram.prepend(QStringLiteral("coherence-cli"));
    if (!parser.parse(withProgram)) {
        *error = parser.errorText();
        return false;
    }
    return true;
}

QString formatOption(QCommandLineParser& parser, const QStringList& allowed, QString* error) {
    const QString format =
        parser.isSet(QStringLiteral("format")) ? parser.value(QStringLiteral("format")) : allowed.first();
    if (!allowed.contains(format)) {
        *error = CommandLineTool::tr("unknown format \"%1\" (use %2)").arg(format, allowed.join(u", "));
    }
    return format;
}

} // namespace

CommandLineTool::CommandLineTool()
    : m_out(stdout)
    , m_err(stderr) {
}

void CommandLineTool::printUsage(QTextStream& stream) {
    stream << tr("Usage: coherence-cli COMMAND [ARGUMENTS]\n"
                 "\n"
                 "Scores a national development plan against the recommendations of the GMG handbook\n"
                 "\"Mainstreaming Migration into Development Planning\" (IOM, 2010).\n"
                 "\n"
                 "Commands:\n"
                 "  rubric list                         the built-in rubrics\n"
                 "  rubric show ID|FILE [--format text|json|markdown]\n"
                 "                                      a rubric (json is the canonical rubric file)\n"
                 "  rubric validate FILE                check a rubric file; lists every problem\n"
                 "  score ASSESSMENT.json [--format text|json] [--rubric ID|FILE]\n"
                 "                                      the scores, gaps and warnings of an assessment\n"
                 "\n"
                 "Options:\n"
                 "  -h, --help       this help\n"
                 "  -v, --version    the version\n"
                 "\n"
                 "Exit status: 0 success, 1 invalid input or failure, 2 wrong command line.\n");
    stream.flush();
}

int CommandLineTool::fail(const QString& message, ExitCode code) {
    QString oneLine = message;
    oneLine.replace(QLatin1Char('\n'), QLatin1Char(' '));
    m_err << "coherence-cli: " << oneLine << '\n';
    m_err.flush();
    return code;
}

int CommandLineTool::failWith(const QString& what, const QList<Diagnostic>& diagnostics) {
    const QList<Diagnostic> errors = onlyErrors(diagnostics);
    if (errors.isEmpty()) {
        return fail(what);
    }
    QString message = what + QStringLiteral(": ") + errors.first().toString();
    if (errors.size() > 1) {
        message +=
            QLatin1Char(' ') + tr("(and %n more problem(s))", nullptr, static_cast<int>(errors.size() - 1));
    }
    return fail(message);
}

int CommandLineTool::run(const QStringList& arguments) {
    const QStringList rest = arguments.mid(1);
    if (rest.isEmpty()) {
        return fail(tr("no command given; run coherence-cli --help for the list"), UsageError);
    }
    const QString command = rest.first();
    if (command == u"-h" || command == u"--help" || command == u"help") {
        printUsage(m_out);
        return Success;
    }
    if (command == u"-v" || command == u"--version") {
        m_out << "coherence-cli " << QCoreApplication::applicationVersion() << '\n';
        m_out.flush();
        return Success;
    }
    if (command == u"rubric") {
        return rubricCommand(rest.mid(1));
    }
    if (command == u"score") {
        return score(rest.mid(1));
    }
    return fail(tr("unknown command \"%1\"; run coherence-cli --help for the list").arg(command), UsageError);
}

int CommandLineTool::rubricCommand(const QStringList& arguments) {
    const QString sub = arguments.value(0);
    if (sub == u"list") {
        return rubricList();
    }
    if (sub == u"show") {
        return rubricShow(arguments.mid(1));
    }
    if (sub == u"validate") {
        return rubricValidate(arguments.mid(1));
    }
    if (sub.isEmpty()) {
        return fail(tr("rubric needs a subcommand: list, show or validate"), UsageError);
    }
    return fail(tr("unknown rubric subcommand \"%1\" (use list, show or validate)").arg(sub), UsageError);
}

int CommandLineTool::rubricList() {
    for (const QString& id : BuiltinRubrics::ids()) {
        const RubricLoadResult loaded = BuiltinRubrics::load(id);
        if (!loaded.ok()) {
            return failWith(tr("built-in rubric %1 is broken").arg(id), loaded.diagnostics);
        }
        const Rubric& rubric = *loaded.rubric;
        m_out << rubric.id() << '\t' << rubric.version() << '\t'
              << tr("%1 areas, %2 criteria").arg(rubric.areas().size()).arg(rubric.criteria().size()) << '\t'
              << rubric.title().text() << '\n';
    }
    m_out.flush();
    return Success;
}

int CommandLineTool::rubricShow(const QStringList& arguments) {
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("format"), tr("text, json or markdown"), QStringLiteral("FORMAT")});
    parser.addOption({QStringLiteral("language"), tr("language of the texts"), QStringLiteral("CODE")});
    QString error;
    if (!parseCommand(parser, arguments, &error)) {
        return fail(error, UsageError);
    }
    const QString format = formatOption(
        parser, {QStringLiteral("text"), QStringLiteral("json"), QStringLiteral("markdown")}, &error);
    if (!error.isEmpty()) {
        return fail(error, UsageError);
    }
    if (parser.positionalArguments().size() != 1) {
        return fail(tr("rubric show needs exactly one rubric id or file"), UsageError);
    }
    const QString source = parser.positionalArguments().first();
    const RubricLoadResult loaded = BuiltinRubrics::loadIdOrFile(source);
    if (!loaded.ok()) {
        return failWith(source, loaded.diagnostics);
    }
    const QString language = parser.value(QStringLiteral("language"));
    if (format == u"json") {
        m_out << QString::fromUtf8(RubricJson::indented(*loaded.rubric));
    } else if (format == u"markdown") {
        m_out << RubricMarkdown::render(*loaded.rubric, language);
    } else {
        m_out << RubricMarkdown::outline(*loaded.rubric, language);
    }
    m_out.flush();
    return Success;
}

int CommandLineTool::rubricValidate(const QStringList& arguments) {
    QCommandLineParser parser;
    QString error;
    if (!parseCommand(parser, arguments, &error)) {
        return fail(error, UsageError);
    }
    if (parser.positionalArguments().size() != 1) {
        return fail(tr("rubric validate needs exactly one rubric file"), UsageError);
    }
    const QString path = parser.positionalArguments().first();
    const RubricLoadResult loaded = RubricLoader::fromFile(path);
    // The full list is the command's report (stdout); the verdict is the one stderr line.
    for (const Diagnostic& diagnostic : loaded.diagnostics) {
        m_out << (diagnostic.isError() ? tr("error") : tr("warning")) << ": " << diagnostic.toString()
              << '\n';
    }
    m_out.flush();
    const qsizetype errors = onlyErrors(loaded.diagnostics).size();
    const qsizetype warnings = loaded.diagnostics.size() - errors;
    if (!loaded.ok()) {
        return fail(
            tr("%1 is not a valid rubric: %2 error(s), %3 warning(s)").arg(path).arg(errors).arg(warnings));
    }
    m_out << tr("%1: valid rubric %2 %3, %4 areas, %5 criteria, %6 warning(s), sha256 %7")
                 .arg(path, loaded.rubric->id(), loaded.rubric->version())
                 .arg(loaded.rubric->areas().size())
                 .arg(loaded.rubric->criteria().size())
                 .arg(warnings)
                 .arg(loaded.rubric->sha256())
          << '\n';
    m_out.flush();
    return Success;
}

int CommandLineTool::score(const QStringList& arguments) {
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("format"), tr("text or json"), QStringLiteral("FORMAT")});
    parser.addOption(
        {QStringLiteral("rubric"), tr("rubric id or file to score with"), QStringLiteral("RUBRIC")});
    parser.addOption({QStringLiteral("language"), tr("language of the texts"), QStringLiteral("CODE")});
    QString error;
    if (!parseCommand(parser, arguments, &error)) {
        return fail(error, UsageError);
    }
    const QString format = formatOption(parser, {QStringLiteral("text"), QStringLiteral("json")}, &error);
    if (!error.isEmpty()) {
        return fail(error, UsageError);
    }
    if (parser.positionalArguments().size() != 1) {
        return fail(tr("score needs exactly one assessment file"), UsageError);
    }
    const QString path = parser.positionalArguments().first();
    RubricPtr rubric;
    if (parser.isSet(QStringLiteral("rubric"))) {
        const RubricLoadResult loaded = BuiltinRubrics::loadIdOrFile(parser.value(QStringLiteral("rubric")));
        if (!loaded.ok()) {
            return failWith(parser.value(QStringLiteral("rubric")), loaded.diagnostics);
        }
        rubric = loaded.rubric;
    }
    const AssessmentLoadResult loaded = AssessmentJson::fromFile(path, rubric);
    if (!loaded.ok()) {
        return failWith(path, loaded.diagnostics);
    }
    const Scorer scorer(loaded.assessment->rubric());
    const ScoreReport report = scorer.score(*loaded.assessment);
    if (format == u"json") {
        m_out << QString::fromUtf8(
            QJsonDocument(ScoreReportFormat::toJson(report, *loaded.assessment->rubric())).toJson());
    } else {
        m_out << ScoreReportFormat::toText(report, *loaded.assessment->rubric(),
                                           parser.value(QStringLiteral("language")));
    }
    m_out.flush();
    return Success;
}

} // namespace coherence
