// The stages of an analysis, in the order analyze() runs them. Each lives in its own .cpp.
#pragma once
#include "factlight/model.hpp"

namespace factlight {

// figures.cpp: numbers, amounts, percentages, money, quantities, dates, durations, ordinals.
void extract_figures(const Document& doc, std::vector<Figure>& out);

// quotes.cpp: direct, partial and reported speech with cues and speaker mentions;
// speakers.cpp resolves mentions to names. Stray quote marks become findings.
void extract_quotes(const Document& doc, std::vector<Quote>& quotes, std::vector<Finding>& findings);
void resolve_speakers(const Document& doc, std::vector<Quote>& quotes, std::vector<Speaker>& speakers);

// claims.cpp: a check-worthiness score for each sentence, with reasons.
void score_claims(const Document& doc, const std::vector<Figure>& figures,
                  const std::vector<Quote>& quotes, double threshold, std::vector<Claim>& out);

// findings.cpp: what an editor should look at (duplicates, vague sources, inconsistencies...).
void find_issues(const Analysis& analysis, std::vector<Finding>& out);

}  // namespace factlight
