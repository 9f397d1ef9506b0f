// The words the check-worthiness features (claims_features.cpp, claims.cpp) and the vague-source finder
// (findings_vague.cpp) look for, as small integer ids: each token is lower-cased and looked up once, and
// everything after that compares integers. Private to the core.
//
// A token's feature word is what claim_ngrams() writes for it: the word lower-cased with typographic
// apostrophes folded ("Putin’s" -> "putin's"), "0" for a number ("1999" for a year), the symbols
// ? % $ € £ ¥ as themselves, nothing for other punctuation. Its id is its place in the vocabulary: the
// words the code names (Named below), the cue words, the vague-source words and every word of a gram of
// the shipped model. Any other word is kOther: no list and no gram can match it, so nothing is lost.
#pragma once
#include <cmath>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "factlight/claims_model.hpp"
#include "factlight/document.hpp"
#include "factlight/model.hpp"
#include "factlight/vague_sources.hpp"
#include "swar.hpp"
#include "word_set.hpp"

namespace factlight {
namespace lexicon {

using WordId = uint16_t;

// Fixed ids: the two placeholders, then the words the code compares against by name.
enum Named : WordId {
  kSkip,   // the token has no feature word (punctuation, dashes, quote marks)
  kOther,  // a feature word outside the vocabulary
  kCaret,  // "^", the start of a sentence in the grams
  kZero,   // "0", any number that is not a year
  kYear,   // "1999", a year
  kQuestionMark,
  kMay, kMarch, kTo, kLed, kLeads, kLead, kThanks, kYearWord, kMonthWord, kWeekWord, kLast, kThis,
  kNext, kEvening, kMorning, kAfternoon, kGood,
  kIt, kIs, kWas, kHas, kHad, kBeen, kWidely, kAccording, kA, kSource, kReport, kFamiliar, kClose,
  kTold, kSources, kSome, kMany, kOthers, kPeople,
  kNamedCount
};

// What the features need to know of a word beyond its id.
enum WordShape : uint8_t {
  kEndsEd = 1,  // more than 4 bytes, ending in "ed" (a regular past tense)
  kEndsLl = 2,  // ends in "'ll" ("we'll")
};

// Two bytes per token, as the whole document's are kept (Document::words): the vocabulary has a few
// thousand words.
using FeatureWord = TokenWord;
inline constexpr std::size_t kMaxWords = 1 << 14;
inline FeatureWord feature(WordId id, unsigned shape = 0) {
  FeatureWord w;
  w.id = id & (kMaxWords - 1) & 0x3FFFu;
  w.shape = shape & 3u;
  return w;
}

// Word classes of the cue lists (claims_features.cpp): bits 0..31 are ClaimCue bits, these come above.
inline constexpr uint64_t kMagnitude = uint64_t{1} << 32;    // hundred, thousand, million...
inline constexpr uint64_t kMonth = uint64_t{1} << 33;        // january... (may/march only when capitalised)
inline constexpr uint64_t kFirstPerson = uint64_t{1} << 34;  // i, we, my...
inline constexpr uint64_t kFeeling = uint64_t{1} << 35;      // think, feel, proud...
inline constexpr uint64_t kPastIrregular = uint64_t{1} << 36;
inline constexpr uint64_t kThirdPerson = uint64_t{1} << 37;
// What cues_of() needs of a token that its id tells (Lexicon::cue_mask): the id is a word token's
// (kOther and every word of the vocabulary: no number or symbol has their ids), or a word token's or a
// number's (counted in the sentence's length).
inline constexpr uint64_t kWordToken = uint64_t{1} << 38;
inline constexpr uint64_t kCounted = uint64_t{1} << 39;
// The word may begin a vague-source phrase (VagueClass kVagueAnchor).
inline constexpr uint64_t kVagueStart = uint64_t{1} << 40;

// Word classes of the vague-source phrases (findings_vague.cpp).
enum VagueClass : uint8_t {
  kVagueGroup = 1,        // experts, critics, sources...
  kVagueQuantifier = 2,   // some, many, most... before a group
  kVagueSay = 4,          // say, note, argue... after a group
  kVagueBetween = 8,      // have, long, widely... between a group and its verb
  kVaguePassive = 16,     // believed, said... in "it is believed"
  kVagueAdverb = 32,      // reportedly, allegedly...
  kVagueAccordingTo = 64, // sources, experts... after "according to"
  kVagueAnchor = 128,     // every phrase begins at one of these: an adverb, a group, "it", "according"
};

class Lexicon {
 public:
  Lexicon();
  // The id of a feature word (already lower-cased and folded), kOther when it is not in the vocabulary.
  WordId find(std::string_view word) const;
  // The feature word of token t of doc; scratch is working space (kept to avoid allocating per token).
  FeatureWord feature_word(const Document& doc, uint32_t t, std::string& scratch) const;
  // The common case of feature_word(), cheap enough to be inlined in the tokenizer as it ends a word: the
  // feature word of a word of n ASCII bytes at p, n from 1 to 16, of which `readable` bytes may be read
  // (the word and what follows it in the text), set in `out`. False (out untouched) when n > 16, when
  // fewer than 8 (for n <= 8) or 16 (for n > 8) bytes are readable, or when some byte is not ASCII.
  inline bool ascii_word(const char* p, std::size_t n, std::size_t readable, FeatureWord& out) const;
  // The same for a word whose n bytes (1 to 16, all ASCII) the caller has already loaded: bytes 0..7 in
  // low and 8..15 in high, the first lowest (load8() on a little-endian host), zero past the word;
  // apostrophe false when the caller knows the word has none (it cannot end in 'll).
  inline FeatureWord ascii_word_of(uint64_t low, uint64_t high, std::size_t n, bool apostrophe = true) const;
  // The same for a word whose bytes the caller has also lowered (swar::lower_ascii8()).
  inline FeatureWord lowered_word_of(uint64_t low, uint64_t high, std::size_t n, bool apostrophe = true) const;

