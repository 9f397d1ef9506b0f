// Conversion of UTF-8 byte offsets to UTF-16 code units or code points, in one sweep.
#pragma once
#include <cstdint>
#include <string_view>
#include <vector>

#include "factlight/span.hpp"

namespace factlight {

class OffsetMap {
 public:
  // `offsets` are byte offsets that will be asked for later (any order, duplicates allowed).
  // One sorted sweep over the text converts them all. Invalid bytes count as one U+FFFD.
  OffsetMap(std::string_view text, OffsetUnit unit, std::vector<uint32_t> offsets);
  // The converted value of a byte offset. Offsets given to the constructor cost a binary search;
  // others are still right, at the price of a scan from the nearest registered offset.
  uint32_t operator()(uint32_t byte_offset) const {
    return unit_ == OffsetUnit::utf8 ? byte_offset : convert(byte_offset);
  }
  OffsetUnit unit() const { return unit_; }

 private:
  uint32_t convert(uint32_t byte_offset) const;
  // Units of the characters that start in [byte, target); `byte` must start a character and is
  // advanced to the first character start at or after target (past the end of a cut character).
  uint32_t count(std::size_t& byte, std::size_t target) const;
  std::string_view text_;
  OffsetUnit unit_;
  std::vector<uint32_t> from_;  // registered offsets, sorted
  std::vector<uint32_t> to_;    // their converted values
  std::vector<uint32_t> next_;  // the character start where counting stopped for each

};

}  // namespace factlight
