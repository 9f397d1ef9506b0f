// Half-open spans [begin, end) that carry their offset unit in the type.
// The core works in UTF-8 bytes only; other units exist solely at the output edge.
#pragma once
#include <cstdint>

namespace factlight {

struct Utf8 {};
struct Utf16 {};
struct CodePoint {};

template <class Unit>
struct Span {
  uint32_t begin = 0;
  uint32_t end = 0;

  constexpr uint32_t size() const { return end - begin; }
  constexpr bool empty() const { return begin == end; }
  constexpr bool contains(Span o) const { return begin <= o.begin && o.end <= end; }
  constexpr bool overlaps(Span o) const { return begin < o.end && o.begin < end; }
  friend constexpr bool operator==(Span a, Span b) { return a.begin == b.begin && a.end == b.end; }
  friend constexpr bool operator!=(Span a, Span b) { return !(a == b); }
};

using ByteSpan = Span<Utf8>;

enum class OffsetUnit : uint8_t { utf8, utf16, codepoint };

}  // namespace factlight
