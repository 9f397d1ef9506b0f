// ClaimReview export: which claims, what each skeleton holds, and the claimIds option.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <string>

#include "factlight/claimreview.hpp"
#include "factlight/extractors.hpp"

using namespace factlight;
using Json = nlohmann::json;

namespace {

const std::string kText =
    "Thank you all for coming. Unemployment rose to 12 percent in March, the highest since 1990. "
    "Is that right? The government spent $4 billion on the program last year.";

Json export_json(const std::string& text, const std::string& options_json, Options defaults = {}) {
  defaults.claim_threshold = 0.5;
  const OptionsResult o = parse_options(options_json, defaults);
  REQUIRE(o.ok());
  return Json::parse(claimreview_to_json(text, o.options));
}

}  // namespace

TEST_CASE("claimreview exports the claims at or above the threshold, in text order", "[claimreview]") {
  const Json j = export_json(kText, "");
  REQUIRE(j.is_array());
  REQUIRE(j.size() == 2);
  CHECK(j[0]["factlight"]["claim"] == "c2");
  CHECK(j[1]["factlight"]["claim"] == "c4");
  for (const Json& r : j) {
    CHECK(r["@context"] == "https://schema.org");
    CHECK(r["@type"] == "ClaimReview");
    CHECK(r["itemReviewed"]["@type"] == "Claim");
    CHECK(r["reviewRating"]["@type"] == "Rating");
    CHECK(r["reviewRating"]["ratingValue"].is_null());  // left for the fact-checker
    CHECK(r["factlight"]["score"].get<double>() >= 0.5);
    const auto b = r["factlight"]["begin"].get<std::size_t>(), e = r["factlight"]["end"].get<std::size_t>();
    CHECK(kText.substr(b, e - b) == r["claimReviewed"].get<std::string>());
  }
  CHECK(export_json(kText, R"({"claimThreshold": 0})").size() == 4);
  CHECK(export_json(kText, R"({"claimThreshold": 1})").empty());
}

TEST_CASE("claimIds choose the claims, whatever their score", "[claimreview]") {
  const Json j = export_json(kText, R"({"claimIds": ["c3", "c1", "c3"]})");
  REQUIRE(j.size() == 2);
  CHECK(j[0]["factlight"]["claim"] == "c1");
  CHECK(j[0]["claimReviewed"] == "Thank you all for coming.");
  CHECK(j[1]["factlight"]["claim"] == "c3");
  const Json bad = export_json(kText, R"({"claimIds": ["c9"]})");
  REQUIRE(bad.is_object());
  CHECK(bad["error"].get<std::string>().find("c9") != std::string::npos);
}

TEST_CASE("claimIds must be claim ids", "[claimreview]") {
  for (const char* bad : {R"({"claimIds": "c1"})", R"({"claimIds": [1]})", R"({"claimIds": ["q1"]})",
                          R"({"claimIds": ["c"]})", R"({"claimIds": ["c0"]})", R"({"claimIds": ["c1x"]})",
                          R"({"claimIds": ["c12345678901"]})"}) {
    INFO(bad);
    CHECK_FALSE(parse_options(bad).ok());
  }
  CHECK(parse_options(R"({"claimIds": ["c1", "c20"]})").options.claim_ids == std::vector<uint32_t>{1, 20});
}

TEST_CASE("offsets follow the offsets option", "[claimreview]") {
  const std::string text = "Hi \xF0\x9F\x98\x80. Unemployment rose to 12 percent in March, the highest since 1990.";
  const Json utf8 = export_json(text, R"({"offsets": "utf8"})");
  const Json utf16 = export_json(text, R"({"offsets": "utf16"})");
  REQUIRE(utf8.size() == 1);
  REQUIRE(utf16.size() == 1);
  CHECK(utf8[0]["factlight"]["begin"] == 9);   // "Hi ", 4 bytes of emoji, ". "
  CHECK(utf16[0]["factlight"]["begin"] == 7);  // "Hi ", a surrogate pair, ". "
  CHECK(utf16[0]["factlight"]["offsets"] == "utf16");
}

TEST_CASE("the quoted speaker is the claim's author", "[claimreview]") {
  const std::string text = "\xE2\x80\x9CWe lost 40 jobs in March,\xE2\x80\x9D said Anna Berg. It rained.";
  Analysis a(text);
  Quote q;
  q.id = 1;
  q.span = {0, static_cast<uint32_t>(text.find(" said"))};
  q.fragments = {q.span};
  q.speaker = ByteSpan{static_cast<uint32_t>(text.find("Anna")), static_cast<uint32_t>(text.find(". It"))};
  q.speaker_name = "Anna Berg";
  q.speaker_kind = SpeakerKind::person;
  a.quotes = {q};
  score_claims(a.doc, a.figures, a.quotes, 0.0, a.claims);
  Options o;
  o.claim_ids = {1, 2};
  std::string error;
  const Json j = Json::parse(claimreview_json(a, o, -1, error));
  REQUIRE(error.empty());
  REQUIRE(j.size() == 2);
  CHECK(j[0]["itemReviewed"]["author"] == Json{{"@type", "Person"}, {"name", "Anna Berg"}});
  CHECK(j[1]["itemReviewed"]["author"].is_null());
}

TEST_CASE("claimreview passes errors through as values", "[claimreview]") {
  Options o;
  o.max_bytes = 4;
  const Json j = Json::parse(claimreview_to_json("longer than four bytes", o));
  CHECK(j.contains("error"));
  const Json invalid = Json::parse(claimreview_to_json("Caf\xE9 owners said 40 jobs were lost in 2020.", Options{}));
  CHECK(invalid.is_array());
}
