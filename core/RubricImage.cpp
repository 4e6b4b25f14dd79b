#include "RubricImage.h"

#include "Sha256.h"

#include <QHash>
#include <QtEndian>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <limits>
#include <optional>
#include <utility>

namespace coherence {

namespace {

// The fewest bytes each kind of item takes in an image (every string and count is at least 4, a
// number 4 or 8, a byte 1), by which ImageReader::count() bounds a count.
constexpr qsizetype kStringBytes = 4;
constexpr qsizetype kTextBytes = 4;                 // its number of entries
constexpr qsizetype kEntryBytes = 2 * kStringBytes; // language and text
constexpr qsizetype kScaleLevelBytes = 4 + 3 * kTextBytes;
constexpr qsizetype kAreaBytes = kStringBytes + 2 * kTextBytes + 1 + 8;
constexpr qsizetype kReferenceBytes = 1 + kStringBytes + kTextBytes + kStringBytes;
constexpr qsizetype kCriterionBytes = 2 * kStringBytes + kTextBytes + 4 + 8 + 4; // outline only
constexpr qsizetype kSourceBytes = kStringBytes + kTextBytes + kStringBytes + kTextBytes;

/// Appends little-endian numbers and length-prefixed UTF-8 strings.
class ImageWriter {
public:
    void count(qsizetype value) { number(static_cast<quint32>(value)); }
    void integer(int value) { number(static_cast<quint32>(value)); }
    void byte(int value) { m_bytes.append(static_cast<char>(value)); }
    void real(double value) {
        quint64 bits = 0;
        std::memcpy(&bits, &value, sizeof bits);
        const quint64 little = qToLittleEndian(bits);
        m_bytes.append(reinterpret_cast<const char*>(&little), sizeof little);
    }
    void string(const QString& value) {
        const QByteArray utf8 = value.toUtf8();
        count(utf8.size());
        m_bytes.append(utf8);
    }
    /// A block of bytes with its size in front, so that a reader can step over it.
    void bytes(const QByteArray& value) {
        count(value.size());
        m_bytes.append(value);
    }
    void text(const LocalizedText& value) {
        count(value.entries().size());
        for (const auto& [language, text] : value.entries()) {
            string(language);
            string(text);
        }
    }

    QByteArray take() { return std::move(m_bytes); }

private:
    void number(quint32 value) {
        const quint32 little = qToLittleEndian(value);
        m_bytes.append(reinterpret_cast<const char*>(&little), sizeof little);
    }

    QByteArray m_bytes;
};

/// Reads what ImageWriter wrote. Every read checks what is left, and the first failure makes every
/// later read fail too, so a caller checks ok() once at the end.
class ImageReader {
public:
    explicit ImageReader(QByteArrayView bytes)
        : m_bytes(bytes) {}

    bool ok() const { return m_ok; }
    bool atEnd() const { return m_position == m_bytes.size(); }

