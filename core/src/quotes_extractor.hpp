// The quote extractor's pass over a document: quotes.cpp (the pass, reported speech after a cue, the
// boundary chooser, drafts and inheritance) and quotes_layouts.inc (the layouts that attribute a
// quotation: "…,” X said", "X said: “…”", lead-ins, a signature; and those around a cue of reported
// speech: labelled lines, nouns of stance, participles, "as X said", passives). Both make one
// translation unit (quotes.cpp includes the other): include this header nowhere else.
#pragma once
#include <optional>
#include <vector>

#include "factlight/document.hpp"
#include "factlight/model.hpp"
#include "factlight/quote_bounds.hpp"
#include "quotes_internal.hpp"
#include "word_set.hpp"

namespace factlight {
namespace {

using quotes::QuotedRun;
using quotes::TokenView;
using quotes::TokRange;
using quotes::eq;

struct Attribution {
  TokRange cue, speaker;
  double confidence = 0.0;
  bool found() const { return !speaker.empty() || !cue.empty(); }  // a cue with no source found is kept
};

enum class RunState : uint8_t { pending, attributed, merged, consumed };

// Bounds that keep every attribution local, so that the whole pass stays linear in the input.
constexpr uint32_t kMaxLeadIn = 80;    // tokens of a sentence before a quotation it belongs to
constexpr uint32_t kMaxBackward = 150;  // tokens of content before "…, X said."
constexpr uint32_t kMaxAdjunct = 24;    // tokens of an adjunct between a cue and its "that"
constexpr uint32_t kShortAdjunct = 8;   // ... within which any "that" opens the content

// A quote before the final pass, with what the inheritance pass needs to know.
struct Draft {
  Quote q;
  uint32_t first_para = 0, last_para = 0;
  bool may_inherit = false;  // a standalone quotation with no cue of its own
  bool dropped = false;      // a relative clause inside the source mention of another quote
  bool bounded = false;      // attributed by the rules: its boundaries may be chosen again (choose_bounds)
  TokRange cue_tok, speaker_tok;
};

// Verbs that introduce a quotation but report nothing on their own.
const WordSet kNoReportedCue{"begin", "begins", "began", "begun", "beginning", "continue", "continues", "continued",
                             "continuing", "speak", "speaks", "spoke", "spoken", "speaking"};

// Words that open an aside set off by commas between a verb of saying and what was said: "said,
// however, that …", "added, though, that …", "said, without evidence, that …".
const WordSet kAsideOpeners{"however", "though", "too", "again", "instead", "also", "meanwhile", "nonetheless",
                            "nevertheless", "moreover", "furthermore", "without", "despite", "unlike", "perhaps", "per",
                            "apparently", "notably", "like", "as", "for", "among", "under", "once", "still"};

// Nouns of where words were said or written: "in a statement", "on his Facebook page".
const WordSet kOutlets{"statement", "interview", "tweet", "post", "email", "speech", "letter", "memo",
                       "video", "appearance", "facebook", "op-ed", "release"};

// Words that may open a sentence before a quotation without making it a partial quote: "But “…”".
bool is_conjunction(std::string_view w) {
  return eq(w, "but") || eq(w, "and") || eq(w, "so") || eq(w, "still") || eq(w, "yet") || eq(w, "or") || eq(w, "then") ||
         eq(w, "also") || eq(w, "now");
}

// Words that open a clause of their own, which ends an adjunct before it reaches a "that".
const WordSet kClauseWords{"and", "but", "or", "because", "while", "when", "where", "which", "who", "whom",
                           "whose", "if", "whether", "although", "though", "since", "as", "so", "what", "how",
                           "why", "is", "was", "are", "were", "has", "have", "had"};
bool is_clause_word(std::string_view w) { return kClauseWords.contains(w); }

bool ends_with_ing(std::string_view w) { return w.size() > 4 && w.compare(w.size() - 3, 3, "ing") == 0; }

// The boundary chooser's hashing is called ~40 times a candidate: out of line in the wasm (one copy of
// its code), inlined natively, where the calls cost more than the few bytes (a target test, not a
// platform's API).
#if defined(__wasm__)
#define FACTLIGHT_WASM_NOINLINE __attribute__((noinline))
#else
#define FACTLIGHT_WASM_NOINLINE
#endif

// Members are defined outside the class, in quotes.cpp and quotes_layouts.inc, `inline` as they were
// when defined inside it, but for the few marked noinline: those stay out of line as the compiler
// chose then (with the definitions moved, its choices changed and the wasm grew by 0.6 KB).
class Extractor {
 public:
  Extractor(const Document& doc, std::vector<Quote>& out, std::vector<Finding>& findings,
            quote_bounds::Recorder* recorder = nullptr, bool use_model = true)
      : doc_(doc), tok_(doc.tokens.data()), v_(doc), out_(out), findings_(findings), recorder_(recorder), use_model_(use_model) {}
  void run();

