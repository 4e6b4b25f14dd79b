#include "CommandLineTool.h"

#include "ApplicationTranslations.h"
#include "AssessmentComparison.h"
#include "AssessmentDiff.h"
#include "AssessmentDocument.h"
#include "AssessmentExport.h"
#include "AssessmentJson.h"
#include "AssessmentMerge.h"
#include "BuiltinRubrics.h"
#include "ReportExport.h"
#include "RubricJson.h"
#include "RubricMarkdown.h"
#include "ScoreReportFormat.h"
#include "Scorer.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLocale>

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

CommandLineTool::CommandLineTool() = default;

QTextStream& CommandLineTool::out() {
    if (!m_out) {
        m_out.emplace(stdout);
    }
    return *m_out;
}

QTextStream& CommandLineTool::err() {
    if (!m_err) {
        m_err.emplace(stderr);
    }
    return *m_err;
}

void CommandLineTool::flushOut() {
    if (m_out) {
        m_out->flush();
    }
}

void CommandLineTool::printUsage(QTextStream& stream) {
    stream << tr(
        "Usage: coherence-cli COMMAND [ARGUMENTS]\n"
        "\n"
        "Scores a national development plan against the recommendations of the GMG handbook\n"
        "\"Mainstreaming Migration into Development Planning\" (IOM, 2010).\n"
        "\n"
        "Commands:\n"
        "  rubric list                         the built-in rubrics\n"
        "  rubric show ID|FILE [--format text|json|markdown]\n"
        "                                      a rubric (json is the canonical rubric file)\n"
        "  rubric validate FILE                check a rubric file; lists every problem\n"
        "  score FILE [--format text|json] [--rubric ID|FILE]\n"
        "                                      scores, gaps and warnings of a .coherence or JSON assessment\n"
        "  new FILE --title T --country C [--role government|civil-society|workshop]\n"
        "      [--rubric ID|FILE] [--period P] [--document REF] [--assessor NAME]... [--organisation O]\n"
        "                                      create a .coherence assessment\n"
        "  info FILE                           what an assessment is, and how far along\n"
        "  rate FILE CRITERION LEVEL|na [--justification J] [--target N] [--note N]\n"
        "                                      set a rating (saved at once)\n"
        "  cite FILE CRITERION --excerpt E [--section S] [--page P] [--kind K] [--document D]\n"
        "                                      add evidence to a rating\n"
        "  export FILE --format json|csv [--actions] -o OUT\n"
        "                                      JSON interchange, or CSV of ratings (or of actions)\n"
        "  import FILE IN.json [--apply]       show what a JSON import would change; --apply applies it\n"
        "                                      (FILE is created when it does not exist)\n"
        "  history FILE [--since DATE]         the change log\n"
        "  copy FILE OUT                       a consistent copy of a .coherence file\n"
        "  report FILE -o OUT [--format pdf|odt|html|md] [--template briefing|full|workshop]\n"
        "      [--page a4|letter] [--language CODE] [--hide-overall] [--anonymise] [--private-notes]\n"
        "                                      a briefing note (the default), full report or workshop\n"
        "                                      summary, in the format OUT's name ends in unless given;\n"
        "                                      in --language (en, fr, es) throughout; checked after\n"
        "                                      writing\n"
        "  merge -o OUT A B... [--anonymise]   merge participants' assessments into a new consensus\n"
        "                                      file (median level); prints the disagreements\n"
        "  compare A B [--format text|json]    two assessments side by side: levels, deltas, changes\n"
        "\n"
        "Options:\n"
        "  -h, --help       this help\n"
        "  -v, --version    the version\n"
        "\n"
        "Exit status: 0 success, 1 invalid input or failure, 2 wrong command line.\n");
    stream.flush();
}

int CommandLineTool::parseArguments(QCommandLineParser& parser, const QStringList& arguments,
                                    qsizetype positionals, const QString& usage) {
    QString error;
    if (!parseCommand(parser, arguments, &error)) {
        return fail(error, UsageError);
    }
    if (parser.positionalArguments().size() != positionals) {
        return fail(usage, UsageError);
    }
    return Success;
}

int CommandLineTool::parseTextOrJson(QCommandLineParser& parser, const QStringList& arguments,
                                     QString* format) {
    parser.addOption({QStringLiteral("format"), tr("text or json"), QStringLiteral("FORMAT")});
    QString error;
    if (!parseCommand(parser, arguments, &error)) {
        return fail(error, UsageError);
    }
    *format = formatOption(parser, {QStringLiteral("text"), QStringLiteral("json")}, &error);
    return error.isEmpty() ? Success : fail(error, UsageError);
}

void CommandLineTool::writeUtf8(const QByteArray& utf8) {
    // Already UTF-8: straight to stdout, not decoded into a QString for the text stream to re-encode.
    flushOut();
    std::fwrite(utf8.constData(), 1, static_cast<size_t>(utf8.size()), stdout);
    std::fflush(stdout);
}