    /// A count of items that each take at least @p bytesEach bytes of what is left: anything larger
    /// cannot be right, and refusing it keeps a damaged count from allocating more than the image
    /// could ever describe.
    qsizetype count(qsizetype bytesEach = 1) {
        const quint32 value = number();
        if (value > static_cast<quint64>((m_bytes.size() - m_position) / bytesEach)) {
            m_ok = false;
            return 0;
        }
        return static_cast<qsizetype>(value);
    }
    int integer() { return static_cast<int>(number()); }
    int byte() {
        if (!take(1)) {
            return 0;
        }
        return static_cast<unsigned char>(m_bytes[m_position - 1]);
    }
    double real() {
        quint64 bits = 0;
        if (take(sizeof bits)) {
            std::memcpy(&bits, m_bytes.data() + m_position - sizeof bits, sizeof bits);
        }
        bits = qFromLittleEndian(bits);
        double value = 0;
        std::memcpy(&value, &bits, sizeof value);
        return value;
    }
    QString string() {
        const qsizetype size = count();
        if (!take(size)) {
            return QString();
        }
        return QString::fromUtf8(m_bytes.data() + m_position - size, size);
    }
    /// What ImageWriter::bytes() wrote, in place.
    QByteArrayView bytes() {
        const qsizetype size = count();
        if (!take(size)) {
            return QByteArrayView();
        }
        return QByteArrayView(m_bytes.data() + m_position - size, size);
    }
    /// A string that recurs throughout the image — a language code, an area id — as one shared copy:
    /// a thousand criteria name a handful of them tens of thousands of times, and each separate copy
    /// would be an allocation on pages touched for the first time (docs/performance.md).
    QString recurringString() {
        const qsizetype size = count();
        if (!take(size)) {
            return QString();
        }
        const char* const data = m_bytes.data() + m_position - size;
        // ASCII only (every language code and id is), so that its bytes are its Latin-1 text.
        if (!std::all_of(data, data + size, [](char c) { return static_cast<unsigned char>(c) < 0x80; })) {
            return QString::fromUtf8(data, size);
        }
        const QByteArrayView bytes(data, size);
        if (const auto known = m_recurring.constFind(bytes); known != m_recurring.cend()) {
            return *known;
        }
        QString value = QLatin1StringView(bytes).toString();
        if (m_recurring.size() < kRecurringLimit) {
            m_recurring.insert(bytes, value);
        }
        return value;
    }
    /// Steps over what string() would read.
    void skipString() { take(count()); }
    /// Steps over what text() would read.
    void skipText() {
        for (qsizetype i = count(kEntryBytes); i > 0 && m_ok; --i) {
            skipString();
            skipString();
        }
    }
    LocalizedText text() {
        QList<LocalizedText::Entry> entries(count(kEntryBytes));
        for (auto& [language, text] : entries) {
            language = recurringString();
            text = string();
        }
        auto value = LocalizedText::fromSortedEntries(std::move(entries));
        m_ok = m_ok && value.has_value();
        return std::move(value).value_or(LocalizedText());
    }

private:
    bool take(qsizetype size) {
        if (!m_ok || size > m_bytes.size() - m_position) {
            m_ok = false;
            return false;
        }
        m_position += size;
        return true;
    }
    quint32 number() {
        quint32 value = 0;
        if (take(sizeof value)) {
            std::memcpy(&value, m_bytes.data() + m_position - sizeof value, sizeof value);
        }
        return qFromLittleEndian(value);
    }

    /// A bound on the memory kept: a rubric has a few languages and at most a few hundred areas.
    static constexpr qsizetype kRecurringLimit = 1024;