 private:
  // ---- direct quotations: the layouts around a quotation (quotes_layouts.cpp) ----------------------
  void attribute_run(std::size_t i);  // quotes.cpp: tries the layouts in turn
  bool closes_clause(const QuotedRun& r) const;
  bool is_title(const QuotedRun& r) const;
  bool inner_comma(const QuotedRun& r) const;
  __attribute__((noinline)) bool comma_before(uint32_t k) const;
  __attribute__((noinline)) bool ends_with_terminator(const QuotedRun& r) const;
  void take_lead_in(std::size_t i);
  void take_interposed_lead(std::size_t i);
  bool setting(uint32_t b, uint32_t e) const;
  __attribute__((noinline)) uint32_t clause_limit(uint32_t t, uint32_t max_tokens) const;
  void extend_by_place(TokRange& np, uint32_t& k, uint32_t lim) const;
  void extend_description(TokRange& np, uint32_t lim) const;
  Attribution signature_line(const QuotedRun& r);
  Attribution after_layout(const QuotedRun& r, uint32_t& clause_end);
  bool description_at(uint32_t t, uint32_t end) const;
  Attribution before_layout(const QuotedRun& r);
  Attribution as_layout(const QuotedRun& r, uint32_t& lead) const;
  Attribution clause_before_colon(uint32_t b, uint32_t floor) const;
  TokRange passive_agent(uint32_t k, uint32_t cl, uint32_t bb, uint32_t floor) const;
  bool hypothetical_cue(uint32_t k, uint32_t floor) const;
  TokRange subject_of(uint32_t k, uint32_t floor) const;
  // quotes::np_before, the last answer kept: reported_at asks it of a cue, then subject_of again.
  TokRange np_before(uint32_t end, uint32_t floor) const {
    if (end != np_memo_end_ || floor != np_memo_floor_) {
      np_memo_ = quotes::np_before(v_, end, floor);
      np_memo_end_ = end;
      np_memo_floor_ = floor;
    }
    return np_memo_;
  }

  // ---- reported speech: the layouts around a cue (quotes_layouts.cpp) ------------------------------
  void labelled_paragraph(uint32_t p);
  void transcript_run(std::size_t i);
  uint32_t stance_noun_at(uint32_t k, uint32_t s0, uint32_t s1);
  uint32_t opening_participle(uint32_t k, uint32_t cl, uint32_t s1);
  uint32_t as_clause(uint32_t k, uint32_t cl, uint32_t s0, uint32_t s1);
  uint32_t passive_by(uint32_t k, uint32_t cl, uint32_t s0, uint32_t s1);

  // ---- reported speech: the clause after a cue (quotes.cpp) ----------------------------------------
  void reported_speech(const Sentence& s);
  uint32_t reported_at(uint32_t k, uint32_t cl, uint32_t s0, uint32_t s1);
  uint32_t relative_object(TokRange speaker, uint32_t k, uint32_t s0) const;
  uint32_t nested_start(uint32_t s0, uint32_t c) const;
  bool own_cue_after(uint32_t t, uint32_t end) const;
  bool noun_after_article(uint32_t u) const;
  bool other_clause(uint32_t t, uint32_t end) const;
  bool embedded_relative(uint32_t t, uint32_t end) const;
  bool speakers_next_verb(uint32_t t, uint32_t limit) const;
  bool object_pronoun(uint32_t t) const;
  bool listener_after_cue(uint32_t t) const;
  __attribute__((noinline)) bool listener_to_end(uint32_t t, uint32_t end) const;
  bool opens_subject(uint32_t j) const;
  bool adjunct_opener(uint32_t j) const;
  bool subordinator(uint32_t j) const;
  TokRange widen_cue(TokRange cue, TokRange speaker, ByteSpan content) const;
  bool content_opener(uint32_t j, bool saying) const;
  bool emit_reported(TokRange cue, TokRange speaker, TokRange content, double confidence, TokRange rest = {});
  bool full_stop(uint32_t t) const;
  // The tokens of fragment k of a run (its marks included).
  TokRange fragment_tokens(const QuotedRun& r, std::size_t k) const;
  __attribute__((noinline)) bool abbreviation_dot(uint32_t t, uint32_t begin) const;
  bool trim_content(TokRange& content) const;
  bool emit_content(TokRange cue, TokRange speaker, TokRange content, double confidence, TokRange rest);
  void split_contraction(Quote& q, TokRange speaker) const;

