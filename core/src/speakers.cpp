// Speakers: resolves each quote's source mention to a name and gathers the speakers list.
// Pronouns go to the speaker of the previous quotation or, failing that, to the name that opens a
// recent sentence; surnames and "Mr. X" go to the full name seen in the article; descriptions seen
// as appositions ("Pavel Snop, a former real estate agent") make "the former agent" resolvable.
// "he" and "she" skip people the article marks as the other gender (a title, "Mr. Snop"/"Ms. Reed", or a
// common given name); a person of unknown gender fits either.
#include <algorithm>
#include <cstring>
#include <string>

#include "factlight/extractors.hpp"
#include "factlight/unicode.hpp"
#include "quotes_internal.hpp"
#include "swar.hpp"
#include "word_set.hpp"

namespace factlight {
namespace {

using quotes::TokenView;
using quotes::TokRange;
using quotes::eq;

enum class Gender : uint8_t { unknown, male, female };

// Lower-case words that end a name inside a mention ("Donald Trump on Monday").
const WordSet kNameEnders{std::string_view(
    "on of in at from for during after before with to via by last this yesterday today and earlier "
    "later when while who which")};

// Months and days: a capitalized word that names no one.
const WordSet kDates{std::string_view(
    "january february march april may june july august september october november december monday "
    "tuesday wednesday thursday friday saturday sunday")};

// Common given names in news text whose usual reading is one gender (names used for both, such as
// "Alex", "Jordan" or "Jean", are left out: they tell nothing). Lower case.
const WordSet kMaleNames{std::string_view(
    "aaron abdul adam ahmed alan albert alexander alexei ali andrew andrei anthony antonio arthur "
    "barack ben benjamin bernie bill bob boris brian bruce carl carlos charles chris christopher "
    "chuck colin craig daniel david dennis dmitry donald douglas edward emmanuel eric frank fred "
    "gary george gerald greg gregory harold harry henry howard hugh ian ivan jack jacob james jason "
    "jeb jeff jeffrey jeremy jim jimmy joe john jonathan jorge jose joseph juan justin keith ken "
    "kevin larry lindsey luis marco mark martin matthew michael mike mitch mohammed muhammad "
    "nicholas nick oleg olaf paul pavel peter philip ralph raymond richard robert roger ron ronald "
    "russell ryan scott sergei sergey stephen steve steven ted thomas tim timothy tom tony vladimir "
    "walter william xi yuri")};
const WordSet kFemaleNames{std::string_view(
    "alice amanda amy ana angela ann anna anne barbara betty carly carol caroline catherine "
    "christine claire deborah diana donna dorothy elena elizabeth ellen emily emma fatima hannah "
    "heather helen hillary irina jane janet jennifer jessica jill joan julia julie karen kamala kate "
    "katherine kathleen kathy laura lena linda lisa liz lucy margaret maria marie marine martha mary "
    "megan melania melissa michelle nancy natalia natalie nicole olga pamela patricia priya rachel "
    "rebecca sandra sarah sharon sophie stephanie susan svetlana tatiana theresa ursula victoria "
    "yulia")};

// A run of capitalized words in the text: "Pavel Snop", "Donald Trump", "Burton" (its text and whether
// it opens a sentence are read from the tokens: 8 bytes a candidate, which are most capitalized words).
struct NameCandidate {
  uint32_t begin_tok, end_tok;
};

// What the resolver knows of a name, by its spelling. Every name it handles is a slice of the document
// ("Pavel Snop", or "Snop" in "Mr. Snop"): the table holds views, never copies. Open addressing by a hash
// of the whole spelling, at most half full: looked up only, never walked, so no order of it reaches the
// output.
class Names {
 public:
  static constexpr uint32_t kNone = UINT32_MAX;
  struct Entry {
    std::string_view name;            // a non-empty slice of the document
    std::string_view full;            // as a surname: the first full name that ends in it (none before one is seen)
    Gender gender = Gender::unknown;  // as a surname: the first title's ("Mr. Snop")
    uint32_t speaker = kNone;         // its index in the speakers list
    uint32_t described = kNone;       // its list of descriptions (Resolver::descriptions_)
  };
  // The entry of name (not empty), added when missing; valid until the next one is added.
  Entry& at(std::string_view name) {
    if (2 * (entries_.size() + 1) > slots_.size()) grow();
    uint32_t& slot = slots_[probe(name)];
    if (slot == 0) {
      entries_.push_back(Entry{name, {}, Gender::unknown, kNone, kNone});
      slot = static_cast<uint32_t>(entries_.size());
    }
    return entries_[slot - 1];
  }
  const Entry* find(std::string_view name) const {
    if (entries_.empty()) return nullptr;
    const uint32_t slot = slots_[probe(name)];
    return slot != 0 ? &entries_[slot - 1] : nullptr;
  }

