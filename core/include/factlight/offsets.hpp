// Conversion of UTF-8 byte offsets to UTF-16 code units or code points, in one sweep.
#pragma once
#include <cstdint>
#include <string_view>
#include <vector>

#include "factlight/span.hpp"

namespace factlight {

class OffsetMap {
 public:
  // One sweep over the text records the converted value at every 32nd byte (5 bytes of table per 32
  // of text); a conversion then counts at most 31 bytes from there, in any order, with no sort and no
  // search. Invalid bytes count as one U+FFFD.
  OffsetMap(std::string_view text, OffsetUnit unit);
  // The same; the offsets that will be asked for need not be listed in advance any more.
  OffsetMap(std::string_view text, OffsetUnit unit, const std::vector<uint32_t>& /*offsets*/)
      : OffsetMap(text, unit) {}
  // The converted value of a byte offset: the units of the characters that start before it (a cut
  // character counts whole). Offsets past the end give the length.
  uint32_t operator()(uint32_t byte_offset) const {
    return unit_ == OffsetUnit::utf8 ? byte_offset : convert(byte_offset);
  }
  OffsetUnit unit() const { return unit_; }

 private:
  static constexpr unsigned kBlockShift = 5;
  uint32_t convert(uint32_t byte_offset) const;
  // Units of the characters that start in [byte, target); `byte` must start a character and is
  // advanced to the first character start at or after target (past the end of a cut character).
  uint32_t count(std::size_t& byte, std::size_t target) const;

  std::string_view text_;
  OffsetUnit unit_;
  std::vector<uint32_t> units_;  // per block k: units of the characters that start before skip_[k] + 32k
  std::vector<uint8_t> skip_;    // per block k: from 32k to the first character start at or after it (0..3)
};

}  // namespace factlight
