#include "factlight/offsets.hpp"

#include <algorithm>

#include "factlight/unicode.hpp"

namespace factlight {

OffsetMap::OffsetMap(std::string_view text, OffsetUnit unit, std::vector<uint32_t> offsets)
    : text_(text), unit_(unit) {
  if (unit == OffsetUnit::utf8) return;
  std::sort(offsets.begin(), offsets.end());
  offsets.erase(std::unique(offsets.begin(), offsets.end()), offsets.end());
  from_ = std::move(offsets);
  to_.resize(from_.size());
  next_.resize(from_.size());
  // Counting always resumes at a character start, even when an offset falls inside a character:
  // resuming mid-character would count its continuation bytes as characters of their own.
  std::size_t byte = 0;
  uint32_t units = 0;
  for (std::size_t k = 0; k < from_.size(); ++k) {
    units += count(byte, from_[k]);
    to_[k] = units;
    next_[k] = static_cast<uint32_t>(byte);
  }
}

uint32_t OffsetMap::count(std::size_t& byte, std::size_t target) const {
  target = std::min(target, text_.size());
  uint32_t units = 0;
  while (byte < target) {
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
  const auto it = std::upper_bound(from_.begin(), from_.end(), byte_offset);
  std::size_t byte = 0;
  if (it == from_.begin()) return count(byte, byte_offset);
  const std::size_t k = static_cast<std::size_t>(it - from_.begin()) - 1;
  byte = next_[k];
  return to_[k] + count(byte, byte_offset);
}

}  // namespace factlight