 private:
  // Eight bytes at a time (most names are one or two words: one or two steps), each step a bijection of
  // the state, high bits folded into low ones before the next.
  static std::size_t hash(std::string_view w) {
    constexpr uint64_t kMul = 0x9E3779B97F4A7C15ull;
    uint64_t h = (w.size() + 1) * kMul;
    std::size_t i = 0;
    for (; i + 8 <= w.size(); i += 8) {
      h = (h ^ swar::load8(w.data() + i)) * kMul;
      h ^= h >> 32;
    }
    uint64_t tail = 0;  // the last bytes, fewer than eight
    std::memcpy(&tail, w.data() + i, w.size() - i);
    h = (h ^ tail) * kMul;
    return static_cast<std::size_t>(h ^ (h >> 32));
  }
  // The slot of name: the one that holds it, or the empty one where it would go.
  std::size_t probe(std::string_view name) const {
    const std::size_t mask = slots_.size() - 1;
    std::size_t i = hash(name) & mask;
    while (slots_[i] != 0 && entries_[slots_[i] - 1].name != name) i = (i + 1) & mask;
    return i;
  }
  void grow() {
    slots_.assign(slots_.empty() ? 64 : 2 * slots_.size(), 0);
    for (uint32_t k = 0; k < entries_.size(); ++k) slots_[probe(entries_[k].name)] = k + 1;
  }
  // The entries in the order added, and an open-addressed index of them (entry + 1; 0: an empty slot),
  // at most half full: a name costs its entry and two to four slots of four bytes, where slots holding
  // the entries themselves cost 100 to 200 bytes a name (5 MB of distinct names: 110 MB at peak).
  std::vector<Entry> entries_;
  std::vector<uint32_t> slots_;
};

class Resolver {
 public:
  Resolver(const Document& doc, std::vector<Quote>& quotes, std::vector<Speaker>& speakers)
      : doc_(doc), v_(doc), quotes_(quotes), speakers_(speakers) {}

  void run() {
    mark_quoted();
    collect_names();
    collecting_ = false;
    for (Quote& q : quotes_) resolve(q);
    for (Speaker& s : speakers_) {
      const Names::Entry* e = names_of_.find(s.name);
      if (e != nullptr && e->described != Names::kNone) s.descriptions = descriptions_[e->described];
    }
  }

 private:
  void mark_quoted() {
    quoted_.assign(doc_.tokens.size(), 0);
    for (const Quote& q : quotes_) {
      if (q.kind != QuoteKind::direct && q.kind != QuoteKind::partial) continue;
      for (const ByteSpan& f : q.fragments) {
        const auto [first, end] = doc_.tokens_in(f);
        for (uint32_t t = first; t < end; ++t) quoted_[t] = 1;
      }
    }
  }

  // "March", "Tuesday": a date (a cheap test first: most words are no month).
  bool date_word(uint32_t t) const {
    if (v_.is(t, quotes::kTimeWord)) return true;
    const uint32_t n = v_.tok(t).span.size();
    return n >= 3 && n <= 9 && std::strchr("JFMASONDjfmasond", doc_.text()[v_.tok(t).span.begin]) != nullptr &&
           kDates.contains(v_.lower(t));
  }

