#include "ChangeDescription.h"

#include "AssessmentMetadata.h"
#include "ReportBuilder.h"
#include "VoteTally.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace coherence {

namespace {

/// Something that happened to the whole file, with a detail rather than a value before and after.
bool isEvent(const ChangeLogEntry& entry) {
    return entry.what == u"create" || entry.what == u"import" || entry.what == u"merge";
}

bool isRating(const ChangeLogEntry& entry) {
    return entry.what.startsWith(u"rating.") || entry.what == u"reference.page";
}

/// "3 — Operationalised" for a stored level.
QString levelValue(const QString& stored, const Rubric& rubric, const QString& language) {
    bool number = false;
    const int value = stored.toInt(&number);
    const ScaleLevel* level = number ? rubric.scale().level(value) : nullptr;
    return level ? ChangeDescription::tr("%1 — %2").arg(value).arg(level->label.text(language)) : stored;
}

/// The excerpts of stored citations, each quoted: what tells one citation from another at a glance.
QString citationsValue(const QString& stored) {
    const QJsonArray citations = QJsonDocument::fromJson(stored.toUtf8()).array();
    if (citations.isEmpty()) {
        return stored;
    }
    QStringList excerpts;
    for (const QJsonValue& citation : citations) {
        const QJsonObject object = citation.toObject();
        const QString excerpt = object.value(QStringLiteral("excerpt")).toString();
        excerpts << (excerpt.isEmpty() ? object.value(QStringLiteral("section")).toString()
                                       : ChangeDescription::tr("“%1”").arg(excerpt));
    }
    return excerpts.join(QStringLiteral("; "));
}

/// "level 2: 3; level 3: 1" for a stored vote tally.
QString votesValue(const QString& stored) {
    QMap<int, int> votes;
    if (!VoteTally::fromText(stored, &votes) || votes.isEmpty()) {
        return stored;
    }
    QStringList parts;
    for (auto it = votes.cbegin(); it != votes.cend(); ++it) {
        parts << ChangeDescription::tr("level %1: %2").arg(it.key()).arg(it.value());
    }
    return parts.join(QStringLiteral("; "));
}

} // namespace

QString ChangeDescription::change(const ChangeLogEntry& entry) {
    static const QHash<QString, const char*> names{
        {QStringLiteral("create"), QT_TR_NOOP("Assessment created")},
        {QStringLiteral("import"), QT_TR_NOOP("Imported")},
        {QStringLiteral("merge"), QT_TR_NOOP("Made by merging")},
        {QStringLiteral("rating.level"), QT_TR_NOOP("Level")},
        {QStringLiteral("rating.notApplicable"), QT_TR_NOOP("Not applicable")},
        {QStringLiteral("rating.justification"), QT_TR_NOOP("Justification")},
        {QStringLiteral("rating.target"), QT_TR_NOOP("Target level")},
        {QStringLiteral("rating.citations"), QT_TR_NOOP("Evidence")},
        {QStringLiteral("rating.note"), QT_TR_NOOP("Note")},
        {QStringLiteral("rating.privateNote"), QT_TR_NOOP("Private note")},
        {QStringLiteral("rating.votes"), QT_TR_NOOP("Room's votes")},
        {QStringLiteral("reference.page"), QT_TR_NOOP("Handbook page corrected")},
        {QStringLiteral("plan.title"), QT_TR_NOOP("Plan title")},
        {QStringLiteral("plan.country"), QT_TR_NOOP("Country")},
        {QStringLiteral("plan.period"), QT_TR_NOOP("Period")},
        {QStringLiteral("plan.documentReference"), QT_TR_NOOP("Plan document")},
        {QStringLiteral("metadata.title"), QT_TR_NOOP("Assessment title")},
        {QStringLiteral("metadata.role"), QT_TR_NOOP("Kind of assessment")},
        {QStringLiteral("metadata.assessors"), QT_TR_NOOP("Assessors")},
        {QStringLiteral("metadata.organisation"), QT_TR_NOOP("Organisation")},
        {QStringLiteral("action.add"), QT_TR_NOOP("Action added")},
        {QStringLiteral("action.edit"), QT_TR_NOOP("Action changed")},
        {QStringLiteral("action.remove"), QT_TR_NOOP("Action removed")},
    };
    const auto it = names.constFind(entry.what);
    return it == names.cend() ? entry.what : tr(*it);
}

QString ChangeDescription::subject(const ChangeLogEntry& entry) {
    if (entry.what.startsWith(u"action.") && !entry.subject.isEmpty()) {
        return tr("Action %1").arg(entry.subject);
    }
    return entry.subject;
}

QString ChangeDescription::criterionId(const ChangeLogEntry& entry) {
    return isRating(entry) ? entry.subject : QString();
}

QString ChangeDescription::value(const ChangeLogEntry& entry, const QString& value, const Rubric& rubric,
                                 const QString& language) {
    if (isEvent(entry)) {
        return value;
    }
    if (entry.what == u"rating.notApplicable") {
        return value.isEmpty() ? tr("no") : tr("yes");
    }
    if (entry.what == u"rating.level") {
        return value.isEmpty() ? tr("not rated") : levelValue(value, rubric, language);
    }
    if (value.isEmpty()) {
        return tr("none");
    }
    if (entry.what == u"rating.target") {
        return levelValue(value, rubric, language);
    }
    if (entry.what == u"rating.citations") {
        return citationsValue(value);
    }
    if (entry.what == u"rating.votes") {
        return votesValue(value);
    }
    if (entry.what == u"metadata.role") {
        const auto role = assessmentRoleFromName(value);
        return role ? ReportBuilder::roleText(*role) : value;
    }
    return value;
}

} // namespace coherence
