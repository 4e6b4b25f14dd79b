#pragma once

#include "Assessment.h"
#include "ChangeLogEntry.h"
#include "SchemaMigrator.h"

#include <QCoreApplication>
#include <QLockFile>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace coherence {

class SqliteDatabase;
class SqliteStatement;

/**
 * An assessment stored as a `.coherence` file: SQLite used as an application file format.
 *
 * There is no Save: every edit is validated, then committed in its own transaction together with
 * its change-log entry, and only then applied in memory. A failed write changes nothing, in the
 * file or in memory, and says why. The file embeds the rubric it was made with, so it opens and
 * scores the same on any machine. docs/file-format.md describes the schema.
 */
class AssessmentDocument {
    Q_DECLARE_TR_FUNCTIONS(AssessmentDocument)
    Q_DISABLE_COPY_MOVE(AssessmentDocument)

public:
    /// "Cohe" in ASCII: PRAGMA application_id of every .coherence file.
    static constexpr qint32 kApplicationId = 0x436F6865;
    static constexpr int kSchemaVersion = 2;
    static constexpr char16_t kFileSuffix[] = u"coherence";

    enum class Access { ReadWrite, ReadOnly };

    struct OpenOptions {
        Access access = Access::ReadWrite;
        QString author; ///< recorded in the change log; the OS user name when empty
        int schemaVersion = kSchemaVersion;
        QList<MigrationStep> migrations = SchemaMigrator::steps();
        /// Read-only opens only: SQLite reads pages straight from the OS file cache instead of copying
        /// them, which halves the cost of the integrity check. For short-lived processes (the CLI):
        /// an I/O error on a mapped file (a removed USB stick) ends the process instead of being
        /// reported, which a window kept open for hours should not risk.
        bool memoryMapped = false;
        /// Read-only opens only: false leaves the change log out of the integrity check at open. It is
        /// most of an edited file (20,000 edits: 2.5 of 3 MB) and reading the assessment never touches
        /// it; history(), changeCount() and saveCopy() check it themselves before they read it. Every
        /// page read is still checked first. For commands that only read the assessment (score, export).
        bool checkChangeLog = true;
        /// Read-only opens only: true reads what scoring and a score report use, and nothing else: an
        /// outline of the assessment (Assessment::isOutline()) and, when the file has an image of it,
        /// of the rubric (Rubric::isOutline(), a quarter of the memory). What is not read is not
        /// checked either, as with the change log. For commands that only score; anything that shows,
        /// exports or edits texts, the plan or the action plan needs the whole.
        bool outline = false;
    };

    struct OpenResult {
        std::unique_ptr<AssessmentDocument> document;
        QString error;  ///< why it could not be opened (empty on success)
        QString notice; ///< something the user should know, e.g. why it opened read-only
    };

    /// Creates a new file at @p path holding @p initial (its rubric, plan, metadata, ratings, actions).
    static OpenResult create(const QString& path, const Assessment& initial,
                             const QString& author = QString());
    static OpenResult open(const QString& path, const OpenOptions& options);
    static OpenResult open(const QString& path, Access access = Access::ReadWrite);
    /// True when the file starts like an SQLite database (as opposed to a JSON assessment).
    static bool looksLikeDatabase(const QString& path);

    ~AssessmentDocument();

    const Assessment& assessment() const { return m_assessment; }
    const QString& path() const { return m_path; }
    bool isReadOnly() const { return m_readOnly; }
    const QString& readOnlyReason() const { return m_readOnlyReason; }
    const QString& author() const { return m_author; }
    void setAuthor(const QString& author) { m_author = author; }

