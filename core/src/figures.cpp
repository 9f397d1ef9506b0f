// Figures: every number a fact-checker would check, with its normalised value, unit and subject.
//
// One left-to-right pass over each sentence's tokens with a small lookahead; a figure never
// crosses a sentence. At each token the recognisers are tried in a fixed order (things that are
// not figures, dates, vague amounts, relative time, ranks, multipliers, then amounts with their
// prefixes and suffixes) and the first that matches consumes its tokens. Approximators are read
// backwards from the figure's start, subjects forwards from its end. A cheap test per token
// (Scanner::may_start: digits, symbols, and a hashed table of opening words) skips every token
// that cannot open a figure before any recogniser runs; most words never get further.
//
// Conventions (see also figures_numbers.hpp for how digits are read):
//  - Vague amounts are ranges with approx "vague". A vague word covers [low, high) of its unit:
//    "tens" [20, 100), "hundreds" [200, 1000), "thousands" [2000, 10000), "dozens" [24, 144),
//    "scores" [40, 100), "several" [3, 10), "a few" [2, 6), "a handful" [2, 6); "X of Y" multiplies
//    ("hundreds of thousands" = [200,000, 1,000,000)). The output `high` is inclusive (999,999).
//  - Dates: value is YYYYMMDD, YYYYMM or YYYY with unit "yyyymmdd", "yyyymm" or "yyyy"
//    ("mmdd" when the year is missing); a decade ("the 1990s") and a span of years ("from 2009
//    to 2017") have low and high. A year standing alone ("2022 was hard") is a date, not a count.
//  - Relative time: "three years ago" is a duration (3 year, relative); "last year" is a date with
//    value -1 unit "year" relative; "since 2014" is the date 2014, relative.
//  - Percentages have unit "percent", or "percentage_point" for "percentage points".
//  - Money has `currency` (ISO 4217) when the currency is known; minor units are converted
//    ("50 cents" = 0.5 USD); a currency word naming several currencies ("francs") has unit
//    "franc" and no ISO code.
//  - Ratios: "a third" 0.333.., "one in five" 0.2; multipliers ("twice", "3.5 times") have unit
//    "times".
//  - Rates: money takes the unit "/X" ("$15 an hour": 15 USD "/hour"; "$5 per share": "/share"),
//    a quantity "unit/X" ("2m barrels a day": "barrel/day"), a frequency "/X" ("four times a week").
//  - Ages are durations in years ("60 years old", "aged 60", "Jane Roe, 25, said"); spans of ages
//    are ranges in years ("aged 18 to 24", "in their 40s" = 40..49).
//  - Ranks from the end are ordinals with unit "from_last", relative: "penultimate" and "the last
//    but one" are 2. "last" and "next" alone are no ranks.
//  - Not figures: identifiers ("Boeing 737", "COVID-19", "Section 230", "401(k)", "7-Eleven",
//    "Air Force One"),
//    phone numbers, times of day ("7 p.m.", "10:30", "between 2 and 4 p.m.", "begins at 8"),
//    "24/7" and "9/11", ranks in names ("the Second Amendment"), list markers ("3." before an
//    item), a lone "one"/"a", "second" as a unit of time.
#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <optional>
#include <string>

#include "factlight/extractors.hpp"
#include "factlight/unicode.hpp"
#include "figures_lexicon.hpp"
#include "figures_numbers.hpp"
#include "vocabulary.hpp"
#include "word_set.hpp"

namespace factlight {
namespace {

using figlex::Lower;

// `w` is one of the words of `list`, separated by single spaces ("street st road"): one literal, no
// table of pointers to ship.
bool one_of(std::string_view w, std::string_view list) {
  if (w.empty()) return false;
  for (std::size_t at = list.find(w); at != std::string_view::npos; at = list.find(w, at + 1)) {
    const std::size_t end = at + w.size();
    if ((at == 0 || list[at - 1] == ' ') && (end == list.size() || list[end] == ' ')) return true;
  }
  return false;
}

// Capitalised words that may stand right before a number without making it an identifier.
bool may_precede_number(std::string_view w) {
  static const WordSet kSet{std::string_view(
      "the in on at by since until from to and or of for with about around some nearly almost over "
      "under more less only just all another those these its their his her our roughly approximately "
      "estimated between after before during up than least most exactly top last next first fewer each "
      "every both circa even but if as that then when while barely past a an what till through within "
      "above below beyond across among per plus minus negative fully approx like so yet we they he she "
      "it i you there here now today yesterday still whereas although though because where which who "
      "total totalling totaling well give spend buy pay paid cost costs get got is are was were be "
      "nine ten nought zero no exceed surpass exceeding equals equal equaling spring summer autumn fall "
      "winter")};
  return kSet.contains(w);
}

// Lower-case words that make the next number a label rather than an amount: "section 230".
bool is_label_word(std::string_view w) {
  static const WordSet kSet{std::string_view(
      "section route version number nr nrs page pages chapter article room flight exit highway "
      "interstate model gate platform channel bus grade level phase stage step act scene verse item "
      "rule amendment episode season vol volume issue ward precinct lot apartment apt suite box pier "
      "terminal runway row seat table figure fig appendix part psalm exercise exercises windows iphone "
      "ios android galaxy boeing airbus macos python html ipv class category type size code pin id no "
      "nos tel phone fax line lines squad unit division battalion regiment brigade paragraph clause "
      "title sec art rev ch ps pt road street avenue tower building block floor district zone sector "
      "track disc bill resolution proposition prop measure order law decree case docket report paper "
      "study note footnote list test trial match game week day round lap hole mile mark group pool "
      "shot film movie album")};
  return kSet.contains(w);
}

// People a bound can be the age of ("voters under 30").
const WordSet kPeople{std::string_view(
    "voters people those men women adults americans children kids residents respondents workers "
    "students patients drivers citizens anyone everyone")};

// Function words and verbs that never start the subject of a figure.
bool is_stopword(std::string_view w) {
  static const WordSet kSet{std::string_view(
      "the a an and or but of in on at to for with by from who which that this these those is are was "
      "were be been being have has had will would could should may might can must do does did it its "
      "they them their he she we you i his her our your my per than more less fewer as so if when "
      "where while since until after before during over under about into onto out up down off not no "
      "all each every both some any other such only also just even still yet then there here now ago "
      "later earlier again away back apiece times percent cent says said say according including "
      "between against among through across around what whose whom how why nor either neither whereas "
      "plus minus alone together respectively instead already almost nearly last next first second "
      "third least most s")};
  return kSet.contains(w);
}

bool looks_plural(std::string_view w) {
  if (w.size() < 3) return false;
  // (The words of the list that end in "s", "troops" and "refugees", pass the test on their ending.)
  if (w.back() == 's') {
    const std::string_view end2 = w.substr(w.size() - 2);
    return end2 != "ss" && end2 != "us" && end2 != "is" && end2 != "'s";
  }
  return one_of(w,
                "people children men women police staff personnel cattle sheep fish deer "
                "livestock youth clergy crew folk offspring aircraft data");
}

struct Num {
  uint32_t b = 0, e = 0;  // tokens [b, e)
  std::optional<double> value;
  std::string decimal;  // set when the number is a plain digit numeral (for exact scaling)
  bool words = false;     // spelled out ("twenty-one")
  bool scaled = false;    // multiplied by a scale word or abbreviation
  bool ordinal = false;   // "twenty-first", "21st"
  bool fraction = false;  // "two thirds", "3/4"
  bool lone = false;      // a single small word ("one", "two") or the article "a"
  bool digits = false;    // written in digits
  bool year_like = false; // four digits, no separators, no scale
  double scale = 1;
};

class Scanner {
 public:
  Scanner(const Document& doc, std::vector<Figure>& out)
      : d_(doc), t_(doc.tokens), out_(out), text_(doc.text()) {}

  void run() {
    for (std::size_t k = 0; k < d_.sentences.size(); ++k) {
      const Sentence& s = d_.sentences[k];
      sb_ = s.first_token;
      se_ = s.token_end;
      more_in_paragraph_ = k + 1 < d_.sentences.size() && d_.sentences[k + 1].paragraph == s.paragraph;
      opens_paragraph_ = k == 0 || d_.sentences[k - 1].paragraph != s.paragraph;
      floor_ = sb_;
      prev_floor_ = sb_;
      uint32_t i = sb_;
      while (i < se_) {
        if (plain_word(t_[i])) {
          ++i;
          continue;
        }
        const uint32_t next = at(i);
        i = next > i ? next : i + 1;
      }
    }
  }

 private:
  const Document& d_;
  const Tokens& t_;
  std::vector<Figure>& out_;
  uint32_t sb_ = 0, se_ = 0;
  bool more_in_paragraph_ = false;  // another sentence follows in the same paragraph
  bool opens_paragraph_ = false;    // and none comes before it
  std::string_view text_;  // d_.text(); words are lowered one at a time, on the stack (low())
  const std::string_view* vocabulary_ = vocabulary_words();  // the spelling of each word id
  uint32_t floor_ = 0;  // tokens before this belong to an earlier figure
  uint32_t prev_floor_ = 0;  // floor_ before the last emit(), for reading approximators back

  // The words that can open a figure, and a prefilter. Bit n of by_ends[first][last]: some
  // opening word starts and ends with those letters (mod 32) and has n bytes; it turns away most
  // words before hashing them.
  struct OpeningWords {
    std::vector<std::string_view> list;
    WordSet words{};
    uint64_t by_ends[32][32] = {};
    bool may_be(std::string_view w) const {
      return by_ends[w.front() & 31][w.back() & 31] >> (w.size() < 63 ? w.size() : 63) & 1u;
    }
  };
  static const OpeningWords& opening_words() {
    static const OpeningWords kWords = [] {
      OpeningWords o;
      figlex::opening_words(o.list);
      for (const char* x : {"a", "an", "tens", "scores", "dozens", "several", "few", "last", "next",
                            "this", "previous", "coming", "past", "no", "twice", "doubled",
                            "doubling", "doubles", "tripled", "tripling", "triples", "trebled",
                            "quadrupled", "quadrupling", "quadruples", "halved", "halving",
                            "halves", "twofold", "threefold", "fourfold", "fivefold", "tenfold",
                            "hundredfold", "between", "from", "age", "aged", "ages", "minus", "negative",
                            "dollar", "u", "half", "quarter", "one", "penultimate", "rs",
                            "antepenultimate", "q1", "q2", "q3", "q4", "h1", "h2"})
        o.list.emplace_back(x);
      for (std::string_view x : o.list)
        o.by_ends[x.front() & 31][x.back() & 31] |= uint64_t{1} << (x.size() < 63 ? x.size() : 63);
      o.words = WordSet(o.list.data(), o.list.data() + o.list.size());
      return o;
    }();
    return kWords;
  }
  const OpeningWords* opening_words_ = &opening_words();

  // A plain word, quotation mark or punctuation mark that cannot open a figure, told without a call:
  // the common case, kept inline in the scan loop (opening() below says the same, at length).
  bool plain_word(const Token& tk) const {
    if (tk.kind != TokenKind::word)  // ".5" may open one
      return tk.kind == TokenKind::quote || (tk.kind == TokenKind::punct && tk.first != '.');
    const std::size_t n = tk.span.size();
    // (The prefilter reads letters mod 32, the same in either case: no lowering needed.)
    const char* p = text_.data() + tk.span.begin;
    if (n > 3 && p[3] >= '0' && p[3] <= '9') return false;
    if (tk.has(kAllCaps) && (n == 3 || n == 4)) return false;
    return !opening_words_->may_be(std::string_view(p, n));
  }

  // ---- token helpers --------------------------------------------------------------------------
  // Out-of-sentence tokens read as empty, so lookahead never needs its own bounds check.
  // (A view of text_ at the token's span: d_.token_text() without text()'s test and substr's bounds check.)
  std::string_view txt(uint32_t i) const {
    return i < t_.size() ? std::string_view(text_.data() + t_[i].span.begin, t_[i].span.end - t_[i].span.begin)
                         : std::string_view();
  }
  Lower low(uint32_t i) const {
    if (!in(i)) return Lower(std::string_view());
    // An ASCII word the vocabulary knows is spelled there in lower case already.
    if (t_[i].kind == TokenKind::word && !t_[i].has(kNonAscii) && d_.words[i].id > 1)
      return Lower::of_lowered(vocabulary_[d_.words[i].id]);
    const ByteSpan s = t_[i].span;
    return Lower(std::string_view(text_.data() + s.begin, s.end - s.begin));
  }
  bool in(uint32_t i) const { return i >= sb_ && i < se_; }
  // figlex::cardinal(low(i).sv()), remembered by word id for an ASCII word the vocabulary knows (low()
  // is then its spelling): the number words are asked about at most tokens of an amount.
  int cardinal_at(uint32_t i) const {
    if (in(i) && t_[i].kind == TokenKind::word && !t_[i].has(kNonAscii) && d_.words[i].id > 1) {
      int8_t& c = cardinal_[d_.words[i].id];
      if (c == kUnknownCardinal) c = static_cast<int8_t>(figlex::cardinal(vocabulary_[d_.words[i].id]));
      return c;
    }
    return figlex::cardinal(low(i).sv());
  }
  static constexpr int8_t kUnknownCardinal = -2;  // cardinal() is -1 or a value up to 90
  mutable std::vector<int8_t> cardinal_ = std::vector<int8_t>(1u << 14, kUnknownCardinal);
  // low(i) == w for a word, compared as it is lowered: most tokens differ in length and cost nothing.
  bool is(uint32_t i, std::string_view w) const {
    if (!in(i) || t_[i].kind != TokenKind::word || t_[i].span.size() != w.size() || w.size() > 32) return false;
    const char* p = text_.data() + t_[i].span.begin;
    for (std::size_t k = 0; k < w.size(); ++k) {
      const char c = p[k] >= 'A' && p[k] <= 'Z' ? static_cast<char>(p[k] + 32) : p[k];
      if (c != w[k]) return false;
    }
    return true;
  }
  bool word(uint32_t i) const { return in(i) && t_[i].kind == TokenKind::word; }
  bool number(uint32_t i) const { return in(i) && t_[i].kind == TokenKind::number; }
  bool dash(uint32_t i) const { return in(i) && t_[i].kind == TokenKind::dash && t_[i].span.size() <= 3; }
  bool sym(uint32_t i, std::string_view s) const { return in(i) && txt(i) == s; }
  // Token i follows token i-1 with no space between.
  bool glued(uint32_t i) const { return in(i) && i > 0 && !t_[i].has(kSpaceBefore); }
  bool capitalized(uint32_t i) const { return i < t_.size() && t_[i].has(kCapitalized); }

  // ---- output ---------------------------------------------------------------------------------
  Figure& emit(FigureKind kind, uint32_t b, uint32_t e) {
    Figure f;
    f.id = static_cast<uint32_t>(out_.size() + 1);
    f.kind = kind;
    f.span = {t_[b].span.begin, t_[e - 1].span.end};
    out_.push_back(std::move(f));
    prev_floor_ = floor_;
    floor_ = e;
    return out_.back();
  }

  // ---- numbers --------------------------------------------------------------------------------
  // Reads a digit numeral at token k (with a glued sign, decimal point, exponent, fraction).
  std::optional<Num> digit_number(uint32_t k) const {
    if (!number(k)) return std::nullopt;
    const Numeral nm = read_numeral(txt(k));
    if (nm.status != Numeral::number) return std::nullopt;
    Num n;
    n.b = k;
    n.e = k + 1;
    n.digits = true;
    n.value = nm.value;
    n.decimal = nm.decimal;
    n.year_like = !nm.grouped && !nm.fractional && nm.int_digits == 4;
    // Thousands grouped by spaces: "1 234 567", "40 000" (narrow no-break spaces too).
    if (!nm.grouped && !nm.fractional && nm.int_digits <= 3) {
      uint32_t j = k + 1;
      std::string dec = nm.decimal;
      while (number(j) && t_[j].has(kSpaceBefore) && t_[j].span.begin - t_[j - 1].span.end <= 3 &&
             one_space(t_[j - 1].span.end, t_[j].span.begin)) {
        const Numeral g = read_numeral(txt(j));
        if (g.status != Numeral::number || g.int_digits != 3 || g.grouped ||
            (g.fractional && number(j + 1)))
          break;
        dec += g.decimal;
        n.e = j + 1;
        ++j;
        if (g.fractional) break;
      }
      if (n.e > k + 1) {
        n.decimal = dec;
        n.value = decimal_value(dec, 0);
        n.year_like = false;
      }
    }
    // Scientific notation: "1e10", "1.3e6", "12.32e+14", "-12e-1".
    if (glued(n.e) && word(n.e)) {
      const std::string_view w = txt(n.e);
      if ((w[0] == 'e' || w[0] == 'E') && w.size() > 1 && w.size() < 6 &&
          std::all_of(w.begin() + 1, w.end(), [](char c) { return c >= '0' && c <= '9'; })) {
        n.value = decimal_value(n.decimal, std::atoi(std::string(w.substr(1)).c_str()));
        n.e += 1;
        n.year_like = false;
        n.decimal.clear();
      } else if ((w == "e" || w == "E") && glued(n.e + 1) && (dash(n.e + 1) || sym(n.e + 1, "+")) &&
                 glued(n.e + 2) && number(n.e + 2) && txt(n.e + 2).size() < 5) {
        int ex = std::atoi(std::string(txt(n.e + 2)).c_str());
        if (dash(n.e + 1)) ex = -ex;
        n.value = decimal_value(n.decimal, ex);
        n.e += 3;
        n.year_like = false;
        n.decimal.clear();
      }
    }
    // Fractions in digits: "3/4", "10 1/2".
    if (glued(n.e) && sym(n.e, "/") && glued(n.e + 1) && number(n.e + 1) && !sym(n.e + 2, "/")) {
      const double num = n.value.value_or(0);
      const Numeral den = read_numeral(txt(n.e + 1));
      const double dv = den.value.value_or(0);
      if (den.status == Numeral::number && fraction_ok(num, dv)) {
        n.value = num / dv;
        n.fraction = true;
        n.e += 2;
        n.year_like = false;
        n.decimal.clear();
      } else {
        return std::nullopt;
      }
    } else if (number(n.e) && t_[n.e].has(kSpaceBefore) && glued(n.e + 1) && sym(n.e + 1, "/") &&
               glued(n.e + 2) && number(n.e + 2) && !n.fraction && !nm.fractional) {
      const Numeral a = read_numeral(txt(n.e)), b = read_numeral(txt(n.e + 2));
      const double av = a.value.value_or(0), bv = b.value.value_or(0);
      if (is_fraction_denominator(bv) && av >= 1 && av < bv && n.value) {
        n.value = *n.value + av / bv;
        n.e += 3;
        n.fraction = true;
        n.year_like = false;
        n.decimal.clear();
      }
    }
    // Unicode vulgar fractions after the number: "2½", "5 ½".
    if (in(n.e) && !n.fraction &&
        (glued(n.e) || one_space(t_[n.e - 1].span.end, t_[n.e].span.begin))) {
      const double v = vulgar(txt(n.e));
      if (v > 0 && n.value) {
        n.value = *n.value + v;
        n.e += 1;
        n.year_like = false;
        n.decimal.clear();
      }
    }
    return n;
  }

  bool one_space(uint32_t a, uint32_t b) const {
    const std::string_view gap = d_.text().substr(a, b - a);
    return gap == " " || gap == "\xc2\xa0" || gap == "\xe2\x80\xaf" || gap == "\xe2\x80\x89";
  }

