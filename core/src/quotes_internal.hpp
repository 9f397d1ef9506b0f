// Shared by the quote extractor's files (quotes*.cpp) and speakers.cpp; not part of the public API.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "factlight/document.hpp"
#include "factlight/model.hpp"

namespace factlight::quotes {

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

// ---- quotes_lexicon.cpp: word lists --------------------------------------------------------------

// Verbs (any inflection) that report speech or stance: "said", "tells", "warned", "according".
bool is_reporting_verb(std::string_view lower_word);
// The subset that can introduce or follow a verbatim quotation ("said", "added", "asked", "wrote").
bool is_speech_verb(std::string_view lower_word);
// The particle some cues take before their content ("talked about", "called for", "pointed to"),
// or nullptr.
const char* cue_particle(std::string_view lower_word);
// The uninflected form of a cue verb ("say", "order", "report"), which may as well be a noun.
bool is_base_form(std::string_view lower_word);
// Verbs that take the listener as object before the content: "told reporters that", "assured them".
bool takes_listener(std::string_view lower_word);
// Verbs that need a noun before "that": "voiced confidence that", "expressed hope that".
bool is_stance_light_verb(std::string_view lower_word);
// Auxiliaries and adverbs that sit between a subject and its cue: "has", "also", "later".
bool is_cue_filler(std::string_view lower_word);
// Words of a time adjunct: "this past week", "on Tuesday", "last month".
bool is_time_word(std::string_view lower_word);
bool is_personal_pronoun(std::string_view lower_word);  // he she they I we it who you
bool is_vague_source_head(std::string_view lower_word);  // experts officials critics sources some
bool is_title_word(std::string_view word);               // Mr. Dr. President Councillor Sen. ...
bool is_organization_word(std::string_view word);        // Post Times Ministry Party Kremlin ...
// Lower-case words that end a noun phrase walked backwards (conjunctions, prepositions, verbs' objects).
bool is_np_stop_word(std::string_view lower_word);
// Determiners and quantifiers that may open a source: "the", "a", "another", "some", "many".
bool is_determiner(std::string_view lower_word);

// ---- quotes_attribution.cpp: noun phrases and cues around a token --------------------------------

struct TokRange {
  uint32_t begin = 0, end = 0;  // [begin, end) token indices
  bool empty() const { return begin >= end; }
};

class TokenView {
 public:
  explicit TokenView(const Document& doc);
  const Document& doc;
  std::string_view text(uint32_t t) const { return doc.token_text(t); }
  // Folded to lower case, words only ("" otherwise); a view of a copy lowered once per document.
  std::string_view lower(uint32_t t) const {
    return std::string_view(lower_).substr(lower_span_[t].begin, lower_span_[t].size());
  }
  bool is_word(uint32_t t) const { return doc.tokens[t].kind == TokenKind::word; }
  bool is_punct(uint32_t t, char32_t c) const {
    const Token& k = doc.tokens[t];
    return (k.kind == TokenKind::punct || k.kind == TokenKind::dash) && k.first == c;
  }
  bool is_dash(uint32_t t) const { return doc.tokens[t].kind == TokenKind::dash; }
  bool is_terminator(uint32_t t) const;
  bool capitalized(uint32_t t) const { return doc.tokens[t].has(kCapitalized); }
  ByteSpan span(TokRange r) const { return {doc.tokens[r.begin].span.begin, doc.tokens[r.end - 1].span.end}; }
  uint32_t para_of(uint32_t t) const { return para_[t]; }
  uint32_t para_begin(uint32_t p) const { return para_tok_[p]; }
  uint32_t para_end(uint32_t p) const { return para_tok_[p + 1]; }

 private:
  std::vector<uint32_t> para_;
  std::vector<uint32_t> para_tok_;
  // The text with ASCII letters lowered (same offsets), then the folded spelling of every word that
  // is not all ASCII; token t is lower_[lower_span_[t].begin, lower_span_[t].end) (empty for non-words).
  std::string lower_;
  std::vector<ByteSpan> lower_span_;
};

// The length in tokens of a cue starting at t ("said" 1, "according to" 2, "voiced confidence" 2), 0 if
// none. `limit` is the first token not to look at.
uint32_t cue_length(const TokenView& v, uint32_t t, uint32_t limit);
// Irregular past forms and auxiliaries that end a noun phrase: "began", "was", "stood".
bool is_past_verb(std::string_view lower_word);
// The source noun phrase that ends right before token `end`, looking back no further than `floor`:
// "Pavel Snop", "the former agent", "He", "campaign manager Jeff Weaver", "Craig Minassian, a spokesman,".
TokRange np_before(const TokenView& v, uint32_t end, uint32_t floor);
// The noun phrase starting at `begin` (inverted layouts: "said Councillor Dana Whitfield").
TokRange np_after(const TokenView& v, uint32_t begin, uint32_t limit);
// The subject of the clause a sentence opens with, skipping an opening adverbial ("In May, X ...").
TokRange clause_subject(const TokenView& v, uint32_t sentence_begin, uint32_t limit);

// ---- speakers.cpp helpers shared with quotes --------------------------------------------------------
SpeakerKind kind_of_mention(const TokenView& v, TokRange mention);

}  // namespace factlight::quotes
