// The numbers the JSON writer prints itself (span offsets and item ids, by its own decimal writer rather
// than the C library) have the right digits at every length: a figure placed after n spaces must come back
// as begin n, for n on each side of every power of ten up to 10^7; and ids count up through each length.
// (A round trip through a JSON parser alone would not notice a wrong digit, so the values are checked.)
#include <catch2/catch.hpp>
#include <cstdint>
#include <nlohmann/json.hpp>
#include <string>

#include "factlight/analyze.hpp"

namespace {

nlohmann::json analysed(const std::string& text) {
  const nlohmann::json j = nlohmann::json::parse(factlight::analyze_to_json(text), nullptr, false);
  REQUIRE_FALSE(j.is_discarded());
  return j;
}

}  // namespace

TEST_CASE("span offsets keep every digit, on each side of every power of ten", "[json]") {
  const std::string figure = "42 cats.";  // a count of two bytes: [n, n + 2)
  for (uint64_t power = 1; power <= 10000000; power *= 10) {
    for (uint64_t n : {power - 1, power, power + 1}) {
      if (n == 0) continue;
      INFO("figure after " << n << " spaces");
      const nlohmann::json j = analysed(std::string(n, ' ') + figure);
      REQUIRE(j["figures"].size() == 1);
      CHECK(j["figures"][0]["begin"].get<uint64_t>() == n);
      CHECK(j["figures"][0]["end"].get<uint64_t>() == n + 2);
      CHECK(j["length"].get<uint64_t>() == n + figure.size());
    }
  }
}

TEST_CASE("item ids count up through every length", "[json]") {
  // 12,345 figures, one per sentence: ids f1 ... f12345 in order, each once.
  std::string text;
  const int count = 12345;
  for (int i = 0; i < count; ++i) text += "We saw 7 owls. ";
  const nlohmann::json j = analysed(text);
  REQUIRE(j["figures"].size() == static_cast<std::size_t>(count));
  for (int i = 0; i < count; ++i) {
    const std::string id = j["figures"][i]["id"].get<std::string>();
    if (id != "f" + std::to_string(i + 1)) FAIL("figure " << i << " has id " << id);
  }
  CHECK(j["claims"].back()["id"].get<std::string>() == "c" + std::to_string(j["claims"].size()));
}
