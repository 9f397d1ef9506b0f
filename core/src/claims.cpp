// Claims: first version. A sentence with a figure is worth checking; a quote adds a little.
#include "factlight/extractors.hpp"

namespace factlight {

void score_claims(const Document& doc, const std::vector<Figure>& figures,
                  const std::vector<Quote>& quotes, double threshold, std::vector<Claim>& out) {
  for (uint32_t s = 0; s < doc.sentences.size(); ++s) {
    Claim c;
    c.sentence = s;
    c.span = doc.sentences[s].span;
    c.score = 0.2;
    for (const Figure& f : figures)
      if (c.span.contains(f.span)) c.figures.push_back(f.id);
    for (const Quote& q : quotes)
      if (c.span.overlaps(q.span)) c.quotes.push_back(q.id);
    if (!c.figures.empty()) {
      c.score += 0.5;
      c.reasons.push_back("states a figure");
    }
    if (!c.quotes.empty()) {
      c.score += 0.1;
      c.reasons.push_back("contains a quote");
    }
    if (c.score < threshold) continue;
    c.id = static_cast<uint32_t>(out.size() + 1);
    out.push_back(std::move(c));
  }
}

}  // namespace factlight