  // The classes of a word (the cue bits with those a class implies: a magnitude is a statistic, a month
  // a date; a year a date, any other number a statistic), with kWordToken and kCounted.
  uint64_t cue_mask(WordId id) const { return cue_mask_[id]; }
  const uint64_t* cue_masks() const { return cue_mask_.data(); }  // by id, for loops over many words
  uint8_t vague(WordId id) const { return vague_[id]; }
  // Index into claim_model().lexical of the gram "word" or "first second", or -1.
  int32_t unigram(WordId id) const { return unigram_[id]; }
  // Whether some gram "id second" is in the model: bigram(id, ...) is asked only then.
  bool starts_bigram(WordId id) const { return starts_bigram_[id] != 0; }
  // The same by id, for loops over many words.
  const int32_t* unigrams() const { return unigram_.data(); }
  const uint8_t* bigram_starts() const { return starts_bigram_.data(); }
  int32_t bigram(WordId first, WordId second) const { return bigrams().find(first, second); }
  // The table bigram() looks in, as a pointer and a mask (for loops over many words: held in registers).
  struct Pair {
    uint32_t key = 0;  // first << 16 | second; 0 for an empty slot (kSkip never starts a gram)
    int32_t gram = -1;
  };
  struct Bigrams {
    const Pair* slots;
    uint32_t mask;
    int32_t find(WordId first, WordId second) const {  // inline: asked for every token of every sentence
      if (first < 2 || second < 2) return -1;
      const uint32_t key = uint32_t{first} << 16 | second;
      for (uint32_t i = pair_hash(key) & mask;; i = (i + 1) & mask) {
        if (slots[i].key == key) return slots[i].gram;
        if (slots[i].key == 0) return -1;
      }
    }
  };
  Bigrams bigrams() const { return {bigrams_.data(), bigram_mask_}; }
  // The quote extractor's WordClass bits of each id (vocabulary.hpp).
  const uint32_t* quote_classes() const { return quote_classes_.data(); }
  // The words by id.
  const std::string_view* words() const { return words_.data(); }

