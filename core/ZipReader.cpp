#include "ZipReader.h"

#include "ZipWriter.h"

#include <QtEndian>

namespace coherence {

namespace {

constexpr qsizetype kEndSize = 22;
constexpr qsizetype kCentralHeaderSize = 46;
constexpr qsizetype kLocalHeaderSize = 30;

quint16 get16(QByteArrayView bytes, qsizetype at) {
    return qFromLittleEndian<quint16>(bytes.data() + at);
}

quint32 get32(QByteArrayView bytes, qsizetype at) {
    return qFromLittleEndian<quint32>(bytes.data() + at);
}

quint32 adler32(QByteArrayView bytes) {
    constexpr quint32 kModulus = 65521;
    quint32 a = 1;
    quint32 b = 0;
    for (const char byte : bytes) {
        a = (a + quint8(byte)) % kModulus;
        b = (b + a) % kModulus;
    }
    return (b << 16) | a;
}

} // namespace

std::optional<QList<ZipReader::Entry>> ZipReader::read(QByteArrayView archive, QString* error) {
    // The end record is the last 22 bytes: ZipWriter writes no archive comment.
    const qsizetype end = archive.size() - kEndSize;
    if (end < 0 || get32(archive, end) != ZipWriter::kEndSignature) {
        *error = tr("the zip archive has no end record where it should (a truncated file?)");
        return std::nullopt;
    }
    const quint16 count = get16(archive, end + 10);
    const qsizetype directorySize = get32(archive, end + 12);
    const qsizetype directoryOffset = get32(archive, end + 16);
    if (get16(archive, end + 4) != 0 || get16(archive, end + 6) != 0 || get16(archive, end + 8) != count ||
        get16(archive, end + 20) != 0 || directoryOffset + directorySize != end) {
        *error = tr("the zip archive's end record does not describe its central directory");
        return std::nullopt;
    }
    QList<Entry> entries;
    qsizetype at = directoryOffset;
    for (quint16 i = 0; i < count; ++i) {
        if (at + kCentralHeaderSize > end || get32(archive, at) != ZipWriter::kCentralHeaderSignature) {
            *error = tr("entry %1 of the zip archive's central directory is damaged").arg(i + 1);
            return std::nullopt;
        }
        Entry entry;
        const quint16 flags = get16(archive, at + 8);
        entry.method = get16(archive, at + 10);
        entry.crc = get32(archive, at + 16);
        const qsizetype compressedSize = get32(archive, at + 20);
        entry.size = get32(archive, at + 24);
        const qsizetype nameSize = get16(archive, at + 28);
        const qsizetype extraSize = get16(archive, at + 30);
        const qsizetype commentSize = get16(archive, at + 32);
        entry.localHeaderOffset = get32(archive, at + 42);
        const qsizetype next = at + kCentralHeaderSize + nameSize + extraSize + commentSize;
        if (next > end) {
            *error = tr("entry %1 of the zip archive's central directory runs past its end").arg(i + 1);
            return std::nullopt;
        }
        const QByteArrayView name = archive.sliced(at + kCentralHeaderSize, nameSize);
        entry.name = (flags & 0x0800) ? QString::fromUtf8(name) : QString::fromLatin1(name);
        if ((flags & 0x0009) != 0 || (entry.method != 0 && entry.method != 8)) {
            *error = tr("the zip entry %1 is encrypted, has a data descriptor or an unknown compression")
                         .arg(entry.name);
            return std::nullopt;
        }
        // The local header must agree with the directory: readers differ in which of the two they trust.
        const qsizetype local = entry.localHeaderOffset;
        if (local + kLocalHeaderSize + nameSize > directoryOffset ||
            get32(archive, local) != ZipWriter::kLocalHeaderSignature || get16(archive, local + 6) != flags ||
            get16(archive, local + 8) != entry.method || get32(archive, local + 14) != entry.crc ||
            get32(archive, local + 18) != compressedSize || get32(archive, local + 22) != entry.size ||
            get16(archive, local + 26) != nameSize ||
            archive.sliced(local + kLocalHeaderSize, nameSize) != name) {
            *error =
                tr("the zip entry %1's local header does not match the central directory").arg(entry.name);
            return std::nullopt;
        }
        const qsizetype dataStart = local + kLocalHeaderSize + nameSize + get16(archive, local + 28);
        if (dataStart + compressedSize > directoryOffset) {
            *error = tr("the zip entry %1 runs past the entries' end").arg(entry.name);
            return std::nullopt;
        }
        entry.data = archive.sliced(dataStart, compressedSize).toByteArray();
        entries.append(entry);
        at = next;
    }
    if (at != end) {
        *error = tr("the zip archive's central directory holds more than its %1 entries").arg(count);
        return std::nullopt;
    }
    return entries;
}

QString ZipReader::checkContent(const Entry& entry, QByteArrayView content) {
    if (entry.size != quint32(content.size()) || entry.crc != ZipWriter::crc32(content)) {
        return tr("the zip entry %1 records the size or CRC-32 of other content").arg(entry.name);
    }
    QByteArray held = entry.data;
    if (entry.method == 8) {
        // qUncompress() reads the size as 4 bytes, then a zlib stream: header (deflate, 32 KiB window,
        // default level, no dictionary), the raw data, the Adler-32.
        QByteArray stream;
        stream.reserve(entry.data.size() + 10);
        const quint32 size = qToBigEndian(quint32(content.size()));
        stream.append(reinterpret_cast<const char*>(&size), 4);
        stream.append("\x78\x9c", 2);
        stream.append(entry.data);
        const quint32 adler = qToBigEndian(adler32(content));
        stream.append(reinterpret_cast<const char*>(&adler), 4);
        held = qUncompress(stream);
    }
    if (QByteArrayView(held) != content || ZipWriter::crc32(held) != entry.crc) {
        return tr("the zip entry %1 does not hold what was written to it").arg(entry.name);
    }
    return QString();
}

} // namespace coherence