int CommandLineTool::fail(const QString& message, ExitCode code) {
    QString oneLine = message;
    oneLine.replace(QLatin1Char('\n'), QLatin1Char(' '));
    err() << "coherence-cli: " << oneLine << '\n';
    err().flush();
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
        printUsage(out());
        return Success;
    }
    if (command == u"-v" || command == u"--version") {
        out() << "coherence-cli " << QCoreApplication::applicationVersion() << '\n';
        flushOut();
        return Success;
    }
    if (command == u"rubric") {
        return rubricCommand(rest.mid(1));
    }
    if (command == u"score") {
        return score(rest.mid(1));
    }
    const QList<std::pair<const char16_t*, int (CommandLineTool::*)(const QStringList&)>> commands{
        {u"new", &CommandLineTool::newDocument},
        {u"info", &CommandLineTool::info},
        {u"rate", &CommandLineTool::rate},
        {u"cite", &CommandLineTool::cite},
        {u"export", &CommandLineTool::exportDocument},
        {u"import", &CommandLineTool::importDocument},
        {u"history", &CommandLineTool::history},
        {u"copy", &CommandLineTool::copy},
        {u"report", &CommandLineTool::report},
        {u"merge", &CommandLineTool::merge},
        {u"compare", &CommandLineTool::compare},
    };
    for (const auto& [name, handler] : commands) {
        if (command == QStringView(name)) {
            return (this->*handler)(rest.mid(1));
        }
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
        out() << rubric.id() << '\t' << rubric.version() << '\t'
              << tr("%1 areas, %2 criteria").arg(rubric.areas().size()).arg(rubric.criteria().size()) << '\t'
              << rubric.title().text() << '\n';
    }
    flushOut();
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
        writeUtf8(RubricJson::indented(*loaded.rubric));
    } else if (format == u"markdown") {
        out() << RubricMarkdown::render(*loaded.rubric, language);
    } else {
        out() << RubricMarkdown::outline(*loaded.rubric, language);
    }
    flushOut();
    return Success;
}

int CommandLineTool::rubricValidate(const QStringList& arguments) {
    QCommandLineParser parser;
    if (const int status =
            parseArguments(parser, arguments, 1, tr("rubric validate needs exactly one rubric file"));
        status != Success) {
        return status;
    }
    const QString path = parser.positionalArguments().first();
    const RubricLoadResult loaded = RubricLoader::fromFile(path);
    // The full list is the command's report (stdout); the verdict is the one stderr line.
    for (const Diagnostic& diagnostic : loaded.diagnostics) {
        out() << (diagnostic.isError() ? tr("error") : tr("warning")) << ": " << diagnostic.toString()
              << '\n';
    }
    flushOut();
    const qsizetype errors = onlyErrors(loaded.diagnostics).size();
    const qsizetype warnings = loaded.diagnostics.size() - errors;
    if (!loaded.ok()) {
        return fail(
            tr("%1 is not a valid rubric: %2 error(s), %3 warning(s)").arg(path).arg(errors).arg(warnings));
    }
    out() << tr("%1: valid rubric %2 %3, %4 areas, %5 criteria, %6 warning(s), sha256 %7")
                 .arg(path, loaded.rubric->id(), loaded.rubric->version())
                 .arg(loaded.rubric->areas().size())
                 .arg(loaded.rubric->criteria().size())
                 .arg(warnings)
                 .arg(loaded.rubric->sha256())
          << '\n';
    flushOut();
    return Success;
}

int CommandLineTool::score(const QStringList& arguments) {
    QCommandLineParser parser;
    parser.addOption(
        {QStringLiteral("rubric"), tr("rubric id or file to score with"), QStringLiteral("RUBRIC")});
    parser.addOption({QStringLiteral("language"), tr("language of the texts"), QStringLiteral("CODE")});
    QString format;
    if (const int status = parseTextOrJson(parser, arguments, &format); status != Success) {
        return status;
    }
    if (parser.positionalArguments().size() != 1) {
        return fail(tr("score needs exactly one assessment file"), UsageError);
    }
    int exitCode = Success;
    // Scoring and the score report use no rubric text but titles, and of the assessment only the ratings.
    const auto assessment =
        loadAssessment(parser.positionalArguments().first(), parser.value(QStringLiteral("rubric")),
                       &exitCode, Reading::ScoringOutline);
    if (!assessment) {
        return exitCode;
    }
    const Scorer scorer(assessment->rubric());
    const ScoreReport report = scorer.score(*assessment);
    if (format == u"json") {
        writeUtf8(ScoreReportFormat::toJsonText(report, *assessment->rubric()));
    } else {
        out() << ScoreReportFormat::toText(report, *assessment->rubric(),
                                           parser.value(QStringLiteral("language")));
    }
    flushOut();
    return Success;
}

