// ClaimReview JSON-LD skeletons (https://schema.org/ClaimReview). Everything a fact-checker decides is left
// null for the CMS to fill in: the rating, the verdict, the review's URL, author and date.
// This file chooses the claims; json_writer.cpp writes them (claimreviews_to_json), without a JSON tree.
#include "factlight/claimreview.hpp"

#include <algorithm>
#include <cmath>

#include "factlight/analyze.hpp"
#include "factlight/json_writer.hpp"
#include "size_hints.hpp"

namespace factlight {

FACTLIGHT_COLD std::string claimreview_json(const Analysis& a, const Options& o, int indent, std::string& error) {
  std::vector<const Claim*> chosen;
  if (o.claim_ids.empty()) {
    for (const Claim& c : a.claims)
      if (std::round(c.score * 1000.0) / 1000.0 >= o.claim_threshold) chosen.push_back(&c);
  } else {
    std::vector<uint32_t> ids = o.claim_ids;
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    std::size_t k = 0;  // claims are in id order: one merge pass
    for (uint32_t id : ids) {
      while (k < a.claims.size() && a.claims[k].id < id) ++k;
      if (k == a.claims.size() || a.claims[k].id != id) {
        error = "no claim c" + std::to_string(id) + " (claim ids are c1 to c" +
                std::to_string(a.doc.sentences.size()) + ", one per sentence)";
        return "";
      }
      chosen.push_back(&a.claims[k]);
    }
  }
  return claimreviews_to_json(a, o, chosen, indent);
}

FACTLIGHT_COLD std::string claimreview_to_json(std::string_view text, const Options& options, int indent) {
  Options o = options;
  o.layers = Layers{};  // every layer: the author comes from the quotes
  if (!o.claim_ids.empty()) o.claim_threshold = 0.0;  // listed claims are exported whatever their score
  const AnalyzeResult r = analyze(text, o);
  if (!r.ok()) return error_json(r.error, indent);
  std::string error;
  std::string json = claimreview_json(*r.analysis, options, indent, error);
  return error.empty() ? json : error_json(error, indent);
}

}  // namespace factlight