  // "3/4", "1/40": a fraction in digits (a date, "24/7" or "9/11" is none).
  static bool fraction_ok(double num, double den) {
    if (num < 1 || num >= den || num != std::floor(num) || den != std::floor(den)) return false;
    return is_fraction_denominator(den) || (num == 1 && den <= 1000);
  }
  static bool is_fraction_denominator(double d) {
    return d == 2 || d == 3 || d == 4 || d == 5 || d == 6 || d == 8 || d == 10 || d == 16 ||
           d == 32 || d == 64 || d == 100;
  }

  static double vulgar(std::string_view s) {
    static const struct { const char* s; double v; } kV[] = {
        {"\xc2\xbd", 0.5},  {"\xc2\xbc", 0.25},  {"\xc2\xbe", 0.75},  {"\xe2\x85\x93", 1.0 / 3},
        {"\xe2\x85\x94", 2.0 / 3}, {"\xe2\x85\x95", 0.2}, {"\xe2\x85\x99", 1.0 / 6},
        {"\xe2\x85\x9b", 0.125}, {"\xe2\x85\x9c", 0.375}, {"\xe2\x85\x9d", 0.625},
        {"\xe2\x85\x9e", 0.875}};
    for (const auto& v : kV)
      if (s == v.s) return v.v;
    return 0;
  }

  // A spoken denominator at p: "fifths", "third", "twenty-firsts", "hundredths", "trillionth".
  // Returns the denominator and the token after it (0 when none); `plural` tells the form.
  double denominator(uint32_t p, uint32_t* end, bool* plural) const {
    if (!word(p)) return 0;
    double tens = 0;
    uint32_t q = p;
    const int c = cardinal_at(p);
    if (c >= 20 && c % 10 == 0) {
      uint32_t r = p + 1;
      if (dash(r)) ++r;
      if (word(r)) {
        tens = c;
        q = r;
      }
    }
    const Lower w = low(q);
    bool pl = false;
    double d = figlex::fraction_denominator(w.sv(), &pl);
    if (d == 0) {
      d = figlex::ordinal(w.sv());
      if (d == 0 && w.sv().size() > 3 && w.sv().back() == 's') {
        d = figlex::ordinal(w.sv().substr(0, w.sv().size() - 1));
        pl = d > 0;
      }
      if (d == 0 || d == 1 || d == 2) {
        if (!(tens > 0 && (d == 1 || d == 2))) return 0;
      }
    }
    if (tens > 0) {
      if (d >= 10) return 0;
      d += tens;
    }
    *end = q + 1;
    *plural = pl;
    return d;
  }

  // A spelled-out or digit number starting at k, with scale words: "one hundred and five",
  // "twenty-one", "2.1 million", "4 thousand 3 hundred and 21", "a dozen", "half a million",
  // and spoken fractions: "twenty-three fifths", "one and a half", "3 million and a half".
  // amount() is asked at the same token by several recognisers in turn (rank(), then piece() in
  // amount_figure(), ...): the last answer is kept. It depends on the token and the sentence only.
  std::optional<Num> amount(uint32_t k) const {
    if (k != amount_at_ || sb_ != amount_sb_ || se_ != amount_se_) {
      amount_ = read_amount(k);
      amount_at_ = k;
      amount_sb_ = sb_;
      amount_se_ = se_;
    }
    return amount_;
  }
  mutable uint32_t amount_at_ = UINT32_MAX, amount_sb_ = 0, amount_se_ = 0;
  mutable std::optional<Num> amount_;
  std::optional<Num> read_amount(uint32_t k) const {
    if (!in(k)) return std::nullopt;
    enum Last { none, unit, teen, tens, hundred, big, digits, conj } last = none;
    double total = 0, cur = 0, last_big = 0;
    Num n;
    n.b = k;
    uint32_t j = k;
    bool article = false;
    int words = 0;
    // "half a million", "half a dozen", "half million", "quarter million", "a quarter million",
    // "three quarters billion".
    {
      uint32_t h = k;
      double part = 0;
      if (is(h, "a") || is(h, "an")) ++h;
      if (is(h, "half")) part = 0.5;
      else if (is(h, "quarter")) part = 0.25;
      else if (word(h) && cardinal_at(h) > 1 && cardinal_at(h) < 10 &&
               h == k && word(h + 1)) {
        bool pl = false;
        const int den = figlex::fraction_denominator(low(h + 1).sv(), &pl);
        if (den > 0 && pl && figlex::scale(low(h + 2).sv()) >= 1e3) {
          part = static_cast<double>(cardinal_at(h)) / den;
          ++h;
        }
      }
      if (part > 0) {
        uint32_t s = h + 1;
        if (is(s, "a") || is(s, "an")) ++s;
        const double sc = word(s) ? figlex::scale(low(s).sv()) : 0;
        if (sc >= 1e3 || (is(s, "dozen") && part == 0.5)) {
          n.e = s + 1;
          n.value = part * (sc > 0 ? sc : 12);
          n.words = true;
          n.scaled = true;
          n.scale = sc > 0 ? sc : 12;
          return n;
        }
      }
    }
    // "a"/"an" counts as one only before a scale or a dozen: "a hundred", "a dozen".
    if (word(k) && (low(k) == "a" || low(k) == "an")) {
      const Lower nx = low(k + 1);
      if (word(k + 1) && (figlex::scale(nx.sv()) > 0 || nx == "dozen")) {
        article = true;
        cur = 1;
        last = unit;
        j = k + 1;
      } else {
        return std::nullopt;
      }
    }
    std::string first_decimal;
    bool first_is_digits = false;
    bool group_has_hundred = false;
    double last_tens = 0;        // the value of the last tens word ("thirty")
    bool tens_after_and = false; // and whether "and" came right before it
    // State before the last "and", to give it back when what follows is another number.
    struct Saved { uint32_t j; double total, cur, last_big; Last last; bool hundred; int words; };
    std::optional<Saved> before_and;
    auto rollback = [&]() {
      if (!before_and) return false;
      j = before_and->j;
      total = before_and->total;
      cur = before_and->cur;
      last_big = before_and->last_big;
      last = before_and->last;
      group_has_hundred = before_and->hundred;
      words = before_and->words;
      return true;
    };
    auto is_dozen = [&](uint32_t p) {
      return word(p) && one_of(low(p).sv(), "dozen dozens dz dzs doz dozs");
    };
    while (in(j)) {
      const Token& tk = t_[j];
      if (tk.kind == TokenKind::number) {
        if (!(last == none || (last == big && first_is_digits) || (last == hundred && first_is_digits) ||
              (last == conj && first_is_digits)))
          break;
        const std::optional<Num> dn = digit_number(j);
        if (!dn || !dn->value) {
          if (last == none) return dn;  // a numeral with no value (out of range)
          if (last == conj) rollback();
          break;
        }
        if (last == none) {
          // Continue only if a scale word follows; otherwise the digits are the whole number.
          n = *dn;
          const uint32_t after = dn->e;
          if (!(word(after) && (figlex::scale(low(after).sv()) > 0 || is_dozen(after))) || dn->fraction) {
            // "3 and a half months": the whole number, and a fraction after "and" read below.
            if (dn->fraction || !is(after, "and") || *dn->value != std::floor(*dn->value)) return n;
            first_is_digits = true;
            cur = *dn->value;
            j = after;
            break;
          }
          first_decimal = dn->decimal;
          first_is_digits = true;
          cur = *dn->value;
          last = digits;
          j = after;
          continue;
        }
        if (dn->fraction || (last == conj && *dn->value == 0)) {
          if (last == conj) rollback();
          break;
        }
        cur += *dn->value;
        last = digits;
        j = dn->e;
        continue;
      }
      if (tk.kind == TokenKind::dash && last == tens && word(j + 1)) {
        const int c = cardinal_at(j + 1);
        if (c >= 1 && c <= 9) {
          ++j;
          continue;
        }
        break;
      }
      if (tk.kind != TokenKind::word) break;
      const Lower w = low(j);
      if (w == "and") {
        if (!(last == hundred || last == big) || !in(j + 1)) break;
        const Lower nx = low(j + 1);
        const int c = word(j + 1) ? figlex::cardinal(nx.sv()) : -1;
        const bool digits_next = number(j + 1) && last == hundred && first_is_digits;
        if (c < 0 && !digits_next) break;
        if (c >= 0 && word(j + 2)) {
          // "and two thirds" belongs to the fraction reader, not to the integer.
          bool pl = false;
          if (figlex::fraction_denominator(low(j + 2).sv(), &pl) > 0 && c <= 10) break;
        }
        before_and = Saved{j, total, cur, last_big, last, group_has_hundred, words};
        last = conj;
        ++j;
        continue;
      }
      const int c = cardinal_at(j);  // figlex::cardinal(w.sv())
      if (c >= 0) {
        if (c >= 20 && c % 10 == 0) last_tens = c, tens_after_and = last == conj;
        bool ok;
        if (c < 10) ok = last == none || last == hundred || last == big || last == conj || last == tens;
        else ok = last == none || last == hundred || last == big || last == conj;
        if (!ok) break;
        cur += c;
        last = c < 10 ? unit : c < 20 ? teen : tens;
        ++words;
        ++j;
        continue;
      }
      const double s = figlex::scale(w.sv());
      if (s == 100) {
        if (!(last == unit || last == teen || last == tens || last == digits)) break;
        if (group_has_hundred) {
          // "3 hundred and 2 hundred": two numbers.
          if (!rollback()) break;
          break;
        }
        if (last == digits && cur != std::floor(cur)) {
          cur *= 100;
        } else {
          cur = (cur == 0 ? 1 : cur) * 100;
        }
        last = hundred;
        group_has_hundred = true;
        ++words;
        n.scaled = true;
        n.scale = 100;
        ++j;
        continue;
      }
      if (s >= 1e3) {
        if (!(last == unit || last == teen || last == tens || last == digits || last == hundred ||
              last == big))
          break;
        if (last == big) {
          if (s <= last_big) break;
          total = (total + cur) * s;  // "three lakh crore"
        } else if (last_big > 0 && s >= last_big) {
          if (!rollback()) break;  // "two million and three million"
          break;
        } else if (first_is_digits && total == 0 && last == digits && j == n.e) {
          // "2.1 million": scale the decimal numeral exactly.
          const int ex = static_cast<int>(std::lround(std::log10(s)));
          total = decimal_value(first_decimal, ex).value_or(cur * s);
        } else {
          total += (cur == 0 ? 1 : cur) * s;
        }
        cur = 0;
        last = big;
        last_big = s;
        group_has_hundred = false;
        ++words;
        n.scaled = true;
        n.scale = s;
        ++j;
        continue;
      }
      if (is_dozen(j)) {
        if (!(last == unit || last == teen || last == tens || last == digits)) break;
        // "three hundred and two dozens": only the words since "and" count dozens.
        const double base = before_and && last != digits ? before_and->cur : 0;
        cur = base + (cur - base == 0 ? 1 : cur - base) * 12;
        last = big;
        last_big = 12;
        ++words;
        n.scaled = true;
        n.scale = 12;
        ++j;
        continue;
      }
      break;
    }
    if (j == k || (article && j == k + 1)) return std::nullopt;
    if (last == conj) --j;  // a trailing "and" is not part of the number
    n.e = j;
    n.value = total + cur;
    n.words = words > 0;
    n.lone = words == 1 && !n.scaled && !first_is_digits && j == k + 1;
    if (first_is_digits) n.digits = true;
    if (n.words && !first_is_digits) {
      // "nine point nought four", "two hundred point seventy-one".
      if (is(j, "point") && word(j + 1) && cardinal_at(j + 1) >= 0) {
        std::string frac;
        uint32_t p = j + 1;
        while (word(p)) {
          const int c = cardinal_at(p);
          if (c < 0) break;
          if (c >= 20 && dash(p + 1) && word(p + 2) && cardinal_at(p + 2) >= 1 &&
              cardinal_at(p + 2) <= 9) {
            frac += std::to_string(c + cardinal_at(p + 2));
            p += 3;
          } else {
            frac += std::to_string(c);
            ++p;
          }
        }
        const std::string dec = std::to_string(static_cast<long long>(*n.value)) + "." + frac;
        n.value = decimal_value(dec, 0);
        n.e = p;
        n.lone = false;
        return n;
      }
    }
    // "twenty-three fifths", "ninety - five hundred fifths": the number over a denominator.
    if (n.words && *n.value >= 1 && !(last == big && last_big == 12)) {
      uint32_t p = n.e;
      if (dash(p)) ++p;
      bool pl = false;
      uint32_t de = 0;
      const double den = denominator(p, &de, &pl);
      if (den > 0 && ((*n.value > 1 && pl) || (*n.value == 1 && !pl && n.lone))) {
        // "one hundred thirty fifths" is 100/35; "one hundred and thirty fifths" is 130/5.
        if (last == tens && !tens_after_and && den < 10 && *n.value > last_tens && n.scaled)
          n.value = (*n.value - last_tens) / (last_tens + den);
        else
          n.value = *n.value / den;
        n.e = de;
        n.fraction = true;
        n.lone = false;
        n.scaled = false;
        // "two thirds of a million": a fraction of a scale is an amount.
        if (is(de, "of") && (is(de + 1, "a") || is(de + 1, "an")) && figlex::scale(low(de + 2).sv()) >= 1e3) {
          n.value = *n.value * figlex::scale(low(de + 2).sv());
          n.e = de + 3;
          n.fraction = false;
          n.scaled = true;
        }
        return n;
      }
    }
    // "one and a half", "five and a quarter", "3 million and a half" (half of a million),
    // "one and a half thousand" (the whole times a thousand).
    if ((n.words || first_is_digits) && is(n.e, "and") && in(n.e + 2)) {
      uint32_t p = n.e + 1;
      double num = 0;
      uint32_t q = p + 1;
      if (is(p, "a") || is(p, "an")) num = 1;
      else if (word(p)) num = cardinal_at(p);
      if (num >= 20 && dash(q) && word(q + 1) && cardinal_at(q + 1) >= 1 &&
          cardinal_at(q + 1) <= 9) {
        num += cardinal_at(q + 1);  // "fifty-four hundredths"
        q += 2;
      }
      bool plural = false;
      uint32_t de = 0;
      const double den = num >= 1 ? denominator(q, &de, &plural) : 0;
      if (num >= 1 && num < den && (num == 1) != plural) {
        const double part = num / den;
        uint32_t e = de;
        const double s = word(e) ? figlex::scale(low(e).sv()) : 0;
        double v = *n.value;
        if (s >= 1e3 && (last_big == 0 || s >= last_big)) {
          v = (v + part) * s;  // "one and a half thousand"
          ++e;
        } else if (s >= 1e3) {
          v += part * s;  // "one billion and a half million"
          ++e;
        } else if (last_big >= 1e3) {
          v += part * last_big;  // "3 million and a half"
        } else {
          v += part;
        }
        if (last_big < 1e3 && s < 1e3 && !first_is_digits) n.fraction = true;
        n.value = v;
        n.e = e;
        n.lone = false;
      }
    }
    return n;
  }

  // A fraction in words at k: "two thirds", "a third", "one fifth", "three-quarters".
  std::optional<Num> word_fraction(uint32_t k) const {
    if (!word(k)) return std::nullopt;
    const Lower w = low(k);
    if (w == "half") {
      // "half of the voters", "more than half": a ratio; "the first half", "half-time" are not.
      const bool before_ok = k == sb_ || !(is(k - 1, "the") || is(k - 1, "a") || is(k - 1, "first") ||
                                          is(k - 1, "second") || is(k - 1, "and") || is(k - 1, "one"));
      if (before_ok && !(dash(k + 1) && glued(k + 1)) &&
          (is(k + 1, "of") || (k > sb_ && word(k - 1) && is_approx_word(low(k - 1).sv())) ||
           (word(k + 1) && looks_plural(low(k + 1).sv())))) {
        Num n;
        n.b = k;
        n.e = k + 1;
        n.value = 0.5;
        n.fraction = true;
        n.words = true;
        return n;
      }
      return std::nullopt;
    }
    // "a third", "an eighth", "one fifth", "a twenty-first", "one - fourth"; counts with a
    // numerator above one are read by amount() ("two thirds").
    if (w != "a" && w != "an" && w != "one") return std::nullopt;
    uint32_t p = k + 1;
    if (dash(p)) ++p;
    uint32_t de = 0;
    bool plural = false;
    const double den = denominator(p, &de, &plural);
    if (den <= 0 || plural) return std::nullopt;
    // "a third-generation farmer", "a third term", "one fifth grade": ranks, not fractions.
    // "a quarter point", "a half-point": what point_of() reads as percentage points.
    const bool point = (is(p, "quarter") || is(p, "half")) && (is(de, "point") || is(de, "points") ||
                                                              (dash(de) && glued(de) && is(de + 1, "point")));
    if (dash(de) && glued(de) && !point) return std::nullopt;
    if (word(de) && !point && !is(de, "of") && !is_stopword(low(de).sv()) && figlex::scale(low(de).sv()) == 0)
      return std::nullopt;
    if (word(de) && figlex::scale(low(de).sv()) >= 1e3) return std::nullopt;  // amount(): "a quarter million"
    Num n;
    n.b = k;
    n.e = de;
    n.value = 1 / den;
    n.fraction = true;
    n.words = true;
    return n;
  }

  // ---- the recognisers, tried at each token ---------------------------------------------------
  // Can a figure start at token i? A cheap test that turns away nearly every token (most words,
  // most punctuation) before any recogniser runs. It must say yes wherever one of them could
  // match: digits, currency and other symbols, dashes (a sign), a "." before digits (".25"),
  // words in all capitals (ISO codes, "MUSD"), words with a digit ("EUR5m"), and the opening
  // words of the lexicon and of the recognisers below. The commonest of those ("a", "this",
  // "from", "last") open a figure only before a number, a number word or a unit of time.
  enum Opening : uint8_t { kNotOpening = 0, kOpens = 1, kOpensBeforeNumber = 2 };
  Opening opening(uint32_t i) const {
    const Token& tk = t_[i];
    switch (tk.kind) {
      case TokenKind::number:
      case TokenKind::symbol:
        return kOpens;
      case TokenKind::dash:  // a sign: "-5", "-.5"
        return number(i + 1) || sym(i + 1, ".") ? kOpens : kNotOpening;
      case TokenKind::punct:
        return tk.first == '.' && number(i + 1) ? kOpens : kNotOpening;
      case TokenKind::quote:
        return kNotOpening;
      case TokenKind::word:
        break;
    }
    const std::string_view raw(text_.data() + tk.span.begin, tk.span.size());
    if (raw.size() > 3 && raw[3] >= '0' && raw[3] <= '9') return kOpens;  // "EUR5m"
    // What the lowered word alone tells (word_class()), remembered by word id for an ASCII word the
    // vocabulary knows: its id stands for its lowered bytes.
    const uint32_t id = tk.has(kNonAscii) ? 0 : d_.words[i].id;
    uint8_t cls = id > 1 ? word_class_[id] : uint8_t{kUnknownWord};
    if (cls == kUnknownWord) {
      cls = word_class(raw);
      if (id > 1) word_class_[id] = cls;
    }
    // (A word the class says is no opening word may be empty lowered; one of 3 or 4 bytes never is.)
    const bool codelike = tk.has(kAllCaps) && (raw.size() == 3 || raw.size() == 4);  // "USD", "MUSD"
    if (cls == kNoOpeningWord) {
      if (codelike && (figlex::iso_code(txt(i)) || is_musd(txt(i)))) return kOpensBeforeNumber;
      return kNotOpening;
    }
    if (cls == kBeforeNumberWord || figlex::iso_code(txt(i))) return kOpensBeforeNumber;
    return kOpens;
  }
  // The class of a word token by its lowered spelling: no opening word (or longer than any), an opening
  // word, or one that opens money only before an amount or "$" ("US$", "USD 5", "minus 3").
  enum WordClass : uint8_t { kUnknownWord = 0, kNoOpeningWord, kOpeningWord, kBeforeNumberWord };
  WordClass word_class(std::string_view raw) const {
    const Lower lowered(raw);
    const std::string_view w = lowered.sv();
    if (w.empty()) return kNoOpeningWord;  // longer than any opening word
    const OpeningWords& ow = *opening_words_;
    if (!ow.may_be(w) || !ow.words.contains(w)) return kNoOpeningWord;
    static const WordSet kBeforeNumber{std::string_view(
        "a an this from last next previous coming past no minus negative dollar rs")};
    return kBeforeNumber.contains(w) || figlex::dollar_prefix(w) ? kBeforeNumberWord : kOpeningWord;
  }
  // word_class() by word id (TokenWord's 14 bits), filled as words are met.
  mutable std::vector<uint8_t> word_class_ = std::vector<uint8_t>(1u << 14, kUnknownWord);
  bool may_start(uint32_t i) const {
    const Opening o = opening(i);
    if (o != kOpensBeforeNumber) return o == kOpens;
    // "a few", "a handful", "a dozen", "a year ago", "this year", "from $5", "No. 1".
    if (!in(i + 1)) return false;
    if (opening(i + 1) != kNotOpening || dash(i + 1)) return true;  // "a-half"
    if (is(i + 1, "but") || is(i + 1, "to")) return true;            // "last but one", "next to last"
    if (!word(i + 1)) return false;
    const Lower x = low(i + 1);
    if (x == "handful" || x == "dozen") return true;
    const figlex::Unit* u = figlex::unit(x.sv(), txt(i + 1));
    return u && (u->kind == figlex::UnitKind::duration || is(i + 2, "and"));  // "a mile and a half"
  }