std::unique_ptr<AssessmentDocument> CommandLineTool::openDocument(const QString& path, bool forEditing,
                                                                  int* exitCode, Reading reading) {
    AssessmentDocument::OpenOptions options;
    options.access =
        forEditing ? AssessmentDocument::Access::ReadWrite : AssessmentDocument::Access::ReadOnly;
    options.memoryMapped = true; // a command lives for milliseconds: see OpenOptions::memoryMapped
    // Whatever a command reads is checked before it is read: the change log only by the commands that
    // read it (info, history, copy). See OpenOptions::checkChangeLog.
    options.checkChangeLog = false;
    options.outline = reading == Reading::ScoringOutline;
    AssessmentDocument::OpenResult opened = AssessmentDocument::open(path, options);
    if (!opened.document) {
        *exitCode = fail(path + QStringLiteral(": ") + opened.error);
        return nullptr;
    }
    if (forEditing && opened.document->isReadOnly()) {
        *exitCode = fail(path + QStringLiteral(": ") +
                         tr("cannot change it: %1").arg(opened.document->readOnlyReason()));
        return nullptr;
    }
    return std::move(opened.document);
}

std::shared_ptr<const Assessment> CommandLineTool::loadAssessment(const QString& path,
                                                                  const QString& rubricOption, int* exitCode,
                                                                  Reading reading) {
    if (AssessmentDocument::looksLikeDatabase(path)) {
        const auto document = openDocument(path, false, exitCode, reading);
        return document ? keptUntilExit(std::make_shared<const Assessment>(document->assessment())) : nullptr;
    }
    RubricPtr rubric;
    if (!rubricOption.isEmpty()) {
        const RubricLoadResult loaded = BuiltinRubrics::loadIdOrFile(rubricOption);
        if (!loaded.ok()) {
            *exitCode = failWith(rubricOption, loaded.diagnostics);
            return nullptr;
        }
        rubric = loaded.rubric;
    }
    const AssessmentLoadResult loaded = AssessmentJson::fromFile(path, rubric);
    if (!loaded.ok()) {
        *exitCode = failWith(path, loaded.diagnostics);
        return nullptr;
    }
    return keptUntilExit(loaded.assessment);
}

std::shared_ptr<const Assessment>
CommandLineTool::keptUntilExit(std::shared_ptr<const Assessment> assessment) {
    // A command ends when its process does, which hands all memory back at once; freeing a large
    // rubric object by object first took 4 % of `score` at 1,000 criteria. Reachable from here, so
    // leak checkers do not report it.
    static auto* const kept = new QList<std::shared_ptr<const Assessment>>();
    kept->append(assessment);
    return assessment;
}

int CommandLineTool::newDocument(const QStringList& arguments) {
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("title"), tr("plan title"), QStringLiteral("TITLE")});
    parser.addOption({QStringLiteral("country"), tr("country"), QStringLiteral("COUNTRY")});
    parser.addOption(
        {QStringLiteral("role"), tr("government, civil-society or workshop"), QStringLiteral("ROLE")});
    parser.addOption({QStringLiteral("rubric"), tr("rubric id or file"), QStringLiteral("RUBRIC")});
    parser.addOption({QStringLiteral("period"), tr("plan period"), QStringLiteral("PERIOD")});
    parser.addOption({QStringLiteral("document"), tr("document reference"), QStringLiteral("REF")});
    parser.addOption({QStringLiteral("assessor"), tr("an assessor (repeatable)"), QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("organisation"), tr("organisation"), QStringLiteral("ORG")});
    if (const int status = parseArguments(parser, arguments, 1, tr("new needs exactly one file name"));
        status != Success) {
        return status;
    }
    const QString path = parser.positionalArguments().first();
    const QString title = parser.value(QStringLiteral("title")).trimmed();
    const QString country = parser.value(QStringLiteral("country")).trimmed();
    if (title.isEmpty() || country.isEmpty()) {
        return fail(tr("new needs --title and --country"), UsageError);
    }
    AssessmentRole role = AssessmentRole::Government;
    if (parser.isSet(QStringLiteral("role"))) {
        const auto known = assessmentRoleFromName(parser.value(QStringLiteral("role")));
        if (!known) {
            return fail(tr("unknown role \"%1\" (use %2)")
                            .arg(parser.value(QStringLiteral("role")), assessmentRoleNames().join(u", ")),
                        UsageError);
        }
        role = *known;
    }
    const QString rubricName = parser.isSet(QStringLiteral("rubric"))
                                   ? parser.value(QStringLiteral("rubric"))
                                   : QString::fromUtf16(BuiltinRubrics::kGmgId);
    const RubricLoadResult rubric = BuiltinRubrics::loadIdOrFile(rubricName);
    if (!rubric.ok()) {
        return failWith(rubricName, rubric.diagnostics);
    }
    Assessment assessment(rubric.rubric);
    assessment.setPlan(
        {title, country, parser.value(QStringLiteral("period")), parser.value(QStringLiteral("document"))});
    AssessmentMetadata metadata;
    metadata.role = role;
    metadata.assessors = parser.values(QStringLiteral("assessor"));
    metadata.organisation = parser.value(QStringLiteral("organisation"));
    assessment.setMetadata(metadata);
    const AssessmentDocument::OpenResult created = AssessmentDocument::create(path, assessment);
    if (!created.document) {
        return fail(created.error);
    }
    out() << tr("created %1: %2 (%3), rubric %4 %5, %6 criteria")
                 .arg(path, title, country, rubric.rubric->id(), rubric.rubric->version())
                 .arg(rubric.rubric->criteria().size())
          << '\n';
    flushOut();
    return Success;
}