    [[nodiscard]] bool setRating(const QString& criterionId, const Rating& rating, QString* error = nullptr);
    [[nodiscard]] bool setPlan(const Plan& plan, QString* error = nullptr);
    [[nodiscard]] bool setMetadata(const AssessmentMetadata& metadata, QString* error = nullptr);
    [[nodiscard]] bool addAction(const ActionItem& action, QString* error = nullptr);
    [[nodiscard]] bool replaceAction(qsizetype index, const ActionItem& action, QString* error = nullptr);
    [[nodiscard]] bool removeAction(qsizetype index, QString* error = nullptr);
    /// Records the handbook page as found by the user for reference @p referenceIndex of @p criterionId
    /// (empty: back to the page as cited).
    [[nodiscard]] bool setPageCorrection(const QString& criterionId, int referenceIndex, const QString& page,
                                         QString* error = nullptr);
    /// Replaces the whole action plan (what undo and redo of any action edit need), logged as @p what.
    [[nodiscard]] bool setActions(const QList<ActionItem>& actions, const QString& what,
                                  QString* error = nullptr);
    /// Replaces plan, metadata (but the creation date), ratings and actions with @p imported's, in one
    /// transaction, logged as one "import". The rubric must be the same (same SHA-256).
    [[nodiscard]] bool replaceContent(const Assessment& imported, const QString& source,
                                      QString* error = nullptr);

    /// Records in the change log an event that changes no content, such as the merge a new file
    /// was made from (@p what: "merge").
    [[nodiscard]] bool logEvent(const QString& what, const QString& detail, QString* error = nullptr);

    /// Writes a consistent, compacted copy with VACUUM INTO, then opens it to check it.
    [[nodiscard]] bool saveCopy(const QString& path, QString* error = nullptr) const;

    /// The change log from @p since on; an empty list and @p error when it cannot be read.
    QList<ChangeLogEntry> history(const QDateTime& since = QDateTime(), QString* error = nullptr) const;
    /// The change log after the entry numbered @p id (ChangeLogEntry::id), oldest first: what a view
    /// that holds the entries up to @p id reads to be current again. All of it for 0.
    QList<ChangeLogEntry> historyAfter(qint64 id, QString* error = nullptr) const;
    /// How many edits the change log records; -1 and @p error when it cannot be read.
    qint64 changeCount(QString* error = nullptr) const;

private:
    /// The change log's entries WHERE @p condition, whose parameters @p bind binds, oldest first.
    QList<ChangeLogEntry> readHistory(const QString& condition,
                                      const std::function<void(SqliteStatement&)>& bind,
                                      QString* error) const;
    AssessmentDocument(QString path, std::unique_ptr<SqliteDatabase> database,
                       std::unique_ptr<QLockFile> lock, Assessment assessment);

    /// Reads and checks everything the file holds (with @p outline, what OpenOptions::outline says);
    /// nullopt and a reason when any of it is damaged.
    /// @p rubricImageWanted: set when the rubric was read from its JSON because the file has no usable
    /// image of it, so that an open for editing writes one.
    static std::optional<Assessment> load(SqliteDatabase& database, QString* error,
                                          bool* rubricImageWanted = nullptr, bool outline = false);
    bool checkWritable(QString* error) const;
    bool writeRating(const QString& criterionId, const Rating& rating);
    bool writeActions(const QList<ActionItem>& actions);
    /// Validates, saves and logs a new action plan in one transaction; every action edit ends here.
    bool commitActions(const QList<ActionItem>& actions, const QString& what, const QString& subject,
                       const QString& oldValue, const QString& newValue, QString* error);
    bool writeProperties(const Plan& plan, const AssessmentMetadata& metadata);
    bool writePageCorrections(const QMap<QString, QString>& corrections);
    bool log(const QString& what, const QString& subject, const QString& oldValue, const QString& newValue);
    bool touchModified(QDateTime* modified);
    bool failWrite(QString* error) const;
    /// Runs the integrity check of the change log if the open left it out (OpenOptions::checkChangeLog).
    bool checkChangeLog(QString* error) const;

    QString m_path;
    std::unique_ptr<SqliteDatabase> m_database;
    std::unique_ptr<QLockFile> m_lock;
    Assessment m_assessment;
    QString m_author;
    bool m_readOnly = false;
    QString m_readOnlyReason;
    mutable QString m_lastWriteError;
    mutable bool m_changeLogChecked = true;
    QDateTime m_now; ///< one timestamp for all rows written by one edit
};

} // namespace coherence
