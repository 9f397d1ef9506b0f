// Quotes: first version. Paired double quote marks within a paragraph, with a nearby "said" cue.
#include <string>

#include "factlight/extractors.hpp"
#include "factlight/unicode.hpp"

namespace factlight {

void extract_quotes(const Document& doc, std::vector<Quote>& quotes, std::vector<Finding>& findings) {
  const auto& toks = doc.tokens;
  for (const Paragraph& p : doc.paragraphs) {
    const uint32_t t0 = doc.sentences[p.first_sentence].first_token;
    const uint32_t t1 = doc.sentences[p.sentence_end - 1].token_end;
    int open = -1;
    for (uint32_t i = t0; i < t1; ++i) {
      if (toks[i].kind != TokenKind::quote) continue;
      const char32_t c = toks[i].first;
      if (c != '"' && c != 0x201C && c != 0x201D) continue;
      if (open < 0) {
        open = static_cast<int>(i);
        continue;
      }
      Quote q;
      q.id = static_cast<uint32_t>(quotes.size() + 1);
      q.span = {toks[static_cast<uint32_t>(open)].span.begin, toks[i].span.end};
      q.fragments.push_back(q.span);
      q.confidence = 0.5;
      const Sentence& s = doc.sentences[doc.sentence_at(q.span.begin)];
      for (uint32_t k = s.first_token; k < static_cast<uint32_t>(open); ++k) {
        const std::string w = fold_lower(doc.token_text(k));
        if (w == "said" || w == "stating" || w == "says") q.cue = toks[k].span;
      }
      if (q.cue && toks[s.first_token].has(kCapitalized)) {
        uint32_t e = s.first_token;
        while (e + 1 < t1 && toks[e + 1].has(kCapitalized) && toks[e + 1].kind == TokenKind::word) ++e;
        q.speaker = ByteSpan{toks[s.first_token].span.begin, toks[e].span.end};
        q.speaker_kind = SpeakerKind::person;
        q.confidence = 0.8;
      }
      quotes.push_back(std::move(q));
      open = -1;
    }
    if (open >= 0) {
      findings.push_back({"unbalanced_quote", toks[static_cast<uint32_t>(open)].span,
                          "This quotation mark is never closed in its paragraph.", {}});
    }
  }
}

void resolve_speakers(const Document& doc, std::vector<Quote>& quotes, std::vector<Speaker>& speakers) {
  for (Quote& q : quotes) {
    if (!q.speaker) continue;
    q.speaker_name = std::string(doc.slice(*q.speaker));
    Speaker* found = nullptr;
    for (Speaker& s : speakers)
      if (s.name == q.speaker_name) found = &s;
    if (!found) {
      speakers.push_back({q.speaker_name, q.speaker_kind, {}, {}, {}});
      found = &speakers.back();
    }
    found->mentions.push_back(*q.speaker);
    found->quotes.push_back(q.id);
  }
}

}  // namespace factlight