  bool name_word(uint32_t t) const {
    if (!v_.is_word(t) || !v_.capitalized(t)) return false;
    if (!v_.is(t, quotes::kNpStop | quotes::kDeterminer | quotes::kTitle | quotes::kReporting | quotes::kPronoun |
                      quotes::kVagueHead))
      return true;
    // "Theresa May", "Will Doyle": a modal next to a name is part of it.
    return !v_.tok(t).has(kSentenceStart) && quotes::modal_in_name(v_, t);
  }

  // "Trump's" names "Trump".
  static std::string_view without_possessive(std::string_view s) {
    for (std::string_view tail : {"\xE2\x80\x99s", "'s"})
      if (s.size() > tail.size() + 1 && s.substr(s.size() - tail.size()) == tail) return s.substr(0, s.size() - tail.size());
    return s;
  }
  std::string_view candidate_text(NameCandidate c) const {
    return doc_.slice({v_.tok(c.begin_tok).span.begin, v_.tok(c.end_tok - 1).span.end});
  }

  void collect_names() {
    const uint32_t n = static_cast<uint32_t>(doc_.tokens.size());
    const Token* const tokens = doc_.tokens.data();
    for (uint32_t t = 0; t < n;) {
      // Most tokens are no capitalized word: passed over here, in a loop that stores nothing.
      while (t < n && !(tokens[t].kind == TokenKind::word && tokens[t].has(kCapitalized))) ++t;
      if (t == n) break;
      if (!name_word(t) || quoted_[t]) {
        ++t;
        continue;
      }
      uint32_t e = t + 1;
      const uint32_t pend = v_.para_end(v_.para_of(t));  // (a name stays in its paragraph)
      while (e < n && e < t + 5 && e < pend && !v_.tok(e).has(kSentenceStart) &&
             (name_word(e) || (v_.is_punct(e, '.') && !v_.tok(e).has(kSpaceBefore) && e + 1 < n &&
                               v_.capitalized(e + 1) && v_.tok(e - 1).span.size() == 1)))
        ++e;
      const NameCandidate c{t, e};
      const std::string_view c_text = candidate_text(c);
      bool org = false;
      for (uint32_t k = t; k < e; ++k) org = org || (v_.is(k, quotes::kOrgSpelling) && quotes::is_organization_word(v_.text(k)));
      if (!org && !(e == t + 1 && date_word(t))) {  // "March" is no one
        if (e - t >= 2) {
          Names::Entry& last = names_of_.at(v_.text(e - 1));
          if (last.full.data() == nullptr) last.full = c_text;
        }
        // "Mr. Snop", "Ms Reed": the title says which pronoun fits; "Senator Jane Roe", "Gov. Tim
        // Walz", "Dr. Aisha Banerjee": the title describes the person ("the senator", "the governor",
        // "the doctor" later).
        uint32_t before = t;
        if (before > 0 && v_.is_punct(before - 1, '.')) --before;
        if (before > 0) {
          const std::string_view title = v_.lower(before - 1);
          const Gender g = eq(title, "mr") ? Gender::male
                           : (eq(title, "mrs") || eq(title, "ms") || eq(title, "miss")) ? Gender::female
                                                                                  : Gender::unknown;
          if (g != Gender::unknown) {
            Names::Entry& last = names_of_.at(v_.text(e - 1));
            if (last.gender == Gender::unknown) last.gender = g;
          } else if (v_.is(before - 1, quotes::kTitle) && v_.capitalized(before - 1) && e - t >= 2 &&
                     !quotes::possessive(v_.lower(e - 1))) {
            // The whole title: "Vice President Joe Biden" is a vice president.
            std::string office(title_word(title));
            for (uint32_t k = before - 1; k > 0 && k + 4 > before && v_.is(k - 1, quotes::kTitle) && v_.capitalized(k - 1);)
              office = std::string(title_word(v_.lower(--k))) + " " + office;
            add_description(c_text, office, t);
          }
        }
        // "The health minister, Paul Whitcombe, said": a description opening the sentence, then the
        // name in apposition.
        if (e - t >= 2 && t >= 3 && v_.is_punct(t - 1, ',') && e < n &&
            (v_.is_punct(e, ',') || v_.is_terminator(e) || (v_.is_word(e) && !v_.capitalized(e)))) {
          uint32_t d = t - 1;
          while (d > 0 && d + 8 > t && v_.is_word(d - 1) && !v_.tok(d).has(kSentenceStart)) --d;
          if (v_.tok(d).has(kSentenceStart) && d + 2 < t && v_.is(d, quotes::kDeterminer) &&
              !v_.is(d, quotes::kPronoun) && !v_.capitalized(t - 2))
            add_description(c_text, doc_.slice({v_.tok(d).span.begin, v_.tok(t - 2).span.end}), t);
        }
        names_.push_back(c);
      }
      // An apposition after a name: "Pavel Snop, a former real estate agent from St. Petersburg, ..."
      // (not after a name in an adverbial: "In March, the island voted").
      if (e + 2 < n && v_.is_punct(e, ',') &&
          (eq(v_.lower(e + 1), "a") || eq(v_.lower(e + 1), "an") || eq(v_.lower(e + 1), "the")) &&
          !(t > 0 && v_.is_word(t - 1) && !v_.capitalized(t - 1) && v_.is(t - 1, quotes::kNpStop)) && !date_word(t)) {
        uint32_t d = e + 1;
        while (d < n && d < e + 25 && v_.para_of(d) == v_.para_of(e) && !v_.is_punct(d, ',') &&
               !v_.is_terminator(d) && v_.tok(d).kind != TokenKind::quote)
          ++d;
        bool reports = false;  // "Significantly, the judge said he …" is no apposition
        for (uint32_t k = e + 2; k < d && !reports; ++k) reports = v_.is(k, quotes::kReporting);
        if (d < n && (v_.is_punct(d, ',') || (v_.is_terminator(d) && d < e + 10)) && d > e + 2 && !reports)
          add_description(full_name(doc_.slice({v_.tok(t).span.begin, v_.tok(e - 1).span.end})),
                          doc_.slice({v_.tok(e + 1).span.begin, v_.tok(d - 1).span.end}), t);
      }
      t = e;
    }
  }

