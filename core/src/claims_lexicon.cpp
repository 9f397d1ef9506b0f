// The vocabulary of claims_lexicon.hpp: the cue words, the vague-source words, the words the code names and
// the words of the shipped model's grams, each with its classes; and the feature word of a token.
#include "claims_lexicon.hpp"

#include <cstring>

#include "factlight/claims_features.hpp"
#include "factlight/claims_model.hpp"
#include "claims_words.hpp"
#include "size_hints.hpp"
#include "factlight/unicode.hpp"

namespace factlight {
namespace lexicon {
namespace {

constexpr uint64_t bit(ClaimCue c) { return uint64_t{1} << c; }
static_assert(kCueCount <= 32, "cue bits overlap the word classes");

// The words of Named, in its order.
constexpr std::string_view kNamedWords[kNamedCount] = {
    "", "", "^", "0", "1999", "?",
    "may", "march", "to", "led", "leads", "lead", "thanks", "year", "month", "week", "last", "this",
    "next", "evening", "morning", "afternoon", "good",
    "it", "is", "was", "has", "had", "been", "widely", "according", "a", "source", "report", "familiar",
    "close", "told", "sources", "some", "many", "others", "people"};

// The symbols that are feature words of their own.
constexpr std::string_view kSymbols[] = {"%", "$", "\xE2\x82\xAC", "\xC2\xA3", "\xC2\xA5"};

// The cue words (claims_features.cpp turns their classes into cues).
struct Entry {
  std::string_view word;
  uint64_t mask;
};

constexpr Entry kWords[] = {
    {"hundred", kMagnitude}, {"hundreds", kMagnitude}, {"thousand", kMagnitude}, {"thousands", kMagnitude},
    {"million", kMagnitude}, {"millions", kMagnitude}, {"billion", kMagnitude}, {"billions", kMagnitude},
    {"trillion", kMagnitude}, {"trillions", kMagnitude}, {"dozen", kMagnitude}, {"dozens", kMagnitude},
    {"percent", bit(kCuePercent)}, {"percentage", bit(kCuePercent)}, {"%", bit(kCuePercent)},
    {"$", bit(kCueMoney)}, {"€", bit(kCueMoney)}, {"£", bit(kCueMoney)}, {"¥", bit(kCueMoney)},
    {"dollars", bit(kCueMoney)}, {"dollar", bit(kCueMoney)}, {"cents", bit(kCueMoney)},
    {"euros", bit(kCueMoney)}, {"budget", bit(kCueMoney)}, {"deficit", bit(kCueMoney)},
    {"debt", bit(kCueMoney)}, {"spending", bit(kCueMoney)}, {"spent", bit(kCueMoney)},
    {"cost", bit(kCueMoney)}, {"costs", bit(kCueMoney)}, {"paid", bit(kCueMoney)},
    {"wages", bit(kCueMoney)}, {"salary", bit(kCueMoney)}, {"income", bit(kCueMoney)},
    {"revenue", bit(kCueMoney)}, {"funding", bit(kCueMoney)}, {"economy", bit(kCueMoney)},
    {"january", kMonth}, {"february", kMonth}, {"april", kMonth}, {"june", kMonth}, {"july", kMonth},
    {"august", kMonth}, {"september", kMonth}, {"october", kMonth}, {"november", kMonth},
    {"december", kMonth}, {"ago", bit(kCueDate)}, {"yesterday", bit(kCueDate)}, {"decade", bit(kCueDate)},
    {"decades", bit(kCueDate)}, {"century", bit(kCueDate)}, {"monday", kMonth}, {"tuesday", kMonth},
    {"wednesday", kMonth}, {"thursday", kMonth}, {"friday", kMonth}, {"saturday", kMonth}, {"sunday", kMonth},
    {"two", bit(kCueNumberWord)}, {"three", bit(kCueNumberWord)}, {"four", bit(kCueNumberWord)},
    {"five", bit(kCueNumberWord)}, {"six", bit(kCueNumberWord)}, {"seven", bit(kCueNumberWord)},
    {"eight", bit(kCueNumberWord)}, {"nine", bit(kCueNumberWord)}, {"ten", bit(kCueNumberWord)},
    {"eleven", bit(kCueNumberWord)}, {"twelve", bit(kCueNumberWord)}, {"twenty", bit(kCueNumberWord)},
    {"thirty", bit(kCueNumberWord)}, {"forty", bit(kCueNumberWord)}, {"fifty", bit(kCueNumberWord)},
    {"sixty", bit(kCueNumberWord)}, {"seventy", bit(kCueNumberWord)}, {"eighty", bit(kCueNumberWord)},
    {"ninety", bit(kCueNumberWord)}, {"half", bit(kCueNumberWord)}, {"third", bit(kCueNumberWord)},
    {"quarter", bit(kCueNumberWord)}, {"twice", bit(kCueNumberWord)}, {"double", bit(kCueNumberWord)},
    {"triple", bit(kCueNumberWord)}, {"majority", bit(kCueNumberWord)},
    {"more", bit(kCueComparison)}, {"less", bit(kCueComparison)}, {"fewer", bit(kCueComparison)},
    {"than", bit(kCueComparison)}, {"higher", bit(kCueComparison)}, {"lower", bit(kCueComparison)},
    {"larger", bit(kCueComparison)}, {"smaller", bit(kCueComparison)}, {"bigger", bit(kCueComparison)},
    {"greater", bit(kCueComparison)}, {"compared", bit(kCueComparison)}, {"versus", bit(kCueComparison)},
    {"faster", bit(kCueComparison)}, {"slower", bit(kCueComparison)}, {"cheaper", bit(kCueComparison)},
    {"most", bit(kCueSuperlative)}, {"least", bit(kCueSuperlative)}, {"highest", bit(kCueSuperlative)},
    {"lowest", bit(kCueSuperlative)}, {"largest", bit(kCueSuperlative)}, {"biggest", bit(kCueSuperlative)},
    {"smallest", bit(kCueSuperlative)}, {"greatest", bit(kCueSuperlative)}, {"record", bit(kCueSuperlative)},
    {"ever", bit(kCueSuperlative)}, {"first", bit(kCueSuperlative)}, {"fastest", bit(kCueSuperlative)},
    {"richest", bit(kCueSuperlative)}, {"poorest", bit(kCueSuperlative)},
    {"rose", bit(kCueChange)}, {"risen", bit(kCueChange)}, {"rising", bit(kCueChange)},
    {"fell", bit(kCueChange)}, {"fallen", bit(kCueChange)}, {"increase", bit(kCueChange)},
    {"increased", bit(kCueChange)}, {"increases", bit(kCueChange)}, {"decrease", bit(kCueChange)},
    {"decreased", bit(kCueChange)}, {"grew", bit(kCueChange)}, {"grown", bit(kCueChange)},
    {"growth", bit(kCueChange)}, {"doubled", bit(kCueChange)}, {"tripled", bit(kCueChange)},
    {"cut", bit(kCueChange)}, {"cuts", bit(kCueChange)}, {"dropped", bit(kCueChange)},
    {"declined", bit(kCueChange)}, {"decline", bit(kCueChange)}, {"reduced", bit(kCueChange)},
    {"raised", bit(kCueChange)}, {"lost", bit(kCueChange) | kPastIrregular},
    {"gained", bit(kCueChange)}, {"created", bit(kCueChange)}, {"jumped", bit(kCueChange)},
    {"soared", bit(kCueChange)}, {"plunged", bit(kCueChange)}, {"fled", kPastIrregular},
    {"because", bit(kCueCause)}, {"caused", bit(kCueCause)}, {"cause", bit(kCueCause)},
    {"causes", bit(kCueCause)}, {"due", bit(kCueCause)}, {"result", bit(kCueCause)},
    {"resulted", bit(kCueCause)}, {"strain", bit(kCueCause)}, {"blamed", bit(kCueCause)},
    {"responsible", bit(kCueCause)}, {"consequence", bit(kCueCause)}, {"effect", bit(kCueCause)},
    {"impact", bit(kCueCause)}, {"drove", bit(kCueCause)}, {"driven", bit(kCueCause)},
    {"fueled", bit(kCueCause)}, {"triggered", bit(kCueCause)}, {"prevented", bit(kCueCause)},
    {"said", bit(kCueAttribution) | kPastIrregular}, {"says", bit(kCueAttribution)},
    {"told", bit(kCueAttribution) | kPastIrregular}, {"according", bit(kCueAttribution)},
    {"reported", bit(kCueAttribution)}, {"announced", bit(kCueAttribution)},
    {"stated", bit(kCueAttribution)}, {"claimed", bit(kCueAttribution)},
    {"confirmed", bit(kCueAttribution)}, {"admitted", bit(kCueAttribution)},
    {"testified", bit(kCueAttribution)}, {"wrote", bit(kCueAttribution) | kPastIrregular},
    {"noted", bit(kCueAttribution)}, {"estimated", bit(kCueAttribution)},
    {"acknowledged", bit(kCueAttribution)}, {"stating", bit(kCueAttribution)},
    {"added", bit(kCueAttribution)}, {"explained", bit(kCueAttribution)}, {"insisted", bit(kCueAttribution)},
    {"argued", bit(kCueAttribution)}, {"emphasized", bit(kCueAttribution)}, {"warned", bit(kCueAttribution)},
    {"stressed", bit(kCueAttribution)}, {"revealed", bit(kCueAttribution)}, {"disclosed", bit(kCueAttribution)},
    {"estimates", bit(kCueAttribution)}, {"quoted", bit(kCueAttribution)}, {"cited", bit(kCueAttribution)},
    {"study", bit(kCueEvidence)}, {"studies", bit(kCueEvidence)}, {"survey", bit(kCueEvidence)},
    {"poll", bit(kCueEvidence)}, {"polls", bit(kCueEvidence)}, {"data", bit(kCueEvidence)},
    {"report", bit(kCueEvidence)}, {"statistics", bit(kCueEvidence)}, {"census", bit(kCueEvidence)},
    {"figures", bit(kCueEvidence)}, {"research", bit(kCueEvidence)}, {"evidence", bit(kCueEvidence)},
    {"records", bit(kCueEvidence)},
    {"will", bit(kCuePrediction)}, {"won't", bit(kCuePrediction)}, {"going", bit(kCuePrediction)},
    {"expected", bit(kCuePrediction)}, {"expect", bit(kCuePrediction)}, {"forecast", bit(kCuePrediction)},
    {"predicted", bit(kCuePrediction)}, {"predict", bit(kCuePrediction)}, {"projected", bit(kCuePrediction)},
    {"likely", bit(kCuePrediction)}, {"would", bit(kCuePrediction)},
    {"bill", bit(kCueLaw)}, {"bills", bit(kCueLaw)}, {"law", bit(kCueLaw)}, {"laws", bit(kCueLaw)},
    {"legislation", bit(kCueLaw)}, {"voted", bit(kCueLaw)}, {"vote", bit(kCueLaw)}, {"votes", bit(kCueLaw)},
    {"tax", bit(kCueLaw)}, {"taxes", bit(kCueLaw)}, {"program", bit(kCueLaw)}, {"programs", bit(kCueLaw)},
    {"policy", bit(kCueLaw)}, {"regulation", bit(kCueLaw)}, {"regulations", bit(kCueLaw)},
    {"treaty", bit(kCueLaw)}, {"agreement", bit(kCueLaw)}, {"sanctions", bit(kCueLaw)},
    {"signed", bit(kCueLaw)}, {"passed", bit(kCueLaw)}, {"vetoed", bit(kCueLaw)},
    {"?", bit(kCueQuestion)},
    {"thank", bit(kCueGreeting)}, {"thanks", bit(kCueGreeting)}, {"hello", bit(kCueGreeting)},
    {"welcome", bit(kCueGreeting)}, {"congratulations", bit(kCueGreeting)}, {"congratulate", bit(kCueGreeting)},
    {"appreciate", bit(kCueGreeting)}, {"pleasure", bit(kCueGreeting)}, {"honored", bit(kCueGreeting)},
    {"privilege", bit(kCueGreeting)}, {"goodnight", bit(kCueGreeting)},
    {"i", kFirstPerson}, {"i'm", kFirstPerson}, {"i've", kFirstPerson}, {"i'd", kFirstPerson},
    {"i'll", kFirstPerson}, {"we", kFirstPerson}, {"we're", kFirstPerson}, {"we've", kFirstPerson},
    {"me", kFirstPerson}, {"my", kFirstPerson}, {"our", kFirstPerson},
    {"think", kFeeling}, {"feel", kFeeling}, {"believe", kFeeling}, {"hope", kFeeling}, {"love", kFeeling},
    {"wish", kFeeling}, {"want", kFeeling}, {"proud", kFeeling}, {"glad", kFeeling}, {"happy", kFeeling},
    {"sorry", kFeeling}, {"afraid", kFeeling}, {"worried", kFeeling}, {"sure", kFeeling},
    {"confident", kFeeling}, {"excited", kFeeling}, {"grateful", kFeeling}, {"fear", kFeeling},
    {"should", bit(kCueOpinion)}, {"must", bit(kCueOpinion)}, {"ought", bit(kCueOpinion)},
    {"great", bit(kCueOpinion)}, {"terrible", bit(kCueOpinion)}, {"wonderful", bit(kCueOpinion)},
    {"horrible", bit(kCueOpinion)}, {"awful", bit(kCueOpinion)}, {"wrong", bit(kCueOpinion)},
    {"bad", bit(kCueOpinion)}, {"important", bit(kCueOpinion)}, {"disgrace", bit(kCueOpinion)},
    {"disaster", bit(kCueOpinion)}, {"ridiculous", bit(kCueOpinion)}, {"crazy", bit(kCueOpinion)},
    {"stupid", bit(kCueOpinion)}, {"unfair", bit(kCueOpinion)}, {"deserve", bit(kCueOpinion)},
    {"deserves", bit(kCueOpinion)}, {"need", bit(kCueOpinion)},
    {"you", bit(kCueSecondPerson)}, {"your", bit(kCueSecondPerson)}, {"you're", bit(kCueSecondPerson)},
    {"you've", bit(kCueSecondPerson)},
    {"made", kPastIrregular}, {"won", kPastIrregular}, {"met", kPastIrregular}, {"sent", kPastIrregular},
    {"gave", kPastIrregular}, {"took", kPastIrregular}, {"became", kPastIrregular}, {"began", kPastIrregular},
    {"left", kPastIrregular}, {"led", kPastIrregular}, {"sold", kPastIrregular}, {"bought", kPastIrregular},
    {"built", kPastIrregular}, {"brought", kPastIrregular}, {"fought", kPastIrregular},
    {"held", kPastIrregular}, {"kept", kPastIrregular}, {"ran", kPastIrregular}, {"struck", kPastIrregular},
    {"shot", kPastIrregular}, {"killed", kPastIrregular}, {"went", kPastIrregular}, {"came", kPastIrregular},
    {"got", kPastIrregular}, {"gotten", kPastIrregular}, {"did", kPastIrregular}, {"had", kPastIrregular},
    {"put", kPastIrregular}, {"set", kPastIrregular}, {"found", kPastIrregular}, {"paid", kPastIrregular},
    {"spent", kPastIrregular}, {"taken", kPastIrregular}, {"given", kPastIrregular}, {"done", kPastIrregular},
    {"gone", kPastIrregular}, {"didn't", kPastIrregular}, {"wasn't", kPastIrregular},
    {"weren't", kPastIrregular}, {"hadn't", kPastIrregular}, {"fell", kPastIrregular},
    {"rose", kPastIrregular}, {"grew", kPastIrregular}, {"cut", kPastIrregular}, {"stole", kPastIrregular},
    {"he", kThirdPerson}, {"she", kThirdPerson}, {"they", kThirdPerson}, {"he's", kThirdPerson},
    {"she's", kThirdPerson}, {"they're", kThirdPerson}, {"his", kThirdPerson}, {"her", kThirdPerson},
    {"their", kThirdPerson}, {"him", kThirdPerson}, {"them", kThirdPerson}, {"they've", kThirdPerson},
};

// The vague-source phrases (findings_vague.cpp):
//   an unnamed group + a verb of saying or believing   "Experts note", "some critics have long argued"
//   an impersonal passive                               "it is believed", "it has been reported"
//   a hedging adverb or "according to" + a vague noun   "reportedly", "according to sources"
// Who: groups with no name. "people" and "many" only count before a verb of saying or believing.
constexpr std::string_view kGroups[] = {
    "experts",  "critics",    "observers", "analysts",    "sources",  "insiders",  "commentators",
    "pundits",  "some",       "many",      "others",      "people",   "skeptics",  "sceptics",
    "officials", "scientists", "researchers", "economists", "historians", "source", "someone"};
// Quantifiers before the group, kept in the span: "some experts", "many critics".
constexpr std::string_view kQuantifiers[] = {"some", "many", "most", "several", "other", "certain", "few"};
constexpr std::string_view kSayVerbs[] = {
    "say",     "says",     "said",    "note",    "notes",    "noted",   "argue",  "argues",
    "argued",  "believe",  "believes", "believed", "claim",   "claims",  "claimed", "suggest",
    "suggests", "suggested", "warn",   "warns",   "warned",   "contend", "contends", "think",
    "thinks",  "agree",    "agreed",  "estimate", "estimated", "fear",   "fears",  "insist",
    "insisted", "maintain", "point",   "feel",    "speculate", "speculated", "allege", "alleged",
    "worry",   "caution",  "cautioned", "predict", "predicted", "told",   "familiar", "close"};
// Words allowed between the group and its verb: "critics have long argued".
constexpr std::string_view kBetween[] = {"have", "has", "had", "also", "long", "often", "widely",
                                         "now", "still", "generally", "would", "may", "might",
                                         "privately", "already", "increasingly", "continue", "to"};
constexpr std::string_view kPassives[] = {"believed", "said",    "thought",  "reported", "claimed",
                                          "alleged",  "rumored", "rumoured", "understood", "feared",
                                          "suggested", "estimated", "assumed"};
constexpr std::string_view kAdverbs[] = {"reportedly", "allegedly", "purportedly", "supposedly",
                                         "rumoredly", "ostensibly"};
constexpr std::string_view kAccordingTo[] = {"sources", "experts", "reports", "critics", "some",
                                             "observers", "analysts", "insiders", "many", "a"};


}  // namespace

namespace {

FACTLIGHT_COLD std::vector<std::string_view> vocabulary() {
  std::vector<std::string_view> v(std::begin(kNamedWords), std::end(kNamedWords));
  v.insert(v.end(), std::begin(kSymbols), std::end(kSymbols));
  for (const Entry& e : kWords) v.push_back(e.word);
  v.insert(v.end(), std::begin(kGroups), std::end(kGroups));
  v.insert(v.end(), std::begin(kSayVerbs), std::end(kSayVerbs));
  v.insert(v.end(), std::begin(kQuantifiers), std::end(kQuantifiers));
  v.insert(v.end(), std::begin(kBetween), std::end(kBetween));
  v.insert(v.end(), std::begin(kPassives), std::end(kPassives));
  v.insert(v.end(), std::begin(kAdverbs), std::end(kAdverbs));
  v.insert(v.end(), std::begin(kAccordingTo), std::end(kAccordingTo));
  const ClaimModel& m = claim_model();
  for (std::size_t g = 0; g < m.lexical_size; ++g) {
    const std::string_view gram = m.lexical[g].gram;
    const std::size_t space = gram.find(' ');
    if (space == std::string_view::npos) {
      v.push_back(gram);
    } else {
      v.push_back(gram.substr(0, space));
      v.push_back(gram.substr(space + 1));
    }
  }
  // Ids are first occurrences: drop the repeats so that every id names a distinct word.
  std::vector<std::string_view> unique;
  const WordIndex seen(v);
  for (uint32_t k = 0; k < v.size(); ++k)
    if (k < 2 || seen.find(v[k]) == k) unique.push_back(v[k]);
  // ~1,500 words for 600 grams; FeatureWord has 14 bits for an id (a much larger model would need more:
  // the words cut here, the last grams', would never match).
  if (unique.size() > kMaxWords) unique.resize(kMaxWords);
  return unique;
}

template <std::size_t N>
FACTLIGHT_COLD void mark(const WordIndex& index, const std::string_view (&list)[N], uint8_t cls, std::vector<uint8_t>& out) {
  for (std::string_view w : list) out[index.find(w)] |= cls;
}

uint32_t pair_hash(uint32_t key) { return (key * 2654435769u) >> 8; }

}  // namespace

FACTLIGHT_COLD Lexicon::Lexicon() : words_(vocabulary()), index_(words_) {
  const std::size_t n = words_.size();
  cue_mask_.assign(n, 0);
  vague_.assign(n, 0);
  unigram_.assign(n, -1);
  for (const Entry& e : kWords) cue_mask_[index_.find(e.word)] |= e.mask;
  mark(index_, kGroups, kVagueGroup, vague_);
  mark(index_, kQuantifiers, kVagueQuantifier, vague_);
  mark(index_, kSayVerbs, kVagueSay, vague_);
  mark(index_, kBetween, kVagueBetween, vague_);
  mark(index_, kPassives, kVaguePassive, vague_);
  mark(index_, kAdverbs, kVagueAdverb, vague_);
  mark(index_, kAccordingTo, kVagueAccordingTo, vague_);
  const ClaimModel& m = claim_model();
  std::size_t size = 8;
  while (size < 2 * m.lexical_size) size *= 2;
  bigrams_.assign(size, Pair{});
  bigram_mask_ = static_cast<uint32_t>(size - 1);
  for (std::size_t g = 0; g < m.lexical_size; ++g) {
    const std::string_view gram = m.lexical[g].gram;
    const std::size_t space = gram.find(' ');
    if (space == std::string_view::npos) {
      unigram_[index_.find(gram)] = static_cast<int32_t>(g);
      continue;
    }
    const uint32_t key = uint32_t{static_cast<WordId>(index_.find(gram.substr(0, space)))} << 16 |
                         static_cast<WordId>(index_.find(gram.substr(space + 1)));
    uint32_t i = pair_hash(key) & bigram_mask_;
    while (bigrams_[i].key != 0) i = (i + 1) & bigram_mask_;
    bigrams_[i] = {key, static_cast<int32_t>(g)};
  }
  std::size_t short_size = 16;
  while (short_size < 2 * n) short_size *= 2;
  short_.assign(short_size, ShortSlot{});
  short_mask_ = short_size - 1;
  for (std::size_t k = 0; k < n; ++k) {
    const std::string_view w = words_[k];
    if (w.empty() || w.size() > 8) continue;
    uint64_t key = 0;
    for (std::size_t b = 0; b < w.size(); ++b) key |= uint64_t{static_cast<unsigned char>(w[b])} << (8 * b);
    std::size_t i = short_index(key) & short_mask_;
    while (short_[i].key != 0 && short_[i].key != key) i = (i + 1) & short_mask_;
    if (short_[i].key == 0) short_[i] = {key, find(w)};  // find(): the id of its first occurrence, or kOther
  }
}

WordId Lexicon::find(std::string_view word) const {
  const uint32_t id = index_.find(word);
  return id == WordIndex::npos || id < 2 ? WordId{kOther} : static_cast<WordId>(id);
}

int32_t Lexicon::bigram(WordId first, WordId second) const {
  if (first < 2 || second < 2) return -1;
  const uint32_t key = uint32_t{first} << 16 | second;
  for (uint32_t i = pair_hash(key) & bigram_mask_;; i = (i + 1) & bigram_mask_) {
    if (bigrams_[i].key == key) return bigrams_[i].gram;
    if (bigrams_[i].key == 0) return -1;
  }
}

inline bool Lexicon::short_ascii_word(std::string_view text, const Token& tok, FeatureWord& out) const {
  // Loaded as one number, lowered eight bytes at a time, looked up by key.
  const std::size_t n = tok.span.size();
  if (tok.kind != TokenKind::word || n > 8 || std::size_t{tok.span.begin} + 8 > text.size()) return false;
  constexpr uint64_t kOnes = 0x0101010101010101ull, kHigh = 0x8080808080808080ull;
  uint64_t key;
  std::memcpy(&key, text.data() + tok.span.begin, 8);
  if (n < 8) key &= (uint64_t{1} << (8 * n)) - 1;
  if (key & kHigh) return false;
  // Bytes from 'A' to 'Z' get 0x20 (no carry leaves a byte: each is below 0x80).
  const uint64_t upper = (key + (0x80 - 'A') * kOnes) & ~(key + (0x80 - 'Z' - 1) * kOnes) & kHigh;
  key |= upper >> 2;
  auto last = [&](std::size_t k) { return key >> (8 * (n - k)); };  // the last k bytes and zeros
  uint8_t shape = 0;
  if (n > 4 && last(2) == ('e' | 'd' << 8)) shape |= kEndsEd;
  if (n >= 3 && last(3) == ('\'' | 'l' << 8 | 'l' << 16)) shape |= kEndsLl;
  out = feature(find_short(key), shape);
  return true;
}

FeatureWord Lexicon::feature_word(const Document& doc, uint32_t t, std::string& w) const {
  const Token& tok = doc.tokens[t];
  const std::string_view s = doc.token_text(t);
  switch (tok.kind) {
    case TokenKind::word: break;
    case TokenKind::number: {
      return feature(is_year_number(s) ? kYear : kZero);
    }
    case TokenKind::symbol:
    case TokenKind::punct:
      if (s.size() == 1) {
        if (s[0] == '?') return feature(kQuestionMark);
        if (s[0] != '%' && s[0] != '$') return feature(kSkip);
      } else if (s != "\xE2\x82\xAC" && s != "\xC2\xA3" && s != "\xC2\xA5") {
        return feature(kSkip);
      }
      return feature(find(s));
    default: return feature(kSkip);
  }
  // Lower case, typographic apostrophes as ': normalized_word() (claims_words.hpp) without allocating.
  FeatureWord short_word;
  if (short_ascii_word(doc.text(), tok, short_word)) return short_word;
  // Other short words are lowered on the stack.
  constexpr std::size_t kShort = 32;
  if (s.size() <= kShort) {
    char buf[kShort];
    std::size_t n = 0;
    uint32_t h = WordIndex::hash_start;  // hashed as it is lowered
    for (; n < s.size(); ++n) {
      const auto b = static_cast<unsigned char>(s[n]);
      if (b >= 0x80) break;
      const auto c = static_cast<unsigned char>(b >= 'A' && b <= 'Z' ? b + 32 : b);
      buf[n] = static_cast<char>(c);
      h = WordIndex::hash_step(h, c);
    }
    if (n == s.size()) {
      uint8_t shape = 0;
      if (n > 4 && buf[n - 2] == 'e' && buf[n - 1] == 'd') shape |= kEndsEd;
      if (n >= 3 && buf[n - 3] == '\'' && buf[n - 2] == 'l' && buf[n - 1] == 'l') shape |= kEndsLl;
      const uint32_t id = index_.find(std::string_view(buf, n), h);
      return feature(id == WordIndex::npos || id < 2 ? WordId{kOther} : static_cast<WordId>(id), shape);
    }
  }
  w.clear();
  for (std::size_t i = 0; i < s.size();) {
    const auto b = static_cast<unsigned char>(s[i]);
    if (b < 0x80) {
      w.push_back(static_cast<char>(b >= 'A' && b <= 'Z' ? b + 32 : b));
      ++i;
      continue;
    }
    const Decoded d = decode_utf8(s, i);
    i += d.len;
    if (d.cp == 0x2019 || d.cp == 0x2018 || d.cp == 0x02BC) w.push_back('\'');
    else append_utf8(w, to_lower(d.cp));
  }
  uint8_t shape = 0;
  const std::size_t n = w.size();
  if (n > 4 && w[n - 2] == 'e' && w[n - 1] == 'd') shape |= kEndsEd;
  if (n >= 3 && w[n - 3] == '\'' && w[n - 2] == 'l' && w[n - 1] == 'l') shape |= kEndsLl;
  return feature(find(w), shape);
}

FeatureWords::FeatureWords(const Document& doc) : FeatureWords(doc, 0, static_cast<uint32_t>(doc.tokens.size())) {
  cues_.resize(doc.sentences.size());
  Scratch scratch;
  for (uint32_t s = 0; s < cues_.size(); ++s) {
    const Sentence& sent = doc.sentences[s];
    const WordRange r = range(sent.first_token, sent.token_end);
    cues_[s] = cues_of(doc, r, vague_sources(doc, r, scratch, nullptr));
  }
}

FeatureWords::FeatureWords(const Document& doc, uint32_t first, uint32_t end)
    : first_(first), words_(end > first ? end - first : 0) {
  const Lexicon& lex = lexicon();
  std::string scratch;
  const std::string_view text = doc.text();
  for (uint32_t i = 0; i < words_.size(); ++i)
    if (!lex.short_ascii_word(text, doc.tokens[first + i], words_[i])) words_[i] = lex.feature_word(doc, first + i, scratch);
}

const Lexicon& lexicon() {
  static const Lexicon l;
  return l;
}

}  // namespace lexicon
}  // namespace factlight
