#include "RubricLoader.h"

#include "JsonArraySplitter.h"
#include "JsonReader.h"
#include "RubricJson.h"

#include <QFile>
#include <QJsonDocument>
#include <QSet>

#include <cmath>

namespace coherence {

namespace {

using Presence = JsonReader::Presence;

/// The target a criterion gets when its file names none: three quarters of the way up the scale
/// (3 on the standard 0–4 scale).
int defaultTargetFor(const RatingScale& scale) {
    return static_cast<int>(std::ceil(scale.maxLevel() * 0.75));
}

/// Reads one rubric document. A class only so the many small parsing steps share the reader.
class RubricParser {
    Q_DECLARE_TR_FUNCTIONS(RubricLoader)

public:
    RubricLoadResult parse(const QByteArray& bytes, const QString& knownSha256 = QString()) {
        const auto root = m_reader.parseObject(bytes);
        if (root) {
            parseRoot(*root);
        }
        return result(root.has_value(), knownSha256);
    }

    /// The same as parse(), reading the criteria one at a time from @p split; nullopt when a piece
    /// is not valid JSON, so that the caller parses the whole text and reports where.
    std::optional<RubricLoadResult> parse(const JsonArraySplitter::Split& split, const QString& knownSha256) {
        QJsonParseError parseError;
        const QJsonDocument root = QJsonDocument::fromJson(split.rest, &parseError);
        if (parseError.error != QJsonParseError::NoError || !root.isObject()) {
            return std::nullopt;
        }
        m_criteriaSlices = &split.elements;
        parseRoot(root.object());
        if (m_sliceUnreadable) {
            return std::nullopt;
        }
        return result(true, knownSha256);
    }

private:
    RubricLoadResult result(bool parsed, const QString& knownSha256) {
        RubricLoadResult loaded;
        loaded.diagnostics = m_reader.diagnostics();
        if (parsed && !m_reader.hasErrors()) {
            loaded.rubric =
                std::make_shared<const Rubric>(std::move(m_header), std::move(m_scale), std::move(m_areas),
                                               std::move(m_criteria), std::move(m_sources), knownSha256);
        }
        return loaded;
    }

    /// Criterion @p index of the split document, parsed on its own (its tree freed after use).
    std::optional<QJsonValue> criterionSlice(qsizetype index) {
        const QByteArrayView slice = m_criteriaSlices->at(index);
        QJsonParseError parseError;
        if (slice.startsWith('{')) {
            const QJsonDocument element =
                QJsonDocument::fromJson(QByteArray::fromRawData(slice.data(), slice.size()), &parseError);
            if (parseError.error == QJsonParseError::NoError && element.isObject()) {
                return element.object();
            }
        } else {
            // Not an object: wrapped in an array only to be parsed, so the error names what it is.
            const QJsonDocument wrapped =
                QJsonDocument::fromJson('[' + slice.toByteArray() + ']', &parseError);
            if (parseError.error == QJsonParseError::NoError && wrapped.array().size() == 1) {
                return wrapped.array().first();
            }
        }
        m_sliceUnreadable = true;
        return std::nullopt;
    }

    void parseRoot(const QJsonObject& root) {
        m_reader.warnUnknownKeys(root, QString(),
                                 {QStringLiteral("format"), QStringLiteral("formatVersion"),
                                  QStringLiteral("id"), QStringLiteral("version"), QStringLiteral("title"),
                                  QStringLiteral("description"), QStringLiteral("notes"),
                                  QStringLiteral("sources"), QStringLiteral("scale"), QStringLiteral("areas"),
                                  QStringLiteral("criteria")});
        parseFormat(root);
        if (const auto id = m_reader.string(root, QStringLiteral("id"), QString(), Presence::Required)) {
            if (!JsonReader::isIdentifier(*id)) {
                m_reader.error(QStringLiteral("id"),
                               tr("\"%1\" is not a valid id: use letters, digits, '.', '-' "
                                  "or '_', starting with a letter or digit")
                                   .arg(*id));
            }
            m_header.id = *id;
        }
        if (const auto version =
                m_reader.string(root, QStringLiteral("version"), QString(), Presence::Required)) {
            if (!JsonReader::isSemanticVersion(*version)) {
                m_reader.error(
                    QStringLiteral("version"),
                    tr("bad version \"%1\": use a semantic version such as \"1.0.0\"").arg(*version));
            }
            m_header.version = *version;
        }
        m_header.title = m_reader.text(root, QStringLiteral("title"), QString(), Presence::Required)
                             .value_or(LocalizedText());
        m_header.description =
            m_reader.text(root, QStringLiteral("description"), QString(), Presence::Optional)
                .value_or(LocalizedText());
        m_header.notes = m_reader.text(root, QStringLiteral("notes"), QString(), Presence::Optional)
                             .value_or(LocalizedText());
        parseSources(root);
        parseScale(root);
        parseAreas(root);
        parseCriteria(root);
        warnAboutEmptyAreas();
    }

