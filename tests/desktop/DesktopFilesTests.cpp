// The files that make Coherence a desktop application (resources/desktop, resources/icons): what the
// desktop reads from them and whether they agree with each other and with the program. The formats
// themselves are checked by desktop-file-validate and appstreamcli (tests/CMakeLists.txt).

#include "support/StringMakers.h"
#include "support/TestData.h"

#include <QDir>
#include <QFile>
#include <QMimeDatabase>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QXmlStreamReader>

#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdlib>
#include <map>
#include <string>

using coherence::test::bytesOf;

namespace {

const QString kAppId = QStringLiteral(COHERENCE_APP_ID);
const QString kMimeType = QStringLiteral("application/x-coherence-assessment");

QString sourcePath(const QString& relative) {
    return QStringLiteral(COHERENCE_SOURCE_DIR "/") + relative;
}

/// The [Desktop Entry] group of a .desktop file, key by key.
std::map<std::string, std::string> desktopEntry(const QString& path) {
    std::map<std::string, std::string> entry;
    bool inGroup = false;
    for (const QByteArray& line : bytesOf(path).split('\n')) {
        if (line.startsWith('[')) {
            inGroup = line == "[Desktop Entry]";
        } else if (inGroup && line.contains('=') && !line.startsWith('#')) {
            const qsizetype equals = line.indexOf('=');
            entry[line.left(equals).toStdString()] = line.mid(equals + 1).toStdString();
        }
    }
    return entry;
}

/// The shared MIME database as a desktop has it once Coherence is installed: the system's types and
/// Coherence's, merged by update-mime-database (shared-mime-info, which QtCore depends on) as a
/// package's installation does, in a data folder of its own.
class InstalledMimeType {
public:
    InstalledMimeType() {
        REQUIRE(m_dataFolder.isValid());
        const QString mime = m_dataFolder.filePath(QStringLiteral("mime"));
        REQUIRE(QDir().mkpath(mime + QStringLiteral("/packages")));
        REQUIRE(QFile::copy(QStringLiteral("/usr/share/mime/packages/freedesktop.org.xml"),
                            mime + QStringLiteral("/packages/freedesktop.org.xml")));
        REQUIRE(QFile::copy(sourcePath(QStringLiteral("resources/desktop/%1.mime.xml").arg(kAppId)),
                            mime + QStringLiteral("/packages/%1.xml").arg(kAppId)));
        QProcess update;
        update.start(QStringLiteral("update-mime-database"), {mime});
        REQUIRE(update.waitForFinished(60000));
        INFO(update.readAllStandardError().toStdString());
        REQUIRE(update.exitCode() == 0);
        // Before the first QMimeDatabase in this process: it reads the folders once (no other code
        // in this test program makes one).
        setenv("XDG_DATA_DIRS", QFile::encodeName(m_dataFolder.path()).constData(), 1);
        setenv("XDG_DATA_HOME", QFile::encodeName(m_dataFolder.filePath(QStringLiteral("home"))).constData(),
               1);
    }

    QString folder() const { return m_dataFolder.path(); }

private:
    QTemporaryDir m_dataFolder;
};

struct TranslatedText {
    QString context;
    QString source;
    QString translation;
    bool finished = true;
};

/// Every message of a Qt Linguist .ts file.
QList<TranslatedText> translatedTexts(const QString& path) {
    QList<TranslatedText> texts;
    QXmlStreamReader xml(bytesOf(path));
    QString context;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement) {
            continue;
        }
        if (xml.name() == u"name") {
            context = xml.readElementText();
        } else if (xml.name() == u"source") {
            texts.append({context, xml.readElementText(), {}, true});
        } else if (xml.name() == u"translation" && !texts.isEmpty()) {
            texts.last().finished = xml.attributes().value(QStringLiteral("type")).isEmpty();
            texts.last().translation = xml.readElementText();
        }
    }
    if (xml.hasError()) {
        FAIL(path.toStdString() << ": " << xml.errorString().toStdString());
    }
    return texts;
}

QStringList allMatches(const QString& text, const QRegularExpression& pattern) {
    QStringList found;
    for (auto it = pattern.globalMatch(text); it.hasNext();) {
        found << it.next().captured();
    }
    return found;
}

/// What a translation must carry over from its source: its placeholders, in any order (QString::arg
/// goes by number), its HTML tags in order, and whether it has a keyboard accelerator ("&File";
/// "&&" is a literal ampersand).
QStringList placeholders(const QString& text) {
    static const QRegularExpression pattern(QStringLiteral("%L?\\d+|%n"));
    QStringList found = allMatches(text, pattern);
    std::sort(found.begin(), found.end());
    return found;
}