  std::string_view full_name(std::string_view name) const {
    if (name.find(' ') != std::string_view::npos) return name;
    const Names::Entry* e = names_of_.find(name);
    return e == nullptr || e->full.data() == nullptr ? name : e->full;
  }

  // A description of `name` read at token `at`. Those read while collecting names are in text order
  // (described_); those read from the quotes' mentions come after, in the quotes' order (recent_).
  void add_description(std::string_view name, std::string_view desc, uint32_t at) {
    Names::Entry& e = names_of_.at(name);
    if (e.described == Names::kNone) {
      e.described = static_cast<uint32_t>(descriptions_.size());
      descriptions_.emplace_back();
    }
    std::vector<std::string>& list = descriptions_[e.described];
    if (list.size() >= 8 || std::find(list.begin(), list.end(), desc) != list.end()) return;
    list.emplace_back(desc);
    (collecting_ ? described_ : recent_).push_back({name, fold_lower(desc), at});
  }

  // Words that make an office another one: a vice president is no president.
  static bool office_modifier(std::string_view w) {
    return eq(w, "vice") || eq(w, "deputy") || eq(w, "assistant") || eq(w, "acting") || eq(w, "former");
  }

  // A title before a name as the word a later mention uses: "Gov." -> "governor".
  static std::string_view title_word(std::string_view t) {
    static constexpr std::string_view kShort[][2] = {
        {"sen", "senator"},   {"rep", "representative"}, {"gov", "governor"}, {"dr", "doctor"},
        {"prof", "professor"}, {"gen", "general"},        {"col", "colonel"}, {"lt", "lieutenant"},
        {"capt", "captain"},  {"sgt", "sergeant"},       {"adm", "admiral"}, {"rev", "reverend"}};
    for (const auto& s : kShort)
      if (s[0] == t) return s[1];
    return t;
  }

