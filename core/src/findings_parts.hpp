// The findings, one function per family; find_issues() (findings.cpp) runs them all.
// Private to the core: the public entry point is find_issues in extractors.hpp.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "claims_lexicon.hpp"
#include "factlight/model.hpp"

namespace factlight {

// For each paragraph, true when it repeats an earlier paragraph (its sentences are not reported again).
// Emits duplicate_paragraph and duplicate_sentence.
std::vector<bool> find_duplicates(const Document& doc, std::vector<Finding>& out);

// inconsistent_figures (same subject, values that cannot both hold) and unsourced_figure (a statistic in
// a check-worthy sentence that says nowhere where it comes from). `sourced`: per paragraph, whether one of
// its sentences has the attribution, evidence or vague-source cue (find_issues computes it).
void find_figure_issues(const Analysis& a, const lexicon::FeatureWords& words,
                        const std::vector<bool>& skip_paragraph, std::vector<char> sourced,
                        std::vector<Finding>& out);

// Text folded for comparison: lower case, runs of spaces as one space, every quote mark or apostrophe as
// '"', every dash as '-', trimmed. "The  “War”" and "the \"war\"" fold alike.
std::string fold_for_comparison(std::string_view text);

// The sentence as a related span, or nothing when it is longer than kMaxRelatedBytes: every related span
// is written out with its text, so a finding per phrase of a 10 MB sentence would repeat 10 MB each time.
inline constexpr uint32_t kMaxRelatedBytes = 2000;
inline std::vector<ByteSpan> related_sentence(ByteSpan sentence) {
  if (sentence.size() > kMaxRelatedBytes) return {};
  return {sentence};
}

// A short excerpt for messages: the text itself, or its start and "…" when longer than max_bytes.
std::string excerpt(std::string_view text, std::size_t max_bytes = 60);

}  // namespace factlight