int CommandLineTool::info(const QStringList& arguments) {
    QCommandLineParser parser;
    if (const int status = parseArguments(parser, arguments, 1, tr("info needs exactly one .coherence file"));
        status != Success) {
        return status;
    }
    int exitCode = Success;
    const auto document = openDocument(parser.positionalArguments().first(), false, &exitCode);
    if (!document) {
        return exitCode;
    }
    QString error;
    const qint64 changes = document->changeCount(&error);
    if (changes < 0) {
        return fail(document->path() + QStringLiteral(": ") + error);
    }
    const Assessment& assessment = document->assessment();
    const ScoreReport report = Scorer(assessment.rubric()).score(assessment);
    const AssessmentMetadata& metadata = assessment.metadata();
    out() << tr("Plan:         %1").arg(assessment.plan().title) << '\n'
          << tr("Country:      %1").arg(assessment.plan().country) << '\n'
          << tr("Period:       %1").arg(assessment.plan().period) << '\n'
          << tr("Document:     %1").arg(assessment.plan().documentReference) << '\n'
          << tr("Role:         %1").arg(assessmentRoleName(metadata.role)) << '\n'
          << tr("Assessors:    %1").arg(metadata.assessors.join(u", ")) << '\n'
          << tr("Organisation: %1").arg(metadata.organisation) << '\n'
          << tr("Rubric:       %1 %2 (sha256 %3)")
                 .arg(assessment.rubric()->id(), assessment.rubric()->version(),
                      assessment.rubric()->sha256())
          << '\n'
          << tr("Created:      %1").arg(metadata.created.toString(Qt::ISODate)) << '\n'
          << tr("Modified:     %1").arg(metadata.modified.toString(Qt::ISODate)) << '\n'
          << tr("Progress:     %1 rated, %2 not applicable, of %3 (coverage %4%)")
                 .arg(report.rated)
                 .arg(report.notApplicable)
                 .arg(report.total)
                 .arg(ScoreReportFormat::formatScore(report.coverage))
          << '\n'
          << tr("Overall:      %1").arg(ScoreReportFormat::formatScore(report.overall)) << '\n'
          << tr("Actions:      %1").arg(assessment.actions().size()) << '\n'
          << tr("Changes:      %1 recorded").arg(changes) << '\n';
    flushOut();
    return Success;
}

int CommandLineTool::rate(const QStringList& arguments) {
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("justification"), tr("why not applicable"), QStringLiteral("TEXT")});
    parser.addOption({QStringLiteral("target"), tr("target level"), QStringLiteral("N")});
    parser.addOption({QStringLiteral("note"), tr("note"), QStringLiteral("TEXT")});
    if (const int status =
            parseArguments(parser, arguments, 3, tr("rate needs FILE CRITERION LEVEL (a number, or na)"));
        status != Success) {
        return status;
    }
    const QStringList positional = parser.positionalArguments();
    int exitCode = Success;
    const auto document = openDocument(positional[0], true, &exitCode);
    if (!document) {
        return exitCode;
    }
    Rating rating = document->assessment().rating(positional[1]);
    if (positional[2].compare(u"na", Qt::CaseInsensitive) == 0) {
        rating.level.reset();
        rating.notApplicable = true;
    } else {
        bool isNumber = false;
        const int level = positional[2].toInt(&isNumber);
        if (!isNumber) {
            return fail(tr("\"%1\" is not a level: give a number on the scale or na").arg(positional[2]),
                        UsageError);
        }
        rating.level = level;
        rating.notApplicable = false;
        rating.justification.clear();
    }
    if (parser.isSet(QStringLiteral("justification"))) {
        rating.justification = parser.value(QStringLiteral("justification"));
    }
    if (parser.isSet(QStringLiteral("target"))) {
        bool isNumber = false;
        rating.target = parser.value(QStringLiteral("target")).toInt(&isNumber);
        if (!isNumber) {
            return fail(tr("--target needs a number"), UsageError);
        }
    }
    if (parser.isSet(QStringLiteral("note"))) {
        rating.note = parser.value(QStringLiteral("note"));
    }
    QString error;
    if (!document->setRating(positional[1], rating, &error)) {
        return fail(positional[0] + QStringLiteral(": ") + positional[1] + QStringLiteral(": ") + error);
    }
    return Success;
}

