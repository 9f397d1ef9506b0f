// Figures an editor should look at: the same thing counted differently in one article, and statistics
// in check-worthy sentences that name no source.
#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <limits>
#include <string>

#include "claims_lexicon.hpp"
#include "claims_words.hpp"
#include "factlight/claims_model.hpp"
#include "findings_parts.hpp"
#include "sort_order.hpp"
#include "swar.hpp"

namespace factlight {
namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();
// "about 800,000" covers 720,000 to 880,000.
constexpr double kAboutTolerance = 0.10;

// Figures that count or measure something (a date or a duration has no "value" to contradict).
bool is_statistic(const Figure& f) {
  if (f.relative) return false;
  switch (f.kind) {
    case FigureKind::count:
    case FigureKind::percent:
    case FigureKind::money:
    case FigureKind::quantity:
    case FigureKind::range:
    case FigureKind::ratio: return f.value || f.low || f.high;
    default: return false;
  }
}

// A tally ("voted 7-2", "won 45-40"): low and high are its two sides, its value their ratio.
bool is_tally(const Figure& f) { return f.kind == FigureKind::ratio && f.unit == "tally"; }

// A statistic a reader would ask the source of: any but a count below ten, a vague amount ("thousands of
// people", "a few miles"), a count with no value, or a tally (a vote or a score is on the record).
bool worth_sourcing(const Figure& f) {
  if (!is_statistic(f) || is_tally(f) || f.approx == Approx::vague) return false;
  return f.kind != FigureKind::count || (f.value && std::fabs(*f.value) >= 10);
}

// What values the figure allows, as a closed interval; false when it allows anything.
bool interval(const Figure& f, double& lo, double& hi) {
  if (f.low && f.high && !is_tally(f)) {  // a tally is its one value: 7-2 differs from 6-3
    lo = *f.low;
    hi = *f.high;
  } else if (f.value) {
    const double v = *f.value;
    switch (f.approx) {
      case Approx::exact: lo = hi = v; break;
      case Approx::about: {
        const double d = std::fabs(v) * kAboutTolerance;
        lo = v - d;
        hi = v + d;
        break;
      }
      case Approx::over:
      case Approx::at_least: lo = v, hi = kInf; break;
      case Approx::under:
      case Approx::at_most: lo = -kInf, hi = v; break;
      case Approx::vague: return false;
    }
  } else if (f.low) {
    lo = *f.low;
    hi = kInf;
  } else if (f.high) {
    lo = -kInf;
    hi = *f.high;
  } else {
    return false;
  }
  return lo <= hi;
}

bool is_function_word(std::string_view w) {
  static const WordSet kWords{std::string_view(
      "of in on to and the a an for from at by with or than as per more less over under were was are is "
      "have has had who that which its their his her our some all be been it they this these those not "
      "about only")};
  return kWords.contains(w);
}

// The word that says what is counted: the head of the figure's subject ("citizens"), or else the word
// right after the figure ("800,000 fled"). Plural folded. Empty when there is none worth comparing.
std::string subject_key(const Document& doc, const Figure& f) {
  std::string w;
  if (f.subject) {
    uint32_t last = UINT32_MAX;  // the subject's last word
    for (uint32_t t = doc.token_at_or_after(f.subject->begin);
         t < doc.tokens.size() && doc.tokens[t].span.end <= f.subject->end; ++t)
      if (doc.tokens[t].kind == TokenKind::word) last = t;
    if (last != UINT32_MAX) w = normalized_word(doc, last);
  } else {
    const uint32_t t = doc.token_at_or_after(f.span.end);
    if (t < doc.tokens.size() && doc.tokens[t].kind == TokenKind::word) w = normalized_word(doc, t);
    // A tally says what was tallied after it ("a 5-4 ruling") or before it ("voted 7-2 for").
    const uint32_t before = doc.token_at_or_after(f.span.begin) - 1;
    if (is_tally(f) && (w.size() < 3 || is_function_word(w)) && before < doc.tokens.size() &&
        doc.tokens[before].kind == TokenKind::word)
      w = normalized_word(doc, before);
  }
  if (w.size() < 3 || is_function_word(w)) return "";
  if (w.size() > 3 && w.back() == 's' && w[w.size() - 2] != 's') w.pop_back();
  return w;
}

// Words as numbers, compared without allocating: FNV-1a (from its offset basis, or from h to go on
// hashing) of the lower-cased bytes.
using WordKey = uint64_t;
constexpr WordKey kFnvBasis = 1469598103934665603ull;
WordKey key_of(std::string_view w, WordKey h = kFnvBasis) {
  for (char c : w) h = (h ^ static_cast<unsigned char>(c)) * 1099511628211ull;
  return h;
}

// Figures of one comparable class, as a number: same kind family, unit, currency and subject word. Units
// and currencies count for money (a rate, "/hour", is no total), quantities and counts.
uint64_t class_key(const Figure& f, std::string_view subject) {
  char family = 'c';
  switch (f.kind) {
    case FigureKind::percent: family = 'p'; break;
    case FigureKind::money: family = 'm'; break;
    case FigureKind::quantity: family = 'q'; break;
    case FigureKind::ratio: family = 'r'; break;
    default: break;
  }
  WordKey h = key_of(subject, key_of(std::string_view(&family, 1)));
  if (family != 'p' && family != 'r') h = key_of(f.currency, key_of("|", key_of(f.unit, key_of("|", h))));
  return h;
}

// The token lower-cased into `buf` (byte by byte when ASCII, else as normalized_word() does).
std::string_view lower_word(const Document& doc, uint32_t t, std::string& buf) {
  if (doc.tokens[t].has(kNonAscii)) return buf = normalized_word(doc, t);
  buf.assign(doc.token_text(t));
  for (char& c : buf)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
  return buf;
}

// A word cut to a crude stem, so that one word's forms meet: a plural or verb -s, then -ed, -ing or -e
// ("votes", "voted", "vote" -> "vot").
std::string_view stem(std::string_view w) {
  auto ends = [&](std::string_view end) { return w.size() >= end.size() && w.substr(w.size() - end.size()) == end; };
  if (w.size() > 3 && w.back() == 's' && w[w.size() - 2] != 's') w.remove_suffix(1);
  if (w.size() > 4 && ends("ing")) w.remove_suffix(3);
  else if (w.size() > 3 && ends("ed")) w.remove_suffix(2);
  else if (w.size() > 3 && w.back() == 'e') w.remove_suffix(1);
  return w;
}

// What the sentence says about a figure, read only when a later figure might contradict it:
// - context: the stems of up to kSide content words (no function words, numbers or punctuation) on each
//   side of it within kReach tokens in its sentence, the subject's among them. Two figures state the same
//   fact only when they share three of these (two when one has only two): "800,000 citizens fled the
//   country" and "700,000 citizens fled the country" do; "63 percent said the same" and "73 percent said
//   she lied" don't.
// - names: the capitalised words within kReach tokens of it in its sentence: what qualifies the fact.
//   "175 delegates in Florida" and "99 delegates in Ohio" each name what the other doesn't, so they state
//   different facts. A sentence's first word counts only when the article capitalises it mid-sentence
//   too ("Trump cited 88 generals", "Clinton listed 95 generals": names; "Overall", "The": not). The times
//   named as near count as names too (dates and relative spans of time, by value): "In 2010, 5 million
//   had no insurance" and "By 2015, 7 million had no insurance" state two facts, not one twice.
// Bounded windows: a figure among thousands of numbers costs no more.
constexpr uint32_t kSide = 3, kReach = 12, kMaxNames = 24;

// The words (as spelt) an article capitalises inside a sentence, as a Bloom filter of their keys (first
// and last eight bytes and the length: no string is built), two bits per word in eight or more bits per
// token, filled in one pass over the tokens the first time a sentence opener is asked about. A word never
// capitalised mid-sentence passes for one with a chance well under 1 % in news (a quarter of the words
// are capitalised), which only holds a finding back.
class MidCaps {
 public:
  static uint64_t key(const char* p, std::size_t n, const char* text_end) {
    uint64_t a = 0, b = 0;
    if (n >= 8) {
      a = swar::load8(p);
      b = swar::load8(p + n - 8);
    } else if (p + 8 <= text_end) {
      a = swar::load8(p) & (~uint64_t{0} >> (64 - 8 * n));  // little-endian: the first n bytes
    } else {
      for (std::size_t i = 0; i < n; ++i) a |= uint64_t{static_cast<unsigned char>(p[i])} << (8 * i);
    }
    return ((a * 0x9E3779B97F4A7C15ull) ^ b ^ n) * 0xC2B2AE3D27D4EB4Full;
  }
  void fill(const Document& doc) {
    const std::string_view text = doc.text();
    std::size_t words = 1;
    while (words * 8 < doc.tokens.size()) words *= 2;  // 64 bits a word: at least 8 per token
    bits_.assign(words, 0);
    for (const Token& tok : doc.tokens)
      if (tok.has(kCapitalized) && !tok.has(kSentenceStart))
        visit(key(text.data() + tok.span.begin, tok.span.size(), text.data() + text.size()), true);
  }
  bool filled() const { return !bits_.empty(); }
  bool contains(std::string_view w, std::string_view text) {
    return visit(key(w.data(), w.size(), text.data() + text.size()), false);
  }