  // ---- the learned boundary chooser (quote_bounds.hpp) -------------------------------------------
  FACTLIGHT_WASM_NOINLINE static uint32_t feature(uint32_t tmpl, uint32_t a, uint32_t b = 0, uint32_t c = 0);
  static uint32_t bucket(uint32_t n);
  __attribute__((noinline)) uint32_t tok_id(uint32_t t) const;
  uint32_t word_class(uint32_t t) const;
  static const std::vector<int16_t>& weight_table();
  bool in_range(uint32_t t, TokRange r) const;
  void fill_window(uint32_t b, uint32_t e);
  uint32_t id(uint32_t t) const;
  uint32_t commas_in(uint32_t b, uint32_t e) const;
  // What the features of one boundary share.
  struct Frame {
    uint32_t mark = 0;      // start: the opening mark; end: the token right after the closing mark
    uint32_t lo = 0, hi = 0;  // start: first candidate token; end: the clause end
    uint32_t s0 = 0, layout = 0, cue_word = 0, kind = 0, near = 0, span = 0, words = 0, commas = 0;
  };
  static constexpr std::size_t kStartFeatures = 19, kEndFeatures = 18;
  void start_features(const Frame& x, std::size_t i, uint32_t* f) const;
  void end_features(const Frame& x, std::size_t i, uint32_t* f) const;
  void choose_bounds(Draft& d);
  std::size_t pick(bool start, ByteSpan fragment, const Frame& x, std::size_t count);

  // ---- drafts, scare quotes and inheritance ---------------------------------------------------------
  void draft_run(std::size_t i);
  std::optional<ByteSpan> relative_antecedent(const Draft& d) const;
  TokRange naming_cue(uint32_t open, uint32_t floor) const;
  bool relative_of(const Draft& d, ByteSpan before) const;
  void drop_nested_reports();
  void finish();

