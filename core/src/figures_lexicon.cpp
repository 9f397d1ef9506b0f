// Word tables for the figure extractor. Each table is a plain array sorted once, on first use,
// and searched by binary search, so a lookup costs O(log n) whatever the input; a hashed set of
// its spellings turns away the words it does not hold (nearly all of them) before the search.
#include "figures_lexicon.hpp"
#include "size_hints.hpp"
#include "sort_order.hpp"
#include "swar.hpp"
#include "word_set.hpp"

#include <algorithm>
#include <cstddef>
#include <cstring>
#include <type_traits>
#include <vector>

namespace factlight {
namespace figlex {
namespace {

// Every spelling of n table items of `size` bytes from `table` (each item's surface is its first
// member), sorted (stable), with the index of its item. One copy for every table type.
FACTLIGHT_COLD void sorted_spellings(const void* table, std::size_t n, std::size_t size,
                                     std::vector<std::string_view>& keys, std::vector<uint32_t>& items) {
  std::vector<std::string_view> spellings;  // views: no strlen per comparison
  std::vector<uint32_t> owner;
  for (std::size_t i = 0; i < n; ++i)
    for_each_word(*reinterpret_cast<const char* const*>(static_cast<const char*>(table) + i * size),
                  [&](std::string_view w) {
      spellings.push_back(w);
      owner.push_back(static_cast<uint32_t>(i));
    });
  for (uint32_t k : stable_order(spellings)) {
    keys.push_back(spellings[k]);
    items.push_back(owner[k]);
  }
}

template <class T>
class Sorted {
 public:
  template <std::size_t N>
  explicit Sorted(const T (&items)[N]) : Sorted(items, items + N) {}
  // One instantiation per T, not per table size N (each N used to bring its own stable_sort).
  // The sort is sort_order.cpp's, shared by every T (a std::stable_sort per T cost about 2.5 KB each).
  // An item's surface may list several spellings, space-separated ("cent cents"): one entry each.
  FACTLIGHT_COLD Sorted(const T* begin, const T* end) {
    static_assert(std::is_standard_layout<T>::value && offsetof(T, surface) == 0, "surface first");
    std::vector<uint32_t> items;
    sorted_spellings(begin, static_cast<std::size_t>(end - begin), sizeof(T), keys_, items);
    for (uint32_t i : items) v_.push_back(begin[i]);
    for (std::string_view k : keys_) sizes_ |= uint64_t{1} << (k.size() < 63 ? k.size() : 63);
    first_ = WordIndex(keys_);
  }
  // All entries spelled `w`, as [first, last): one hash finds the first (or none: most words), no search.
  std::pair<const T*, const T*> find(std::string_view w) const {
    // A word of a length no spelling has is none, without hashing it (most words asked).
    if (!(sizes_ >> (w.size() < 63 ? w.size() : 63) & 1)) return {v_.data(), v_.data()};
    const uint32_t lo = first_.find(w);
    if (lo == WordIndex::npos) return {v_.data(), v_.data()};
    std::size_t hi = lo + 1;
    while (hi < keys_.size() && keys_[hi] == w) ++hi;
    return {v_.data() + lo, v_.data() + hi};
  }
  const T* first(std::string_view w) const {
    auto r = find(w);
    return r.first == r.second ? nullptr : r.first;
  }