    void parseFormat(const QJsonObject& root) {
        const auto format = m_reader.string(root, QStringLiteral("format"), QString(), Presence::Required);
        if (format && *format != QStringView(RubricJson::kFormatName)) {
            m_reader.error(QStringLiteral("format"),
                           tr("\"%1\" is not a Coherence rubric (expected \"%2\")")
                               .arg(*format, QString::fromUtf16(RubricJson::kFormatName)));
        }
        const auto version =
            m_reader.integer(root, QStringLiteral("formatVersion"), QString(), Presence::Required);
        if (version && *version > RubricJson::kFormatVersion) {
            m_reader.error(
                QStringLiteral("formatVersion"),
                tr("format version %1 was written by a newer Coherence; this one reads version %2. "
                   "Update Coherence to open it.")
                    .arg(*version)
                    .arg(RubricJson::kFormatVersion));
        } else if (version && *version < 1) {
            m_reader.error(QStringLiteral("formatVersion"), tr("must be 1 or more, found %1").arg(*version));
        }
    }

    void parseSources(const QJsonObject& root) {
        const auto sources = m_reader.array(root, QStringLiteral("sources"), QString(), Presence::Optional);
        if (!sources) {
            return;
        }
        QSet<QString> seen;
        for (qsizetype i = 0; i < sources->size(); ++i) {
            const QString path = JsonReader::element(QStringLiteral("sources"), i);
            if (!sources->at(i).isObject()) {
                m_reader.error(path, tr("must be an object, found %1").arg(jsonTypeName(sources->at(i))));
                continue;
            }
            const QJsonObject object = sources->at(i).toObject();
            m_reader.warnUnknownKeys(object, path,
                                     {QStringLiteral("id"), QStringLiteral("citation"), QStringLiteral("url"),
                                      QStringLiteral("note")});
            RubricSource source;
            source.id = checkedId(object, path, seen, tr("source"));
            source.citation = m_reader.text(object, QStringLiteral("citation"), path, Presence::Required)
                                  .value_or(LocalizedText());
            source.url =
                m_reader.string(object, QStringLiteral("url"), path, Presence::Optional).value_or(QString());
            source.note = m_reader.text(object, QStringLiteral("note"), path, Presence::Optional)
                              .value_or(LocalizedText());
            m_sources << source;
        }
    }

    void parseScale(const QJsonObject& root) {
        const auto scale = m_reader.object(root, QStringLiteral("scale"), QString(), Presence::Optional);
        if (!scale) {
            m_scale = RatingScale::standard();
            return;
        }
        const QString path = QStringLiteral("scale");
        m_reader.warnUnknownKeys(*scale, path, {QStringLiteral("levels")});
        const auto levels = m_reader.array(*scale, QStringLiteral("levels"), path, Presence::Required);
        if (!levels) {
            m_scale = RatingScale::standard();
            return;
        }
        const QString levelsPath = JsonReader::member(path, QStringLiteral("levels"));
        if (levels->size() < 2) {
            m_reader.error(levelsPath, tr("a scale needs at least two levels, found %1").arg(levels->size()));
        }
        QList<ScaleLevel> parsed;
        for (qsizetype i = 0; i < levels->size(); ++i) {
            const QString levelPath = JsonReader::element(levelsPath, i);
            if (!levels->at(i).isObject()) {
                m_reader.error(levelPath, tr("must be an object, found %1").arg(jsonTypeName(levels->at(i))));
                continue;
            }
            const QJsonObject object = levels->at(i).toObject();
            m_reader.warnUnknownKeys(object, levelPath,
                                     {QStringLiteral("value"), QStringLiteral("label"),
                                      QStringLiteral("definition"), QStringLiteral("minimumEvidence")});
            ScaleLevel level;
            const auto value =
                m_reader.integer(object, QStringLiteral("value"), levelPath, Presence::Required);
            if (value && *value != i) {
                m_reader.error(JsonReader::member(levelPath, QStringLiteral("value")),
                               tr("levels must be numbered 0, 1, 2, … in order; expected %1, found %2")
                                   .arg(i)
                                   .arg(*value));
            }
            level.value = static_cast<int>(i);
            level.label = m_reader.text(object, QStringLiteral("label"), levelPath, Presence::Required)
                              .value_or(LocalizedText());
            level.definition =
                m_reader.text(object, QStringLiteral("definition"), levelPath, Presence::Optional)
                    .value_or(LocalizedText());
            level.minimumEvidence =
                m_reader.text(object, QStringLiteral("minimumEvidence"), levelPath, Presence::Optional)
                    .value_or(LocalizedText());
            parsed << level;
        }
        m_scale = parsed.size() >= 2 ? RatingScale(parsed) : RatingScale::standard();
    }