  uint32_t at(uint32_t i) {
    if (!may_start(i)) return i + 1;
    const Token& tk = t_[i];
    // "Uranium One in three deals", "Air Force One landed": a capitalised number word inside a
    // sentence, after a capitalised word and before none, ends a name; but not in a title-case
    // headline ("Smith Wins Three of Four States": a short word in lower case, then a capital).
    if (tk.kind == TokenKind::word && capitalized(i) && !tk.has(kSentenceStart) && !tk.has(kAllCaps) && i > sb_ &&
        word(i - 1) && capitalized(i - 1) && !t_[i - 1].has(kAllCaps) && !(word(i + 1) && capitalized(i + 1)) &&
        !(word(i + 1) && t_[i + 1].span.size() <= 3 && word(i + 2) && capitalized(i + 2)) && cardinal_at(i) >= 0)
      return i + 1;
    if (tk.kind == TokenKind::number) {
      if (uint32_t e = not_a_figure(i)) return e;
      if (uint32_t e = number_list(i)) return e;
    }
    if (uint32_t e = part_of_year(i)) return e;
    if (uint32_t e = date(i)) return e;
    if (uint32_t e = century(i)) return e;
    if (uint32_t e = vague(i)) return e;
    if (uint32_t e = relative(i)) return e;
    if (uint32_t e = rank_from_last(i)) return e;
    if (uint32_t e = rank(i)) return e;
    if (uint32_t e = multiplier(i)) return e;
    if (uint32_t e = bounded_range(i)) return e;
    if (uint32_t e = age_prefix(i)) return e;
    if (uint32_t e = age_apposition(i)) return e;
    if (uint32_t e = amount_figure(i)) return e;
    return i + 1;
  }

  // Identifiers, phone numbers, times of day, addresses: consumed without a figure.
  uint32_t not_a_figure(uint32_t i) {
    // Phone numbers: "+1-222-2222", "+44 20 7946 0958", "555-0143", "(202) 555-0143"; but a plus
    // before a figure with no number after it is a sign: "+12 points", "+3.5%".
    if (i > sb_ && glued(i) && sym(i - 1, "+")) {
      if (glued(i - 1)) return skip_chain(i);  // "J1149.5+6663"
      uint32_t e = i + 1;
      for (;;) {
        if (number(e)) {
          ++e;
        } else if (((glued(e) && (dash(e) || sym(e, ".") || sym(e, ")"))) || sym(e, "(")) &&
                   (number(e + 1) || sym(e + 1, "("))) {
          ++e;
        } else {
          break;
        }
      }
      if (e > i + 1 || (glued(e) && number(e))) return std::max(e, skip_chain(i));
    }
    if (glued(i + 1) && (dash(i + 1) || sym(i + 1, ".")) && glued(i + 2) && number(i + 2)) {
      const std::size_t a = txt(i).size(), b = txt(i + 2).size();
      const bool chain = glued(i + 3) && dash(i + 3) && glued(i + 4) && number(i + 4);
      if ((chain && iso_date(i) == 0) || (a == 3 && b == 4 && txt(i)[0] != '0' && dash(i + 1))) return skip_chain(i);
    }
    // "the 3M plant": a capital M glued to digits before a word that is counted by nothing is a
    // name ("3M viewers" is three million viewers).
    if (glued(i + 1) && txt(i + 1) == "M" && word(i + 2) && !money_or_count_after(i + 2)) return i + 2;
    // "401(k)", "501(c)(3)": a number glued to a bracketed letter is the name of a rule.
    if (glued(i + 1) && sym(i + 1, "(") && glued(i + 2) && word(i + 2) && txt(i + 2).size() <= 2 &&
        glued(i + 3) && sym(i + 3, ")")) {
      uint32_t e = i + 4;
      while (glued(e) && sym(e, "(") && glued(e + 1) && in(e + 2) && glued(e + 2) && sym(e + 2, ")")) e += 3;
      return e;
    }
    // "3." alone in its sentence with more to follow: the number of an item in a list.
    if (i == sb_ && se_ == i + 2 && sym(i + 1, ".") && more_in_paragraph_ && plain_int(i, 3)) return i + 2;
    // "1) The race to watch": an item's number at the head of its paragraph; and a paragraph after
    // others that is only a number ("9", a slide's).
    if (i == sb_ && opens_paragraph_ && plain_int(i, 3) &&
        ((glued(i + 1) && sym(i + 1, ")") && word(i + 2)) || (se_ == i + 1 && !more_in_paragraph_ && i > 0)))
      return se_ == i + 1 ? i + 1 : i + 2;
    // "24/7", "9/11", "1/0", "5/17": two numbers around a slash that make no fraction (and no
    // full date, which has a second slash) are no figure.
    if (glued(i + 1) && sym(i + 1, "/") && glued(i + 2) && number(i + 2) &&
        !(glued(i + 3) && sym(i + 3, "/"))) {
      const Numeral a = read_numeral(txt(i)), b = read_numeral(txt(i + 2));
      if (!(a.value && b.value && fraction_ok(*a.value, *b.value))) return i + 3;
    }
    // Numbers with a leading zero ("020 7946 0958", "0800") are codes, not amounts.
    if (txt(i).size() >= 3 && txt(i)[0] == '0' && txt(i)[1] >= '0' && txt(i)[1] <= '9' &&
        txt(i).find_first_of("123456789") != std::string_view::npos) {
      uint32_t e = i + 1;
      while (number(e) && !glued(e)) ++e;
      return e;
    }
    // Street addresses: "10 Downing Street", "221B Baker Street", "1600 Pennsylvania Avenue".
    {
      uint32_t p = i + 1;
      if (glued(p) && word(p) && txt(p).size() == 1) ++p;  // "221B"
      for (int n = 0; n < 3 && word(p) && capitalized(p); ++n, ++p) {
        if (one_of(low(p).sv(),
                   "street st road rd avenue ave lane boulevard blvd drive square place terrace "
                   "crescent way court highway parkway") &&
            n > 0)
          return p + 1;
      }
    }
    // Times of day: "10:30", "6pm", "11 p.m.", "2:00 pm", "7 in the morning".
    if (glued(i + 1) && sym(i + 1, ":") && glued(i + 2) && number(i + 2) && txt(i + 2).size() == 2) {
      uint32_t e = i + 3;
      if (uint32_t m = clock_marker(e, true)) e = m;
      return e;
    }
    if (uint32_t m = clock_marker(i + 1, hour_like(i))) return m;
    // "the show begins at 8", "polls open at 7": an hour after a verb of schedule.
    if (hour_like(i) && i >= sb_ + 2 && is(i - 1, "at") && word(i - 2) &&
        one_of(low(i - 2).sv(),
               "begin begins began start starts started open opens opened close closes closed "
               "end ends ended resume resumes resumed leave leaves left arrive arrives arrived "
               "kicks meet meets met") &&
        (!in(i + 1) || t_[i + 1].kind == TokenKind::punct ||
         (word(i + 1) &&
          one_of(low(i + 1).sv(),
                 "on and tonight today tomorrow local sharp every each monday tuesday wednesday "
                 "thursday friday saturday sunday"))))
      return i + 1;
    // Identifiers: a word glued before ("F-16", "COVID-19", "SCP-173"), a name before
    // ("Boeing 737", "Windows 11"), a label ("Section 230", "Route 66").
    if (i > sb_) {
      uint32_t p = i - 1;
      // (Not an em dash: "Cruz\xe2\x80\x9435 to 12 percent" is a figure after a break.)
      if (glued(i) && dash(p) && txt(p) != "\xe2\x80\x94" && p > sb_ && glued(p) && word(p - 1)) {
        const Lower w = low(p - 1);
        // "mid-2020", "pre-1990"; but "A-10" (a capital letter) is a name like "F-16".
        const bool single_capital = txt(p - 1).size() == 1 && capitalized(p - 1);
        if ((single_capital || !one_of(w.sv(), "mid pre post early late low high upper us a an the")) &&
            !figlex::iso_code(txt(p - 1)))
          return skip_ident(i);
      }
      if (glued(i) && word(p) && !figlex::iso_code(txt(p)) && !figlex::dollar_prefix(low(p).sv()))
        return skip_ident(i);
      // ("the House 219-212", "the bill 52-48": a tally after the word, no label.)
      if (word(p) && !glued(i) && !tally_at(i)) {
        const Lower w = low(p);
        // (A label's number is no percentage: "lost that district 68%-31%" is a share.)
        if (is_label_word(w.sv()) && !(w == "no" && sym(i - 1, ".")) && !figlex::unit(w.sv(), txt(p)) &&
            !percent_at(i + 1))
          return skip_ident(i);
        // ("Obama's 12 advisers", "Trump's 1995 filings": a possessive owns the figure, names nothing;
        // but a firm's name goes on to its product's: "Standard & Poor's 500".)
        const bool owner = possessive(p) && !(p > sb_ && sym(p - 1, "&"));
        if (capitalized(p) && !t_[p].has(kSentenceStart) && !may_precede_number(w.sv()) && !owner &&
            !figlex::month(w.sv()) && !figlex::unit(w.sv(), txt(p)) &&
            !figlex::iso_code(txt(p)) && !figlex::currency_word(w.sv()) && !figlex::dollar_prefix(w.sv()) &&
            figlex::cardinal(w.sv()) < 0 && figlex::scale(w.sv()) == 0 && !is_approx_word(w.sv()) &&
            !measure_after(i))
          return skip_ident(i);
      }
    }
    // An attribute's value in markup: id="768166957728358400", timestamp="1449075600".
    if (i > sb_ + 1 && glued(i) && t_[i - 1].kind == TokenKind::quote && glued(i - 1) && sym(i - 2, "="))
      return skip_ident(i);
    // Digits inside a web address or an encoded string: "?q=30%25", "%2872".
    if (i > sb_ && glued(i) && in(i - 1) && one_of(txt(i - 1), "% = ? & # @ _ /") &&
        !(txt(i - 1) == "#" || txt(i - 1) == "/"))
      return skip_ident(i);
    // Digits glued to letters that are no unit, scale or suffix: "3D", "5G", "737MAX"; and
    // "13F filing", "14.7C/ share", where the letter is no temperature either.
    if (glued(i + 1) && (txt(i + 1) == "C" || txt(i + 1) == "F") &&
        ((glued(i + 2) && (word(i + 2) || number(i + 2) || sym(i + 2, "/"))) ||
         (word(i + 2) && one_of(low(i + 2).sv(), "be filing filings form forms report"))))
      return skip_ident(i);
    if (glued(i + 1) && word(i + 1)) {
      const Lower w = low(i + 1);
      const bool known = figlex::unit(w.sv(), txt(i + 1)) || figlex::scale_abbrev(w.sv(), txt(i + 1)) > 0 ||
                         one_of(w.sv(), "st nd rd th s am pm bn k m b x yo") ||
                         figlex::iso_code(txt(i + 1)) || figlex::currency_word(w.sv()) ||
                         is_musd(txt(i + 1)) || w.sv()[0] == 'e' || w == "percent" ||
                         w == "pc" || w == "fold" || w == "lakh" || w == "crore" || pence_after(i) ||
                         figlex::scale(w.sv()) > 0;
      if (!known) return skip_ident(i);
    }
    return 0;
  }

  // "40p", "4.5p": pence, a "p" glued to the number token i and nothing glued after it; not a video
  // format's line count ("720p", "1080p": a whole multiple of 120 or 144 from 240 up).
  bool pence_after(uint32_t i) const {
    if (!(number(i) && glued(i + 1) && txt(i + 1) == "p") ||
        (glued(i + 2) && (word(i + 2) || number(i + 2) || dash(i + 2))))
      return false;
    const auto v = plain_int(i, 5);
    const auto w = static_cast<uint32_t>(v.value_or(0));
    return !(w >= 240 && (w % 120 == 0 || w % 144 == 0));
  }

  // Two plain whole numbers joined by a dash, the larger first, and nothing glued after: "219-212".
  bool tally_at(uint32_t i) const {
    if (!(glued(i + 1) && dash(i + 1) && glued(i + 2) && number(i + 2))) return false;
    if (glued(i + 3) && (dash(i + 3) || word(i + 3) || number(i + 3))) return false;
    const auto a = plain_int(i, 4), b = plain_int(i + 2, 4);
    return a && b && *a > *b;
  }

  // The end of a time-of-day marker starting at token k: "am", "pm", "a.m.", "p.m.", "o'clock";
  // with `phrases` also "in the morning", "in the afternoon", "in the evening", "at night".
  // 0 when there is none.
  uint32_t clock_marker(uint32_t k, bool phrases) const {
    if (!word(k)) return 0;
    const Lower w = low(k);
    if (w == "am" || w == "pm" || w == "o'clock" || w == "o\xe2\x80\x99" "clock") return k + 1;
    if ((w == "a" || w == "p") && sym(k + 1, ".") && glued(k + 1) && word(k + 2) && low(k + 2) == "m")
      return k + 3;
    if (!phrases) return 0;
    if (w == "in" && is(k + 1, "the") &&
        (is(k + 2, "morning") || is(k + 2, "afternoon") || is(k + 2, "evening")))
      return k + 3;
    if (w == "at" && is(k + 1, "night")) return k + 2;
    return 0;
  }
  // A whole number that can be an hour on a clock: "7", "11" (not "7.5", "07", "40").
  bool hour_like(uint32_t k) const {
    const auto v = plain_int(k, 2);
    return v && *v >= 1 && *v <= 12 && txt(k)[0] != '0';
  }

  // A unit of measure (not of time) right after the number: "Processor 2.80 GHz" is a quantity
  // after a name, where "Boeing 737" is an identifier.
  // Likewise a percentage: "Romney 47%", "Trump 46 to 40 percent", "Bernie's 51% claim".
  // A word token in the possessive: "Obama's", "Trump’s", "voters'".
  bool possessive(uint32_t p) const {
    if (!word(p)) return false;
    const std::string_view w = txt(p);
    auto ends = [&](std::string_view x) { return w.size() > x.size() && w.substr(w.size() - x.size()) == x; };
    return ends("'s") || ends("s'") || ends("\xe2\x80\x99s") || ends("s\xe2\x80\x99");
  }

  // A percent sign or word at k: "%", "percent", "pct", "per cent".
  bool percent_at(uint32_t k) const {
    return sym(k, "%") || is(k, "percent") || is(k, "pct") || (is(k, "per") && is(k + 1, "cent"));
  }

  bool measure_after(uint32_t i) const {
    if (percent_at(i + 1) || is(i + 1, "points")) return true;  // "HuffPollster 4.3 points"
    if ((is(i + 1, "to") || dash(i + 1)) && number(i + 2) && percent_at(i + 3)) return true;
    if (!word(i + 1) || glued(i + 1) || txt(i + 1).size() < 2) return false;
    const figlex::Unit* u = figlex::unit(low(i + 1).sv(), txt(i + 1));
    // ... or a time in the plural: "from India 30 years ago".
    return u && !(u->flags & figlex::kUnitAttached) &&
           (u->kind == figlex::UnitKind::quantity ||
            (u->kind == figlex::UnitKind::duration && looks_plural(low(i + 1).sv())));
  }

  // A unit of time or measure spelled out at word k ("days", "mile"; not "40C"), or null.
  const figlex::Unit* spelled_measure(uint32_t k) const {
    if (!word(k)) return nullptr;
    const figlex::Unit* u = figlex::unit(low(k).sv(), txt(k));
    return u && !(u->flags & figlex::kUnitAttached) &&
                   (u->kind == figlex::UnitKind::duration || u->kind == figlex::UnitKind::quantity)
               ? u
               : nullptr;
  }
  static FigureKind kind_of(const figlex::Unit& u) {
    return u.kind == figlex::UnitKind::duration ? FigureKind::duration : FigureKind::quantity;
  }

  // "1,2,3,4", "22,24,26,31": commas between irregular groups make a list of numbers.
  uint32_t number_list(uint32_t i) {
    if (txt(i).find(',') == std::string_view::npos) return 0;  // a list has commas
    const Numeral nm = read_numeral(txt(i));
    if (nm.status != Numeral::list) return 0;
    const uint32_t base = t_[i].span.begin;
    for (const auto& item : nm.items) {
      Figure f;
      f.id = static_cast<uint32_t>(out_.size() + 1);
      f.kind = FigureKind::count;
      f.span = {base + static_cast<uint32_t>(item.first), base + static_cast<uint32_t>(item.second)};
      f.value = read_numeral(txt(i).substr(item.first, item.second - item.first)).value;
      out_.push_back(std::move(f));
    }
    floor_ = i + 1;
    return i + 1;
  }

  uint32_t skip_chain(uint32_t i) const {
    uint32_t e = i + 1;
    while (in(e) && glued(e) &&
           (number(e) || dash(e) || sym(e, "/") || sym(e, ".") || sym(e, ")") || sym(e, "(")))
      ++e;
    while (e > i + 1 && !number(e - 1)) --e;
    return e;
  }
  uint32_t skip_ident(uint32_t i) const {
    uint32_t e = i + 1;
    while (in(e) && glued(e) && (number(e) || word(e) || dash(e)) ) {
      if (dash(e) && !(glued(e + 1) && (number(e + 1) || word(e + 1)))) break;
      ++e;
    }
    return e;
  }

  static bool is_approx_word(std::string_view w) {
    return one_of(w,
                  "about around approximately roughly nearly almost over under some estimated more "
                  "less fewer least most up below above exceeding upwards circa");
  }

  static bool is_musd(std::string_view w) {
    // "MUSD", "MEUR": millions of a currency (a Nordic business usage).
    return w.size() == 4 && w[0] == 'M' && figlex::iso_code(w.substr(1)) != nullptr;
  }

  // ---- dates ----------------------------------------------------------------------------------
  static bool day_ok(double v) { return v >= 1 && v <= 31 && v == std::floor(v); }
  static bool year_ok(double v) { return v >= 1000 && v <= 2199 && v == std::floor(v); }

