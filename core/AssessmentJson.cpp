#include "AssessmentJson.h"

#include "BuiltinRubrics.h"
#include "JsonReader.h"
#include "RubricJson.h"
#include "RubricLoader.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <cmath>

namespace coherence {

namespace {

using Presence = JsonReader::Presence;

void insertIfSet(QJsonObject& object, const QString& key, const QString& value) {
    if (!value.isEmpty()) {
        object.insert(key, value);
    }
}

QJsonObject citationToJson(const Citation& citation) {
    QJsonObject object{{QStringLiteral("kind"), evidenceKindName(citation.kind)}};
    insertIfSet(object, QStringLiteral("document"), citation.document);
    insertIfSet(object, QStringLiteral("section"), citation.section);
    insertIfSet(object, QStringLiteral("page"), citation.page);
    insertIfSet(object, QStringLiteral("excerpt"), citation.excerpt);
    insertIfSet(object, QStringLiteral("contributor"), citation.contributor);
    return object;
}

QJsonObject ratingToJson(const QString& criterionId, const Rating& rating) {
    QJsonObject object{{QStringLiteral("criterion"), criterionId}};
    if (rating.level) {
        object.insert(QStringLiteral("level"), *rating.level);
    }
    if (rating.notApplicable) {
        object.insert(QStringLiteral("notApplicable"), true);
    }
    insertIfSet(object, QStringLiteral("justification"), rating.justification);
    if (rating.target) {
        object.insert(QStringLiteral("target"), *rating.target);
    }
    if (!rating.citations.isEmpty()) {
        QJsonArray citations;
        for (const Citation& citation : rating.citations) {
            citations.append(citationToJson(citation));
        }
        object.insert(QStringLiteral("citations"), citations);
    }
    insertIfSet(object, QStringLiteral("note"), rating.note);
    insertIfSet(object, QStringLiteral("privateNote"), rating.privateNote);
    if (!rating.votes.isEmpty()) {
        QJsonObject votes;
        for (auto it = rating.votes.cbegin(); it != rating.votes.cend(); ++it) {
            votes.insert(QString::number(it.key()), it.value());
        }
        object.insert(QStringLiteral("votes"), votes);
    }
    return object;
}

QJsonObject actionToJson(const ActionItem& action) {
    QJsonObject object{{QStringLiteral("title"), action.title},
                       {QStringLiteral("status"), actionStatusName(action.status)},
                       {QStringLiteral("priority"), actionPriorityName(action.priority)}};
    insertIfSet(object, QStringLiteral("criterion"), action.criterionId);
    insertIfSet(object, QStringLiteral("lead"), action.leadInstitution);
    if (!action.partners.isEmpty()) {
        object.insert(QStringLiteral("partners"), QJsonArray::fromStringList(action.partners));
    }
    if (action.due.isValid()) {
        object.insert(QStringLiteral("due"), action.due.toString(Qt::ISODate));
    }
    return object;
}

QString isoTimestamp(const QDateTime& time) {
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

/// Reads one assessment document; the many small steps share the reader and the rubric.
class AssessmentParser {
    Q_DECLARE_TR_FUNCTIONS(AssessmentJson)

public:
    explicit AssessmentParser(RubricPtr rubric)
        : m_override(std::move(rubric)) {}

    AssessmentLoadResult parse(const QByteArray& bytes) {
        AssessmentLoadResult result;
        if (const auto root = m_reader.parseObject(bytes)) {
            parseRoot(*root);
        }
        result.diagnostics = m_reader.diagnostics();
        if (m_assessment && !m_reader.hasErrors()) {
            result.assessment = std::move(m_assessment);
        }
        return result;
    }

private:
    void parseRoot(const QJsonObject& root) {
        m_reader.warnUnknownKeys(root, QString(),
                                 {QStringLiteral("format"), QStringLiteral("formatVersion"),
                                  QStringLiteral("rubric"), QStringLiteral("plan"),
                                  QStringLiteral("metadata"), QStringLiteral("ratings"),
                                  QStringLiteral("actions")});
        const auto format = m_reader.string(root, QStringLiteral("format"), QString(), Presence::Required);
        if (format && *format != QStringView(AssessmentJson::kFormatName)) {
            m_reader.error(QStringLiteral("format"),
                           tr("\"%1\" is not a Coherence assessment (expected \"%2\")")
                               .arg(*format, QString::fromUtf16(AssessmentJson::kFormatName)));
            return;
        }
        const auto version =
            m_reader.integer(root, QStringLiteral("formatVersion"), QString(), Presence::Required);
        if (version && *version > AssessmentJson::kFormatVersion) {
            m_reader.error(QStringLiteral("formatVersion"),
                           tr("format version %1 was written by a newer Coherence; this one reads version %2")
                               .arg(*version)
                               .arg(AssessmentJson::kFormatVersion));
            return;
        }
        const RubricPtr rubric = resolveRubric(root);
        if (!rubric) {
            return;
        }
        m_assessment = std::make_shared<Assessment>(rubric);
        parsePlan(root);
        parseMetadata(root);
        parseRatings(root);
        parseActions(root);
        parsePageCorrections(root);
    }

    void parsePageCorrections(const QJsonObject& root) {
        const auto corrections =
            m_reader.array(root, QStringLiteral("pageCorrections"), QString(), Presence::Optional);
        if (!corrections) {
            return;
        }
        for (qsizetype i = 0; i < corrections->size(); ++i) {
            const QString path = JsonReader::element(QStringLiteral("pageCorrections"), i);
            if (!corrections->at(i).isObject()) {
                m_reader.error(path, tr("must be an object, found %1").arg(jsonTypeName(corrections->at(i))));
                continue;
            }
            const QJsonObject object = corrections->at(i).toObject();
            m_reader.warnUnknownKeys(
                object, path,
                {QStringLiteral("criterion"), QStringLiteral("reference"), QStringLiteral("page")});
            const auto criterion =
                m_reader.string(object, QStringLiteral("criterion"), path, Presence::Required);
            const auto reference =
                m_reader.integer(object, QStringLiteral("reference"), path, Presence::Required);
            const auto page = m_reader.string(object, QStringLiteral("page"), path, Presence::Required);
            QString problem;
            if (criterion && reference && page &&
                !m_assessment->setPageCorrection(*criterion, *reference, *page, &problem)) {
                m_reader.error(path, problem);
            }
        }
    }

    RubricPtr resolveRubric(const QJsonObject& root) {
        const auto reference = m_reader.object(root, QStringLiteral("rubric"), QString(), Presence::Required);
        if (!reference) {
            return nullptr;
        }
        const QString path = QStringLiteral("rubric");
        m_reader.warnUnknownKeys(*reference, path,
                                 {QStringLiteral("id"), QStringLiteral("version"), QStringLiteral("sha256"),
                                  QStringLiteral("definition")});
        const QString id =
            m_reader.string(*reference, QStringLiteral("id"), path, Presence::Required).value_or(QString());
        const QString version =
            m_reader.string(*reference, QStringLiteral("version"), path, Presence::Optional)
                .value_or(QString());
        const QString sha256 = m_reader.string(*reference, QStringLiteral("sha256"), path, Presence::Optional)
                                   .value_or(QString());
        if (id.isEmpty()) {
            return nullptr;
        }
        if (const auto definition =
                m_reader.object(*reference, QStringLiteral("definition"), path, Presence::Optional)) {
            return embeddedRubric(*definition, id, sha256);
        }
        if (m_override) {
            if (m_override->id() != id) {
                m_reader.error(
                    JsonReader::member(path, QStringLiteral("id")),
                    tr("the assessment was made with rubric \"%1\", not \"%2\"").arg(id, m_override->id()));
                return nullptr;
            }
            if (!sha256.isEmpty() && sha256 != m_override->sha256()) {
                m_reader.warning(
                    JsonReader::member(path, QStringLiteral("sha256")),
                    tr("the assessment was made with %1 %2, the rubric given is %1 %3 with other "
                       "content; scores may differ from the original")
                        .arg(id, version, m_override->version()));
            }
            return m_override;
        }
        const RubricLoadResult builtin = BuiltinRubrics::load(id);
        if (!builtin.ok()) {
            m_reader.error(JsonReader::member(path, QStringLiteral("id")),
                           tr("rubric \"%1\" is not built in and the file does not include it: "
                              "give the rubric file (--rubric FILE)")
                               .arg(id));
            return nullptr;
        }
        if (sha256.isEmpty() && !version.isEmpty() && version != builtin.rubric->version()) {
            m_reader.error(JsonReader::member(path, QStringLiteral("version")),
                           tr("the assessment was made with %1 %2, but the built-in is %1 %3: "
                              "give the original rubric file (--rubric FILE)")
                               .arg(id, version, builtin.rubric->version()));
            return nullptr;
        }
        if (!sha256.isEmpty() && sha256 != builtin.rubric->sha256()) {
            m_reader.error(JsonReader::member(path, QStringLiteral("sha256")),
                           tr("the assessment was made with %1 %2, which differs from the built-in %1 %3: "
                              "give the original rubric file (--rubric FILE)")
                               .arg(id, version.isEmpty() ? tr("(unknown version)") : version,
                                    builtin.rubric->version()));
            return nullptr;
        }
        return builtin.rubric;
    }

    RubricPtr embeddedRubric(const QJsonObject& definition, const QString& id, const QString& sha256) {
        const QString path = QStringLiteral("rubric.definition");
        const RubricLoadResult loaded =
            RubricLoader::fromJson(QJsonDocument(definition).toJson(QJsonDocument::Compact));
        for (const Diagnostic& diagnostic : loaded.diagnostics) {
            const QString where =
                diagnostic.path.isEmpty() ? path : JsonReader::member(path, diagnostic.path);
            if (diagnostic.isError()) {
                m_reader.error(where, diagnostic.message);
            } else {
                m_reader.warning(where, diagnostic.message);
            }
        }
        if (!loaded.ok()) {
            return nullptr;
        }
        if (loaded.rubric->id() != id) {
            m_reader.error(JsonReader::member(path, QStringLiteral("id")),
                           tr("the included rubric is \"%1\" but the assessment names \"%2\"")
                               .arg(loaded.rubric->id(), id));
            return nullptr;
        }
        if (!sha256.isEmpty() && sha256 != loaded.rubric->sha256()) {
            m_reader.error(QStringLiteral("rubric.sha256"),
                           tr("the included rubric does not match its SHA-256: it was altered after the "
                              "assessment was made (expected %1, computed %2)")
                               .arg(sha256, loaded.rubric->sha256()));
            return nullptr;
        }
        return loaded.rubric;
    }

    void parsePlan(const QJsonObject& root) {
        const auto plan = m_reader.object(root, QStringLiteral("plan"), QString(), Presence::Required);
        if (!plan) {
            return;
        }
        const QString path = QStringLiteral("plan");
        m_reader.warnUnknownKeys(*plan, path,
                                 {QStringLiteral("title"), QStringLiteral("country"),
                                  QStringLiteral("period"), QStringLiteral("documentReference")});
        Plan parsed;
        parsed.title =
            m_reader.string(*plan, QStringLiteral("title"), path, Presence::Required).value_or(QString());
        parsed.country =
            m_reader.string(*plan, QStringLiteral("country"), path, Presence::Optional).value_or(QString());
        parsed.period =
            m_reader.string(*plan, QStringLiteral("period"), path, Presence::Optional).value_or(QString());
        parsed.documentReference =
            m_reader.string(*plan, QStringLiteral("documentReference"), path, Presence::Optional)
                .value_or(QString());
        m_assessment->setPlan(parsed);
    }

    QDateTime timestamp(const QJsonObject& object, const QString& key, const QString& path) {
        const auto text = m_reader.string(object, key, path, Presence::Optional);
        if (!text || text->isEmpty()) {
            return QDateTime();
        }
        const QDateTime parsed = QDateTime::fromString(*text, Qt::ISODateWithMs);
        if (!parsed.isValid()) {
            m_reader.error(
                JsonReader::member(path, key),
                tr("\"%1\" is not an ISO 8601 date and time such as 2026-03-01T09:30:00Z").arg(*text));
        }
        return parsed;
    }

    void parseMetadata(const QJsonObject& root) {
        const auto metadata =
            m_reader.object(root, QStringLiteral("metadata"), QString(), Presence::Optional);
        if (!metadata) {
            return;
        }
        const QString path = QStringLiteral("metadata");
        m_reader.warnUnknownKeys(*metadata, path,
                                 {QStringLiteral("title"), QStringLiteral("role"),
                                  QStringLiteral("assessors"), QStringLiteral("organisation"),
                                  QStringLiteral("created"), QStringLiteral("modified")});
        AssessmentMetadata parsed;
        parsed.title =
            m_reader.string(*metadata, QStringLiteral("title"), path, Presence::Optional).value_or(QString());
        if (const auto role = m_reader.string(*metadata, QStringLiteral("role"), path, Presence::Optional)) {
            if (const auto known = assessmentRoleFromName(*role)) {
                parsed.role = *known;
            } else {
                m_reader.error(
                    JsonReader::member(path, QStringLiteral("role")),
                    tr("unknown role \"%1\" (use %2)").arg(*role, assessmentRoleNames().join(u", ")));
            }
        }
        parsed.assessors = m_reader.stringList(*metadata, QStringLiteral("assessors"), path);
        parsed.organisation =
            m_reader.string(*metadata, QStringLiteral("organisation"), path, Presence::Optional)
                .value_or(QString());
        parsed.created = timestamp(*metadata, QStringLiteral("created"), path);
        parsed.modified = timestamp(*metadata, QStringLiteral("modified"), path);
        m_assessment->setMetadata(parsed);
    }

    std::optional<int> level(const QJsonObject& object, const QString& key, const QString& path) {
        return m_reader.integer(object, key, path, Presence::Optional);
    }

    void parseRatings(const QJsonObject& root) {
        const auto ratings = m_reader.array(root, QStringLiteral("ratings"), QString(), Presence::Optional);
        if (!ratings) {
            return;
        }
        QSet<QString> seen;
        for (qsizetype i = 0; i < ratings->size(); ++i) {
            const QString path = JsonReader::element(QStringLiteral("ratings"), i);
            if (!ratings->at(i).isObject()) {
                m_reader.error(path, tr("must be an object, found %1").arg(jsonTypeName(ratings->at(i))));
                continue;
            }
            const QJsonObject object = ratings->at(i).toObject();
            m_reader.warnUnknownKeys(
                object, path,
                {QStringLiteral("criterion"), QStringLiteral("level"), QStringLiteral("notApplicable"),
                 QStringLiteral("justification"), QStringLiteral("target"), QStringLiteral("citations"),
                 QStringLiteral("note"), QStringLiteral("privateNote"), QStringLiteral("votes")});
            const auto criterion =
                m_reader.string(object, QStringLiteral("criterion"), path, Presence::Required);
            if (!criterion) {
                continue;
            }
            if (seen.contains(*criterion)) {
                m_reader.error(JsonReader::member(path, QStringLiteral("criterion")),
                               tr("duplicate rating for criterion \"%1\": each criterion is rated once")
                                   .arg(*criterion));
                continue;
            }
            seen.insert(*criterion);
            Rating rating;
            rating.level = level(object, QStringLiteral("level"), path);
            rating.notApplicable =
                m_reader.boolean(object, QStringLiteral("notApplicable"), path, Presence::Optional)
                    .value_or(false);
            rating.justification =
                m_reader.string(object, QStringLiteral("justification"), path, Presence::Optional)
                    .value_or(QString());
            rating.target = level(object, QStringLiteral("target"), path);
            rating.note =
                m_reader.string(object, QStringLiteral("note"), path, Presence::Optional).value_or(QString());
            rating.privateNote =
                m_reader.string(object, QStringLiteral("privateNote"), path, Presence::Optional)
                    .value_or(QString());
            rating.citations = parseCitations(object, path);
            rating.votes = parseVotes(object, path);
            QString problem;
            if (!m_assessment->setRating(*criterion, rating, &problem)) {
                m_reader.error(path, problem);
            }
        }
    }

    QList<Citation> parseCitations(const QJsonObject& rating, const QString& ratingPath) {
        QList<Citation> result;
        const auto citations =
            m_reader.array(rating, QStringLiteral("citations"), ratingPath, Presence::Optional);
        if (!citations) {
            return result;
        }
        const QString citationsPath = JsonReader::member(ratingPath, QStringLiteral("citations"));
        for (qsizetype i = 0; i < citations->size(); ++i) {
            const QString path = JsonReader::element(citationsPath, i);
            if (!citations->at(i).isObject()) {
                m_reader.error(path, tr("must be an object, found %1").arg(jsonTypeName(citations->at(i))));
                continue;
            }
            const QJsonObject object = citations->at(i).toObject();
            m_reader.warnUnknownKeys(object, path,
                                     {QStringLiteral("document"), QStringLiteral("section"),
                                      QStringLiteral("page"), QStringLiteral("excerpt"),
                                      QStringLiteral("kind"), QStringLiteral("contributor")});
            Citation citation;
            citation.document = m_reader.string(object, QStringLiteral("document"), path, Presence::Optional)
                                    .value_or(QString());
            citation.section = m_reader.string(object, QStringLiteral("section"), path, Presence::Optional)
                                   .value_or(QString());
            citation.page =
                m_reader.string(object, QStringLiteral("page"), path, Presence::Optional).value_or(QString());
            citation.excerpt = m_reader.string(object, QStringLiteral("excerpt"), path, Presence::Optional)
                                   .value_or(QString());
            citation.contributor =
                m_reader.string(object, QStringLiteral("contributor"), path, Presence::Optional)
                    .value_or(QString());
            if (const auto kind = m_reader.string(object, QStringLiteral("kind"), path, Presence::Optional)) {
                if (const auto known = evidenceKindFromName(*kind)) {
                    citation.kind = *known;
                } else {
                    m_reader.error(JsonReader::member(path, QStringLiteral("kind")),
                                   tr("unknown evidence kind \"%1\" (use %2)")
                                       .arg(*kind, evidenceKindNames().join(u", ")));
                }
            }
            result << citation;
        }
        return result;
    }

    /// "votes": {"2": 5, "3": 1}: level (as JSON keys are strings) → how many chose it.
    QMap<int, int> parseVotes(const QJsonObject& rating, const QString& ratingPath) {
        QMap<int, int> result;
        const auto votes = m_reader.object(rating, QStringLiteral("votes"), ratingPath, Presence::Optional);
        if (!votes) {
            return result;
        }
        const QString votesPath = JsonReader::member(ratingPath, QStringLiteral("votes"));
        for (auto it = votes->constBegin(); it != votes->constEnd(); ++it) {
            bool isLevel = false;
            const int level = it.key().toInt(&isLevel);
            const double count = it.value().toDouble(-1);
            if (!isLevel) {
                m_reader.error(
                    votesPath,
                    tr("\"%1\" is not a level: the keys of votes are levels, such as \"2\"").arg(it.key()));
            } else if (!it.value().isDouble() || count != std::trunc(count) || std::abs(count) > 1e9) {
                // Range first: casting a huge double to int is undefined behaviour.
                m_reader.error(JsonReader::member(votesPath, it.key()),
                               tr("must be a whole number of votes, such as 3"));
            } else {
                result.insert(level, static_cast<int>(count));
            }
        }
        return result;
    }

    void parseActions(const QJsonObject& root) {
        const auto actions = m_reader.array(root, QStringLiteral("actions"), QString(), Presence::Optional);
        if (!actions) {
            return;
        }
        for (qsizetype i = 0; i < actions->size(); ++i) {
            const QString path = JsonReader::element(QStringLiteral("actions"), i);
            if (!actions->at(i).isObject()) {
                m_reader.error(path, tr("must be an object, found %1").arg(jsonTypeName(actions->at(i))));
                continue;
            }
            const QJsonObject object = actions->at(i).toObject();
            m_reader.warnUnknownKeys(object, path,
                                     {QStringLiteral("title"), QStringLiteral("criterion"),
                                      QStringLiteral("lead"), QStringLiteral("partners"),
                                      QStringLiteral("due"), QStringLiteral("status"),
                                      QStringLiteral("priority")});
            ActionItem action;
            action.title = m_reader.string(object, QStringLiteral("title"), path, Presence::Required)
                               .value_or(QString());
            action.criterionId =
                m_reader.string(object, QStringLiteral("criterion"), path, Presence::Optional)
                    .value_or(QString());
            action.leadInstitution =
                m_reader.string(object, QStringLiteral("lead"), path, Presence::Optional).value_or(QString());
            action.partners = m_reader.stringList(object, QStringLiteral("partners"), path);
            if (const auto due = m_reader.string(object, QStringLiteral("due"), path, Presence::Optional)) {
                action.due = QDate::fromString(*due, Qt::ISODate);
                if (!action.due.isValid() && !due->isEmpty()) {
                    m_reader.error(JsonReader::member(path, QStringLiteral("due")),
                                   tr("\"%1\" is not a date such as 2027-06-30").arg(*due));
                }
            }
            if (const auto status =
                    m_reader.string(object, QStringLiteral("status"), path, Presence::Optional)) {
                if (const auto known = actionStatusFromName(*status)) {
                    action.status = *known;
                } else {
                    m_reader.error(
                        JsonReader::member(path, QStringLiteral("status")),
                        tr("unknown status \"%1\" (use planned, in-progress, done or dropped)").arg(*status));
                }
            }
            if (const auto priority =
                    m_reader.string(object, QStringLiteral("priority"), path, Presence::Optional)) {
                if (const auto known = actionPriorityFromName(*priority)) {
                    action.priority = *known;
                } else {
                    m_reader.error(JsonReader::member(path, QStringLiteral("priority")),
                                   tr("unknown priority \"%1\" (use high, medium or low)").arg(*priority));
                }
            }
            QString problem;
            if (!m_assessment->addAction(action, &problem)) {
                m_reader.error(path, problem);
            }
        }
    }

    JsonReader m_reader;
    RubricPtr m_override;
    std::shared_ptr<Assessment> m_assessment;
};

} // namespace

QJsonObject AssessmentJson::toJsonObject(const Assessment& assessment, RubricEmbedding embedding) {
    const Rubric& rubric = *assessment.rubric();
    QJsonObject rubricObject{{QStringLiteral("id"), rubric.id()},
                             {QStringLiteral("version"), rubric.version()},
                             {QStringLiteral("sha256"), rubric.sha256()}};
    if (embedding == RubricEmbedding::Embed) {
        rubricObject.insert(QStringLiteral("definition"), RubricJson::toJsonObject(rubric));
    }
    const Plan& plan = assessment.plan();
    QJsonObject planObject{{QStringLiteral("title"), plan.title}};
    insertIfSet(planObject, QStringLiteral("country"), plan.country);
    insertIfSet(planObject, QStringLiteral("period"), plan.period);
    insertIfSet(planObject, QStringLiteral("documentReference"), plan.documentReference);

    const AssessmentMetadata& metadata = assessment.metadata();
    QJsonObject metadataObject{{QStringLiteral("role"), assessmentRoleName(metadata.role)}};
    insertIfSet(metadataObject, QStringLiteral("title"), metadata.title);
    if (!metadata.assessors.isEmpty()) {
        metadataObject.insert(QStringLiteral("assessors"), QJsonArray::fromStringList(metadata.assessors));
    }
    insertIfSet(metadataObject, QStringLiteral("organisation"), metadata.organisation);
    insertIfSet(metadataObject, QStringLiteral("created"), isoTimestamp(metadata.created));
    insertIfSet(metadataObject, QStringLiteral("modified"), isoTimestamp(metadata.modified));

    // Ratings in rubric order so that two exports of the same assessment are byte-identical.
    QJsonArray ratings;
    for (const Criterion& criterion : rubric.criteria()) {
        const auto it = assessment.ratings().constFind(criterion.id);
        if (it != assessment.ratings().cend()) {
            ratings.append(ratingToJson(criterion.id, *it));
        }
    }
    QJsonArray actions;
    for (const ActionItem& action : assessment.actions()) {
        actions.append(actionToJson(action));
    }
    QJsonArray corrections;
    for (auto it = assessment.pageCorrections().cbegin(); it != assessment.pageCorrections().cend(); ++it) {
        QString criterion;
        int reference = 0;
        Assessment::splitPageCorrectionKey(it.key(), &criterion, &reference);
        corrections.append(QJsonObject{{QStringLiteral("criterion"), criterion},
                                       {QStringLiteral("reference"), reference},
                                       {QStringLiteral("page"), it.value()}});
    }
    QJsonObject root{{QStringLiteral("format"), QString::fromUtf16(kFormatName)},
                     {QStringLiteral("formatVersion"), kFormatVersion},
                     {QStringLiteral("rubric"), rubricObject},
                     {QStringLiteral("plan"), planObject},
                     {QStringLiteral("metadata"), metadataObject},
                     {QStringLiteral("ratings"), ratings},
                     {QStringLiteral("actions"), actions}};
    if (!corrections.isEmpty()) {
        root.insert(QStringLiteral("pageCorrections"), corrections);
    }
    return root;
}

QByteArray AssessmentJson::toJson(const Assessment& assessment, RubricEmbedding embedding) {
    return QJsonDocument(toJsonObject(assessment, embedding)).toJson(QJsonDocument::Indented);
}

AssessmentLoadResult AssessmentJson::fromJson(const QByteArray& bytes, const RubricPtr& rubric) {
    return AssessmentParser(rubric).parse(bytes);
}

AssessmentLoadResult AssessmentJson::fromFile(const QString& path, const RubricPtr& rubric) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        AssessmentLoadResult result;
        result.diagnostics.append(
            {Diagnostic::Severity::Error, QString(), tr("cannot read %1: %2").arg(path, file.errorString())});
        return result;
    }
    return fromJson(file.readAll(), rubric);
}

} // namespace coherence
