#include "ProcessHeap.h"

#include <catch2/catch.hpp>

#include <cstdint>

using coherence::ProcessHeap;

namespace {

constexpr std::uintptr_t kMegabyte = std::uintptr_t{1} << 20;

} // namespace

TEST_CASE("The large pages start beyond every byte the probe's allocation wrote", "[process]") {
    // glibc puts blocks on 16-byte boundaries; try every such start across two large pages.
    const std::uintptr_t base = std::uintptr_t{0x5600'0000'0000};
    for (std::uintptr_t offset = 16; offset < 2 * ProcessHeap::kLargePage; offset += 4096 + 16) {
        const std::uintptr_t probe = base + offset;
        const std::uintptr_t heapEnd = probe + 17 * kMegabyte;
        const auto range = ProcessHeap::largePageRange(probe, kMegabyte, heapEnd);
        REQUIRE(range.has_value());
        INFO("probe at offset " << offset);
        // The header of the chunk after the probe, written when it was allocated, lies below the range:
        // a range starting at the first boundary after the probe's start lost the large pages
        // whenever that boundary fell inside the probe.
        CHECK(range->first >= probe + kMegabyte + 4 * sizeof(std::size_t));
        CHECK(range->first - (probe + kMegabyte) <= ProcessHeap::kLargePage);
        CHECK(range->first % ProcessHeap::kLargePage == 0);
        CHECK(range->last % ProcessHeap::kLargePage == 0);
        CHECK(range->last <= heapEnd);
        CHECK(heapEnd - range->last < ProcessHeap::kLargePage);
        CHECK(range->last - range->first >= 14 * kMegabyte);
    }
}

TEST_CASE("A heap too short for one whole large page after the probe gets none", "[process]") {
    const std::uintptr_t probe = std::uintptr_t{0x5600'0000'0010};
    CHECK_FALSE(ProcessHeap::largePageRange(probe, kMegabyte, probe + kMegabyte + 64).has_value());
    CHECK_FALSE(ProcessHeap::largePageRange(probe, kMegabyte, probe + 3 * kMegabyte).has_value());
    const auto one = ProcessHeap::largePageRange(probe, kMegabyte, probe + 4 * kMegabyte);
    REQUIRE(one.has_value());
    CHECK(one->last - one->first == ProcessHeap::kLargePage);
}
