// The one vocabulary of every lexicon: each token's word is lower-cased, folded and looked up once, by
// the Document's tokenizer as each token ends (Document::words), and every stage after that reads small integer ids. The vocabulary and
// the look-up live in claims_lexicon.cpp (the claim cues and model, the vague sources) and take in the
// quote extractor's forms (quotes_lexicon.cpp). Private to the core.
#pragma once
#include <cstdint>
#include <string_view>
#include <vector>

#include "factlight/document.hpp"

namespace factlight {

// The quote extractor's WordClass bits (quotes_internal.hpp) of each word id: 0 for ids no word token
// has (numbers, symbols) and for words in no list.
const uint32_t* quote_classes_by_word();
// The spelling of each word id (lower-cased, typographic apostrophes as '): for an ASCII word, the
// word lower-cased byte by byte.
const std::string_view* vocabulary_words();

}  // namespace factlight