  // The name inside a mention: the capitalized words at the end of the part before any comma,
  // without titles: "U.S. President Donald Trump" -> "Donald Trump", "Mr. Trump" -> "Trump".
  std::string_view name_in(TokRange m, uint32_t& name_end) const {
    uint32_t e = m.begin;
    while (e < m.end && !v_.is_punct(e, ',') && !(v_.is_dash(e) && v_.tok(e).has(kSpaceBefore))) ++e;
    name_end = e;  // what follows a comma or dash describes the person
    // "an aide to the governor of Dover" names no Dover: the head ends before the preposition.
    e = std::min(e, quotes::head_end(v_, m));
    // A name ends at a preposition or time word after it: "Donald Trump on Monday", "Pavel Snop of
    // St. Petersburg" name Donald Trump and Pavel Snop, not Monday or St. Petersburg ("a German aide"
    // goes on: a noun continues the phrase).
    for (uint32_t k = m.begin + 1; k < e; ++k)
      if (name_word(k - 1) && v_.is_word(k) && !v_.capitalized(k) && kNameEnders.contains(v_.lower(k))) {
        e = k;
        break;
      }
    // "Rep. Bobby Scott (D-Va.)": the party and state are no part of the name.
    if (e > m.begin && v_.is_punct(e - 1, ')')) {
      uint32_t k = e - 1;
      while (k > m.begin && !v_.is_punct(k, '(')) --k;
      if (v_.is_punct(k, '(')) e = k;
    }
    uint32_t b = e;
    while (b > m.begin && (name_word(b - 1) || (v_.is_punct(b - 1, '.') && b - 1 > m.begin && name_word(b - 2) &&
                                                 v_.tok(b - 2).span.size() == 1)))
      --b;
    if (b == e) return {};
    // "Secretary of the Treasury Ana Ortiz", "Director of National Intelligence Lena J. Okafor": after a
    // title and "of (the)", the capitalized run opens with the office; the person is its last two
    // words (an initial between them goes with them).
    const uint32_t of = b > m.begin && eq(v_.lower(b - 1), "the") ? b - 1 : b;
    if (of > m.begin + 1 && eq(v_.lower(of - 1), "of") && v_.is(of - 2, quotes::kTitle)) {
      uint32_t k = e, words = 0;
      while (k > b && words < 2) {
        --k;
        if (name_word(k) && v_.tok(k).span.size() > 1) ++words;
      }
      if (words == 2) b = k;
    }
    // Possessives are not names: "Clinton's campaign" is caught as an organization before this, and
    // "Donald Trump's claim that …" names "Donald Trump".
    return without_possessive(doc_.slice({v_.tok(b).span.begin, v_.tok(e - 1).span.end}));
  }