QStringList tags(const QString& text) {
    static const QRegularExpression pattern(QStringLiteral("<[^>]+>"));
    return allMatches(text, pattern);
}

int accelerators(QString text) {
    text.remove(QStringLiteral("&&"));
    static const QRegularExpression pattern(QStringLiteral("&[^ ]"));
    return int(text.count(pattern));
}

} // namespace

TEST_CASE("A .coherence file is known to the desktop by its name and by its content", "[desktop]") {
    const InstalledMimeType installed;
    const QMimeDatabase database;
    const QMimeType type = database.mimeTypeForName(kMimeType);
    REQUIRE(type.isValid());
    CHECK(type.inherits(QStringLiteral("application/vnd.sqlite3")));
    CHECK(type.suffixes() == QStringList{QStringLiteral("coherence")});

    CHECK(database.mimeTypeForFile(QStringLiteral("/nowhere/plan.coherence"), QMimeDatabase::MatchExtension)
              .name() == kMimeType);

    // By content alone: an assessment renamed without its extension, against an SQLite database of
    // another application (no application_id), which must stay a plain SQLite database.
    const QString renamed = installed.folder() + QStringLiteral("/assessment-without-extension");
    REQUIRE(QFile::copy(QStringLiteral(COHERENCE_TEST_DATA_DIR "/assessments/examplia-schema-v1.coherence"),
                        renamed));
    CHECK(database.mimeTypeForFile(renamed, QMimeDatabase::MatchContent).name() == kMimeType);

    QByteArray otherDatabase = bytesOf(renamed);
    otherDatabase.replace(68, 4, QByteArray(4, '\0'));
    const QString other = installed.folder() + QStringLiteral("/other-database");
    QFile otherFile(other);
    REQUIRE(otherFile.open(QIODevice::WriteOnly));
    REQUIRE(otherFile.write(otherDatabase) == otherDatabase.size());
    otherFile.close();
    CHECK(database.mimeTypeForFile(other, QMimeDatabase::MatchContent).name() ==
          QStringLiteral("application/vnd.sqlite3"));
}

TEST_CASE("The desktop entry starts the installed program on the file it was given", "[desktop]") {
    const auto entry = desktopEntry(sourcePath(QStringLiteral("resources/desktop/%1.desktop").arg(kAppId)));
    CHECK(entry.at("Type") == "Application");
    CHECK(entry.at("Name") == "Coherence");
    // The name the executable is installed under (app/gui/CMakeLists.txt), with one file: a second
    // file would start a second window, which each file gets anyway.
    CHECK(entry.at("Exec") == "coherence %f");
    CHECK(entry.at("Icon") == kAppId.toStdString());
    CHECK(entry.at("MimeType") == kMimeType.toStdString() + ";");
    // X11 matches the window to the entry by WM_CLASS, whose class Qt takes from the application
    // name that main() sets.
    CHECK(entry.at("StartupWMClass") == "Coherence");
    CHECK(entry.at("Terminal") == "false");
}

TEST_CASE("The AppStream metadata names the entry, the programs and the file type", "[desktop]") {
    const QString metainfo = QString::fromUtf8(
        bytesOf(sourcePath(QStringLiteral("resources/desktop/%1.metainfo.xml").arg(kAppId))));
    CHECK(metainfo.contains(QStringLiteral("<id>%1</id>").arg(kAppId)));
    CHECK(metainfo.contains(
        QStringLiteral("<launchable type=\"desktop-id\">%1.desktop</launchable>").arg(kAppId)));
    CHECK(metainfo.contains(QStringLiteral("<binary>coherence</binary>")));
    CHECK(metainfo.contains(QStringLiteral("<binary>coherence-cli</binary>")));
    CHECK(metainfo.contains(QStringLiteral("<mediatype>%1</mediatype>").arg(kMimeType)));
    // The licence the LICENSE file gives.
    CHECK(metainfo.contains(QStringLiteral("<project_license>GPL-3.0-or-later</project_license>")));
    CHECK(bytesOf(sourcePath(QStringLiteral("LICENSE"))).contains("GNU GENERAL PUBLIC LICENSE"));
}