  std::optional<double> plain_int(uint32_t k, std::size_t max_len) const {
    if (!number(k) || txt(k).size() > max_len) return std::nullopt;
    double v = 0;  // at most a few digits: exact in a double, no string, no strtod
    for (char c : txt(k)) {
      if (c < '0' || c > '9') return std::nullopt;
      v = v * 10 + (c - '0');
    }
    return v;
  }

  // Day number with an optional ordinal suffix: "3", "3rd". Returns the token after it.
  uint32_t day_at(uint32_t k, double* day) const {
    auto v = plain_int(k, 2);
    if (!v || !day_ok(*v)) return 0;
    uint32_t e = k + 1;
    if (glued(e) && word(e) && one_of(low(e).sv(), "st nd rd th")) ++e;
    *day = *v;
    return e;
  }

  bool month_at(uint32_t k, int* m, uint32_t* e) const {
    if (!word(k)) return false;
    const Lower w = low(k);
    const int mm = figlex::month(w.sv());
    if (!mm) return false;
    // In lower case too ("april 2017", "14 nov"), but not the verbs: "they may 2", "to mar".
    if (!capitalized(k) && (w == "may" || w == "march" || w == "mar")) return false;
    *e = k + 1;
    if (w.sv().size() <= 4 && w != "may" && w != "june" && w != "july" && sym(k + 1, ".") && glued(k + 1))
      *e = k + 2;  // "Jan.", "Sept."
    *m = mm;
    return true;
  }

  // A quarter or a half of a year, as its months: "the first quarter of 2016" is 201601-201603, "the second
  // half of 2015" 201507-201512, "Q3 2019" and "Q3 of 2019" 201907-201909, "the last quarter of 2014".
  uint32_t part_of_year(uint32_t i) {
    if (!word(i)) return 0;
    const std::string_view raw = txt(i);
    int part = 0, parts = 4;
    uint32_t k = i + 1;
    // "Q3 2019", "H2 2019"
    if (raw.size() == 2 && ((raw[0] | 0x20) == 'q' || (raw[0] | 0x20) == 'h') && raw[1] >= '1' &&
        raw[1] <= ((raw[0] | 0x20) == 'q' ? '4' : '2')) {
      part = raw[1] - '0';
      if ((raw[0] | 0x20) == 'h') parts = 2;
      if (is(k, "of")) ++k;
    } else {
      if (!(is(k, "quarter") || is(k, "half")) || !is(k + 1, "of")) return 0;
      if (is(k, "half")) parts = 2;
      const Lower w = low(i);
      const std::string_view x = w.sv();
      static constexpr std::string_view kOrdinals[] = {"first", "second", "third", "fourth"};
      for (int n = 0; n < parts; ++n)
        if (x == kOrdinals[n]) part = n + 1;
      if (x == "last") part = parts;
      if (!part) return 0;
      k += 2;
    }
    const auto y = plain_int(k, 4);
    if (!y || !year_ok(*y) || glued_word_after(k)) return 0;
    const uint32_t b = i > floor_ && i > sb_ && is(i - 1, "the") ? i - 1 : i;
    Figure& f = emit(FigureKind::date, b, k + 1);
    const int months = 12 / parts;
    f.low = *y * 100 + (part - 1) * months + 1;
    f.high = *y * 100 + part * months;
    f.unit = "yyyymm";
    return k + 1;
  }

  // The year of a date at k, after a month or a day: "2022", ", 2022", "of 2022" ("April of 1987", "the
  // 4th of July of 1995"; not "of 2000 people"). Returns the token after it, or 0.
  uint32_t year_at(uint32_t k, double* year) const {
    const bool of = is(k, "of");
    if (of || sym(k, ",")) ++k;
    const auto y = plain_int(k, 4);
    if (!y || !year_ok(*y) || glued_word_after(k)) return 0;
    if (of && word(k + 1) && looks_plural(low(k + 1).sv()) && !is_stopword(low(k + 1).sv())) return 0;
    *year = *y;
    return k + 1;
  }

  // A month and its year joined by a dash or a slash, the month at k - 1: "Dec-2018", "Dec/2018", and
  // with the day first, from `i`: "05-Aug-2016", "23/Sep/2020". Returns the end, or 0.
  uint32_t joined_date(uint32_t i, uint32_t k, int m, double day) {
    const auto y = plain_int(k + 1, 4);
    if (!glued(k) || !(dash(k) || sym(k, "/")) || !glued(k + 1) || !y || txt(k + 1).size() != 4 || !year_ok(*y) ||
        (glued(k + 2) && (word(k + 2) || number(k + 2) || dash(k + 2))))
      return 0;
    Figure& f = emit(FigureKind::date, i, k + 2);
    f.value = day > 0 ? *y * 10000 + m * 100 + day : *y * 100 + m;
    f.unit = day > 0 ? "yyyymmdd" : "yyyymm";
    return k + 2;
  }

  uint32_t date(uint32_t i) {
    int m = 0;
    uint32_t e = 0;
    double day = 0;
    double yr = 0;
    // "March 3, 2022", "March 3", "March 2022".
    if (month_at(i, &m, &e)) {
      if (uint32_t je = joined_date(i, e, m, 0)) return je;
      if (uint32_t de = day_at(e, &day)) {
        // "March 3-5, 2020", "June 5-7": days of one month, a span of dates.
        double last = 0;
        uint32_t end = dash(de) ? day_at(de + 1, &last) : 0;
        if (!end || last <= day) end = de;
        const uint32_t ye = year_at(end, &yr);
        // "March 3" and "September 30th", but not "May 5G" or "Jan 3D".
        if (!ye && glued(end) && (word(end) || number(end))) return 0;
        const double base = ye ? yr * 10000 + m * 100 : m * 100;
        Figure& f = emit(FigureKind::date, i, ye ? ye : end);
        if (end != de) {
          f.low = base + day;
          f.high = base + last;
        } else {
          f.value = base + day;
        }
        f.unit = ye ? "yyyymmdd" : "mmdd";
        return ye ? ye : end;
      }
      // "May to October 2020", "from May to October 2020", "between January and March 2019", "January-March
      // 2019": a span of months of one year ("from November to February 2017" begins in 2016).
      int m2 = 0;
      const bool between = i > sb_ && is(i - 1, "between");
      if ((between ? is(e, "and") : is(e, "to") || is(e, "through") || is(e, "until") || dash(e)) &&
          month_at(e + 1, &m2, &e) && sym(e, ","))
        return 0;
      if (uint32_t ye = sym(e, ",") ? 0 : year_at(e, &yr)) {
        const uint32_t b = m2 && i > floor_ && (between || is(i - 1, "from")) ? i - 1 : i;
        Figure& f = emit(FigureKind::date, b, ye);
        if (m2) {
          f.low = (m2 < m ? yr - 1 : yr) * 100 + m;
          f.high = yr * 100 + m2;
        } else {
          f.value = yr * 100 + m;
        }
        f.unit = "yyyymm";
        return ye;
      }
      return 0;
    }
    // "3 March 2022", "3rd of March", "05-Aug-2016".
    if (number(i) && !glued_to_word_before(i)) {
      if (uint32_t de = day_at(i, &day)) {
        uint32_t me = de;
        if (is(me, "of")) ++me;
        uint32_t after = 0;
        if (de == i + 1 && glued(de) && (dash(de) || sym(de, "/")) && glued(de + 1) && month_at(de + 1, &m, &after) &&
            after == de + 2) {
          if (uint32_t je = joined_date(i, after, m, day)) return je;
        }
        if (month_at(me, &m, &after)) {
          if (uint32_t ye = year_at(after, &yr)) {
            Figure& f = emit(FigureKind::date, i, ye);
            f.value = yr * 10000 + m * 100 + day;
            f.unit = "yyyymmdd";
            return ye;
          }
          Figure& f = emit(FigureKind::date, i, after);
          f.value = m * 100 + day;
          f.unit = "mmdd";
          return after;
        }
      }
      if (const double iso = iso_date(i); iso != 0) {
        Figure& f = emit(FigureKind::date, i, i + 5);
        f.value = iso;
        f.unit = "yyyymmdd";
        return i + 5;
      }
      // "5/17/2018", "17/5/2018": month/day/year when it reads as one, else day/month/year.
      if (glued(i + 1) && sym(i + 1, "/") && number(i + 2) && glued(i + 2) && sym(i + 3, "/") &&
          glued(i + 3) && number(i + 4) && glued(i + 4)) {
        auto a = plain_int(i, 2), b = plain_int(i + 2, 2), y = plain_int(i + 4, 4);
        if (a && b && y) {
          double yy = *y < 100 ? 2000 + *y : *y;
          double mo = *a, dd = *b;
          if (mo > 12) std::swap(mo, dd);
          if (mo >= 1 && mo <= 12 && day_ok(dd) && year_ok(yy)) {
            Figure& f = emit(FigureKind::date, i, i + 5);
            f.value = yy * 10000 + mo * 100 + dd;
            f.unit = "yyyymmdd";
            return i + 5;
          }
        }
      }
      // Decades: "the 1990s", "the mid-1990s"; by their tens: "in their 40s", "her early 30s", "the low
      // 90s", "their 40s and 50s" (ages after a possessive), and a part of one narrows it: early or low
      // the first four years, mid the middle, late, high or upper the last four.
      if (auto d = plain_int(i, 4); d && glued(i + 1) && is(i + 1, "s") && std::fmod(*d, 10) == 0 &&
                                     (*d >= 10 && *d <= 90 ? txt(i).size() == 2 : year_ok(*d))) {
        // "3h 12m 40s": seconds after minutes, not the forties.
        if (i > sb_ && !out_.empty() && out_.back().unit == "minute" && out_.back().span.end == t_[i - 1].span.end) {
          Figure& f = emit(FigureKind::duration, i, i + 2);
          f.value = *d;
          f.unit = "second";
          return i + 2;
        }
        // "the '90s", "the \xe2\x80\x9980s": a decade of years with its century left out.
        const bool clipped = *d <= 90 && i > sb_ && glued(i) && (sym(i - 1, "'") || sym(i - 1, "\xe2\x80\x99"));
        const bool year = *d > 90 || clipped;
        uint32_t b = clipped ? i - 1 : i;
        double lo = *d + (clipped ? (*d >= 30 ? 1900 : 2000) : 0), hi = lo + 9;
        uint32_t at = b - 1;
        if (b > sb_ + 1 && dash(b - 1) && glued(b) && glued(b - 1)) --at;  // "mid-1990s"
        if (b > sb_ && at >= sb_ && word(at)) {
          const Lower w = low(at);
          int part = w == "early" || w == "low" ? 0 : w == "mid" ? 1 : w == "late" || w == "high" || w == "upper" ? 2 : -1;
          if (part >= 0 && (year ? w != "low" && w != "high" && w != "upper" : true)) {
            lo += 3 * part;
            hi = lo + 3;
            b = at;
          }
        }
        uint32_t p = b > sb_ ? b - 1 : b;
        const bool owned = b > sb_ && word(p) && one_of(low(p).sv(), "their his her my your our");
        const bool another = !year && (is(i - 1, "and") || is(i - 1, "or") || is(i - 1, "to")) &&
                             !out_.empty() && out_.back().kind == FigureKind::range &&
                             out_.back().unit == "year" && i >= sb_ + 2 &&
                             out_.back().span.end == t_[i - 2].span.end;
        if (b > floor_ && b > sb_ && is(b - 1, "the")) --b;
        Figure& f = emit(year ? FigureKind::date : FigureKind::range, b, i + 2);
        f.low = lo;
        f.high = hi;
        if (year) f.unit = "yyyy";
        else if (owned || another) f.unit = "year";
        if (hi - lo < 9) f.approx = Approx::about;
        return i + 2;
      }
      // Years: four digits after a word that introduces a time ("in 2014", "since 2014").
      if (auto y = plain_int(i, 4); y && year_ok(*y) && !glued_word_after(i)) {
        const bool intro =
            i > sb_ && word(i - 1) &&
            one_of(low(i - 1).sv(),
                   "in since by until till before after during of from through year fiscal early "
                   "late mid circa summer winter spring autumn fall and to for between around "
                   "throughout in on the");
        const bool range_next = dash(i + 1) && number(i + 2) && plain_int(i + 2, 4);
        // "in 2022 prices rose", "by 2030 emissions": after a preposition of time a year stays a
        // year before a plural noun; elsewhere "2000 people" is a count.
        // "the end of 2015 leaves": "of" after a part of a time is one too.
        // "mid-2015", "early-2016": a part of the year before it.
        const bool part_of = i >= sb_ + 2 && dash(i - 1) && glued(i) && glued(i - 1) && word(i - 2) &&
                             one_of(low(i - 2).sv(), "mid early late");
        const bool time_intro =
            part_of ||
            (intro && (one_of(low(i - 1).sv(), "in since by until till before after during through throughout") ||
                       (low(i - 1) == "of" && i - 1 > sb_ && word(i - 2) &&
                        one_of(low(i - 2).sv(),
                               "end start beginning middle close spring summer autumn fall winter class"))));
        // "the 2004 and 2008 conventions": a year joined to the year just read is one too.
        const bool year_pair = i >= sb_ + 2 && (is(i - 1, "and") || is(i - 1, "or")) && !out_.empty() &&
                               out_.back().kind == FigureKind::date && out_.back().unit == "yyyy" &&
                               out_.back().span.end == t_[i - 2].span.end;
        // "the 2012 attacks", "their 2018 tax returns", "Obama's 2012 bundlers": after a determiner or a
        // possessive a modern year names the events (news writes a count of that size "2,012").
        const bool det_year = *y >= 1900 && *y <= 2100 && i > sb_ && word(i - 1) &&
                              (one_of(low(i - 1).sv(), "the his her their its our these those") ||
                               possessive(i - 1));
        const bool noun_next = word(i + 1) && !capitalized(i + 1) && looks_plural(low(i + 1).sv()) &&
                               !is_stopword(low(i + 1).sv()) && !time_intro && !year_pair && !det_year;
        const bool unit_next = word(i + 1) && (figlex::unit(low(i + 1).sv(), txt(i + 1)) ||
                                               figlex::currency_word(low(i + 1).sv()) ||
                                               figlex::scale(low(i + 1).sv()) > 0 ||
                                               one_of(low(i + 1).sv(), "percent per times"));
        const bool sym_next = in(i + 1) && (txt(i + 1) == "%" || figlex::currency_symbol(txt(i + 1)));
        const bool money_before = i > sb_ && (figlex::currency_symbol(txt(i - 1)) != nullptr);
        const bool approx_before = i > sb_ && word(i - 1) && is_approx_word(low(i - 1).sv()) &&
                                   low(i - 1) != "since";
        const bool over_next = !intro && is(i + 1, "over") && (number(i + 2) || word(i + 2));
        if ((intro || (*y >= 1900 && *y <= 2100)) && !noun_next && !unit_next && !sym_next && !over_next &&
            !money_before && !approx_before && !range_next && (part_of || !(dash(i - 1) && glued(i)))) {
          uint32_t b = part_of ? i - 2 : i;
          bool rel = false;
          if (b > floor_ && is(b - 1, "since")) {
            --b;
            rel = true;
          }
          Figure& f = emit(FigureKind::date, b, i + 1);
          f.value = *y;
          f.unit = "yyyy";
          f.relative = rel;
          return i + 1;
        }
      }
    }
    return 0;
  }

  // "the 19th century", "the nineteenth century", "21st-century": its hundred years as a span of dates,
  // 1800-1899 (as a decade is "the 1990s" = 1990-1999). Not before "BC"/"BCE", nor in the plural ("the
  // 18th and 19th centuries" reads two ranks).
  uint32_t century(uint32_t i) {
    uint32_t k = i + 1;
    if (number(i) && glued(k) && word(k)) ++k;  // "19th"
    else if (!word(i)) return 0;
    if (dash(k) && glued(k) && glued(k + 1)) ++k;  // "21st-century"
    if (!is(k, "century") || (word(k + 1) && one_of(low(k + 1).sv(), "bc bce b.c"))) return 0;
    double n = 0;
    if (number(i)) {
      const auto v = plain_int(i, 2);
      if (!v || !one_of(low(i + 1).sv(), "st nd rd th")) return 0;
      n = *v;
    } else {
      n = figlex::ordinal(low(i).sv());
    }
    if (n < 1 || n > 21) return 0;
    if (capitalized(k) && word(k + 1) && capitalized(k + 1)) return 0;  // "21st Century Fox": a name
    const uint32_t b = i > floor_ && i > sb_ && is(i - 1, "the") ? i - 1 : i;
    Figure& f = emit(FigureKind::date, b, k + 1);
    f.low = (n - 1) * 100;
    f.high = (n - 1) * 100 + 99;
    f.unit = "yyyy";
    return k + 1;
  }

  // "2016-01-05", an ISO date (two digits each for month and day): its value as YYYYMMDD, else 0.
  double iso_date(uint32_t i) const {
    if (!(dash(i + 1) && glued(i + 1) && number(i + 2) && glued(i + 2) && txt(i + 2).size() == 2 && dash(i + 3) &&
          glued(i + 3) && number(i + 4) && glued(i + 4) && txt(i + 4).size() == 2 &&
          !(glued(i + 5) && (number(i + 5) || word(i + 5) || dash(i + 5)))))
      return 0;
    const auto y = plain_int(i, 4), mo = plain_int(i + 2, 2), dd = plain_int(i + 4, 2);
    return y && mo && dd && year_ok(*y) && *mo >= 1 && *mo <= 12 && day_ok(*dd) ? *y * 10000 + *mo * 100 + *dd : 0;
  }
  bool glued_word_after(uint32_t k) const { return glued(k + 1) && (word(k + 1) || number(k + 1)); }
  bool glued_to_word_before(uint32_t k) const { return k > sb_ && glued(k) && word(k - 1); }

