// The check-worthiness features: the cues (from the word classes of claims_lexicon.cpp) and the n-grams
// of the lexical part. Everything is a pure function of the tokens, so the trainer and the scorer agree
// by construction.
#include "factlight/claims_features.hpp"

#include <algorithm>
#include <string_view>

#include "claims_lexicon.hpp"
#include "claims_words.hpp"
#include "factlight/claims_model.hpp"

namespace factlight {
namespace {

using namespace lexicon;

constexpr uint64_t bit(ClaimCue c) { return uint64_t{1} << c; }

// Lower-cased text of a token for the features, "" for tokens the features skip.
std::string feature_word(const Document& doc, uint32_t t) {
  const Token& tok = doc.tokens[t];
  switch (tok.kind) {
    case TokenKind::word: return normalized_word(doc, t);
    case TokenKind::number: return is_year_number(doc.token_text(t)) ? "1999" : "0";
    case TokenKind::symbol:
    case TokenKind::punct: {
      const std::string_view s = doc.token_text(t);
      if (s == "?" || s == "%" || s == "$" || s == "€" || s == "£" || s == "¥") return std::string(s);
      return "";
    }
    default: return "";
  }
}

}  // namespace

const char* cue_name(ClaimCue cue) {
  static const char* const kNames[kCueCount] = {
      "statistic", "percent",     "money",         "date",   "number_word", "comparison", "superlative",
      "change",    "cause",       "attribution",   "evidence", "prediction", "named_actor", "named_event",
      "law",       "vague_source", "question",     "greeting", "first_person_feeling", "opinion",
      "second_person", "third_person", "past_action", "short",   "medium",        "long"};
  return cue < kCueCount ? kNames[cue] : "";
}

const char* cue_reason(ClaimCue cue) {
  static const char* const kReasons[kCueCount] = {
      "states a statistic",
      "gives a percentage",
      "concerns money or the economy",
      "dates an event",
      "counts or compares in words",
      "makes a comparison",
      "makes a superlative or record claim",
      "describes a rise or a fall",
      "claims a cause or an effect",
      "attributes a statement to someone",
      "cites data, a study or a report",
      "makes a prediction",
      "names a person or an organisation",
      "reports an event with named actors",
      "concerns a law, a vote or a policy",
      "rests on unnamed sources",
      "asks a question",
      "is a greeting or thanks",
      "expresses a personal feeling or belief",
      "expresses an opinion",
      "addresses the listener",
      "is about someone else",
      "reports something done",
      "is very short",
      "",
      ""};
  return cue < kCueCount ? kReasons[cue] : "";
}

namespace lexicon {

namespace {

// A word's shape (WordShape) among the bits of the cue mask, above the word classes: a word token's only
// (no number or symbol has a shape).
constexpr unsigned kShapeShift = 41;
static_assert((kVagueStart >> kShapeShift) == 0, "shape bits overlap the word classes");
constexpr uint64_t kShapeEd = uint64_t{kEndsEd} << kShapeShift, kShapeLl = uint64_t{kEndsLl} << kShapeShift;

// The cues of the words (cues_of()), each word that is not kSkip also given to on_word as it is read (inline:
// logit_of()'s walk over the same words, in the same pass, keeps its state in registers).
template <class OnWord>
inline uint32_t walk_cues(const Document& doc, WordRange words, Scratch& scratch, OnWord&& on_word) {
  const uint64_t* const cue_mask = lexicon().cue_masks();
  const Token* const tokens = doc.tokens.data() + words.first;  // the words' tokens
  uint64_t mask = 0;
  uint32_t count = 0;
  bool named = false;
  WordId prev = kSkip;  // previous feature word, for two-word cues
  for (uint32_t i = 0; i < words.size; ++i) {
    const FeatureWord fw = words.words[i];
    const WordId w = fw.id;
    if (w == kSkip) continue;
    on_word(fw);
    uint64_t m = cue_mask[w];  // with the bits of a number's and a magnitude's or month's cues
    count += (m & kCounted) != 0;  // a word or a number
    if (static_cast<WordId>(w - kMay) < kNamedCount - kMay) {  // the words compared by name below (kMay on; most words are none of them)
      const Token& tok = tokens[i];
      if ((w == kMay || w == kMarch) && !(m & kMonth) && tok.has(kCapitalized) && !tok.has(kSentenceStart))
        m |= bit(kCueDate);
      // Two-word cues: "led to", "thanks to" (a cause, not thanks), "last year", "going to".
      if (w == kTo && (prev == kLed || prev == kLeads || prev == kLead)) m |= bit(kCueCause);
      if (w == kTo && prev == kThanks) mask |= bit(kCueCause);
      if ((w == kYearWord || w == kMonthWord || w == kWeekWord) && (prev == kLast || prev == kThis || prev == kNext))
        m |= bit(kCueDate);
      if ((w == kEvening || w == kMorning || w == kAfternoon) && prev == kGood) m |= bit(kCueGreeting);
    }
    if (m & kWordToken) {
      const Token& tok = tokens[i];
      if (tok.has(kCapitalized) && !tok.has(kSentenceStart) && !(m & kFirstPerson) &&
          !(m & (kMonth | bit(kCueDate))) && tok.first != U'I')
        named = true;
    }
    // A past tense (irregular, or a regular "-ed") and a "'ll", gathered with the classes: only word tokens
    // have either.
    mask |= m | uint64_t{fw.shape} << kShapeShift;
    prev = w;
  }
  const bool past = (mask & (kPastIrregular | kShapeEd)) != 0;
  const bool vague_source = (mask & kVagueStart) && vague_sources(doc, words, scratch, nullptr);
  uint64_t cues = mask & ((uint64_t{1} << kCueCount) - 1);
  if (mask & kShapeLl) cues |= bit(kCuePrediction);
  if (named) cues |= bit(kCueNamedActor);
  if (named && past) cues |= bit(kCueNamedEvent);
  if (past) cues |= bit(kCuePastAction);
  if (mask & kThirdPerson) cues |= bit(kCueThirdPerson);
  if ((mask & kFirstPerson) && (mask & kFeeling)) cues |= bit(kCueFirstPersonFeeling);
  if (vague_source) cues |= bit(kCueVagueSource);
  if (count <= 6) cues |= bit(kCueShort);
  else if (count <= 14) cues |= bit(kCueMedium);
  else if (count > 25) cues |= bit(kCueLong);
  return static_cast<uint32_t>(cues);
}

}  // namespace

uint32_t cues_of(const Document& doc, WordRange words, Scratch& scratch) {
  return walk_cues(doc, words, scratch, [](FeatureWord) {});
}

uint32_t score_sentence(const Document& doc, WordRange words, Scratch& scratch, SentenceScore& out) {
  GramWalk grams(lexicon(), scratch, claim_model().lexical_size);
  const uint32_t cues = walk_cues(doc, words, scratch, [&grams](FeatureWord fw) { grams.add(fw); });
  out.logit = logit_of(cues, grams, nullptr, nullptr, &out.wording);
  return cues;
}

ClaimCues cue_values(uint32_t cues) {
  ClaimCues values{};
  for (unsigned c = 0; c < kCueCount; ++c)
    if (cues & (uint32_t{1} << c)) values[c] = 1.0;
  return values;
}

}  // namespace lexicon

ClaimCues claim_cues(const Document& doc, uint32_t first_token, uint32_t token_end) {
  const lexicon::FeatureWords words(doc, first_token, token_end);
  lexicon::Scratch scratch;
  const lexicon::WordRange range = words.range(first_token, token_end);
  return lexicon::cue_values(lexicon::cues_of(doc, range, scratch));
}

void for_each_ngram(const Document& doc, uint32_t first_token, uint32_t token_end,
                    const std::function<void(const std::string&)>& emit) {
  std::string prev = "^", pair;
  for (uint32_t t = first_token; t < token_end; ++t) {
    std::string w = feature_word(doc, t);
    if (w.empty()) continue;
    emit(w);
    pair.assign(prev).append(1, ' ').append(w);
    emit(pair);
    prev = std::move(w);
  }
}

std::vector<std::string> claim_ngrams(const Document& doc, uint32_t first_token, uint32_t token_end) {
  std::vector<std::string> grams;
  for_each_ngram(doc, first_token, token_end, [&](const std::string& g) { grams.push_back(g); });
  std::sort(grams.begin(), grams.end());
  grams.erase(std::unique(grams.begin(), grams.end()), grams.end());
  return grams;
}

}  // namespace factlight
