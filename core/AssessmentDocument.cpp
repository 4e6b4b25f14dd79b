#include "AssessmentDocument.h"

#include "ErrorOut.h"
#include "RubricImage.h"
#include "RubricLoader.h"
#include "Sha256.h"
#include "SqliteBlob.h"
#include "SqliteDatabase.h"
#include "SqliteStatement.h"
#include "SqliteTransaction.h"
#include "VoteTally.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtEndian>

namespace coherence {

namespace {

const char* const kSchema = R"SQL(
CREATE TABLE rubric(
    singleton INTEGER PRIMARY KEY CHECK (singleton = 1),
    rubric_id TEXT NOT NULL,
    version TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    canonical_json TEXT NOT NULL);
CREATE TABLE property(
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE rating(
    criterion TEXT PRIMARY KEY,
    level INTEGER,
    not_applicable INTEGER NOT NULL DEFAULT 0 CHECK (not_applicable IN (0, 1)),
    justification TEXT NOT NULL DEFAULT '',
    target INTEGER,
    note TEXT NOT NULL DEFAULT '',
    private_note TEXT NOT NULL DEFAULT '',
    votes TEXT NOT NULL DEFAULT '') WITHOUT ROWID;
CREATE TABLE citation(
    id INTEGER PRIMARY KEY,
    criterion TEXT NOT NULL REFERENCES rating(criterion) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    document TEXT NOT NULL DEFAULT '',
    section TEXT NOT NULL DEFAULT '',
    page TEXT NOT NULL DEFAULT '',
    excerpt TEXT NOT NULL DEFAULT '',
    kind TEXT NOT NULL,
    contributor TEXT NOT NULL DEFAULT '');
CREATE INDEX citation_by_criterion ON citation(criterion, position);
CREATE TABLE action(
    id INTEGER PRIMARY KEY,
    position INTEGER NOT NULL,
    title TEXT NOT NULL,
    criterion TEXT NOT NULL DEFAULT '',
    lead TEXT NOT NULL DEFAULT '',
    partners TEXT NOT NULL DEFAULT '[]',
    due TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL,
    priority TEXT NOT NULL);
CREATE TABLE change_log(
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    author TEXT NOT NULL,
    what TEXT NOT NULL,
    subject TEXT NOT NULL DEFAULT '',
    old_value TEXT,
    new_value TEXT);
)SQL";

/// The rubric's binary image (RubricImage): a cache of the rubric's JSON, so not one of kTables and
/// not a schema change. A file without it (made before it existed, or by a Coherence that does not
/// know it) opens as before, and gets one at its next open for editing; a Coherence that does not
/// know it never reads it, and never changes the rubric it stands for.
const char* const kRubricImageTable = R"SQL(
CREATE TABLE IF NOT EXISTS rubric_image(
    singleton INTEGER PRIMARY KEY CHECK (singleton = 1),
    format INTEGER NOT NULL,
    rubric_sha256 TEXT NOT NULL,
    image_sha256 TEXT NOT NULL,
    image BLOB NOT NULL);
)SQL";

const QStringList kTables{QStringLiteral("rubric"), QStringLiteral("property"),
                          QStringLiteral("rating"), QStringLiteral("citation"),
                          QStringLiteral("action"), QStringLiteral("change_log")};

/// Property keys of page corrections: this prefix, then Assessment::pageCorrectionKey().
const QString kPageCorrectionPrefix = QStringLiteral("pageCorrection/");

/// The first problem `PRAGMA quick_check` (or quick_check of one table) reports, or an empty string.
QString quickCheckProblem(SqliteDatabase& database, const QString& pragma) {
    SqliteStatement check(database, pragma);
    const bool ran = check.isValid() && check.step() == SqliteStatement::Step::Row;
    if (ran && check.text(0) == u"ok") {
        return QString();
    }
    // quick_check can list hundreds of problems; the first says enough.
    QString detail = ran ? check.text(0) : (check.error().isEmpty() ? database.lastError() : check.error());
    for (const QString& line : detail.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        if (!line.startsWith(u"***")) {
            return line.trimmed();
        }
    }
    return detail;
}

/// The tables a read-only open with @p options reads through SQLite's b-trees, which it checks before
/// reading them (with their indexes); empty for the whole file. The rubric's JSON and image are read too,
/// but whatever of them is used is proven by its SHA-256 first, which no b-tree check can match.
QStringList tablesToCheck(bool readOnly, const AssessmentDocument::OpenOptions& options) {
    if (!readOnly || (options.checkChangeLog && !options.outline)) {
        return {};
    }
    QStringList tables;
    if (options.outline) {
        tables = {QStringLiteral("rating"), QStringLiteral("citation")};
    } else {
        tables = kTables;
        tables.removeOne(QStringLiteral("change_log"));
    }
    if (options.checkChangeLog) {
        tables << QStringLiteral("change_log");
    }
    return tables;
}

/// Checks the whole file (@p tables empty), or only @p tables and their indexes. A table that is
/// missing is left to load(), which names it.
QString integrityProblem(SqliteDatabase& database, const QStringList& tables) {
    if (tables.isEmpty()) {
        return quickCheckProblem(database, QStringLiteral("PRAGMA quick_check"));
    }
    QStringList present;
    {
        SqliteStatement select(database,
                               QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'"));
        while (select.step() == SqliteStatement::Step::Row) {
            present.append(select.text(0));
        }
        if (!select.error().isEmpty()) {
            return select.error();
        }
    }
    for (const QString& table : tables) {
        if (present.contains(table)) {
            if (QString problem =
                    quickCheckProblem(database, QStringLiteral("PRAGMA quick_check(%1)").arg(table));
                !problem.isEmpty()) {
                return problem;
            }
        }
    }
    return QString();
}

/// Writes (or replaces) the image of @p rubric; false leaves the file as it was only inside a
/// transaction, which every caller has open.
bool writeRubricImage(SqliteDatabase& database, const Rubric& rubric) {
    if (!database.execute(QString::fromUtf8(kRubricImageTable))) {
        return false;
    }
    const QByteArray image = RubricImage::encode(rubric);
    SqliteStatement insert(database,
                           QStringLiteral("INSERT OR REPLACE INTO rubric_image VALUES(1, ?1, ?2, ?3, ?4)"));
    insert.bind(1, qint64{RubricImage::kFormat});
    insert.bind(2, rubric.sha256());
    insert.bind(3, Sha256::hex(QByteArrayView(image).first(RubricImage::headSize(image))));
    insert.bindBlob(4, image);
    return insert.run();
}

/// The rubric from the file's image, when the image is intact and stands for exactly the JSON whose
/// hash is @p jsonSha256, and names @p id and @p version; nullptr otherwise (then the JSON is read).
/// @p replaceable says whether an image that was not used may be written anew: not when it is of a
/// newer format than this Coherence's, which a newer Coherence wrote and would only write again.
RubricPtr readRubricImage(SqliteDatabase& database, const QString& jsonSha256, const QString& id,
                          const QString& version, RubricImage::Content content, bool* replaceable) {
    *replaceable = true;
    SqliteStatement select(
        database, QStringLiteral("SELECT format, rubric_sha256, image_sha256, rowid FROM rubric_image"));
    if (select.step() != SqliteStatement::Step::Row) {
        return nullptr;
    }
    const qint64 format = select.integer(0);
    if (format != RubricImage::kFormat) {
        *replaceable = format < RubricImage::kFormat;
        return nullptr;
    }
    if (select.text(1) != jsonSha256) {
        return nullptr;
    }
    // Read piece by piece: for an outline only the head, which is a third of the image.
    const SqliteBlob blob(database, "rubric_image", "image", select.integer(3));
    const std::optional<QByteArray> start = blob.bytes(0, 4);
    const qsizetype head = start ? RubricImage::headSize(*start) : -1;
    if (head < 0 || head > blob.size()) {
        return nullptr;
    }
    const std::optional<QByteArray> image =
        blob.bytes(0, content == RubricImage::Content::Outline ? head : blob.size());
    if (!image || Sha256::hex(QByteArrayView(*image).first(head)) != select.text(2)) {
        return nullptr;
    }
    RubricPtr rubric = RubricImage::decode(*image, jsonSha256, content);
    return rubric && rubric->id() == id && rubric->version() == version ? rubric : nullptr;
}

QString isoTime(const QDateTime& time) {
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime parseTime(const QString& text) {
    return text.isEmpty() ? QDateTime() : QDateTime::fromString(text, Qt::ISODateWithMs);
}

QString osUserName() {
    QString name = qEnvironmentVariable("USER");
    if (name.isEmpty()) {
        name = qEnvironmentVariable("USERNAME");
    }
    if (name.isEmpty()) {
        // Services and CI often run without USER; the home folder is named after the account.
        name = QDir::home().dirName();
    }
    return name.isEmpty() ? QStringLiteral("unknown") : name;
}

QString optionalNumber(const std::optional<int>& value) {
    return value ? QString::number(*value) : QString();
}

QString citationsText(const QList<Citation>& citations) {
    QJsonArray array;
    for (const Citation& citation : citations) {
        array.append(QJsonObject{{QStringLiteral("document"), citation.document},
                                 {QStringLiteral("section"), citation.section},
                                 {QStringLiteral("page"), citation.page},
                                 {QStringLiteral("excerpt"), citation.excerpt},
                                 {QStringLiteral("kind"), evidenceKindName(citation.kind)}});
    }
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

/// A list of names as stored (a compact JSON array of strings; empty text for none); false for
/// anything the writer cannot have written, which a damaged file may hold.
bool namesFromText(const QString& text, QStringList* names) {
    names->clear();
    if (text.isEmpty()) {
        return true;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isArray()) {
        return false;
    }
    for (const QJsonValue& name : document.array()) {
        if (!name.isString()) {
            return false;
        }
        names->append(name.toString());
    }
    return true;
}

/// Checks the 100-byte SQLite header: magic string and, where the header records it, whether the
/// file holds every page it claims. A truncated file is caught here, before SQLite reads garbage.
QString checkHeader(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return AssessmentDocument::tr("cannot read the file: %1").arg(file.errorString());
    }
    const QByteArray header = file.read(100);
    static const QByteArray magic("SQLite format 3\0", 16);
    if (header.size() < 100 || !header.startsWith(magic)) {
        return AssessmentDocument::tr(
            "not a Coherence file: it is not a Coherence database (perhaps another kind "
            "of file, or an assessment in JSON: use Import)");
    }
    const auto* bytes = reinterpret_cast<const uchar*>(header.constData());
    quint32 pageSize = qFromBigEndian<quint16>(bytes + 16);
    if (pageSize == 1) {
        pageSize = 65536;
    }
    const quint32 changeCounter = qFromBigEndian<quint32>(bytes + 24);
    const quint32 pageCount = qFromBigEndian<quint32>(bytes + 28);
    const quint32 validFor = qFromBigEndian<quint32>(bytes + 92);
    if (pageCount > 0 && changeCounter == validFor) {
        const qint64 expected = static_cast<qint64>(pageSize) * pageCount;
        if (file.size() < expected) {
            return AssessmentDocument::tr("the file is truncated: it has %1 bytes of the %2 it should have. "
                                          "Open a backup copy or an exported JSON instead")
                .arg(file.size())
                .arg(expected);
        }
    }
    return QString();
}

} // namespace

AssessmentDocument::AssessmentDocument(QString path, std::unique_ptr<SqliteDatabase> database,
                                       std::unique_ptr<QLockFile> lock, Assessment assessment)
    : m_path(std::move(path))
    , m_database(std::move(database))
    , m_lock(std::move(lock))
    , m_assessment(std::move(assessment))
    , m_author(osUserName()) {
}

AssessmentDocument::~AssessmentDocument() = default;

bool AssessmentDocument::looksLikeDatabase(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && file.read(16) == QByteArray("SQLite format 3\0", 16);
}

AssessmentDocument::OpenResult AssessmentDocument::create(const QString& path, const Assessment& initial,
                                                          const QString& author) {
    OpenResult result;
    if (QFileInfo::exists(path)) {
        result.error = tr("%1 already exists: choose another name, or open it").arg(path);
        return result;
    }
    auto lock = std::make_unique<QLockFile>(path + QStringLiteral(".lock"));
    lock->setStaleLockTime(0);
    if (!lock->tryLock(0)) {
        result.error =
            tr("cannot create a file in %1: the folder is not writable").arg(QFileInfo(path).absolutePath());
        return result;
    }
    QString error;
    auto database = SqliteDatabase::open(path, SqliteDatabase::Mode::Create, &error);
    const auto abandon = [&](const QString& message) {
        database.reset();
        QFile::remove(path);
        QFile::remove(path + QStringLiteral("-journal"));
        result.error = message;
        return std::move(result);
    };
    if (!database) {
        return abandon(error);
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    AssessmentMetadata metadata = initial.metadata();
    if (!metadata.created.isValid()) {
        metadata.created = now;
    }
    metadata.modified = now;
    // An Assessment already holds only valid content: copy it whole, stamped with its dates.
    Assessment assessment = initial;
    assessment.setMetadata(metadata);
    if (!database->execute(QStringLiteral("PRAGMA journal_mode = DELETE; PRAGMA synchronous = FULL; "
                                          "PRAGMA foreign_keys = ON; PRAGMA application_id = %1; "
                                          "PRAGMA user_version = %2;")
                               .arg(kApplicationId)
                               .arg(kSchemaVersion),
                           &error)) {
        return abandon(tr("cannot write %1: %2").arg(path, error));
    }
    auto document = std::unique_ptr<AssessmentDocument>(
        new AssessmentDocument(path, std::move(database), std::move(lock), assessment));
    if (!author.isEmpty()) {
        document->m_author = author;
    }
    document->m_now = now;
    SqliteTransaction transaction(*document->m_database);
    const Rubric& rubric = *assessment.rubric();
    bool ok = transaction.isActive() && document->m_database->execute(QString::fromUtf8(kSchema), &error);
    if (ok) {
        SqliteStatement insert(*document->m_database,
                               QStringLiteral("INSERT INTO rubric VALUES(1, ?1, ?2, ?3, ?4)"));
        insert.bind(1, rubric.id());
        insert.bind(2, rubric.version());
        insert.bind(3, rubric.sha256());
        insert.bind(4, QString::fromUtf8(rubric.canonicalJson()));
        ok = insert.run() && writeRubricImage(*document->m_database, rubric);
    }
    ok = ok && document->writeProperties(assessment.plan(), metadata);
    for (auto it = assessment.ratings().cbegin(); ok && it != assessment.ratings().cend(); ++it) {
        ok = document->writeRating(it.key(), it.value());
    }
    ok = ok && document->writeActions(assessment.actions()) &&
         document->writePageCorrections(assessment.pageCorrections()) &&
         document->log(QStringLiteral("create"), QString(), QString(), assessment.plan().title) &&
         transaction.commit();
    if (!ok) {
        const QString reason = document->m_lastWriteError.isEmpty()
                                   ? (error.isEmpty() ? document->m_database->lastError() : error)
                                   : document->m_lastWriteError;
        document.reset();
        QFile::remove(path);
        QFile::remove(path + QStringLiteral("-journal"));
        result.error = tr("cannot write %1: %2").arg(path, reason);
        return result;
    }
    result.document = std::move(document);
    return result;
}

AssessmentDocument::OpenResult AssessmentDocument::open(const QString& path, Access access) {
    OpenOptions options;
    options.access = access;
    return open(path, options);
}

AssessmentDocument::OpenResult AssessmentDocument::open(const QString& path, const OpenOptions& options) {
    OpenResult result;
    const QFileInfo info(path);
    if (!info.exists()) {
        result.error = tr("no such file");
        return result;
    }
    if (!info.isFile()) {
        result.error = tr("not a file (a folder or a device)");
        return result;
    }
    // A journal beside the file means a change was interrupted (a crash, a power cut): SQLite rolls it
    // back on opening, so the header may describe pages that the rollback is about to restore, and
    // the truncation check would be wrong. Only a read-write connection can roll back.
    const bool hotJournal = QFileInfo::exists(path + QStringLiteral("-journal"));
    if (hotJournal && options.access == Access::ReadOnly) {
        result.error =
            tr("the file has an unfinished change (Coherence or the computer stopped while saving); "
               "open it for editing once, in Coherence or with an editing command, to recover it");
        return result;
    }
    if (!hotJournal) {
        if (const QString problem = checkHeader(path); !problem.isEmpty()) {
            result.error = problem;
            return result;
        }
    }

    // Decide read-only before touching the database, so that nothing can be written by accident.
    bool readOnly = options.access == Access::ReadOnly;
    std::unique_ptr<QLockFile> lock;
    if (!readOnly) {
        if (!info.isWritable()) {
            readOnly = true;
            result.notice = tr("the file is read-only, so it was opened read-only: save a copy to edit it");
        } else {
            lock = std::make_unique<QLockFile>(path + QStringLiteral(".lock"));
            // A lock is stale only when its process is gone, never because it is old: a workshop can
            // keep a file open all day.
            lock->setStaleLockTime(0);
            if (!lock->tryLock(0)) {
                readOnly = true;
                if (lock->error() == QLockFile::LockFailedError) {
                    qint64 pid = 0;
                    QString host;
                    QString application;
                    lock->getLockInfo(&pid, &host, &application);
                    result.notice =
                        tr("the file is already open in another Coherence (process %1 on %2), so it "
                           "was opened read-only")
                            .arg(pid)
                            .arg(host);
                } else {
                    result.notice = tr("the folder %1 is read-only, so the file was opened read-only: save a "
                                       "copy elsewhere to edit it")
                                        .arg(info.absolutePath());
                }
                lock.reset();
            }
        }
    }

    QString error;
    auto database = SqliteDatabase::open(
        path, readOnly ? SqliteDatabase::Mode::ReadOnly : SqliteDatabase::Mode::ReadWrite, &error);
    if (!database) {
        result.error = error;
        return result;
    }
    if (readOnly && options.memoryMapped) {
        // Twice the size: room for the file growing while it is open costs nothing until used. A
        // failure only means the ordinary, copying reads.
        static_cast<void>(database->execute(QStringLiteral("PRAGMA mmap_size = %1").arg(2 * info.size())));
    }
    const qint64 applicationId = database->queryInteger(QStringLiteral("PRAGMA application_id"), 0);
    if (applicationId != kApplicationId) {
        result.error = tr("not a Coherence file: it is an SQLite database of another application");
        return result;
    }
    if (const QString damage = integrityProblem(*database, tablesToCheck(readOnly, options));
        !damage.isEmpty()) {
        result.error =
            tr("the file is damaged (%1). Open a backup copy or an exported JSON instead").arg(damage);
        return result;
    }
    const bool changeLogChecked = !readOnly || options.checkChangeLog;
    const qint64 version = database->queryInteger(QStringLiteral("PRAGMA user_version"), 0);
    if (version > options.schemaVersion) {
        result.error = tr("this file was made by a newer Coherence (file schema version %1; this version "
                          "reads up to %2). Update Coherence to open it")
                           .arg(version)
                           .arg(options.schemaVersion);
        return result;
    }
    if (version < 1) {
        result.error = tr("the file is damaged: it has the Coherence mark but no schema");
        return result;
    }
    // The content is read and checked inside the upgrade's transaction, so a damaged old file is
    // refused unchanged instead of being upgraded first.
    std::optional<Assessment> loaded;
    bool rubricImageWanted = false;
    const bool outline = readOnly && options.outline;
    const auto loadContent = [&loaded, &database, &rubricImageWanted, outline](QString* loadError) {
        loaded = load(*database, loadError, &rubricImageWanted, outline);
        return loaded.has_value();
    };
    if (version < options.schemaVersion) {
        if (readOnly) {
            result.error = tr("this file uses the older schema version %1 and must be upgraded, which needs "
                              "write access: %2")
                               .arg(version)
                               .arg(result.notice.isEmpty() ? tr("open it for editing") : result.notice);
            return result;
        }
        QString backup;
        if (!SchemaMigrator::migrate(*database, path, static_cast<int>(version), options.schemaVersion,
                                     options.migrations, &backup, &error, loadContent)) {
            result.error = error;
            return result;
        }
        result.notice = tr("the file was upgraded from schema version %1 to %2; the original is kept as %3")
                            .arg(version)
                            .arg(options.schemaVersion)
                            .arg(backup);
    }
    if (!loaded && !loadContent(&error)) {
        result.error = error;
        return result;
    }
    if (!readOnly &&
        !database->execute(QStringLiteral("PRAGMA journal_mode = DELETE; PRAGMA synchronous = FULL; "
                                          "PRAGMA foreign_keys = ON;"),
                           &error)) {
        result.error = error;
        return result;
    }
    if (!readOnly && rubricImageWanted) {
        // Only a cache: if it cannot be written (a full disk), the file is as it was and the next
        // open tries again, so the open goes on and says nothing.
        SqliteTransaction transaction(*database);
        if (transaction.isActive() && writeRubricImage(*database, *loaded->rubric())) {
            static_cast<void>(transaction.commit());
        }
    }

    auto document = std::unique_ptr<AssessmentDocument>(
        new AssessmentDocument(path, std::move(database), std::move(lock), std::move(*loaded)));
    document->m_readOnly = readOnly;
    document->m_readOnlyReason = readOnly ? result.notice : QString();
    document->m_changeLogChecked = changeLogChecked;
    if (!options.author.isEmpty()) {
        document->m_author = options.author;
    }
    result.document = std::move(document);
    return result;
}

std::optional<Assessment> AssessmentDocument::load(SqliteDatabase& database, QString* error,
                                                   bool* rubricImageWanted, bool outline) {
    QStringList present;
    {
        // One query for all tables: each statement prepared costs as much as the check itself.
        SqliteStatement tables(database,
                               QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'"));
        while (tables.step() == SqliteStatement::Step::Row) {
            present << tables.text(0);
        }
        for (const QString& table : kTables) {
            if (!present.contains(table)) {
                *error = tr("the file is damaged: its table \"%1\" is missing").arg(table);
                return std::nullopt;
            }
        }
    }
    // The embedded rubric: the file scores with it, whatever the built-in rubric has become.
    RubricPtr rubric;
    {
        SqliteStatement select(database,
                               QStringLiteral("SELECT rubric_id, version, sha256, rowid FROM rubric"));
        if (select.step() != SqliteStatement::Step::Row) {
            *error = tr("the file is damaged: it holds no rubric");
            return std::nullopt;
        }
        const QString id = select.text(0);
        const QString version = select.text(1);
        const QString recordedSha256 = select.text(2);
        bool imageReplaceable = true;
        if (outline && present.contains(QStringLiteral("rubric_image"))) {
            // An outline reads the rubric from the image alone, whose own hash proves it, when the
            // image was made from the JSON the file records. The JSON is not read, so not hashed
            // either, as notes are not: an open that reads it checks it.
            rubric = readRubricImage(database, recordedSha256, id, version, RubricImage::Content::Outline,
                                     &imageReplaceable);
        } else if (present.contains(QStringLiteral("rubric_image"))) {
            // The JSON is hashed piece by piece, as stored, and never held whole: the image stands in
            // for it when the image says it was made from exactly these bytes.
            Sha256 hash;
            const SqliteBlob json(database, "rubric", "canonical_json", select.integer(3));
            if (json.readAll([&hash](QByteArrayView piece) { hash.addData(piece); })) {
                const QString sha256 = QString::fromLatin1(hash.result().toHex());
                if (sha256 == recordedSha256) {
                    rubric = readRubricImage(database, sha256, id, version, RubricImage::Content::Full,
                                             &imageReplaceable);
                }
            }
        }
        if (rubricImageWanted) {
            *rubricImageWanted = !rubric && imageReplaceable;
        }
        if (!rubric) {
            SqliteStatement selectJson(database, QStringLiteral("SELECT canonical_json FROM rubric"));
            if (selectJson.step() != SqliteStatement::Step::Row) {
                *error = tr("the file is damaged: it holds no rubric");
                return std::nullopt;
            }
            // The bytes as stored, read in place (valid while the statement is): the JSON parser
            // rejects invalid UTF-8 itself, and the hash is of these bytes.
            const QByteArrayView json = selectJson.blobView(0);
            const RubricLoadResult loaded =
                RubricLoader::fromCanonicalJson(QByteArray::fromRawData(json.data(), json.size()));
            if (!loaded.ok()) {
                *error = tr("the file is damaged: its rubric cannot be read (%1)")
                             .arg(loaded.diagnostics.isEmpty() ? tr("no rubric data")
                                                               : loaded.diagnostics.first().toString());
                return std::nullopt;
            }
            if (loaded.rubric->sha256() != recordedSha256 || loaded.rubric->id() != id ||
                loaded.rubric->version() != version) {
                *error = tr("the file is damaged: its rubric does not match its recorded SHA-256, so it was "
                            "altered after the assessment was made");
                return std::nullopt;
            }
            rubric = loaded.rubric;
        }
    }

    Assessment assessment(rubric,
                          outline ? Assessment::Completeness::Outline : Assessment::Completeness::Full);
    // At most one rating per criterion: the ratings' table grows once instead of rehashing as it fills.
    assessment.reserveRatings(rubric->criteria().size());
    QStringList problems;
    // Where a problem is, as a function: the message is only built for a row that has one, instead of
    // a translated string per row of a file that has thousands.
    const auto text = [&problems](const SqliteStatement& statement, int column, const auto& where) {
        bool valid = true;
        QString value = statement.checkedText(column, &valid);
        if (!valid) {
            problems << tr("%1 is not valid UTF-8 text").arg(where());
        }
        return value;
    };
    // A read that stops short (a column renamed, a page that cannot be read) must not pass for a
    // shorter table: the rows it did not reach would be lost without a word (found by fuzzing: a
    // renamed column of the ratings' table gave an assessment with no ratings).
    const auto readWhole = [&problems](const SqliteStatement& statement, const char* table) {
        if (!statement.error().isEmpty()) {
            problems
                << tr("its table \"%1\" cannot be read (%2)").arg(QLatin1String(table), statement.error());
        }
    };
    if (!outline) {
        QHash<QString, QString> properties;
        SqliteStatement select(database, QStringLiteral("SELECT key, value FROM property"));
        while (select.step() == SqliteStatement::Step::Row) {
            properties.insert(select.text(0),
                              text(select, 1, [&select] { return tr("property %1").arg(select.text(0)); }));
        }
        readWhole(select, "property");
        Plan plan{properties.value(QStringLiteral("plan.title")),
                  properties.value(QStringLiteral("plan.country")),
                  properties.value(QStringLiteral("plan.period")),
                  properties.value(QStringLiteral("plan.documentReference"))};
        AssessmentMetadata metadata;
        metadata.title = properties.value(QStringLiteral("metadata.title"));
        // What the writer cannot have written is damage, not a default: a role or a list of names
        // read as something else would be changed without a word at the next save.
        const QString role = properties.value(QStringLiteral("metadata.role"));
        if (const auto known = assessmentRoleFromName(role)) {
            metadata.role = *known;
        } else if (!role.isEmpty()) {
            problems << tr("the kind of assessment \"%1\" is unknown").arg(role);
        }
        if (!namesFromText(properties.value(QStringLiteral("metadata.assessors")), &metadata.assessors)) {
            problems << tr("the list of assessors cannot be read");
        }
        metadata.organisation = properties.value(QStringLiteral("metadata.organisation"));
        metadata.created = parseTime(properties.value(QStringLiteral("metadata.created")));
        metadata.modified = parseTime(properties.value(QStringLiteral("metadata.modified")));
        for (const QString& field : {plan.title, plan.country, plan.period, plan.documentReference,
                                     metadata.title, metadata.organisation}) {
            if (const QString problem = Assessment::checkLength(tr("plan or metadata field"), field);
                !problem.isEmpty()) {
                problems << problem;
            }
        }
        assessment.setPlan(plan);
        assessment.setMetadata(metadata);
        for (auto it = properties.cbegin(); it != properties.cend(); ++it) {
            if (!it.key().startsWith(kPageCorrectionPrefix)) {
                continue;
            }
            QString criterion;
            int reference = 0;
            QString problem;
            if (!Assessment::splitPageCorrectionKey(it.key().mid(kPageCorrectionPrefix.size()), &criterion,
                                                    &reference) ||
                !assessment.setPageCorrection(criterion, reference, it.value(), &problem)) {
                problems << tr("page correction %1: %2").arg(it.key(), problem);
            }
        }
    }
    {
        // An outline reads each citation's kind alone, in any order: scoring asks only whether a rating
        // has citations and whether one of them is operational evidence.
        QHash<QString, QList<Citation>> citations;
        citations.reserve(rubric->criteria().size());
        SqliteStatement select(database,
                               outline ? QStringLiteral("SELECT criterion, kind FROM citation")
                                       : QStringLiteral("SELECT criterion, document, section, page, excerpt, "
                                                        "kind, contributor FROM citation ORDER BY criterion, "
                                                        "position"));
        const int kindColumn = outline ? 1 : 5;
        while (select.step() == SqliteStatement::Step::Row) {
            const auto where = [&select] { return tr("a citation of %1").arg(select.text(0)); };
            Citation citation;
            if (!outline) {
                citation = {text(select, 1, where), text(select, 2, where), text(select, 3, where),
                            text(select, 4, where), EvidenceKind::Measure,  text(select, 6, where)};
            }
            // Matched as the bytes stored: a thousand kinds need no string of their own.
            if (const auto kind = evidenceKindFromName(select.blobView(kindColumn))) {
                citation.kind = *kind;
            } else {
                problems << tr("%1 has an unknown kind \"%2\"").arg(where(), select.text(kindColumn));
            }
            citations[select.text(0)].append(citation);
        }
        readWhole(select, "citation");
        SqliteStatement ratings(
            database, outline
                          ? QStringLiteral("SELECT criterion, level, not_applicable, justification, target "
                                           "FROM rating")
                          : QStringLiteral("SELECT criterion, level, not_applicable, justification, target, "
                                           "note, private_note, votes FROM rating"));
        while (ratings.step() == SqliteStatement::Step::Row) {
            const QString criterion = ratings.text(0);
            const auto where = [&criterion] { return tr("the rating of %1").arg(criterion); };
            Rating rating;
            if (!ratings.isNull(1)) {
                rating.level = static_cast<int>(ratings.integer(1));
            }
            rating.notApplicable = ratings.integer(2) != 0;
            rating.justification = text(ratings, 3, where);
            if (!ratings.isNull(4)) {
                rating.target = static_cast<int>(ratings.integer(4));
            }
            if (!outline) {
                rating.note = text(ratings, 5, where);
                rating.privateNote = text(ratings, 6, where);
                if (!VoteTally::fromText(ratings.text(7), &rating.votes)) {
                    problems << tr("%1 has an unreadable vote tally").arg(where());
                }
            }
            rating.citations = citations.value(criterion);
            QString problem;
            if (!assessment.setRating(criterion, rating, &problem)) {
                problems << tr("%1: %2").arg(where(), problem);
            }
        }
        readWhole(ratings, "rating");
    }
    if (!outline) {
        SqliteStatement select(database,
                               QStringLiteral("SELECT title, criterion, lead, partners, due, status, "
                                              "priority FROM action ORDER BY position"));
        int number = 0;
        while (select.step() == SqliteStatement::Step::Row) {
            const auto where = [number = ++number] { return tr("action %1").arg(number); };
            ActionItem action;
            action.title = text(select, 0, where);
            action.criterionId = select.text(1);
            action.leadInstitution = text(select, 2, where);
            if (!namesFromText(text(select, 3, where), &action.partners)) {
                problems << tr("%1 has an unreadable list of partners").arg(where());
            }
            const QString due = select.text(4);
            action.due = QDate::fromString(due, Qt::ISODate);
            if (!due.isEmpty() && !action.due.isValid()) {
                problems << tr("%1 has an unreadable due date \"%2\"").arg(where(), due);
            }
            if (const auto status = actionStatusFromName(select.text(5))) {
                action.status = *status;
            } else {
                problems << tr("%1 has an unknown status \"%2\"").arg(where(), select.text(5));
            }
            if (const auto priority = actionPriorityFromName(select.text(6))) {
                action.priority = *priority;
            } else {
                problems << tr("%1 has an unknown priority \"%2\"").arg(where(), select.text(6));
            }
            QString problem;
            if (!assessment.addAction(action, &problem)) {
                problems << problem;
            }
        }
        readWhole(select, "action");
    }
    if (!problems.isEmpty()) {
        *error = tr("the file is damaged: %1").arg(problems.first()) +
                 (problems.size() > 1 ? tr(" (and %1 more problems)").arg(problems.size() - 1) : QString());
        return std::nullopt;
    }

    return assessment;
}

bool AssessmentDocument::checkWritable(QString* error) const {
    if (!m_readOnly) {
        return true;
    }
    return failWith(error,
                    tr("this assessment is open read-only, so the change was not made") +
                        (m_readOnlyReason.isEmpty() ? QString() : QStringLiteral(": ") + m_readOnlyReason));
}

bool AssessmentDocument::failWrite(QString* error) const {
    return failWith(error, tr("could not save the change, so it was not made: %1")
                               .arg(m_lastWriteError.isEmpty() ? m_database->lastError() : m_lastWriteError));
}

bool AssessmentDocument::log(const QString& what, const QString& subject, const QString& oldValue,
                             const QString& newValue) {
    SqliteStatement insert(*m_database,
                           QStringLiteral("INSERT INTO change_log(at, author, what, subject, old_value, "
                                          "new_value) VALUES(?1, ?2, ?3, ?4, ?5, ?6)"));
    insert.bind(1, isoTime(m_now));
    insert.bind(2, m_author);
    insert.bind(3, what);
    insert.bind(4, subject.isNull() ? QStringLiteral("") : subject);
    insert.bind(5, oldValue);
    insert.bind(6, newValue);
    if (!insert.run()) {
        m_lastWriteError = insert.error();
        return false;
    }
    return true;
}

bool AssessmentDocument::writeProperties(const Plan& plan, const AssessmentMetadata& metadata) {
    const QList<std::pair<QString, QString>> values{
        {QStringLiteral("plan.title"), plan.title},
        {QStringLiteral("plan.country"), plan.country},
        {QStringLiteral("plan.period"), plan.period},
        {QStringLiteral("plan.documentReference"), plan.documentReference},
        {QStringLiteral("metadata.title"), metadata.title},
        {QStringLiteral("metadata.role"), assessmentRoleName(metadata.role)},
        {QStringLiteral("metadata.assessors"),
         QString::fromUtf8(
             QJsonDocument(QJsonArray::fromStringList(metadata.assessors)).toJson(QJsonDocument::Compact))},
        {QStringLiteral("metadata.organisation"), metadata.organisation},
        {QStringLiteral("metadata.created"), isoTime(metadata.created)},
        {QStringLiteral("metadata.modified"), isoTime(metadata.modified)},
    };
    SqliteStatement upsert(*m_database,
                           QStringLiteral("INSERT OR REPLACE INTO property(key, value) VALUES(?1, ?2)"));
    for (const auto& [key, value] : values) {
        upsert.reset();
        upsert.bind(1, key);
        upsert.bind(2, value.isNull() ? QStringLiteral("") : value);
        if (!upsert.run()) {
            m_lastWriteError = upsert.error();
            return false;
        }
    }
    return true;
}

bool AssessmentDocument::writePageCorrections(const QMap<QString, QString>& corrections) {
    if (!m_database->execute(QStringLiteral("DELETE FROM property WHERE key LIKE 'pageCorrection/%'"),
                             &m_lastWriteError)) {
        return false;
    }
    SqliteStatement insert(*m_database, QStringLiteral("INSERT INTO property(key, value) VALUES(?1, ?2)"));
    for (auto it = corrections.cbegin(); it != corrections.cend(); ++it) {
        insert.reset();
        insert.bind(1, kPageCorrectionPrefix + it.key());
        insert.bind(2, it.value());
        if (!insert.run()) {
            m_lastWriteError = insert.error();
            return false;
        }
    }
    return true;
}

bool AssessmentDocument::setPageCorrection(const QString& criterionId, int referenceIndex,
                                           const QString& page, QString* error) {
    if (!checkWritable(error)) {
        return false;
    }
    Assessment updated = m_assessment;
    if (!updated.setPageCorrection(criterionId, referenceIndex, page, error)) {
        return false;
    }
    if (updated.pageCorrections() == m_assessment.pageCorrections()) {
        return true;
    }
    m_now = QDateTime::currentDateTimeUtc();
    m_lastWriteError.clear();
    AssessmentMetadata metadata = m_assessment.metadata();
    SqliteTransaction transaction(*m_database);
    const bool ok = transaction.isActive() && writePageCorrections(updated.pageCorrections()) &&
                    log(QStringLiteral("reference.page"), criterionId,
                        m_assessment.pageCorrection(criterionId, referenceIndex),
                        updated.pageCorrection(criterionId, referenceIndex)) &&
                    touchModified(&metadata.modified) && transaction.commit();
    if (!ok) {
        return failWrite(error);
    }
    (void)m_assessment.setPageCorrection(criterionId, referenceIndex, page);
    m_assessment.setMetadata(metadata);
    return true;
}

bool AssessmentDocument::logEvent(const QString& what, const QString& detail, QString* error) {
    if (!checkWritable(error)) {
        return false;
    }
    m_now = QDateTime::currentDateTimeUtc();
    m_lastWriteError.clear();
    SqliteTransaction transaction(*m_database);
    if (!(transaction.isActive() && log(what, QString(), QString(), detail) && transaction.commit())) {
        return failWrite(error);
    }
    return true;
}

bool AssessmentDocument::writeRating(const QString& criterionId, const Rating& rating) {
    SqliteStatement remove(*m_database, QStringLiteral("DELETE FROM rating WHERE criterion = ?1"));
    remove.bind(1, criterionId);
    if (!remove.run()) {
        m_lastWriteError = remove.error();
        return false;
    }
    if (rating.isEmpty()) {
        return true;
    }
    SqliteStatement insert(*m_database, QStringLiteral("INSERT INTO rating(criterion, level, not_applicable, "
                                                       "justification, target, note, private_note, votes) "
                                                       "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)"));
    insert.bind(1, criterionId);
    rating.level ? insert.bind(2, qint64{*rating.level}) : insert.bindNull(2);
    insert.bind(3, qint64{rating.notApplicable ? 1 : 0});
    insert.bind(4, rating.justification.isNull() ? QStringLiteral("") : rating.justification);
    rating.target ? insert.bind(5, qint64{*rating.target}) : insert.bindNull(5);
    insert.bind(6, rating.note.isNull() ? QStringLiteral("") : rating.note);
    insert.bind(7, rating.privateNote.isNull() ? QStringLiteral("") : rating.privateNote);
    insert.bind(8, VoteTally::toText(rating.votes));
    if (!insert.run()) {
        m_lastWriteError = insert.error();
        return false;
    }
    SqliteStatement cite(*m_database,
                         QStringLiteral("INSERT INTO citation(criterion, position, document, section, "
                                        "page, excerpt, kind, contributor) "
                                        "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)"));
    for (qsizetype i = 0; i < rating.citations.size(); ++i) {
        const Citation& citation = rating.citations[i];
        cite.reset();
        cite.bind(1, criterionId);
        cite.bind(2, qint64{i});
        cite.bind(3, citation.document.isNull() ? QStringLiteral("") : citation.document);
        cite.bind(4, citation.section.isNull() ? QStringLiteral("") : citation.section);
        cite.bind(5, citation.page.isNull() ? QStringLiteral("") : citation.page);
        cite.bind(6, citation.excerpt.isNull() ? QStringLiteral("") : citation.excerpt);
        cite.bind(7, evidenceKindName(citation.kind));
        cite.bind(8, citation.contributor.isNull() ? QStringLiteral("") : citation.contributor);
        if (!cite.run()) {
            m_lastWriteError = cite.error();
            return false;
        }
    }
    return true;
}

bool AssessmentDocument::writeActions(const QList<ActionItem>& actions) {
    if (!m_database->execute(QStringLiteral("DELETE FROM action"), &m_lastWriteError)) {
        return false;
    }
    SqliteStatement insert(*m_database, QStringLiteral("INSERT INTO action(position, title, criterion, lead, "
                                                       "partners, due, status, priority) "
                                                       "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)"));
    for (qsizetype i = 0; i < actions.size(); ++i) {
        const ActionItem& action = actions[i];
        insert.reset();
        insert.bind(1, qint64{i});
        insert.bind(2, action.title);
        insert.bind(3, action.criterionId.isNull() ? QStringLiteral("") : action.criterionId);
        insert.bind(4, action.leadInstitution.isNull() ? QStringLiteral("") : action.leadInstitution);
        insert.bind(
            5,
            QString::fromUtf8(
                QJsonDocument(QJsonArray::fromStringList(action.partners)).toJson(QJsonDocument::Compact)));
        insert.bind(6, action.due.isValid() ? action.due.toString(Qt::ISODate) : QStringLiteral(""));
        insert.bind(7, actionStatusName(action.status));
        insert.bind(8, actionPriorityName(action.priority));
        if (!insert.run()) {
            m_lastWriteError = insert.error();
            return false;
        }
    }
    return true;
}

bool AssessmentDocument::touchModified(QDateTime* modified) {
    *modified = m_now;
    SqliteStatement update(
        *m_database,
        QStringLiteral("INSERT OR REPLACE INTO property(key, value) VALUES('metadata.modified', ?1)"));
    update.bind(1, isoTime(m_now));
    if (!update.run()) {
        m_lastWriteError = update.error();
        return false;
    }
    return true;
}

bool AssessmentDocument::setRating(const QString& criterionId, const Rating& rating, QString* error) {
    if (!checkWritable(error)) {
        return false;
    }
    if (const QString problem = m_assessment.validateRating(criterionId, rating); !problem.isEmpty()) {
        return failWith(error, problem);
    }
    const Rating old = m_assessment.rating(criterionId);
    if (old == rating) {
        return true;
    }
    m_now = QDateTime::currentDateTimeUtc();
    m_lastWriteError.clear();
    SqliteTransaction transaction(*m_database);
    bool ok = transaction.isActive() && writeRating(criterionId, rating);
    const auto logIfChanged = [&](const char* what, const QString& before, const QString& after) {
        if (ok && before != after) {
            ok = log(QString::fromLatin1(what), criterionId, before, after);
        }
    };
    logIfChanged("rating.level", optionalNumber(old.level), optionalNumber(rating.level));
    logIfChanged("rating.notApplicable", old.notApplicable ? QStringLiteral("yes") : QString(),
                 rating.notApplicable ? QStringLiteral("yes") : QString());
    logIfChanged("rating.justification", old.justification, rating.justification);
    logIfChanged("rating.target", optionalNumber(old.target), optionalNumber(rating.target));
    logIfChanged("rating.citations", old.citations.isEmpty() ? QString() : citationsText(old.citations),
                 rating.citations.isEmpty() ? QString() : citationsText(rating.citations));
    logIfChanged("rating.note", old.note, rating.note);
    logIfChanged("rating.privateNote", old.privateNote, rating.privateNote);
    logIfChanged("rating.votes", VoteTally::toText(old.votes), VoteTally::toText(rating.votes));
    AssessmentMetadata metadata = m_assessment.metadata();
    ok = ok && touchModified(&metadata.modified) && transaction.commit();
    if (!ok) {
        if (m_lastWriteError.isEmpty()) {
            m_lastWriteError = transaction.error();
        }
        return failWrite(error);
    }
    (void)m_assessment.setRating(criterionId, rating);
    m_assessment.setMetadata(metadata);
    return true;
}

bool AssessmentDocument::setPlan(const Plan& plan, QString* error) {
    if (!checkWritable(error)) {
        return false;
    }
    for (const QString& field : {plan.title, plan.country, plan.period, plan.documentReference}) {
        if (const QString problem = Assessment::checkLength(tr("plan field"), field); !problem.isEmpty()) {
            return failWith(error, problem);
        }
    }
    const Plan old = m_assessment.plan();
    if (old == plan) {
        return true;
    }
    m_now = QDateTime::currentDateTimeUtc();
    m_lastWriteError.clear();
    AssessmentMetadata metadata = m_assessment.metadata();
    metadata.modified = m_now;
    SqliteTransaction transaction(*m_database);
    bool ok = transaction.isActive() && writeProperties(plan, metadata);
    const auto logIfChanged = [&](const char* what, const QString& before, const QString& after) {
        if (ok && before != after) {
            ok = log(QString::fromLatin1(what), QString(), before, after);
        }
    };
    logIfChanged("plan.title", old.title, plan.title);
    logIfChanged("plan.country", old.country, plan.country);
    logIfChanged("plan.period", old.period, plan.period);
    logIfChanged("plan.documentReference", old.documentReference, plan.documentReference);
    if (!(ok && transaction.commit())) {
        return failWrite(error);
    }
    m_assessment.setPlan(plan);
    m_assessment.setMetadata(metadata);
    return true;
}

bool AssessmentDocument::setMetadata(const AssessmentMetadata& requested, QString* error) {
    if (!checkWritable(error)) {
        return false;
    }
    for (const QString& field : {requested.title, requested.organisation, requested.assessors.join(u", ")}) {
        if (const QString problem = Assessment::checkLength(tr("metadata field"), field);
            !problem.isEmpty()) {
            return failWith(error, problem);
        }
    }
    const AssessmentMetadata old = m_assessment.metadata();
    AssessmentMetadata metadata = requested;
    metadata.created = old.created; // history, not an editable field
    m_now = QDateTime::currentDateTimeUtc();
    metadata.modified = m_now;
    m_lastWriteError.clear();
    SqliteTransaction transaction(*m_database);
    bool ok = transaction.isActive() && writeProperties(m_assessment.plan(), metadata);
    const auto logIfChanged = [&](const char* what, const QString& before, const QString& after) {
        if (ok && before != after) {
            ok = log(QString::fromLatin1(what), QString(), before, after);
        }
    };
    logIfChanged("metadata.title", old.title, metadata.title);
    logIfChanged("metadata.role", assessmentRoleName(old.role), assessmentRoleName(metadata.role));
    logIfChanged("metadata.assessors", old.assessors.join(u"; "), metadata.assessors.join(u"; "));
    logIfChanged("metadata.organisation", old.organisation, metadata.organisation);
    if (!(ok && transaction.commit())) {
        return failWrite(error);
    }
    m_assessment.setMetadata(metadata);
    return true;
}

bool AssessmentDocument::addAction(const ActionItem& action, QString* error) {
    QList<ActionItem> actions = m_assessment.actions();
    actions.append(action);
    return commitActions(actions, QStringLiteral("action.add"), QString::number(actions.size()), QString(),
                         action.title, error);
}

bool AssessmentDocument::replaceAction(qsizetype index, const ActionItem& action, QString* error) {
    if (index < 0 || index >= m_assessment.actions().size()) {
        return failWith(error, tr("there is no action number %1").arg(index + 1));
    }
    QList<ActionItem> actions = m_assessment.actions();
    const QString oldTitle = actions[index].title;
    actions[index] = action;
    return commitActions(actions, QStringLiteral("action.edit"), QString::number(index + 1), oldTitle,
                         action.title, error);
}

bool AssessmentDocument::removeAction(qsizetype index, QString* error) {
    if (index < 0 || index >= m_assessment.actions().size()) {
        return failWith(error, tr("there is no action number %1").arg(index + 1));
    }
    QList<ActionItem> actions = m_assessment.actions();
    const QString oldTitle = actions.takeAt(index).title;
    return commitActions(actions, QStringLiteral("action.remove"), QString::number(index + 1), oldTitle,
                         QString(), error);
}

bool AssessmentDocument::setActions(const QList<ActionItem>& actions, const QString& what, QString* error) {
    QStringList before;
    QStringList after;
    for (const ActionItem& action : m_assessment.actions()) {
        before << action.title;
    }
    for (const ActionItem& action : actions) {
        after << action.title;
    }
    return commitActions(actions, what, QString(), before.join(u"; "), after.join(u"; "), error);
}

bool AssessmentDocument::commitActions(const QList<ActionItem>& actions, const QString& what,
                                       const QString& subject, const QString& oldValue,
                                       const QString& newValue, QString* error) {
    if (!checkWritable(error)) {
        return false;
    }
    for (const ActionItem& action : actions) {
        if (const QString problem = m_assessment.validateAction(action); !problem.isEmpty()) {
            return failWith(error, problem);
        }
    }
    if (actions == m_assessment.actions()) {
        return true;
    }
    m_now = QDateTime::currentDateTimeUtc();
    m_lastWriteError.clear();
    AssessmentMetadata metadata = m_assessment.metadata();
    SqliteTransaction transaction(*m_database);
    const bool ok = transaction.isActive() && writeActions(actions) &&
                    log(what, subject, oldValue, newValue) && touchModified(&metadata.modified) &&
                    transaction.commit();
    if (!ok) {
        return failWrite(error);
    }
    m_assessment.setActions(actions);
    m_assessment.setMetadata(metadata);
    return true;
}

bool AssessmentDocument::replaceContent(const Assessment& imported, const QString& source, QString* error) {
    if (!checkWritable(error)) {
        return false;
    }
    if (imported.rubric()->sha256() != m_assessment.rubric()->sha256()) {
        return failWith(
            error, tr("the import was made with rubric %1 %2, this assessment with %3 %4: they cannot be "
                      "combined")
                       .arg(imported.rubric()->id(), imported.rubric()->version(),
                            m_assessment.rubric()->id(), m_assessment.rubric()->version()));
    }
    m_now = QDateTime::currentDateTimeUtc();
    m_lastWriteError.clear();
    AssessmentMetadata metadata = imported.metadata();
    metadata.created = m_assessment.metadata().created;
    metadata.modified = m_now;
    SqliteTransaction transaction(*m_database);
    bool ok = transaction.isActive() && writeProperties(imported.plan(), metadata);
    ok = ok && m_database->execute(QStringLiteral("DELETE FROM rating"), &m_lastWriteError);
    for (auto it = imported.ratings().cbegin(); ok && it != imported.ratings().cend(); ++it) {
        ok = writeRating(it.key(), it.value());
    }
    ok = ok && writeActions(imported.actions()) && writePageCorrections(imported.pageCorrections()) &&
         log(QStringLiteral("import"), QString(), QString(),
             tr("%1: %2 ratings, %3 actions")
                 .arg(source)
                 .arg(imported.ratings().size())
                 .arg(imported.actions().size())) &&
         transaction.commit();
    if (!ok) {
        return failWrite(error);
    }
    Assessment replacement = imported;
    replacement.setMetadata(metadata);
    m_assessment = std::move(replacement);
    return true;
}

bool AssessmentDocument::saveCopy(const QString& path, QString* error) const {
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (absolute == QFileInfo(m_path).absoluteFilePath()) {
        return failWith(error, tr("a copy must have another name than the original"));
    }
    if (QFileInfo::exists(path)) {
        return failWith(error, tr("%1 already exists: choose another name").arg(path));
    }
    if (!checkChangeLog(error)) {
        return false;
    }
    SqliteStatement vacuum(*m_database, QStringLiteral("VACUUM INTO ?1"));
    vacuum.bind(1, path);
    if (!vacuum.run()) {
        QFile::remove(path);
        return failWith(error, tr("could not write the copy %1: %2").arg(path, vacuum.error()));
    }
    // Re-read before reporting success: a copy that does not open is not a copy.
    const OpenResult check = open(path, Access::ReadOnly);
    if (!check.document || check.document->assessment().ratings() != m_assessment.ratings()) {
        QFile::remove(path);
        return failWith(error,
                        tr("the copy %1 could not be read back (%2); it was removed")
                            .arg(path, check.error.isEmpty() ? tr("its content differs") : check.error));
    }
    return true;
}

bool AssessmentDocument::checkChangeLog(QString* error) const {
    if (m_changeLogChecked) {
        return true;
    }
    if (const QString damage =
            quickCheckProblem(*m_database, QStringLiteral("PRAGMA quick_check(change_log)"));
        !damage.isEmpty()) {
        return failWith(error, tr("the change log of the file is damaged (%1)").arg(damage));
    }
    m_changeLogChecked = true;
    return true;
}

QList<ChangeLogEntry> AssessmentDocument::history(const QDateTime& since, QString* error) const {
    const QString from = since.isValid() ? isoTime(since) : QStringLiteral("");
    return readHistory(
        QStringLiteral("at >= ?1"), [&](SqliteStatement& select) { select.bind(1, from); }, error);
}

QList<ChangeLogEntry> AssessmentDocument::historyAfter(qint64 id, QString* error) const {
    return readHistory(
        QStringLiteral("id > ?1"), [id](SqliteStatement& select) { select.bind(1, id); }, error);
}

QList<ChangeLogEntry> AssessmentDocument::readHistory(const QString& condition,
                                                      const std::function<void(SqliteStatement&)>& bind,
                                                      QString* error) const {
    QList<ChangeLogEntry> entries;
    if (!checkChangeLog(error)) {
        return entries;
    }
    SqliteStatement select(*m_database,
                           QStringLiteral("SELECT id, at, author, what, subject, old_value, new_value "
                                          "FROM change_log WHERE ") +
                               condition + QStringLiteral(" ORDER BY id"));
    bind(select);
    SqliteStatement::Step step;
    while ((step = select.step()) == SqliteStatement::Step::Row) {
        entries.append({select.integer(0), parseTime(select.text(1)), select.text(2), select.text(3),
                        select.text(4), select.text(5), select.text(6)});
    }
    if (step != SqliteStatement::Step::Done) {
        failWith(error, tr("the change log could not be read: %1")
                            .arg(select.error().isEmpty() ? m_database->lastError() : select.error()));
        return {};
    }
    return entries;
}

qint64 AssessmentDocument::changeCount(QString* error) const {
    if (!checkChangeLog(error)) {
        return -1;
    }
    const qint64 count = m_database->queryInteger(QStringLiteral("SELECT count(*) FROM change_log"), -1);
    if (count < 0) {
        failWith(error, tr("the change log could not be read: %1").arg(m_database->lastError()));
    }
    return count;
}

} // namespace coherence