  // ---- vague amounts --------------------------------------------------------------------------
  uint32_t vague(uint32_t i) {
    if (!word(i)) return 0;
    const Lower w = low(i);
    // Every opening word below but four ends in "s" ("tens", "scores", "dozens" and the plural scales).
    const std::string_view ws = w.sv();
    if (ws.empty() || (ws.back() != 's' && w != "several" && w != "a" && w != "an" && w != "few")) return 0;
    double lo = 0, hi = 0, mult = 1;
    uint32_t e = i + 1;
    uint32_t b = i;
    bool needs_unit = false;  // "several" or "a few" with no scale after it
    auto plural_unit = [&](uint32_t k, double* l, double* h) -> bool {
      if (!word(k)) return false;
      const Lower x = low(k);
      const double s = figlex::scale_plural(x.sv());
      if (s > 0) {
        *l = 2 * s;
        *h = 10 * s;
        return true;
      }
      if (x == "dozens") {
        *l = 24;
        *h = 144;
        return true;
      }
      return false;
    };
    if (w == "tens" || w == "scores") {
      // "tens of thousands", "scores of people": only with "of".
      if (!is(i + 1, "of")) return 0;
      double l2 = 0, h2 = 0;
      if (w == "tens") {
        lo = 20;
        hi = 100;
        if (!plural_unit(i + 2, &l2, &h2)) return 0;
        mult = l2 / 2;  // the unit of the plural ("thousands" -> 1000)
        if (low(i + 2) == "dozens") mult = 12;
        e = i + 3;
      } else {
        lo = 40;
        hi = 100;
        e = i + 1;
      }
    } else if (plural_unit(i, &lo, &hi)) {
      // "hundreds", "thousands of", "hundreds of thousands", "dozens".
      if (is(i + 1, "of")) {
        double l2 = 0, h2 = 0;
        if (plural_unit(i + 2, &l2, &h2) && l2 / 2 > lo / 2) {
          mult = low(i + 2) == "dozens" ? 12 : l2 / 2;
          e = i + 3;
        }
      }
      if (i > floor_ && is(i - 1, "many")) b = i - 1;
    } else if (w == "several" || ((w == "a" || w == "an") && is(i + 1, "few")) || w == "few") {
      // "several thousand", "a few hundred", "several dozen".
      const uint32_t s = w == "several" || w == "few" ? i + 1 : i + 2;
      if (!word(s)) return 0;
      const Lower x = low(s);
      double sc = figlex::scale(x.sv());
      if (x == "dozen") sc = 12;
      lo = w == "several" ? 3 : 2;
      hi = w == "several" ? 10 : 6;
      mult = sc;
      e = s + 1;
      if (sc == 0) {
        // "several days", "a few miles": no scale, so a unit (below) or nothing.
        mult = 1;
        e = s;
        needs_unit = true;
      } else if (word(e)) {
        // "several hundred thousand"
        const double s2 = figlex::scale(low(e).sv());
        if (s2 > sc) {
          mult *= s2;
          ++e;
        }
      }
      if (w == "few" && !(i > sb_ && is(i - 1, "a"))) return 0;
    } else if ((w == "a" || w == "an") && is(i + 1, "handful")) {
      lo = 2;
      hi = 6;
      e = i + 2;
    } else {
      return 0;
    }
    // "several days", "dozens of miles", "thousands of years": a vague amount of a unit is a duration or a
    // quantity in that unit.
    FigureKind kind = FigureKind::count;
    const char* unit = nullptr;
    const uint32_t k = is(e, "of") ? e + 1 : e;
    if (word(k) && looks_plural(low(k).sv()) && !(dash(k + 1) && glued(k + 1))) {  // not "seconds-long"
      if (const figlex::Unit* u = spelled_measure(k)) {
        kind = kind_of(*u);
        unit = u->name;
        e = k + 1;
      }
    }
    if (needs_unit && !unit) return 0;
    const bool ago = kind == FigureKind::duration && is(e, "ago");  // "a few weeks ago"
    if (ago) ++e;
    Figure& f = emit(kind, b, e);
    if (unit) f.unit = unit;
    f.relative = ago;
    f.low = lo * mult;
    f.high = hi * mult - 1;
    f.approx = Approx::vague;
    attach_subject(f, e, true);
    return e;
  }

  // ---- relative time --------------------------------------------------------------------------
  uint32_t relative(uint32_t i) {
    if (!word(i)) return 0;
    const Lower w = low(i);
    // "last year", "next month", "this week".
    if (one_of(w.sv(), "last next this previous coming") && word(i + 1)) {
      const figlex::Unit* u = figlex::unit(low(i + 1).sv(), txt(i + 1));
      const Lower x = low(i + 1);
      if (u && u->kind == figlex::UnitKind::duration && !looks_plural(x.sv()) &&
          one_of(x.sv(), "year month week decade century quarter")) {
        Figure& f = emit(FigureKind::date, i, i + 2);
        f.value = w == "last" || w == "previous" ? -1 : (w == "this" ? 0 : 1);
        f.unit = u->name;
        f.relative = true;
        return i + 2;
      }
    }
    // "the past three years", "the next five years", "the last decade".
    if (one_of(w.sv(), "last next past coming previous") && word(i + 1)) {
      if (auto n = amount(i + 1); n && n->value && word(n->e)) {
        const figlex::Unit* u2 = figlex::unit(low(n->e).sv(), txt(n->e));
        if (u2 && u2->kind == figlex::UnitKind::duration) {
          Figure& f = emit(FigureKind::duration, i, n->e + 1);
          f.value = *n->value;
          f.unit = u2->name;
          f.relative = true;
          return n->e + 1;
        }
      }
    }
    // "a decade", "a century", "a year ago"; and one of a shorter unit where the words before make it a
    // length of time: "for a year", "within a week", "nearly a month", "more than an hour", "up to a
    // day" (not "a second", which is mostly a rank: "for a second time"; not a noun's modifier: "for a
    // day pass"; not "a year and a half", read whole below).
    if ((w == "a" || w == "an") && word(i + 1)) {
      const Lower x = low(i + 1);
      const figlex::Unit* u = figlex::unit(x.sv(), txt(i + 1));
      if (u && u->kind == figlex::UnitKind::duration && !looks_plural(x.sv())) {
        const bool ago = is(i + 2, "ago");
        uint32_t before = i;
        bool approx = false;
        const bool length = x != "second" && i > sb_ && word(i - 1) &&
                            !(word(i + 2) && !is_stopword(low(i + 2).sv())) && !is(i + 2, "and") &&
                            (one_of(low(i - 1).sv(), "for within") ||
                             (approx_before(i, prev_floor_, &before, &approx), approx));
        if (ago || length || one_of(x.sv(), "decade century fortnight")) {
          if (!ago && i > sb_ && (number(i - 1) || word(i - 1)) && is_rate_context(i)) return 0;
          const uint32_t e = ago ? i + 3 : i + 2;
          Figure& f = emit(FigureKind::duration, i, e);
          f.value = 1;
          f.unit = u->name;
          f.relative = ago;
          apply_approx(f, i);
          return e;
        }
      }
    }
    return 0;
  }

  bool is_rate_context(uint32_t i) const {
    // "$61,400 a year", "twice a decade": the article means "per".
    return i > sb_ &&
           (number(i - 1) || (word(i - 1) && one_of(low(i - 1).sv(), "once twice times")));
  }

  // ---- ranks and ordinals ---------------------------------------------------------------------
  // Ranks counted from the end: "penultimate", "next to last", "the second-to-last", "the last
  // but one", "the one before the last". The value is the place from the end (the last but one
  // is 2), unit "from_last", relative. "last" alone is no rank: "last year", "a last resort".
  uint32_t rank_from_last(uint32_t i) {
    if (!word(i)) return 0;
    const Lower w = low(i);
    double v = 0;
    uint32_t e = 0;
    bool takes_the = true;
    // "to last", "-to-last", "from last".
    auto to_last = [&](uint32_t k) -> uint32_t {
      if (dash(k) && glued(k)) ++k;
      if (!(is(k, "to") || is(k, "from"))) return 0;
      ++k;
      if (dash(k) && glued(k)) ++k;
      return is(k, "last") ? k + 1 : 0;
    };
    if (w == "penultimate") {
      v = 2, e = i + 1, takes_the = false;
    } else if (w == "antepenultimate") {
      v = 3, e = i + 1, takes_the = false;
    } else if (w == "last" && is(i + 1, "but") && is(i + 2, "one")) {
      v = 2, e = i + 3;
    } else if (w == "next" && (e = to_last(i + 1))) {
      v = 2, takes_the = false;
    } else if (w == "one" && is(i + 1, "before") && is(i + 2, "the") && is(i + 3, "last")) {
      v = 2, e = i + 4;
      if (is(e, "one")) ++e;
    } else if (const double o = figlex::ordinal(w.sv()); o >= 2 && o <= 10 && (e = to_last(i + 1))) {
      v = o;
    }
    if (v == 0) return 0;
    uint32_t b = i;
    if (takes_the && i > floor_ && i > sb_ && is(i - 1, "the")) b = i - 1;
    Figure& f = emit(FigureKind::ordinal, b, e);
    f.value = v;
    f.unit = "from_last";
    f.relative = true;
    return e;
  }

  uint32_t rank(uint32_t i) {
    // "No. 1", "no. 2", "#1", "number one".
    if (word(i) && low(i) == "no" && sym(i + 1, ".") && glued(i + 1) && number(i + 2)) {
      if (auto v = plain_int(i + 2, 3)) {
        Figure& f = emit(FigureKind::ordinal, i, i + 3);
        f.value = *v;
        return i + 3;
      }
    }
    if (sym(i, "#") && glued(i + 1) && number(i + 1)) {
      if (auto v = plain_int(i + 1, 3)) {
        Figure& f = emit(FigureKind::ordinal, i, i + 2);
        f.value = *v;
        return i + 2;
      }
    }
    // "21st", "2nd", "100th".
    if (number(i) && glued(i + 1) && word(i + 1) && one_of(low(i + 1).sv(), "st nd rd th")) {
      const Numeral nm = read_numeral(txt(i));
      if (nm.status != Numeral::number || !nm.value) return 0;
      uint32_t e = i + 2;
      if (dash(e) && glued(e) && glued(e + 1) && word(e + 1) && superlative(low(e + 1).sv())) e += 2;
      if (rank_in_name(i, e)) return e;
      Figure& f = emit(FigureKind::ordinal, i, e);
      f.value = nm.value;
      return e;
    }
    if (!word(i)) return 0;
    const Lower w = low(i);
    double v = figlex::ordinal(w.sv());
    uint32_t b = i, e = i + 1;
    // Compound ordinals: "twenty-first", "one hundred twenty-fifth", "two hundredth".
    if (v == 0) {
      const bool article = (w == "a" || w == "an") && word(i + 1) && figlex::scale(low(i + 1).sv()) > 0;
      if (figlex::cardinal(w.sv()) < 0 && figlex::scale(w.sv()) == 0 && !article) return 0;
      auto n = amount(i);
      uint32_t p = n ? n->e : i + 1;
      if (!n || !n->value || n->digits) return 0;
      if (dash(p) && glued(p) && glued(p + 1)) ++p;
      if (!word(p)) return 0;
      const double ov = figlex::ordinal(low(p).sv());
      if (ov == 0) return 0;
      // "one fifth", "a twenty-first": a fraction, left to the amount reader.
      if (ov >= 1 && ov < 10 && ov != 1 && ov != 2 && n->lone && *n->value <= 1) return 0;
      if (ov < 100 && std::fmod(*n->value, 100) != 0 && ov < 10 && std::fmod(*n->value, 10) != 0) return 0;
      if (ov >= 100) {
        v = *n->value * ov;
      } else {
        v = *n->value + ov;
      }
      if (n->lone && ov < 20 && std::fmod(*n->value, 10) != 0) return 0;
      e = p + 1;
    } else {
      // Plain ordinal word. "second" is also a unit of time and a verb; "first" and "second" open
      // lists ("First, ..."). Fractions ("a third of", "two thirds") are not ranks.
      if (i > sb_ && (is(i - 1, "a") || is(i - 1, "an") || is(i - 1, "one")) && v >= 3 && v <= 10 &&
          (is(i + 1, "of") || !word(i + 1)))
        return 0;
      if (w == "second") {
        const bool det_before =
            i > sb_ && word(i - 1) &&
            one_of(low(i - 1).sv(), "the its his her their our my your a whose every");
        const bool poss_before = i > sb_ && possessive(i - 1);
        const bool compound = dash(i + 1) && glued(i + 1) && word(i + 2);
        const bool finished =
            i > sb_ && word(i - 1) &&
            one_of(low(i - 1).sv(), "finished came ranked placed finishes comes ranks");
        if (!(det_before || poss_before || compound || finished)) return 0;
        if (is(i - 1, "a") && !(word(i + 1) && !is_stopword(low(i + 1).sv()))) return 0;
      }
      const bool opens_sentence = t_[i].has(kSentenceStart) ||
                                  (i == sb_ + 1 && t_[sb_].kind == TokenKind::quote);  // "“First, ..."
      if ((w == "first" || w == "second") && sym(i + 1, ",") && opens_sentence) return 0;
      if (w == "first" && i > sb_ && is(i - 1, "at")) return 0;
      // "first" as an adverb, before a verb and after no determiner: "was first reported", "when he
      // first entered", "what first drew her"; and the idiom "in the first place".
      if (w == "first" && word(i + 1) && !capitalized(i + 1) &&
          !(i > sb_ &&
            (possessive(i - 1) ||
             (word(i - 1) &&
              one_of(low(i - 1).sv(),
                     "the its his her their our my your a an this that whose every"))))) {
        const Lower x = low(i + 1);
        const std::string_view n = x.sv();
        if ((n.size() > 4 && n.substr(n.size() - 2) == "ed") ||
            one_of(
                n,
                "came drew met took saw became began went got made ran won heard told said thought "
                "found wrote spoke knew rose broke brought caught felt gave held kept left lost "
                "meant paid put sent stood struck taught"))
          return 0;
      }
      if (w == "first" && i >= sb_ + 2 && is(i - 1, "the") && is(i - 2, "in") &&
          is(i + 1, "place") && !word(i + 2))
        return 0;
    }
    // "second-largest", "third-biggest".
    if (dash(e) && glued(e) && glued(e + 1) && word(e + 1) && superlative(low(e + 1).sv())) e += 2;
    if (rank_in_name(i, e)) return e;
    Figure& f = emit(FigureKind::ordinal, b, e);
    f.value = v;
    return e;
  }

  // A rank that is part of a name or an idiom, not a position: "the Second Amendment", "Fifth
  // Avenue", "the 5th Street Gym", "third-party candidates", "the third world", "first-hand",
  // "second-guess", "a first-name basis", "first responders", "first aid".
  bool rank_in_name(uint32_t i, uint32_t e) const {
    uint32_t k = e;
    if (dash(k) && glued(k) && glued(k + 1)) ++k;
    if (!word(k)) return false;
    const Lower x = low(k);
    static const WordSet kPlaces{std::string_view(
        "street st avenue ave road rd amendment district circuit precinct ward fleet army corps division "
        "battalion regiment brigade squadron infantry cavalry reich republic lady estate baptist church")};
    if (capitalized(k) && kPlaces.contains(x.sv())) return true;
    // A capitalised rank inside running text (not in a title-case headline, where the word before
    // is capitalised too).
    const bool capital_rank = word(i) && capitalized(i) && !t_[i].has(kSentenceStart) && i > sb_ &&
                              word(i - 1) && !capitalized(i - 1);
    if (capital_rank && capitalized(k) && !t_[k].has(kAllCaps)) return true;
    static const WordSet kIdioms{std::string_view(
        "guess guessed guessing nature name lady ladies fiddle thoughts wind string responders responder aid")};
    static const WordSet kHyphenIdioms{"hand", "rate", "person", "class"};
    if (kIdioms.contains(x.sv()) || (k > e && kHyphenIdioms.contains(x.sv()))) return true;
    const Lower r = low(i);
    return r == "third" && (x == "party" || x == "world" || x == "parties");
  }

  static bool superlative(std::string_view w) {
    return (w.size() > 4 && w.substr(w.size() - 3) == "est") ||
           one_of(w, "most least best worst largest biggest highest lowest");
  }

  // ---- multipliers ----------------------------------------------------------------------------
  uint32_t multiplier(uint32_t i) {
    if (!word(i)) return 0;
    const Lower w = low(i);
    // Every word below has five letters or more and begins with d, f, h, q or t: most words asked
    // ("a", "one", "last", "from") are turned away before the lists.
    const std::string_view ws = w.sv();
    if (ws.size() < 5 || !(ws[0] == 'd' || ws[0] == 'f' || ws[0] == 'h' || ws[0] == 'q' || ws[0] == 't')) return 0;
    double v = 0;
    if (w == "twice") v = 2;
    else if (one_of(w.sv(), "doubled doubling doubles")) v = 2;
    else if (one_of(w.sv(), "tripled tripling triples trebled")) v = 3;
    else if (one_of(w.sv(), "quadrupled quadrupling quadruples")) v = 4;
    else if (one_of(w.sv(), "halved halving halves")) v = 0.5;
    else if (one_of(w.sv(), "twofold threefold fourfold fivefold tenfold hundredfold")) {
      static const struct { const char* w; double v; } kF[] = {
          {"twofold", 2}, {"threefold", 3}, {"fourfold", 4}, {"fivefold", 5}, {"tenfold", 10}, {"hundredfold", 100}};
      for (const auto& f : kF)
        if (w == f.w) v = f.v;
    }
    if (v == 0) return 0;
    if (w == "halves" && !(i > sb_ && word(i - 1))) return 0;
    // "twice" multiplies only in a comparison ("twice as high", "twice the price", "twice what it
    // was", "twice larger"); "won twice", "twice Thursday", "twice a year" count occasions, as "once"
    // does, and are no figure.
    if (w == "twice") {
      if (!word(i + 1) || glued(i + 1)) return 0;
      const Lower next = low(i + 1);
      const std::string_view x = next.sv();
      const bool comparative = x.size() > 4 && x.substr(x.size() - 2) == "er";
      if (!comparative &&
          !one_of(x,
                  "as the that what its his her their our my your this these those more many much "
                  "than"))
        return 0;
    }
    Figure& f = emit(FigureKind::ratio, i, i + 1);
    f.value = v;
    f.unit = "times";
    return i + 1;
  }

  // "age 87", "aged 60": an age in years.
  // An age between commas after a name, as news writes it: "Quina Jones, 25, said",
  // "Donna Rawlings, 59, of Ashton", "John Smith, 40, a teacher".
  // At the end of a sentence after a speech verb: "said Margaret Ellis, 81."
  // A birthday: "turned 40 in May", "turns 18 next week", "when she turned 100." (not "turned 180
  // degrees", "turned 40 pages": a word other than a function word after it is what was counted).
  uint32_t age_apposition(uint32_t i) {
    if (!number(i) || i < sb_ + 1) return 0;
    const auto v = plain_int(i, 3);
    if (!v || *v < 1 || *v > 120 || txt(i)[0] == '0') return 0;
    if (word(i - 1) && one_of(low(i - 1).sv(), "turned turns turning")) {
      if (glued(i + 1) || (word(i + 1) && !is_stopword(low(i + 1).sv()) && !figlex::month(low(i + 1).sv())))
        return 0;
    } else {
      if (i < sb_ + 2 || !sym(i - 1, ",") || !word(i - 2) || !capitalized(i - 2)) return 0;
      static const WordSet kAfter{std::string_view(
          "said says told of who was is has had died added explained recalled lives works from a an whose "
          "wrote testified admitted")};
      if (sym(i + 1, ",")) {
        if (!word(i + 2) || capitalized(i + 2) || !kAfter.contains(low(i + 2).sv())) return 0;
      } else if (!in(i + 1)) {
        // A caption line that is only a name and an age: "Sahar Khoga, 52".
        uint32_t j = i - 2, words = 0;
        for (; words < 4 && j > sb_ && word(j) && capitalized(j); ++words) --j;
        if (!(j == sb_ && word(j) && capitalized(j) && words >= 1)) return 0;
      } else {
        if (!sym(i + 1, ".")) return 0;
        uint32_t j = i - 2;  // back over the name, at most four words
        for (int n = 0; n < 4 && j > sb_ && word(j) && capitalized(j); ++n) --j;
        if (j < sb_ || !word(j) || capitalized(j) ||
            !one_of(low(j).sv(), "said says added explained recalled"))
          return 0;
      }
    }
    Figure& f = emit(FigureKind::duration, i, i + 1);
    f.value = *v;
    f.unit = "year";
    return i + 1;
  }

  // Ages after "age(d)": "aged 60", "age 87", "the age of 65", "aged over 65", "aged 18 to 24",
  // "ages 5-11", "aged between 18 and 24". In years; a span of ages is a range.
  uint32_t age_prefix(uint32_t i) {
    if (!(is(i, "age") || is(i, "aged") || is(i, "ages"))) return 0;
    uint32_t k = i + 1;
    if (is(i, "age") && is(k, "of")) ++k;
    const bool between = is(k, "between");
    uint32_t q = k;
    const Approx ap = between ? Approx::exact : approx_from(k, &q);
    k = between ? k + 1 : q;
    const auto v = plain_int(k, 3);
    if (!v || (word(k + 1) && figlex::unit(low(k + 1).sv(), txt(k + 1)))) return 0;
    const uint32_t c = k + 1;
    const bool conn = between ? is(c, "and") : (is(c, "to") || dash(c));
    if (conn && ap == Approx::exact) {
      if (const auto v2 = plain_int(c + 1, 3); v2 && *v2 > *v && !(glued(c + 2) && in(c + 2) && !sym(c + 2, "."))) {
        Figure& f = emit(FigureKind::range, i, c + 2);
        f.low = *v;
        f.high = *v2;
        f.unit = "year";
        return c + 2;
      }
    }
    if (between) return 0;
    Figure& f = emit(FigureKind::duration, i, k + 1);
    f.value = *v;
    f.unit = "year";
    f.approx = ap;
    return k + 1;
  }

