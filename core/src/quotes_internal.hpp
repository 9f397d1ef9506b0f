// Shared by the quote extractor's files (quotes*.cpp) and speakers.cpp; not part of the public API.
#pragma once
#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "factlight/document.hpp"
#include "factlight/model.hpp"
#include "swar.hpp"

// Asked of tokens all through the extractor: inlined natively, where a call costs more than its few
// instructions; left to the compiler in the wasm (its size). A target test, not a platform's API.
#if defined(__GNUC__) && !defined(__wasm__)
#define FACTLIGHT_NATIVE_INLINE __attribute__((always_inline))
#else
#define FACTLIGHT_NATIVE_INLINE
#endif

namespace factlight::quotes {

// w == lit for a string literal: natively a length test and an inline compare of the bytes (GCC calls
// std::string_view's out-of-line compare, then memcmp, for each ==); in the wasm the same == as
// before. Always inlined, in the wasm too (a copy per length of literal costs 1.6 KB brotli there).
template <std::size_t N>
#if defined(__GNUC__)
__attribute__((always_inline))
#endif
inline bool eq(std::string_view w, const char (&lit)[N]) {
#if defined(__GNUC__) && !defined(__wasm__)
  return w.size() == N - 1 && __builtin_memcmp(w.data(), lit, N - 1) == 0;
#else
  return w == lit;
#endif
}
template <std::size_t N>
bool eq(const char* w, const char (&lit)[N]) = delete;  // (a pointer is compared by address with ==)

// ---- quotes_marks.cpp: quotation marks paired into quoted runs --------------------------------

// A top-level quoted stretch of text: one fragment per paragraph it runs over (a quote over several
// paragraphs opens each one and closes only the last). Marks nested inside it are part of it.
struct QuotedRun {
  std::vector<ByteSpan> fragments;  // each includes its marks
  uint32_t open_tok = 0;            // first token of the opening mark of the first fragment
  uint32_t close_tok = 0;           // last token of the closing mark (or the paragraph's last token)
  uint32_t first_para = 0, last_para = 0;
  bool closed = true;   // false when the paragraph ended before a closing mark (reported as a finding)
  bool single = false;  // ‘…’ or '…' at top level
  uint32_t words = 0;   // word and number tokens inside
};

// Pairs the marks of every paragraph in one linear pass. Stray and unclosed double marks give an
// `unbalanced_quote` finding and never reach past their paragraph.
void pair_quote_marks(const Document& doc, std::vector<QuotedRun>& runs, std::vector<Finding>& findings);

// A set of token indices below n that answers "the first member at or after t" (n for none) in a few
// instructions: a bit per token and, per 64 tokens, the first member at or after the block's start.
// About a bit and a half per token where a table of answers took 32 bits: a text can have a token per
// byte. Fill with add(), then finish() once before asking.
class NextMember {
 public:
  void reset(uint32_t n) {
    n_ = n;
    bits_.assign(n / 64 + 1, 0);
  }
  void add(uint32_t t) { bits_[t >> 6] |= uint64_t{1} << (t & 63); }
  void finish() {
    first_.assign(bits_.size() + 1, n_);
    for (std::size_t b = bits_.size(); b-- > 0;)
      first_[b] = bits_[b] ? static_cast<uint32_t>(b * 64 + swar::lowest_bit(bits_[b])) : first_[b + 1];
  }
  uint32_t at_or_after(uint32_t t) const {
    if (t >= n_) return n_;
    const uint64_t w = bits_[t >> 6] & (~uint64_t{0} << (t & 63));
    return w ? (t & ~63u) + swar::lowest_bit(w) : first_[(t >> 6) + 1];
  }