TEST_CASE("Every translation is finished and keeps its source's placeholders, markup and accelerator",
          "[desktop][translations]") {
    const QStringList files = QDir(sourcePath(QStringLiteral("resources/translations")))
                                  .entryList({QStringLiteral("coherence_*.ts")}, QDir::Files);
    REQUIRE_FALSE(files.isEmpty());
    for (const QString& file : files) {
        const QList<TranslatedText> texts =
            translatedTexts(sourcePath(QStringLiteral("resources/translations/") + file));
        INFO(file.toStdString());
        // The window's menus and the criterion page, so that the file cannot be a stub.
        CHECK(texts.size() > 700);
        for (const TranslatedText& text : texts) {
            INFO(text.context.toStdString()
                 << ": " << text.source.toStdString() << " → " << text.translation.toStdString());
            CHECK(text.finished);
            CHECK_FALSE(text.translation.isEmpty());
            CHECK(placeholders(text.translation) == placeholders(text.source));
            CHECK(tags(text.translation) == tags(text.source));
            CHECK(accelerators(text.translation) == accelerators(text.source));
        }
    }
}

TEST_CASE("The desktop files speak every language the window does", "[desktop][translations]") {
    const auto entry = desktopEntry(sourcePath(QStringLiteral("resources/desktop/%1.desktop").arg(kAppId)));
    const QString metainfo = QString::fromUtf8(
        bytesOf(sourcePath(QStringLiteral("resources/desktop/%1.metainfo.xml").arg(kAppId))));
    const QString mime =
        QString::fromUtf8(bytesOf(sourcePath(QStringLiteral("resources/desktop/%1.mime.xml").arg(kAppId))));
    const QStringList files = QDir(sourcePath(QStringLiteral("resources/translations")))
                                  .entryList({QStringLiteral("coherence_*.ts")}, QDir::Files);
    REQUIRE_FALSE(files.isEmpty());
    for (const QString& file : files) {
        const QString language = file.mid(10, file.size() - 13); // coherence_LANG.ts
        INFO(language.toStdString());
        for (const char* key : {"GenericName", "Comment", "Keywords"}) {
            const std::string localized = std::string(key) + "[" + language.toStdString() + "]";
            CHECK(entry.count(localized) == 1);
        }
        CHECK(metainfo.contains(QStringLiteral("<summary xml:lang=\"%1\">").arg(language)));
        CHECK(metainfo.contains(QStringLiteral("<lang>%1</lang>").arg(language)));
        CHECK(mime.contains(QStringLiteral("<comment xml:lang=\"%1\">").arg(language)));
    }
}

namespace {

/// What @p program prints for --help.
QString helpOf(const QString& program) {
    QProcess process;
    process.start(program, {QStringLiteral("--help")});
    REQUIRE(process.waitForFinished(30000));
    REQUIRE(process.exitCode() == 0);
    return QString::fromUtf8(process.readAllStandardOutput());
}

/// A manual page as man shows its text: roff's escapes for "-" and line breaks between words undone,
/// so that a command reads as in --help.
QString manualText(const QString& page) {
    QString text = QString::fromUtf8(bytesOf(sourcePath(QStringLiteral("resources/man/") + page)));
    text.replace(QStringLiteral("\\-"), QStringLiteral("-"));
    return text;
}

} // namespace

TEST_CASE("The manual pages name every command and option the programs' help does", "[desktop]") {
    // Commands: the lines of coherence-cli --help that start a command ("  rubric show ID|FILE ...").
    const QString cliHelp = helpOf(QStringLiteral(COHERENCE_CLI_PATH));
    const QString cliPage = manualText(QStringLiteral("coherence-cli.1"));
    static const QRegularExpression command(QStringLiteral("^  ([a-z]+(?: (?:list|show|validate))?) "),
                                            QRegularExpression::MultilineOption);
    int commands = 0;
    for (auto it = command.globalMatch(cliHelp.section(QStringLiteral("Options:"), 0, 0)); it.hasNext();) {
        const QString name = it.next().captured(1);
        INFO(name.toStdString());
        const bool named = cliPage.contains(QStringLiteral(".B ") + name) ||
                           cliPage.contains(QStringLiteral(".BI \"") + name + QLatin1Char(' '));
        CHECK(named);
        ++commands;
    }
    CHECK(commands == 15);
    // Options: every "--option" either program's help mentions.
    static const QRegularExpression option(QStringLiteral("--[a-z][a-z-]+"));
    for (const auto& [program, page] :
         {std::pair{QStringLiteral(COHERENCE_CLI_PATH), QStringLiteral("coherence-cli.1")},
          std::pair{QStringLiteral(COHERENCE_GUI_PATH), QStringLiteral("coherence.1")}}) {
        const QString text = manualText(page);
        for (const QString& name : allMatches(helpOf(program), option)) {
            INFO(page.toStdString() << " " << name.toStdString());
            CHECK(text.contains(name));
        }
    }
}
