#include "factlight/offsets.hpp"

#include <algorithm>
#include <cstring>

#include "factlight/unicode.hpp"
#include "swar.hpp"

namespace factlight {
namespace {


// Where decoding from the start fails.
std::vector<uint32_t> invalid_bytes_of(std::string_view text) {
  std::vector<uint32_t> out;
  for (std::size_t i = 0; i < text.size();) {
    const Decoded d = decode_utf8(text, i);
    if (!d.valid) out.push_back(static_cast<uint32_t>(i));
    i += d.len;
  }
  return out;
}

}  // namespace

OffsetMap::OffsetMap(std::string_view text, OffsetUnit unit)
    : OffsetMap(text, unit, unit == OffsetUnit::utf8 ? std::vector<uint32_t>() : invalid_bytes_of(text)) {}

// Eight bytes at a time, with no decoding: a character starts at every byte that is no continuation byte
// (10xxxxxx) and takes two UTF-16 units when that byte is from 0xF0, as decoding says of valid UTF-8;
// then each invalid byte is made a character of its own (one unit, whatever byte it is). 32 ASCII bytes
// at once. (Bytes load little-endian: wasm and x86-64.)
OffsetMap::OffsetMap(std::string_view text, OffsetUnit unit, const std::vector<uint32_t>& invalid_bytes)
    : size_(text.size()), unit_(unit) {
  if (unit == OffsetUnit::utf8) return;
  constexpr uint64_t kHigh = 0x8080808080808080ull;
  // The top bit of each byte, gathered into the byte's own bit of the low eight (no carries: the
  // multiplier's terms for two different bytes never meet).
  auto gather = [](uint64_t top) { return ((top >> 7) * 0x0102040810204080ull) >> 56; };
  const std::size_t n = text.size();
  const char* const p = text.data();
  starts_.assign((n >> 6) + 2, 0);
  for (std::size_t i = 0; i < n; i += 8) {
    if ((i & 31) == 0 && i + 32 <= n) {
      uint64_t x[4];
      std::memcpy(x, p + i, 32);
      if (!((x[0] | x[1] | x[2] | x[3]) & kHigh)) {
        starts_[i >> 6] |= uint64_t{0xFFFFFFFF} << (i & 32);
        i += 24;
        continue;
      }
    }
    uint64_t x = kHigh;  // past the end: continuation bytes, no starts
    if (i + 8 <= n) std::memcpy(&x, p + i, 8);
    else
      for (std::size_t k = 0; i + k < n; ++k) x ^= (uint64_t{static_cast<unsigned char>(p[i + k])} ^ 0x80) << (8 * k);
    starts_[i >> 6] |= gather(~(x & ~(x << 1)) & kHigh) << (i & 63);
    const uint64_t wide = x & (x << 1) & (x << 2) & (x << 3) & kHigh;  // bytes from 0xF0
    if (wide && unit == OffsetUnit::utf16) {
      if (wide_.empty()) wide_.assign(starts_.size(), 0);
      wide_[i >> 6] |= gather(wide) << (i & 63);
    }
  }
  for (const uint32_t at : invalid_bytes) {
    starts_[at >> 6] |= uint64_t{1} << (at & 63);
    if (!wide_.empty()) wide_[at >> 6] &= ~(uint64_t{1} << (at & 63));
  }
  units_.resize((n >> 6) + 1);
  uint32_t units = 0;
  for (std::size_t k = 0; k < units_.size(); ++k) {
    units_[k] = units;
    units += swar::bit_count(starts_[k]) + (wide_.empty() ? 0 : swar::bit_count(wide_[k]));
  }
}

uint32_t OffsetMap::convert(uint32_t byte_offset) const {
  const std::size_t at = std::min<std::size_t>(byte_offset, size_);
  const std::size_t k = at >> 6;
  const uint64_t below = (uint64_t{1} << (at & 63)) - 1;  // the bytes of word k before `at`
  // Most offsets have only one-byte characters before them in their word (ASCII text): no count.
  const uint64_t starts = starts_[k] & below;
  uint32_t units = units_[k] + (starts == below ? static_cast<uint32_t>(at & 63) : swar::bit_count(starts));
  if (!wide_.empty()) units += swar::bit_count(wide_[k] & below);
  return units;
}

}  // namespace factlight
