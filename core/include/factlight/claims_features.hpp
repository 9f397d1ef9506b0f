// What makes a sentence worth checking, as numbers a linear model can weigh.
// One definition, used both by the scorer in the core (claims.cpp) and by the trainer that fits the
// weights (cli/train_claims.cpp), so the shipped weights always mean the same features.
// Features read only the Document's tokens: they do not depend on the figures or quotes extractors,
// whose output may change without the model being refitted.
#pragma once
#include <array>
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "factlight/document.hpp"

namespace factlight {

// Cues a person recognises. The order is part of the model file: append only, then refit.
enum ClaimCue : uint8_t {
  kCueStatistic,     // a count or amount that is not a year: "800,000", "hundreds of thousands"
  kCuePercent,       // "%", "percent"
  kCueMoney,         // "$", "€", "dollars", "budget of"
  kCueDate,          // a year, a month, "three years ago"
  kCueNumberWord,    // "two", "a third", "half", "doubled"
  kCueComparison,    // "more than", "fewer", "higher than"
  kCueSuperlative,   // "the highest since", "record", "more than ever", "first"
  kCueChange,        // "rose", "fell", "increased", "cut"
  kCueCause,         // "led to", "because of", "has placed a strain on"
  kCueAttribution,   // "said", "according to", "reported"
  kCueEvidence,      // "study", "survey", "data", "report"
  kCuePrediction,    // "will", "is expected to", "forecast"
  kCueNamedActor,    // a capitalised name inside the sentence: "Putin", "Congress"
  kCueNamedEvent,    // a named actor and a past-tense verb: "Putin dismissed a proposed truce"
  kCueLaw,           // "bill", "law", "voted", "tax", "program"
  kCueVagueSource,   // "experts note", "critics say", "it is believed"
  kCueQuestion,      // ends with or contains "?"
  kCueGreeting,      // "thank you", "good evening", "welcome"
  kCueFirstPersonFeeling,  // "I think", "I feel", "we hope"
  kCueOpinion,       // "should", "must", "great", "terrible"
  kCueSecondPerson,  // "you"
  kCueThirdPerson,   // "he", "she", "they": a statement about someone else
  kCuePastAction,    // a verb in the past tense: "took away", "terminated", "has banned"
  kCueShort,         // at most 6 words
  kCueMedium,        // 7 to 14 words
  kCueLong,          // more than 25 words
  kCueCount
};

// A short name for the model file, and the cue as a reason a person understands ("" for the length
// bins, which explain nothing on their own).
const char* cue_name(ClaimCue cue);
const char* cue_reason(ClaimCue cue);

using ClaimCues = std::array<double, kCueCount>;

// The cues of the tokens [first_token, token_end) of doc (one sentence, or a whole short text).
ClaimCues claim_cues(const Document& doc, uint32_t first_token, uint32_t token_end);

// The lexical part: lower-cased words and adjacent word pairs of the same tokens, numbers folded to
// "0" (and years to "1999"), "^" marking the start. Sorted and without repeats.
std::vector<std::string> claim_ngrams(const Document& doc, uint32_t first_token, uint32_t token_end);
// The same grams one at a time, in text order and with repeats, without keeping them.
void for_each_ngram(const Document& doc, uint32_t first_token, uint32_t token_end,
                    const std::function<void(const std::string&)>& emit);

}  // namespace factlight
