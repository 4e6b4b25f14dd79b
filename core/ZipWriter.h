#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QDateTime>
#include <QList>
#include <QString>

namespace coherence {

/**
 * Writes a zip archive in memory, as an OpenDocument package needs one: entries in the order added,
 * each stored as is or deflated, with no extra fields, no data descriptors and no zip64 (an entry or
 * an archive of 4 GiB or more is refused). Why not Qt's QZipWriter: it is private API, outside what
 * Qt promises to keep, and the core links QtCore only; deflating comes from qCompress(), which QtCore
 * has, without a zlib of our own.
 */
class ZipWriter {
public:
    enum class Method { Stored = 0, Deflated = 8 };

    /// The signatures that start a local header, a central directory header and the end record.
    static constexpr quint32 kLocalHeaderSignature = 0x04034b50;
    static constexpr quint32 kCentralHeaderSignature = 0x02014b50;
    static constexpr quint32 kEndSignature = 0x06054b50;

    /// Entries are dated @p modified (the zip format keeps local time to two seconds, 1980–2107).
    explicit ZipWriter(const QDateTime& modified = QDateTime::currentDateTime());

    /// Adds the entry @p name (a relative path with '/' between folders) holding @p content.
    /// Returns false, adding nothing, when the entry or the archive would be too large for a zip
    /// without zip64.
    [[nodiscard]] bool add(const QString& name, QByteArrayView content, Method method);
    /// The archive: the entries, then the central directory that lists them.
    [[nodiscard]] QByteArray finish() const;

    /// The CRC-32 a zip entry records of its content (ISO 3309, as zlib's crc32()).
    static quint32 crc32(QByteArrayView bytes);
    /// Deflates @p bytes as a raw deflate stream (RFC 1951), as a zip's method 8 holds it.
    static QByteArray deflate(QByteArrayView bytes);

private:
    struct Entry {
        QByteArray name;
        quint16 flags;
        Method method;
        quint32 crc;
        quint32 compressedSize;
        quint32 size;
        quint32 offset;
    };

    void putSharedFields(QByteArray& out, const Entry& entry) const;

    quint16 m_dosTime = 0;
    quint16 m_dosDate = 0;
    QByteArray m_data;
    QList<Entry> m_entries;
};

} // namespace coherence
