// Export of check-worthy claims as schema.org ClaimReview JSON-LD skeletons, for a fact-checker's CMS
// to complete (rating, verdict, URL, date) and publish.
#pragma once
#include <string>
#include <string_view>

#include "factlight/model.hpp"
#include "factlight/options.hpp"

namespace factlight {

// A JSON array with one ClaimReview per exported claim, in text order: the claims listed in
// options.claim_ids ("c3" is the claim of sentence 3, whatever the threshold), or when that list is empty
// every claim scoring at least options.claim_threshold. Each carries claimReviewed (the sentence),
// itemReviewed (a Claim, with the quoted speaker as author when there is one), an empty reviewRating, and a
// "factlight" object with the claim id, its span in options.offsets units, score and reasons.
// On error (input too large, an unknown claim id) the factlight/1 error object {"schema", "error"}.
std::string claimreview_to_json(std::string_view text, const Options& options, int indent = -1);

// The same for an analysis already made; claims must have been scored with threshold 0 when
// options.claim_ids is not empty. error receives a message (and "" is returned) for an unknown claim id.
std::string claimreview_json(const Analysis& analysis, const Options& options, int indent, std::string& error);

}  // namespace factlight