    QByteArrayView m_bytes;
    qsizetype m_position = 0;
    bool m_ok = true;
    /// Keyed by the bytes in the image, which outlive the reader.
    QHash<QByteArrayView, QString> m_recurring;
};

void writeScale(ImageWriter& out, const RatingScale& scale) {
    out.count(scale.levels().size());
    for (const ScaleLevel& level : scale.levels()) {
        out.integer(level.value);
        out.text(level.label);
        out.text(level.definition);
        out.text(level.minimumEvidence);
    }
}

RatingScale readScale(ImageReader& in) {
    QList<ScaleLevel> levels(in.count(kScaleLevelBytes));
    for (ScaleLevel& level : levels) {
        level.value = in.integer();
        level.label = in.text();
        level.definition = in.text();
        level.minimumEvidence = in.text();
    }
    return RatingScale(std::move(levels));
}

void writeArea(ImageWriter& out, const Area& area) {
    out.string(area.id);
    out.text(area.title);
    out.text(area.description);
    out.byte(static_cast<int>(area.block));
    out.real(area.weight);
}

/// What the loader accepts as a weight (RubricLoader): a NaN, infinite, zero or negative weight would
/// make every score that counts it meaningless, and a NaN one would not even equal itself.
bool isWeight(double value) {
    return std::isfinite(value) && value > 0;
}

std::optional<Block> blockFromNumber(int number) {
    for (const Block block : allBlocks()) {
        if (static_cast<int>(block) == number) {
            return block;
        }
    }
    return std::nullopt;
}

Area readArea(ImageReader& in, bool* valid) {
    Area area;
    area.id = in.string();
    area.title = in.text();
    area.description = in.text();
    const auto block = blockFromNumber(in.byte());
    *valid = *valid && block.has_value();
    area.block = block.value_or(Block::Sector);
    area.weight = in.real();
    *valid = *valid && isWeight(area.weight);
    return area;
}

/// What only the full rubric has: the texts a reader sees on a criterion's page. Written after the
/// criterion's outline with its size in front, so that an outline decode steps over it.
void writeCriterionDetails(ImageWriter& out, const Criterion& criterion) {
    out.text(criterion.recommendation);
    out.text(criterion.guidance);
    out.count(criterion.questions.size());
    for (const LocalizedText& question : criterion.questions) {
        out.text(question);
    }
    out.count(criterion.levelDescriptors.size());
    for (auto it = criterion.levelDescriptors.cbegin(); it != criterion.levelDescriptors.cend(); ++it) {
        out.integer(it.key());
        out.text(it.value());
    }
    out.count(criterion.keywords.size());
    for (auto it = criterion.keywords.cbegin(); it != criterion.keywords.cend(); ++it) {
        out.string(it.key());
        out.count(it.value().size());
        for (const QString& keyword : it.value()) {
            out.string(keyword);
        }
    }
}

void writeCriterion(ImageWriter& out, ImageWriter& detailsOut, const Criterion& criterion) {
    out.string(criterion.id);
    out.string(criterion.areaId);
    out.text(criterion.title);
    out.count(criterion.references.size());
    for (const Reference& reference : criterion.references) {
        out.byte(static_cast<int>(reference.type));
        out.string(reference.value);
        out.text(reference.note);
        out.string(reference.citedIn);
    }
    out.real(criterion.weight);
    out.integer(criterion.defaultTarget);
    ImageWriter details;
    writeCriterionDetails(details, criterion);
    detailsOut.bytes(details.take());
}

void readCriterionDetails(ImageReader& in, Criterion& criterion, bool* valid) {
    criterion.recommendation = in.text();
    criterion.guidance = in.text();
    criterion.questions.resize(in.count(kTextBytes));
    for (LocalizedText& question : criterion.questions) {
        question = in.text();
    }
    for (qsizetype i = in.count(4 + kTextBytes); i > 0 && in.ok(); --i) {
        const int level = in.integer();
        // In ascending order, as QMap keeps them: each goes at the end.
        *valid =
            *valid && (criterion.levelDescriptors.isEmpty() || criterion.levelDescriptors.lastKey() < level);
        criterion.levelDescriptors.insert(criterion.levelDescriptors.cend(), level, in.text());
    }
    for (qsizetype i = in.count(kStringBytes + 4); i > 0 && in.ok(); --i) {
        const QString language = in.recurringString();
        *valid = *valid && (criterion.keywords.isEmpty() || criterion.keywords.lastKey() < language);
        QStringList& keywords =
            *criterion.keywords.insert(criterion.keywords.cend(), language, QStringList());
        keywords.resize(in.count(kStringBytes));
        for (QString& keyword : keywords) {
            keyword = in.string();
        }
    }
}

/// The criterion's outline from @p in, and with @p detailsIn (when given) its other texts.
Criterion readCriterion(ImageReader& in, ImageReader* detailsIn, const RatingScale& scale, bool* valid) {
    Criterion criterion;
    criterion.id = in.string();
    criterion.areaId = in.recurringString();
    criterion.title = in.text();
    const qsizetype references = in.count(kReferenceBytes);
    if (detailsIn) {
        criterion.references.resize(references);
        for (Reference& reference : criterion.references) {
            const int type = in.byte();
            *valid = *valid && type <= static_cast<int>(ReferenceType::Other);
            reference.type = static_cast<ReferenceType>(type);
            reference.value = in.string();
            reference.note = in.text();
            reference.citedIn = in.string();
        }
    } else {
        // An outline steps over the references: no score or score report shows them, and building
        // them was a third of the outline's allocations.
        for (qsizetype i = references; i > 0 && in.ok(); --i) {
            static_cast<void>(in.byte());
            in.skipString();
            in.skipText();
            in.skipString();
        }
    }
    criterion.weight = in.real();
    criterion.defaultTarget = in.integer();
    *valid = *valid && isWeight(criterion.weight) && scale.contains(criterion.defaultTarget);
    if (detailsIn) {
        ImageReader details(detailsIn->bytes());
        readCriterionDetails(details, criterion, valid);
        *valid = *valid && details.ok() && details.atEnd();
    }
    return criterion;
}

void writeSource(ImageWriter& out, const RubricSource& source) {
    out.string(source.id);
    out.text(source.citation);
    out.string(source.url);
    out.text(source.note);
}

RubricSource readSource(ImageReader& in) {
    RubricSource source;
    source.id = in.string();
    source.citation = in.text();
    source.url = in.string();
    source.note = in.text();
    return source;
}

} // namespace

QByteArray RubricImage::encode(const Rubric& rubric) {
    ImageWriter out;
    ImageWriter detailsOut;
    out.string(rubric.id());
    out.string(rubric.version());
    out.text(rubric.title());
    out.text(rubric.description());
    out.text(rubric.notes());
    writeScale(out, rubric.scale());
    out.count(rubric.areas().size());
    for (const Area& area : rubric.areas()) {
        writeArea(out, area);
    }
    out.count(rubric.criteria().size());
    for (const Criterion& criterion : rubric.criteria()) {
        writeCriterion(out, detailsOut, criterion);
    }
    out.count(rubric.sources().size());
    for (const RubricSource& source : rubric.sources()) {
        writeSource(out, source);
    }
    const QByteArray details = detailsOut.take();
    // The details' hash closes the outline, so that the head's hash (which the caller checks) covers
    // the details too.
    out.bytes(Sha256::hash(details));
    ImageWriter image;
    image.bytes(out.take());
    return image.take() + details;
}

qsizetype RubricImage::headSize(QByteArrayView image) {
    ImageReader in(image.first(qMin<qsizetype>(image.size(), 4)));
    const quint32 outlineSize = static_cast<quint32>(in.integer());
    if (!in.ok() || outlineSize > static_cast<quint32>(std::numeric_limits<int>::max() - 4)) {
        return -1;
    }
    return 4 + static_cast<qsizetype>(outlineSize);
}

RubricPtr RubricImage::decode(QByteArrayView image, const QString& sha256, Content content) {
    const qsizetype head = headSize(image);
    if (head < 0 || head > image.size() || sha256.isEmpty()) {
        return nullptr;
    }
    ImageReader in(image.sliced(4, head - 4));
    const QByteArrayView details = image.sliced(head);
    ImageReader detailsIn(details);
    ImageReader* const detailsReader = content == Content::Full ? &detailsIn : nullptr;
    bool valid = true;
    Rubric::Header header;
    header.id = in.string();
    header.version = in.string();
    header.title = in.text();
    header.description = in.text();
    header.notes = in.text();
    RatingScale scale = readScale(in);
    QList<Area> areas(in.count(kAreaBytes));
    for (Area& area : areas) {
        area = readArea(in, &valid);
    }
    QList<Criterion> criteria(in.count(kCriterionBytes));
    for (Criterion& criterion : criteria) {
        criterion = readCriterion(in, detailsReader, scale, &valid);
    }
    QList<RubricSource> sources(in.count(kSourceBytes));
    for (RubricSource& source : sources) {
        source = readSource(in);
    }
    const QByteArrayView detailsSha256 = in.bytes();
    if (!valid || !in.ok() || !in.atEnd()) {
        return nullptr;
    }
    if (content == Content::Full &&
        (!detailsIn.ok() || !detailsIn.atEnd() || Sha256::hash(details) != detailsSha256)) {
        return nullptr;
    }
    return std::make_shared<const Rubric>(
        std::move(header), std::move(scale), std::move(areas), std::move(criteria), std::move(sources),
        sha256, content == Content::Outline ? Rubric::Completeness::Outline : Rubric::Completeness::Full);
}

} // namespace coherence
