#include "Rubric.h"

#include "RubricJson.h"
#include "Sha256.h"

namespace coherence {

Rubric::Rubric(Header header, RatingScale scale, QList<Area> areas, QList<Criterion> criteria,
               QList<RubricSource> sources, QString sha256, Completeness completeness)
    : m_header(std::move(header))
    , m_scale(std::move(scale))
    , m_areas(std::move(areas))
    , m_criteria(std::move(criteria))
    , m_sources(std::move(sources))
    , m_sha256(std::move(sha256))
    , m_completeness(completeness) {
    m_areaIndex.reserve(m_areas.size());
    m_criterionIndex.reserve(m_criteria.size());
    for (qsizetype i = 0; i < m_areas.size(); ++i) {
        m_areaIndex.insert(m_areas[i].id, i);
    }
    for (qsizetype i = 0; i < m_criteria.size(); ++i) {
        m_criterionIndex.insert(m_criteria[i].id, i);
    }
    if (m_sha256.isEmpty()) {
        m_sha256 = sha256Of(canonicalJson());
    }
}

QString Rubric::sha256Of(const QByteArray& bytes) {
    return Sha256::hex(bytes);
}

QByteArray Rubric::canonicalJson() const {
    if (isOutline()) {
        return QByteArray();
    }
    return RubricJson::canonical(*this);
}

const Area* Rubric::area(const QString& id) const {
    const qsizetype index = areaIndex(id);
    return index < 0 ? nullptr : &m_areas[index];
}

const Criterion* Rubric::criterion(const QString& id) const {
    const qsizetype index = criterionIndex(id);
    return index < 0 ? nullptr : &m_criteria[index];
}

qsizetype Rubric::areaIndex(const QString& id) const {
    return m_areaIndex.value(id, -1);
}

qsizetype Rubric::criterionIndex(const QString& id) const {
    return m_criterionIndex.value(id, -1);
}

const RubricSource* Rubric::source(const QString& id) const {
    for (const RubricSource& candidate : m_sources) {
        if (candidate.id == id) {
            return &candidate;
        }
    }
    return nullptr;
}

QList<const Criterion*> Rubric::criteriaOfArea(const QString& areaId) const {
    QList<const Criterion*> result;
    for (const Criterion& criterion : m_criteria) {
        if (criterion.areaId == areaId) {
            result << &criterion;
        }
    }
    return result;
}

} // namespace coherence