int CommandLineTool::cite(const QStringList& arguments) {
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("excerpt"), tr("the passage"), QStringLiteral("TEXT")});
    parser.addOption({QStringLiteral("section"), tr("section"), QStringLiteral("TEXT")});
    parser.addOption({QStringLiteral("page"), tr("page"), QStringLiteral("TEXT")});
    parser.addOption({QStringLiteral("kind"), tr("diagnosis, measure, budget, indicator or institution"),
                      QStringLiteral("KIND")});
    parser.addOption({QStringLiteral("document"), tr("document cited"), QStringLiteral("TEXT")});
    QString error;
    if (!parseCommand(parser, arguments, &error)) {
        return fail(error, UsageError);
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2 || !parser.isSet(QStringLiteral("excerpt"))) {
        return fail(tr("cite needs FILE CRITERION --excerpt TEXT"), UsageError);
    }
    Citation citation;
    citation.excerpt = parser.value(QStringLiteral("excerpt"));
    citation.section = parser.value(QStringLiteral("section"));
    citation.page = parser.value(QStringLiteral("page"));
    citation.document = parser.value(QStringLiteral("document"));
    if (parser.isSet(QStringLiteral("kind"))) {
        const auto kind = evidenceKindFromName(parser.value(QStringLiteral("kind")));
        if (!kind) {
            return fail(tr("unknown evidence kind \"%1\" (use %2)")
                            .arg(parser.value(QStringLiteral("kind")), evidenceKindNames().join(u", ")),
                        UsageError);
        }
        citation.kind = *kind;
    }
    int exitCode = Success;
    const auto document = openDocument(positional[0], true, &exitCode);
    if (!document) {
        return exitCode;
    }
    Rating rating = document->assessment().rating(positional[1]);
    rating.citations.append(citation);
    if (!document->setRating(positional[1], rating, &error)) {
        return fail(positional[0] + QStringLiteral(": ") + positional[1] + QStringLiteral(": ") + error);
    }
    return Success;
}

int CommandLineTool::exportDocument(const QStringList& arguments) {
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("format"), tr("json or csv"), QStringLiteral("FORMAT")});
    parser.addOption({QStringLiteral("actions"), tr("CSV of the action plan instead of the ratings")});
    parser.addOption(
        {{QStringLiteral("o"), QStringLiteral("output")}, tr("output file"), QStringLiteral("OUT")});
    parser.addOption({QStringLiteral("rubric"), tr("rubric for a JSON input"), QStringLiteral("RUBRIC")});
    QString error;
    if (!parseCommand(parser, arguments, &error)) {
        return fail(error, UsageError);
    }
    const QString format = formatOption(parser, {QStringLiteral("json"), QStringLiteral("csv")}, &error);
    if (!error.isEmpty()) {
        return fail(error, UsageError);
    }
    if (parser.positionalArguments().size() != 1 || !parser.isSet(QStringLiteral("output"))) {
        return fail(tr("export needs FILE --format json|csv -o OUT"), UsageError);
    }
    int exitCode = Success;
    const auto assessment = loadAssessment(parser.positionalArguments().first(),
                                           parser.value(QStringLiteral("rubric")), &exitCode);
    if (!assessment) {
        return exitCode;
    }
    const QString output = parser.value(QStringLiteral("output"));
    bool written = false;
    if (format == u"json") {
        written = AssessmentExport::writeJson(*assessment, output, &error);
    } else if (parser.isSet(QStringLiteral("actions"))) {
        written = AssessmentExport::writeActionsCsv(*assessment, output, &error);
    } else {
        written = AssessmentExport::writeRatingsCsv(*assessment, output, &error);
    }
    if (!written) {
        return fail(error);
    }
    return Success;
}

