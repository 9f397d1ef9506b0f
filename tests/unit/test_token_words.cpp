// The shared vocabulary (vocabulary.hpp): each token's word is looked up once, by the Document, and
// every lexicon answers from its id what it used to answer from the lower-cased spelling.
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "../../core/src/claims_lexicon.hpp"
#include "../../core/src/claims_words.hpp"
#include "../../core/src/quotes_internal.hpp"
#include "factlight/document.hpp"
#include "factlight/unicode.hpp"

namespace {

using namespace factlight;

// Words of every shape: capitals, inflections, non-ASCII letters, typographic and ASCII apostrophes,
// joiners, words longer than eight and than 32 bytes, numbers, symbols. Written for this test.
const char* const kText =
    "SAID the Mayor, who Said she'd WARNED them. Officials say costs rose 12% to $4.5 million in 2019.\n"
    "\xE2\x80\x9CWe\xE2\x80\x99ll see,\xE2\x80\x9D afirm\xC3\xB3 Ana; Herr Weber ERKL\xC3\x84RTE, "
    "\xC3\xA9\xCC\x81" "cole don\xE2\x80\x99t dont\xCA\xBC Reportedly, sources familiar with the ACCORDING "
    "acknowledgements internationalisationsprojektverwaltungen spokespersons told reporters.\n"
    "Critics\xE2\x80\x99 concerns: experts have long argued it is widely believed; \xC2\xA3" "3 \xE2\x82\xAC" "7.";

}  // namespace

TEST_CASE("no quote form has an apostrophe (the shared vocabulary folds typographic ones to ')") {
  std::vector<std::string_view> forms;
  quotes::known_forms(forms);
  REQUIRE(forms.size() > 1000);
  for (std::string_view f : forms) {
    INFO(f);
    CHECK(f.find('\'') == std::string_view::npos);
    CHECK(f.find("\xE2\x80\x99") == std::string_view::npos);
    CHECK(f.find("\xE2\x80\x98") == std::string_view::npos);
    CHECK(f.find("\xCA\xBC") == std::string_view::npos);
  }
}

TEST_CASE("a token's word id is the vocabulary's id of its normalized spelling") {
  const Document doc(kText);
  REQUIRE(doc.words.size() == doc.tokens.size());
  const lexicon::Lexicon& lex = lexicon::lexicon();
  int known = 0;
  for (uint32_t t = 0; t < doc.tokens.size(); ++t) {
    if (doc.tokens[t].kind != TokenKind::word) continue;
    INFO(doc.token_text(t));
    const lexicon::WordId id = lex.find(normalized_word(doc, t));
    CHECK(doc.words[t].id == id);
    known += id != lexicon::kOther;
  }
  CHECK(known > 20);
}

TEST_CASE("the quote extractor's view answers from the word id as from the spelling") {
  const Document doc(kText);
  const quotes::TokenView v(doc);
  int classed = 0;
  for (uint32_t t = 0; t < doc.tokens.size(); ++t) {
    INFO(doc.token_text(t));
    if (doc.tokens[t].kind != TokenKind::word) {
      CHECK(v.classes(t) == 0);
      CHECK(v.lower(t).empty());
      continue;
    }
    const std::string lower = fold_lower(doc.token_text(t));
    CHECK(v.lower(t) == lower);
    CHECK(v.classes(t) == quotes::word_classes(lower));
    classed += v.classes(t) != 0;
  }
  CHECK(classed > 15);
  // The non-ASCII words are folded: "ERKLÄRTE" is a speech verb of the lists.
  bool found = false;
  for (uint32_t t = 0; t < doc.tokens.size(); ++t)
    if (v.lower(t) == "erkl\xC3\xA4rte") found = (v.classes(t) & quotes::kSpeech) != 0;
  CHECK(found);
}

TEST_CASE("the tokenizer's word of every token is feature_word()'s, at the text's end and after joiners") {
  const lexicon::Lexicon& lex = lexicon::lexicon();
  // Words cut short by the end of the text (fewer than 8 or 16 bytes readable), joiners stuck to ASCII
  // words (the word is looked up again), numbers and years, one-byte and multi-byte symbols, "'ll".
  const std::string texts[] = {
      kText,
      "It rose 45% in 1999, $3 or \xE2\x82\xAC" "5? Said",
      "We'll see what reported\xE2\x80\x8D said Reported\xCC\x81 acknowledgements",
      "acknowledgements",
      "Officials",
      "a",
      "x2 G7 2019 1750 0.5 ... - \xE2\x80\x94 \xC2\xA5 & # ?",
  };
  for (const std::string& text : texts) {
    const Document doc(text);
    REQUIRE(doc.words.size() == doc.tokens.size());
    std::string scratch;
    for (uint32_t t = 0; t < doc.tokens.size(); ++t) {
      INFO(text << " token " << t << ": " << doc.token_text(t));
      const TokenWord w = lex.feature_word(doc, t, scratch);
      CHECK(doc.words[t].id == w.id);
      CHECK(doc.words[t].shape == w.shape);
    }
  }
  // The look-ups are not all the same answer: known words, unknown words and skipped tokens.
  const Document doc(texts[1]);
  CHECK(doc.words[0].id == lex.find("it"));
  CHECK(doc.words[2].id == lexicon::kZero);
  CHECK(doc.words[5].id == lexicon::kYear);
  CHECK(doc.words[doc.tokens.size() - 1].id == lex.find("said"));
}

TEST_CASE("WordIndex over the distinct words: first occurrences, the first ones kept, a cap", "[lexicon]") {
  struct Case {
    std::vector<std::string_view> words;
    std::size_t always, max;
    std::vector<std::string_view> distinct;
  };
  const Case cases[] = {
      {{"", "", "a", "b", "a", "", "c", "b"}, 2, 100, {"", "", "a", "b", "c"}},
      {{"x", "x", "y", "x"}, 0, 100, {"x", "y"}},
      {{"x", "x", "y", "x"}, 3, 100, {"x", "x", "y"}},
      {{"p", "q", "p", "r", "s", "t"}, 0, 3, {"p", "q", "r"}},
      {{}, 2, 10, {}},
  };
  for (const Case& c : cases) {
    std::vector<std::string_view> distinct;
    const WordIndex index(c.words, c.always, c.max, distinct);
    CHECK(distinct == c.distinct);
    // As an index built over the distinct list would answer: each word's first position there.
    const WordIndex plain(c.distinct);
    for (std::string_view w : {"", "a", "b", "c", "x", "y", "p", "q", "r", "s", "t", "zz"})
      CHECK(index.find(w) == plain.find(w));
  }
}