    void parseAreas(const QJsonObject& root) {
        const auto areas = m_reader.array(root, QStringLiteral("areas"), QString(), Presence::Required);
        if (!areas) {
            return;
        }
        if (areas->isEmpty()) {
            m_reader.error(QStringLiteral("areas"), tr("a rubric needs at least one area"));
        }
        QSet<QString> seen;
        for (qsizetype i = 0; i < areas->size(); ++i) {
            const QString path = JsonReader::element(QStringLiteral("areas"), i);
            if (!areas->at(i).isObject()) {
                m_reader.error(path, tr("must be an object, found %1").arg(jsonTypeName(areas->at(i))));
                continue;
            }
            const QJsonObject object = areas->at(i).toObject();
            m_reader.warnUnknownKeys(object, path,
                                     {QStringLiteral("id"), QStringLiteral("title"),
                                      QStringLiteral("description"), QStringLiteral("block"),
                                      QStringLiteral("weight")});
            Area area;
            area.id = checkedId(object, path, seen, tr("area"));
            area.title = m_reader.text(object, QStringLiteral("title"), path, Presence::Required)
                             .value_or(LocalizedText());
            area.description = m_reader.text(object, QStringLiteral("description"), path, Presence::Optional)
                                   .value_or(LocalizedText());
            if (const auto block =
                    m_reader.string(object, QStringLiteral("block"), path, Presence::Required)) {
                if (const auto known = blockFromName(*block)) {
                    area.block = *known;
                } else {
                    m_reader.error(
                        JsonReader::member(path, QStringLiteral("block")),
                        tr("unknown block \"%1\" (use process, sector or cross-cutting)").arg(*block));
                }
            }
            area.weight = checkedWeight(object, path);
            m_areas << area;
        }
    }

    void parseCriteria(const QJsonObject& root) {
        std::optional<QJsonArray> criteria;
        qsizetype count = 0;
        if (m_criteriaSlices) {
            count = m_criteriaSlices->size(); // never empty: the splitter leaves that case to parse()
        } else {
            criteria = m_reader.array(root, QStringLiteral("criteria"), QString(), Presence::Required);
            if (!criteria) {
                return;
            }
            if (criteria->isEmpty()) {
                m_reader.error(QStringLiteral("criteria"), tr("a rubric needs at least one criterion"));
            }
            count = criteria->size();
        }
        QSet<QString> seen;
        QSet<QString> areaIds;
        for (const Area& area : std::as_const(m_areas)) {
            areaIds.insert(area.id);
        }
        m_criteria.reserve(count);
        for (qsizetype i = 0; i < count; ++i) {
            const std::optional<QJsonValue> element = criteria ? criteria->at(i) : criterionSlice(i);
            if (!element) {
                return;
            }
            const QString path = JsonReader::element(QStringLiteral("criteria"), i);
            if (!element->isObject()) {
                m_reader.error(path, tr("must be an object, found %1").arg(jsonTypeName(*element)));
                continue;
            }
            parseCriterion(element->toObject(), path, seen, areaIds);
        }
    }

