#include "RubricJson.h"

#include "Rubric.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace coherence {

namespace {

void insertText(QJsonObject& object, const QString& key, const LocalizedText& text) {
    if (!text.isEmpty()) {
        object.insert(key, text.toJson());
    }
}

QJsonObject scaleToJson(const RatingScale& scale) {
    QJsonArray levels;
    for (const ScaleLevel& level : scale.levels()) {
        QJsonObject entry{{QStringLiteral("value"), level.value}};
        insertText(entry, QStringLiteral("label"), level.label);
        insertText(entry, QStringLiteral("definition"), level.definition);
        insertText(entry, QStringLiteral("minimumEvidence"), level.minimumEvidence);
        levels.append(entry);
    }
    return QJsonObject{{QStringLiteral("levels"), levels}};
}

QJsonObject areaToJson(const Area& area) {
    QJsonObject object{{QStringLiteral("id"), area.id},
                       {QStringLiteral("block"), blockName(area.block)},
                       {QStringLiteral("weight"), area.weight}};
    insertText(object, QStringLiteral("title"), area.title);
    insertText(object, QStringLiteral("description"), area.description);
    return object;
}

QJsonObject referenceToJson(const Reference& reference) {
    QJsonObject object{{QStringLiteral("type"), referenceTypeName(reference.type)},
                       {QStringLiteral("value"), reference.value}};
    insertText(object, QStringLiteral("note"), reference.note);
    if (!reference.citedIn.isEmpty()) {
        object.insert(QStringLiteral("citedIn"), reference.citedIn);
    }
    return object;
}

QJsonObject criterionToJson(const Criterion& criterion) {
    QJsonObject object{{QStringLiteral("id"), criterion.id},
                       {QStringLiteral("area"), criterion.areaId},
                       {QStringLiteral("weight"), criterion.weight},
                       {QStringLiteral("target"), criterion.defaultTarget}};
    insertText(object, QStringLiteral("title"), criterion.title);
    insertText(object, QStringLiteral("recommendation"), criterion.recommendation);
    insertText(object, QStringLiteral("guidance"), criterion.guidance);
    if (!criterion.questions.isEmpty()) {
        QJsonArray questions;
        for (const LocalizedText& question : criterion.questions) {
            questions.append(question.toJson());
        }
        object.insert(QStringLiteral("questions"), questions);
    }
    if (!criterion.levelDescriptors.isEmpty()) {
        QJsonObject levels;
        for (auto it = criterion.levelDescriptors.cbegin(); it != criterion.levelDescriptors.cend(); ++it) {
            levels.insert(QString::number(it.key()), it.value().toJson());
        }
        object.insert(QStringLiteral("levels"), levels);
    }
    if (!criterion.references.isEmpty()) {
        QJsonArray references;
        for (const Reference& reference : criterion.references) {
            references.append(referenceToJson(reference));
        }
        object.insert(QStringLiteral("references"), references);
    }
    if (!criterion.keywords.isEmpty()) {
        QJsonObject keywords;
        for (auto it = criterion.keywords.cbegin(); it != criterion.keywords.cend(); ++it) {
            keywords.insert(it.key(), QJsonArray::fromStringList(it.value()));
        }
        object.insert(QStringLiteral("keywords"), keywords);
    }
    return object;
}

QJsonObject sourceToJson(const RubricSource& source) {
    QJsonObject object{{QStringLiteral("id"), source.id}};
    insertText(object, QStringLiteral("citation"), source.citation);
    insertText(object, QStringLiteral("note"), source.note);
    if (!source.url.isEmpty()) {
        object.insert(QStringLiteral("url"), source.url);
    }
    return object;
}

} // namespace

QJsonObject RubricJson::toJsonObject(const Rubric& rubric) {
    QJsonObject object{{QStringLiteral("format"), QString::fromUtf16(kFormatName)},
                       {QStringLiteral("formatVersion"), kFormatVersion},
                       {QStringLiteral("id"), rubric.id()},
                       {QStringLiteral("version"), rubric.version()},
                       {QStringLiteral("scale"), scaleToJson(rubric.scale())}};
    insertText(object, QStringLiteral("title"), rubric.title());
    insertText(object, QStringLiteral("description"), rubric.description());
    insertText(object, QStringLiteral("notes"), rubric.notes());
    QJsonArray sources;
    for (const RubricSource& source : rubric.sources()) {
        sources.append(sourceToJson(source));
    }
    if (!sources.isEmpty()) {
        object.insert(QStringLiteral("sources"), sources);
    }
    QJsonArray areas;
    for (const Area& area : rubric.areas()) {
        areas.append(areaToJson(area));
    }
    object.insert(QStringLiteral("areas"), areas);
    QJsonArray criteria;
    for (const Criterion& criterion : rubric.criteria()) {
        criteria.append(criterionToJson(criterion));
    }
    object.insert(QStringLiteral("criteria"), criteria);
    return object;
}

QByteArray RubricJson::canonical(const Rubric& rubric) {
    return QJsonDocument(toJsonObject(rubric)).toJson(QJsonDocument::Compact);
}

QByteArray RubricJson::indented(const Rubric& rubric) {
    return QJsonDocument(toJsonObject(rubric)).toJson(QJsonDocument::Indented);
}

} // namespace coherence
