#pragma once

#include "Assessment.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace coherence {

/// One participant's assessment brought to a merge.
struct MergeParticipant {
    QString name;   ///< how the participant is attributed: their assessors, else the file name
    QString source; ///< the file it came from, for the change log
    std::shared_ptr<const Assessment> assessment;
};

/// How far a participant's rubric matches the rubric of the merge, and what cannot be carried over.
struct MergeCompatibility {
    QString participant;
    QString rubricVersion;
    bool identical = false; ///< same SHA-256: everything carries over
    int criteriaInCommon = 0;
    int criteriaTotal = 0; ///< criteria of the merge's rubric
    QStringList leftAside; ///< one readable line per rating that will not be merged

    double share() const { return criteriaTotal == 0 ? 0.0 : double(criteriaInCommon) / criteriaTotal; }
};

/// Every participant's reading of one criterion, and the level the room settles on.
struct MergedCriterion {
    QString criterionId;
    QList<std::optional<int>> levels; ///< per participant; empty when not rated or not applicable
    QList<bool> notApplicable;        ///< per participant
    std::optional<int> minimum;
    std::optional<int> maximum;
    std::optional<int> median; ///< the default consensus (MedianRule)
    std::optional<int> consensus;
    bool consensusChosen = false; ///< the facilitator overrode the median

    /// Levels two or more apart, or some participants rating what others call not applicable.
    bool disagreement() const;
    int ratedCount() const;
};

/**
 * Merges several participants' assessments of the same plan into one consensus.
 *
 * All must use the same rubric id; the first participant's rubric is the merge's (versions may
 * differ: ratings of criteria it lacks are listed as left aside before anything is written).
 * The consensus defaults to the median level, rounded down between two levels, and the
 * facilitator may choose another. Citations and notes come along attributed to their
 * participant, or to "Participant N" when anonymised; private notes stay private and are never
 * merged; the participants' levels are kept as the rating's vote tally.
 */
class AssessmentMerge {
    Q_DECLARE_TR_FUNCTIONS(AssessmentMerge)

public:
    /// How a participant is named: the assessors of @p assessment, else the base name of @p source.
    static QString participantName(const Assessment& assessment, const QString& source);
    /// The median of @p levels, the lower of the two middle ones for an even count (VoteSummary's
    /// rule); nullopt when empty.
    static std::optional<int> medianRule(const QList<int>& levels);

    /// Checks the participants belong together; nullopt with @p error saying why not.
    static std::optional<AssessmentMerge> prepare(const QList<MergeParticipant>& participants,
                                                  QString* error);

    const RubricPtr& rubric() const { return m_rubric; }
    const QList<MergeParticipant>& participants() const { return m_participants; }
    const QList<MergeCompatibility>& compatibility() const { return m_compatibility; }
    /// In rubric order.
    const QList<MergedCriterion>& criteria() const { return m_criteria; }
    QList<MergedCriterion> disagreements() const;
    /// True when any participant's rubric differs from the merge's.
    bool hasDifferences() const;

    /// The facilitator's pick for @p criterionId (nullopt: leave it unrated); false for an unknown
    /// criterion or a level off the scale.
    bool chooseConsensus(const QString& criterionId, std::optional<int> level);

    /// The participants' names as the consensus will show them.
    QStringList attributedNames(bool anonymise) const;
    /// The consensus assessment, ready to be written to a new file.
    Assessment consensus(bool anonymise) const;
    /// One line for the change log: how many were merged, from which files.
    QString changeLogSummary(bool anonymise) const;
    /// Writes consensus() to the new file @p path, its change log recording the merge, then re-reads and
    /// checks it. On failure nothing is left at @p path and @p error says why.
    [[nodiscard]] bool writeConsensus(const QString& path, bool anonymise, QString* error) const;

private:
    AssessmentMerge() = default;
    void compute();

    RubricPtr m_rubric;
    QList<MergeParticipant> m_participants;
    QList<MergeCompatibility> m_compatibility;
    QList<MergedCriterion> m_criteria;
};

} // namespace coherence