  // ---- ranges with their own opening word: "between 10 and 20", "from 5 to 7 million" ---------
  uint32_t bounded_range(uint32_t i) {
    if (!is(i, "between") && !is(i, "from")) return 0;
    const Lower w = low(i);
    uint32_t k = i + 1;
    if (is(k, "the") && w == "between") ++k;
    Piece a;
    if (!ordinal_piece(k, &a) && !piece(k, &a)) return 0;
    uint32_t c = a.e;
    const bool conn = w == "between" ? is(c, "and")
                                     : (is(c, "to") || dash(c) || sym(c, "~") ||
                                        (word(c) && one_of(low(c).sv(), "through thru till until")));
    if (!conn) return 0;
    uint32_t k2 = c + 1;
    if (is(k2, "the") && w == "between") ++k2;
    Piece b;
    if (a.kind == FigureKind::ordinal ? !ordinal_piece(k2, &b) : !piece(k2, &b)) return 0;
    if (b.approx != Approx::exact) return 0;  // "from £3.5m to about £3.2m": a change, not a range
    if (!a.unit.empty() && !b.unit.empty() && a.unit != b.unit) return 0;  // "from 44 ml to 50 mg"
    if (a.kind == FigureKind::ordinal || b.kind == FigureKind::ordinal) {
      if (!(a.kind == b.kind)) return 0;
    }
    // "from 2009 to 2017", "between 1990 and 1995": a span of years is a date.
    if (a.year_like && b.year_like && *a.value >= 1800 && *a.value < *b.value && *b.value <= 2100 &&
        !(word(b.e) && looks_plural(low(b.e).sv()) && !is_stopword(low(b.e).sv()))) {
      Figure& f = emit(FigureKind::date, i, b.e);
      f.low = a.value;
      f.high = b.value;
      f.unit = "yyyy";
      return b.e;
    }
    return emit_range(i, a, b, w == "between" ? 1 : 2);
  }

  // An amount with its own prefix and suffix, as a candidate for a figure or a range end.
  struct Piece {
    uint32_t b = 0, e = 0;
    FigureKind kind = FigureKind::count;
    std::optional<double> value;
    double scale = 1;  // the scale word's multiplier, to share across a range ("5 to 7 million")
    bool scaled = false;
    std::string unit, currency;
    Approx approx = Approx::exact;
    bool relative = false;
    bool lone = false;
    bool words = false;
    bool year_like = false;
    bool has_prefix_currency = false;
    bool age = false;
    bool fraction = false;
  };

  // A plain rank as a range end: "tenth", "10th" ("between the tenth and the fifteenth").
  bool ordinal_piece(uint32_t k, Piece* p) const {
    Piece r;
    r.b = k;
    r.kind = FigureKind::ordinal;
    if (number(k) && glued(k + 1) && word(k + 1) && one_of(low(k + 1).sv(), "st nd rd th") &&
        !(glued(k + 2) && (word(k + 2) || number(k + 2) || dash(k + 2)))) {
      r.value = plain_int(k, 6);
      r.e = k + 2;
    } else if (word(k) && figlex::ordinal(low(k).sv()) > 0) {
      r.value = figlex::ordinal(low(k).sv());
      r.e = k + 1;
    }
    if (!r.value) return false;
    *p = r;
    return true;
  }

  // Reads [currency prefix] amount [suffix] at k.
  bool piece(uint32_t k, Piece* p) const {
    if (!in(k)) return false;
    Piece r;
    r.b = k;
    uint32_t j = k;
    bool negative = false;
    // Sign: "-5", "minus 5", "negative ten" (not the dash of "68%-31%", glued to a figure before it, nor
    // a hyphen set apart by spaces after a word: "a debate like this before - 90-plus minutes").
    if (word(j) && (low(j) == "minus" || low(j) == "negative") && in(j + 1)) {
      negative = true;
      ++j;
    } else if (dash(j) && txt(j).size() == 1 && (number(j + 1) || sym(j + 1, ".")) &&
               (j == sb_ || t_[j].has(kSpaceBefore) || !(number(j - 1) || word(j - 1) || sym(j - 1, "%"))) &&
               (glued(j + 1) || !(j > sb_ && (number(j - 1) || word(j - 1))))) {
      negative = true;
      ++j;
    }
    // "plus or minus 3.4 points", "plus/minus 2%", "+/- 4": a margin either way, its size the value.
    if (negative && k >= sb_ + 2 && k >= floor_ + 2 &&
        ((is(k - 2, "plus") && (is(k - 1, "or") || sym(k - 1, "/"))) || (sym(k - 2, "+") && sym(k - 1, "/")))) {
      negative = false;
      r.b = k - 2;
    }
    // Currency before the amount: "$", "US$", "C $", "USD", "EUR5m", "Mex$".
    const char* iso = nullptr;
    const char* cur_name = nullptr;
    bool prefix_cur = false;
    if (in(j) && t_[j].kind == TokenKind::word) {
      const Lower w = low(j);
      const char* dp = figlex::dollar_prefix(w.sv());
      // "US$", "C$", "HK$"; single letters other than C only when written as one word ("A$").
      const bool prefix_ok = glued(j + 1) ? (capitalized(j) || w.sv().size() > 1)
                                          : (w.sv().size() > 1 || w == "c");
      if (dp && prefix_ok && in(j + 1) && txt(j + 1) == "$") {
        iso = dp;
        j += 2;
        prefix_cur = true;
      } else if ((w == "u" && sym(j + 1, ".") && is(j + 2, "s")) && in(j + 3) && txt(j + 3) == "$") {
        iso = "USD";
        j += 4;
        prefix_cur = true;
      } else if (const char* code = figlex::iso_code(txt(j)); code && (number(j + 1) || sym(j + 1, "$"))) {
        iso = code;
        j += 1;
        if (sym(j, "$")) ++j;
        prefix_cur = true;
      } else if (const figlex::Currency* cw = figlex::currency_word(w.sv());
                 cw && !cw->minor && w == "dollar" && number(j + 1)) {
        iso = cw->iso;
        j += 1;
        prefix_cur = true;
      } else if (w == "rs" && capitalized(j) &&
                 (number(j + 1) || (sym(j + 1, ".") && glued(j + 1) && number(j + 2)))) {
        iso = "INR";  // "Rs 500 crore", "Rs. 2,000"
        j += sym(j + 1, ".") ? 2 : 1;
        prefix_cur = true;
      } else if (is_musd(txt(j)) && number(j + 1)) {
        iso = figlex::iso_code(txt(j).substr(1));
        r.scale = 1e6;
        j += 1;
        prefix_cur = true;
      } else if (txt(j).size() > 3 && figlex::iso_code(txt(j).substr(0, 3)) && txt(j)[3] >= '0' &&
                 txt(j)[3] <= '9') {
        // "EUR5m", "USD115": the tokenizer keeps letters and digits together.
        return glued_code_amount(j, negative, p);
      }
    } else if (in(j) && t_[j].kind == TokenKind::symbol) {
      if (const figlex::Currency* c = figlex::currency_symbol(txt(j))) {
        if (sym(j + 1, "$")) return false;  // "$$$"
        iso = c->iso;
        cur_name = c->name;
        ++j;
        prefix_cur = true;
      }
    }
    if (prefix_cur && !(number(j) || (word(j) && (cardinal_at(j) >= 0 || is(j, "a"))))) {
      if (!(dash(j) && number(j + 1))) return false;
      negative = true;
      ++j;
    }
    // The number: words, digits, or a fraction in words.
    std::optional<Num> n;
    if (sym(j, ".") && glued(j + 1) && number(j + 1) && (j == sb_ || t_[j].has(kSpaceBefore) || negative)) {
      // ".25", "-.5"
      const Numeral nm = read_numeral(txt(j + 1));
      if (nm.status == Numeral::number && !nm.grouped && !nm.fractional) {
        Num x;
        x.b = j;
        x.e = j + 2;
        x.digits = true;
        x.decimal = "0." + nm.decimal;
        x.value = decimal_value(x.decimal, 0);
        n = x;
      }
    }
    if (!n) n = amount(j);
    if (!n || n->lone) {
      if (auto fr = word_fraction(j)) n = fr;
    }
    if (!n) {
      // Unicode vulgar fractions standing alone: "½ teaspoon", "the result is ⅔".
      if (in(j) && t_[j].kind == TokenKind::symbol && vulgar(txt(j)) > 0) {
        Num x;
        x.b = j;
        x.e = j + 1;
        x.value = vulgar(txt(j));
        x.fraction = true;
        n = x;
      }
    }
    if (!n) return false;
    r.value = n->value;
    r.scaled = n->scaled;
    if (n->scaled && n->scale > 1) r.scale = n->scale;
    r.lone = n->lone;
    r.words = n->words;
    r.year_like = n->year_like && !negative && !prefix_cur;
    r.fraction = n->fraction;
    j = n->e;
    if (n->fraction) r.kind = FigureKind::ratio;
    // Scale abbreviations: "2bn", "40k", "1.5m", "10 bln", "2.33 k", "1MM".
    if (!n->words && word(j) && !n->fraction) {
      const Lower w = low(j);
      double s = figlex::scale_abbrev(w.sv(), txt(j));
      if (s == 0 && w == "t" && prefix_cur) s = 1e12;
      bool ok = s > 0;
      if (ok && (w == "m" )) {
        // "m" is a million after money or before a counted noun ("1m barrels"), else a metre.
        // "3M" alone is a million ("had 3M"), but "the 3M plant" is a name.
        ok = prefix_cur || (txt(j) == "M" && !word(j + 1)) || money_or_count_after(j + 1);
      }
      // "7.62mm" is millimetres; "1MM" (capitals) and "$1mm" are millions.
      if (ok && w == "mm") ok = prefix_cur || txt(j) == "MM";
      if (ok && w == "b" && !glued(j)) ok = prefix_cur;
      // "221B Baker Street" is an address; "1.2b", "$2B", "3B people" are billions.
      if (ok && w == "b" && glued(j) && !prefix_cur && word(j + 1) && capitalized(j + 1)) ok = false;
      if (!ok && (txt(j) == "T" || txt(j) == "t") && prefix_cur && glued(j)) {
        ok = true;  // "$2.174T"
      }
      if (ok && (w == "k") && !glued(j) && !prefix_cur && !(n->digits)) ok = false;
      if (ok && glued(j + 1) && (word(j + 1) || number(j + 1))) ok = false;
      if (ok) {
        if (!n->decimal.empty()) {
          r.value = decimal_value(n->decimal, static_cast<int>(std::lround(std::log10(s))));
        } else if (r.value) {
          r.value = *r.value * s;
        }
        r.scaled = true;
        r.scale = s;
        r.year_like = false;
        ++j;
      }
    }
    if (r.scale != 1 && !r.scaled && r.value) {
      r.value = *r.value * r.scale;  // "MUSD 30"
      r.scaled = true;
    }
    if (negative && r.value) r.value = -*r.value;
    if (iso || cur_name) {
      r.kind = FigureKind::money;
      r.currency = iso ? iso : "";
      if (r.currency.empty() && cur_name) r.unit = cur_name;
      r.has_prefix_currency = true;
      // "$ 10 dollars", "C$ 5 million"... a trailing currency word repeats the prefix.
      if (word(j) && figlex::currency_word(low(j).sv()) && !figlex::currency_word(low(j).sv())->minor &&
          low(j) != "pound" && !number(j + 1))
        ++j;
    } else {
      j = suffix(j, &r);
    }
    j = rate_suffix(j, &r);
    r.e = j;
    if (r.e <= r.b) return false;
    *p = r;
    return true;
  }

  // A rate after money or a quantity: "$15.4/hour", "$350 per kg", "$61,400 a year", "20 km per
  // day", "$5 per share", "1.2 tonnes per annum". Money keeps its currency and takes the unit
  // "/hour"; a quantity's unit becomes "km/day". Returns the end (j when there is none).
  uint32_t rate_suffix(uint32_t j, Piece* r) const {
    const bool money = r->kind == FigureKind::money;
    if (!r->value || !(money || r->kind == FigureKind::quantity)) return j;
    const bool article = is(j, "a") || is(j, "an");
    uint32_t k = 0;
    if (is(j, "per")) k = j + 1;
    else if (sym(j, "/") && glued(j) && glued(j + 1)) k = j + 1;
    else if (article) k = j + 1;  // "$61,400 a year", "1m barrels a day": units of time only for quantities
    if (!k || !word(k)) return j;
    // "$1.17 billion a year earlier", "a year on" (and "a year on from") are comparisons in time, not
    // rates; "$1,200 a month on average" is one.
    if (article && word(k + 1) &&
        (one_of(low(k + 1).sv(), "earlier ago later before after previously prior from") ||
         (low(k + 1) == "on" && (!word(k + 2) || is(k + 2, "from")))))
      return j;
    const Lower w = low(k);
    const figlex::Unit* u = figlex::unit(w.sv(), txt(k));
    std::string per;
    if (article && !money && !(u && u->kind == figlex::UnitKind::duration)) return j;
    if (u && u->kind != figlex::UnitKind::temperature && !(u->flags & figlex::kUnitAttached) &&
        !looks_plural(w.sv())) {
      per = u->name;
    } else if (w == "annum") {
      per = "year";
    } else if (!article && !capitalized(k) && w.sv().size() >= 3 && !is_stopword(w.sv()) &&
               w != "cent" && w != "centum" && figlex::cardinal(w.sv()) < 0 &&
               !figlex::currency_word(w.sv()) && !looks_plural(w.sv()) &&
               std::all_of(w.sv().begin(), w.sv().end(), [](char c) { return c >= 'a' && c <= 'z'; })) {
      per = std::string(w.sv());  // "per share", "per person", "per capita"
    } else {
      return j;
    }
    if (money) r->unit = "/" + per;
    else r->unit += "/" + per;
    return k + 1;
  }

  bool glued_code_amount(uint32_t j, bool negative, Piece* p) const {
    const std::string_view w = txt(j);
    const char* iso = figlex::iso_code(w.substr(0, 3));
    std::size_t q = 3;
    while (q < w.size() && ((w[q] >= '0' && w[q] <= '9') ||
                            ((w[q] == '.' || w[q] == ',') && q + 1 < w.size() && w[q + 1] >= '0' && w[q + 1] <= '9')))
      ++q;
    std::string_view digits = w.substr(3, q - 3);
    std::string_view rest = w.substr(q);
    uint32_t e = j + 1;
    // The tokenizer stops a word at '.', so "USD115.5" is "USD115" + "." + "5".
    std::string joined(digits);
    if (rest.empty() && sym(e, ".") && glued(e) && number(e + 1) && glued(e + 1)) {
      joined += ".";
      joined += std::string(txt(e + 1));
      e += 2;
    }
    const Numeral nm = read_numeral(joined);
    if (nm.status != Numeral::number) return false;
    double s = 1;
    if (!rest.empty()) {
      const Lower r(rest);
      s = figlex::scale_abbrev(r.sv(), rest);
      if (s == 0) return false;
    }
    Piece r;
    r.b = j;
    r.e = e;
    r.kind = FigureKind::money;
    r.currency = iso;
    r.value = decimal_value(nm.decimal, static_cast<int>(std::lround(std::log10(s))));
    if (negative && r.value) r.value = -*r.value;
    r.scaled = s != 1;
    r.has_prefix_currency = true;
    if (word(r.e) && figlex::scale(low(r.e).sv()) >= 1e3 && r.value) {
      r.value = *r.value * figlex::scale(low(r.e).sv());
      ++r.e;
    }
    *p = r;
    return true;
  }

  bool money_or_count_after(uint32_t k) const {
    if (!word(k)) return false;
    const Lower w = low(k);
    if (figlex::currency_word(w.sv()) || figlex::iso_code(txt(k))) return true;
    if (figlex::unit(w.sv(), txt(k))) return true;
    if (w == "of" || w == "in") return false;
    return looks_plural(w.sv()) && !is_stopword(w.sv()) && !capitalized(k);
  }

  // Reads what follows an amount: percent, currency, unit, "times", "old". Returns the end.
  uint32_t suffix(uint32_t j, Piece* r) const {
    // Percent.
    if (in(j) && (txt(j) == "%" || txt(j) == "\xef\xbc\x85") &&
        !(glued(j + 1) && (number(j + 1) || word(j + 1)))) {
      r->kind = FigureKind::percent;
      r->unit = "percent";
      return j + 1;
    }
    if (word(j)) {
      const Lower w = low(j);
      if (w == "percent" || w == "percents" || w == "pct" || w == "pc" ||
          (w == "per" && is(j + 1, "cent")) || w == "percentage") {
        r->kind = FigureKind::percent;
        r->unit = "percent";
        uint32_t e = w == "per" ? j + 2 : j + 1;
        if (w == "percentage" && (is(e, "point") || is(e, "points"))) {
          r->unit = "percentage_point";
          return e + 1;
        }
        return e;
      }
    }
    // Currency symbols after: "10 $", "10 €", "100元"; not one that opens the next amount
    // ("1 $10 bill": the sign belongs to the 10).
    const bool opens_next = number(j + 1) && !glued(j) && !(in(j + 2) && figlex::currency_symbol(txt(j + 2))) &&
                            !(word(j + 2) && figlex::currency_word(low(j + 2).sv()) &&
                              figlex::currency_word(low(j + 2).sv())->minor);
    if (in(j) && t_[j].kind == TokenKind::symbol && !opens_next) {
      if (const figlex::Currency* c = figlex::currency_symbol(txt(j))) {
        r->kind = FigureKind::money;
        r->currency = c->iso;
        if (!*c->iso) r->unit = c->name;
        return j + 1;
      }
    }
    // Currency words and codes after: "5 dollars", "420 million finnish markka", "10 us dollar",
    // "75 USD million", "30 MUSD", "12-cent".
    {
      uint32_t k = j;
      if (dash(k) && glued(k) && glued(k + 1)) ++k;  // "12-cent", "one-yen"
      if (word(k)) {
        if (is_musd(txt(k))) {
          r->kind = FigureKind::money;
          r->currency = figlex::iso_code(txt(k).substr(1));
          if (r->value) r->value = *r->value * 1e6;
          return k + 1;
        }
        if (k == j && r->value && !r->words && !r->scaled && pence_after(k - 1)) {
          r->kind = FigureKind::money;
          r->currency = "GBP";
          r->value = hundredth(*r->value);
          return k + 1;
        }
        const char* iso = figlex::iso_code(txt(k));
        if (iso && !(capitalized(k) && !t_[k].has(kAllCaps))) {
          r->kind = FigureKind::money;
          r->currency = iso;
          uint32_t e = k + 1;
          if (word(e) && figlex::scale(low(e).sv()) >= 1e6 && r->value) {
            r->value = *r->value * figlex::scale(low(e).sv());
            ++e;
          } else if (r->value && !r->scaled && number(e) && !glued(e)) {
            // "17 USD 25": the minor units after the code.
            const Numeral c = read_numeral(txt(e));
            if (c.value && !c.fractional && txt(e).size() == 2 &&
                !(in(e + 1) && (word(e + 1) || number(e + 1)) && !is_stopword(low(e + 1).sv()))) {
              r->value = *r->value + *c.value / 100;
              ++e;
            }
          }
          return e;
        }
        // An adjective before the currency word: "australian dollars", "hong kong dollars".
        uint32_t cw = k;
        const char* qualified = nullptr;
        for (uint32_t a = k; a < k + 3 && word(a) && word(a + 1); ++a) {
          const figlex::Currency* c = figlex::currency_word(low(a + 1).sv());
          if (!c) continue;
          if (const char* q = figlex::qualified_currency(low(a).sv(), low(a + 1).sv())) {
            qualified = q;
            cw = a + 1;
          } else if (const char* dp = figlex::dollar_prefix(low(a).sv());
                     dp && (low(a + 1) == "dollar" || low(a + 1) == "dollars") && a == k) {
            qualified = dp;
            cw = a + 1;
          }
          break;
        }
        if (const figlex::Currency* c = figlex::currency_word(low(cw).sv())) {
          const Lower w = low(cw);
          const bool pounds = w == "pound" || w == "pounds";
          // "pounds" is money with a scale word, before "sterling", or when nothing else fits;
          // a weight otherwise ("25 pounds").
          const bool is_money = !pounds || r->scaled || is(cw + 1, "sterling") || qualified;
          // "won", "real", "mark(s)" are English words too: money only with a scale or a qualifier.
          const bool ambiguous = w == "won" || w == "real" || w == "mark" || w == "marks";
          if (is_money && !(ambiguous && !r->scaled && !qualified)) {
            r->kind = FigureKind::money;
            uint32_t e = cw + 1;
            if (pounds && is(e, "sterling")) ++e;
            if (c->minor && r->value) r->value = hundredth(*r->value);
            r->currency = qualified ? qualified : c->iso;
            if (r->currency.empty()) r->unit = c->name;
            // "3 dollars 50 cents", "thirteen dollars and forty-five cents".
            if (!c->minor && r->value) {
              uint32_t m = e;
              if (is(m, "and")) ++m;
              if (auto cents = amount(m); cents && cents->value && *cents->value < 100 &&
                                          *cents->value >= 1 && !cents->fraction && !cents->scaled) {
                const bool minor_word = word(cents->e) && figlex::currency_word(low(cents->e).sv()) &&
                                        figlex::currency_word(low(cents->e).sv())->minor;
                // "15 dollars 50", "thirteen dollars and forty-five" end the phrase.
                const bool bare = !minor_word && !number(cents->e) &&
                                  !(glued(cents->e) && (word(cents->e) || number(cents->e))) &&
                                  !(word(cents->e) && !is_stopword(low(cents->e).sv())) &&
                                  !(in(cents->e) && t_[cents->e].kind == TokenKind::symbol);
                if (minor_word || bare) {
                  r->value = *r->value + *cents->value / 100;
                  e = minor_word ? cents->e + 1 : cents->e;
                }
              }
            }
            return e;
          }
        }
      }
    }
    // Units: "10 km", "3-inch", "40C", "-5 °F", "2 GW", "300 hectares", "30-day".
    return unit_suffix(j, r);
  }

