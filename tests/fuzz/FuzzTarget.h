#pragma once

#include <cstddef>
#include <cstdint>

/// The libFuzzer entry point every target defines; FuzzReplayMain.cpp calls it without libFuzzer.
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size);
