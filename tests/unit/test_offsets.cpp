// Offsets in three units, converted once at the edge.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <string>

#include "factlight/analyze.hpp"
#include "factlight/offsets.hpp"
#include "factlight/unicode.hpp"

using factlight::OffsetMap;
using factlight::OffsetUnit;

TEST_CASE("offset map converts bytes to UTF-16 units and code points", "[offsets]") {
  // "a" (1 byte) + "é" (2) + "😊" (4) + "“" (3) + "b"
  const std::string text = "a\xC3\xA9\xF0\x9F\x98\x8A\xE2\x80\x9C" "b";
  struct Case {
    uint32_t byte, utf16, cp;
  };
  const Case cases[] = {{0, 0, 0}, {1, 1, 1}, {3, 2, 2}, {7, 4, 3}, {10, 5, 4}, {11, 6, 5}};
  OffsetMap u16(text, OffsetUnit::utf16), cp(text, OffsetUnit::codepoint), u8(text, OffsetUnit::utf8);
  for (auto c : cases) {
    INFO(c.byte);
    CHECK(u16(c.byte) == c.utf16);
    CHECK(cp(c.byte) == c.cp);
    CHECK(u8(c.byte) == c.byte);
  }
  // A map asked for one offset only gives the same answer.
  OffsetMap single(text, OffsetUnit::utf16);
  CHECK(single(10) == 5);
}

TEST_CASE("invalid bytes count as one unit each, like U+FFFD", "[offsets]") {
  const std::string text = "\xFF\xFE" "ab";
  OffsetMap u16(text, OffsetUnit::utf16);
  CHECK(u16(2) == 2);
  CHECK(u16(4) == 4);
}

TEST_CASE("JSON length and spans follow the chosen unit", "[offsets]") {
  const std::string text = "\xF0\x9F\x98\x8A Prices rose 12% in 2024.";
  for (auto [unit, name, length] : {std::tuple{OffsetUnit::utf8, "utf8", text.size()},
                                    std::tuple{OffsetUnit::utf16, "utf16", text.size() - 2},
                                    std::tuple{OffsetUnit::codepoint, "codepoint", text.size() - 3}}) {
    factlight::Options o;
    o.offsets = unit;
    const auto j = nlohmann::json::parse(factlight::analyze_to_json(text, o));
    CHECK(j["offsets"] == name);
    CHECK(j["length"] == length);
  }
}

TEST_CASE("offset map agrees with a naive count at every byte of a long mixed text", "[offsets]") {
  // Long enough for many 32-byte blocks, with characters of every length cut by block boundaries,
  // once valid and once with invalid bytes (which take the character-by-character count).
  std::string valid;
  for (int i = 0; i < 40; ++i) valid += i % 3 ? "ab \xC3\xA9\xF0\x9F\x98\x8A" : "\xE2\x80\x9C" "xyz\xE2\x80\x9D ";
  std::string invalid = valid;
  invalid[50] = '\xFF';
  invalid[97] = '\x80';
  // ASCII runs of every length up to three blocks between non-ASCII characters: whole blocks of ASCII
  // (counted at once) met at their start, or not, after characters of every length.
  std::string runs;
  for (int i = 0; i < 100; ++i) runs += std::string(static_cast<std::size_t>(i), 'a') + (i % 2 ? "\xC3\xA9" : "\xF0\x9F\x98\x8A");
  for (const std::string& text : {valid, invalid, runs}) {
    for (const OffsetUnit unit : {OffsetUnit::utf16, OffsetUnit::codepoint}) {
      const OffsetMap map(text, unit);
      // naive[b]: units of the characters starting before b.
      std::vector<uint32_t> naive(text.size() + 1, 0);
      uint32_t units = 0;
      for (std::size_t i = 0; i < text.size();) {
        const factlight::Decoded d = factlight::decode_utf8(text, i);
        units += unit == OffsetUnit::utf16 ? factlight::utf16_units(d.cp) : 1;
        for (std::size_t k = 1; k <= d.len; ++k) naive[i + k] = units;
        i += d.len;
      }
      for (uint32_t b = 0; b <= text.size(); ++b) {
        INFO(b);
        REQUIRE(map(b) == naive[b]);
      }
      CHECK(map(static_cast<uint32_t>(text.size() + 5)) == naive.back());
    }
  }
}

TEST_CASE("offset map counts each kind of invalid byte as one character, at any place", "[offsets]") {
  // Each invalid sequence (bytes that look like starts, continuations or wide leads) put at every
  // position of a 70-byte window, among characters of every length; against a naive count by decoding.
  const std::string bad[] = {"\x80", "\xBF\xBF", "\xC0\xAF", "\xE2\x82", "\xE2\x82" "a", "\xED\xA0\x80",
                             "\xF0\x80\x80\x80", "\xF4\x90\x80\x80", "\xF0\x9F\x98", "\xF5", "\xFF\xFE",
                             "\xF0\x9F\x98\x8A\x80"};
  std::string base;
  for (int i = 0; i < 12; ++i) base += i % 2 ? "ab\xC3\xA9 \xF0\x9F\x98\x8A" : "\xE2\x80\x9C" "xyzw ";
  for (const std::string& b : bad) {
    for (std::size_t at = 0; at < 70; ++at) {
      std::string text = base.substr(0, at) + b + base.substr(at);
      for (const std::string& t : {text, text.substr(0, at + b.size())}) {  // and the bad bytes last
        for (const OffsetUnit unit : {OffsetUnit::utf16, OffsetUnit::codepoint}) {
          std::vector<uint32_t> naive(t.size() + 1, 0);
          std::vector<uint32_t> invalid;
          uint32_t units = 0;
          for (std::size_t i = 0; i < t.size();) {
            const factlight::Decoded d = factlight::decode_utf8(t, i);
            if (!d.valid) invalid.push_back(static_cast<uint32_t>(i));
            units += unit == OffsetUnit::utf16 ? factlight::utf16_units(d.cp) : 1;
            for (std::size_t k = 1; k <= d.len; ++k) naive[i + k] = units;
            i += d.len;
          }
          const OffsetMap found(t, unit), given(t, unit, invalid);
          for (uint32_t k = 0; k <= t.size(); ++k) {
            INFO(at << " " << k);
            REQUIRE(found(k) == naive[k]);
            REQUIRE(given(k) == naive[k]);
          }
        }
      }
    }
  }
}