 private:
  std::vector<std::string_view> words_;  // by id
  WordIndex index_;
  std::vector<uint64_t> cue_mask_;
  std::vector<uint8_t> vague_;
  std::vector<int32_t> unigram_;
  std::vector<uint8_t> starts_bigram_;
  std::vector<uint32_t> quote_classes_;
  std::vector<Pair> bigrams_;  // open addressing, power-of-two size
  uint32_t bigram_mask_ = 0;
  static uint32_t pair_hash(uint32_t key) { return (key * 2654435769u) >> 8; }
  // The words of 1 to 8 bytes (nearly every word of a text) by their bytes as one little-endian number,
  // zero-padded: a token's word is lowered and looked up in a few integer operations, with no hashing
  // byte by byte and no string comparison. Open addressing, power-of-two size; key 0 is an empty slot.
  struct ShortSlot {
    uint64_t key = 0;
    WordId id = kOther;
  };
  std::vector<ShortSlot> short_;
  std::size_t short_mask_ = 0;
  static std::size_t short_index(uint64_t key) { return static_cast<std::size_t>((key * 0x9E3779B97F4A7C15ull) >> 40); }
  // The words of 9 to 16 bytes the same way, by two numbers (bytes 0..7 and 8..15, zero-padded).
  struct MediumSlot {
    uint64_t low = 0, high = 0;  // high 0: an empty slot
    WordId id = kOther;
  };
  std::vector<MediumSlot> medium_;
  std::size_t medium_mask_ = 0;
  static std::size_t medium_index(uint64_t low, uint64_t high) {
    return static_cast<std::size_t>(((low ^ (high * 0xC2B2AE3D27D4EB4Full)) * 0x9E3779B97F4A7C15ull) >> 40);
  }
  WordId find_medium(uint64_t low, uint64_t high) const {
    for (std::size_t i = medium_index(low, high) & medium_mask_;; i = (i + 1) & medium_mask_) {
      const MediumSlot& s = medium_[i];
      if (s.low == low && s.high == high) return s.id;
      if (s.high == 0) return kOther;
    }
  }
  WordId find_short(uint64_t key) const {
    for (std::size_t i = short_index(key) & short_mask_;; i = (i + 1) & short_mask_) {
      if (short_[i].key == key) return short_[i].id;
      if (short_[i].key == 0) return kOther;
    }
  }
};

// The shared instance, built on first use from the lists and the shipped model.
const Lexicon& lexicon();

// The feature words of the tokens [first, first + size) of a document: words[i] is token first + i's.
struct WordRange {
  const FeatureWord* words;
  uint32_t first;
  uint32_t size;
};

// The grams of a sentence's "wording" reason (claims.cpp): up to kWordingMax indices into
// claim_model().lexical, strongest first, kNoGram after the last.
inline constexpr std::size_t kWordingMax = 3;
inline constexpr uint16_t kNoGram = 0xFFFF;
struct Wording {
  uint16_t gram[kWordingMax] = {kNoGram, kNoGram, kNoGram};
};

// What a sentence weighs under the shipped model: its logit (logit_of() of its cues and words) and its
// wording reason.
struct SentenceScore {
  double logit = 0.0;
  Wording wording;
};

// The feature words of a document's tokens (Document::words, looked up when the Document was made) and
// every sentence's cues and score, shared by the claims and the findings (analyze() makes one; the public
// entry points make their own).
class FeatureWords {
 public:
  // Of every token, and the cues and score of every sentence (one pass over each sentence's words).
  explicit FeatureWords(const Document& doc);
  // Of the tokens [first, end) only (no sentence cues).
  FeatureWords(const Document& doc, uint32_t first, uint32_t end);
  // Tokens [first, end).
  WordRange range(uint32_t first, uint32_t end) const { return {words_ + first, first, end - first}; }
  // The cues of sentence s (whole-document constructor only), bit c for ClaimCue c.
  uint32_t sentence_cues(uint32_t s) const { return cues_[s]; }
  // The score of sentence s (whole-document constructor only): logit_of(sentence_cues(s), its words).
  const SentenceScore& sentence_score(uint32_t s) const { return scores_[s]; }

 private:
  const FeatureWord* words_;  // the document's, by token
  std::vector<uint32_t> cues_;
  std::vector<SentenceScore> scores_;
};

// Working space reused from sentence to sentence, so that scoring allocates nothing per sentence.
struct Scratch {
  std::vector<WordId> vague_ids;   // the word tokens of a range, for the vague-source phrases
  std::vector<uint32_t> vague_at;  // and their token indices
  std::vector<uint64_t> seen;      // grams of the model found, a bit each (all clear between sentences)
};

// The grams of the shipped model among a sentence's feature words, fed one at a time (kSkip words left
// out): a bit each in scratch.seen, by index into claim_model().lexical, of which the words [lo, hi) were
// touched. logit_of() adds their weights up and clears the bits; cues_of() can feed them in its own pass
// over the words, so that a sentence's words are walked once for both (FeatureWords).
class GramWalk {
 public:
  GramWalk(const Lexicon& lex, Scratch& scratch, std::size_t lexical_size)
      : bigrams_(lex.bigrams()), unigrams_(lex.unigrams()), starts_(lex.bigram_starts()), lo_((lexical_size + 63) / 64) {
    if (scratch.seen.size() != lo_) scratch.seen.assign(lo_, 0);
    seen_ = scratch.seen.data();
    prev_starts_ = lex.starts_bigram(kCaret);
  }
  void add(FeatureWord fw) {  // inline: asked for every token of every sentence
    const int32_t u = unigrams_[fw.id];
    if (u >= 0) hit(u);
    if (prev_starts_) {  // some bigram begins with prev_ (else none is looked up)
      const int32_t b = bigrams_.find(prev_, fw.id);
      if (b >= 0) hit(b);
    }
    prev_ = fw.id;
    prev_starts_ = starts_[fw.id] != 0;
  }
  uint64_t* seen() const { return seen_; }
  std::size_t lo() const { return lo_; }
  std::size_t hi() const { return hi_; }

