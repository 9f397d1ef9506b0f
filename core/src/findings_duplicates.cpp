// Duplicated paragraphs and sentences, as pasted articles often have them. Linear: each paragraph and
// sentence is folded once and looked up in a hash table; nothing is compared pairwise.
#include <string>
#include <unordered_map>

#include "factlight/unicode.hpp"
#include "findings_parts.hpp"

namespace factlight {
namespace {

// Sentences this short repeat legitimately ("Thank you.", "No."): not reported.
constexpr uint32_t kMinSentenceWords = 4;

uint32_t word_count(const Document& doc, const Sentence& s) {
  uint32_t n = 0;
  for (uint32_t t = s.first_token; t < s.token_end; ++t)
    if (doc.tokens[t].kind == TokenKind::word || doc.tokens[t].kind == TokenKind::number) ++n;
  return n;
}

std::string ordinal_line(uint32_t index) { return std::to_string(index + 1); }

}  // namespace

std::string fold_for_comparison(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  bool pending_space = false;
  for (std::size_t i = 0; i < text.size();) {
    const Decoded d = decode_utf8(text, i);
    i += d.len;
    if (is_space(d.cp) || is_line_break(d.cp)) {
      pending_space = !out.empty();
      continue;
    }
    if (is_joiner(d.cp)) continue;
    if (pending_space) out.push_back(' ');
    pending_space = false;
    if (quote_role(d.cp) != QuoteRole::none || is_apostrophe(d.cp)) out.push_back('"');
    else if (is_dash(d.cp)) out.push_back('-');
    else append_utf8(out, to_lower(d.cp));
  }
  return out;
}

std::string excerpt(std::string_view text, std::size_t max_bytes) {
  if (text.size() <= max_bytes) return std::string(text);
  std::size_t cut = max_bytes;
  while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;  // whole characters
  const std::size_t space = text.rfind(' ', cut);
  if (space != std::string_view::npos && space > max_bytes / 2) cut = space;
  return std::string(text.substr(0, cut)) + "\xE2\x80\xA6";
}

std::vector<bool> find_duplicates(const Document& doc, std::vector<Finding>& out) {
  std::vector<bool> repeated(doc.paragraphs.size(), false);
  std::unordered_map<std::string, uint32_t> paragraphs;  // folded text -> first paragraph
  for (uint32_t p = 0; p < doc.paragraphs.size(); ++p) {
    const ByteSpan span = doc.paragraphs[p].span;
    auto [it, inserted] = paragraphs.emplace(fold_for_comparison(doc.slice(span)), p);
    if (inserted || it->first.empty()) continue;
    repeated[p] = true;
    const Paragraph& first = doc.paragraphs[it->second];
    const bool exact = doc.slice(first.span) == doc.slice(span);
    const bool one_line = doc.paragraphs[p].sentence_end - doc.paragraphs[p].first_sentence <= 1;
    std::string msg = std::string(one_line ? "This line" : "This paragraph") + " repeats paragraph " +
                      ordinal_line(it->second) +
                      (exact ? " word for word" : " (differing only in case, spacing or quote marks)") +
                      (one_line ? ": a headline or a line pasted twice?" : ": pasted twice?");
    out.push_back({"duplicate_paragraph", span, std::move(msg), {first.span}});
  }
  // Sentences: repeated sentences outside repeated paragraphs ("the key point" said twice).
  std::unordered_map<std::string, uint32_t> sentences;  // folded text -> first sentence
  for (uint32_t s = 0; s < doc.sentences.size(); ++s) {
    const Sentence& sent = doc.sentences[s];
    if (word_count(doc, sent) < kMinSentenceWords) continue;
    auto [it, inserted] = sentences.emplace(fold_for_comparison(doc.slice(sent.span)), s);
    if (inserted || repeated[sent.paragraph]) continue;
    const Sentence& first = doc.sentences[it->second];
    out.push_back({"duplicate_sentence", sent.span,
                   "This sentence repeats one in paragraph " + ordinal_line(first.paragraph) + ".",
                   {first.span}});
  }
  return repeated;
}

}  // namespace factlight