  void resolve(Quote& q) {
    if (!q.speaker) return;
    // A mention is a few tokens: walked to its end, which is cheaper here than Document::tokens_in's
    // second search.
    const uint32_t mb = doc_.token_at_or_after(q.speaker->begin);
    uint32_t me = mb;
    while (me < doc_.tokens.size() && v_.tok(me).span.end <= q.speaker->end) ++me;
    const TokRange m{mb, me};
    if (m.empty()) return;
    const std::string_view first = v_.lower(mb);
    std::string_view name;
    SpeakerKind kind = q.speaker_kind;
    std::string_view description;
    if (me - mb == 1 && v_.is(mb, quotes::kPronoun)) {
      if (eq(first, "he") || eq(first, "she") || eq(first, "i") || eq(first, "who")) {
        name = antecedent(mb, q);
        if (!name.empty()) kind = kind_of_name(name);
      }
    } else if (kind == SpeakerKind::vague) {
      name = doc_.slice(*q.speaker);
    } else {
      uint32_t name_end = 0;
      name = name_in(m, name_end);
      if (name_end + 1 < me) {
        uint32_t d_end = me;
        while (d_end > name_end + 1 && (v_.is_punct(d_end - 1, ',') || v_.is_dash(d_end - 1))) --d_end;
        // An age is no description: "Reyes, 58," has none, "Reyes, 58, a farmer," has "a farmer".
        uint32_t d_begin = name_end + 1;
        if (d_begin < d_end && v_.tok(d_begin).kind == TokenKind::number &&
            (d_begin + 1 == d_end || v_.is_punct(d_begin + 1, ',')))
          d_begin = std::min(d_begin + 2, d_end);
        if (d_end > d_begin)
          description = doc_.slice({v_.tok(d_begin).span.begin, v_.tok(d_end - 1).span.end});
      }
      // "The mayor, Lena Ortiz,": a description, then the name in apposition.
      if (name.empty() && name_end + 1 < me) {
        uint32_t b = name_end + 1;
        // ("The minister, Mr. Ortiz,": the title goes, as before any name.)
        while (b + 1 < me && v_.capitalized(b) && v_.is(b, quotes::kTitle)) b += v_.is_punct(b + 1, '.') ? 2 : 1;
        uint32_t e = b;
        while (e < me && (name_word(e) || (v_.is_punct(e, '.') && e > b && v_.tok(e - 1).span.size() <= 3))) ++e;
        while (e > b && !v_.is_word(e - 1)) --e;
        const bool closed = e == me || v_.is_punct(e, ',') || v_.is_dash(e);
        if (e > b && closed) {
          name = full_name(doc_.slice({v_.tok(b).span.begin, v_.tok(e - 1).span.end}));
          description = doc_.slice({v_.tok(mb).span.begin, v_.tok(name_end - 1).span.end});
        }
      }
      // "The Justice Department", "the Clinton campaign": an organisation is named by its whole
      // mention, without the determiner ("Justice" alone is a title).
      if (kind == SpeakerKind::organization && name_end > mb) {
        uint32_t b = mb;
        while (b + 1 < name_end && v_.is(b, quotes::kDeterminer) && !v_.is(b, quotes::kPronoun)) ++b;
        if (b < name_end && v_.capitalized(name_end - 1))
          name = doc_.slice({v_.tok(b).span.begin, v_.tok(name_end - 1).span.end});
      }
      // "the former agent": a person described before ("the book", "the leaders" are no one described).
      if (name.empty() && kind == SpeakerKind::person) name = by_description(m);
      if (name.empty()) name = doc_.slice(v_.span({mb, name_end > mb ? name_end : me}));
      else name = full_name(name);
    }
    q.speaker_name = name;
    q.speaker_kind = kind;
    if (name.empty()) return;
    if (!description.empty() && kind == SpeakerKind::person) add_description(name, description, mb);
    if (kind == SpeakerKind::person) last_person_ = {name, v_.para_of(mb)};
    if (kind == SpeakerKind::vague || kind == SpeakerKind::unknown) return;
    Names::Entry& e = names_of_.at(name);
    if (e.speaker == Names::kNone) {
      e.speaker = static_cast<uint32_t>(speakers_.size());
      speakers_.push_back({std::string(name), kind, {}, {}, {}});
      // Room for a few quotes and mentions at once: most speakers have one to four, which grown one
      // by one cost an allocation and a copy each.
      speakers_.back().mentions.reserve(4);
      speakers_.back().quotes.reserve(4);
    }
    Speaker& s = speakers_[e.speaker];
    if (s.mentions.empty() || s.mentions.back() != *q.speaker) s.mentions.push_back(*q.speaker);
    s.quotes.push_back(q.id);
  }

