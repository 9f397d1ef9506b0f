// Phrases that rest a statement on unnamed sources: "experts note", "critics say", "some argue",
// "it is believed", "reportedly", "sources said", "many believe". Used by the vague_source finding and by
// the check-worthiness features, so both see the same phrases.
#pragma once
#include <cstdint>
#include <vector>

#include "factlight/document.hpp"

namespace factlight {

struct VagueSource {
  ByteSpan span;  // the phrase: "Experts note", "reportedly", "it is believed"
};

// Phrases among the tokens [first_token, token_end), in order, not overlapping. Linear in the tokens.
std::vector<VagueSource> find_vague_sources(const Document& doc, uint32_t first_token, uint32_t token_end);

}  // namespace factlight
