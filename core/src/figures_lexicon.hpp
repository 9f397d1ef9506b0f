// Word tables for the figure extractor: number words, scales, ordinals, fractions, units,
// currencies, months. Lookups take a lower-cased ASCII word (see Lower) and are O(log n).
#pragma once
#include <cstdint>
#include <string_view>
#include <vector>

namespace factlight {
namespace figlex {

// A lower-cased ASCII copy of a token, kept on the stack. Words longer than the buffer or with
// non-ASCII letters are never in a table and come back empty.
class Lower {
 public:
  explicit Lower(std::string_view s);
  // `lowered` is already folded the same way (a view of text lowered once) and outlives this.
  static Lower of_lowered(std::string_view lowered) {
    Lower l;
    if (lowered.size() <= sizeof l.buf_) {
      l.ext_ = lowered.data();
      l.n_ = lowered.size();
    }
    return l;
  }
  std::string_view sv() const { return {ext_ ? ext_ : buf_, n_}; }
  bool operator==(std::string_view w) const { return sv() == w; }
  bool operator!=(std::string_view w) const { return sv() != w; }

 private:
  Lower() = default;
  char buf_[32];
  const char* ext_ = nullptr;
  std::size_t n_ = 0;
};

// "zero".."nineteen" and "twenty".."ninety" (and "nought", "naught"); -1 when not one.
int cardinal(std::string_view w);
// "hundred" 1e2, "thousand" 1e3, "million" 1e6, "billion" 1e9, "trillion" 1e12, "lakh", "crore";
// 0 when not one.
double scale(std::string_view w);
// The plural of a scale, used for vague amounts: "hundreds", "thousands", "millions", ...
double scale_plural(std::string_view w);
// A scale abbreviation written after digits ("2bn", "40k", "3tn", "1MM"). `original` keeps the
// case: "M" is a million, "m" only in a money or counting context (the caller decides).
double scale_abbrev(std::string_view lower, std::string_view original);
// "first" 1 .. "ninetieth" 90, "hundredth" 100 .. "trillionth" 1e12; 0 when not one.
double ordinal(std::string_view w);
// Denominators of spoken fractions: "half"/"halves" 2, "third(s)" 3, "quarter(s)" 4, "fourth(s)",
// "fifth(s)" .. "tenth(s)", "hundredth(s)"; 0 when not one. `plural` tells which form was used.
int fraction_denominator(std::string_view w, bool* plural);
// 1..12 for month names and their abbreviations ("sept", "jan"); 0 when not one.
int month(std::string_view w);

enum class UnitKind : uint8_t { quantity, duration, temperature, age };
struct Unit {
  const char* surface;  // lower-cased spellings, space-separated ("cm centimetre centimetres")
  const char* name;     // canonical unit written to the output: "km", "mile", "day", "celsius"
  UnitKind kind;
  uint8_t flags;  // see kUnit* below
};
enum : uint8_t {
  kUnitCase = 1,      // the spelling must match case exactly ("MB" vs "mb", "C", "F", "W")
  kUnitAttached = 2,  // only directly after digits with no space ("40C", "100t", "5g")
  kUnitSquare = 4,    // takes a "square"/"sq" prefix
  kUnitCubic = 8,     // takes a "cubic" prefix
};
// Unit word after a number. `original` is the token as written (for case-sensitive units).
const Unit* unit(std::string_view lower, std::string_view original);

struct Currency {
  const char* surface;  // lower-cased words, codes or symbols, space-separated ("cent cents")
  const char* iso;      // ISO 4217, or "" when the word names no single currency ("franc")
  const char* name;     // what goes in `unit` when iso is empty
  int8_t minor;         // 1: a minor unit (cent, penny, pence) worth 1/100 of the major one
};
// Currency words after a number: "dollars", "euros", "roubles", "yen", "cents", "pence".
const Currency* currency_word(std::string_view lower);
// Currency symbols: "$", "€", "£", "¥", "₽", "₹", "₿", "₩", "₺", "₴", "元", ...
const Currency* currency_symbol(std::string_view sym);
// Three-letter ISO codes written in capitals ("USD", "EUR"), or in lower case for the common ones.
const char* iso_code(std::string_view original);
// Country prefixes of the dollar sign and similar: "us" -> USD, "c" -> CAD, "a" -> AUD, "hk", "nz".
const char* dollar_prefix(std::string_view lower);
// Every lower-cased spelling that can open a figure on its own: number, ordinal and scale words
// (and their plurals), fractions, months, dollar prefixes and lower-case ISO codes. The figure
// scanner adds its own trigger words and skips every other word without trying its recognisers.
void opening_words(std::vector<std::string_view>& out);
// Nationality adjectives before a currency word: "australian dollars", "swiss francs".
// Returns the ISO code for the pair, or nullptr.
const char* qualified_currency(std::string_view adjective, std::string_view currency_surface);

}  // namespace figlex
}  // namespace factlight
