#include "ProcessHeap.h"

#include <cstdlib> // defines __GLIBC__ where it applies

#if defined(__linux__) && defined(__GLIBC__) && !defined(__SANITIZE_ADDRESS__)
#include <cstdint>
#include <malloc.h>
#include <sys/mman.h>
#include <unistd.h>
#define COHERENCE_PREPARE_HEAP 1
#endif

namespace coherence {

#ifdef COHERENCE_PREPARE_HEAP
namespace {

void prepareReserve() {
    constexpr std::uintptr_t kLargePage = std::uintptr_t{2} << 20;
    constexpr std::size_t kReserve = std::size_t{16} << 20;
    // Each time the heap grows, it grows by the reserve.
    mallopt(M_TOP_PAD, static_cast<int>(kReserve));
    // Grow it now: a block larger than what is left at the top, freed at once.
    void* probe = std::malloc(std::size_t{1} << 20);
    const auto begin = reinterpret_cast<std::uintptr_t>(probe);
    std::free(probe);
    const auto end = reinterpret_cast<std::uintptr_t>(sbrk(0));
    // The probe must lie in the heap just grown; otherwise (another allocator) leave things be.
    if (probe == nullptr || begin >= end || end - begin > kReserve + (std::uintptr_t{2} << 20)) {
        return;
    }
    const std::uintptr_t first = (begin + kLargePage - 1) & ~(kLargePage - 1);
    const std::uintptr_t last = end & ~(kLargePage - 1);
    if (first >= last || madvise(reinterpret_cast<void*>(first), last - first, MADV_HUGEPAGE) != 0) {
        return;
    }
    // The heap below the first 2 MB boundary stays in small pages: a block that is never freed and never
    // touched (address space only) fills it, so that what comes next is allocated above the boundary.
    // The empty asm statement "reads" the address: a block whose address is never read is one the
    // compiler may leave out, and GCC 12 did, so that every allocation landed in the small pages
    // (docs/performance.md).
    void* const filler = std::malloc(first - begin);
    asm volatile("" : : "r"(filler) : "memory");
}

} // namespace

#endif

void ProcessHeap::prepare([[maybe_unused]] Lifetime lifetime) {
#ifdef COHERENCE_PREPARE_HEAP
    // Blocks up to 32 MB (a rubric's JSON, SQLite's buffers) from the heap, not from a mapping each:
    // for a command, always; for a window, only while the reserve is set up (the probe and the filler).
    mallopt(M_MMAP_THRESHOLD, 32 << 20);
    if (lifetime == Lifetime::ShortLived) {
        // Never hand the heap back to the kernel before exit, which would also drop the large pages.
        mallopt(M_TRIM_THRESHOLD, 256 << 20);
    }
    prepareReserve();
    if (lifetime == Lifetime::LongLived) {
        mallopt(M_MMAP_THRESHOLD, 128 << 10); // glibc's default
    }
#endif
}

} // namespace coherence
