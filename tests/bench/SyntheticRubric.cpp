#include "SyntheticRubric.h"

#include "RubricLoader.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <random>
#include <stdexcept>

namespace coherence::bench {

namespace {

QJsonObject english(const QString& text) {
    return {{QStringLiteral("en"), text}};
}

} // namespace

RubricPtr makeSyntheticRubric(int criteria, int criteriaPerArea) {
    const int areaCount = std::max(3, criteria / std::max(1, criteriaPerArea));
    const QStringList blocks{QStringLiteral("process"), QStringLiteral("sector"),
                             QStringLiteral("cross-cutting")};
    QJsonArray areas;
    for (int a = 0; a < areaCount; ++a) {
        areas.append(
            QJsonObject{{QStringLiteral("id"), QStringLiteral("area%1").arg(a)},
                        {QStringLiteral("title"), english(QStringLiteral("Synthetic area %1").arg(a))},
                        {QStringLiteral("block"), blocks[a % 3]},
                        {QStringLiteral("weight"), 1 + a % 3}});
    }
    QJsonArray list;
    for (int c = 0; c < criteria; ++c) {
        list.append(QJsonObject{
            {QStringLiteral("id"), QStringLiteral("C%1").arg(c, 5, 10, QLatin1Char('0'))},
            {QStringLiteral("area"), QStringLiteral("area%1").arg(c % areaCount)},
            {QStringLiteral("title"), english(QStringLiteral("Synthetic criterion %1").arg(c))},
            {QStringLiteral("recommendation"),
             english(
                 QStringLiteral("The plan addresses synthetic recommendation number %1 in full.").arg(c))},
            {QStringLiteral("guidance"), english(QStringLiteral("Look for measure %1 in the plan.").arg(c))},
            {QStringLiteral("questions"),
             QJsonArray{english(QStringLiteral("Is it there?")), english(QStringLiteral("Is it funded?"))}},
            {QStringLiteral("references"),
             QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("gcm")},
                                    {QStringLiteral("value"), QString::number(1 + c % 23)}}}},
            {QStringLiteral("keywords"),
             QJsonObject{{QStringLiteral("en"), QJsonArray{QStringLiteral("alpha"), QStringLiteral("beta"),
                                                           QStringLiteral("gamma")}}}},
            {QStringLiteral("weight"), 1 + c % 2}});
    }
    const QJsonObject root{{QStringLiteral("format"), QStringLiteral("coherence-rubric")},
                           {QStringLiteral("formatVersion"), 1},
                           {QStringLiteral("id"), QStringLiteral("synthetic-%1").arg(criteria)},
                           {QStringLiteral("version"), QStringLiteral("1.0.0")},
                           {QStringLiteral("title"), english(QStringLiteral("Synthetic rubric"))},
                           {QStringLiteral("areas"), areas},
                           {QStringLiteral("criteria"), list}};
    const RubricLoadResult result =
        RubricLoader::fromJson(QJsonDocument(root).toJson(QJsonDocument::Compact));
    if (!result.ok()) {
        throw std::runtime_error("synthetic rubric does not load");
    }
    return result.rubric;
}

std::shared_ptr<Assessment> makeSyntheticAssessment(const RubricPtr& rubric, unsigned seed) {
    auto assessment = std::make_shared<Assessment>(rubric);
    std::mt19937 random(seed);
    std::uniform_int_distribution<int> level(0, rubric->scale().maxLevel());
    std::uniform_int_distribution<int> percent(0, 99);
    const QList<EvidenceKind> kinds{EvidenceKind::Diagnosis, EvidenceKind::Measure, EvidenceKind::Budget,
                                    EvidenceKind::Indicator, EvidenceKind::Institution};
    for (const Criterion& criterion : rubric->criteria()) {
        const int roll = percent(random);
        if (roll < 10) {
            continue; // not yet rated
        }
        Rating rating;
        if (roll < 15) {
            rating.notApplicable = true;
            rating.justification = QStringLiteral("Outside the plan's scope.");
        } else {
            rating.level = level(random);
            rating.citations.append({QStringLiteral("Plan"), QStringLiteral("3.%1").arg(roll),
                                     QString::number(roll), QStringLiteral("An excerpt of the plan."),
                                     kinds[roll % kinds.size()]});
            rating.note = QStringLiteral("Synthetic note.");
        }
        if (!assessment->setRating(criterion.id, rating)) {
            throw std::runtime_error("synthetic rating refused");
        }
        // An action for about one gap in three, as an action plan that follows an assessment has.
        if (!rating.notApplicable && rating.level.value_or(0) <= 1 && roll % 3 == 0) {
            ActionItem action;
            action.title = QStringLiteral("Close the gap on %1").arg(criterion.title.text());
            action.criterionId = criterion.id;
            action.leadInstitution = QStringLiteral("Ministry of Planning");
            action.partners = {QStringLiteral("National Statistics Office"), QStringLiteral("IOM")};
            action.due = QDate(2027, 1, 1).addDays(roll * 7);
            action.status = static_cast<ActionStatus>(roll % 4);
            action.priority = static_cast<ActionPriority>(roll % 3);
            if (!assessment->addAction(action)) {
                throw std::runtime_error("synthetic action refused");
            }
        }
    }
    return assessment;
}

} // namespace coherence::bench