int CommandLineTool::importDocument(const QStringList& arguments) {
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("apply"), tr("apply the changes shown")});
    parser.addOption({QStringLiteral("rubric"), tr("rubric for the JSON input"), QStringLiteral("RUBRIC")});
    if (const int status = parseArguments(parser, arguments, 2, tr("import needs FILE IN.json"));
        status != Success) {
        return status;
    }
    const QStringList positional = parser.positionalArguments();
    int exitCode = Success;
    const auto imported = loadAssessment(positional[1], parser.value(QStringLiteral("rubric")), &exitCode);
    if (!imported) {
        return exitCode;
    }
    if (!QFileInfo::exists(positional[0])) {
        const AssessmentDocument::OpenResult created = AssessmentDocument::create(positional[0], *imported);
        if (!created.document) {
            return fail(created.error);
        }
        out() << tr("created %1 from %2: %3 ratings, %4 actions")
                     .arg(positional[0], positional[1])
                     .arg(imported->ratings().size())
                     .arg(imported->actions().size())
              << '\n';
        flushOut();
        return Success;
    }
    const auto document = openDocument(positional[0], parser.isSet(QStringLiteral("apply")), &exitCode);
    if (!document) {
        return exitCode;
    }
    if (imported->rubric()->sha256() != document->assessment().rubric()->sha256()) {
        return fail(positional[0] + QStringLiteral(": ") +
                    tr("the import uses rubric %1 %2 but this assessment uses %3 %4; they cannot be combined")
                        .arg(imported->rubric()->id(), imported->rubric()->version(),
                             document->assessment().rubric()->id(),
                             document->assessment().rubric()->version()));
    }
    const QStringList changes = AssessmentDiff::describe(document->assessment(), *imported);
    if (changes.isEmpty()) {
        out() << tr("%1 already holds what %2 holds: nothing to change").arg(positional[0], positional[1])
              << '\n';
        flushOut();
        return Success;
    }
    out() << tr("Importing %1 into %2 would make %n change(s):", nullptr, static_cast<int>(changes.size()))
                 .arg(positional[1], positional[0])
          << '\n';
    for (const QString& change : changes) {
        out() << "  " << change << '\n';
    }
    if (!parser.isSet(QStringLiteral("apply"))) {
        out() << tr("Nothing was changed. Run again with --apply to apply these changes.") << '\n';
        flushOut();
        return Success;
    }
    QString error;
    if (!document->replaceContent(*imported, positional[1], &error)) {
        flushOut();
        return fail(positional[0] + QStringLiteral(": ") + error);
    }
    out() << tr("Applied.") << '\n';
    flushOut();
    return Success;
}

int CommandLineTool::history(const QStringList& arguments) {
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("since"), tr("only changes from this date (YYYY-MM-DD) or time on"),
                      QStringLiteral("DATE")});
    if (const int status =
            parseArguments(parser, arguments, 1, tr("history needs exactly one .coherence file"));
        status != Success) {
        return status;
    }
    QDateTime since;
    if (parser.isSet(QStringLiteral("since"))) {
        const QString text = parser.value(QStringLiteral("since"));
        since = QDateTime::fromString(text, Qt::ISODate);
        if (!since.isValid()) {
            const QDate date = QDate::fromString(text, Qt::ISODate);
            since = date.isValid() ? QDateTime(date, QTime(0, 0), Qt::UTC) : QDateTime();
        }
        if (!since.isValid()) {
            return fail(tr("--since needs a date such as 2026-03-01 or 2026-03-01T09:00:00Z"), UsageError);
        }
    }
    int exitCode = Success;
    const auto document = openDocument(parser.positionalArguments().first(), false, &exitCode);
    if (!document) {
        return exitCode;
    }
    QString error;
    const QList<ChangeLogEntry> entries = document->history(since, &error);
    if (!error.isEmpty()) {
        return fail(document->path() + QStringLiteral(": ") + error);
    }
    for (const ChangeLogEntry& entry : entries) {
        const auto shorten = [](const QString& text) {
            const QString line = text.simplified();
            return line.size() > 70 ? line.left(67) + QStringLiteral("…") : line;
        };
        out() << entry.at.toString(Qt::ISODate) << '\t' << entry.author << '\t' << entry.what << '\t'
              << entry.subject << '\t' << shorten(entry.oldValue) << " → " << shorten(entry.newValue) << '\n';
    }
    flushOut();
    return Success;
}

int CommandLineTool::copy(const QStringList& arguments) {
    QCommandLineParser parser;
    if (const int status = parseArguments(parser, arguments, 2, tr("copy needs FILE OUT"));
        status != Success) {
        return status;
    }
    const QStringList positional = parser.positionalArguments();
    int exitCode = Success;
    const auto document = openDocument(positional[0], false, &exitCode);
    if (!document) {
        return exitCode;
    }
    QString error;
    if (!document->saveCopy(positional[1], &error)) {
        return fail(error);
    }
    return Success;
}

