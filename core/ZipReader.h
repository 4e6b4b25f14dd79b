#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace coherence {

/**
 * Reads back the zip archives ZipWriter writes, to check an export before it is reported written:
 * the central directory, each entry's local header against it, and each entry's content against what
 * it should hold. It reads the subset ZipWriter writes (stored or deflated entries, no zip64, no
 * encryption, no data descriptors, one disk) and says so of anything else.
 */
class ZipReader {
    Q_DECLARE_TR_FUNCTIONS(ZipReader)

public:
    struct Entry {
        QString name;
        int method = 0; ///< 0 stored, 8 deflated
        quint32 crc = 0;
        quint32 size = 0;
        qsizetype localHeaderOffset = 0;
        QByteArray data; ///< as held in the archive: deflated for method 8
    };

    /// The entries of @p archive in the order they are stored, or nothing, with @p error saying what
    /// is wrong and where.
    static std::optional<QList<Entry>> read(QByteArrayView archive, QString* error);
    /// Empty when @p entry holds exactly @p content (its recorded size and CRC-32 too), else what
    /// differs. A deflated entry is inflated with QtCore's zlib, which also wants the Adler-32 of the
    /// content: taken from @p content, so a wrong byte anywhere still fails the inflation or the CRC.
    static QString checkContent(const Entry& entry, QByteArrayView content);
};

} // namespace coherence
