#include "AssessmentMerge.h"

#include "AssessmentDocument.h"
#include "VoteSummary.h"

#include <QFile>
#include <QFileInfo>

#include <algorithm>

namespace coherence {

namespace {

/// Joins attributed texts ("Name: text") and keeps the result within the length every field accepts.
QString attributedText(const QList<std::pair<QString, QString>>& parts) {
    QStringList lines;
    for (const auto& [name, text] : parts) {
        if (!text.trimmed().isEmpty()) {
            lines << AssessmentMerge::tr("%1: %2").arg(name, text.trimmed());
        }
    }
    QString joined = lines.join(QStringLiteral("\n\n"));
    if (joined.size() > Assessment::kMaxTextLength) {
        joined = joined.left(Assessment::kMaxTextLength - 1) + QStringLiteral("…");
    }
    return joined;
}

bool sameEvidence(const Citation& a, const Citation& b) {
    return a.document == b.document && a.section == b.section && a.page == b.page && a.excerpt == b.excerpt &&
           a.kind == b.kind;
}

} // namespace

bool MergedCriterion::disagreement() const {
    if (minimum && maximum && *maximum - *minimum >= 2) {
        return true;
    }
    const bool anyNotApplicable =
        std::find(notApplicable.cbegin(), notApplicable.cend(), true) != notApplicable.cend();
    return anyNotApplicable && ratedCount() > 0;
}

int MergedCriterion::ratedCount() const {
    return static_cast<int>(std::count_if(levels.cbegin(), levels.cend(),
                                          [](const std::optional<int>& level) { return level.has_value(); }));
}

QString AssessmentMerge::participantName(const Assessment& assessment, const QString& source) {
    const QStringList& assessors = assessment.metadata().assessors;
    return assessors.isEmpty() ? QFileInfo(source).completeBaseName() : assessors.join(QStringLiteral(", "));
}

std::optional<int> AssessmentMerge::medianRule(const QList<int>& levels) {
    QMap<int, int> tally;
    for (const int level : levels) {
        ++tally[level];
    }
    return VoteSummary::of(tally).median;
}

std::optional<AssessmentMerge> AssessmentMerge::prepare(const QList<MergeParticipant>& participants,
                                                        QString* error) {
    if (participants.size() < 2) {
        *error = tr("choose at least two assessments to merge");
        return std::nullopt;
    }
    for (const MergeParticipant& participant : participants) {
        if (!participant.assessment) {
            *error = tr("%1 could not be read").arg(participant.source);
            return std::nullopt;
        }
    }
    const MergeParticipant& first = participants.first();
    for (const MergeParticipant& participant : participants) {
        if (participant.assessment->rubric()->id() != first.assessment->rubric()->id()) {
            *error = tr("%1 uses the rubric \"%2\" but %3 uses \"%4\": only assessments made with the same "
                        "rubric can be merged")
                         .arg(participant.source, participant.assessment->rubric()->id(), first.source,
                              first.assessment->rubric()->id());
            return std::nullopt;
        }
    }
    AssessmentMerge merge;
    merge.m_rubric = first.assessment->rubric();
    merge.m_participants = participants;
    merge.compute();
    return merge;
}

void AssessmentMerge::compute() {
    const Rubric& rubric = *m_rubric;
    for (const MergeParticipant& participant : m_participants) {
        const Assessment& assessment = *participant.assessment;
        const Rubric& theirs = *assessment.rubric();
        MergeCompatibility compatibility;
        compatibility.participant = participant.name;
        compatibility.rubricVersion = theirs.version();
        compatibility.identical = theirs.sha256() == rubric.sha256();
        compatibility.criteriaTotal = static_cast<int>(rubric.criteria().size());
        for (const Criterion& criterion : rubric.criteria()) {
            compatibility.criteriaInCommon += theirs.criterion(criterion.id) ? 1 : 0;
        }
        // Ratings are listed in their rubric's order so the list reads like the participant's file.
        for (const Criterion& criterion : theirs.criteria()) {
            const Rating& rating = assessment.rating(criterion.id);
            if (rating.isEmpty()) {
                continue;
            }
            if (!rubric.criterion(criterion.id)) {
                compatibility.leftAside
                    << tr("%1: its rating is left aside, as rubric version %2 has no such "
                          "criterion")
                           .arg(criterion.id, rubric.version());
            } else if (rating.level && !rubric.scale().contains(*rating.level)) {
                compatibility.leftAside
                    << tr("%1: level %2 is left aside, as it is beyond the scale of rubric "
                          "version %3 (0 to %4)")
                           .arg(criterion.id)
                           .arg(*rating.level)
                           .arg(rubric.version())
                           .arg(rubric.scale().maxLevel());
            }
        }
        m_compatibility << compatibility;
    }

    for (const Criterion& criterion : rubric.criteria()) {
        MergedCriterion merged;
        merged.criterionId = criterion.id;
        QMap<int, int> tally;
        for (const MergeParticipant& participant : m_participants) {
            const Rating& rating = participant.assessment->rating(criterion.id);
            std::optional<int> level;
            if (rating.isRated() && rubric.scale().contains(*rating.level)) {
                level = rating.level;
                ++tally[*level];
            }
            merged.levels << level;
            merged.notApplicable << rating.notApplicable;
        }
        const VoteSummary summary = VoteSummary::of(tally);
        merged.minimum = summary.minimum;
        merged.maximum = summary.maximum;
        merged.median = summary.median;
        merged.consensus = merged.median;
        m_criteria << merged;
    }
}

QList<MergedCriterion> AssessmentMerge::disagreements() const {
    QList<MergedCriterion> result;
    std::copy_if(m_criteria.cbegin(), m_criteria.cend(), std::back_inserter(result),
                 [](const MergedCriterion& criterion) { return criterion.disagreement(); });
    return result;
}

bool AssessmentMerge::hasDifferences() const {
    return std::any_of(m_compatibility.cbegin(), m_compatibility.cend(),
                       [](const MergeCompatibility& compatibility) { return !compatibility.identical; });
}

bool AssessmentMerge::chooseConsensus(const QString& criterionId, std::optional<int> level) {
    if (level && !m_rubric->scale().contains(*level)) {
        return false;
    }
    for (MergedCriterion& criterion : m_criteria) {
        if (criterion.criterionId == criterionId) {
            criterion.consensus = level;
            criterion.consensusChosen = level != criterion.median;
            return true;
        }
    }
    return false;
}

QStringList AssessmentMerge::attributedNames(bool anonymise) const {
    QStringList names;
    for (qsizetype i = 0; i < m_participants.size(); ++i) {
        names << (anonymise ? tr("Participant %1").arg(i + 1) : m_participants[i].name);
    }
    return names;
}

Assessment AssessmentMerge::consensus(bool anonymise) const {
    const QStringList names = attributedNames(anonymise);
    const Assessment& first = *m_participants.first().assessment;
    Assessment result(m_rubric);
    result.setPlan(first.plan());
    AssessmentMetadata metadata;
    metadata.title = tr("Consensus of %1 assessments").arg(m_participants.size());
    metadata.role = AssessmentRole::Workshop;
    metadata.assessors = names;
    metadata.organisation = first.metadata().organisation;
    result.setMetadata(metadata);

    for (const MergedCriterion& merged : m_criteria) {
        Rating rating;
        QList<std::pair<QString, QString>> notes;
        QList<std::pair<QString, QString>> justifications;
        QList<int> targets;
        for (qsizetype i = 0; i < m_participants.size(); ++i) {
            const Rating& theirs = m_participants[i].assessment->rating(merged.criterionId);
            if (merged.levels[i]) {
                ++rating.votes[*merged.levels[i]];
            }
            for (Citation citation : theirs.citations) {
                const bool known =
                    std::any_of(rating.citations.cbegin(), rating.citations.cend(),
                                [&citation](const Citation& c) { return sameEvidence(c, citation); });
                if (!known) {
                    citation.contributor = names[i];
                    rating.citations << citation;
                }
            }
            notes.append({names[i], theirs.note});
            if (theirs.notApplicable) {
                justifications.append({names[i], theirs.justification});
            }
            if (theirs.target && m_rubric->scale().contains(*theirs.target)) {
                targets << *theirs.target;
            }
        }
        rating.level = merged.consensus;
        // Not applicable only when nobody rated it and the facilitator chose no level.
        rating.notApplicable = !rating.level && merged.ratedCount() == 0 && !justifications.isEmpty();
        rating.justification = attributedText(justifications);
        rating.note = attributedText(notes);
        rating.target = medianRule(targets);
        if (!rating.notApplicable && !rating.level) {
            rating.justification.clear();
        }
        QString problem;
        if (!result.setRating(merged.criterionId, rating, &problem)) {
            // Each part was valid in its own file; a combination that is not is kept without its
            // combined texts rather than lost.
            rating.note.clear();
            (void)result.setRating(merged.criterionId, rating);
        }
    }

    QList<ActionItem> actions;
    for (const MergeParticipant& participant : m_participants) {
        for (const ActionItem& action : participant.assessment->actions()) {
            const bool duplicate =
                std::any_of(actions.cbegin(), actions.cend(), [&action](const ActionItem& a) {
                    return a.title == action.title && a.criterionId == action.criterionId;
                });
            if (!duplicate && result.validateAction(action).isEmpty()) {
                actions << action;
            }
        }
    }
    result.setActions(actions);

    for (const MergeParticipant& participant : m_participants) {
        const auto& corrections = participant.assessment->pageCorrections();
        for (auto it = corrections.cbegin(); it != corrections.cend(); ++it) {
            QString criterionId;
            int reference = 0;
            if (Assessment::splitPageCorrectionKey(it.key(), &criterionId, &reference) &&
                result.pageCorrection(criterionId, reference).isEmpty()) {
                (void)result.setPageCorrection(criterionId, reference, it.value());
            }
        }
    }
    return result;
}

QString AssessmentMerge::changeLogSummary(bool anonymise) const {
    QStringList sources;
    for (qsizetype i = 0; i < m_participants.size(); ++i) {
        sources << (anonymise ? tr("Participant %1").arg(i + 1)
                              : QFileInfo(m_participants[i].source).fileName());
    }
    int chosen = 0;
    for (const MergedCriterion& criterion : m_criteria) {
        chosen += criterion.consensusChosen ? 1 : 0;
    }
    return tr("merged %1 assessments (%2); consensus by median, %3 chosen by the facilitator, %4 "
              "disagreements")
        .arg(m_participants.size())
        .arg(sources.join(QStringLiteral(", ")))
        .arg(chosen)
        .arg(disagreements().size());
}

bool AssessmentMerge::writeConsensus(const QString& path, bool anonymise, QString* error) const {
    const Assessment merged = consensus(anonymise);
    {
        AssessmentDocument::OpenResult created = AssessmentDocument::create(path, merged);
        if (!created.document) {
            *error = created.error;
            return false;
        }
        if (!created.document->logEvent(QStringLiteral("merge"), changeLogSummary(anonymise), error)) {
            created.document.reset();
            QFile::remove(path);
            *error = tr("cannot write %1: %2").arg(path, *error);
            return false;
        }
    }
    // Re-read what was written before anyone is told it worked.
    const AssessmentDocument::OpenResult check =
        AssessmentDocument::open(path, AssessmentDocument::Access::ReadOnly);
    if (!check.document || check.document->assessment().ratings() != merged.ratings()) {
        QFile::remove(path);
        *error = tr("%1 did not read back as written (%2); it was removed")
                     .arg(path, check.error.isEmpty() ? tr("the ratings differ") : check.error);
        return false;
    }
    return true;
}

} // namespace coherence
