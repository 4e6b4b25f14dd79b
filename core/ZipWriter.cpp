#include "ZipWriter.h"

#include <QtEndian>

#include <algorithm>
#include <array>
#include <limits>

namespace coherence {

namespace {

/// 2.0: deflate. Made by: MS-DOS attributes (0), so that no Unix permissions are implied.
constexpr quint16 kVersion = 20;
/// Bit 11: the name is UTF-8 (else it is read as IBM code page 437, which agrees on ASCII).
constexpr quint16 kUtf8Name = 0x0800;

void put16(QByteArray& out, quint16 value) {
    const quint16 little = qToLittleEndian(value);
    out.append(reinterpret_cast<const char*>(&little), 2);
}

void put32(QByteArray& out, quint32 value) {
    const quint32 little = qToLittleEndian(value);
    out.append(reinterpret_cast<const char*>(&little), 4);
}

constexpr std::array<quint32, 256> crcTable() {
    std::array<quint32, 256> table{};
    for (quint32 n = 0; n < 256; ++n) {
        quint32 c = n;
        for (int k = 0; k < 8; ++k) {
            c = (c & 1) ? 0xedb88320u ^ (c >> 1) : c >> 1;
        }
        table[n] = c;
    }
    return table;
}

} // namespace

ZipWriter::ZipWriter(const QDateTime& modified) {
    const QDateTime local = modified.toLocalTime();
    const QDate date = local.date();
    const QTime time = local.time();
    if (date.year() >= 1980 && date.year() <= 2107) {
        m_dosDate = quint16(((date.year() - 1980) << 9) | (date.month() << 5) | date.day());
        m_dosTime = quint16((time.hour() << 11) | (time.minute() << 5) | (time.second() / 2));
    } else {
        m_dosDate = (1 << 5) | 1; // 1980-01-01, the earliest a zip can say
    }
}

quint32 ZipWriter::crc32(QByteArrayView bytes) {
    static constexpr std::array<quint32, 256> table = crcTable();
    quint32 crc = 0xffffffffu;
    for (const char byte : bytes) {
        crc = table[(crc ^ quint8(byte)) & 0xff] ^ (crc >> 8);
    }
    return crc ^ 0xffffffffu;
}

QByteArray ZipWriter::deflate(QByteArrayView bytes) {
    // qCompress() gives the length as 4 bytes, then a zlib stream: a 2-byte header (compress2() never
    // sets a preset dictionary), the raw deflate data, a 4-byte Adler-32. A zip holds the middle.
    const QByteArray compressed = qCompress(reinterpret_cast<const uchar*>(bytes.data()), int(bytes.size()));
    return compressed.mid(6, compressed.size() - 10);
}

bool ZipWriter::add(const QString& name, QByteArrayView content, Method method) {
    constexpr qint64 kLimit = std::numeric_limits<quint32>::max();
    if (content.size() >= kLimit || m_entries.size() >= 0xffff) {
        return false;
    }
    const QByteArray data = method == Method::Deflated ? deflate(content) : content.toByteArray();
    const QByteArray encodedName = name.toUtf8();
    if (m_data.size() + 30 + encodedName.size() + data.size() >= kLimit || encodedName.size() > 0xffff) {
        return false;
    }
    const bool ascii =
        std::all_of(encodedName.cbegin(), encodedName.cend(), [](char c) { return quint8(c) < 0x80; });
    const quint16 flags = ascii ? 0 : kUtf8Name;
    const Entry entry{
        encodedName,           flags, method, crc32(content), quint32(data.size()), quint32(content.size()),
        quint32(m_data.size())};
    put32(m_data, kLocalHeaderSignature);
    putSharedFields(m_data, entry);
    put16(m_data, 0); // no extra field: an ODF package's mimetype must start at byte 38
    m_data.append(entry.name);
    m_data.append(data);
    m_entries.append(entry);
    return true;
}

void ZipWriter::putSharedFields(QByteArray& out, const Entry& entry) const {
    // From "version needed" to the name's length, the local header and the directory say the same.
    put16(out, kVersion);
    put16(out, entry.flags);
    put16(out, quint16(entry.method));
    put16(out, m_dosTime);
    put16(out, m_dosDate);
    put32(out, entry.crc);
    put32(out, entry.compressedSize);
    put32(out, entry.size);
    put16(out, quint16(entry.name.size()));
}

QByteArray ZipWriter::finish() const {
    QByteArray out = m_data;
    const quint32 directoryOffset = quint32(out.size());
    for (const Entry& entry : m_entries) {
        put32(out, kCentralHeaderSignature);
        put16(out, kVersion); // made by
        putSharedFields(out, entry);
        put16(out, 0); // extra field
        put16(out, 0); // comment
        put16(out, 0); // disk
        put16(out, 0); // internal attributes
        put32(out, 0); // external attributes
        put32(out, entry.offset);
        out.append(entry.name);
    }
    const quint32 directorySize = quint32(out.size()) - directoryOffset;
    put32(out, kEndSignature);
    put16(out, 0); // this disk
    put16(out, 0); // the directory's disk
    put16(out, quint16(m_entries.size()));
    put16(out, quint16(m_entries.size()));
    put32(out, directorySize);
    put32(out, directoryOffset);
    put16(out, 0); // comment
    return out;
}

} // namespace coherence