  SpeakerKind kind_of_name(std::string_view name) const {
    const Names::Entry* e = names_of_.find(name);
    return e == nullptr || e->speaker == Names::kNone ? SpeakerKind::person : speakers_[e->speaker].kind;
  }

  // He/she: the person quoted last (same or previous paragraph), else the name that opened one of
  // the last sentences before the pronoun.
  // Order of preference: the person quoted last in this paragraph, a person named earlier in this
  // paragraph, the person quoted last in the previous paragraph, a person named there. Each time, a
  // person marked as the other gender than the pronoun's is passed over.
  std::string_view antecedent(uint32_t pronoun, const Quote&) const {
    const std::string_view word = v_.lower(pronoun);
    const Gender want = eq(word, "he") ? Gender::male : eq(word, "she") ? Gender::female : Gender::unknown;
    const uint32_t p = v_.para_of(pronoun);
    // "Dana Lee, who praised the plan": the relative pronoun names the person right before its comma.
    if (eq(word, "who") && pronoun > v_.para_begin(p) && v_.is_punct(pronoun - 1, ',')) {
      const TokRange np = quotes::np_before(v_, pronoun - 1, v_.para_begin(p));
      uint32_t name_end = 0;
      const std::string_view name = np.empty() ? std::string_view() : name_in(np, name_end);
      if (!name.empty()) return full_name(name);
    }
    const bool fits_last = !last_person_.first.empty() && fits(last_person_.first, want);
    if (fits_last && last_person_.second == p) return last_person_.first;
    const std::string_view named = named_before(pronoun, p, want);
    if (!named.empty()) return named;
    if (fits_last && last_person_.second + 1 == p) return last_person_.first;
    return p > 0 ? named_before(pronoun, p - 1, want) : std::string_view();
  }

  std::string_view named_before(uint32_t pronoun, uint32_t para, Gender want) const {
    auto it = std::lower_bound(names_.begin(), names_.end(), pronoun,
                               [](const NameCandidate& c, uint32_t t) { return c.end_tok <= t; });
    for (int k = 0; k < 12 && it != names_.begin(); ++k) {
      --it;
      if (v_.para_of(it->begin_tok) > para) continue;
      if (v_.para_of(it->begin_tok) < para) break;
      // A person's name: two words or more ("Lena Ortiz"), or one that opens a sentence ("Burton").
      const std::string_view text = candidate_text(*it);
      const bool plural = !text.empty() && text.back() == 's';
      // ("U.S." is initials, no person: a name has a lower-case letter.)
      const bool lower = std::any_of(text.begin(), text.end(), [](char c) { return c >= 'a' && c <= 'z'; });
      if (lower && (it->end_tok - it->begin_tok >= 2 || (v_.tok(it->begin_tok).has(kSentenceStart) && !plural))) {
        const std::string_view name = full_name(without_possessive(text));
        if (fits(name, want)) return name;
      }
    }
    return {};
  }

  // What the article says of a person's gender: a title seen with the name, else the given name.
  Gender gender_of(std::string_view name) const {
    const std::size_t space = name.rfind(' ');
    const Names::Entry* t = names_of_.find(space == std::string_view::npos ? name : name.substr(space + 1));
    if (t != nullptr && t->gender != Gender::unknown) return t->gender;
    if (space == std::string_view::npos) return Gender::unknown;  // a surname alone says nothing more
    const std::string given = fold_lower(name.substr(0, name.find(' ')));
    if (kMaleNames.contains(given)) return Gender::male;
    if (kFemaleNames.contains(given)) return Gender::female;
    return Gender::unknown;
  }

  bool fits(std::string_view name, Gender want) const {
    if (want == Gender::unknown) return true;
    const Gender g = gender_of(name);
    return g == Gender::unknown || g == want;
  }

