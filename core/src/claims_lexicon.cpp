// The vocabulary of claims_lexicon.hpp: the cue words, the vague-source words, the words the code names and
// the words of the shipped model's grams, each with its classes; and the feature word of a token.
#include "claims_lexicon.hpp"

#include <cstring>

#include "factlight/claims_features.hpp"
#include "factlight/claims_model.hpp"
#include "claims_words.hpp"
#include "size_hints.hpp"
#include "swar.hpp"
#include "factlight/unicode.hpp"
#include "quotes_internal.hpp"
#include "vocabulary.hpp"

namespace factlight {
namespace lexicon {
namespace {

constexpr uint64_t bit(ClaimCue c) { return uint64_t{1} << c; }
static_assert(kCueCount <= 32, "cue bits overlap the word classes");

// The words of Named, in its order.
constexpr std::string_view kNamedWords[kNamedCount] = {
    "", "", "^", "0", "1999", "?",
    "may", "march", "to", "led", "leads", "lead", "thanks", "year", "month", "week", "last", "this",
    "next", "evening", "morning", "afternoon", "good",
    "it", "is", "was", "has", "had", "been", "widely", "according", "a", "source", "report", "familiar",
    "close", "told", "sources", "some", "many", "others", "people"};

// The symbols that are feature words of their own. Here and below, a list of words is one string, the
// words separated by single spaces (each_word).
constexpr std::string_view kSymbols = "% $ \xE2\x82\xAC \xC2\xA3 \xC2\xA5";

// The cue words (claims_features.cpp turns their classes into cues): runs of words with the same classes,
// each run one string of words separated by single spaces (no table of pointers to ship), in the order that
// gives the words their ids.
struct Entry {
  uint64_t mask;
  std::string_view words;
};

constexpr Entry kWords[] = {
    {kMagnitude,
     "hundred hundreds thousand thousands million millions billion billions trillion trillions "
     "dozen dozens"},
    {bit(kCuePercent), "percent percentage %"},
    {bit(kCueMoney),
     "$ € £ ¥ dollars dollar cents euros budget deficit debt spending spent cost costs paid "
     "wages salary income revenue funding economy"},
    {kMonth, "january february april june july august september october november december"},
    {bit(kCueDate), "ago yesterday decade decades century"},
    {kMonth, "monday tuesday wednesday thursday friday saturday sunday"},
    {bit(kCueNumberWord),
     "two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty sixty "
     "seventy eighty ninety half third quarter twice double triple majority"},
    {bit(kCueComparison),
     "more less fewer than higher lower larger smaller bigger greater compared versus faster "
     "slower cheaper"},
    {bit(kCueSuperlative),
     "most least highest lowest largest biggest smallest greatest record ever first fastest "
     "richest poorest"},
    {bit(kCueChange),
     "rose risen rising fell fallen increase increased increases decrease decreased grew grown "
     "growth doubled tripled cut cuts dropped declined decline reduced raised"},
    {bit(kCueChange) | kPastIrregular, "lost"},
    {bit(kCueChange), "gained created jumped soared plunged"},
    {kPastIrregular, "fled"},
    {bit(kCueCause),
     "because caused cause causes due result resulted strain blamed responsible consequence "
     "effect impact drove driven fueled triggered prevented"},
    {bit(kCueAttribution) | kPastIrregular, "said"},
    {bit(kCueAttribution), "says"},
    {bit(kCueAttribution) | kPastIrregular, "told"},
    {bit(kCueAttribution), "according reported announced stated claimed confirmed admitted testified"},
    {bit(kCueAttribution) | kPastIrregular, "wrote"},
    {bit(kCueAttribution),
     "noted estimated acknowledged stating added explained insisted argued emphasized warned "
     "stressed revealed disclosed estimates quoted cited"},
    {bit(kCueEvidence),
     "study studies survey poll polls data report statistics census figures research evidence "
     "records"},
    {bit(kCuePrediction), "will won't going expected expect forecast predicted predict projected likely would"},
    {bit(kCueLaw),
     "bill bills law laws legislation voted vote votes tax taxes program programs policy "
     "regulation regulations treaty agreement sanctions signed passed vetoed"},
    {bit(kCueQuestion), "?"},
    {bit(kCueGreeting),
     "thank thanks hello welcome congratulations congratulate appreciate pleasure honored "
     "privilege goodnight"},
    {kFirstPerson, "i i'm i've i'd i'll we we're we've me my our"},
    {kFeeling,
     "think feel believe hope love wish want proud glad happy sorry afraid worried sure "
     "confident excited grateful fear"},
    {bit(kCueOpinion),
     "should must ought great terrible wonderful horrible awful wrong bad important disgrace "
     "disaster ridiculous crazy stupid unfair deserve deserves need"},
    {bit(kCueSecondPerson), "you your you're you've"},
    {kPastIrregular,
     "made won met sent gave took became began left led sold bought built brought fought held "
     "kept ran struck shot killed went came got gotten did had put set found paid spent taken "
     "given done gone didn't wasn't weren't hadn't fell rose grew cut stole"},
    {kThirdPerson, "he she they he's she's they're his her their him them they've"},
};

// The vague-source phrases (findings_vague.cpp):
//   an unnamed group + a verb of saying or believing   "Experts note", "some critics have long argued"
//   an impersonal passive                               "it is believed", "it has been reported"
//   a hedging adverb or "according to" + a vague noun   "reportedly", "according to sources"
// Who: groups with no name. "people" and "many" only count before a verb of saying or believing.
constexpr std::string_view kGroups =
    "experts critics observers analysts sources insiders commentators pundits some many others "
    "people skeptics sceptics officials scientists researchers economists historians source someone";
// Quantifiers before the group, kept in the span: "some experts", "many critics".
constexpr std::string_view kQuantifiers = "some many most several other certain few";
constexpr std::string_view kSayVerbs =
    "say says said note notes noted argue argues argued believe believes believed claim claims "
    "claimed suggest suggests suggested warn warns warned contend contends think thinks agree agreed "
    "estimate estimated fear fears insist insisted maintain point feel speculate speculated allege "
    "alleged worry caution cautioned predict predicted told familiar close";
// Words allowed between the group and its verb: "critics have long argued".
constexpr std::string_view kBetween =
    "have has had also long often widely now still generally would may might privately already "
    "increasingly continue to";
constexpr std::string_view kPassives =
    "believed said thought reported claimed alleged rumored rumoured understood feared suggested "
    "estimated assumed";
constexpr std::string_view kAdverbs = "reportedly allegedly purportedly supposedly rumoredly";
constexpr std::string_view kAccordingTo = "sources experts reports critics some observers analysts insiders many a";


}  // namespace

namespace {

// Calls f(word) for each word of `list` (words separated by single spaces), in order.
template <class F>
FACTLIGHT_COLD void each_word(std::string_view list, F&& f) {
  for (std::size_t b = 0; b < list.size();) {
    std::size_t e = list.find(' ', b);
    if (e == std::string_view::npos) e = list.size();
    f(list.substr(b, e - b));
    b = e + 1;
  }
}

FACTLIGHT_COLD std::vector<std::string_view> vocabulary() {
  std::vector<std::string_view> v(std::begin(kNamedWords), std::end(kNamedWords));
  const auto add = [&](std::string_view w) { v.push_back(w); };
  each_word(kSymbols, add);
  for (const Entry& e : kWords) each_word(e.words, add);
  for (std::string_view list : {kGroups, kSayVerbs, kQuantifiers, kBetween, kPassives, kAdverbs, kAccordingTo})
    each_word(list, add);
  // The quote extractor's forms (before the grams, whose last words are the ones a cut would drop).
  quotes::known_forms(v);
  const ClaimModel& m = claim_model();
  for (std::size_t g = 0; g < m.lexical_size; ++g) {
    const std::string_view gram = m.lexical[g].gram;
    const std::size_t space = gram.find(' ');
    if (space == std::string_view::npos) {
      v.push_back(gram);
    } else {
      v.push_back(gram.substr(0, space));
      v.push_back(gram.substr(space + 1));
    }
  }
  // Ids are first occurrences: the Lexicon drops the repeats (after the two placeholders) as it indexes
  // the list, so that every id names a distinct word. ~1,500 words for 600 grams and ~4,000 quote forms;
  // FeatureWord has 14 bits for an id (a much larger model would need more: the words cut there, the last
  // grams', would never match).
  return v;
}

FACTLIGHT_COLD void mark(const WordIndex& index, std::string_view list, uint8_t cls, std::vector<uint8_t>& out) {
  each_word(list, [&](std::string_view w) { out[index.find(w)] |= cls; });
}

}  // namespace

FACTLIGHT_COLD Lexicon::Lexicon() : index_(vocabulary(), 2, kMaxWords, words_) {
  const std::size_t n = words_.size();
  cue_mask_.assign(n, 0);
  vague_.assign(n, 0);
  unigram_.assign(n, -1);
  starts_bigram_.assign(n, 0);
  for (const Entry& e : kWords)
    each_word(e.words, [&](std::string_view w) { cue_mask_[index_.find(w)] |= e.mask; });
  // What the classes imply, and what kind of token has the id (cue_mask()).
  for (std::size_t id = 0; id < n; ++id) {
    uint64_t& m = cue_mask_[id];
    if (m & kMagnitude) m |= uint64_t{1} << kCueStatistic;
    if (m & kMonth) m |= uint64_t{1} << kCueDate;
    if (id == kOther || id >= kMay) m |= kWordToken | kCounted;
  }
  each_word(kSymbols, [&](std::string_view w) { cue_mask_[index_.find(w)] &= ~(kWordToken | kCounted); });
  cue_mask_[kYear] |= uint64_t{1} << kCueDate | kCounted;
  cue_mask_[kZero] |= uint64_t{1} << kCueStatistic | kCounted;
  mark(index_, kGroups, kVagueGroup, vague_);
  mark(index_, kQuantifiers, kVagueQuantifier, vague_);
  mark(index_, kSayVerbs, kVagueSay, vague_);
  mark(index_, kBetween, kVagueBetween, vague_);
  mark(index_, kPassives, kVaguePassive, vague_);
  mark(index_, kAdverbs, kVagueAdverb, vague_);
  mark(index_, kAccordingTo, kVagueAccordingTo, vague_);
  for (std::size_t id = 0; id < n; ++id)
    if ((vague_[id] & (kVagueAdverb | kVagueGroup)) || id == kIt || id == kAccording) {
      vague_[id] |= kVagueAnchor;
      cue_mask_[id] |= kVagueStart;
    }
  // A word token's id never is a named placeholder or symbol: those keep no quote classes.
  quote_classes_.assign(n, 0);
  for (std::size_t id = kMay; id < n; ++id) quote_classes_[id] = quotes::word_classes(words_[id]);
  each_word(kSymbols, [&](std::string_view w) { quote_classes_[index_.find(w)] = 0; });
  const ClaimModel& m = claim_model();
  std::size_t size = 8;
  while (size < 2 * m.lexical_size) size *= 2;
  bigrams_.assign(size, Pair{});
  bigram_mask_ = static_cast<uint32_t>(size - 1);
  for (std::size_t g = 0; g < m.lexical_size; ++g) {
    const std::string_view gram = m.lexical[g].gram;
    const std::size_t space = gram.find(' ');
    if (space == std::string_view::npos) {
      unigram_[index_.find(gram)] = static_cast<int32_t>(g);
      continue;
    }
    const WordId first = static_cast<WordId>(index_.find(gram.substr(0, space)));
    if (first < n) starts_bigram_[first] = 1;
    const uint32_t key = uint32_t{first} << 16 | static_cast<WordId>(index_.find(gram.substr(space + 1)));
    uint32_t i = pair_hash(key) & bigram_mask_;
    while (bigrams_[i].key != 0) i = (i + 1) & bigram_mask_;
    bigrams_[i] = {key, static_cast<int32_t>(g)};
  }
  std::size_t short_size = 16;
  while (short_size < 2 * n) short_size *= 2;
  short_.assign(short_size, ShortSlot{});
  short_mask_ = short_size - 1;
  for (std::size_t k = 0; k < n; ++k) {
    const std::string_view w = words_[k];
    if (w.empty() || w.size() > 8) continue;
    uint64_t key = 0;
    for (std::size_t b = 0; b < w.size(); ++b) key |= uint64_t{static_cast<unsigned char>(w[b])} << (8 * b);
    std::size_t i = short_index(key) & short_mask_;
    while (short_[i].key != 0 && short_[i].key != key) i = (i + 1) & short_mask_;
    if (short_[i].key == 0) short_[i] = {key, k < 2 ? WordId{kOther} : static_cast<WordId>(k)};  // find(w): words_ are distinct
  }
  std::size_t medium_size = 16;
  while (medium_size < 2 * n) medium_size *= 2;
  medium_.assign(medium_size, MediumSlot{});
  medium_mask_ = medium_size - 1;
  for (std::size_t k = 0; k < n; ++k) {
    const std::string_view w = words_[k];
    if (w.size() <= 8 || w.size() > 16) continue;
    uint64_t key[2] = {0, 0};
    for (std::size_t b = 0; b < w.size(); ++b) key[b / 8] |= uint64_t{static_cast<unsigned char>(w[b])} << (8 * (b % 8));
    std::size_t i = medium_index(key[0], key[1]) & medium_mask_;
    while (medium_[i].high != 0 && !(medium_[i].low == key[0] && medium_[i].high == key[1])) i = (i + 1) & medium_mask_;
    if (medium_[i].high == 0) medium_[i] = {key[0], key[1], k < 2 ? WordId{kOther} : static_cast<WordId>(k)};  // find(w)
  }
}

WordId Lexicon::find(std::string_view word) const {
  const uint32_t id = index_.find(word);
  return id == WordIndex::npos || id < 2 ? WordId{kOther} : static_cast<WordId>(id);
}

FeatureWord Lexicon::feature_word(const Document& doc, uint32_t t, std::string& w) const {
  const Token& tok = doc.tokens[t];
  const std::string_view s = doc.token_text(t);
  switch (tok.kind) {
    case TokenKind::word: break;
    case TokenKind::number: {
      return feature(is_year_number(s) ? kYear : kZero);
    }
    case TokenKind::symbol:
    case TokenKind::punct:
      if (s.size() == 1) {
        if (s[0] == '?') return feature(kQuestionMark);
        if (s[0] != '%' && s[0] != '$') return feature(kSkip);
      } else if (s != "\xE2\x82\xAC" && s != "\xC2\xA3" && s != "\xC2\xA5") {
        return feature(kSkip);
      }
      return feature(find(s));
    default: return feature(kSkip);
  }
  // Lower case, typographic apostrophes as ': normalized_word() (claims_words.hpp) without allocating.
  FeatureWord short_word;
  if (ascii_word(s.data(), s.size(), doc.text().size() - tok.span.begin, short_word)) return short_word;
  // Other short words are lowered on the stack.
  constexpr std::size_t kShort = 32;
  if (s.size() <= kShort) {
    char buf[kShort];
    std::size_t n = 0;
    uint32_t h = WordIndex::hash_start;  // hashed as it is lowered
    for (; n < s.size(); ++n) {
      const auto b = static_cast<unsigned char>(s[n]);
      if (b >= 0x80) break;
      const auto c = static_cast<unsigned char>(b >= 'A' && b <= 'Z' ? b + 32 : b);
      buf[n] = static_cast<char>(c);
      h = WordIndex::hash_step(h, c);
    }
    if (n == s.size()) {
      uint8_t shape = 0;
      if (n > 4 && buf[n - 2] == 'e' && buf[n - 1] == 'd') shape |= kEndsEd;
      if (n >= 3 && buf[n - 3] == '\'' && buf[n - 2] == 'l' && buf[n - 1] == 'l') shape |= kEndsLl;
      const uint32_t id = index_.find(std::string_view(buf, n), h);
      return feature(id == WordIndex::npos || id < 2 ? WordId{kOther} : static_cast<WordId>(id), shape);
    }
  }
  w.clear();
  for (std::size_t i = 0; i < s.size();) {
    const auto b = static_cast<unsigned char>(s[i]);
    if (b < 0x80) {
      w.push_back(static_cast<char>(b >= 'A' && b <= 'Z' ? b + 32 : b));
      ++i;
      continue;
    }
    const Decoded d = decode_utf8(s, i);
    i += d.len;
    if (d.cp == 0x2019 || d.cp == 0x2018 || d.cp == 0x02BC) w.push_back('\'');
    else append_utf8(w, to_lower(d.cp));
  }
  uint8_t shape = 0;
  const std::size_t n = w.size();
  if (n > 4 && w[n - 2] == 'e' && w[n - 1] == 'd') shape |= kEndsEd;
  if (n >= 3 && w[n - 3] == '\'' && w[n - 2] == 'l' && w[n - 1] == 'l') shape |= kEndsLl;
  return feature(find(w), shape);
}

FeatureWords::FeatureWords(const Document& doc) : FeatureWords(doc, 0, static_cast<uint32_t>(doc.tokens.size())) {
  cues_.resize(doc.sentences.size());
  scores_.resize(doc.sentences.size());
  Scratch scratch;
  for (uint32_t s = 0; s < cues_.size(); ++s) {
    const Sentence& sent = doc.sentences[s];
    cues_[s] = score_sentence(doc, range(sent.first_token, sent.token_end), scratch, scores_[s]);
  }
}

FeatureWords::FeatureWords(const Document& doc, uint32_t, uint32_t) : words_(doc.words.data()) {}

const Lexicon& lexicon() {
  static const Lexicon l;
  return l;
}

}  // namespace lexicon
}  // namespace factlight

namespace factlight {

const uint32_t* quote_classes_by_word() { return lexicon::lexicon().quote_classes(); }
const std::string_view* vocabulary_words() { return lexicon::lexicon().words(); }

}  // namespace factlight