 private:
  void hit(int32_t g) {
    const std::size_t w = static_cast<uint32_t>(g) >> 6;
    seen_[w] |= uint64_t{1} << (g & 63);
    if (w < lo_) lo_ = w;
    if (w >= hi_) hi_ = w + 1;
  }
  // The tables by id, and the bitmap, as pointers: held in registers through the walk.
  Lexicon::Bigrams bigrams_;
  const int32_t* unigrams_;
  const uint8_t* starts_;
  uint64_t* seen_;
  std::size_t lo_, hi_ = 0;
  WordId prev_ = kCaret;
  bool prev_starts_;
};

// The pieces of claim_cues(), claim_logit() and find_vague_sources() over feature words already looked up.
// findings_vague.cpp: the vague-source phrases, appended to out when it is given; true when there is one.
bool vague_sources(const Document& doc, WordRange words, Scratch& scratch, std::vector<VagueSource>* out);
// claims_features.cpp: the cues (bit c for ClaimCue c: every cue is 0 or 1), the vague source among them
// (vague_sources() is asked only when some word may begin one); and as the values the model weighs.
uint32_t cues_of(const Document& doc, WordRange words, Scratch& scratch);
// The cues (returned) and the score (in `out`) together, in one pass over the words.
uint32_t score_sentence(const Document& doc, WordRange words, Scratch& scratch, SentenceScore& out);
ClaimCues cue_values(uint32_t cues);
// claims.cpp: the logit of the shipped model for the cues (cues_of()'s bits: cue_values() is what the model
// weighs) and the words; its lexical terms in gram order when `lexical` is given.
double logit_of(uint32_t cues, WordRange words, Scratch& scratch, ClaimCues* cue_terms,
                std::vector<LexicalWeight>* lexical);
// The same over the grams already walked (their bits cleared), and the wording reason in `wording` when
// it is given.
double logit_of(uint32_t cues, GramWalk grams, ClaimCues* cue_terms, std::vector<LexicalWeight>* lexical,
                Wording* wording);
// The stages over a document's feature words (the public score_claims() and find_issues() in
// extractors.hpp look them up first).
void score_claims(const Document& doc, const FeatureWords& words, const std::vector<Figure>& figures,
                  const std::vector<Quote>& quotes, double threshold, std::vector<Claim>& out);
void find_issues(const Analysis& analysis, const FeatureWords& words, std::vector<Finding>& out);

#if defined(__wasm__)
__attribute__((noinline))  // one copy in the wasm, as its compiler chose before ascii_word_of() was split off
#endif
inline bool Lexicon::ascii_word(const char* p, std::size_t n, std::size_t readable, FeatureWord& out) const {
  if (n <= 8) {
    if (readable < 8) return false;
    // Loaded as one number, lowered eight bytes at a time, looked up by key.
    uint64_t key = swar::load8(p);
    if (n < 8) key &= (uint64_t{1} << (8 * n)) - 1;
    if (key & swar::kHigh) return false;
    out = ascii_word_of(key, 0, n);
    return true;
  }
  if (n > 16 || readable < 16) return false;
  uint64_t low = swar::load8(p);
  uint64_t high = swar::load8(p + 8);
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
  low = __builtin_bswap64(low);  // the keys are little-endian
  high = __builtin_bswap64(high);
#endif
  if (n < 16) high &= (uint64_t{1} << (8 * (n - 8))) - 1;
  if ((low | high) & swar::kHigh) return false;
  out = ascii_word_of(low, high, n);
  return true;
}

// One copy in the wasm (its callers: ascii_word() and the tokenizer); inlined natively.
#if defined(__wasm__)
__attribute__((noinline))
#endif
inline FeatureWord Lexicon::ascii_word_of(uint64_t low, uint64_t high, std::size_t n, bool apostrophe) const {
  return lowered_word_of(swar::lower_ascii8(low), n <= 8 ? high : swar::lower_ascii8(high), n, apostrophe);
}

#if defined(__GNUC__)
__attribute__((always_inline))  // one body: ascii_word_of()'s in the wasm
#endif
inline FeatureWord Lexicon::lowered_word_of(uint64_t low, uint64_t high, std::size_t n, bool apostrophe) const {
  if (n <= 8) {
    auto last = [&](std::size_t k) { return low >> (8 * (n - k)); };  // the last k bytes and zeros
    uint8_t shape = 0;
    if (n > 4 && last(2) == ('e' | 'd' << 8)) shape |= kEndsEd;
    if (apostrophe && n >= 3 && last(3) == ('\'' | 'l' << 8 | 'l' << 16)) shape |= kEndsLl;
    return feature(find_short(low), shape);
  }
  // The word's last eight bytes, the last one highest.
  const uint64_t tail = n == 16 ? high : low >> (8 * (n - 8)) | high << (8 * (16 - n));
  uint8_t shape = 0;
  if (tail >> 48 == ('e' | 'd' << 8)) shape |= kEndsEd;
  if (apostrophe && tail >> 40 == ('\'' | 'l' << 8 | 'l' << 16)) shape |= kEndsLl;
  return feature(find_medium(low, high), shape);
}

}  // namespace lexicon
}  // namespace factlight