int CommandLineTool::report(const QStringList& arguments) {
    QCommandLineParser parser;
    parser.addOption(
        {QStringLiteral("template"), tr("briefing, full or workshop"), QStringLiteral("TEMPLATE")});
    parser.addOption({QStringLiteral("format"), tr("pdf, odt, html or md"), QStringLiteral("FORMAT")});
    parser.addOption(
        {{QStringLiteral("o"), QStringLiteral("output")}, tr("output file"), QStringLiteral("OUT")});
    parser.addOption({QStringLiteral("hide-overall"), tr("leave the overall score out")});
    parser.addOption({QStringLiteral("anonymise"), tr("withhold the assessors' names")});
    parser.addOption({QStringLiteral("private-notes"), tr("include private notes (full report only)")});
    parser.addOption({QStringLiteral("page"), tr("a4 or letter"), QStringLiteral("SIZE")});
    parser.addOption({QStringLiteral("language"),
                      tr("language of the report: its headings and the rubric's texts"),
                      QStringLiteral("CODE")});
    parser.addOption({QStringLiteral("rubric"), tr("rubric for a JSON input"), QStringLiteral("RUBRIC")});
    QString error;
    if (!parseCommand(parser, arguments, &error)) {
        return fail(error, UsageError);
    }
    // Without --format, the output's name says it, as it would to anyone reading "-o note.odt".
    const auto format = parser.isSet(QStringLiteral("format"))
                            ? ReportExport::formatFromName(parser.value(QStringLiteral("format")))
                            : ReportExport::formatFromFileName(parser.value(QStringLiteral("output")));
    if (parser.positionalArguments().size() != 1 || !parser.isSet(QStringLiteral("output")) ||
        (!parser.isSet(QStringLiteral("format")) && !format)) {
        return fail(
            tr("report needs FILE -o OUT, and --format pdf|odt|html|md unless OUT ends in .pdf, .odt, "
               ".html or .md (and --template briefing, full or workshop; briefing if not given)"),
            UsageError);
    }
    const auto reportTemplate = ReportBuilder::templateFromName(
        parser.value(QStringLiteral("template")).isEmpty() ? QStringLiteral("briefing")
                                                           : parser.value(QStringLiteral("template")));
    if (!reportTemplate) {
        return fail(tr("unknown template \"%1\" (use briefing, full or workshop)")
                        .arg(parser.value(QStringLiteral("template"))),
                    UsageError);
    }
    if (!format) {
        return fail(tr("unknown format \"%1\" (use pdf, odt, html or md)")
                        .arg(parser.value(QStringLiteral("format"))),
                    UsageError);
    }
    ReportOptions options;
    options.reportTemplate = *reportTemplate;
    options.hideOverallScore = parser.isSet(QStringLiteral("hide-overall"));
    options.anonymiseAssessors = parser.isSet(QStringLiteral("anonymise"));
    options.includePrivateNotes = parser.isSet(QStringLiteral("private-notes"));
    options.language = parser.value(QStringLiteral("language"));
    options.pageSize = ReportBuilder::defaultPageSize(QLocale());
    if (parser.isSet(QStringLiteral("page"))) {
        const QString page = parser.value(QStringLiteral("page")).toLower();
        if (page != u"a4" && page != u"letter") {
            return fail(tr("unknown page size \"%1\" (use a4 or letter)").arg(page), UsageError);
        }
        options.pageSize = page == u"a4" ? ReportDocument::PageSize::A4 : ReportDocument::PageSize::Letter;
    }
    int exitCode = Success;
    const auto assessment = loadAssessment(parser.positionalArguments().first(),
                                           parser.value(QStringLiteral("rubric")), &exitCode);
    if (!assessment) {
        return exitCode;
    }
    if (!options.language.isEmpty() && !useReportLanguage(options.language, *assessment->rubric(), &error)) {
        return fail(error, UsageError);
    }
    const QString output = parser.value(QStringLiteral("output"));
    bool written = false;
    switch (*format) {
    case ReportExport::Format::Html:
        written = ReportExport::writeHtml(*assessment, options, output, &error);
        break;
    case ReportExport::Format::Markdown:
        written = ReportExport::writeMarkdown(*assessment, options, output, &error);
        break;
    case ReportExport::Format::Pdf:
    case ReportExport::Format::Odt:
        if (!m_documentRenderer) {
            return fail(tr("this build of coherence-cli cannot write PDF or ODT"));
        }
        written = m_documentRenderer(*assessment, options, *format, output, &error);
        break;
    }
    if (!written) {
        return fail(error);
    }
    return Success;
}

bool CommandLineTool::useReportLanguage(const QString& language, const Rubric& rubric, QString* error) {
    const QLocale locale(language);
    if (locale.language() == QLocale::English) {
        return true;
    }
    // Translations are looked up through the application object, which no other command needs.
    if (!QCoreApplication::instance()) {
        static int argc = 1;
        static char name[] = "coherence-cli";
        static char* argv[] = {name, nullptr};
        m_application = std::make_unique<QCoreApplication>(argc, argv);
    }
    if (locale.language() != QLocale::C && !ApplicationTranslations::install(locale).isEmpty()) {
        return true;
    }
    // No translation: the headings stay in English, which is fine for a rubric written in the language
    // (a ministry's own rubric in Portuguese); for a language neither has, it is a mistyped code.
    if (rubric.title().hasLanguage(language)) {
        return true;
    }
    QStringList languages = ApplicationTranslations::available() + rubric.title().languages();
    languages << QStringLiteral("en");
    languages.sort();
    languages.removeDuplicates();
    *error = tr("no texts in \"%1\": use one of %2").arg(language, languages.join(QStringLiteral(", ")));
    return false;
}

