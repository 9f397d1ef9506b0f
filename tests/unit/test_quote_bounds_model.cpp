// The boundary chooser's weights are stored as gaps between feature slots (quote_bounds.hpp): the
// encoding the trainer writes must decode to the slots it was given, and the shipped model must
// decode to exactly kWeightCount ascending slots inside the hash space.
#include <catch2/catch.hpp>
#include <cstdint>
#include <vector>

#include "factlight/quote_bounds.hpp"

namespace qb = factlight::quote_bounds;

namespace {

std::vector<uint32_t> decode(const std::vector<uint8_t>& gaps) {
  std::vector<uint32_t> slots;
  qb::decode_feature_gaps(gaps.data(), gaps.size(), [&](uint32_t slot, std::size_t i) {
    CHECK(i == slots.size());
    slots.push_back(slot);
  });
  return slots;
}

}  // namespace

TEST_CASE("feature gaps: encode then decode gives the slots back", "[quote_bounds]") {
  const std::vector<std::vector<uint16_t>> cases = {
      {},
      {0},
      {65535},
      {0, 1, 2, 65535},
      {254, 255, 256},       // the first gap counts from -1: 255, then 1, 1
      {300, 555, 810, 811},  // gaps of exactly 255 need no escape
      {1000, 1256, 40000},   // gaps of 256 and more do
  };
  for (const auto& slots : cases) {
    std::vector<uint8_t> gaps;
    qb::encode_feature_gaps(slots, gaps);
    CHECK(decode(gaps) == std::vector<uint32_t>(slots.begin(), slots.end()));
  }
  std::vector<uint8_t> gaps;
  qb::encode_feature_gaps({65535}, gaps);
  CHECK(gaps.size() == 65536 / qb::kGapEscape + 1);  // escapes, then what is left
}

TEST_CASE("the shipped model decodes to kWeightCount ascending slots", "[quote_bounds]") {
  std::vector<uint8_t> gaps(qb::kFeatureGaps, qb::kFeatureGaps + qb::kFeatureGapCount);
  const std::vector<uint32_t> slots = decode(gaps);
  REQUIRE(slots.size() == qb::kWeightCount);
  uint32_t last = 0;
  for (std::size_t i = 0; i < slots.size(); ++i) {
    CHECK(slots[i] < (uint32_t{1} << qb::kFeatureBits));
    if (i > 0) CHECK(slots[i] > last);
    last = slots[i];
    CHECK(qb::kValues[i] != 0);  // the trainer keeps only the weights that are not zero
  }
}
