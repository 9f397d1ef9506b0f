// Fuzz target, one binary per offset unit (FACTLIGHT_FUZZ_UNIT): OffsetMap's conversion of byte
// offsets, in any order, inside characters or past the end, must equal a naive
// count; the core's UTF-8 decoder and its repair must agree with the checker's independent ones.
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include "factlight/offsets.hpp"
#include "factlight/unicode.hpp"
#include "invariants.hpp"

#ifndef FACTLIGHT_FUZZ_UNIT
#define FACTLIGHT_FUZZ_UNIT utf16
#endif

namespace {

namespace inv = factlight::invariants;
constexpr factlight::OffsetUnit kUnit = factlight::OffsetUnit::FACTLIGHT_FUZZ_UNIT;

[[noreturn]] void fail(const std::string& what) {
  std::fprintf(stderr, "invariant violated: %s\n", what.c_str());
  std::abort();
}

// ref[b] = units of the characters that start before byte b (b <= size), what OffsetMap promises.
std::vector<uint32_t> reference(std::string_view text) {
  std::vector<uint32_t> ref(text.size() + 1, 0);
  uint32_t units = 0;
  for (std::size_t i = 0; i < text.size();) {
    const inv::Char c = inv::char_at(text, i);
    units += kUnit == factlight::OffsetUnit::utf8 ? c.len : kUnit == factlight::OffsetUnit::utf16 ? (c.cp >= 0x10000 ? 2 : 1) : 1;
    for (unsigned k = 1; k <= c.len; ++k) ref[i + k] = units;
    i += c.len;
  }
  return ref;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  const uint32_t n = static_cast<uint32_t>(size);

  // The decoder, at every byte (not only at character starts), and the repair.
  for (std::size_t i = 0; i < size; ++i) {
    const factlight::Decoded d = factlight::decode_utf8(text, i);
    const inv::Char c = inv::char_at(text, i);
    if (d.valid != c.valid || d.len != c.len || d.cp != c.cp)
      fail("decode_utf8 disagrees with the Unicode table at byte " + std::to_string(i));
  }
  if (factlight::sanitize_utf8(text) != inv::replace_invalid(text)) fail("sanitize_utf8 differs from the reference repair");

  const std::vector<uint32_t> ref = reference(text);
  // utf8 is the identity, even inside a character; the other units count a cut character whole.
  // Offsets past the end are outside the contract (utf8 passes them through, the others clamp):
  // they are asked for, to show they disturb nothing, but only offsets up to the end are checked.
  auto expected = [&](uint64_t b) { return kUnit == factlight::OffsetUnit::utf8 ? static_cast<uint32_t>(b) : ref[b]; };

  // Offsets asked for in an order chosen by the input itself: dense (about one in four, in reverse
  // order, with duplicates) or sparse (a handful), with offsets past the end among them.
  const bool dense = size > 0 && (data[0] & 1);
  std::vector<uint32_t> asked;
  for (uint32_t b = n + 1; b-- > 0;) {  // n down to 0
    const uint8_t key = size ? data[(b * 7u) % size] : 0;
    if (dense ? ((key ^ b) & 3) == 0 : ((key ^ b) & 0xFF) == 0x5A) {
      asked.push_back(b);
      asked.push_back(b);
    }
  }
  const factlight::OffsetMap map(text, kUnit);
  if (map.unit() != kUnit) fail("the map forgot its unit");
  map(n + 3);
  map(0xFFFFFFFFu);
  for (uint32_t b : asked)
    if (map(b) != expected(b)) fail("offset " + std::to_string(b) + " maps to " + std::to_string(map(b)) + ", expected " + std::to_string(expected(b)));
  // Then in text order: all of them when the input asked densely, 64 spread ones otherwise.
  const uint32_t step = dense ? 1 : (n / 64 + 1);
  for (uint64_t b = 0; b <= n; b += step)
    if (map(static_cast<uint32_t>(b)) != expected(b)) fail("offset " + std::to_string(b) + " maps to " + std::to_string(map(static_cast<uint32_t>(b))) + ", expected " + std::to_string(expected(b)));
  if (map(n) != inv::length_in(text, kUnit)) fail("the end of the text does not map to its length");
  return 0;
}
