#include "factlight/offsets.hpp"

#include <algorithm>
#include <cstring>

#include "factlight/unicode.hpp"

namespace factlight {

OffsetMap::OffsetMap(std::string_view text, OffsetUnit unit) : text_(text), unit_(unit) {
  if (unit == OffsetUnit::utf8) return;
  const std::size_t blocks = (text.size() >> kBlockShift) + 1;
  units_.resize(blocks);
  skip_.resize(blocks);
  // Counting always resumes at a character start, even when a block starts inside a character:
  // resuming mid-character would count its continuation bytes as characters of their own.
  std::size_t byte = 0;
  uint32_t units = 0;
  for (std::size_t k = 0; k < blocks; ++k) {
    const std::size_t start = k << kBlockShift;
    units += count(byte, start);
    units_[k] = units;
    skip_[k] = static_cast<uint8_t>(byte > start ? byte - start : 0);
  }
}

uint32_t OffsetMap::count(std::size_t& byte, std::size_t target) const {
  target = std::min(target, text_.size());
  uint32_t units = 0;
  while (byte < target) {
    if (byte + 8 <= target) {  // eight ASCII bytes: eight characters of one unit each
      uint64_t x;
      std::memcpy(&x, text_.data() + byte, 8);
      if (!(x & 0x8080808080808080ull)) {
        byte += 8;
        units += 8;
        continue;
      }
    }
    const auto b = static_cast<unsigned char>(text_[byte]);
    if (b < 0x80) {
      ++byte;
      ++units;
      continue;
    }
    const Decoded d = decode_utf8(text_, byte);
    units += unit_ == OffsetUnit::utf16 ? utf16_units(d.cp) : 1;
    byte += d.len;
  }
  return units;
}

uint32_t OffsetMap::convert(uint32_t byte_offset) const {
  const std::size_t at = std::min<std::size_t>(byte_offset, text_.size());
  const std::size_t k = at >> kBlockShift;
  std::size_t byte = (k << kBlockShift) + skip_[k];
  return units_[k] + count(byte, at);
}

}  // namespace factlight
