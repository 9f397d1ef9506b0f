// Conversion of UTF-8 byte offsets to UTF-16 code units or code points, in one sweep.
#pragma once
#include <cstdint>
#include <string_view>
#include <vector>

#include "factlight/span.hpp"

namespace factlight {

class OffsetMap {
 public:
  // One sweep over the text marks the bytes where a character starts (and, for UTF-16, the starts of
  // the characters that take two units), 1 bit per byte, with a running count every 64 bytes: a
  // conversion then adds a count and a bit count (two with wide characters), in any order, without
  // reading the text again.
  // Invalid bytes count as one U+FFFD. 0.19 bytes per byte of text (0.31 with characters beyond U+FFFF).
  OffsetMap(std::string_view text, OffsetUnit unit);
  // The same map, given where the text's invalid bytes are (Document::invalid_bytes: the bytes where
  // decoding from the start fails, in order), so that the sweep decodes nothing.
  OffsetMap(std::string_view text, OffsetUnit unit, const std::vector<uint32_t>& invalid_bytes);
  // The converted value of a byte offset: the units of the characters that start before it (a cut
  // character counts whole). Offsets past the end give the length.
  uint32_t operator()(uint32_t byte_offset) const {
    return unit_ == OffsetUnit::utf8 ? byte_offset : convert(byte_offset);
  }
  OffsetUnit unit() const { return unit_; }

 private:
  uint32_t convert(uint32_t byte_offset) const;

  std::size_t size_ = 0;
  OffsetUnit unit_;
  std::vector<uint64_t> starts_;  // bit b of word k: a character starts at byte 64k + b
  std::vector<uint64_t> wide_;    // the same for characters of two UTF-16 units; empty when there are none
  std::vector<uint32_t> units_;   // per word (64 bytes): the units of the characters that start before it
};

}  // namespace factlight
