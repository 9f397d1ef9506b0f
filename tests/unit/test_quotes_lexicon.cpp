// The quote extractor's word table: one lookup gives every list a word is in, with the regular
// inflections of each lemma spelled out when the table is built.
#include <catch2/catch.hpp>
#include <algorithm>
#include <string>
#include <vector>

#include "../../core/src/quotes_internal.hpp"
#include "factlight/unicode.hpp"

namespace {

using namespace factlight::quotes;

struct Case {
  const char* word;
  uint32_t has;      // every one of these bits
  uint32_t lacks;    // none of these
  const char* particle;  // cue_particle_of, or nullptr
};

}  // namespace

TEST_CASE("word classes: inflections, lists and particles", "[quotes][lexicon]") {
  const Case cases[] = {
      {"said", kSpeech | kReporting, kBaseForm, nullptr},           // irregular, not a base form
      {"say", kSpeech | kReporting | kBaseForm, 0, nullptr},
      {"says", kSpeech | kReporting, kBaseForm, nullptr},
      {"saying", kSpeech | kReporting, kBaseForm, nullptr},
      {"admitted", kSpeech | kReporting, 0, nullptr},                // doubled final consonant
      {"cooking", 0, kSpeech | kReporting, nullptr},                  // no such lemma
      {"planning", kReporting, kSpeech, nullptr},                     // "plans to …": stance
      {"preferred", kReporting, kSpeech | kBaseForm, nullptr},      // acts PolNeAR marks as attributions
      {"compares", kReporting, kSpeech | kBaseForm, nullptr},
      {"signed", kReporting, kSpeech | kBaseForm, nullptr},
      {"encouraged", kReporting, kSpeech | kBaseForm, nullptr},    // "encouraged voters to …"
      {"outlines", kReporting, kSpeech | kBaseForm, nullptr},      // "outlined a plan to …"
      {"unveiling", kReporting, kSpeech | kBaseForm, nullptr},
      {"likened", kReporting, kSpeech | kBaseForm, nullptr},        // "likened the plan to …"
      {"detailed", kReporting, kSpeech | kBaseForm, nullptr},       // "detailed how the tolls …"
      {"contradicted", kReporting, kSpeech | kBaseForm, nullptr},   // "contradicted the mayor's account"
      {"reaffirms", kReporting, kSpeech | kBaseForm, nullptr},      // "reaffirmed his support for …"
      {"laid", kReporting, kSpeech | kBaseForm, nullptr},           // irregular: "lay" (cue only with "out")
      {"cries", kSpeech, 0, nullptr},                                 // -ies for a final y
      {"cried", kSpeech, 0, nullptr},
      {"noted", kSpeech, 0, nullptr},                                 // -d after a final e
      {"noting", kSpeech, 0, nullptr},                                // -ing for a final e
      {"according", kReporting, kBaseForm | kSpeech, nullptr},
      {"believes", kReporting, kSpeech, nullptr},                     // stance, not speech
      {"found", kReporting | kEvidence, kBaseForm, nullptr},          // irregular: "find"
      {"founded", 0, kReporting, nullptr},                            // "to found", no form of it
      {"barked", kSpeech | kReporting, 0, nullptr},                   // verbs of saying with a manner
      {"echoed", kSpeech | kReporting, 0, nullptr},
      {"assured", kSpeech | kReporting | kListener, 0, nullptr},      // "assured reporters: “…”"
      {"gloated", kSpeech | kReporting, 0, nullptr},
      {"puts", kComeback, kSpeech | kReporting, nullptr},             // a cue only in "put it, …"
      {"thoughts", 0, kReporting, nullptr},
      {"warning", kStanceNoun, 0, "against"},  // "his warning that …" (and the verb, "warning against")
      {"warned", 0, kStanceNoun, "against"},   // nouns only: no inflections
      {"pledged", 0, kStanceNoun, nullptr},
      {"beamed", kMannerVerb, kSpeech | kReporting, nullptr},  // a cue only right after a quotation
      {"seethes", kMannerVerb, kSpeech | kReporting, nullptr},
      {"groused", kSpeech | kReporting, kMannerVerb, nullptr},
      {"admires", kReporting, kSpeech, nullptr},  // verbs of stance: "admires X as a “strong leader”"
      {"exhorted", kReporting, kSpeech, nullptr},
      {"referenced", kReporting, kSpeech, nullptr},
      {"heralded", kReporting, kSpeech, nullptr},
      {"invoked", kReporting, kSpeech, nullptr},
      {"retweeted", kSpeech | kReporting, 0, nullptr},
      {"talked", kReporting, 0, "about"},
      {"called", kReporting, 0, "for"},
      {"pointed", kReporting, 0, "to"},
      {"railed", kReporting, 0, "against"},
      {"focused", kReporting, 0, "on"},
      {"asks", kSpeech | kListener, 0, "for"},
      {"told", kSpeech | kListener, kBaseForm, nullptr},
      {"promised", kSpeech | kReporting, kListener, nullptr},        // "promised to …": no listener first
      {"voiced", kLightVerb, kReporting, nullptr},
      {"shot", kComeback, kReporting, nullptr},
      {"shows", kEvidence | kReporting, kListener, nullptr},
      {"went", kGoverning | kPastVerb, kReporting, nullptr},           // "went on to say"
      {"continued", kGoverning | kSpeech, 0, nullptr},
      {"he", kPronoun, 0, nullptr},
      {"the", kDeterminer, kPronoun, nullptr},
      {"experts", kVagueHead, 0, nullptr},
      {"sen", kTitle, 0, nullptr},
      {"president", kTitle, 0, nullptr},
      {"post", kOrgSpelling | kSpeech, 0, "about"},  // a verb too; is_organization_word decides
      {"was", kPastVerb | kNpStop, 0, nullptr},
      {"also", kCueFiller | kNpStop, 0, nullptr},
      {"tuesday", kTimeWord, 0, nullptr},
      {"afirmó", kSpeech, 0, nullptr},                                // non-ASCII lemma
      {"table", 0, ~0u, nullptr},
      {"s", 0, ~0u, nullptr},
      {"", 0, ~0u, nullptr},
  };
  for (const Case& c : cases) {
    INFO(c.word);
    const uint32_t bits = word_classes(c.word);
    CHECK((bits & c.has) == c.has);
    CHECK((bits & c.lacks) == 0);
    const char* p = cue_particle_of(bits);
    CHECK(std::string(p ? p : "-") == std::string(c.particle ? c.particle : "-"));
  }
}