  const Document& doc_;
  const Token* tok_;  // doc_.tokens' elements: one load a token asked (see TokenView::tokens_)
  TokenView v_;
  std::vector<Quote>& out_;
  std::vector<Finding>& findings_;
  quote_bounds::Recorder* recorder_;
  bool use_model_;
  std::vector<QuotedRun> runs_;
  std::vector<int32_t> run_at_;
  std::vector<bool> used_cue_;  // one bit per token: a text can have a token per byte
  std::vector<RunState> state_;
  std::vector<Attribution> attr_;
  std::vector<int32_t> merged_into_;
  std::vector<int64_t> lead_in_;  // first token of the words before an attributed quotation, or -1
  std::vector<uint32_t> lead_words_;  // words of that lead-in, 0 when only conjunctions
  std::vector<TokRange> lead_frag_;   // words before a cue set off by commas before the quotation, or empty
  std::vector<TokRange> sentence_speaker_;
  // Reported content never runs into a quotation that has its own cue: barrier_.at_or_after(t) is the
  // first token at or after t that belongs to one (or to its cue); next_run_.at_or_after(t) the first
  // token at or after t inside a quoted run.
  quotes::NextMember barrier_, next_run_;
  std::vector<Draft> drafts_;
  std::vector<uint32_t> cands_, ids_, commas_;  // the boundary chooser's scratch
  uint32_t base_ = 0;
  mutable TokRange np_memo_;
  mutable uint32_t np_memo_end_ = UINT32_MAX, np_memo_floor_ = 0;
  bool nested_ = false;  // emitting "“…,” X said, according to Y": the content holds an attributed quotation
};

// ---- small helpers that both files ask ------------------------------------------------------------

// Whether the words from the token after a cue to the end of its clause are only a listener and an
// adjunct: "asked the candidate.", "said to the crowd on Monday.", "told Fox News,".
inline bool Extractor::listener_after_cue(uint32_t t) const {
  const uint32_t end = clause_limit(t, 24);
  // The clause must end with its sentence or paragraph, not run into a quotation or on and on.
  if (end < v_.para_end(v_.para_of(t)) && !v_.is_terminator(end)) return false;
  if (t < end && eq(v_.lower(t), "to")) ++t;
  return t < end && listener_to_end(t, end);
}

// Whether token j can be the first word of a subject: a pronoun, a determiner, a name or a number.
inline bool Extractor::opens_subject(uint32_t j) const {
  if (tok_[j].kind == TokenKind::number) return true;
  return v_.is_word(j) && (v_.is(j, quotes::kPronoun | quotes::kDeterminer) || v_.capitalized(j));
}

// Whether token j opens an adjunct of a cue rather than its content: "in a statement", "on
// Tuesday", "at a rally", "during the debate", "sarcastically".
inline bool Extractor::adjunct_opener(uint32_t j) const {
  if (!v_.is_word(j)) return false;
  if (v_.is(j, quotes::kTimeWord))  // "this" only in "this week"
    return !eq(v_.lower(j), "this") || (j + 1 < doc_.tokens.size() && v_.is(j + 1, quotes::kTimeWord));
  const std::string_view w = v_.lower(j);
  return eq(w, "in") || eq(w, "on") || eq(w, "at") || eq(w, "during") || eq(w, "with") || eq(w, "of") || eq(w, "by") ||
         eq(w, "via") || eq(w, "through") || eq(w, "from") || eq(w, "after") || eq(w, "before") ||
         (w.size() > 4 && w.compare(w.size() - 2, 2, "ly") == 0 && !v_.capitalized(j));
}

// "as", "while", "when": a clause that says when or how the cue was spoken ("said as he left").
inline bool Extractor::subordinator(uint32_t j) const {
  if (!v_.is_word(j) || v_.capitalized(j)) return false;
  const std::string_view w = v_.lower(j);
  return eq(w, "as") || eq(w, "while") || eq(w, "when") || eq(w, "because") || eq(w, "although") || eq(w, "though");
}

// “Meet the Press.”, “Sunday Morning Futures,”: a few words, each capitalized but for small
// function words, the way titles of shows, books and films are written.
inline bool Extractor::is_title(const QuotedRun& r) const {
  if (r.words == 0 || r.words > 6 || r.fragments.size() != 1) return false;
  bool first = true;
  for (uint32_t t = r.open_tok + 1; t < r.close_tok; ++t) {
    const Token& k = tok_[t];
    if (k.kind == TokenKind::number) continue;
    if (k.kind != TokenKind::word) continue;
    if (!v_.capitalized(t)) {
      const std::string_view w = v_.lower(t);
      const bool small = eq(w, "a") || eq(w, "an") || eq(w, "the") || eq(w, "of") || eq(w, "and") || eq(w, "or") || eq(w, "in") ||
                         eq(w, "on") || eq(w, "for") || eq(w, "to") || eq(w, "with") || eq(w, "at") || eq(w, "by");
      if (first || !small) return false;
    }
    first = false;
  }
  return !first;
}

// “…,”: the quotation ends with a comma inside its marks.
inline bool Extractor::inner_comma(const QuotedRun& r) const {
  uint32_t inner = r.close_tok;
  while (inner > r.open_tok && tok_[inner].kind == TokenKind::quote) --inner;
  return inner < r.close_tok && v_.is_punct(inner, ',');
}

// Whether a comma ends the clause right before token k: a bare one, or the one a quotation
// closes on ("… the plan was “a mess,” adding that …").
bool Extractor::comma_before(uint32_t k) const {
  if (k == 0) return false;
  if (v_.is_punct(k - 1, ',')) return true;
  const int32_t r = run_at_[k - 1];
  return r >= 0 && runs_[static_cast<std::size_t>(r)].close_tok == k - 1 && inner_comma(runs_[static_cast<std::size_t>(r)]);
}

// Where the clause after token t stops: a sentence end, a quotation or the paragraph end.
uint32_t Extractor::clause_limit(uint32_t t, uint32_t max_tokens) const {
  const uint32_t pend = v_.para_end(v_.para_of(t > 0 ? t - 1 : 0));
  uint32_t k = t;
  while (k < pend && k < t + max_tokens && run_at_[k] < 0 && !v_.is_terminator(k)) ++k;
  return k;
}

// Whether the words from t to `end` describe a person: "an analyst at the bank", "the mayor",
// "executive director of the union", "deputy manager for the campaign".
inline bool Extractor::description_at(uint32_t t, uint32_t end) const {
  if (t >= end || !v_.is_word(t) || v_.is(t, quotes::kPronoun)) return false;
  if (v_.is(t, quotes::kDeterminer | quotes::kTitle)) return true;
  if (v_.capitalized(t) || ends_with_ing(v_.lower(t)) || v_.is(t, quotes::kReporting)) return false;
  for (uint32_t u = t + 1; u < end && u < t + 5; ++u) {
    if (!v_.is_word(u)) return false;
    const std::string_view w = v_.lower(u);
    if (eq(w, "of") || eq(w, "at") || eq(w, "for")) return u > t;
  }
  return false;
}

inline bool Extractor::object_pronoun(uint32_t t) const {
  const std::string_view w = v_.lower(t);
  return eq(w, "him") || eq(w, "her") || eq(w, "them") || eq(w, "us") || eq(w, "me") || eq(w, "you");
}

// Whether the words from t to `end` are only a listener and an adjunct: "told reporters on Monday".
bool Extractor::listener_to_end(uint32_t t, uint32_t end) const {
  if (t >= end) return true;
  const TokRange l = object_pronoun(t) ? TokRange{t, t + 1} : quotes::np_after(v_, t, end);
  if (l.empty()) return false;
  return l.end >= end || v_.is_punct(l.end, ',') || adjunct_opener(l.end);
}

}  // namespace
}  // namespace factlight