    void parseCriterion(const QJsonObject& object, const QString& path, QSet<QString>& seen,
                        const QSet<QString>& areaIds) {
        m_reader.warnUnknownKeys(object, path,
                                 {QStringLiteral("id"), QStringLiteral("area"), QStringLiteral("title"),
                                  QStringLiteral("recommendation"), QStringLiteral("guidance"),
                                  QStringLiteral("questions"), QStringLiteral("levels"),
                                  QStringLiteral("references"), QStringLiteral("keywords"),
                                  QStringLiteral("weight"), QStringLiteral("target")});
        Criterion criterion;
        criterion.id = checkedId(object, path, seen, tr("criterion"));
        if (const auto area = m_reader.string(object, QStringLiteral("area"), path, Presence::Required)) {
            if (!areaIds.contains(*area)) {
                m_reader.error(JsonReader::member(path, QStringLiteral("area")),
                               tr("unknown area \"%1\": it must be the id of one of \"areas\"").arg(*area));
            }
            criterion.areaId = *area;
        }
        criterion.title = m_reader.text(object, QStringLiteral("title"), path, Presence::Required)
                              .value_or(LocalizedText());
        criterion.recommendation =
            m_reader.text(object, QStringLiteral("recommendation"), path, Presence::Required)
                .value_or(LocalizedText());
        criterion.guidance = m_reader.text(object, QStringLiteral("guidance"), path, Presence::Optional)
                                 .value_or(LocalizedText());
        if (const auto questions =
                m_reader.array(object, QStringLiteral("questions"), path, Presence::Optional)) {
            const QString questionsPath = JsonReader::member(path, QStringLiteral("questions"));
            for (qsizetype q = 0; q < questions->size(); ++q) {
                if (const auto text =
                        m_reader.textValue(questions->at(q), JsonReader::element(questionsPath, q))) {
                    criterion.questions << *text;
                }
            }
        }
        parseLevelDescriptors(object, path, criterion);
        parseReferences(object, path, criterion);
        parseKeywords(object, path, criterion);
        criterion.weight = checkedWeight(object, path);
        criterion.defaultTarget = defaultTargetFor(m_scale);
        if (const auto target =
                m_reader.integer(object, QStringLiteral("target"), path, Presence::Optional)) {
            if (!m_scale.contains(*target)) {
                m_reader.error(JsonReader::member(path, QStringLiteral("target")),
                               tr("target %1 is outside the rating scale (0 to %2)")
                                   .arg(*target)
                                   .arg(m_scale.maxLevel()));
            }
            criterion.defaultTarget = *target;
        }
        m_criteria.append(std::move(criterion));
    }

    void parseLevelDescriptors(const QJsonObject& object, const QString& path, Criterion& criterion) {
        const auto levels = m_reader.object(object, QStringLiteral("levels"), path, Presence::Optional);
        if (!levels) {
            return;
        }
        const QString levelsPath = JsonReader::member(path, QStringLiteral("levels"));
        for (auto it = levels->constBegin(); it != levels->constEnd(); ++it) {
            const QString levelPath = JsonReader::member(levelsPath, it.key());
            bool isNumber = false;
            const int level = it.key().toInt(&isNumber);
            if (!isNumber || !m_scale.contains(level)) {
                m_reader.error(levelPath, tr("\"%1\" is not a level of the rating scale (0 to %2)")
                                              .arg(it.key())
                                              .arg(m_scale.maxLevel()));
                continue;
            }
            if (const auto text = m_reader.textValue(it.value(), levelPath)) {
                criterion.levelDescriptors.insert(level, *text);
            }
        }
    }

    void parseReferences(const QJsonObject& object, const QString& path, Criterion& criterion) {
        const auto references =
            m_reader.array(object, QStringLiteral("references"), path, Presence::Optional);
        if (!references) {
            return;
        }
        const QString referencesPath = JsonReader::member(path, QStringLiteral("references"));
        for (qsizetype r = 0; r < references->size(); ++r) {
            const QString referencePath = JsonReader::element(referencesPath, r);
            if (!references->at(r).isObject()) {
                m_reader.error(referencePath,
                               tr("must be an object, found %1").arg(jsonTypeName(references->at(r))));
                continue;
            }
            const QJsonObject entry = references->at(r).toObject();
            m_reader.warnUnknownKeys(entry, referencePath,
                                     {QStringLiteral("type"), QStringLiteral("value"), QStringLiteral("note"),
                                      QStringLiteral("citedIn")});
            Reference reference;
            if (const auto type =
                    m_reader.string(entry, QStringLiteral("type"), referencePath, Presence::Required)) {
                if (const auto known = referenceTypeFromName(*type)) {
                    reference.type = *known;
                } else {
                    m_reader.error(JsonReader::member(referencePath, QStringLiteral("type")),
                                   tr("unknown reference type \"%1\" (use %2)")
                                       .arg(*type, referenceTypeNames().join(QStringLiteral(", "))));
                }
            }
            reference.value =
                m_reader.string(entry, QStringLiteral("value"), referencePath, Presence::Required)
                    .value_or(QString());
            if (reference.value.trimmed().isEmpty() && entry.value(QStringLiteral("value")).isString()) {
                m_reader.error(JsonReader::member(referencePath, QStringLiteral("value")),
                               tr("must not be empty"));
            }
            reference.note = m_reader.text(entry, QStringLiteral("note"), referencePath, Presence::Optional)
                                 .value_or(LocalizedText());
            reference.citedIn =
                m_reader.string(entry, QStringLiteral("citedIn"), referencePath, Presence::Optional)
                    .value_or(QString());
            if (!reference.citedIn.isEmpty() && !hasSource(reference.citedIn)) {
                m_reader.error(JsonReader::member(referencePath, QStringLiteral("citedIn")),
                               tr("unknown source \"%1\": it must be the id of one of \"sources\"")
                                   .arg(reference.citedIn));
            }
            criterion.references << reference;
        }
    }

