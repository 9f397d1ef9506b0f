// ClaimReview JSON-LD skeletons (https://schema.org/ClaimReview). Everything a fact-checker decides is left
// null for the CMS to fill in: the rating, the verdict, the review's URL, author and date.
#include "factlight/claimreview.hpp"

#include <algorithm>
#include <cmath>
#include <nlohmann/json.hpp>

#include "factlight/analyze.hpp"
#include "factlight/json_writer.hpp"
#include "factlight/offsets.hpp"

namespace factlight {
namespace {

using Json = nlohmann::ordered_json;

// The author of the claim: the named speaker of the first quote in it that has one.
Json claim_author(const Analysis& a, const Claim& c) {
  for (uint32_t id : c.quotes) {
    if (id == 0 || id > a.quotes.size()) continue;
    const Quote& q = a.quotes[id - 1];
    if (q.speaker_name.empty()) continue;
    if (q.speaker_kind != SpeakerKind::person && q.speaker_kind != SpeakerKind::organization) continue;
    return Json{{"@type", q.speaker_kind == SpeakerKind::person ? "Person" : "Organization"},
                {"name", q.speaker_name}};
  }
  return nullptr;
}

}  // namespace

std::string claimreview_json(const Analysis& a, const Options& o, int indent, std::string& error) {
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
  std::vector<uint32_t> offsets;
  for (const Claim* c : chosen) offsets.insert(offsets.end(), {c->span.begin, c->span.end});
  const OffsetMap map(a.doc.original(), o.offsets, std::move(offsets));

  Json out = Json::array();
  for (const Claim* c : chosen) {
    const std::string text(a.doc.slice(c->span));  // the repaired text: always valid UTF-8
    Json claim{{"@type", "Claim"}, {"author", claim_author(a, *c)},
               {"appearance", Json{{"@type", "CreativeWork"}, {"url", nullptr}}}};
    Json review;
    review["@context"] = "https://schema.org";
    review["@type"] = "ClaimReview";
    review["claimReviewed"] = text;
    review["itemReviewed"] = std::move(claim);
    review["reviewRating"] = Json{{"@type", "Rating"},       {"ratingValue", nullptr}, {"bestRating", nullptr},
                                  {"worstRating", nullptr},  {"alternateName", nullptr}};
    review["author"] = Json{{"@type", "Organization"}, {"name", nullptr}, {"url", nullptr}};
    review["datePublished"] = nullptr;
    review["url"] = nullptr;
    // Not schema.org: where the claim sits in the analysed text, for the CMS (JSON-LD processors ignore it).
    Json reasons = Json::array();
    for (const ClaimReason& r : c->reasons) reasons.push_back(reason_text(r));
    review["factlight"] = Json{{"claim", "c" + std::to_string(c->id)},
                               {"offsets", offset_unit_name(o.offsets)},
                               {"begin", map(c->span.begin)},
                               {"end", map(c->span.end)},
                               {"score", std::round(c->score * 1000.0) / 1000.0},
                               {"reasons", reasons}};
    out.push_back(std::move(review));
  }
  return out.dump(indent, ' ', false, Json::error_handler_t::replace);
}

std::string claimreview_to_json(std::string_view text, const Options& options, int indent) {
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
