#include "Sha256.h"

#include <QString>

#include <algorithm>
#include <cstring>

#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
#include <immintrin.h>
// glibc 2.33 and later; its header uses C's _Bool, which clang does not accept in C++ (the fuzz build).
#if __has_include(<sys/platform/x86.h>) && !defined(__clang__)
#include <sys/platform/x86.h>
#else
#include <cpuid.h>
#endif
#define COHERENCE_SHA_INSTRUCTIONS 1
#endif

namespace coherence {

namespace {

#ifdef COHERENCE_SHA_INSTRUCTIONS

constexpr std::array<std::uint32_t, 64> kRoundConstants{
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
    0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
    0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
    0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
    0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2};

bool processorHasShaInstructions() {
#ifdef CPU_FEATURE_ACTIVE
    // What the dynamic loader found at start, not CPUID again: in a virtual machine each CPUID traps
    // to the hypervisor, 13 µs apiece on the VM of docs/performance.md.
    return CPU_FEATURE_ACTIVE(SHA) && CPU_FEATURE_ACTIVE(SSE4_1) && CPU_FEATURE_ACTIVE(SSSE3);
#else
    unsigned eax = 0;
    unsigned ebx = 0;
    unsigned ecx = 0;
    unsigned edx = 0;
    if (__get_cpuid(1, &eax, &ebx, &ecx, &edx) == 0) {
        return false;
    }
    const bool ssse3 = (ecx & (1U << 9)) != 0;
    const bool sse41 = (ecx & (1U << 19)) != 0;
    if (__get_cpuid_count(7, 0, &eax, &ebx, &ecx, &edx) == 0) {
        return false;
    }
    const bool sha = (ebx & (1U << 29)) != 0;
    return ssse3 && sse41 && sha;
#endif
}

/// Runs the compression function over @p blocks 64-byte blocks. The state is kept in the order the
/// instructions want (ABEF and CDGH) and converted on the way in and out. The message schedule is
/// the four-register rotation of Intel's SHA extensions paper, written as a loop over the sixteen
/// groups of four rounds.
__attribute__((target("sha,sse4.1,ssse3"))) void compress(std::array<std::uint32_t, 8>& state,
                                                          const unsigned char* data, std::size_t blocks) {
    const __m128i byteSwap = _mm_set_epi64x(0x0c0d0e0f08090a0bLL, 0x0405060700010203LL);
    __m128i cdab = _mm_loadu_si128(reinterpret_cast<const __m128i*>(state.data()));
    __m128i cdgh = _mm_loadu_si128(reinterpret_cast<const __m128i*>(state.data() + 4));
    cdab = _mm_shuffle_epi32(cdab, 0xB1);
    cdgh = _mm_shuffle_epi32(cdgh, 0x1B);
    __m128i abef = _mm_alignr_epi8(cdab, cdgh, 8);
    cdgh = _mm_blend_epi16(cdgh, cdab, 0xF0);

    for (; blocks > 0; --blocks, data += 64) {
        const __m128i abefBefore = abef;
        const __m128i cdghBefore = cdgh;
        __m128i schedule[4]; // not std::array: it would drop the vector type's alignment attribute
#pragma GCC unroll 16
        for (int group = 0; group < 16; ++group) {
            __m128i& words = schedule[group % 4];
            if (group < 4) {
                words = _mm_shuffle_epi8(_mm_loadu_si128(reinterpret_cast<const __m128i*>(data + 16 * group)),
                                         byteSwap);
            }
            __m128i message = _mm_add_epi32(
                words, _mm_loadu_si128(reinterpret_cast<const __m128i*>(kRoundConstants.data() + 4 * group)));
            cdgh = _mm_sha256rnds2_epu32(cdgh, abef, message);
            if (group >= 3 && group <= 14) {
                __m128i& next = schedule[(group + 1) % 4];
                next = _mm_add_epi32(next, _mm_alignr_epi8(words, schedule[(group + 3) % 4], 4));
                next = _mm_sha256msg2_epu32(next, words);
            }
            message = _mm_shuffle_epi32(message, 0x0E);
            abef = _mm_sha256rnds2_epu32(abef, cdgh, message);
            if (group >= 1 && group <= 12) {
                __m128i& previous = schedule[(group + 3) % 4];
                previous = _mm_sha256msg1_epu32(previous, words);
            }
        }
        abef = _mm_add_epi32(abef, abefBefore);
        cdgh = _mm_add_epi32(cdgh, cdghBefore);
    }

    const __m128i feba = _mm_shuffle_epi32(abef, 0x1B);
    const __m128i dchg = _mm_shuffle_epi32(cdgh, 0xB1);
    _mm_storeu_si128(reinterpret_cast<__m128i*>(state.data()), _mm_blend_epi16(feba, dchg, 0xF0));
    _mm_storeu_si128(reinterpret_cast<__m128i*>(state.data() + 4), _mm_alignr_epi8(dchg, feba, 8));
}

#endif

} // namespace

Sha256::Sha256()
    : m_state{0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a,
              0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19} {
    if (!usesShaInstructions()) {
        m_portable = std::make_unique<QCryptographicHash>(QCryptographicHash::Sha256);
    }
}

void Sha256::addData(QByteArrayView bytes) {
    // Nothing to add; and an empty view may have no address, which memcpy must not be given.
    if (bytes.isEmpty()) {
        return;
    }
    if (m_portable) {
        m_portable->addData(bytes);
        return;
    }
#ifdef COHERENCE_SHA_INSTRUCTIONS
    const auto* data = reinterpret_cast<const unsigned char*>(bytes.data());
    auto size = static_cast<std::size_t>(bytes.size());
    m_length += size;
    if (m_pendingSize > 0) {
        const std::size_t taken = std::min(size, m_pending.size() - m_pendingSize);
        std::memcpy(m_pending.data() + m_pendingSize, data, taken);
        m_pendingSize += taken;
        data += taken;
        size -= taken;
        if (m_pendingSize < m_pending.size()) {
            return;
        }
        compress(m_state, m_pending.data(), 1);
        m_pendingSize = 0;
    }
    const std::size_t wholeBlocks = size / 64;
    compress(m_state, data, wholeBlocks);
    m_pendingSize = size - wholeBlocks * 64;
    if (m_pendingSize > 0) {
        std::memcpy(m_pending.data(), data + wholeBlocks * 64, m_pendingSize);
    }
#endif
}

QByteArray Sha256::result() {
    if (m_portable) {
        return m_portable->result();
    }
    QByteArray digest(32, Qt::Uninitialized);
#ifdef COHERENCE_SHA_INSTRUCTIONS
    // The 0x80 marker after the data, zeros, and the length in bits, big-endian: one block or two.
    std::array<unsigned char, 128> tail{};
    std::memcpy(tail.data(), m_pending.data(), m_pendingSize);
    tail[m_pendingSize] = 0x80;
    const std::size_t tailBlocks = m_pendingSize + 1 + 8 <= 64 ? 1 : 2;
    const std::uint64_t bits = m_length * 8;
    for (int i = 0; i < 8; ++i) {
        tail[tailBlocks * 64 - 1 - i] = static_cast<unsigned char>(bits >> (8 * i));
    }
    compress(m_state, tail.data(), tailBlocks);
    m_pendingSize = 0;
    for (int i = 0; i < 8; ++i) {
        for (int byte = 0; byte < 4; ++byte) {
            digest[4 * i + byte] = static_cast<char>(m_state[i] >> (24 - 8 * byte));
        }
    }
#endif
    return digest;
}

bool Sha256::usesShaInstructions() {
#ifdef COHERENCE_SHA_INSTRUCTIONS
    static const bool available = processorHasShaInstructions();
    return available;
#else
    return false;
#endif
}

QByteArray Sha256::portableHash(QByteArrayView bytes) {
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256);
}

QByteArray Sha256::hash(QByteArrayView bytes) {
    Sha256 hash;
    hash.addData(bytes);
    return hash.result();
}

QString Sha256::hex(QByteArrayView bytes) {
    return QString::fromLatin1(hash(bytes).toHex());
}

} // namespace coherence
