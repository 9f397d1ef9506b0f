#include "factlight/offsets.hpp"

#include <algorithm>
#include <cstring>

#include "factlight/unicode.hpp"

namespace factlight {
namespace {

// Set bits of a 64-bit word: wasm's i64.popcnt where there is one (wasm, or a native target that has the
// instruction); by lanes otherwise (baseline x86-64 has none).
inline uint32_t bit_count(uint64_t x) {
#if defined(__wasm__) || defined(__POPCNT__)
  return static_cast<uint32_t>(__builtin_popcountll(x));
#else
  x = x - ((x >> 1) & 0x5555555555555555ull);
  x = (x & 0x3333333333333333ull) + ((x >> 2) & 0x3333333333333333ull);
  return static_cast<uint32_t>((((x + (x >> 4)) & 0x0F0F0F0F0F0F0F0Full) * 0x0101010101010101ull) >> 56);
#endif
}

}  // namespace

// Sets `run` (the low bits of a byte's worth, at most 8) bits from bit `at` on.
void OffsetMap::mark(std::vector<uint64_t>& bits, std::size_t at, uint32_t run) const {
  const unsigned shift = at & 63;
  bits[at >> 6] |= uint64_t{run} << shift;
  if (shift > 56) bits[(at >> 6) + 1] |= uint64_t{run} >> (64 - shift);
}

OffsetMap::OffsetMap(std::string_view text, OffsetUnit unit) : size_(text.size()), unit_(unit) {
  if (unit == OffsetUnit::utf8) return;
  const std::size_t n = text.size();
  starts_.assign((n >> 6) + 2, 0);
  // Decoding runs from the start, as a reader would: a character's continuation bytes are no starts,
  // but an invalid byte is a character of its own, wherever it is.
  // By 32 bytes (half a word): 32 ASCII bytes where a character starts get their starts at once; any
  // others are walked character by character, eight ASCII bytes at a time where it can (up to the
  // 32 bytes' end, so that the walk meets the next 32 at their start when it can).
  std::size_t i = 0;  // where the next character starts
  for (std::size_t base = 0; base < n; base += 32) {
    const std::size_t stop = std::min(base + 32, n);
    if (i == base && stop == base + 32) {
      uint64_t x[4];
      std::memcpy(x, text.data() + base, 32);
      if (!((x[0] | x[1] | x[2] | x[3]) & 0x8080808080808080ull)) {
        starts_[base >> 6] |= uint64_t{0xFFFFFFFF} << (base & 32);
        i = stop;
        continue;
      }
    }
    while (i < stop) {
      if (i + 8 <= n) {
        uint64_t x;
        std::memcpy(&x, text.data() + i, 8);
        if (!(x & 0x8080808080808080ull)) {  // eight ASCII characters, those up to the word's end marked
          const std::size_t k = std::min<std::size_t>(8, stop - i);
          mark(starts_, i, 0xFFu >> (8 - k));
          i += k;
          continue;
        }
      }
      const Decoded d = decode_utf8(text, i);
      mark(starts_, i, 1);
      if (unit == OffsetUnit::utf16 && utf16_units(d.cp) == 2) {
        if (wide_.empty()) wide_.assign(starts_.size(), 0);
        mark(wide_, i, 1);
      }
      i += d.len;
    }
  }
  units_.resize((n >> 6) + 1);
  uint32_t units = 0;
  for (std::size_t k = 0; k < units_.size(); ++k) {
    units_[k] = units;
    units += bit_count(starts_[k]) + (wide_.empty() ? 0 : bit_count(wide_[k]));
  }
}

uint32_t OffsetMap::convert(uint32_t byte_offset) const {
  const std::size_t at = std::min<std::size_t>(byte_offset, size_);
  const std::size_t k = at >> 6;
  const uint64_t below = (uint64_t{1} << (at & 63)) - 1;  // the bytes of word k before `at`
  // Most offsets have only one-byte characters before them in their word (ASCII text): no count.
  const uint64_t starts = starts_[k] & below;
  uint32_t units = units_[k] + (starts == below ? static_cast<uint32_t>(at & 63) : bit_count(starts));
  if (!wide_.empty()) units += bit_count(wide_[k] & below);
  return units;
}

}  // namespace factlight
