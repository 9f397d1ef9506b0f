// Option "spanTexts": false writes each span's "text" as null and changes nothing else.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <string>

#include "factlight/analyze.hpp"
#include "factlight/options.hpp"

using Json = nlohmann::ordered_json;

namespace {

// `j` with null for "text" in every object that also has "begin" and "end".
Json without_span_texts(Json j) {
  if (j.is_array()) {
    for (auto& v : j) v = without_span_texts(v);
  } else if (j.is_object()) {
    const bool span = j.contains("begin") && j.contains("end");
    for (auto& [key, v] : j.items()) v = span && key == "text" ? Json() : without_span_texts(v);
  }
  return j;
}

// How many "text" values are strings.
std::size_t count_texts(const Json& j) {
  std::size_t n = 0;
  if (j.is_array())
    for (const auto& v : j) n += count_texts(v);
  if (j.is_object())
    for (const auto& [key, v] : j.items()) n += (key == "text" && v.is_string()) + count_texts(v);
  return n;
}

}  // namespace

TEST_CASE("spanTexts parses as a boolean and defaults to on", "[api][options]") {
  CHECK(factlight::parse_options("").options.span_texts);
  CHECK(factlight::parse_options(R"({"spanTexts":true})").options.span_texts);
  CHECK_FALSE(factlight::parse_options(R"({"spanTexts":false})").options.span_texts);
  const auto bad = factlight::parse_options(R"({"spanTexts":0})");
  CHECK_FALSE(bad.ok());
  CHECK(bad.error.find("spanTexts") != std::string::npos);
}

TEST_CASE("spanTexts false nulls exactly the span texts", "[api][options]") {
  // Every kind of span with a text: a quote with cue and speaker, a scare quote, figures with a subject,
  // claims, findings with related spans, in several offset units and with non-ASCII text before them.
  const std::string text =
      "\xF0\x9F\x98\x8A \xE2\x80\x9CWe will build 300 homes by March,\xE2\x80\x9D said Mayor Ana Ruiz. "
      "Prices rose 12% in 2024, according to the \xE2\x80\x9Chousing\xE2\x80\x9D office. Unemployment fell "
      "to 4.1 percent. Unemployment fell to 5.3 percent.\n\nRuiz said the council \xE2\x80\x9Chas no "
      "choice\xE2\x80\x9D. Caf\xE9 owners said 40 jobs were lost.";
  for (const auto unit : {factlight::OffsetUnit::utf8, factlight::OffsetUnit::utf16, factlight::OffsetUnit::codepoint}) {
    factlight::Options full;
    full.offsets = unit;
    factlight::Options bare = full;
    bare.span_texts = false;
    const Json with = Json::parse(factlight::analyze_to_json(text, full));
    const Json without = Json::parse(factlight::analyze_to_json(text, bare));
    INFO(factlight::offset_unit_name(unit));
    CHECK(count_texts(with) > 5);
    CHECK(count_texts(without) == 0);
    CHECK(without == without_span_texts(with));  // ordered_json: the key order is the same too
  }
}