 private:
  uint32_t n_ = 0;
  std::vector<uint64_t> bits_;
  std::vector<uint32_t> first_;  // per block of 64 tokens, and one past the last: n_
};

// ---- quotes_lexicon.cpp: word lists --------------------------------------------------------------

// What the word lists say about a lower-cased word form, as bits: one lookup answers every list.
enum WordClass : uint32_t {
  kSpeech = 1u << 0,       // verbs that can introduce or follow a verbatim quotation: said, added, wrote
  kReporting = 1u << 1,    // verbs (any inflection) that report speech or stance: said, tells, warned
  kBaseForm = 1u << 2,     // the uninflected form of a cue verb (say, order, report), maybe a noun
  kListener = 1u << 3,     // take the listener as object before the content: told reporters that
  kLightVerb = 1u << 4,    // need a noun before "that": voiced confidence that, expressed hope that
  kCueFiller = 1u << 5,    // auxiliaries and adverbs between a subject and its cue: has, also, later
  kTimeWord = 1u << 6,     // words of a time adjunct: this past week, on Tuesday, last month
  kPronoun = 1u << 7,      // he she they I we it who you
  kVagueHead = 1u << 8,    // experts officials critics sources some
  kTitle = 1u << 9,        // mr dr president councillor sen
  kOrgSpelling = 1u << 10, // lower-cased, a word of organisation names (is_organization_word decides)
  kNpStop = 1u << 11,      // end a noun phrase walked backwards (conjunctions, prepositions, ...)
  kDeterminer = 1u << 12,  // may open a source: the, a, another, some, many
  kPastVerb = 1u << 13,    // irregular past forms and auxiliaries that end a noun phrase: began, was
  kParticleShift = 14,     // 3 bits: the particle the cue takes before its content (cue_particle_of)
  kParticleMask = 7u << 14,
  kComeback = 1u << 17,    // verbs of a reply with "back": shot back, fired back, hit back
  kEvidence = 1u << 18,    // verbs of evidence, any clause after them: "a poll shows Sanders leading"
  kGoverning = 1u << 19,   // verbs that govern a verb of saying through "to": went on to say, continued to
  kStanceNoun = 1u << 20,  // nouns of stance that report with "that" after a possessive: his warning that
  kMannerVerb = 1u << 21,  // verbs of the manner of speaking, cues only after a quotation: beamed, seethed
  kNaming = 1u << 22,      // words that name the quotation right after them: titled, slogan, reading
  kNamingHead = 1u << 23,  // the same before "of" (chants of, cries of) or "as" (known as)
  kMind = 1u << 24,        // verbs of a state of mind, which go on with what was said after "and": wanted, knows
};

// The WordClass bits of a lower-cased word (0 for words in no list).
uint32_t word_classes(std::string_view lower_word);
// The same with the word's hash already taken byte by byte with word_hash_step from kWordHashSeed.
uint32_t word_classes(std::string_view lower_word, uint32_t hash);
constexpr uint32_t kWordHashSeed = 2166136261u;  // FNV-1a
inline uint32_t word_hash_step(uint32_t h, unsigned char c) { return (h ^ c) * 16777619u; }
// Every lower-cased form some list has (views into the table, valid for the program's life): the
// shared vocabulary of every lexicon (claims_lexicon.hpp) includes them, so that a token's word id
// (Document::words) gives its classes.
void known_forms(std::vector<std::string_view>& out);
// The particle of a cue ("talked about", "called for", "pointed to") from its classes, or nullptr.
const char* cue_particle_of(uint32_t classes);
inline bool is_speech_verb(std::string_view w) { return (word_classes(w) & kSpeech) != 0; }
inline bool is_reporting_verb(std::string_view w) { return (word_classes(w) & kReporting) != 0; }
// Any case, an optional final dot: "Sen.", "President".
bool is_title_word(std::string_view word);
// Case as written: "Post", "Times", "Ministry", "Kremlin", "government".
bool is_organization_word(std::string_view word);
// Whether a cue is a word that names the quotation after it ("titled", "slogan", "chants of", "known
// as"): what it quotes is a title, a slogan or a chant, no statement that wants a speaker.
bool is_naming_cue(std::string_view cue);

// ---- quotes_attribution.cpp: noun phrases and cues around a token --------------------------------

struct TokRange {
  uint32_t begin = 0, end = 0;  // [begin, end) token indices
  bool empty() const { return begin >= end; }
};

// Tokens with what the extractor asks about them: lower-cased spelling, word classes, paragraph.
// A word's classes come from its id in the shared vocabulary (Document::words, vocabulary.hpp).
class TokenView {
 public:
  explicit TokenView(const Document& doc);
  const Document& doc;
  std::string_view text(uint32_t t) const { return doc.token_text(t); }
  const Token& tok(uint32_t t) const { return tokens_[t]; }  // doc.tokens[t]
  // Folded to lower case, words only ("" otherwise).
  FACTLIGHT_NATIVE_INLINE std::string_view lower(uint32_t t) const {
    const Token& k = tokens_[t];
    if (k.kind != TokenKind::word) return {};
    if (k.has(kNonAscii)) return folded(t);
    return std::string_view(lower_.data() + k.span.begin, k.span.size());
  }
  // The WordClass bits of token t (0 for non-words).
  uint32_t classes(uint32_t t) const { return classes_[words_[t].id]; }
  bool is(uint32_t t, uint32_t word_class) const { return (classes(t) & word_class) != 0; }
  bool is_word(uint32_t t) const { return tokens_[t].kind == TokenKind::word; }
  bool is_punct(uint32_t t, char32_t c) const {
    const Token& k = tokens_[t];
    return (k.kind == TokenKind::punct || k.kind == TokenKind::dash) && k.first == c;
  }
  bool is_dash(uint32_t t) const { return tokens_[t].kind == TokenKind::dash; }
#if defined(__GNUC__) && !defined(__wasm__)
  // (Natively most tokens asked are no punctuation, answered without a call.)
  FACTLIGHT_NATIVE_INLINE bool is_terminator(uint32_t t) const {
    return tokens_[t].kind == TokenKind::punct && terminator_at(t);
  }
#else
  bool is_terminator(uint32_t t) const { return terminator_at(t); }
#endif
  bool terminator_at(uint32_t t) const;  // is_terminator without its first test
  bool capitalized(uint32_t t) const { return tokens_[t].has(kCapitalized); }
  ByteSpan span(TokRange r) const { return {tokens_[r.begin].span.begin, tokens_[r.end - 1].span.end}; }
  // The paragraph of token t: the last one asked about, or found by binary search (asks come in runs
  // about the same paragraph). No array per token: a text can have a token per byte.
  uint32_t para_of(uint32_t t) const {
    if (t < para_tok_[para_hint_] || t >= para_tok_[para_hint_ + 1]) para_hint_ = find_para(t);
    return para_hint_;
  }
  uint32_t para_begin(uint32_t p) const { return para_tok_[p]; }
  uint32_t para_end(uint32_t p) const { return para_tok_[p + 1]; }

