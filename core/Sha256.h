#pragma once

#include <QByteArray>
#include <QByteArrayView>

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
    static QByteArray hash(QByteArrayView bytes); ///< the 32-byte digest
    static QString hex(QByteArrayView bytes);     ///< the digest as 64 lower-case hex digits

    /// Whether hash() uses the processor's SHA instructions; for tests and benchmarks.
    static bool usesShaInstructions();
    /// QCryptographicHash's digest, whatever the processor: what hash() must equal.
    static QByteArray portableHash(QByteArrayView bytes);
};

} // namespace coherence