  // Degrees of arc rather than of temperature: "rotate 90 degrees", "a 45 degrees angle".
  bool angle_context(uint32_t b, uint32_t e) const {
    if (word(e) && one_of(low(e).sv(), "angle angles turn bend slope tilt")) return true;
    for (uint32_t p = b > sb_ + 3 ? b - 3 : sb_; p < b; ++p)
      if (word(p) &&
          one_of(low(p).sv(),
                 "rotate rotated rotates turn turned turns angle tilt tilted tilts bend spin spun "
                 "heading bearing latitude longitude"))
        return true;
    return false;
  }

  uint32_t unit_suffix(uint32_t j, Piece* r) const {
    // A unit in brackets, as tables write it: "20 (kg)", "20 [kg]".
    if (in(j) && one_of(txt(j), "( [ { <") && word(j + 1) && glued(j + 1) && in(j + 2) &&
        glued(j + 2) && one_of(txt(j + 2), ") ] } >")) {
      Piece inner = *r;
      const uint32_t e = unit_suffix(j + 1, &inner);
      if (e == j + 2 && inner.kind == FigureKind::quantity) {
        *r = inner;
        return j + 3;
      }
    }
    uint32_t k = j;
    bool hyphen = false;
    if (dash(k) && glued(k) && glued(k + 1) && word(k + 1)) {
      ++k;
      hyphen = true;
    }
    // A word between the number and a unit spelled out: "72 straight hours", "three more years", "five
    // full days", "12 extra miles".
    if (!hyphen && word(k) && spelled_measure(k + 1) &&
        one_of(low(k).sv(), "straight consecutive successive full more additional extra further long whole"))
      ++k;
    // Degrees: "85°", "-5 °F", "40 deg celsius", "98.6 degrees f", "20 °C".
    if (in(k) && (txt(k) == "\xc2\xb0" || txt(k) == "\xe2\x84\x83" || txt(k) == "\xe2\x84\x89")) {
      uint32_t e = k + 1;
      std::string u = "degree";
      if (txt(k) == "\xe2\x84\x83") u = "celsius";
      if (txt(k) == "\xe2\x84\x89") u = "fahrenheit";
      if (u == "degree" && word(e)) {
        const Lower w = low(e);
        if (w == "c" || w == "celsius" || w == "centigrade") u = "celsius", ++e;
        else if (w == "f" || w == "fahrenheit") u = "fahrenheit", ++e;
        else if (w == "k" || w == "kelvin") u = "kelvin", ++e;
      }
      r->kind = FigureKind::quantity;
      r->unit = u;
      if (u == "degree" && angle_context(r->b, e)) r->unit = "angle_degree";
      return e;
    }
    if (!word(k)) return j;
    Lower w = low(k);
    std::string prefix;
    uint32_t u0 = k;
    // "150,000 square feet", and hyphenated as a modifier: "a 150,000-square-foot center".
    const bool hyphen_prefix = hyphen && dash(k + 1) && glued(k + 1) && glued(k + 2) && word(k + 2);
    if ((w == "square" || w == "sq" || w == "cubic" || w == "metric") &&
        (hyphen ? hyphen_prefix : word(k + 1))) {
      prefix = w == "cubic" ? "cubic" : w == "metric" ? "metric" : "square";
      u0 = hyphen ? k + 2 : k + 1;
      if (w == "sq" && sym(u0, ".") && glued(u0)) ++u0;
      w = low(u0);
    }
    const figlex::Unit* u = figlex::unit(w.sv(), txt(u0));
    if (!u) {
      if (one_of(w.sv(), "times") && !hyphen) {
        const Lower nx = low(k + 1);
        // "four times per week", "three times a day": a frequency.
        if (is(k + 1, "per") || is(k + 1, "a") || is(k + 1, "an")) {
          const figlex::Unit* per = word(k + 2) ? figlex::unit(low(k + 2).sv(), txt(k + 2)) : nullptr;
          if (per && per->kind == figlex::UnitKind::duration && !looks_plural(low(k + 2).sv())) {
            r->kind = FigureKind::count;
            r->unit = std::string("/") + per->name;
            return k + 3;
          }
        }
        if (word(k + 1) &&
            one_of(nx.sv(),
                   "as more larger higher greater bigger less lower smaller faster the over that "
                   "what slower longer cheaper likely")) {
          r->kind = FigureKind::ratio;
          r->unit = "times";
          return k + 1;
        }
      }
      if (w == "fold" && (hyphen || glued(k))) {
        r->kind = FigureKind::ratio;
        r->unit = "times";
        return k + 1;
      }
      // "2 1/2 in thick", "a pencil 2 in long", "2 in." at the end: inches; "in" is a
      // preposition everywhere else.
      if (w == "in" && !hyphen && r->value &&
          (!in(k + 1) || (t_[k + 1].kind == TokenKind::punct && txt(k + 1) != "(") ||
           (word(k + 1) &&
            one_of(low(k + 1).sv(), "thick long wide tall high deep across thin square")))) {
        r->kind = FigureKind::quantity;
        r->unit = "in";
        return k + 1;
      }
      if (w == "yo" && !hyphen && r->value) {
        r->kind = FigureKind::duration;
        r->unit = "year";
        r->age = true;
        return k + 1;
      }
      return j;
    }
    // "3 L": a capital L stands alone (not in a code: "24703 L-202").
    if ((u->flags & figlex::kUnitAttached) && !glued(u0) &&
        !(txt(u0) == "L" && !(in(u0 + 1) && glued(u0 + 1)))) {
      // "5 g", "6 deg c"; lone letters after a space are units only after "degree(s)".
      return j;
    }
    if (u->kind == figlex::UnitKind::temperature && (u->flags & figlex::kUnitAttached)) {
      // "40C" is hot; "14.7C/ share" is cents and "the 13F filing" a form.
      if (glued(u0 + 1) && (sym(u0 + 1, "/") || word(u0 + 1) || number(u0 + 1))) return j;
      if (word(u0 + 1) && one_of(low(u0 + 1).sv(), "be filing filings form forms report"))
        return j;
    }
    if (!prefix.empty() && prefix != "metric" && !(u->flags & (figlex::kUnitSquare | figlex::kUnitCubic)))
      return j;
    if (prefix == "metric" && std::strcmp(u->name, "t") != 0) return j;
    // A lone "m" after a spaced number in running text is a metre only before a non-word.
    if (w == "m" && !glued(u0) && word(u0 + 1) && !capitalized(u0 + 1) && !is_stopword(low(u0 + 1).sv()) &&
        !one_of(low(u0 + 1).sv(), "tall long high wide deep away x"))
      return j;
    // "in" and "second" are too common to be units after a number on their own.
    // ("two thirds second" is no duration; "3 1/2 hours" is.)
    if (u->kind == figlex::UnitKind::duration && r->fraction && r->words && !hyphen && r->value && *r->value < 1)
      return j;
    uint32_t e = u0 + 1;
    std::string name = u->name;
    if (prefix.empty() && (u->flags & figlex::kUnitSquare)) {
      // "4 km squared", "4 km cubed", "4km^2".
      if (is(e, "squared")) prefix = "square", ++e;
      else if (is(e, "cubed")) prefix = "cubic", ++e;
      else if (sym(e, "^") && glued(e) && glued(e + 1) && (txt(e + 1) == "2" || txt(e + 1) == "3")) {
        prefix = txt(e + 1) == "2" ? "square" : "cubic";
        e += 2;
      }
    }
    if (prefix == "square") name = name == "km" ? "km2" : name == "m" ? "m2" : "sq " + name;
    if (prefix == "cubic") name = "cubic " + name;
    if (name == "nmi" && (is(e, "mile") || is(e, "miles"))) ++e;
    if (u->kind == figlex::UnitKind::temperature) {
      if (name == "degree" && word(e)) {
        const Lower x = low(e);
        if (x == "c" || x == "celsius" || x == "celcius" || x == "centigrade") name = "celsius", ++e;
        else if (x == "f" || x == "fahrenheit" || x == "farenheit") name = "fahrenheit", ++e;
        else if (x == "kelvin") name = "kelvin", ++e;
      }
      if (name == "degree" && low(u0) == "deg" && sym(e, ".") && glued(e)) ++e;
      r->kind = FigureKind::quantity;
      r->unit = name;
      if (name == "degree" && angle_context(r->b, e)) r->unit = "angle_degree";
      return e;
    }
    if (u->kind == figlex::UnitKind::duration) {
      r->kind = FigureKind::duration;
      r->unit = name;
      // Ages: "five years old", "3 years of age", "90 day old", "20-year-old".
      if (is(e, "old") || (dash(e) && glued(e) && (is(e + 1, "old") || is(e + 1, "olds")))) {
        r->age = true;
        return is(e, "old") ? e + 1 : e + 2;
      }
      if (is(e, "of") && is(e + 1, "age")) {
        r->age = true;
        return e + 2;
      }
      if (is(e, "ago") && !hyphen) {
        r->relative = true;
        return e + 1;
      }
      return e;
    }
    // Speed: "miles per hour", "miles an hour", "km/h", "kilometers per hour".
    if (name == "mile" || name == "km" || name == "m") {
      uint32_t s = e;
      if ((is(s, "per") || is(s, "an") || is(s, "a")) && (is(s + 1, "hour") || is(s + 1, "hr"))) {
        r->kind = FigureKind::quantity;
        r->unit = name == "mile" ? "mph" : name == "km" ? "km/h" : "m/h";
        return s + 2;
      }
      if (sym(s, "/") && glued(s) && glued(s + 1) && word(s + 1) &&
          one_of(low(s + 1).sv(), "h hr hour s sec")) {
        const bool per_hour = low(s + 1).sv()[0] == 'h';
        r->kind = FigureKind::quantity;
        r->unit = std::string(name) + (per_hour ? "/h" : "/s");
        return s + 2;
      }
    }
    // "5 ft 2 in", "5 feet 2 inches", and a height hyphenated: "5-foot-11", "6-foot-2-inch".
    if (name == "ft" && r->value) {
      const bool hyphenated = dash(e) && glued(e) && glued(e + 1) && number(e + 1);
      const uint32_t m = hyphenated ? e + 1 : is(e, "and") ? e + 1 : e;
      const bool inch_word = word(m + 1) && one_of(low(m + 1).sv(), "in inch inches");
      const bool inch_glued = hyphenated && dash(m + 1) && glued(m + 1) && glued(m + 2) && is(m + 2, "inch");
      if (number(m) && (inch_word || inch_glued || (hyphenated && !(glued(m + 1) && (dash(m + 1) || word(m + 1)))))) {
        const Numeral inch = read_numeral(txt(m));
        if (inch.value && *inch.value < 12) {
          r->value = *r->value + *inch.value / 12;
          r->kind = FigureKind::quantity;
          r->unit = "ft";
          return inch_glued ? m + 3 : inch_word ? m + 2 : m + 1;
        }
      }
    }
    r->kind = FigureKind::quantity;
    r->unit = name;
    return e;
  }

  // ---- amounts --------------------------------------------------------------------------------
  // "a percentage point" after a fraction: "half a percentage point", "a quarter of a
  // percentage point"; a fraction of a bare point is one too ("half a point", "a quarter point", "a
  // quarter-point cut": rates and polls). Returns the end of the phrase starting at k, 0 when there is none.
  uint32_t point_of(uint32_t k) const {
    if (dash(k) && glued(k) && glued(k + 1)) return is(k + 1, "point") ? k + 2 : 0;
    if (is(k, "of")) ++k;
    if (!is(k, "a")) return is(k, "point") || is(k, "points") ? k + 1 : 0;
    if (is(k + 1, "percentage")) ++k;
    return is(k + 1, "point") ? k + 2 : 0;
  }

  uint32_t amount_figure(uint32_t i) {
    // "a year and a half", "an hour and a quarter", "a mile and a half": one unit and a part of it.
    if ((is(i, "a") || is(i, "an")) && word(i + 1) && is(i + 2, "and") && (is(i + 3, "a") || is(i + 3, "an")) &&
        (is(i + 4, "half") || is(i + 4, "quarter"))) {
      if (const figlex::Unit* u = spelled_measure(i + 1)) {
        Figure& f = emit(kind_of(*u), i, i + 5);
        f.value = is(i + 4, "half") ? 1.5 : 1.25;
        f.unit = u->name;
        apply_approx(f, i);
        return i + 5;
      }
    }
    // "half an hour", "a half mile", "a quarter century", "a half-hour": a part of one unit.
    {
      const bool article_first = (is(i, "a") || is(i, "an")) && (is(i + 1, "half") || is(i + 1, "quarter"));
      // the unit, after a hyphen in "a half-hour show"
      const uint32_t k = article_first && dash(i + 2) && glued(i + 2) && glued(i + 3) ? i + 3 : i + 2;
      if (article_first || ((is(i, "half") || is(i, "quarter")) && (is(i + 1, "a") || is(i + 1, "an")))) {
        const figlex::Unit* u = word(k) && !looks_plural(low(k).sv()) ? spelled_measure(k) : nullptr;
        if (u) {
          const bool ago = u->kind == figlex::UnitKind::duration && is(k + 1, "ago");  // "a half-century ago"
          const uint32_t e = ago ? k + 2 : k + 1;
          Figure& f = emit(kind_of(*u), i, e);
          f.value = is(article_first ? i + 1 : i, "half") ? 0.5 : 0.25;
          f.unit = u->name;
          f.relative = ago;
          apply_approx(f, i);
          return e;
        }
      }
    }
    if (is(i, "half") && !is(i + 1, "of")) {
      if (uint32_t e = point_of(i + 1)) {
        Figure& f = emit(FigureKind::percent, i, e);
        f.value = 0.5;
        f.unit = "percentage_point";
        apply_approx(f, i);
        return e;
      }
    }
    Piece a;
    if (!piece(i, &a)) return 0;
    if (a.kind == FigureKind::ratio && a.fraction && a.value) {
      if (uint32_t e = point_of(a.e)) {
        Figure& f = emit(FigureKind::percent, i, e);
        f.value = a.value;
        f.unit = "percentage_point";
        apply_approx(f, i);
        return e;
      }
      // "one-half of 1 percent", "a tenth of a percent", "a third of 1%": a part of a percent is one.
      if (is(a.e, "of")) {
        uint32_t k = a.e + 1;
        std::optional<double> whole;
        if (is(k, "a") || is(k, "one")) whole = 1;
        else if (number(k) && plain_int(k, 2)) whole = static_cast<double>(*plain_int(k, 2));
        if (whole && (is(k + 1, "percent") || (in(k + 1) && glued(k + 1) && txt(k + 1) == "%"))) {
          Figure& f = emit(FigureKind::percent, i, k + 2);
          f.value = *a.value * *whole;
          f.unit = "percent";
          apply_approx(f, i);
          return k + 2;
        }
      }
    }
    // A lone small word ("one", "two") or the article is only a figure with a unit or currency,
    // or in a ratio ("one in five"): "one of them", "the two sides" are not counted.
    uint32_t end = a.e;
    // Ratios: "one in five", "3 out of 4".
    if (a.kind == FigureKind::count && a.value && !a.scaled) {
      uint32_t k = end;
      bool of = false;
      if (is(k, "in")) ++k;
      else if (is(k, "out") && is(k + 1, "of")) k += 2, of = true;
      else k = 0;
      if (k) {
        auto den = amount(k);
        if (den && den->value && *den->value > *a.value && *den->value > 0 &&
            (of || den->words || den->digits) && !den->year_like && *a.value >= 1 &&
            !(number(den->e) || (word(den->e) && figlex::unit(low(den->e).sv(), txt(den->e))))) {
          Figure& f = emit(FigureKind::ratio, i, den->e);
          f.value = *a.value / *den->value;
          apply_approx(f, i);
          // "2 in 5 or more", "one in ten or fewer".
          uint32_t e = den->e;
          if (f.approx == Approx::exact && is(e, "or") && !number(e + 2) &&
              !(word(e + 2) && cardinal_at(e + 2) >= 0)) {
            if (is(e + 1, "more")) f.approx = Approx::at_least;
            else if (is(e + 1, "less") || is(e + 1, "fewer")) f.approx = Approx::at_most;
            if (f.approx != Approx::exact) {
              e += 2;
              f.span.end = t_[e - 1].span.end;
              floor_ = e;
            }
          }
          return e;
        }
      }
    }
    // "one over three", "2000 over 3": a fraction when nothing is counted after it.
    if (a.kind == FigureKind::count && a.value && is(end, "over")) {
      auto den = amount(end + 1);
      if (den && den->value && *den->value != 0 && !den->fraction &&
          !(word(den->e) && !is_stopword(low(den->e).sv())) && !number(den->e)) {
        Figure& f = emit(FigureKind::ratio, i, den->e);
        f.value = *a.value / *den->value;
        return den->e;
      }
    }
    if (a.lone && a.kind == FigureKind::count && !a.fraction) {
      // "one" stays quiet; other small numbers in words are counts ("three people").
      const Lower w = low(a.b);
      if (w == "one" || w == "a" || w == "an") {
        if (!range_follows(end)) return 0;
      }
    }
    // Ranges joined by a dash, "to", "through" or "~": "10-20%", "10 to 15", "5k-20k".
    if (uint32_t e = joined_range(a)) return e;
    // Years read as counts are dates (handled by date()), so what is left is an amount.
    FigureKind kind = a.kind;
    // "voters under 30", "those over 65", "men under 35": a bound on people is an age.
    const bool people_age = a.kind == FigureKind::count && number(a.b) && a.e == a.b + 1 && a.value &&
                            *a.value >= 1 && *a.value <= 120 && a.b >= sb_ + 2 &&
                            (is(a.b - 1, "under") || is(a.b - 1, "over")) && word(a.b - 2) &&
                            kPeople.contains(low(a.b - 2).sv()) &&
                            !(word(a.e) && looks_plural(low(a.e).sv()) && !is_stopword(low(a.e).sv()));
    if (a.age || people_age) kind = FigureKind::duration;
    // "3h 12m", "2h 5m": minutes after hours, not metres.
    const bool minutes = a.unit == "m" && glued(a.e - 1) && a.b > sb_ && !out_.empty() &&
                         out_.back().unit == "hour" && out_.back().span.end == t_[a.b - 1].span.end;
    if (minutes) kind = FigureKind::duration;
    Figure& f = emit(kind, a.b, a.e);
    f.value = a.value;
    f.unit = people_age ? "year" : minutes ? "minute" : a.unit;
    f.currency = a.currency;
    f.relative = a.relative;
    // Trailing approximators: "500 or more", "five hundred or less", "or so"; not when a
    // comparison with another number follows ("or more than 4500").
    uint32_t e = a.e;
    apply_approx(f, a.b, a.age || people_age);
    if ((is(e, "or") || is(e, "and")) && word(e + 1)) {
      const Lower x = low(e + 1);
      uint32_t t = e + 2;
      if (is(t, "than") || is(t, "to")) ++t;
      const bool another = number(t) || (word(t) && cardinal_at(t) >= 0);
      const bool orand = is(e, "or") || x == "more";
      if (!another && orand) {
        Approx tail = Approx::exact;
        if (x == "more" || x == "greater" || x == "above" || x == "over" || x == "higher") tail = Approx::at_least;
        else if ((x == "less" || x == "fewer" || x == "below" || x == "under" || x == "lower") && is(e, "or"))
          tail = Approx::at_most;
        else if (x == "so" && is(e, "or")) tail = Approx::about;
        if (tail != Approx::exact) {
          if (f.approx != Approx::exact) {
            // "about five hundred or more": the trailing bound is what the figure says.
            f.span.begin = t_[a.b].span.begin;
          }
          f.approx = tail;
          e = t;
        }
      }
      // "less than 5000 or equal", "more than 5000 or equal to".
      const uint32_t after_eq = is(e + 2, "to") ? e + 3 : e + 2;
      const bool eq_number = number(after_eq) || (word(after_eq) && cardinal_at(after_eq) >= 0);
      if (x == "equal" && is(e, "or") && !eq_number && (f.approx == Approx::over || f.approx == Approx::under)) {
        f.approx = f.approx == Approx::over ? Approx::at_least : Approx::at_most;
        e += 2;
        if (is(e, "to") && !(number(e + 1) || (word(e + 1) && cardinal_at(e + 1) >= 0))) ++e;
      }
      if (e != a.e) {
        f.span.end = t_[e - 1].span.end;
        floor_ = e;
      }
    }
    e = join_bounds(f, e);
    if (f.kind == FigureKind::count || f.kind == FigureKind::percent) attach_subject(f, e, f.kind == FigureKind::count);
    return e;
  }

