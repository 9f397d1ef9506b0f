// Vague sources: a statement resting on someone unnamed. Three shapes cover the common phrasing:
//   an unnamed group + a verb of saying or believing   "Experts note", "some critics have long argued"
//   an impersonal passive                               "it is believed", "it has been reported"
//   a hedging adverb or "according to" + a vague noun   "reportedly", "according to sources"
#include <string>
#include <string_view>

#include "claims_words.hpp"
#include "factlight/vague_sources.hpp"

namespace factlight {
namespace {

template <std::size_t N>
bool in(std::string_view w, const std::string_view (&list)[N]) {
  for (std::string_view x : list)
    if (x == w) return true;
  return false;
}

// Who: groups with no name. "people" and "many" only count before a verb of saying or believing.
constexpr std::string_view kGroups[] = {
    "experts",  "critics",    "observers", "analysts",    "sources",  "insiders",  "commentators",
    "pundits",  "some",       "many",      "others",      "people",   "skeptics",  "sceptics",
    "officials", "scientists", "researchers", "economists", "historians", "source", "someone"};
// Quantifiers before the group, kept in the span: "some experts", "many critics".
constexpr std::string_view kQuantifiers[] = {"some", "many", "most", "several", "other", "certain", "few"};
constexpr std::string_view kSayVerbs[] = {
    "say",     "says",     "said",    "note",    "notes",    "noted",   "argue",  "argues",
    "argued",  "believe",  "believes", "believed", "claim",   "claims",  "claimed", "suggest",
    "suggests", "suggested", "warn",   "warns",   "warned",   "contend", "contends", "think",
    "thinks",  "agree",    "agreed",  "estimate", "estimated", "fear",   "fears",  "insist",
    "insisted", "maintain", "point",   "feel",    "speculate", "speculated", "allege", "alleged",
    "worry",   "caution",  "cautioned", "predict", "predicted", "told",   "familiar", "close"};
// Words allowed between the group and its verb: "critics have long argued".
constexpr std::string_view kBetween[] = {"have", "has", "had", "also", "long", "often", "widely",
                                         "now", "still", "generally", "would", "may", "might",
                                         "privately", "already", "increasingly", "continue", "to"};
constexpr std::string_view kPassives[] = {"believed", "said",    "thought",  "reported", "claimed",
                                          "alleged",  "rumored", "rumoured", "understood", "feared",
                                          "suggested", "estimated", "assumed"};
constexpr std::string_view kAdverbs[] = {"reportedly", "allegedly", "purportedly", "supposedly",
                                         "rumoredly", "ostensibly"};
constexpr std::string_view kAccordingTo[] = {"sources", "experts", "reports", "critics", "some",
                                             "observers", "analysts", "insiders", "many", "a"};

}  // namespace

std::vector<VagueSource> find_vague_sources(const Document& doc, uint32_t first_token, uint32_t token_end) {
  // Word tokens only, lower-cased, with their token index.
  std::vector<std::string> w;
  std::vector<uint32_t> at;
  for (uint32_t t = first_token; t < token_end; ++t) {
    if (doc.tokens[t].kind != TokenKind::word) continue;
    w.push_back(normalized_word(doc, t));
    at.push_back(t);
  }
  std::vector<VagueSource> out;
  auto emit = [&](std::size_t from, std::size_t to) {  // words [from, to]
    out.push_back({{doc.tokens[at[from]].span.begin, doc.tokens[at[to]].span.end}});
  };
  // Two words are adjacent when no punctuation separates them ("experts, note" is no phrase).
  auto adjacent = [&](std::size_t i) { return at[i + 1] == at[i] + 1; };
  const std::size_t n = w.size();
  for (std::size_t i = 0; i < n; ++i) {
    if (in(w[i], kAdverbs)) {
      emit(i, i);
      continue;
    }
    // "it is believed", "it was said", "it has been reported", "it is widely believed"
    if (w[i] == "it" && i + 2 < n && adjacent(i)) {
      std::size_t j = i + 1;
      if (w[j] == "is" || w[j] == "was") {
        ++j;
      } else if ((w[j] == "has" || w[j] == "had") && j + 1 < n && w[j + 1] == "been" && adjacent(j)) {
        j += 2;
      } else {
        j = 0;
      }
      if (j != 0 && j + 1 < n && w[j] == "widely" && adjacent(j - 1)) ++j;  // "it is widely believed"
      if (j != 0 && j < n && adjacent(j - 1) && in(w[j], kPassives)) {
        emit(i, j);
        i = j;
        continue;
      }
    }
    // "according to sources", "according to some"
    if (w[i] == "according" && i + 2 < n && w[i + 1] == "to" && adjacent(i) && adjacent(i + 1) &&
        in(w[i + 2], kAccordingTo)) {
      if (w[i + 2] == "a" && !(i + 3 < n && (w[i + 3] == "source" || w[i + 3] == "report"))) continue;
      const std::size_t end = w[i + 2] == "a" ? i + 3 : i + 2;
      emit(i, end);
      i = end;
      continue;
    }
    if (in(w[i], kGroups)) {
      std::size_t j = i + 1;
      std::size_t between = 0;
      while (j < n && adjacent(j - 1) && between < 3 && in(w[j], kBetween) && !in(w[j], kSayVerbs)) {
        ++j;
        ++between;
      }
      if (j >= n || !adjacent(j - 1) || !in(w[j], kSayVerbs)) continue;
      // "sources close to", "sources familiar with": only for sources.
      if ((w[j] == "familiar" || w[j] == "close" || w[j] == "told") && w[i] != "sources" && w[i] != "source")
        continue;
      // "some" and "many" alone are the group only right before the verb ("some say").
      if ((w[i] == "some" || w[i] == "many" || w[i] == "others" || w[i] == "people") && between > 1) continue;
      std::size_t from = i;
      if (from > 0 && at[from - 1] + 1 == at[from] && in(w[from - 1], kQuantifiers)) --from;
      // A named group is no vague source: "Russian officials said", "Kremlin sources said".
      if (from == i && i > 0 && at[i - 1] + 1 == at[i] && doc.tokens[at[i - 1]].has(kCapitalized)) continue;
      emit(from, j);
      i = j;
    }
  }
  return out;
}

}  // namespace factlight
