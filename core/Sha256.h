#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QCryptographicHash>

#include <array>
#include <cstdint>
#include <memory>

namespace coherence {

/**
 * SHA-256, with the processor's SHA instructions where it has them.
 *
 * Why not QCryptographicHash alone: Qt 6.4 hashes in portable C at about 180 MB/s, and every open
 * of a document hashes its embedded rubric (and its rubric image) to prove them intact — 2 ms of a
 * 30 ms `coherence-cli score` at 1,000 criteria. The SHA extensions (Intel since Goldmont and Ice
 * Lake, AMD since Zen) do it about ten times faster. Elsewhere this is QCryptographicHash.
 */
class Sha256 {
public:
    Sha256();

    /// Hashes @p bytes after those added before: a large value can be hashed piece by piece.
    void addData(QByteArrayView bytes);
    /// The 32-byte digest of everything added; the hash is finished and cannot be added to.
    QByteArray result();

    static QByteArray hash(QByteArrayView bytes); ///< the 32-byte digest
    static QString hex(QByteArrayView bytes);     ///< the digest as 64 lower-case hex digits

    /// Whether hash() uses the processor's SHA instructions; for tests and benchmarks.
    static bool usesShaInstructions();
    /// QCryptographicHash's digest, whatever the processor: what hash() must equal.
    static QByteArray portableHash(QByteArrayView bytes);

private:
    std::array<std::uint32_t, 8> m_state;
    std::array<unsigned char, 64> m_pending{}; ///< the start of a block not yet complete
    std::size_t m_pendingSize = 0;
    std::uint64_t m_length = 0;                     ///< bytes added in all
    std::unique_ptr<QCryptographicHash> m_portable; ///< instead of the above, without SHA instructions
};

} // namespace coherence