  bool range_follows(uint32_t e) const {
    return (dash(e) || is(e, "to") || sym(e, "~")) && in(e + 1) &&
           (number(e + 1) || (word(e + 1) && cardinal_at(e + 1) >= 0));
  }

  uint32_t joined_range(const Piece& a) {
    uint32_t c = a.e;
    if (!in(c) || !a.value) return 0;
    // "7-Eleven": a number word with a capital after a dash is a name.
    if (dash(c) && glued(c) && glued(c + 1) && word(c + 1) && capitalized(c + 1) &&
        cardinal_at(c + 1) >= 0)
      return c + 2;
    if (dash(c) && glued(c) && is(c + 1, "to") && number(c + 2)) ++c;  // "8- to 16-meter"
    // "a 2-to-1 vote": the hyphenated "to" of a tally; the second dash joins as a dash does.
    if (dash(c) && glued(c) && is(c + 1, "to") && glued(c + 1) && dash(c + 2) && glued(c + 2) && number(c + 3))
      c += 2;
    bool dash_conn = dash(c) || sym(c, "~");
    // "two or three days": small spelled-out alternatives make a range.
    const bool or_conn = is(c, "or") && a.words && !a.scaled && word(c + 1) &&
                         cardinal_at(c + 1) > 0;
    const bool word_conn = is(c, "to") || is(c, "through") || is(c, "thru") || or_conn;
    if (!dash_conn && !word_conn) return 0;
    Piece b;
    if (!piece(c + 1, &b) || !b.value) return 0;
    if (b.approx != Approx::exact || b.kind == FigureKind::date) return 0;
    if (!a.unit.empty() && !b.unit.empty() && a.unit != b.unit) return 0;
    // "1995-01" is a month (left out); "2019-20" a season; dashes between years are date ranges.
    const bool years = a.year_like && *a.value >= 1800 && *a.value <= 2100 &&
                       (!b.year_like || (*b.value >= *a.value && *b.value <= 2100));
    if (years && (b.year_like || (number(c + 1) && txt(c + 1).size() == 2))) {
      if (!dash_conn) return 0;
      // "the 2015-16 season", "the 1999-00 budget": two digits for the next year (or for any later
      // year of the decade past 12: "2007-19" cannot be a month) make a span of years.
      double later = *b.value;
      if (!b.year_like) {
        const double first = *a.value;
        later += first - std::fmod(first, 100);
        if (later <= first) later += 100;
        const bool next = later == first + 1, no_month = *b.value > 12 && later - first < 10;
        if (!(next || no_month)) return skip_chain(a.b);
      }
      Figure& f = emit(FigureKind::date, a.b, b.e);
      f.low = a.value;
      f.high = later;
      f.unit = "yyyy";
      return b.e;
    }
    double lo = *a.value, hi = *b.value;
    // Share the scale: "5 to 7 million", "$5-7bn".
    if (!a.scaled && b.scaled && b.scale > 1 && lo < hi / b.scale * 1.0001 + 1) lo *= b.scale;
    // "a 50-50 call": even odds, not a range; "a 4-4 ruling", "a 1-1 draw": a tie, a tally as below.
    const bool tie = lo == hi && dash_conn && a.kind == FigureKind::count && b.kind == FigureKind::count;
    if (tie && lo == 50) return b.e;
    if (lo > hi || tie) {
      // "beat Trump 46 to 40 percent": two shares of a vote, the first in the second's unit.
      if (a.kind == FigureKind::count && b.kind == FigureKind::percent && !a.scaled && !a.fraction) {
        Figure& f = emit(FigureKind::percent, a.b, a.e);
        f.value = a.value;
        f.unit = b.unit;
        apply_approx(f, a.b);
        return a.e;
      }
      // "voted 7-2", "a 5-4 decision", "won 45-40", "an 11-2 record", "voted 52 to 48", "a 3 to 1
      // margin": two plain whole numbers joined by a dash or "to", the larger first, are the two sides
      // of a tally (a vote, a score), one figure: a ratio whose low and high are the sides. "24-7" is
      // the idiom for "always"; "from 12 to 10" is a change.
      const bool whole = a.kind == FigureKind::count && b.kind == FigureKind::count && !a.scaled &&
                         !b.scaled && !a.fraction && !b.fraction && a.unit.empty() && b.unit.empty() &&
                         a.currency.empty() && b.currency.empty() && lo == static_cast<uint32_t>(lo) &&
                         hi == static_cast<uint32_t>(hi);
      const bool joined = (dash(c) && glued(c) && glued(c + 1)) ||
                          (is(c, "to") && !a.words && !b.words && !(a.b > sb_ && is(a.b - 1, "from")));
      if (whole && joined && hi > 0) {
        if (lo == 24 && hi == 7) return b.e;
        Figure& f = emit(FigureKind::ratio, a.b, b.e);
        f.value = lo / hi;
        f.low = hi;
        f.high = lo;
        f.unit = "tally";
        apply_approx(f, a.b);
        return b.e;
      }
      return 0;  // "won 3 - 1", "from 12 to 10": two counts
    }
    Piece m = a;
    if (m.kind == FigureKind::count) {
      m.kind = b.kind;
      m.unit = b.unit;
      m.currency = b.currency;
    }
    if (b.kind == FigureKind::count && a.kind != FigureKind::count) {
      // "$10-20": the unit of the first part; but "fell 4.5 per cent to 312" is a change to a
      // level, not a range: after "to" the second part must say its unit (or its scale).
      if (word_conn && !b.scaled) return 0;
    } else if (a.kind != FigureKind::count && b.kind != a.kind) {
      return 0;
    }
    m.value = lo;
    Piece mb = b;
    mb.value = hi;
    return emit_range(a.b, m, mb, 0);
  }

  // style: 0 joined ("10-20"), 1 "between", 2 "from"
  uint32_t emit_range(uint32_t b, const Piece& a, const Piece& c, int style) {
    double lo = a.value.value_or(0), hi = c.value.value_or(0);
    if (!a.value || !c.value) return 0;
    // "between 2 and 4 p.m.", "from 9 to 11 in the morning": hours, not a range of amounts.
    if (c.kind == FigureKind::count && c.e == c.b + 1 && hour_like(c.b))
      if (uint32_t m = clock_marker(c.e, true)) return m;
    if (style != 0 && !a.scaled && c.scaled && c.scale > 1 && lo * c.scale <= hi) lo *= c.scale;
    if (lo > hi) std::swap(lo, hi);
    const Piece& src = a.kind != FigureKind::count ? a : c;
    if (a.kind != FigureKind::count && c.kind != FigureKind::count && a.kind != c.kind) return 0;
    Figure& f = emit(FigureKind::range, b, c.e);
    f.low = lo;
    f.high = hi;
    f.unit = src.unit;
    // "between $30,000 and $60,000 a year": the rate at the end covers both ends.
    if (f.unit.empty() && !c.unit.empty() && c.unit[0] == '/') f.unit = c.unit;
    f.currency = src.currency;
    if (a.kind == FigureKind::ordinal) f.unit = "ordinal";
    apply_approx(f, b);
    if (src.kind == FigureKind::count) attach_subject(f, c.e, true);
    return c.e;
  }

  // ---- approximators (read backwards from the figure's first token) ---------------------------
  // The approximators, each its Approx as a digit (model.hpp's order: 0 exact, 1 about, 2 over, 3 under,
  // 4 at_least, 5 at_most) then its words, separated by "|": one literal, no table of pointers to ship.
  // "equal to 20", "equals 20": the span takes the words, the figure stays exact.
  static constexpr std::string_view kPhrases =
      "1approximately|1about|1around|1roughly|1an estimated|1estimated|1some|1circa|1approx|"
      "1approx .|3close to|3nearly|3almost|3just under|2more than|2over|2above|2greater than|"
      "2larger than|2higher than|2bigger than|2exceeding|2exceed|2exceeds|2surpass|2surpassing|"
      "2in excess of|2upwards of|2just over|2well over|4at least|4no less than|4not less than|"
      "4no fewer than|4a minimum of|4at least or equal to|4greater than or equal to|"
      "4more than or equal to|4higher than or equal to|4equal to or more than|"
      "4equal to or greater than|4higher or equal than|4bigger or equal than|"
      "4greater or equal than|4larger or equal than|4more or equal than|5up to|5at most|"
      "5no more than|5not more than|5as many as|5as much as|5a maximum of|5less than or equal to|"
      "5fewer than or equal to|5lower than or equal to|5equal to or less than|"
      "5equal to or fewer than|5smaller or equal than|5less or equal than|5lower or equal than|"
      "3fewer than|3less than|3under|3below|3smaller than|3lower than|2>|3<|0equal to|0equals|"
      "0equals to|0equaling to|0equalling to|0equal|4> =|5< =|4\xe2\x89\xa5|5\xe2\x89\xa4";
  // The phrases as views with their lengths (no strlen per comparison), and the set of their
  // last words: an approximator ends right before the figure, so a token that ends none of them
  // settles the question with one lookup.
  struct Prepared {
    std::string_view w[6];
    int n = 0;
    Approx a = Approx::exact;
  };
  static const std::vector<Prepared>& prepared() {
    static const std::vector<Prepared> kP = [] {
      std::vector<Prepared> v;
      for (std::size_t at = 0; at < kPhrases.size();) {
        std::size_t end = kPhrases.find('|', at);
        if (end == std::string_view::npos) end = kPhrases.size();
        Prepared p;
        p.a = static_cast<Approx>(kPhrases[at] - '0');
        for_each_word(kPhrases.substr(at + 1, end - at - 1), [&](std::string_view w) { p.w[p.n++] = w; });
        v.push_back(p);
        at = end + 1;
      }
      return v;
    }();
    return kP;
  }
  static const WordSet& last_words() {
    static const std::vector<std::string_view> kWords = [] {
      std::vector<std::string_view> v;
      for (const Prepared& p : prepared()) v.push_back(p.w[p.n - 1]);
      return v;
    }();
    static const WordSet kSet(kWords.data(), kWords.data() + kWords.size());
    return kSet;
  }
  bool phrase_at(uint32_t q, const Prepared& ph) const {
    for (int k = 0; k < ph.n; ++k)
      if (!in(q + k) || low(q + k).sv() != ph.w[k]) return false;
    return true;
  }
  // The longest approximator ending right before token b and not before `limit`.
  Approx approx_before(uint32_t b, uint32_t limit, uint32_t* start, bool* found = nullptr) const {
    Approx best = Approx::exact;
    uint32_t best_b = b;
    if (b == 0 || b - 1 < limit || b - 1 < sb_ || !last_words().contains(low(b - 1).sv())) {
      *start = best_b;
      return best;
    }
    const Lower last_word = low(b - 1);
    const std::string_view last = last_word.sv();
    for (const Prepared& ph : prepared()) {
      const uint32_t n = static_cast<uint32_t>(ph.n);
      if (ph.w[ph.n - 1] != last || b < n || b - n < limit || b - n < sb_) continue;
      if (!phrase_at(b - n, ph) || b - n >= best_b) continue;
      best_b = b - n;
      best = ph.a;
      if (found) *found = true;
    }
    // "<>30", "=>30": a comparison sign inside another operator is no approximator.
    if (best != Approx::exact && t_[best_b].kind == TokenKind::symbol && best_b > sb_ && glued(best_b) &&
        t_[best_b - 1].kind == TokenKind::symbol && one_of(txt(best_b - 1), "< > =")) {
      if (found) *found = false;
      return Approx::exact;
    }
    *start = best_b;
    return best;
  }
  // The longest approximator starting at token q.
  Approx approx_from(uint32_t q, uint32_t* end) const {
    Approx best = Approx::exact;
    int best_n = 0;
    for (const Prepared& ph : prepared()) {
      if (ph.n > best_n && ph.a != Approx::exact && phrase_at(q, ph)) {
        best = ph.a;
        best_n = ph.n;
      }
    }
    *end = q + static_cast<uint32_t>(best_n);
    return best;
  }

  void apply_approx(Figure& f, uint32_t b, bool age = false) {
    uint32_t best_b = b;
    bool found = false;
    const Approx best = approx_before(b, prev_floor_, &best_b, &found);
    if (!found) return;
    // "over" before a duration is mostly "during" ("over three years"), but not before an age
    // ("over thirty years old"); "some" before a duration is vague; "under" before a rank is not
    // an approximator.
    const Lower first = low(best_b);
    if (f.kind == FigureKind::duration && !age && (first == "over" || first == "some" || first == "under"))
      return;
    // "How about 2 in 5", "what about 10": a question, not an approximator.
    if (first == "about" && best_b > sb_ && (is(best_b - 1, "how") || is(best_b - 1, "what"))) return;
    if (f.kind == FigureKind::date || f.kind == FigureKind::ordinal) return;
    if (f.approx != Approx::exact) return;  // a trailing "or more" already says it
    // "$74 million more than a year ago": right after another figure, "more than" compares the two.
    if (best_b == prev_floor_ && prev_floor_ > sb_ && (first == "more" || first == "less" || first == "fewer"))
      return;
    f.approx = best;
    f.span.begin = t_[best_b].span.begin;
  }

  static bool lower_bound_approx(Approx a) { return a == Approx::over || a == Approx::at_least; }
  static bool upper_bound_approx(Approx a) { return a == Approx::under || a == Approx::at_most; }

  // "more than 10 and less than 40", "at most 100 and at least 20": two bounds make a range.
  uint32_t join_bounds(Figure& f, uint32_t e) {
    if (!f.value || f.kind == FigureKind::range) return e;
    const bool lower = lower_bound_approx(f.approx), upper = upper_bound_approx(f.approx);
    if (!lower && !upper) return e;
    uint32_t q = e;
    if (!(is(q, "and") || is(q, "but") || sym(q, ","))) return e;
    ++q;
    uint32_t qe = q;
    const Approx a2 = approx_from(q, &qe);
    if (a2 == Approx::exact || (lower ? !upper_bound_approx(a2) : !lower_bound_approx(a2))) return e;
    Piece b;
    if (!piece(qe, &b) || !b.value || (b.kind != f.kind && b.kind != FigureKind::count)) return e;
    double lo = *f.value, hi = *b.value;
    if (upper) std::swap(lo, hi);
    if (lo >= hi) return e;
    f.kind = FigureKind::range;
    f.low = lo;
    f.high = hi;
    f.value.reset();
    f.approx = Approx::exact;
    f.span.end = t_[b.e - 1].span.end;
    floor_ = b.e;
    return b.e;
  }

  // ---- subjects -------------------------------------------------------------------------------
  // What the figure counts: "800,000 citizens", "hundreds of thousands of Russians".
  void attach_subject(Figure& f, uint32_t e, bool direct_ok) {
    uint32_t k = e;
    bool via_of = false;
    if (is(k, "of")) {
      ++k;
      via_of = true;
      if (is(k, "the") || is(k, "them") || is(k, "those") || is(k, "these") || is(k, "us") ||
          is(k, "all"))
        return;
    } else if (!direct_ok) {
      return;
    }
    uint32_t first = k, last = 0;
    for (uint32_t p = k; p < k + 3 && word(p); ++p) {
      const Lower w = low(p);
      if (is_stopword(w.sv()) || figlex::cardinal(w.sv()) >= 0 || figlex::scale(w.sv()) > 0 ||
          figlex::month(w.sv()) || figlex::unit(w.sv(), txt(p)))
        break;
      if (capitalized(p) && p == k && !via_of && !looks_plural(w.sv())) break;
      if (looks_plural(w.sv())) {
        last = p;
        break;
      }
      if (dash(p + 1) && glued(p + 1) && word(p + 2)) {
        // "Russian-speaking exiles": keep going through the compound
        ++p;
      }
    }
    if (!last) return;
    f.subject = ByteSpan{t_[first].span.begin, t_[last].span.end};
  }
};

}  // namespace

void extract_figures(const Document& doc, std::vector<Figure>& out) {
  Scanner(doc, out).run();
}

}  // namespace factlight
