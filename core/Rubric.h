#pragma once

#include "Area.h"
#include "Criterion.h"
#include "LocalizedText.h"
#include "RatingScale.h"
#include "RubricSource.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

#include <memory>

namespace coherence {

/**
 * A complete rubric: scale, areas, criteria, sources. Immutable once built, shared by
 * every assessment that uses it (std::shared_ptr<const Rubric>).
 *
 * Identity is id + version + the SHA-256 of the canonical JSON (RubricJson::canonical):
 * two files that differ only in layout or key order are the same rubric, and any change of
 * content, even a typo fix, is a different one.
 */
class Rubric {
public:
    struct Header {
        QString id;
        QString version;
        LocalizedText title;
        LocalizedText description;
        LocalizedText notes;
    };

    /// Whether every text is there, or only what scoring needs (RubricImage::Content::Outline).
    enum class Completeness {
        Full,
        Outline,
    };

    /// @p sha256 may be given when the caller already hashed the canonical bytes (a stored
    /// rubric); otherwise it is computed from the canonical JSON. An outline must be given its hash.
    Rubric(Header header, RatingScale scale, QList<Area> areas, QList<Criterion> criteria,
           QList<RubricSource> sources, QString sha256 = QString(),
           Completeness completeness = Completeness::Full);

    const QString& id() const { return m_header.id; }
    const QString& version() const { return m_header.version; }
    const LocalizedText& title() const { return m_header.title; }
    const LocalizedText& description() const { return m_header.description; }
    const LocalizedText& notes() const { return m_header.notes; }
    const RatingScale& scale() const { return m_scale; }
    const QList<Area>& areas() const { return m_areas; }
    const QList<Criterion>& criteria() const { return m_criteria; }
    const QList<RubricSource>& sources() const { return m_sources; }

    /// Hex SHA-256 of the canonical JSON.
    const QString& sha256() const { return m_sha256; }
    /// The canonical JSON bytes the hash is taken over (compact, keys sorted). Empty for an outline,
    /// whose JSON would lack texts and not match its hash: whatever needs the JSON needs the full rubric.
    QByteArray canonicalJson() const;
    /// Only what scoring needs: see RubricImage::Content::Outline.
    bool isOutline() const { return m_completeness == Completeness::Outline; }
    /// Hex SHA-256 of @p bytes.
    static QString sha256Of(const QByteArray& bytes);

    const Area* area(const QString& id) const;
    const Criterion* criterion(const QString& id) const;
    qsizetype areaIndex(const QString& id) const;      ///< -1 when unknown
    qsizetype criterionIndex(const QString& id) const; ///< -1 when unknown
    const RubricSource* source(const QString& id) const;
    QList<const Criterion*> criteriaOfArea(const QString& areaId) const;

private:
    Header m_header;
    RatingScale m_scale;
    QList<Area> m_areas;
    QList<Criterion> m_criteria;
    QList<RubricSource> m_sources;
    QHash<QString, qsizetype> m_areaIndex;
    QHash<QString, qsizetype> m_criterionIndex;
    QString m_sha256;
    Completeness m_completeness = Completeness::Full;
};

using RubricPtr = std::shared_ptr<const Rubric>;

} // namespace coherence
