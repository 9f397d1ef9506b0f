// The analyze() entry point, options and the factlight/1 JSON contract.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <string>

#include "factlight/analyze.hpp"
#include "factlight/options.hpp"

using Json = nlohmann::json;

TEST_CASE("every top-level field of factlight/1 is present", "[api]") {
  const Json j = Json::parse(factlight::analyze_to_json("Officials said 12 people were hurt."));
  for (const char* key : {"schema", "offsets", "length", "paragraphs", "sentences", "quotes", "speakers",
                          "figures", "claims", "findings"}) {
    INFO(key);
    CHECK(j.contains(key));
  }
  CHECK(j["schema"] == "factlight/1");
}

TEST_CASE("degenerate inputs give a valid result", "[api]") {
  const std::string inputs[] = {"", "   \n\t ", std::string("\0", 1), std::string("a\0b", 3),
                                "\xFF\xFE\xFD", "\xC0\xAF", "\xED\xA0\x80", "\"", "\xE2\x80\x9C",
                                std::string(1000, '"'), "1e400", "$$$"};
  for (const auto& in : inputs) {
    INFO(Json(std::string(in)).dump(-1, ' ', false, Json::error_handler_t::replace));
    const auto r = factlight::analyze(in);
    REQUIRE(r.ok());
    const Json j = Json::parse(factlight::analyze_to_json(in));
    CHECK(j["length"] == in.size());
  }
}

TEST_CASE("invalid UTF-8 is reported, not fatal", "[api]") {
  const Json j = Json::parse(factlight::analyze_to_json("Caf\xE9 owners said 40 jobs were lost."));
  bool found = false;
  for (const auto& f : j["findings"]) found = found || f["kind"] == "invalid_utf8";
  CHECK(found);
}

TEST_CASE("inputs over the limit are refused with a clear error", "[api]") {
  factlight::Options o;
  o.max_bytes = 10;
  const auto r = factlight::analyze("this text is longer than ten bytes", o);
  CHECK_FALSE(r.ok());
  CHECK(r.error.find("maxBytes") != std::string::npos);
  const Json j = Json::parse(factlight::analyze_to_json("this text is longer than ten bytes", o));
  CHECK(j.contains("error"));
}

TEST_CASE("options parse from JSON and reject mistakes", "[api]") {
  struct Case {
    const char* json;
    bool ok;
  };
  const Case cases[] = {
      {"", true},
      {"{}", true},
      {R"({"offsets":"utf16"})", true},
      {R"({"layers":{"claims":false,"quotes":true}})", true},
      {R"({"maxBytes":1000})", true},
      {R"({"offsets":"utf32"})", false},
      {R"({"layers":{"claimz":false}})", false},
      {R"({"layers":{"claims":"no"}})", false},
      {R"({"maxBytes":-1})", false},
      {R"({"colour":"red"})", false},
      {"[1,2]", false},
      {"{not json", false},
  };
  for (const auto& c : cases) {
    INFO(c.json);
    const auto r = factlight::parse_options(c.json);
    CHECK(r.ok() == c.ok);
    if (!c.ok) CHECK_FALSE(r.error.empty());
  }
}

TEST_CASE("layers switched off are absent from the output", "[api]") {
  factlight::Options o;
  o.layers.figures = false;
  o.layers.claims = false;
  const Json j = Json::parse(factlight::analyze_to_json("Officials said 12 people were hurt.", o));
  CHECK(j["figures"].empty());
  CHECK(j["claims"].empty());
}
