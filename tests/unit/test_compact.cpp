// write_compact: the values of the JSON for the JS API, in three pieces (tests/js/compact.test.mjs checks
// the JS API's result built from them against the JSON; here, natively and under ASan, what the pieces
// are on texts the JS API cannot send: invalid UTF-8 included).
#include <catch2/catch.hpp>
#include <cstdint>
#include <cstring>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "factlight/analyze.hpp"
#include "factlight/json_writer.hpp"
#include "factlight/unicode.hpp"

namespace {

std::vector<std::string> g_pieces;
void collect(const char* data, std::size_t size) { g_pieces.emplace_back(data, size); }

uint32_t word(const std::string& w, std::size_t i) {
  uint32_t v;
  std::memcpy(&v, w.data() + 4 * i, 4);
  return v;
}

}  // namespace

TEST_CASE("write_compact's pieces: numbers, doubles, valid UTF-8 strings", "[api][compact]") {
  const std::string quotes(3000, '"');
  const std::vector<std::string> texts = {
      "",
      "Prices rose 12% in 2024, “a record,” said Mayor Ana Ruiz. She said costs were $4.5 million.",
      "Caf\xC3\xA9 \xFF\xFE “bad \xE2\x82 bytes,” said Jos\xC3 Ruiz\x80. Up 7 % \xF0\x9F\x98 on 2023.",
      quotes + " said 12 people " + quotes,
      std::string(20000, '7') + " percent, “yes,” they said.",
  };
  for (const std::string& text : texts) {
    for (const char* unit : {"utf8", "utf16", "codepoint"}) {
      factlight::Options o;
      REQUIRE(factlight::parse_offset_unit(unit, o.offsets));
      o.timings = true;
      const factlight::AnalyzeResult r = factlight::analyze(text, o);
      REQUIRE(r.ok());
      g_pieces.clear();
      factlight::write_compact(*r.analysis, o, collect);
      REQUIRE(g_pieces.size() == 3);
      const std::string& w = g_pieces[0];
      const std::string& f = g_pieces[1];
      const std::string& s = g_pieces[2];
      CHECK(w.size() % 4 == 0);
      CHECK(f.size() % 8 == 0);
      CHECK(factlight::sanitize_utf8(s) == s);  // valid, whatever the input
      const auto json = nlohmann::json::parse(factlight::to_json(*r.analysis, o));
      // The schema and the unit are the first two strings, the length the first number after them.
      REQUIRE(w.size() >= 12);
      CHECK(s.substr(0, word(w, 0)) == "factlight/1");
      CHECK(s.substr(word(w, 0), word(w, 1)) == unit);
      CHECK(word(w, 2) == json["length"].get<uint32_t>());
      // One double per quote and claim, three per figure, then the five timings.
      CHECK(f.size() / 8 == json["quotes"].size() + 3 * json["figures"].size() + json["claims"].size() + 5);
    }
  }
}