 private:
  // Sets (or tests) the key's two bits; true when both were set.
  bool visit(uint64_t k, bool set) {
    const uint64_t mask = bits_.size() * 64 - 1;
    bool all = true;
    for (const uint64_t bit : {k & mask, (k >> 32) & mask}) {
      uint64_t& w = bits_[static_cast<std::size_t>(bit >> 6)];
      all = all && (w >> (bit & 63) & 1);
      if (set) w |= uint64_t{1} << (bit & 63);
    }
    return all;
  }
  std::vector<uint64_t> bits_;
};

struct Words {
  WordKey context[2 * kSide + 1];  // the words before the figure, then the subject's head and those after it
  WordKey names[kMaxNames];
  uint8_t n_context = 0, n_before = 0, n_names = 0;

  void read(const Document& doc, const Sentence& sent, const Figure& f, const std::vector<Figure>& figures,
            std::string& buf, MidCaps& mid_caps) {
    auto take = [&](uint32_t t) {
      if (doc.tokens[t].kind != TokenKind::word) return false;
      const std::string_view w = lower_word(doc, t, buf);
      if (w.size() < 3 || is_function_word(w)) return false;
      context[n_context++] = key_of(stem(w));
      return true;
    };
    // (When the subject follows the figure, its head and then the words after it: the rest of the subject
    // is the same on both sides, and what is said of it comes after: "58 percent of Latino voters said
    // ..." and "84 percent of Latino voters have ...".)
    const uint32_t first = doc.token_at_or_after(f.span.begin);
    const bool subject_after = f.subject && f.subject->begin >= f.span.end;
    const uint32_t after = doc.token_at_or_after(subject_after ? f.subject->end : f.span.end);
    const uint32_t from = first > sent.first_token + kReach ? first - kReach : sent.first_token;
    const uint32_t to = std::min(sent.token_end, after + kReach);
    uint32_t taken = 0;
    for (uint32_t t = first; t > from && taken < kSide;) taken += take(--t);
    n_before = n_context;
    if (subject_after && after > first) take(after - 1);
    taken = 0;
    for (uint32_t t = after; t < to && taken < kSide; ++t) taken += take(t);
    for (uint32_t t = from; t < to && n_names < kMaxNames; ++t) {
      const Token& tok = doc.tokens[t];
      if (tok.kind != TokenKind::word || !is_upper(tok.first)) continue;
      if (t == sent.first_token || tok.has(kSentenceStart)) {
        if (!mid_caps.filled()) mid_caps.fill(doc);
        if (!mid_caps.contains(doc.token_text(t), doc.text())) continue;
      }
      names[n_names++] = key_of(lower_word(doc, t, buf));
    }
    // (The figures in the same window of tokens: at most a few, however many the sentence has.)
    const uint32_t window_begin = doc.tokens[from].span.begin, window_end = doc.tokens[to - 1].span.end;
    auto g = std::lower_bound(figures.begin(), figures.end(), window_begin,
                              [](const Figure& x, uint32_t at) { return x.span.begin < at; });
    for (; g != figures.end() && g->span.begin < window_end && n_names < kMaxNames; ++g) {
      if (g->kind != FigureKind::date && !(g->kind == FigureKind::duration && g->relative)) continue;
      double v[3] = {g->value.value_or(-1), g->low.value_or(-1), g->high.value_or(-1)};
      WordKey h = key_of(g->unit, key_of(g->kind == FigureKind::date ? "\x01" "date" : "\x01" "span"));
      names[n_names++] = key_of(std::string_view(reinterpret_cast<const char*>(v), sizeof v), h);
    }
  }
};

bool has(const WordKey* begin, const WordKey* end, WordKey w) { return std::find(begin, end, w) != end; }

// Each of the two names something the other doesn't, or says something after its figure that the
// other doesn't say at all: "leads by 7 points among women" and "leads by 21 points among liberals",
// "58 percent said they were less likely" and "84 percent have an unfavorable view".
bool qualified_apart(const Words& a, const Words& b) {
  auto name_missing_from = [](const Words& x, const Words& y) {
    for (uint8_t i = 0; i < x.n_names; ++i)
      if (!has(y.names, y.names + y.n_names, x.names[i])) return true;
    return false;
  };
  auto said_missing_from = [](const Words& x, const Words& y) {
    for (uint8_t i = x.n_before; i < x.n_context; ++i)
      if (!has(y.context, y.context + y.n_context, x.context[i])) return true;
    return false;
  };
  return (name_missing_from(a, b) && name_missing_from(b, a)) || (said_missing_from(a, b) && said_missing_from(b, a));
}

bool shares_context(const Words& a, const Words& b) {
  std::size_t shared = 0;
  for (uint8_t i = 0; i < a.n_context; ++i)  // each word once
    shared += !has(a.context, a.context + i, a.context[i]) && has(b.context, b.context + b.n_context, a.context[i]);
  const std::size_t need = std::max<std::size_t>(2, std::min<std::size_t>({3, a.n_context, b.n_context}));
  return shared >= need;
}

// A figure already seen in its class, kept to compare later ones with.
struct Seen {
  const Figure* figure;
  double lo, hi;
  uint32_t sentence;
};
// How many of the latest figures of a class each figure is compared with: keeps the check linear.
constexpr std::size_t kRecent = 8;

// Another statistic within a few tokens in the same sentence: the two are read together ("two of its
// five libraries", "a 7-2 vote", "from 700 to 800"), and neither restates anything alone.
bool beside_another(const Document& doc, const std::vector<Figure>& figures, std::size_t i) {
  constexpr uint32_t kNear = 4;
  const Figure& f = figures[i];
  const uint32_t first = doc.token_at_or_after(f.span.begin), end = doc.token_at_or_after(f.span.end);
  const uint32_t s = doc.sentence_at(f.span.begin);
  for (std::size_t j : {i - 1, i + 1}) {
    if (j >= figures.size() || !is_statistic(figures[j])) continue;
    const Figure& g = figures[j];
    if (doc.sentence_at(g.span.begin) != s) continue;
    const uint32_t g_first = doc.token_at_or_after(g.span.begin), g_end = doc.token_at_or_after(g.span.end);
    if (g_end + kNear >= first && g_first <= end + kNear) return true;
  }
  return false;
}

std::string quoted(std::string_view s) { return "\xE2\x80\x9C" + excerpt(s) + "\xE2\x80\x9D"; }

}  // namespace

