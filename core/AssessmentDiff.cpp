#include "AssessmentDiff.h"

namespace coherence {

namespace {

QString shown(const QString& text) {
    if (text.isEmpty()) {
        return AssessmentDiff::tr("(empty)");
    }
    QString oneLine = text.simplified();
    if (oneLine.size() > 60) {
        oneLine = oneLine.left(57) + QStringLiteral("…");
    }
    return QLatin1Char('"') + oneLine + QLatin1Char('"');
}

QString levelText(const Rating& rating) {
    if (rating.notApplicable) {
        return AssessmentDiff::tr("N/A");
    }
    return rating.level ? QString::number(*rating.level) : AssessmentDiff::tr("not rated");
}

} // namespace

QStringList AssessmentDiff::describe(const Assessment& before, const Assessment& after) {
    QStringList lines;
    const auto field = [&lines](const QString& name, const QString& old, const QString& now) {
        if (old != now) {
            lines << tr("%1: %2 → %3").arg(name, shown(old), shown(now));
        }
    };
    field(tr("plan title"), before.plan().title, after.plan().title);
    field(tr("country"), before.plan().country, after.plan().country);
    field(tr("period"), before.plan().period, after.plan().period);
    field(tr("document reference"), before.plan().documentReference, after.plan().documentReference);
    field(tr("assessment title"), before.metadata().title, after.metadata().title);
    field(tr("role"), assessmentRoleName(before.metadata().role), assessmentRoleName(after.metadata().role));
    field(tr("assessors"), before.metadata().assessors.join(u"; "), after.metadata().assessors.join(u"; "));
    field(tr("organisation"), before.metadata().organisation, after.metadata().organisation);

    for (const Criterion& criterion : before.rubric()->criteria()) {
        const Rating& old = before.rating(criterion.id);
        const Rating& now = after.rating(criterion.id);
        if (old == now) {
            continue;
        }
        const QString id = criterion.id;
        if (levelText(old) != levelText(now)) {
            lines << tr("%1 level: %2 → %3").arg(id, levelText(old), levelText(now));
        }
        field(tr("%1 justification").arg(id), old.justification, now.justification);
        if (old.target != now.target) {
            lines << tr("%1 target: %2 → %3")
                         .arg(id, old.target ? QString::number(*old.target) : tr("default"),
                              now.target ? QString::number(*now.target) : tr("default"));
        }
        if (old.citations != now.citations) {
            lines << tr("%1 citations: %2 → %3 (changed)")
                         .arg(id)
                         .arg(old.citations.size())
                         .arg(now.citations.size());
        }
        field(tr("%1 note").arg(id), old.note, now.note);
        field(tr("%1 private note").arg(id), old.privateNote, now.privateNote);
        if (old.votes != now.votes) {
            const auto tally = [](const QMap<int, int>& votes) {
                QStringList parts;
                for (auto it = votes.cbegin(); it != votes.cend(); ++it) {
                    parts << tr("%1×level %2").arg(it.value()).arg(it.key());
                }
                return parts.isEmpty() ? tr("none") : parts.join(u", ");
            };
            lines << tr("%1 votes: %2 → %3").arg(id, tally(old.votes), tally(now.votes));
        }
    }
    if (before.actions() != after.actions()) {
        lines << tr("action plan: %1 actions → %2 actions (replaced)")
                     .arg(before.actions().size())
                     .arg(after.actions().size());
    }
    return lines;
}

} // namespace coherence