TEST_CASE("word classes: the hashed lookup agrees with the plain one", "[quotes][lexicon]") {
  for (const char* w : {"said", "according", "table", "experts", "Said", "x"}) {
    uint32_t h = kWordHashSeed;
    for (const char* p = w; *p; ++p) h = word_hash_step(h, static_cast<unsigned char>(*p));
    CHECK(word_classes(w, h) == word_classes(w));
  }
  CHECK(word_classes("Said") == 0);  // the table holds lower-cased forms only
}

TEST_CASE("organisation words keep their case", "[quotes][lexicon]") {
  CHECK(is_organization_word("Post"));
  CHECK_FALSE(is_organization_word("post"));
  CHECK(is_organization_word("government"));
  CHECK(is_title_word("Sen."));
  CHECK(is_title_word("PRESIDENT"));
  CHECK_FALSE(is_title_word("Senate"));
}

TEST_CASE("token view: every word lowered and classed as the plain lookup does", "[quotes][lexicon]") {
  // Short and long words, capitals, non-ASCII letters, a word at the very end of the text.
  const std::string text =
      "SAID Said said. According to Experts, the PRESIDENT’s aides Tweeted: “Ça suffit,” ÉTATS-Unis "
      "reiterated; Characterizing acknowledgements, Ng said X yes\nZ";
  const factlight::Document doc(text);
  const TokenView v(doc);
  for (auto t = static_cast<uint32_t>(doc.tokens.size()); t-- > 0;) {  // backwards: lookups in any order
    INFO(doc.token_text(t));
    if (!v.is_word(t)) {
      CHECK(v.lower(t).empty());
      CHECK(v.classes(t) == 0);
      continue;
    }
    const std::string folded = factlight::fold_lower(doc.token_text(t));
    CHECK(std::string(v.lower(t)) == folded);
    CHECK(v.classes(t) == word_classes(folded));
  }
  CHECK(v.is(0, kSpeech));  // "SAID"
}

// NextMember (quotes_internal.hpp) answers what a table of "first member at or after t" answered:
// checked against that table on sets at and across the 64-token block edges, empty and full ones.
TEST_CASE("next member: the first token of a set at or after t", "[quotes][next_member]") {
  struct Case {
    uint32_t n;
    std::vector<uint32_t> members;
  };
  const Case cases[] = {
      {0, {}},
      {1, {}},
      {1, {0}},
      {63, {62}},
      {64, {0, 63}},
      {65, {64}},
      {200, {}},
      {200, {5, 63, 64, 127, 128, 129, 199}},
      {300, {255, 256}},
      {130, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28,
             29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47, 48, 49, 50, 51, 52, 53,
             54, 55, 56, 57, 58, 59, 60, 61, 62, 63, 64, 65, 129}},
  };
  for (const Case& c : cases) {
    NextMember m;
    m.reset(c.n);
    for (uint32_t t : c.members) m.add(t);
    m.finish();
    std::vector<uint32_t> table(c.n + 1, c.n);
    for (uint32_t t : c.members) table[t] = t;
    for (uint32_t t = c.n; t-- > 0;) table[t] = std::min(table[t], table[t + 1]);
    for (uint32_t t = 0; t <= c.n + 2; ++t) {
      INFO("n " << c.n << ", t " << t);
      CHECK(m.at_or_after(t) == (t <= c.n ? table[t] : c.n));
    }
  }
}