 private:
  std::vector<T> v_;
  std::vector<std::string_view> keys_;  // v_[i].surface
  WordIndex first_{{}};                 // each spelling of keys_ -> its first index (keys_ are sorted)
  uint64_t sizes_ = 0;                  // bit n: some spelling has n bytes (63: 63 or more)
};

struct Valued {
  const char* surface;
  double value;
};

constexpr Valued kCardinals[] = {
    {"zero", 0},     {"nought", 0},     {"naught", 0},    {"one", 1},        {"two", 2},
    {"three", 3},    {"four", 4},       {"five", 5},      {"six", 6},        {"seven", 7},
    {"eight", 8},    {"nine", 9},       {"ten", 10},      {"eleven", 11},    {"twelve", 12},
    {"thirteen", 13}, {"fourteen", 14}, {"fifteen", 15},  {"sixteen", 16},   {"seventeen", 17},
    {"eighteen", 18}, {"nineteen", 19}, {"twenty", 20},   {"thirty", 30},    {"forty", 40},
    {"fourty", 40},  {"fifty", 50},     {"sixty", 60},    {"seventy", 70},   {"eighty", 80},
    {"ninety", 90}};

constexpr Valued kScales[] = {
    {"hundred", 1e2},
    {"thousand", 1e3},
    {"million", 1e6},
    {"billion", 1e9},
    {"trillion", 1e12},
    {"lakh lakhs", 1e5},
    {"crore crores", 1e7},
};

constexpr Valued kScalePlurals[] = {{"hundreds", 1e2}, {"thousands", 1e3}, {"millions", 1e6},
                                    {"billions", 1e9}, {"trillions", 1e12}};

constexpr Valued kScaleAbbrevs[] = {
    {"k", 1e3},
    {"m mm mn mln mil", 1e6},
    {"bn b bln", 1e9},
    {"tn tln trn", 1e12},
};

constexpr Valued kOrdinals[] = {
    {"first", 1},         {"second", 2},        {"third", 3},          {"fourth", 4},
    {"fifth", 5},         {"sixth", 6},         {"seventh", 7},        {"eighth", 8},
    {"ninth", 9},         {"nineth", 9},        {"tenth", 10},         {"eleventh", 11},
    {"twelfth", 12},      {"thirteenth", 13},   {"fourteenth", 14},    {"fifteenth", 15},
    {"sixteenth", 16},    {"seventeenth", 17},  {"eighteenth", 18},    {"nineteenth", 19},
    {"twentieth", 20},    {"thirtieth", 30},    {"fortieth", 40},      {"fiftieth", 50},
    {"sixtieth", 60},     {"seventieth", 70},   {"eightieth", 80},     {"ninetieth", 90},
    {"hundredth", 1e2},   {"thousandth", 1e3},  {"millionth", 1e6},    {"billionth", 1e9},
    {"trillionth", 1e12}};

constexpr Valued kFractions[] = {
    {"half", 2},     {"halves", -2},    {"third", 3},     {"thirds", -3},   {"quarter", 4},
    {"quarters", -4}, {"fourth", 4},    {"fourths", -4},  {"fifth", 5},     {"fifths", -5},
    {"sixth", 6},    {"sixths", -6},    {"seventh", 7},   {"sevenths", -7}, {"eighth", 8},
    {"eighths", -8}, {"ninth", 9},      {"ninths", -9},   {"tenth", 10},    {"tenths", -10},
    {"hundredth", 100}, {"hundredths", -100}};

constexpr Valued kMonths[] = {
    {"january jan", 1},
    {"february feb", 2},
    {"march mar", 3},
    {"april apr", 4},
    {"may", 5},
    {"june jun", 6},
    {"july jul", 7},
    {"august aug", 8},
    {"september sep sept", 9},
    {"october oct", 10},
    {"november nov", 11},
    {"december dec", 12},
};

using K = UnitKind;
constexpr Unit kUnits[] = {
    // length
    {"km kilometre kilometres kilometer kilometers", "km", K::quantity, kUnitSquare | kUnitCubic},
    {"kms", "km", K::quantity, 0},
    {"m", "m", K::quantity, kUnitCase | kUnitSquare | kUnitCubic},
    {"metre metres meter meters", "m", K::quantity, kUnitSquare | kUnitCubic},
    {"cm centimetre centimetres centimeter centimeters", "cm", K::quantity, kUnitSquare | kUnitCubic},
    {"mm", "mm", K::quantity, kUnitCase},
    {"millimetre millimetres millimeter millimeters", "mm", K::quantity, 0},
    {"dm", "dm", K::quantity, kUnitCase},
    {"decimetre decimeter", "dm", K::quantity, 0},
    {"picometer picometre picometers picometres", "pm", K::quantity, 0},
    {"nanometer nanometers nanometres nanometre", "nm", K::quantity, 0},
    {"micrometers micrometres micrometre micrometer micron microns", "um", K::quantity, 0},
    {"nm", "nm", K::quantity, kUnitCase},
    {"mile miles", "mile", K::quantity, kUnitSquare | kUnitCubic},
    {"mi", "mile", K::quantity, kUnitCase | kUnitSquare},
    {"ft foot feet", "ft", K::quantity, kUnitSquare | kUnitCubic},
    {"inch inches", "in", K::quantity, kUnitSquare | kUnitCubic},
    {"yard yards", "yd", K::quantity, kUnitSquare | kUnitCubic},
    {"yd yds", "yd", K::quantity, kUnitCase},
    {"nautical", "nmi", K::quantity, 0},
    {"light-year light-years", "ly", K::quantity, 0},
    // area
    {"km2", "km2", K::quantity, 0},
    {"m2", "m2", K::quantity, 0},
    {"sq", "sq", K::quantity, 0},
    {"hectare hectares", "ha", K::quantity, 0},
    {"ha", "ha", K::quantity, kUnitCase},
    {"acre acres", "acre", K::quantity, 0},
    // mass
    {"kg kgs kilo kilos kilogram kilograms kilogramme kilogrammes", "kg", K::quantity, 0},
    {"g", "g", K::quantity, kUnitCase | kUnitAttached},
    {"gram grams gramme grammes", "g", K::quantity, 0},
    {"mg milligram milligrams", "mg", K::quantity, 0},
    {"microgram micrograms microgramme microgrammes mcg \xce\xbcg \xc2\xb5g", "ug", K::quantity, 0},
    {"tonne tonnes ton tons", "t", K::quantity, 0},
    {"t", "t", K::quantity, kUnitCase | kUnitAttached},
    {"lb pound pounds lbs", "lb", K::quantity, 0},
    {"ounce ounces oz", "oz", K::quantity, 0},
    {"stone", "st", K::quantity, 0},
    {"carat carats", "ct", K::quantity, 0},
    {"drachma", "dram", K::quantity, 0},
    // volume
    {"l", "l", K::quantity, kUnitAttached},
    {"l", "l", K::quantity, kUnitCase},
    {"cl centilitre centilitres centiliter centiliters", "cl", K::quantity, 0},
    {"litre litres liter liters", "l", K::quantity, 0},
    {"ml millilitre millilitres milliliter milliliters", "ml", K::quantity, 0},
    {"gallon gallons gal", "gal", K::quantity, 0},
    {"barrel barrels bbl", "barrel", K::quantity, 0},
    {"pint pints", "pint", K::quantity, 0},
    {"cup cups", "cup", K::quantity, 0},
    {"tablespoon tablespoons tbsp", "tbsp", K::quantity, 0},
    {"teaspoon teaspoons tsp", "tsp", K::quantity, 0},
    // energy and power
    {"w", "W", K::quantity, kUnitCase},
    {"kw", "kW", K::quantity, kUnitCase},
    {"mw", "MW", K::quantity, kUnitCase},
    {"gw", "GW", K::quantity, kUnitCase},
    {"tw", "TW", K::quantity, kUnitCase},
    {"wh", "Wh", K::quantity, 0},
    {"kwh kilowatt-hour kilowatt-hours", "kWh", K::quantity, 0},
    {"ev", "eV", K::quantity, 0},
    {"kev", "keV", K::quantity, 0},
    {"mev", "MeV", K::quantity, 0},
    {"gev", "GeV", K::quantity, 0},
    {"tev", "TeV", K::quantity, 0},
    {"hz hertz", "Hz", K::quantity, 0},
    // radiation doses (news of nuclear accidents and scans)
    {"gy", "Gy", K::quantity, 0},
    {"mgy", "mGy", K::quantity, 0},
    {"sv", "Sv", K::quantity, kUnitCase},
    {"msv millisievert millisieverts", "mSv", K::quantity, 0},
    {"usv \xce\xbcsv \xc2\xb5sv microsievert microsieverts", "uSv", K::quantity, 0},
    {"sievert sieverts", "Sv", K::quantity, 0},
    {"khz", "kHz", K::quantity, 0},
    {"mhz megahertz", "MHz", K::quantity, 0},
    {"ghz gigahertz", "GHz", K::quantity, 0},
    {"mwh", "MWh", K::quantity, 0},
    {"gwh", "GWh", K::quantity, 0},
    {"twh", "TWh", K::quantity, 0},
    {"watt watts", "W", K::quantity, 0},
    {"kilowatt kilowatts", "kW", K::quantity, 0},
    {"megawatt megawatts", "MW", K::quantity, 0},
    {"gigawatt gigawatts", "GW", K::quantity, 0},
    {"joule joules", "J", K::quantity, 0},
    {"calorie calories kcal", "kcal", K::quantity, 0},
    {"horsepower hp", "hp", K::quantity, 0},
    // speed
    {"mph", "mph", K::quantity, 0},
    {"kph kmph", "km/h", K::quantity, 0},
    {"knot knots", "kn", K::quantity, 0},
    // data
    {"bit bits", "bit", K::quantity, 0},
    {"byte bytes", "B", K::quantity, 0},
    {"kb", "kB", K::quantity, kUnitCase},
    {"mb", "MB", K::quantity, kUnitCase},
    {"gb", "GB", K::quantity, kUnitCase},
    {"tb", "TB", K::quantity, kUnitCase},
    {"megabyte megabytes", "MB", K::quantity, 0},
    {"gigabyte gigabytes", "GB", K::quantity, 0},
    {"terabyte terabytes", "TB", K::quantity, 0},
    {"petabyte petabytes", "PB", K::quantity, 0},
    {"exabyte exabytes", "EB", K::quantity, 0},
    {"kilobyte kilobytes", "kB", K::quantity, 0},
    {"megabit megabits", "Mb", K::quantity, 0},
    {"mbps", "Mbit/s", K::quantity, 0},
    {"gbps", "Gbit/s", K::quantity, 0},
    // angle and turns
    {"rad radian radians", "rad", K::quantity, 0},
    // temperature
    {"celsius celcius centigrade centigrate", "celsius", K::temperature, 0},
    {"fahrenheit farenheit", "fahrenheit", K::temperature, 0},
    {"kelvin", "kelvin", K::temperature, 0},
    {"c", "celsius", K::temperature, kUnitCase | kUnitAttached},
    {"f", "fahrenheit", K::temperature, kUnitCase | kUnitAttached},
    {"degree degrees deg", "degree", K::temperature, 0},
    // time
    {"second seconds sec secs", "second", K::duration, 0},
    {"minute minutes min mins", "minute", K::duration, 0},
    {"hour hours hr hrs", "hour", K::duration, 0},
    {"h", "hour", K::duration, kUnitCase | kUnitAttached},  // "24h", "3h"
    {"day days", "day", K::duration, 0},
    {"night nights", "night", K::duration, 0},
    {"week weeks", "week", K::duration, 0},
    {"fortnight fortnights", "fortnight", K::duration, 0},
    {"month months", "month", K::duration, 0},
    {"year years yr yrs", "year", K::duration, 0},
    {"decade decades", "decade", K::duration, 0},
    {"century centuries", "century", K::duration, 0},
    {"millennium millennia", "millennium", K::duration, 0},
    {"millisecond milliseconds", "millisecond", K::duration, 0},
};

constexpr Currency kCurrencyWords[] = {
    {"dollar dollars buck bucks usd", "USD", "dollar", 0},
    {"cent cents", "USD", "cent", 1},
    {"euro euros eur", "EUR", "euro", 0},
    {"eurocent eurocents", "EUR", "cent", 1},
    {"pound pounds sterling quid gbp", "GBP", "pound", 0},
    {"pence penny pennies", "GBP", "penny", 1},
    {"yen jpy", "JPY", "yen", 0},
    {"yuan renminbi rmb kuai cny \xe5\x85\x83", "CNY", "yuan", 0},  // 元 written after the number
    {"rouble roubles ruble rubles rub", "RUB", "rouble", 0},
    {"kopeck kopecks", "RUB", "kopeck", 1},
    {"rupee rupees inr", "INR", "rupee", 0},
    {"hryvnia hryvnias hryvnas", "UAH", "hryvnia", 0},
    {"zloty zlotys", "PLN", "zloty", 0},
    {"forint forints", "HUF", "forint", 0},
    {"won", "KRW", "won", 0},
    {"rand", "ZAR", "rand", 0},
    {"naira", "NGN", "naira", 0},
    {"shekel shekels", "ILS", "shekel", 0},
    {"lira liras", "TRY", "lira", 0},
    {"lire", "", "lira", 0},
    {"riyal riyals", "SAR", "riyal", 0},
    {"dirham dirhams", "AED", "dirham", 0},
    {"baht", "THB", "baht", 0},
    {"ringgit", "MYR", "ringgit", 0},
    {"rupiah", "IDR", "rupiah", 0},
    {"real reais", "BRL", "real", 0},
    {"franc francs", "", "franc", 0},
    {"peso pesos", "", "peso", 0},
    {"krona kronor", "SEK", "krona", 0},
    {"krone kroner", "", "krone", 0},
    {"mark marks", "", "mark", 0},
    {"deutsche", "DEM", "mark", 0},
    {"markka markkaa", "FIM", "markka", 0},
    {"guilder guilders", "NLG", "guilder", 0},
    {"peseta pesetas", "ESP", "peseta", 0},
    {"escudo escudos", "PTE", "escudo", 0},
    {"drachmas", "GRD", "drachma", 0},
    {"lari", "GEL", "lari", 0},
    {"tenge", "KZT", "tenge", 0},
    {"bitcoin bitcoins btc", "", "bitcoin", 0},
    {"satoshi satoshis", "", "satoshi", 0},
    {"mao", "CNY", "jiao", 0},
    {"\xe0\xae\xb0\xe0\xaf\x82", "LKR", "rupee", 0},  // ரூ (Tamil "Rs.") written after the number
};

constexpr Currency kCurrencySymbols[] = {
    {"$", "USD", "dollar", 0},           {"\xe2\x82\xac", "EUR", "euro", 0},  // €
    {"\xc2\xa3", "GBP", "pound", 0},     // £
    {"\xc2\xa5", "JPY", "yen", 0},       // ¥
    {"\xe2\x82\xbd", "RUB", "rouble", 0},  // ₽
    {"\xe2\x82\xb9", "INR", "rupee", 0},   // ₹
    {"\xe2\x82\xbf", "", "bitcoin", 0},    // ₿
    {"\xe2\x82\xa9", "KRW", "won", 0},     // ₩
    {"\xe2\x82\xba", "TRY", "lira", 0},    // ₺
    {"\xe2\x82\xb4", "UAH", "hryvnia", 0},  // ₴
    {"\xe2\x82\xaa", "ILS", "shekel", 0},   // ₪
    {"\xe2\x82\xa6", "NGN", "naira", 0},    // ₦
    {"\xe2\x82\xb1", "PHP", "peso", 0},     // ₱
    {"\xe2\x82\xa1", "CRC", "colon", 0},    // ₡
    {"\xe2\x82\xbe", "GEL", "lari", 0},     // ₾
    {"\xe2\x82\xad", "LAK", "kip", 0},      // ₭
    {"\xe5\x85\x83", "CNY", "yuan", 0},     // 元
};

struct Code {
  const char* surface;
  const char* iso;
};

constexpr Code kIsoCodes[] = {
    // lower case only for codes that are not also English words
    {"AED", "AED"},
    {"ARS", "ARS"},
    {"AUD aud", "AUD"},
    {"BRL", "BRL"},
    {"CAD cad", "CAD"},
    {"CHF chf", "CHF"},
    {"CNY RMB cny rmb", "CNY"},
    {"CZK", "CZK"},
    {"DKK", "DKK"},
    {"EGP", "EGP"},
    {"EUR eur", "EUR"},
    {"GBP gbp", "GBP"},
    {"HKD hkd", "HKD"},
    {"HUF", "HUF"},
    {"IDR", "IDR"},
    {"ILS", "ILS"},
    {"INR inr", "INR"},
    {"JPY jpy", "JPY"},
    {"KRW", "KRW"},
    {"KZT", "KZT"},
    {"MXN mxn", "MXN"},
    {"MYR", "MYR"},
    {"NGN", "NGN"},
    {"NOK", "NOK"},
    {"NZD nzd", "NZD"},
    {"PHP", "PHP"},
    {"PKR", "PKR"},
    {"PLN", "PLN"},
    {"RUB rub", "RUB"},
    {"SAR", "SAR"},
    {"SEK sek", "SEK"},
    {"SGD", "SGD"},
    {"THB", "THB"},
    {"TRY", "TRY"},
    {"TWD", "TWD"},
    {"UAH", "UAH"},
    {"USD usd", "USD"},
    {"VND", "VND"},
    {"ZAR", "ZAR"},
};

constexpr Code kDollarPrefixes[] = {
    {"us u.s. u.s usd", "USD"},
    {"c ca cad", "CAD"},
    {"a au aud", "AUD"},
    {"hk hkd", "HKD"},
    {"nz nzd", "NZD"},
    {"s sg", "SGD"},
    {"mex mx mxn", "MXN"},
    {"r", "BRL"},
    {"nt", "TWD"},
    {"z", "ZWL"},
};

struct Qualified {
  const char* surface;  // "adjective currency"
  const char* iso;
};
constexpr Qualified kQualified[] = {
    {"american dollar", "USD"},      {"australian dollar", "AUD"}, {"canadian dollar", "CAD"},
    {"kong dollar", "HKD"},          {"zealand dollar", "NZD"},    {"singapore dollar", "SGD"},
    {"taiwan dollar", "TWD"},        {"us dollar", "USD"},         {"u.s. dollar", "USD"},
    {"swiss franc", "CHF"},          {"french franc", "FRF"},      {"belgian franc", "BEF"},
    {"mexican peso", "MXN"},         {"argentine peso", "ARS"},    {"philippine peso", "PHP"},
    {"chilean peso", "CLP"},         {"colombian peso", "COP"},    {"chinese yuan", "CNY"},
    {"japanese yen", "JPY"},         {"indian rupee", "INR"},      {"pakistani rupee", "PKR"},
    {"russian rouble", "RUB"},       {"russian ruble", "RUB"},     {"turkish lira", "TRY"},
    {"italian lira", "ITL"},         {"danish krone", "DKK"},      {"norwegian krone", "NOK"},
    {"swedish krona", "SEK"},        {"german mark", "DEM"},       {"finnish markka", "FIM"},
    {"dutch guilder", "NLG"},        {"south african rand", "ZAR"}, {"african rand", "ZAR"},
    {"british pound", "GBP"},        {"egyptian pound", "EGP"},    {"brazilian real", "BRL"}};

const Sorted<Valued>& cardinals() { static const Sorted<Valued> t(kCardinals); return t; }
const Sorted<Valued>& scales() { static const Sorted<Valued> t(kScales); return t; }
const Sorted<Valued>& scale_plurals() { static const Sorted<Valued> t(kScalePlurals); return t; }
const Sorted<Valued>& scale_abbrevs() { static const Sorted<Valued> t(kScaleAbbrevs); return t; }
const Sorted<Valued>& ordinals() { static const Sorted<Valued> t(kOrdinals); return t; }
const Sorted<Valued>& fractions() { static const Sorted<Valued> t(kFractions); return t; }
const Sorted<Valued>& months() { static const Sorted<Valued> t(kMonths); return t; }
const Sorted<Unit>& units() { static const Sorted<Unit> t(kUnits); return t; }
const Sorted<Currency>& currency_words() { static const Sorted<Currency> t(kCurrencyWords); return t; }
const Sorted<Currency>& currency_symbols() { static const Sorted<Currency> t(kCurrencySymbols); return t; }
const Sorted<Code>& iso_codes() { static const Sorted<Code> t(kIsoCodes); return t; }
const Sorted<Code>& dollar_prefixes() { static const Sorted<Code> t(kDollarPrefixes); return t; }

}  // namespace

Lower::Lower(std::string_view s) {
  const std::size_t n = s.size();
  if (n > sizeof buf_) return;
  // Eight bytes at a time, then byte by byte (a local count: stores to buf_ could alias n_). Non-ASCII
  // bytes are kept as they are (units such as "μg" are spelled in UTF-8).
  const char* p = s.data();
  std::size_t k = 0;
  for (; k + 8 <= n; k += 8) {
    const uint64_t x = swar::lower_ascii8_any(swar::load8(p + k));
    std::memcpy(buf_ + k, &x, 8);
  }
  for (; k < n; ++k) buf_[k] = (p[k] >= 'A' && p[k] <= 'Z') ? static_cast<char>(p[k] + 32) : p[k];
  n_ = n;
}

int cardinal(std::string_view w) {
  const Valued* v = cardinals().first(w);
  return v ? static_cast<int>(v->value) : -1;
}
double scale(std::string_view w) {
  const Valued* v = scales().first(w);
  return v ? v->value : 0;
}
double scale_plural(std::string_view w) {
  const Valued* v = scale_plurals().first(w);
  return v ? v->value : 0;
}
double scale_abbrev(std::string_view lower, std::string_view original) {
  const Valued* v = scale_abbrevs().first(lower);
  if (!v) return 0;
  // "B" and "b" are both billions; "M" a million; "m" is left to the caller; "MM" a million.
  (void)original;
  return v->value;
}
double ordinal(std::string_view w) {
  const Valued* v = ordinals().first(w);
  return v ? v->value : 0;
}
int fraction_denominator(std::string_view w, bool* plural) {
  const Valued* v = fractions().first(w);
  if (!v) return 0;
  if (plural) *plural = v->value < 0;
  return static_cast<int>(v->value < 0 ? -v->value : v->value);
}
int month(std::string_view w) {
  const Valued* v = months().first(w);
  return v ? static_cast<int>(v->value) : 0;
}

const Unit* unit(std::string_view lower, std::string_view original) {
  auto r = units().find(lower);
  for (const Unit* u = r.first; u != r.second; ++u) {
    if (u->flags & kUnitCase) {
      // Case-sensitive spellings: compare with the canonical case of the abbreviation.
      static constexpr struct { const char* lower; const char* exact; } kCase[] = {
          {"m", "m"},   {"mm", "mm"}, {"dm", "dm"}, {"nm", "nm"}, {"mi", "mi"}, {"yd", "yd"},
          {"yds", "yds"}, {"ha", "ha"}, {"g", "g"}, {"t", "t"}, {"w", "W"}, {"kw", "kW"},
          {"mw", "MW"}, {"gw", "GW"}, {"tw", "TW"}, {"kb", "KB"}, {"mb", "MB"}, {"gb", "GB"},
          {"tb", "TB"}, {"c", "C"}, {"f", "F"}, {"l", "L"}, {"sv", "Sv"}, {"h", "h"}};
      bool ok = false;
      for (const auto& c : kCase)
        if (lower == c.lower && original == c.exact) ok = true;
      // "mb" in lower case is megabits, "MB" megabytes; both are data.
      if (!ok && original == "mb") return units().first("megabit");
      if (!ok && (original == "kw" || original == "KW" || original == "Kw" || original == "Gb" ||
                  original == "Mw" || original == "Gw"))
        ok = true;
      if (!ok) continue;
    }
    return u;
  }
  return nullptr;
}

const Currency* currency_word(std::string_view lower) { return currency_words().first(lower); }
const Currency* currency_symbol(std::string_view sym) { return currency_symbols().first(sym); }
const char* iso_code(std::string_view original) {
  const Code* c = iso_codes().first(original);
  return c ? c->iso : nullptr;
}
const char* dollar_prefix(std::string_view lower) {
  const Code* c = dollar_prefixes().first(lower);
  return c ? c->iso : nullptr;
}
void opening_words(std::vector<std::string_view>& out) {
  auto add = [&](const char* spellings) {
    for_each_word(spellings, [&](std::string_view w) { out.push_back(w); });
  };
  for (const auto& v : kCardinals) add(v.surface);
  for (const auto& v : kScales) add(v.surface);
  for (const auto& v : kScalePlurals) add(v.surface);
  for (const auto& v : kOrdinals) add(v.surface);
  for (const auto& v : kFractions) add(v.surface);
  for (const auto& v : kMonths) add(v.surface);
  for (const auto& v : kDollarPrefixes) add(v.surface);
  for (const auto& v : kIsoCodes)
    for_each_word(v.surface, [&](std::string_view w) {
      if (w[0] >= 'a' && w[0] <= 'z') out.push_back(w);
    });
}

const char* qualified_currency(std::string_view adjective, std::string_view currency_surface) {
  // Singular form of the currency word: strip a plural "s" (dollars, francs, pesos, rupees).
  std::string_view cur = currency_surface;
  if (cur == "krone" || cur == "kroner") cur = "krone";
  else if (cur == "kronor") cur = "krona";
  else if (cur.size() > 3 && cur.back() == 's') cur.remove_suffix(1);
  for (const auto& q : kQualified) {
    std::string_view s(q.surface);
    const std::size_t sp = s.rfind(' ');
    const std::string_view adj = s.substr(0, sp), word = s.substr(sp + 1);
    const std::size_t asp = adj.rfind(' ');
    const std::string_view last_adj = asp == std::string_view::npos ? adj : adj.substr(asp + 1);
    if (word == cur && last_adj == adjective) return q.iso;
  }
  return nullptr;
}

}  // namespace figlex
}  // namespace factlight
