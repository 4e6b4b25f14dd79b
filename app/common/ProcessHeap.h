#pragma once

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

    /// Call first thing in main(). Does nothing where it does not apply (not Linux with glibc, or a
    /// sanitizer's allocator); a refusal by the kernel only means ordinary pages.
    static void prepare(Lifetime lifetime);
};

} // namespace coherence
