#include "ProcessHeap.h"

#include <cstdlib> // defines __GLIBC__ where it applies

#if defined(__linux__) && defined(__GLIBC__) && !defined(__SANITIZE_ADDRESS__)
#include <malloc.h>
#include <sys/mman.h>
#include <unistd.h>
#define COHERENCE_PREPARE_HEAP 1
#endif

namespace coherence {

#ifdef COHERENCE_PREPARE_HEAP
namespace {

constexpr std::size_t kReserve = std::size_t{16} << 20;
constexpr std::size_t kProbe = std::size_t{1} << 20;

void prepareReserve() {
    // Each time the heap grows, it grows by the reserve.
    mallopt(M_TOP_PAD, static_cast<int>(kReserve));
    // Grow it now: a block larger than what is left at the top, freed at once.
    void* probe = std::malloc(kProbe);
    const auto begin = reinterpret_cast<std::uintptr_t>(probe);
    std::free(probe);
    const auto end = reinterpret_cast<std::uintptr_t>(sbrk(0));
    // The probe must lie in the heap just grown; otherwise (another allocator) leave things be.
    if (probe == nullptr || begin >= end || end - begin > kReserve + ProcessHeap::kLargePage) {
        return;
    }
    const std::optional<ProcessHeap::Range> large = ProcessHeap::largePageRange(begin, kProbe, end);
    if (!large ||
        madvise(reinterpret_cast<void*>(large->first), large->last - large->first, MADV_HUGEPAGE) != 0) {
        return;
    }
    // The heap below the first 2 MB boundary stays in small pages: a block that is never freed and never
    // touched (address space only) fills it, so that what comes next is allocated above the boundary.
    // The empty asm statement "reads" the address: a block whose address is never read is one the
    // compiler may leave out, and GCC 12 did, so that every allocation landed in the small pages
    // (docs/performance.md).
    void* const filler = std::malloc(large->first - begin);
    asm volatile("" : : "r"(filler) : "memory");
}

} // namespace
#endif

std::optional<ProcessHeap::Range> ProcessHeap::largePageRange(std::uintptr_t probe, std::size_t probeSize,
                                                              std::uintptr_t heapEnd) {
    // Allocating the probe wrote the header of the chunk after it, so the page just past the probe is
    // already backed by a small page, and the kernel gives no large page to a 2 MB range that holds
    // one. The large pages therefore start at the first boundary beyond that header. (Starting at the
    // first boundary beyond the probe's start lost them whenever that boundary was nearer than the
    // probe's size: one start in two, with 880 page faults instead of 420.)
    constexpr std::uintptr_t kChunkHeader = 4 * sizeof(std::size_t);
    const std::uintptr_t touched = probe + probeSize + kChunkHeader;
    const std::uintptr_t first = (touched + kLargePage - 1) & ~(kLargePage - 1);
    const std::uintptr_t last = heapEnd & ~(kLargePage - 1);
    if (first >= last) {
        return std::nullopt;
    }
    return Range{first, last};
}

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
