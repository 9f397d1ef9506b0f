// The fitted check-worthiness model: a logistic regression over the cues and a few hundred words and word
// pairs (claims_features.hpp). Its weights live in the generated core/src/claims_model.cpp, written by
// scripts/train-claims; this header is the contract between that file, the scorer and the trainer.
#pragma once
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "factlight/claims_features.hpp"

namespace factlight {

struct LexicalWeight {
  const char* gram;  // a word or "word word", as claim_ngrams() writes it
  double weight;
};

// How the generated file stores the grams and their weights (no table of pointers and doubles to ship):
// the grams in order, each ended by '\n', and the weights in ten-thousandths (w / 10000.0 is the very
// double of the four-decimal literal). unpack_lexical() turns them into LexicalWeights, once; `grams` holds
// the text they point into.
struct UnpackedLexical {
  std::string grams;
  std::vector<LexicalWeight> weights;
};
UnpackedLexical unpack_lexical(const char* grams, std::size_t grams_size, const int16_t* weights,
                               std::size_t count);

struct ClaimModel {
  double bias = 0.0;
  const double* cue_weights = nullptr;  // kCueCount weights, in ClaimCue order
  const LexicalWeight* lexical = nullptr;  // sorted by gram (byte order), no repeats
  std::size_t lexical_size = 0;
};

// The shipped model. Its bias is shifted so that a score of 0.5 is the threshold chosen on held-out data:
// at or above 0.5 a sentence counts as check-worthy.
const ClaimModel& claim_model();

// What the linear part adds up to, term by term, so the reasons can say what weighed most.
struct ClaimLogit {
  double total = 0.0;
  ClaimCues cue_terms{};               // weight * value of each cue
  std::vector<LexicalWeight> lexical;  // the grams present in the model with their weights, in gram order
};
ClaimLogit claim_logit(const ClaimModel& model, const ClaimCues& cues, const std::vector<std::string>& ngrams);
// The same for the tokens [first_token, token_end) of doc, looking each gram up as it comes: memory stays
// bounded by the model, not by the length of the sentence. Same terms, same order, same total.
ClaimLogit claim_logit(const ClaimModel& model, const Document& doc, uint32_t first_token, uint32_t token_end);

// The logistic of a logit, in [0, 1].
double claim_probability(double logit);

}  // namespace factlight
