// Word tables for the figure extractor. Each table is a plain array sorted once, on first use,
// and searched by binary search, so a lookup costs O(log n) whatever the input; a hashed set of
// its spellings turns away the words it does not hold (nearly all of them) before the search.
#include "figures_lexicon.hpp"
#include "size_hints.hpp"
#include "sort_order.hpp"
#include "word_set.hpp"

#include <algorithm>
#include <vector>

namespace factlight {
namespace figlex {
namespace {

template <class T>
class Sorted {
 public:
  template <std::size_t N>
  explicit Sorted(const T (&items)[N]) : Sorted(items, items + N) {}
  // One instantiation per T, not per table size N (each N used to bring its own stable_sort).
  // The sort is sort_order.cpp's, shared by every T (a std::stable_sort per T cost about 2.5 KB each).
  FACTLIGHT_COLD Sorted(const T* begin, const T* end) {
    std::vector<std::string_view> surfaces;  // views: no strlen per comparison
    for (const T* t = begin; t != end; ++t) surfaces.emplace_back(t->surface);
    for (uint32_t i : stable_order(surfaces)) {
      v_.push_back(begin[i]);
      keys_.push_back(surfaces[i]);
    }
    first_ = WordIndex(keys_);
  }
  // All entries spelled `w`, as [first, last): one hash finds the first (or none: most words), no search.
  std::pair<const T*, const T*> find(std::string_view w) const {
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

constexpr Valued kScales[] = {{"hundred", 1e2},  {"thousand", 1e3}, {"million", 1e6},
                              {"billion", 1e9},  {"trillion", 1e12}, {"lakh", 1e5},
                              {"lakhs", 1e5},    {"crore", 1e7},    {"crores", 1e7}};

constexpr Valued kScalePlurals[] = {{"hundreds", 1e2}, {"thousands", 1e3}, {"millions", 1e6},
                                    {"billions", 1e9}, {"trillions", 1e12}};

constexpr Valued kScaleAbbrevs[] = {{"k", 1e3},   {"m", 1e6},   {"mm", 1e6},  {"mn", 1e6},
                                    {"mln", 1e6}, {"mil", 1e6}, {"bn", 1e9},  {"b", 1e9},
                                    {"bln", 1e9}, {"tn", 1e12}, {"tln", 1e12}, {"trn", 1e12}};

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
    {"january", 1}, {"jan", 1},  {"february", 2}, {"feb", 2},  {"march", 3},     {"mar", 3},
    {"april", 4},   {"apr", 4},  {"may", 5},      {"june", 6}, {"jun", 6},       {"july", 7},
    {"jul", 7},     {"august", 8}, {"aug", 8},    {"september", 9}, {"sep", 9},  {"sept", 9},
    {"october", 10}, {"oct", 10}, {"november", 11}, {"nov", 11}, {"december", 12}, {"dec", 12}};

using K = UnitKind;
constexpr Unit kUnits[] = {
    // length
    {"km", "km", K::quantity, kUnitSquare | kUnitCubic},
    {"kms", "km", K::quantity, 0},
    {"kilometre", "km", K::quantity, kUnitSquare | kUnitCubic},
    {"kilometres", "km", K::quantity, kUnitSquare | kUnitCubic},
    {"kilometer", "km", K::quantity, kUnitSquare | kUnitCubic},
    {"kilometers", "km", K::quantity, kUnitSquare | kUnitCubic},
    {"m", "m", K::quantity, kUnitCase | kUnitSquare | kUnitCubic},
    {"metre", "m", K::quantity, kUnitSquare | kUnitCubic},
    {"metres", "m", K::quantity, kUnitSquare | kUnitCubic},
    {"meter", "m", K::quantity, kUnitSquare | kUnitCubic},
    {"meters", "m", K::quantity, kUnitSquare | kUnitCubic},
    {"cm", "cm", K::quantity, kUnitSquare | kUnitCubic},
    {"centimetre", "cm", K::quantity, kUnitSquare | kUnitCubic},
    {"centimetres", "cm", K::quantity, kUnitSquare | kUnitCubic},
    {"centimeter", "cm", K::quantity, kUnitSquare | kUnitCubic},
    {"centimeters", "cm", K::quantity, kUnitSquare | kUnitCubic},
    {"mm", "mm", K::quantity, kUnitCase},
    {"millimetre", "mm", K::quantity, 0},
    {"millimetres", "mm", K::quantity, 0},
    {"millimeter", "mm", K::quantity, 0},
    {"millimeters", "mm", K::quantity, 0},
    {"dm", "dm", K::quantity, kUnitCase},
    {"decimetre", "dm", K::quantity, 0},
    {"decimeter", "dm", K::quantity, 0},
    {"picometer", "pm", K::quantity, 0},
    {"picometre", "pm", K::quantity, 0},
    {"nanometer", "nm", K::quantity, 0},
    {"nanometers", "nm", K::quantity, 0},
    {"nanometres", "nm", K::quantity, 0},
    {"picometers", "pm", K::quantity, 0},
    {"picometres", "pm", K::quantity, 0},
    {"micrometers", "um", K::quantity, 0},
    {"micrometres", "um", K::quantity, 0},
    {"micrometre", "um", K::quantity, 0},
    {"nanometre", "nm", K::quantity, 0},
    {"nm", "nm", K::quantity, kUnitCase},
    {"micrometer", "um", K::quantity, 0},
    {"micron", "um", K::quantity, 0},
    {"microns", "um", K::quantity, 0},
    {"mile", "mile", K::quantity, kUnitSquare | kUnitCubic},
    {"miles", "mile", K::quantity, kUnitSquare | kUnitCubic},
    {"mi", "mile", K::quantity, kUnitCase | kUnitSquare},
    {"ft", "ft", K::quantity, kUnitSquare | kUnitCubic},
    {"foot", "ft", K::quantity, kUnitSquare | kUnitCubic},
    {"feet", "ft", K::quantity, kUnitSquare | kUnitCubic},
    {"inch", "in", K::quantity, kUnitSquare | kUnitCubic},
    {"inches", "in", K::quantity, kUnitSquare | kUnitCubic},
    {"yard", "yd", K::quantity, kUnitSquare | kUnitCubic},
    {"yards", "yd", K::quantity, kUnitSquare | kUnitCubic},
    {"yd", "yd", K::quantity, kUnitCase},
    {"yds", "yd", K::quantity, kUnitCase},
    {"nautical", "nmi", K::quantity, 0},  // "nautical miles": the caller skips "miles"
    {"light-year", "ly", K::quantity, 0},
    {"light-years", "ly", K::quantity, 0},
    // area
    {"km2", "km2", K::quantity, 0},
    {"m2", "m2", K::quantity, 0},
    {"sq", "sq", K::quantity, 0},  // placeholder, never matched alone (see figures.cpp)
    {"hectare", "ha", K::quantity, 0},
    {"hectares", "ha", K::quantity, 0},
    {"ha", "ha", K::quantity, kUnitCase},
    {"acre", "acre", K::quantity, 0},
    {"acres", "acre", K::quantity, 0},
    // mass
    {"kg", "kg", K::quantity, 0},
    {"kgs", "kg", K::quantity, 0},
    {"kilo", "kg", K::quantity, 0},
    {"kilos", "kg", K::quantity, 0},
    {"kilogram", "kg", K::quantity, 0},
    {"kilograms", "kg", K::quantity, 0},
    {"kilogramme", "kg", K::quantity, 0},
    {"kilogrammes", "kg", K::quantity, 0},
    {"g", "g", K::quantity, kUnitCase | kUnitAttached},
    {"gram", "g", K::quantity, 0},
    {"grams", "g", K::quantity, 0},
    {"gramme", "g", K::quantity, 0},
    {"grammes", "g", K::quantity, 0},
    {"mg", "mg", K::quantity, 0},
    {"milligram", "mg", K::quantity, 0},
    {"milligrams", "mg", K::quantity, 0},
    {"microgram", "ug", K::quantity, 0},
    {"micrograms", "ug", K::quantity, 0},
    {"microgramme", "ug", K::quantity, 0},
    {"microgrammes", "ug", K::quantity, 0},
    {"mcg", "ug", K::quantity, 0},
    {"\xce\xbcg", "ug", K::quantity, 0},  // μg (Greek mu)
    {"\xc2\xb5g", "ug", K::quantity, 0},  // µg (micro sign)
    {"tonne", "t", K::quantity, 0},
    {"tonnes", "t", K::quantity, 0},
    {"ton", "t", K::quantity, 0},
    {"tons", "t", K::quantity, 0},
    {"t", "t", K::quantity, kUnitCase | kUnitAttached},
    {"lb", "lb", K::quantity, 0},
    {"pound", "lb", K::quantity, 0},
    {"pounds", "lb", K::quantity, 0},
    {"lbs", "lb", K::quantity, 0},
    {"ounce", "oz", K::quantity, 0},
    {"ounces", "oz", K::quantity, 0},
    {"oz", "oz", K::quantity, 0},
    {"stone", "st", K::quantity, 0},
    {"carat", "ct", K::quantity, 0},
    {"carats", "ct", K::quantity, 0},
    {"drachma", "dram", K::quantity, 0},
    // volume
    {"l", "l", K::quantity, kUnitAttached},
    {"l", "l", K::quantity, kUnitCase},  // "3 L" (capital L stands alone)
    {"cl", "cl", K::quantity, 0},
    {"centilitre", "cl", K::quantity, 0},
    {"centilitres", "cl", K::quantity, 0},
    {"centiliter", "cl", K::quantity, 0},
    {"centiliters", "cl", K::quantity, 0},
    {"litre", "l", K::quantity, 0},
    {"litres", "l", K::quantity, 0},
    {"liter", "l", K::quantity, 0},
    {"liters", "l", K::quantity, 0},
    {"ml", "ml", K::quantity, 0},
    {"millilitre", "ml", K::quantity, 0},
    {"millilitres", "ml", K::quantity, 0},
    {"milliliter", "ml", K::quantity, 0},
    {"milliliters", "ml", K::quantity, 0},
    {"gallon", "gal", K::quantity, 0},
    {"gallons", "gal", K::quantity, 0},
    {"gal", "gal", K::quantity, 0},
    {"barrel", "barrel", K::quantity, 0},
    {"barrels", "barrel", K::quantity, 0},
    {"bbl", "barrel", K::quantity, 0},
    {"pint", "pint", K::quantity, 0},
    {"pints", "pint", K::quantity, 0},
    {"cup", "cup", K::quantity, 0},
    {"cups", "cup", K::quantity, 0},
    {"tablespoon", "tbsp", K::quantity, 0},
    {"tablespoons", "tbsp", K::quantity, 0},
    {"tbsp", "tbsp", K::quantity, 0},
    {"teaspoon", "tsp", K::quantity, 0},
    {"teaspoons", "tsp", K::quantity, 0},
    {"tsp", "tsp", K::quantity, 0},
    // energy and power
    {"w", "W", K::quantity, kUnitCase},
    {"kw", "kW", K::quantity, kUnitCase},
    {"mw", "MW", K::quantity, kUnitCase},
    {"gw", "GW", K::quantity, kUnitCase},
    {"tw", "TW", K::quantity, kUnitCase},
    {"wh", "Wh", K::quantity, 0},
    {"kwh", "kWh", K::quantity, 0},
    {"ev", "eV", K::quantity, 0},
    {"kev", "keV", K::quantity, 0},
    {"mev", "MeV", K::quantity, 0},
    {"gev", "GeV", K::quantity, 0},
    {"tev", "TeV", K::quantity, 0},
    {"hz", "Hz", K::quantity, 0},
    // radiation doses (news of nuclear accidents and scans)
    {"gy", "Gy", K::quantity, 0},
    {"mgy", "mGy", K::quantity, 0},
    {"sv", "Sv", K::quantity, kUnitCase},
    {"msv", "mSv", K::quantity, 0},
    {"usv", "uSv", K::quantity, 0},
    {"\xce\xbcsv", "uSv", K::quantity, 0},  // μSv
    {"\xc2\xb5sv", "uSv", K::quantity, 0},  // µSv
    {"sievert", "Sv", K::quantity, 0},
    {"sieverts", "Sv", K::quantity, 0},
    {"millisievert", "mSv", K::quantity, 0},
    {"millisieverts", "mSv", K::quantity, 0},
    {"microsievert", "uSv", K::quantity, 0},
    {"microsieverts", "uSv", K::quantity, 0},
    {"khz", "kHz", K::quantity, 0},
    {"mhz", "MHz", K::quantity, 0},
    {"ghz", "GHz", K::quantity, 0},
    {"hertz", "Hz", K::quantity, 0},
    {"megahertz", "MHz", K::quantity, 0},
    {"gigahertz", "GHz", K::quantity, 0},
    {"mwh", "MWh", K::quantity, 0},
    {"gwh", "GWh", K::quantity, 0},
    {"twh", "TWh", K::quantity, 0},
    {"watt", "W", K::quantity, 0},
    {"watts", "W", K::quantity, 0},
    {"kilowatt", "kW", K::quantity, 0},
    {"kilowatts", "kW", K::quantity, 0},
    {"megawatt", "MW", K::quantity, 0},
    {"megawatts", "MW", K::quantity, 0},
    {"gigawatt", "GW", K::quantity, 0},
    {"gigawatts", "GW", K::quantity, 0},
    {"kilowatt-hour", "kWh", K::quantity, 0},
    {"kilowatt-hours", "kWh", K::quantity, 0},
    {"joule", "J", K::quantity, 0},
    {"joules", "J", K::quantity, 0},
    {"calorie", "kcal", K::quantity, 0},
    {"calories", "kcal", K::quantity, 0},
    {"kcal", "kcal", K::quantity, 0},
    {"horsepower", "hp", K::quantity, 0},
    {"hp", "hp", K::quantity, 0},
    // speed
    {"mph", "mph", K::quantity, 0},
    {"kph", "km/h", K::quantity, 0},
    {"kmph", "km/h", K::quantity, 0},
    {"knot", "kn", K::quantity, 0},
    {"knots", "kn", K::quantity, 0},
    // data
    {"bit", "bit", K::quantity, 0},
    {"bits", "bit", K::quantity, 0},
    {"byte", "B", K::quantity, 0},
    {"bytes", "B", K::quantity, 0},
    {"kb", "kB", K::quantity, kUnitCase},
    {"mb", "MB", K::quantity, kUnitCase},
    {"gb", "GB", K::quantity, kUnitCase},
    {"tb", "TB", K::quantity, kUnitCase},
    {"megabyte", "MB", K::quantity, 0},
    {"megabytes", "MB", K::quantity, 0},
    {"gigabyte", "GB", K::quantity, 0},
    {"gigabytes", "GB", K::quantity, 0},
    {"terabyte", "TB", K::quantity, 0},
    {"terabytes", "TB", K::quantity, 0},
    {"petabyte", "PB", K::quantity, 0},
    {"petabytes", "PB", K::quantity, 0},
    {"exabyte", "EB", K::quantity, 0},
    {"exabytes", "EB", K::quantity, 0},
    {"kilobyte", "kB", K::quantity, 0},
    {"kilobytes", "kB", K::quantity, 0},
    {"megabit", "Mb", K::quantity, 0},
    {"megabits", "Mb", K::quantity, 0},
    {"mbps", "Mbit/s", K::quantity, 0},
    {"gbps", "Gbit/s", K::quantity, 0},
    // angle and turns
    {"rad", "rad", K::quantity, 0},
    {"radian", "rad", K::quantity, 0},
    {"radians", "rad", K::quantity, 0},
    // temperature
    {"celsius", "celsius", K::temperature, 0},
    {"celcius", "celsius", K::temperature, 0},
    {"centigrade", "celsius", K::temperature, 0},
    {"centigrate", "celsius", K::temperature, 0},
    {"fahrenheit", "fahrenheit", K::temperature, 0},
    {"farenheit", "fahrenheit", K::temperature, 0},
    {"kelvin", "kelvin", K::temperature, 0},
    {"c", "celsius", K::temperature, kUnitCase | kUnitAttached},
    {"f", "fahrenheit", K::temperature, kUnitCase | kUnitAttached},
    {"degree", "degree", K::temperature, 0},
    {"degrees", "degree", K::temperature, 0},
    {"deg", "degree", K::temperature, 0},
    // time
    {"second", "second", K::duration, 0},
    {"seconds", "second", K::duration, 0},
    {"minute", "minute", K::duration, 0},
    {"minutes", "minute", K::duration, 0},
    {"min", "minute", K::duration, 0},
    {"mins", "minute", K::duration, 0},
    {"hour", "hour", K::duration, 0},
    {"hours", "hour", K::duration, 0},
    {"hr", "hour", K::duration, 0},
    {"hrs", "hour", K::duration, 0},
    {"day", "day", K::duration, 0},
    {"days", "day", K::duration, 0},
    {"week", "week", K::duration, 0},
    {"weeks", "week", K::duration, 0},
    {"fortnight", "fortnight", K::duration, 0},
    {"fortnights", "fortnight", K::duration, 0},
    {"month", "month", K::duration, 0},
    {"months", "month", K::duration, 0},
    {"year", "year", K::duration, 0},
    {"years", "year", K::duration, 0},
    {"yr", "year", K::duration, 0},
    {"yrs", "year", K::duration, 0},
    {"decade", "decade", K::duration, 0},
    {"decades", "decade", K::duration, 0},
    {"century", "century", K::duration, 0},
    {"centuries", "century", K::duration, 0},
    {"millennium", "millennium", K::duration, 0},
    {"millennia", "millennium", K::duration, 0},
    {"millisecond", "millisecond", K::duration, 0},
    {"milliseconds", "millisecond", K::duration, 0},
};

constexpr Currency kCurrencyWords[] = {
    {"dollar", "USD", "dollar", 0},      {"dollars", "USD", "dollar", 0},
    {"buck", "USD", "dollar", 0},        {"bucks", "USD", "dollar", 0},
    {"cent", "USD", "cent", 1},          {"cents", "USD", "cent", 1},
    {"euro", "EUR", "euro", 0},          {"euros", "EUR", "euro", 0},
    {"eurocent", "EUR", "cent", 1},      {"eurocents", "EUR", "cent", 1},
    {"pound", "GBP", "pound", 0},        {"pounds", "GBP", "pound", 0},
    {"sterling", "GBP", "pound", 0},     {"quid", "GBP", "pound", 0},
    {"pence", "GBP", "penny", 1},        {"penny", "GBP", "penny", 1},
    {"pennies", "GBP", "penny", 1},      {"yen", "JPY", "yen", 0},
    {"yuan", "CNY", "yuan", 0},          {"renminbi", "CNY", "yuan", 0},
    {"rmb", "CNY", "yuan", 0},           {"kuai", "CNY", "yuan", 0},
    {"rouble", "RUB", "rouble", 0},      {"roubles", "RUB", "rouble", 0},
    {"ruble", "RUB", "rouble", 0},       {"rubles", "RUB", "rouble", 0},
    {"kopeck", "RUB", "kopeck", 1},      {"kopecks", "RUB", "kopeck", 1},
    {"rupee", "INR", "rupee", 0},        {"rupees", "INR", "rupee", 0},
    {"hryvnia", "UAH", "hryvnia", 0},    {"hryvnias", "UAH", "hryvnia", 0},
    {"hryvnas", "UAH", "hryvnia", 0},    {"zloty", "PLN", "zloty", 0},
    {"zlotys", "PLN", "zloty", 0},       {"forint", "HUF", "forint", 0},
    {"forints", "HUF", "forint", 0},     {"won", "KRW", "won", 0},
    {"rand", "ZAR", "rand", 0},          {"naira", "NGN", "naira", 0},
    {"shekel", "ILS", "shekel", 0},      {"shekels", "ILS", "shekel", 0},
    {"lira", "TRY", "lira", 0},          {"liras", "TRY", "lira", 0},
    {"lire", "", "lira", 0},             {"riyal", "SAR", "riyal", 0},
    {"riyals", "SAR", "riyal", 0},       {"dirham", "AED", "dirham", 0},
    {"dirhams", "AED", "dirham", 0},     {"baht", "THB", "baht", 0},
    {"ringgit", "MYR", "ringgit", 0},    {"rupiah", "IDR", "rupiah", 0},
    {"real", "BRL", "real", 0},          {"reais", "BRL", "real", 0},
    {"franc", "", "franc", 0},           {"francs", "", "franc", 0},
    {"peso", "", "peso", 0},             {"pesos", "", "peso", 0},
    {"krona", "SEK", "krona", 0},        {"kronor", "SEK", "krona", 0},
    {"krone", "", "krone", 0},           {"kroner", "", "krone", 0},
    {"mark", "", "mark", 0},             {"marks", "", "mark", 0},
    {"deutsche", "DEM", "mark", 0},      {"markka", "FIM", "markka", 0},
    {"markkaa", "FIM", "markka", 0},     {"guilder", "NLG", "guilder", 0},
    {"guilders", "NLG", "guilder", 0},   {"peseta", "ESP", "peseta", 0},
    {"pesetas", "ESP", "peseta", 0},     {"escudo", "PTE", "escudo", 0},
    {"escudos", "PTE", "escudo", 0},     {"drachmas", "GRD", "drachma", 0},
    {"lari", "GEL", "lari", 0},          {"tenge", "KZT", "tenge", 0},
    {"bitcoin", "", "bitcoin", 0},       {"bitcoins", "", "bitcoin", 0},
    {"btc", "", "bitcoin", 0},           {"satoshi", "", "satoshi", 0},
    {"satoshis", "", "satoshi", 0},      {"usd", "USD", "dollar", 0},
    {"eur", "EUR", "euro", 0},           {"gbp", "GBP", "pound", 0},
    {"jpy", "JPY", "yen", 0},            {"cny", "CNY", "yuan", 0},
    {"inr", "INR", "rupee", 0},          {"rub", "RUB", "rouble", 0},
    {"\xe5\x85\x83", "CNY", "yuan", 0},  // 元 written after the number
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
    {"AED", "AED"}, {"ARS", "ARS"}, {"AUD", "AUD"}, {"BRL", "BRL"}, {"CAD", "CAD"}, {"CHF", "CHF"},
    {"CNY", "CNY"}, {"CZK", "CZK"}, {"DKK", "DKK"}, {"EGP", "EGP"}, {"EUR", "EUR"}, {"GBP", "GBP"},
    {"HKD", "HKD"}, {"HUF", "HUF"}, {"IDR", "IDR"}, {"ILS", "ILS"}, {"INR", "INR"}, {"JPY", "JPY"},
    {"KRW", "KRW"}, {"KZT", "KZT"}, {"MXN", "MXN"}, {"MYR", "MYR"}, {"NGN", "NGN"}, {"NOK", "NOK"},
    {"NZD", "NZD"}, {"PHP", "PHP"}, {"PKR", "PKR"}, {"PLN", "PLN"}, {"RMB", "CNY"}, {"RUB", "RUB"},
    {"SAR", "SAR"}, {"SEK", "SEK"}, {"SGD", "SGD"}, {"THB", "THB"}, {"TRY", "TRY"}, {"TWD", "TWD"},
    {"UAH", "UAH"}, {"USD", "USD"}, {"VND", "VND"}, {"ZAR", "ZAR"},
    // lower case only for codes that are not also English words
    {"aud", "AUD"}, {"cad", "CAD"}, {"chf", "CHF"}, {"cny", "CNY"}, {"eur", "EUR"}, {"gbp", "GBP"},
    {"hkd", "HKD"}, {"inr", "INR"}, {"jpy", "JPY"}, {"mxn", "MXN"}, {"nzd", "NZD"}, {"rmb", "CNY"},
    {"rub", "RUB"}, {"sek", "SEK"}, {"usd", "USD"}};

constexpr Code kDollarPrefixes[] = {
    {"us", "USD"},  {"u.s.", "USD"}, {"u.s", "USD"},  {"usd", "USD"}, {"c", "CAD"},   {"ca", "CAD"},
    {"cad", "CAD"}, {"a", "AUD"},    {"au", "AUD"},   {"aud", "AUD"}, {"hk", "HKD"},  {"hkd", "HKD"},
    {"nz", "NZD"},  {"nzd", "NZD"},  {"s", "SGD"},    {"sg", "SGD"},  {"mex", "MXN"}, {"mx", "MXN"},
    {"mxn", "MXN"}, {"r", "BRL"},    {"nt", "TWD"},   {"z", "ZWL"}};

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
  if (s.size() > sizeof buf_) return;
  for (char c : s) {
    // Non-ASCII bytes are kept as they are (units such as "μg" are spelled in UTF-8).
    buf_[n_++] = (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c;
  }
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
          {"tb", "TB"}, {"c", "C"}, {"f", "F"}, {"l", "L"}, {"sv", "Sv"}};
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
  for (const auto& v : kCardinals) out.emplace_back(v.surface);
  for (const auto& v : kScales) out.emplace_back(v.surface);
  for (const auto& v : kScalePlurals) out.emplace_back(v.surface);
  for (const auto& v : kOrdinals) out.emplace_back(v.surface);
  for (const auto& v : kFractions) out.emplace_back(v.surface);
  for (const auto& v : kMonths) out.emplace_back(v.surface);
  for (const auto& v : kDollarPrefixes) out.emplace_back(v.surface);
  for (const auto& v : kIsoCodes)
    if (v.surface[0] >= 'a' && v.surface[0] <= 'z') out.emplace_back(v.surface);
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