 private:
  std::string_view folded(uint32_t t) const;
  // doc.tokens' and doc.words' elements (the document never changes under a view): one load for a
  // token asked, where doc.tokens[t] reloads the reference and the vector's start after every store
  // the compiler cannot tell apart from them (most asks are of one bit of a token).
  const Token* tokens_;
  const TokenWord* words_;
  const uint32_t* classes_;  // by word id

  uint32_t find_para(uint32_t t) const;
  std::vector<uint32_t> para_tok_;  // first token of each paragraph, then the token count
  mutable uint32_t para_hint_ = 0;
  // The text with its ASCII letters lowered (Document::lowered_text, one copy for every view): the
  // lower-case spelling of every ASCII word.
  std::string_view lower_;
  // Words with other letters, folded on first use, in a table open-addressed by token: token + 1 (0 for
  // an empty slot) and its folded spelling, a view of lower_ when folding changed no letter past ASCII
  // ("trump’s", "josé"), else of a string of folds_ (which never moves: views stay valid).
  mutable std::vector<uint32_t> fold_keys_;
  mutable std::vector<std::string_view> fold_vals_;
  mutable uint32_t fold_count_ = 0;
  mutable std::vector<std::unique_ptr<std::string>> folds_;
  mutable std::string fold_scratch_;
};

// A lower-cased word in 's or ’s: "trump’s", "the group's".
bool possessive(std::string_view w);
// "I'm", "Let's", "It’s", "we've": a pronoun with its verb, which opens a clause.
bool contraction(const TokenView& v, uint32_t t);

// The length in tokens of a cue starting at t ("said" 1, "according to" 2, "voiced confidence" 2), 0 if
// none. `limit` is the first token not to look at.
uint32_t cue_length(const TokenView& v, uint32_t t, uint32_t limit);
// The source noun phrase that ends right before token `end`, looking back no further than `floor`:
// "Pavel Snop", "the former agent", "He", "campaign manager Jeff Weaver", "Craig Minassian, a spokesman,".
TokRange np_before(const TokenView& v, uint32_t end, uint32_t floor);
// "increasingly", "publicly": a lower-case adverb in -ly.
bool is_manner_adverb(const TokenView& v, uint32_t t);
// "Theresa May", "Will Doyle": a capitalized "May" or "Will" next to a capitalized word that ends no
// phrase is part of a name (after a given name a surname, before a surname, and no third capitalized
// word, a given name).
bool modal_in_name(const TokenView& v, uint32_t t);
// The noun phrase starting at `begin` (inverted layouts: "said Councillor Dana Whitfield").
TokRange np_after(const TokenView& v, uint32_t begin, uint32_t limit);
// The subject of the clause a sentence opens with, skipping an opening adverbial ("In May, X ...").
TokRange clause_subject(const TokenView& v, uint32_t sentence_begin, uint32_t limit);

// After an inverted cue ("…, said X, a professor at Emory."), the end of the mention X with its
// apposition when the apposition runs to `end` (the end of the sentence), else X's own end. A clause
// of its own (", echoing …", ", who said …") or a quotation leaves X alone.
uint32_t apposition_end(const TokenView& v, TokRange np, uint32_t end);

// Whether the capitalized words of r are a title in title case, not a name: "Stealth Over Health".
bool title_phrase(const TokenView& v, TokRange r);

// ---- speakers.cpp helpers shared with quotes --------------------------------------------------------
SpeakerKind kind_of_mention(const TokenView& v, TokRange mention);
// Where the head phrase of a mention ends: before an apposition ("Snop, a former agent"), before
// "of the" after a name ("Tusk of the Walrus Police Department"), before a preposition after a
// person's noun ("a spokesman for the board").
uint32_t head_end(const TokenView& v, TokRange mention);

}  // namespace factlight::quotes