void find_figure_issues(const Analysis& a, const lexicon::FeatureWords& words,
                        const std::vector<bool>& skip_paragraph, std::vector<char> sourced,
                        std::vector<Finding>& out) {
  const Document& doc = a.doc;
  if (doc.sentences.empty()) return;
  auto skipped = [&](const Figure& f) {
    const uint32_t p = doc.sentences[doc.sentence_at(f.span.begin)].paragraph;
    return p < skip_paragraph.size() && skip_paragraph[p];
  };
  // inconsistent_figures: a figure that restates an earlier one of its class (same kind, unit, currency and
  // subject word, and the same words around it) with a value both cannot hold. Figures that agree
  // ("hundreds of thousands", "about 800,000") are not flagged; nor are figures read together in one
  // sentence, which compare on purpose.
  std::vector<Seen> seen;      // the figures that could contradict, in text order
  std::vector<uint64_t> keys;  // each one's class
  for (std::size_t i = 0; i < a.figures.size(); ++i) {
    const Figure& f = a.figures[i];
    if (!is_statistic(f) || skipped(f)) continue;
    double lo = 0, hi = 0;
    if (!interval(f, lo, hi)) continue;
    const std::string subject = subject_key(doc, f);
    if (subject.empty() || beside_another(doc, a.figures, i)) continue;
    seen.push_back({&f, lo, hi, doc.sentence_at(f.span.begin)});
    keys.push_back(class_key(f, subject));
  }
  // Class by class (the shared stable sort keeps text order within a class), each figure against the
  // kRecent before it. Their words are read only for values that cannot both hold, once each, into a ring.
  const std::vector<uint32_t> order = stable_order(keys);
  constexpr std::size_t kSlots = kRecent + 1;
  Words ring[kSlots];
  std::size_t in_slot[kSlots];
  std::fill(in_slot, in_slot + kSlots, SIZE_MAX);
  std::string buf;  // a lower-cased word
  MidCaps mid_caps;  // filled when a sentence opener first asks
  auto words_at = [&](std::size_t k) -> const Words& {
    Words& w = ring[k % kSlots];
    if (in_slot[k % kSlots] != k) {
      const Seen& x = seen[order[k]];
      w = Words{};
      w.read(doc, doc.sentences[x.sentence], *x.figure, a.figures, buf, mid_caps);
      in_slot[k % kSlots] = k;
    }
    return w;
  };
  for (std::size_t k = 0, group = 0; k < order.size(); ++k) {
    if (keys[order[k]] != keys[order[group]]) group = k;
    const Seen& now = seen[order[k]];
    const Seen* other = nullptr;
    for (std::size_t j = k; j > group && j + kRecent > k && !other;) {
      const Seen& then = seen[order[--j]];
      if (then.sentence == now.sentence || (now.hi >= then.lo && now.lo <= then.hi)) continue;
      const Words &mine = words_at(k), &theirs = words_at(j);
      if (shares_context(mine, theirs) && !qualified_apart(mine, theirs)) other = &then;
    }
    if (!other) continue;
    const Figure& f = *now.figure;
    out.push_back({"inconsistent_figures", f.span,
                   quoted(doc.slice(f.span)) + " and " + quoted(doc.slice(other->figure->span)) +
                       " earlier give different values for what reads as the same fact" +
                       (f.subject ? " about " + quoted(doc.slice(*f.subject)) : std::string()) +
                       ": check which is right, or say why they differ.",
                   {other->figure->span}});
  }

  // unsourced_figure: a statistic in a check-worthy sentence (score >= 0.5, independent of the
  // claimThreshold option) in a paragraph that names no source: no attribution ("said", "according to"),
  // no evidence ("a survey", "data"), no vague source (reported on its own) and no quotation.
  // The paragraph, not the sentence, because reporters attribute once per paragraph.
  // Only figures worth sourcing: small counts ("two states", "none of the four": 27 % of what this check
  // raised on PolNeAR's news) and vague ones ("thousands of people") tell a story, not a statistic.
  for (const Quote& q : a.quotes)
    if (!q.scare) sourced[doc.sentences[doc.sentence_at(q.span.begin)].paragraph] = 1;
  // A figure the article sources where it states it again (a headline's or a lede's number, given with
  // its source further down) is sourced: the same kind, value, bounds, unit and currency. Figures of one
  // value meet in the shared stable sort; a value is sourced when any of its figures is.
  std::vector<uint64_t> values(a.figures.size());
  std::vector<char> sourced_value(a.figures.size(), 0);
  for (std::size_t i = 0; i < a.figures.size(); ++i) {
    const Figure& f = a.figures[i];
    const double v[3] = {f.value.value_or(kInf), f.low.value_or(kInf), f.high.value_or(kInf)};
    values[i] = key_of(std::string_view(reinterpret_cast<const char*>(v), sizeof v),
                       key_of(f.unit, key_of(f.currency, static_cast<WordKey>(f.kind) + 1)));
    sourced_value[i] = sourced[doc.sentences[doc.sentence_at(f.span.begin)].paragraph];
  }
  const std::vector<uint32_t> by_value = stable_order(values);
  // Twice over the groups of one value: first the last of each group learns if any is sourced, then
  // every figure of the group learns it from the last.
  for (std::size_t k = 1; k < by_value.size(); ++k)
    if (values[by_value[k]] == values[by_value[k - 1]]) sourced_value[by_value[k]] |= sourced_value[by_value[k - 1]];
  for (std::size_t k = by_value.size(); k-- > 1;)
    if (values[by_value[k]] == values[by_value[k - 1]]) sourced_value[by_value[k - 1]] = sourced_value[by_value[k]];
  uint32_t last_reported = UINT32_MAX;
  for (std::size_t i = 0; i < a.figures.size(); ++i) {
    const Figure& f = a.figures[i];
    if (!worth_sourcing(f) || skipped(f) || sourced_value[i]) continue;
    const uint32_t s = doc.sentence_at(f.span.begin);
    const Sentence& sent = doc.sentences[s];
    if (s == last_reported || sourced[sent.paragraph]) continue;
    // The claim score of its sentence, as the claims stage gave it (FeatureWords scores every sentence once).
    const double score = claim_probability(words.sentence_score(s).logit);
    if (score < 0.5) continue;
    last_reported = s;
    out.push_back({"unsourced_figure", f.span,
                   quoted(doc.slice(f.span)) + " is stated without a source in its paragraph: say where the " +
                       "number comes from.",
                   related_sentence(sent.span)});
  }
}

}  // namespace factlight
