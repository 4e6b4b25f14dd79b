#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>

namespace coherence {

/// Sets up the C heap so that a process's first milliseconds are not spent in page faults.
///
/// Every page a process touches for the first time costs a page fault. On a laptop that is a fraction
/// of a microsecond; in the virtual machines where the CLI runs in scripts and CI it is 10–15 µs,
/// which made page faults the largest single cost of `coherence-cli score` (about 1,200 of them at
/// 1,000 criteria) and a tenth of the window's start (docs/performance.md). So the heap is grown
/// once, by a reserve the kernel may back with 2 MB pages: one fault instead of 512. The reserve
/// costs address space, not memory, until it is used.
class ProcessHeap {
public:
    enum class Lifetime {
        /// One command: large blocks come from the reserve too, and nothing is handed back before
        /// exit.
        ShortLived,
        /// A window open for hours: large blocks keep their own mappings, and freed memory beyond the
        /// reserve (at most 16 MB kept) goes back to the system as usual.
        LongLived,
    };

    static constexpr std::uintptr_t kLargePage = std::uintptr_t{2} << 20;

    /// Addresses [first, last), both on 2 MB boundaries.
    struct Range {
        std::uintptr_t first;
        std::uintptr_t last;
    };

    /// The part of a heap just grown up to @p heapEnd that can be given large pages, after a block of
    /// @p probeSize bytes at @p probe was allocated there and freed; none if it is shorter than one.
    /// Public for its tests.
    static std::optional<Range> largePageRange(std::uintptr_t probe, std::size_t probeSize,
                                               std::uintptr_t heapEnd);

    /// Call first thing in main(). Does nothing where it does not apply (not Linux with glibc, or a
    /// sanitizer's allocator); a refusal by the kernel only means ordinary pages.
    static void prepare(Lifetime lifetime);
};

} // namespace coherence