  // "the former agent", "the senator": the person whose description holds the same head noun, the
  // nearest before the mention first (descriptions from the quotes' mentions are all before it).
  std::string_view by_description(TokRange m) const {
    // An indefinite mention is someone new: "a spokesperson", "another official".
    const std::string_view first = v_.lower(m.begin);
    if (eq(first, "a") || eq(first, "an") || eq(first, "another") || eq(first, "one")) return {};
    uint32_t head = quotes::head_end(v_, m);
    while (head > m.begin && !v_.is_word(head - 1)) --head;
    if (head == m.begin) return {};
    // A common noun heads it ("the senator"); a capitalised head is a name or a title ("Billie Jean King").
    if (v_.capitalized(head - 1)) return {};
    const std::string_view h = v_.lower(head - 1);
    // The head noun as a word of the description, not right after a word that makes it another office
    // ("vice president", "deputy mayor" are no "president", "mayor") unless the mention has it too.
    // And every capitalised word before it is in the description too: "the Florida senator", "Sanders'
    // campaign manager" are not any senator, any campaign manager.
    auto word_at = [](const std::string& l, std::string_view w) {
      for (std::size_t at = l.find(w); at != std::string::npos; at = l.find(w, at + 1))
        if ((at == 0 || l[at - 1] == ' ') &&
            (at + w.size() == l.size() || !is_letter(static_cast<unsigned char>(l[at + w.size()]))))
          return at;
      return std::string::npos;
    };
    auto holds = [&](const std::string& l) {
      const std::size_t at = word_at(l, h);
      if (at == std::string::npos) return false;
      for (uint32_t k = m.begin; k + 1 < head; ++k) {
        if (!v_.is_word(k) || v_.is(k, quotes::kDeterminer)) continue;
        std::string_view w = v_.lower(k);
        if (!v_.capitalized(k) && !office_modifier(w)) continue;
        for (std::string_view tail : {"\xE2\x80\x99s", "'s", "\xE2\x80\x99", "'"})
          if (w.size() > tail.size() && w.substr(w.size() - tail.size()) == tail) {
            w.remove_suffix(tail.size());
            break;
          }
        if (word_at(l, w) == std::string::npos) return false;
      }
      const std::size_t b = at > 1 ? l.rfind(' ', at - 2) : std::string::npos;
      const std::string_view before =
          at > 1 ? std::string_view(l).substr(b == std::string::npos ? 0 : b + 1, at - 1 - (b == std::string::npos ? 0 : b + 1))
                 : std::string_view();
      if (!office_modifier(before)) return true;
      for (uint32_t k = m.begin; k + 1 < head; ++k)
        if (v_.lower(k) == before) return true;
      return false;
    };
    // Only a few of each, the nearest first: the nearest fits best.
    auto r = recent_.rbegin();
    auto d = std::make_reverse_iterator(std::lower_bound(
        described_.begin(), described_.end(), m.begin, [](const Description& x, uint32_t t) { return x.at < t; }));
    for (std::size_t looked = 0; looked < 64 && (r != recent_.rend() || d != described_.rend()); ++looked) {
      const bool take_r = d == described_.rend() || (r != recent_.rend() && r->at >= d->at);
      const Description& x = take_r ? *r++ : *d++;
      if (holds(x.lower)) return x.name;
    }
    return {};
  }

  const Document& doc_;
  TokenView v_;
  std::vector<Quote>& quotes_;
  std::vector<Speaker>& speakers_;
  std::vector<uint8_t> quoted_;
  std::vector<NameCandidate> names_;
  Names names_of_;
  std::vector<std::vector<std::string>> descriptions_;  // the descriptions of a name (Names::Entry::described)
  struct Description {
    std::string_view name;  // the person
    std::string lower;      // the description lower-cased
    uint32_t at;            // the token where it was read
  };
  std::vector<Description> described_, recent_;
  bool collecting_ = true;
  std::pair<std::string_view, uint32_t> last_person_;
};

}  // namespace

void resolve_speakers(const Document& doc, std::vector<Quote>& quotes, std::vector<Speaker>& speakers) {
  Resolver(doc, quotes, speakers).run();
}

}  // namespace factlight
