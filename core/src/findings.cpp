// Findings: what an editor should look at before publishing. Each family lives in its own file
// (findings_duplicates.cpp, findings_figures.cpp, findings_vague.cpp); this one runs them in order.
// Unbalanced quote marks are reported by the quotes extractor.
#include <algorithm>
#include <string>
#include <utility>

#include "claims_lexicon.hpp"
#include "factlight/extractors.hpp"
#include "factlight/vague_sources.hpp"
#include "findings_parts.hpp"
#include "quotes_internal.hpp"
#include "sort_order.hpp"

namespace factlight {
namespace {

std::string quoted(std::string_view s) { return "\xE2\x80\x9C" + excerpt(s) + "\xE2\x80\x9D"; }

}  // namespace

void find_issues(const Analysis& a, std::vector<Finding>& out) {
  lexicon::find_issues(a, lexicon::FeatureWords(a.doc), out);
}

void lexicon::find_issues(const Analysis& a, const FeatureWords& words, std::vector<Finding>& out) {
  const Document& doc = a.doc;
  if (!doc.invalid_bytes.empty()) {
    const uint32_t first = doc.invalid_bytes.front();
    out.push_back({"invalid_utf8", {first, first + 1},
                   std::to_string(doc.invalid_bytes.size()) +
                       " invalid UTF-8 byte(s) were read as U+FFFD; offsets still index the original bytes.",
                   {}});
  }
  // A repeated paragraph is reported once, as a whole; what is inside it is not reported again.
  const std::vector<bool> repeated = find_duplicates(doc, out);
  auto in_repeat = [&](uint32_t at) {
    return !doc.sentences.empty() && repeated[doc.sentences[doc.sentence_at(at)].paragraph];
  };

  // The vague sources of the sentences that have the cue, and which paragraphs name a source (for
  // unsourced_figure below).
  // The words inside direct quotations, as spans in text order: a vague phrase there is the speaker's
  // ("“People say they hate us,” he said"), not the reporter resting on unnamed sources.
  std::vector<uint64_t> quoted_keys;
  std::vector<ByteSpan> in_quotes;
  for (const Quote& q : a.quotes)
    if (q.kind == QuoteKind::direct && !q.scare)
      for (const ByteSpan& f : q.fragments) {
        in_quotes.push_back(f);
        quoted_keys.push_back(span_key(f));
      }
  const std::vector<uint32_t> quoted_order = stable_order(quoted_keys);
  std::size_t next_quoted = 0;
  uint32_t quoted_end = 0;  // the furthest end of the quoted spans that begin at or before a position
  auto inside_quote = [&](uint32_t at) {  // asked at increasing positions
    for (; next_quoted < quoted_order.size() && in_quotes[quoted_order[next_quoted]].begin <= at; ++next_quoted)
      quoted_end = std::max(quoted_end, in_quotes[quoted_order[next_quoted]].end);
    return quoted_end > at;
  };
  Scratch scratch;
  std::vector<VagueSource> vague;
  std::vector<char> sourced(doc.paragraphs.size(), 0);
  constexpr uint32_t kSourcing = 1u << kCueAttribution | 1u << kCueEvidence | 1u << kCueVagueSource;
  for (uint32_t i = 0; i < doc.sentences.size(); ++i) {
    const Sentence& s = doc.sentences[i];
    const uint32_t cues = words.sentence_cues(i);
    if (cues & kSourcing) sourced[s.paragraph] = 1;
    if (repeated[s.paragraph] || !(cues & 1u << kCueVagueSource)) continue;
    vague.clear();
    vague_sources(doc, words.range(s.first_token, s.token_end), scratch, &vague);
    for (const VagueSource& v : vague) {
      if (inside_quote(v.span.begin)) continue;
      out.push_back({"vague_source", v.span,
                     quoted(doc.slice(v.span)) +
                         " rests the statement on unnamed sources: say who, or how they know.",
                     related_sentence(s.span)});
    }
  }

  for (const Quote& q : a.quotes) {
    if (q.scare || q.kind == QuoteKind::indirect || q.speaker || !q.speaker_name.empty()) continue;
    if (q.cue && quotes::is_naming_cue(doc.slice(*q.cue))) continue;  // "a memo titled “…”", "chants of “…”"
    if (in_repeat(q.span.begin)) continue;
    out.push_back({"unattributed_quote", q.span,
                   "This quotation has no named speaker: add who said it.",
                   related_sentence(doc.sentences[doc.sentence_at(q.span.begin)].span)});
  }

  find_figure_issues(a, words, repeated, std::move(sourced), out);
}

}  // namespace factlight
