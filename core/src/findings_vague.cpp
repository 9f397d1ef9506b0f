// Vague sources: a statement resting on someone unnamed. Three shapes cover the common phrasing
// (the word lists are in claims_lexicon.cpp, which gives each word its classes):
//   an unnamed group + a verb of saying or believing   "Experts note", "some critics have long argued"
//   an impersonal passive                               "it is believed", "it has been reported"
//   a hedging adverb or "according to" + a vague noun   "reportedly", "according to sources"
#include "claims_lexicon.hpp"
#include "factlight/vague_sources.hpp"

namespace factlight {
namespace lexicon {

bool vague_sources(const Document& doc, WordRange words, Scratch& scratch, std::vector<VagueSource>* out) {
  const Lexicon& lex = lexicon();
  // Every phrase starts at an adverb, a group, "it" or "according": most sentences have none.
  uint32_t first = 0;
  while (first < words.size && !(lex.vague(words.words[first].id) & kVagueAnchor)) ++first;
  if (first == words.size) return false;
  // Word tokens only, with their token index, from the last word before the first anchor (a quantifier or a
  // capitalised word there changes the phrase; no word before that is ever read).
  uint32_t start = first;
  for (uint32_t k = first; k-- > 0;)
    if (doc.tokens[words.first + k].kind == TokenKind::word) {
      start = k;
      break;
    }
  std::vector<WordId>& w = scratch.vague_ids;
  std::vector<uint32_t>& at = scratch.vague_at;
  w.clear();
  at.clear();
  for (uint32_t i = start; i < words.size; ++i) {
    if (doc.tokens[words.first + i].kind != TokenKind::word) continue;
    w.push_back(words.words[i].id);
    at.push_back(words.first + i);
  }
  bool found = false;
  auto emit = [&](std::size_t from, std::size_t to) {  // words [from, to]
    found = true;
    if (out) out->push_back({{doc.tokens[at[from]].span.begin, doc.tokens[at[to]].span.end}});
  };
  auto in = [&](std::size_t i, VagueClass c) { return (lex.vague(w[i]) & c) != 0; };
  // "a report from the SITE Intelligence Group", "a report by Amnesty", "a report in The Times": the
  // report's or the source's maker is named right after it (t: the token after "report" or "source").
  const uint32_t words_end = words.first + words.size;
  auto named_after = [&](uint32_t t) {
    auto is = [&](uint32_t k, std::string_view lower) {
      const std::string_view x = doc.token_text(k);
      if (x.size() != lower.size()) return false;
      for (std::size_t c = 0; c < x.size(); ++c)
        if ((x[c] | 0x20) != lower[c]) return false;
      return true;
    };
    if (t + 1 >= words_end) return false;
    const bool by = is(t, "from") || is(t, "by");
    if (!by && !is(t, "in")) return false;
    uint32_t k = t + 1;
    if (is(k, "the")) ++k;
    else if (!by) return false;  // "in" names only "in the X" ("a report in March" is no maker)
    return k < words_end && doc.tokens[k].kind == TokenKind::word && doc.tokens[k].has(kCapitalized);
  };
  // Two words are adjacent when no punctuation separates them ("experts, note" is no phrase).
  auto adjacent = [&](std::size_t i) { return at[i + 1] == at[i] + 1; };
  const std::size_t n = w.size();
  for (std::size_t i = 0; i < n; ++i) {
    if (found && !out) return true;
    if (in(i, kVagueAdverb)) {
      emit(i, i);
      continue;
    }
    // "it is believed", "it was said", "it has been reported", "it is widely believed"
    if (w[i] == kIt && i + 2 < n && adjacent(i)) {
      std::size_t j = i + 1;
      if (w[j] == kIs || w[j] == kWas) {
        ++j;
      } else if ((w[j] == kHas || w[j] == kHad) && j + 1 < n && w[j + 1] == kBeen && adjacent(j)) {
        j += 2;
      } else {
        j = 0;
      }
      if (j != 0 && j + 1 < n && w[j] == kWidely && adjacent(j - 1)) ++j;  // "it is widely believed"
      if (j != 0 && j < n && adjacent(j - 1) && in(j, kVaguePassive)) {
        emit(i, j);
        i = j;
        continue;
      }
    }
    // "according to sources", "according to some"
    if (w[i] == kAccording && i + 2 < n && w[i + 1] == kTo && adjacent(i) && adjacent(i + 1) &&
        in(i + 2, kVagueAccordingTo)) {
      if (w[i + 2] == kA && !(i + 3 < n && (w[i + 3] == kSource || w[i + 3] == kReport))) continue;
      const std::size_t end = w[i + 2] == kA ? i + 3 : i + 2;
      if (named_after(at[end] + 1)) continue;
      emit(i, end);
      i = end;
      continue;
    }
    if (in(i, kVagueGroup)) {
      std::size_t j = i + 1;
      std::size_t between = 0;
      while (j < n && adjacent(j - 1) && between < 3 && in(j, kVagueBetween) && !in(j, kVagueSay)) {
        ++j;
        ++between;
      }
      if (j >= n || !adjacent(j - 1) || !in(j, kVagueSay)) continue;
      // "sources close to", "sources familiar with": only for sources.
      if ((w[j] == kFamiliar || w[j] == kClose || w[j] == kTold) && w[i] != kSources && w[i] != kSource) continue;
      // "some" and "many" alone are the group only right before the verb ("some say").
      if ((w[i] == kSome || w[i] == kMany || w[i] == kOthers || w[i] == kPeople) && between > 1) continue;
      std::size_t from = i;
      if (from > 0 && at[from - 1] + 1 == at[from] && in(from - 1, kVagueQuantifier)) --from;
      // A named group is no vague source: "Russian officials said", "Kremlin sources said".
      if (from == i && i > 0 && at[i - 1] + 1 == at[i] && doc.tokens[at[i - 1]].has(kCapitalized)) continue;
      emit(from, j);
      i = j;
    }
  }
  return found;
}

}  // namespace lexicon

std::vector<VagueSource> find_vague_sources(const Document& doc, uint32_t first_token, uint32_t token_end) {
  const lexicon::FeatureWords words(doc, first_token, token_end);
  lexicon::Scratch scratch;
  std::vector<VagueSource> out;
  lexicon::vague_sources(doc, words.range(first_token, token_end), scratch, &out);
  return out;
}

}  // namespace factlight