int CommandLineTool::merge(const QStringList& arguments) {
    QCommandLineParser parser;
    parser.addOption({{QStringLiteral("o"), QStringLiteral("output")},
                      tr("the new consensus file"),
                      QStringLiteral("OUT")});
    // Both spellings, as many will type the American one.
    parser.addOption({{QStringLiteral("anonymise"), QStringLiteral("anonymize")},
                      tr("attribute to \"Participant N\" instead of names")});
    QString error;
    if (!parseCommand(parser, arguments, &error)) {
        return fail(error, UsageError);
    }
    const QStringList inputs = parser.positionalArguments();
    const QString output = parser.value(QStringLiteral("output"));
    if (inputs.size() < 2 || output.isEmpty()) {
        return fail(tr("merge needs -o OUT and at least two assessment files"), UsageError);
    }
    const bool anonymise = parser.isSet(QStringLiteral("anonymise"));
    if (QFileInfo::exists(output)) {
        return fail(tr("%1 already exists; merge never overwrites a file: choose a new name").arg(output));
    }
    QList<MergeParticipant> participants;
    for (const QString& input : inputs) {
        int exitCode = Success;
        const auto assessment = loadAssessment(input, QString(), &exitCode);
        if (!assessment) {
            return exitCode;
        }
        participants << MergeParticipant{AssessmentMerge::participantName(*assessment, input), input,
                                         assessment};
    }
    const std::optional<AssessmentMerge> merge = AssessmentMerge::prepare(participants, &error);
    if (!merge) {
        return fail(error);
    }
    if (!merge->writeConsensus(output, anonymise, &error)) {
        return fail(error);
    }

    const QStringList names = merge->attributedNames(anonymise);
    for (qsizetype i = 0; i < merge->compatibility().size(); ++i) {
        const MergeCompatibility& compatibility = merge->compatibility()[i];
        if (compatibility.identical) {
            continue;
        }
        out() << tr("%1 uses rubric version %2: %3% of the criteria in common")
                     .arg(names[i], compatibility.rubricVersion)
                     .arg(qRound(compatibility.share() * 100))
              << '\n';
        for (const QString& line : compatibility.leftAside) {
            out() << "  " << line << '\n';
        }
    }
    const QList<MergedCriterion> disagreements = merge->disagreements();
    out() << tr("Merged %1 assessments into %2: %3 criteria rated by consensus, %4 disagreements (levels "
                "2 or more apart)")
                 .arg(participants.size())
                 .arg(output)
                 .arg(std::count_if(merge->criteria().cbegin(), merge->criteria().cend(),
                                    [](const MergedCriterion& c) { return c.consensus.has_value(); }))
                 .arg(disagreements.size())
          << '\n';
    for (const MergedCriterion& criterion : disagreements) {
        QStringList levels;
        for (qsizetype i = 0; i < names.size(); ++i) {
            levels << tr("%1 %2").arg(names[i],
                                      comparisonLevelText(criterion.levels[i], criterion.notApplicable[i]));
        }
        out() << "  " << criterion.criterionId << "  "
              << tr("spread %1–%2, consensus %3: %4")
                     .arg(comparisonLevelText(criterion.minimum, false),
                          comparisonLevelText(criterion.maximum, false),
                          comparisonLevelText(criterion.consensus, false), levels.join(QStringLiteral("; ")))
              << '\n';
    }
    flushOut();
    return Success;
}

int CommandLineTool::compare(const QStringList& arguments) {
    QCommandLineParser parser;
    QString format;
    if (const int status = parseTextOrJson(parser, arguments, &format); status != Success) {
        return status;
    }
    const QStringList inputs = parser.positionalArguments();
    if (inputs.size() != 2) {
        return fail(tr("compare needs exactly two assessment files, A and B"), UsageError);
    }
    int exitCode = Success;
    const auto a = loadAssessment(inputs[0], QString(), &exitCode);
    const auto b = a ? loadAssessment(inputs[1], QString(), &exitCode) : nullptr;
    if (!a || !b) {
        return exitCode;
    }
    QString error;
    const std::optional<AssessmentComparison> comparison = AssessmentComparison::compare(*a, *b, &error);
    if (!comparison) {
        return fail(error);
    }
    if (format == u"json") {
        writeUtf8(QJsonDocument(comparison->toJson(inputs[0], inputs[1])).toJson());
    } else {
        out() << comparison->toText(inputs[0], inputs[1]);
    }
    flushOut();
    return Success;
}

} // namespace coherence