    void parseKeywords(const QJsonObject& object, const QString& path, Criterion& criterion) {
        const auto keywords = m_reader.object(object, QStringLiteral("keywords"), path, Presence::Optional);
        if (!keywords) {
            return;
        }
        const QString keywordsPath = JsonReader::member(path, QStringLiteral("keywords"));
        for (auto it = keywords->constBegin(); it != keywords->constEnd(); ++it) {
            const QStringList words = m_reader.stringList(*keywords, it.key(), keywordsPath);
            if (!it.value().isArray()) {
                continue; // stringList reported the wrong type
            }
            criterion.keywords.insert(it.key(), words);
        }
    }

    void warnAboutEmptyAreas() {
        QSet<QString> used;
        for (const Criterion& criterion : std::as_const(m_criteria)) {
            used.insert(criterion.areaId);
        }
        for (qsizetype i = 0; i < m_areas.size(); ++i) {
            if (!m_areas[i].id.isEmpty() && !used.contains(m_areas[i].id)) {
                m_reader.warning(
                    JsonReader::element(QStringLiteral("areas"), i),
                    tr("area \"%1\" has no criteria; its score will always be undefined").arg(m_areas[i].id));
            }
        }
    }

    QString checkedId(const QJsonObject& object, const QString& path, QSet<QString>& seen,
                      const QString& what) {
        const auto id = m_reader.string(object, QStringLiteral("id"), path, Presence::Required);
        if (!id) {
            return QString();
        }
        const QString idPath = JsonReader::member(path, QStringLiteral("id"));
        if (!JsonReader::isIdentifier(*id)) {
            m_reader.error(
                idPath,
                tr("\"%1\" is not a valid %2 id: use letters, digits, '.', '-' or '_'").arg(*id, what));
        } else if (seen.contains(*id)) {
            m_reader.error(idPath, tr("duplicate %1 id \"%2\": ids must be unique").arg(what, *id));
        }
        seen.insert(*id);
        return *id;
    }

    double checkedWeight(const QJsonObject& object, const QString& path) {
        const auto weight = m_reader.number(object, QStringLiteral("weight"), path, Presence::Optional);
        if (!weight) {
            return 1.0;
        }
        if (*weight <= 0) {
            m_reader.error(JsonReader::member(path, QStringLiteral("weight")),
                           tr("weight must be greater than 0, found %1").arg(*weight));
        }
        return *weight;
    }

    bool hasSource(const QString& id) const {
        return std::any_of(m_sources.cbegin(), m_sources.cend(),
                           [&id](const RubricSource& source) { return source.id == id; });
    }

    JsonReader m_reader;
    const QList<QByteArrayView>* m_criteriaSlices = nullptr; ///< set when reading a split document
    bool m_sliceUnreadable = false;
    Rubric::Header m_header;
    RatingScale m_scale = RatingScale::standard();
    QList<Area> m_areas;
    QList<Criterion> m_criteria;
    QList<RubricSource> m_sources;
};

/// Criteria one at a time when the text can be split (JsonArraySplitter says why), else the whole.
RubricLoadResult parseRubric(const QByteArray& bytes, const QString& knownSha256 = QString()) {
    if (const auto split = JsonArraySplitter::split(bytes, "criteria")) {
        if (auto result = RubricParser().parse(*split, knownSha256)) {
            return std::move(*result);
        }
    }
    return RubricParser().parse(bytes, knownSha256);
}

} // namespace

RubricLoadResult RubricLoader::fromJson(const QByteArray& bytes) {
    return parseRubric(bytes);
}

RubricLoadResult RubricLoader::fromCanonicalJson(const QByteArray& canonical) {
    return parseRubric(canonical, Rubric::sha256Of(canonical));
}

RubricLoadResult RubricLoader::fromFile(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        RubricLoadResult result;
        result.diagnostics.append(
            {Diagnostic::Severity::Error, QString(), tr("cannot read %1: %2").arg(path, file.errorString())});
        return result;
    }
    return fromJson(file.readAll());
}

} // namespace coherence
