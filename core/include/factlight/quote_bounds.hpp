// The learned boundary chooser of quotations with marks. The quote rules (quotes.cpp) find each
// attribution and a start and an end for what was said; for an attributed quotation whose content holds
// a quotation mark, the rules' start is one candidate among the other token boundaries between its cue
// (or the sentence start) and the first mark, one inside that mark too; the rules' end one among the
// boundaries from the last closing mark to the end of its clause. A logistic model over the words,
// punctuation and layout around each candidate (softmax over the candidates of one boundary) picks one.
// Its weights live in the generated core/src/quote_bounds_model.cpp, written by scripts/train-quote-bounds
// (cli/train_quote_bounds.cpp) from PolNeAR train; this header is the contract between them.
#pragma once
#include <cstddef>
#include <cstdint>
#include <vector>

#include "factlight/document.hpp"
#include "factlight/model.hpp"

namespace factlight::quote_bounds {

constexpr uint32_t kFeatureBits = 16;  // features are hashed into 2^kFeatureBits slots
constexpr int32_t kScale = 64;         // weights are fixed point: value / kScale, in [-127, 127]

// The shipped weights: kWeightCount feature slots, ascending, and their values in the same order. The slots
// are stored as gaps, a byte each (half the size of the slots themselves, and it compresses better): each
// byte the distance from the previous slot (the first from -1), a 0 byte a step of kGapEscape slots with no
// weight, for the rare gap that does not fit.
extern const uint8_t kFeatureGaps[];
extern const std::size_t kFeatureGapCount;
extern const int8_t kValues[];
extern const std::size_t kWeightCount;

constexpr uint32_t kGapEscape = 255;

// Appends to `gaps` the encoding of `slots` (strictly ascending, each below 2^kFeatureBits).
inline void encode_feature_gaps(const std::vector<uint16_t>& slots, std::vector<uint8_t>& gaps) {
  int64_t previous = -1;
  for (uint16_t slot : slots) {
    int64_t gap = int64_t{slot} - previous;
    for (; gap > int64_t{kGapEscape}; gap -= kGapEscape) gaps.push_back(0);
    gaps.push_back(static_cast<uint8_t>(gap));
    previous = slot;
  }
}

// Calls f(slot, i) for each of the count slots encoded in gaps[0, gap_count), i = 0, 1, ...
template <class F>
void decode_feature_gaps(const uint8_t* gaps, std::size_t gap_count, F&& f) {
  uint32_t slot = ~uint32_t{0};  // -1: the first gap counts from there
  std::size_t i = 0;
  for (std::size_t g = 0; g < gap_count; ++g) {
    if (gaps[g] == 0) {
      slot += kGapEscape;
      continue;
    }
    slot += gaps[g];
    f(slot, i++);
  }
}

// What the trainer (and the tests) hear of each boundary the chooser decides: the boundary, then each of its
// candidates, the rules' own first, as a byte offset into the text with its hashed feature slots.
class Recorder {
 public:
  virtual ~Recorder() = default;
  // start: the start of `fragment` (the rules' first fragment) or else the end of it (the last fragment)
  virtual void boundary(bool start, ByteSpan fragment) = 0;
  virtual void candidate(uint32_t byte, const uint32_t* features, std::size_t count) = 0;
};

// Finds quotes as extract_quotes() does, telling `recorder` (if any) every boundary choice; with
// use_model false the rules' boundaries are kept (the trainer learns from those candidates).
void extract_quotes_traced(const Document& doc, std::vector<Quote>& quotes, std::vector<Finding>& findings,
                           Recorder* recorder, bool use_model);

}  // namespace factlight::quote_bounds
