#include "Assessment.h"

#include "ErrorOut.h"

namespace coherence {

Assessment::Assessment(RubricPtr rubric, Completeness completeness)
    : m_rubric(std::move(rubric))
    , m_completeness(completeness) {
    Q_ASSERT(m_rubric);
}

const Rating& Assessment::rating(const QString& criterionId) const {
    static const Rating notRated;
    const auto it = m_ratings.constFind(criterionId);
    return it == m_ratings.cend() ? notRated : *it;
}

QString Assessment::validateRating(const QString& criterionId, const Rating& rating) const {
    if (!m_rubric->criterion(criterionId)) {
        return tr("unknown criterion \"%1\": rubric %2 has no such criterion")
            .arg(criterionId, m_rubric->id());
    }
    const RatingScale& scale = m_rubric->scale();
    if (rating.level && !scale.contains(*rating.level)) {
        return tr("level %1 is outside the rating scale (0 to %2)").arg(*rating.level).arg(scale.maxLevel());
    }
    if (rating.notApplicable && rating.level) {
        return tr("a rating is either a level or not applicable, not both");
    }
    if (rating.notApplicable && rating.justification.trimmed().isEmpty()) {
        return tr(
            "\"not applicable\" needs a written justification: say why this criterion does not apply to "
            "this plan");
    }
    if (rating.target && !scale.contains(*rating.target)) {
        return tr("target %1 is outside the rating scale (0 to %2)")
            .arg(*rating.target)
            .arg(scale.maxLevel());
    }
    for (qsizetype i = 0; i < rating.citations.size(); ++i) {
        const Citation& citation = rating.citations[i];
        if (!isOutline() && citation.excerpt.trimmed().isEmpty() && citation.section.trimmed().isEmpty() &&
            citation.page.trimmed().isEmpty()) {
            return tr("citation %1 points nowhere: give an excerpt, a section or a page").arg(i + 1);
        }
        // The field's name is only translated for a text that is too long: a file of a thousand
        // citations is checked on every open.
        for (const QString* text : {&citation.document, &citation.section, &citation.page, &citation.excerpt,
                                    &citation.contributor}) {
            if (text->size() > kMaxTextLength) {
                return checkLength(tr("citation %1").arg(i + 1), *text);
            }
        }
    }
    for (auto it = rating.votes.cbegin(); it != rating.votes.cend(); ++it) {
        if (!scale.contains(it.key())) {
            return tr("a vote for level %1 is outside the rating scale (0 to %2)")
                .arg(it.key())
                .arg(scale.maxLevel());
        }
        // A level nobody chose is left out, so one tally has one representation.
        if (it.value() < 1 || it.value() > kMaxVotes) {
            return tr("%1 votes for level %2: a count must be between 1 and %3")
                .arg(it.value())
                .arg(it.key())
                .arg(kMaxVotes);
        }
    }
    if (rating.note.size() > kMaxTextLength) {
        return checkLength(tr("note"), rating.note);
    }
    if (rating.privateNote.size() > kMaxTextLength) {
        return checkLength(tr("private note"), rating.privateNote);
    }
    if (rating.justification.size() > kMaxTextLength) {
        return checkLength(tr("justification"), rating.justification);
    }
    return QString();
}

bool Assessment::setRating(const QString& criterionId, const Rating& rating, QString* error) {
    const QString problem = validateRating(criterionId, rating);
    if (!problem.isEmpty()) {
        return failWith(error, problem);
    }
    if (rating.isEmpty()) {
        m_ratings.remove(criterionId);
    } else {
        m_ratings.insert(criterionId, rating);
    }
    return true;
}

int Assessment::effectiveTarget(const QString& criterionId) const {
    const Rating& stored = rating(criterionId);
    if (stored.target) {
        return *stored.target;
    }
    const Criterion* criterion = m_rubric->criterion(criterionId);
    return criterion ? criterion->defaultTarget : 0;
}

QString Assessment::pageCorrectionKey(const QString& criterionId, int referenceIndex) {
    return criterionId + QLatin1Char('/') + QString::number(referenceIndex);
}

bool Assessment::splitPageCorrectionKey(const QString& key, QString* criterionId, int* referenceIndex) {
    const qsizetype slash = key.lastIndexOf(QLatin1Char('/'));
    bool isNumber = false;
    *referenceIndex = key.mid(slash + 1).toInt(&isNumber);
    *criterionId = key.left(slash);
    return slash > 0 && isNumber;
}

QString Assessment::pageCorrection(const QString& criterionId, int referenceIndex) const {
    return m_pageCorrections.value(pageCorrectionKey(criterionId, referenceIndex));
}

QString Assessment::validatePageCorrection(const QString& criterionId, int referenceIndex,
                                           const QString& page) const {
    const Criterion* criterion = m_rubric->criterion(criterionId);
    if (!criterion) {
        return tr("unknown criterion \"%1\"").arg(criterionId);
    }
    if (referenceIndex < 0 || referenceIndex >= criterion->references.size() ||
        criterion->references[referenceIndex].type != ReferenceType::HandbookPage) {
        return tr("reference %1 of %2 is not a handbook page").arg(referenceIndex + 1).arg(criterionId);
    }
    if (page.trimmed().size() > 20) {
        return tr("a page number is at most 20 characters, e.g. \"62\" or \"74-75\"");
    }
    return QString();
}

bool Assessment::setPageCorrection(const QString& criterionId, int referenceIndex, const QString& page,
                                   QString* error) {
    const QString problem = validatePageCorrection(criterionId, referenceIndex, page);
    if (!problem.isEmpty()) {
        return failWith(error, problem);
    }
    const QString key = pageCorrectionKey(criterionId, referenceIndex);
    const QString trimmed = page.trimmed();
    // Recording the page as cited is no correction at all.
    if (trimmed.isEmpty() || trimmed == m_rubric->criterion(criterionId)->references[referenceIndex].value) {
        m_pageCorrections.remove(key);
    } else {
        m_pageCorrections.insert(key, trimmed);
    }
    return true;
}

QString Assessment::checkLength(const QString& field, const QString& text) {
    if (text.size() <= kMaxTextLength) {
        return QString();
    }
    return tr("the %1 is %2 characters long; the limit is %3: shorten it or cite the document instead")
        .arg(field)
        .arg(text.size())
        .arg(kMaxTextLength);
}

QString Assessment::validateAction(const ActionItem& action) const {
    if (action.title.trimmed().isEmpty()) {
        return tr("an action needs a title");
    }
    for (const QString& text : {action.title, action.leadInstitution, action.partners.join(u", ")}) {
        if (const QString problem = checkLength(tr("action"), text); !problem.isEmpty()) {
            return problem;
        }
    }
    if (!action.criterionId.isEmpty() && !m_rubric->criterion(action.criterionId)) {
        return tr("the action \"%1\" is linked to unknown criterion \"%2\"")
            .arg(action.title, action.criterionId);
    }
    return QString();
}

bool Assessment::addAction(const ActionItem& action, QString* error) {
    const QString problem = validateAction(action);
    if (!problem.isEmpty()) {
        return failWith(error, problem);
    }
    m_actions.append(action);
    return true;
}

bool Assessment::replaceAction(qsizetype index, const ActionItem& action, QString* error) {
    if (index < 0 || index >= m_actions.size()) {
        return failWith(error, tr("there is no action number %1").arg(index + 1));
    }
    const QString problem = validateAction(action);
    if (!problem.isEmpty()) {
        return failWith(error, problem);
    }
    m_actions[index] = action;
    return true;
}

void Assessment::removeAction(qsizetype index) {
    if (index >= 0 && index < m_actions.size()) {
        m_actions.removeAt(index);
    }
}

} // namespace coherence
