// The streaming JSON writer formats exactly as nlohmann's dump() would: parse its output with
// nlohmann (key order kept) and dump it again, compact and pretty; the text must not change.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <string>

#include "factlight/analyze.hpp"
#include "factlight/json_writer.hpp"

using OrderedJson = nlohmann::ordered_json;

namespace {

void check_round_trip(const std::string& text, factlight::Options options) {
  const auto r = factlight::analyze(text, options);
  REQUIRE(r.ok());
  for (int indent : {-1, 2, 4}) {
    INFO("indent " << indent);
    const std::string out = factlight::to_json(*r.analysis, options, indent);
    const OrderedJson j = OrderedJson::parse(out, nullptr, false);
    REQUIRE_FALSE(j.is_discarded());
    CHECK(j.dump(indent) == out);
  }
}

}  // namespace

TEST_CASE("the JSON writer's output is what nlohmann would dump, in every offset unit", "[json]") {
  const std::string texts[] = {
      "",
      "Officials said 12 people were hurt, up 3.5% on last year.",
      "\"We will win,\" said Anna Petrova, 42. \xE2\x80\x9CIt\xE2\x80\x99s over,\xE2\x80\x9D he "
      "said.\n\n"
      "The fund lost $1.2 billion (about \xE2\x82\xAC"
      "1.1bn) in 2023; experts say 40% of it.\n"
      "Emoji \xF0\x9F\x98\x80 before \"a quote\" and a \\ backslash.",
      // Control characters, a tab, CR LF, DEL and invalid bytes all have to be escaped or replaced.
      std::string("Tab\there, bell\x07, nul\0 and \x1F; \"q\x01uote\" said Bob.\r\nDEL \x7F ok.",
                  58),
      "Bad \xFF\xFE bytes, a cut \xE2\x80 sequence, an overlong \xC0\xAF and a surrogate "
      "\xED\xA0\x80.",
  };
  for (const auto& text : texts) {
    INFO(OrderedJson(text).dump(-1, ' ', false, OrderedJson::error_handler_t::replace));
    for (auto unit : {factlight::OffsetUnit::utf8, factlight::OffsetUnit::utf16,
                      factlight::OffsetUnit::codepoint}) {
      factlight::Options options;
      options.offsets = unit;
      check_round_trip(text, options);
    }
    factlight::Options timed;
    timed.timings = true;  // fractional milliseconds: nlohmann's shortest round-trip doubles
    check_round_trip(text, timed);
  }
}

TEST_CASE("the JSON writer escapes what JSON requires and nothing else", "[json]") {
  const std::string text = std::string("He said \"a\\b\x01\" \xC3\xA9t\xC3\xA9.", 20);
  const std::string out = factlight::analyze_to_json(text);
  CHECK(out.find(R"(\"a\\b\u0001\")") != std::string::npos);
  CHECK(out.find("\xC3\xA9t\xC3\xA9") != std::string::npos);  // UTF-8 passes through unescaped
}
