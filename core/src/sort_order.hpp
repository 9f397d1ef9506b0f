// Sorts compiled once for the whole core. Each std::sort / std::stable_sort with its own comparator is a
// separate copy of the algorithm (2 to 7 KB of wasm each); callers that sort by one of these keys ask for
// the permutation instead and apply it.
#pragma once
#include <cstdint>
#include <string_view>
#include <vector>

#include "factlight/span.hpp"

namespace factlight {

// The indices 0..n-1 of `keys` in ascending key order; equal keys keep their index order (stable).
std::vector<uint32_t> stable_order(const std::vector<uint64_t>& keys);
std::vector<uint32_t> stable_order(const std::vector<std::string_view>& keys);

// Orders spans by begin, then by end.
inline uint64_t span_key(ByteSpan s) { return uint64_t{s.begin} << 32 | s.end; }

}  // namespace factlight
