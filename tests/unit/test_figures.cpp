// Figures: a table of cases per family, the not-figures list and pathological inputs.
#include <catch2/catch.hpp>
#include <cmath>
#include <optional>
#include <string>
#include <vector>

#include "factlight/extractors.hpp"
#include "factlight/model.hpp"

using factlight::Document;
using factlight::Figure;
using factlight::FigureKind;

namespace {

std::vector<Figure> figures_of(const std::string& text) {
  Document doc(text);
  std::vector<Figure> out;
  factlight::extract_figures(doc, out);
  return out;
}

std::string span_text(const std::string& text, factlight::ByteSpan s) {
  return text.substr(s.begin, s.end - s.begin);
}

constexpr double kNone = -12345.678;  // "no value expected" in the tables below

struct Case {
  const char* text;    // the input
  const char* figure;  // the figure's text
  FigureKind kind;
  double value;  // kNone: no value
  double low;    // kNone: no low/high
  double high;
  const char* unit;      // "" for none
  const char* currency;  // "" for none
  factlight::Approx approx;
  const char* subject;  // "" for none
  bool relative;
};

bool same(const std::optional<double>& got, double want) {
  if (want == kNone) return !got.has_value();
  return got.has_value() && std::fabs(*got - want) <= 1e-9 * std::max(1.0, std::fabs(want));
}

void check_case(const Case& c) {
  const std::string text = c.text;
  INFO("input: " << text);
  const auto figs = figures_of(text);
  const Figure* f = nullptr;
  for (const auto& g : figs)
    if (span_text(text, g.span) == c.figure) f = &g;
  std::string found;
  for (const auto& g : figs) found += "[" + span_text(text, g.span) + "] ";
  INFO("figures found: " << found);
  CHECK(f != nullptr);
  if (!f) return;
  CHECK(static_cast<int>(f->kind) == static_cast<int>(c.kind));
  CHECK(same(f->value, c.value));
  CHECK(same(f->low, c.low));
  CHECK(same(f->high, c.high));
  CHECK(f->unit == c.unit);
  CHECK(f->currency == c.currency);
  CHECK(static_cast<int>(f->approx) == static_cast<int>(c.approx));
  const std::string subject = f->subject ? span_text(text, *f->subject) : "";
  CHECK(subject == c.subject);
  CHECK(f->relative == c.relative);
}

constexpr auto K = kNone;
using FK = FigureKind;
using A = factlight::Approx;

}  // namespace

TEST_CASE("numbers in digits and words", "[figures]") {
  const Case cases[] = {
      {"Officials counted 800,000 ballots.", "800,000", FK::count, 800000, K, K, "", "", A::exact, "ballots", false},
      {"The rate is 3.5 on average.", "3.5", FK::count, 3.5, K, K, "", "", A::exact, "", false},
      {"It cost them 3,200.75 in total.", "3,200.75", FK::count, 3200.75, K, K, "", "", A::exact, "", false},
      {"There were twenty-one candidates.", "twenty-one", FK::count, 21, K, K, "", "", A::exact, "candidates", false},
      {"Some one hundred and five houses burned.", "Some one hundred and five", FK::count, 105, K, K, "", "", A::about, "houses", false},
      {"They sold a dozen eggs.", "a dozen", FK::count, 12, K, K, "", "", A::exact, "eggs", false},
      {"The city has half a million residents.", "half a million", FK::count, 500000, K, K, "", "", A::exact, "residents", false},
      {"We expect one and a half thousand visitors.", "one and a half thousand", FK::count, 1500, K, K, "", "", A::exact, "visitors", false},
      {"The fund holds 2.1 million shares.", "2.1 million", FK::count, 2100000, K, K, "", "", A::exact, "shares", false},
      {"Sales reached 40k units.", "40k", FK::count, 40000, K, K, "", "", A::exact, "units", false},
      {"The region has 1.5m voters.", "1.5m", FK::count, 1500000, K, K, "", "", A::exact, "voters", false},
      {"Exports were 2bn tonnes of grain.", "2bn tonnes", FK::quantity, 2e9, K, K, "t", "", A::exact, "", false},
      {"The debt is 3tn yen.", "3tn yen", FK::money, 3e12, K, K, "", "JPY", A::exact, "", false},
      {"Three people were hurt.", "Three", FK::count, 3, K, K, "", "", A::exact, "people", false},
      // After a capitalised possessive a number is a figure, not part of a name ("Boeing 737").
      {"He hired Smith's 40 aides.", "40", FK::count, 40, K, K, "", "", A::exact, "aides", false},
      {"She led Garcia\u2019s 2014 campaign.", "2014", FK::date, 2014, K, K, "yyyy", "", A::exact, "", false},
      // A number of points after a name is a figure: "Pollster 4.3 points".
      {"It has Clinton ahead, Gallup 4.3 points.", "4.3", FK::count, 4.3, K, K, "", "", A::exact, "points", false},
  };
  for (const auto& c : cases) check_case(c);
}

TEST_CASE("vague amounts are ranges", "[figures]") {
  const Case cases[] = {
      {"Hundreds of thousands of Russians have fled.", "Hundreds of thousands", FK::count, K, 200000, 999999, "", "", A::vague, "Russians", false},
      {"Tens of millions of people watched.", "Tens of millions", FK::count, K, 20000000, 99999999, "", "", A::vague, "people", false},
      {"Dozens of homes were damaged.", "Dozens", FK::count, K, 24, 143, "", "", A::vague, "homes", false},
      {"Scores of protesters gathered.", "Scores", FK::count, K, 40, 99, "", "", A::vague, "protesters", false},
      {"Several thousand workers walked out.", "Several thousand", FK::count, K, 3000, 9999, "", "", A::vague, "workers", false},
      {"Only a few hundred tickets remain.", "a few hundred", FK::count, K, 200, 599, "", "", A::vague, "tickets", false},
      {"A handful of senators objected.", "A handful", FK::count, K, 2, 5, "", "", A::vague, "senators", false},
      {"Thousands of jobs are at risk.", "Thousands", FK::count, K, 2000, 9999, "", "", A::vague, "jobs", false},
      // A vague amount of a unit is a duration or a quantity in that unit.
      {"The count took several days.", "several days", FK::duration, K, 3, 9, "day", "", A::vague, "", false},
      {"Polls close in a few hours.", "a few hours", FK::duration, K, 2, 5, "hour", "", A::vague, "", false},
      {"She moved there a few years ago.", "a few years ago", FK::duration, K, 2, 5, "year", "", A::vague, "", true},
      {"It sits hundreds of miles offshore.", "hundreds of miles", FK::quantity, K, 200, 999, "mile", "", A::vague, "", false},
      {"The mine ships millions of tons of ore.", "millions of tons", FK::quantity, K, 2000000, 9999999, "t", "", A::vague, "", false},
      {"We waited for a handful of weeks.", "a handful of weeks", FK::duration, K, 2, 5, "week", "", A::vague, "", false},
      {"It was one of hundreds of seconds-long clips.", "hundreds", FK::count, K, 200, 999, "", "", A::vague, "", false},
  };
  for (const auto& c : cases) check_case(c);
}

TEST_CASE("approximators", "[figures]") {
  const Case cases[] = {
      {"The fate of approximately 800,000 citizens.", "approximately 800,000", FK::count, 800000, K, K, "", "", A::about, "citizens", false},
      {"About 300 people came.", "About 300", FK::count, 300, K, K, "", "", A::about, "people", false},
      {"It took around 40 votes.", "around 40", FK::count, 40, K, K, "", "", A::about, "votes", false},
      {"Roughly 12 villages were cut off.", "Roughly 12", FK::count, 12, K, K, "", "", A::about, "villages", false},
      {"An estimated 5,000 fans attended.", "An estimated 5,000", FK::count, 5000, K, K, "", "", A::about, "fans", false},
      {"Nearly 90 flights were cancelled.", "Nearly 90", FK::count, 90, K, K, "", "", A::under, "flights", false},
      {"Almost 40 schools closed.", "Almost 40", FK::count, 40, K, K, "", "", A::under, "schools", false},
      {"More than 200 firms signed.", "More than 200", FK::count, 200, K, K, "", "", A::over, "firms", false},
      {"Over 1,000 cars were recalled.", "Over 1,000", FK::count, 1000, K, K, "", "", A::over, "cars", false},
      {"At least 14 people died.", "At least 14", FK::count, 14, K, K, "", "", A::at_least, "people", false},
      {"Up to 700 workers may go.", "Up to 700", FK::count, 700, K, K, "", "", A::at_most, "workers", false},
      {"Fewer than 50 seats remain.", "Fewer than 50", FK::count, 50, K, K, "", "", A::under, "seats", false},
      {"Less than 5% of them voted.", "Less than 5%", FK::percent, 5, K, K, "percent", "", A::under, "", false},
  };
  for (const auto& c : cases) check_case(c);
}

TEST_CASE("percentages, ratios and multipliers", "[figures]") {
  const Case cases[] = {
      {"Turnout was 12% this time.", "12%", FK::percent, 12, K, K, "percent", "", A::exact, "", false},
      {"Turnout was 12 per cent this time.", "12 per cent", FK::percent, 12, K, K, "percent", "", A::exact, "", false},
      {"Turnout was 12 percent this time.", "12 percent", FK::percent, 12, K, K, "percent", "", A::exact, "", false},
      // A margin either way: its size, the words in the span.
      {"The margin of error is plus or minus 3.1 percentage points.", "plus or minus 3.1 percentage points", FK::percent, 3.1, K, K, "percentage_point", "", A::exact, "", false},
      {"The margin of error is +/-4 percent.", "+/-4 percent", FK::percent, 4, K, K, "percent", "", A::exact, "", false},
      // A plus sign with no phone number after it; a figure right after an em dash.
      {"Her net rating is +3.5% now.", "3.5%", FK::percent, 3.5, K, K, "percent", "", A::exact, "", false},
      {"She beat Ruiz\u201440 percent to 30 percent.", "40 percent", FK::percent, 40, K, K, "percent", "", A::exact, "", false},
      {"Support rose 12 percentage points.", "12 percentage points", FK::percent, 12, K, K, "percentage_point", "", A::exact, "", false},
      {"Rates rose half a percentage point.", "half a percentage point", FK::percent, 0.5, K, K, "percentage_point", "", A::exact, "", false},
      {"It rose by a quarter of a percentage point.", "a quarter of a percentage point", FK::percent, 0.25, K, K, "percentage_point", "", A::exact, "", false},
      // A fraction of a bare point: rates and polls.
      {"The bank cut rates by a quarter point.", "a quarter point", FK::percent, 0.25, K, K, "percentage_point", "", A::exact, "", false},
      {"A quarter-point cut is likely.", "A quarter-point", FK::percent, 0.25, K, K, "percentage_point", "", A::exact, "", false},
      {"She trails by half a point.", "half a point", FK::percent, 0.5, K, K, "percentage_point", "", A::exact, "", false},
      // A change to a level is no range: "fell 4.5 per cent to 312".
      {"Shares fell 4.5 per cent to 312p.", "4.5 per cent", FK::percent, 4.5, K, K, "percent", "", A::exact, "", false},
      // Shares of a vote after a name, and in the unit of the next share.
      {"Clinton would beat Trump 46 to 40 percent.", "46", FK::percent, 46, K, K, "percent", "", A::exact, "", false},
      {"Clinton would beat Trump 46 to 40 percent.", "40 percent", FK::percent, 40, K, K, "percent", "", A::exact, "", false},
      {"Obama 44%, Romney 47%.", "47%", FK::percent, 47, K, K, "percent", "", A::exact, "", false},
      // Two shares joined by a dash, the larger first: both positive (the dash is no minus sign), and a
      // label word before the first ("that district") does not make it a name.
      {"Ortiz carried that district 68%-31% in May.", "68%", FK::percent, 68, K, K, "percent", "", A::exact, "", false},
      {"Ortiz carried that district 68%-31% in May.", "31%", FK::percent, 31, K, K, "percent", "", A::exact, "", false},
      {"Voters backed it by 59.5%-28%.", "28%", FK::percent, 28, K, K, "percent", "", A::exact, "", false},
      // A hyphen set apart by spaces after a word is a dash, no minus sign.
      {"Most residents - 63 percent - want the dam.", "63 percent", FK::percent, 63, K, K, "percent", "", A::exact, "", false},
      {"They said Bernie's 51% claim was true.", "51%", FK::percent, 51, K, K, "percent", "", A::exact, "", false},
      {"A third of the budget went on roads.", "A third", FK::ratio, 1.0 / 3, K, K, "", "", A::exact, "", false},
      {"Half of the voters stayed home.", "Half", FK::ratio, 0.5, K, K, "", "", A::exact, "", false},
      {"Three-quarters of the staff agreed.", "Three-quarters", FK::ratio, 0.75, K, K, "", "", A::exact, "", false},
      {"One in five adults smokes.", "One in five", FK::ratio, 0.2, K, K, "", "", A::exact, "", false},
      {"It works 3 out of 4 times.", "3 out of 4", FK::ratio, 0.75, K, K, "", "", A::exact, "", false},
      {"It is about 1/40 of the wavelength.", "about 1/40", FK::ratio, 0.025, K, K, "", "", A::about, "", false},
      {"It hits 2 in 5 or more adults.", "2 in 5 or more", FK::ratio, 0.4, K, K, "", "", A::at_least, "", false},
      {"How about 2 in 5?", "2 in 5", FK::ratio, 0.4, K, K, "", "", A::exact, "", false},
      {"They earn twice as much.", "twice", FK::ratio, 2, K, K, "times", "", A::exact, "", false},
      {"It costs twice the price.", "twice", FK::ratio, 2, K, K, "times", "", A::exact, "", false},
      {"The hall is twice larger now.", "twice", FK::ratio, 2, K, K, "times", "", A::exact, "", false},
      {"Prices doubled last year.", "doubled", FK::ratio, 2, K, K, "times", "", A::exact, "", false},
      {"Output tripled since then.", "tripled", FK::ratio, 3, K, K, "times", "", A::exact, "", false},
      {"It is 3.5 times larger.", "3.5 times", FK::ratio, 3.5, K, K, "times", "", A::exact, "", false},
      // A part of a percent is a percentage.
      {"He trailed by less than one-half of 1 percent.", "less than one-half of 1 percent", FK::percent, 0.5, K, K, "percent", "", A::under, "", false},
      {"Fees rose a tenth of a percent.", "a tenth of a percent", FK::percent, 0.1, K, K, "percent", "", A::exact, "", false},
      // Tallies: two whole numbers joined by a dash or "to", the larger first (a vote, a score, a record).
      {"The board voted 7-2 to close it.", "7-2", FK::ratio, 3.5, 2, 7, "tally", "", A::exact, "", false},
      {"It was a 5\u20134 ruling.", "5\u20134", FK::ratio, 1.25, 4, 5, "tally", "", A::exact, "", false},
      {"The hosts won 21-14 on Sunday.", "21-14", FK::ratio, 1.5, 14, 21, "tally", "", A::exact, "", false},
      {"Fans outnumbered them more than 2-1 there.", "more than 2-1", FK::ratio, 2, 1, 2, "tally", "", A::over, "", false},
      {"The bill passed the House 219-212 on Friday.", "219-212", FK::ratio, 219.0 / 212, 212, 219, "tally", "", A::exact, "", false},
      {"It passed the bill 52-48 after midnight.", "52-48", FK::ratio, 52.0 / 48, 48, 52, "tally", "", A::exact, "", false},
      // ... or by "to" (but a change "from 12 to 10" is no tally).
      {"The court voted 6 to 3 on Monday.", "6 to 3", FK::ratio, 2, 3, 6, "tally", "", A::exact, "", false},
      {"She won by a 3 to 1 margin.", "3 to 1", FK::ratio, 3, 1, 3, "tally", "", A::exact, "", false},
      {"The roster went from 12 to 10 players.", "from 12 to 10", FK::range, K, 10, 12, "", "", A::exact, "players", false},
      // ... or by a hyphenated "to"; a tie is a tally too ("a 50-50 call" is even odds: no figure).
      {"The panel ruled by a 2-to-1 vote.", "2-to-1", FK::ratio, 2, 1, 2, "tally", "", A::exact, "", false},
      {"A 4-4 ruling would let it stand.", "4-4", FK::ratio, 1, 4, 4, "tally", "", A::exact, "", false},
      {"The two sides drew 1-1 on Saturday.", "1-1", FK::ratio, 1, 1, 1, "tally", "", A::exact, "", false},
  };
  for (const auto& c : cases) check_case(c);
}

TEST_CASE("money", "[figures]") {
  const Case cases[] = {
      {"The plan adds $1.2bn for schools.", "$1.2bn", FK::money, 1.2e9, K, K, "", "USD", A::exact, "", false},
      {"Costs fell to £3.5m last year.", "£3.5m", FK::money, 3.5e6, K, K, "", "GBP", A::exact, "", false},
      {"They paid €5 million.", "€5 million", FK::money, 5e6, K, K, "", "EUR", A::exact, "", false},
      {"A fine of ¥300 was set.", "¥300", FK::money, 300, K, K, "", "JPY", A::exact, "", false},
      {"Bread costs ₽50 now.", "₽50", FK::money, 50, K, K, "", "RUB", A::exact, "", false},
      {"A ticket is ₹120.", "₹120", FK::money, 120, K, K, "", "INR", A::exact, "", false},
      {"The loan was US$ 150 million.", "US$ 150 million", FK::money, 1.5e8, K, K, "", "USD", A::exact, "", false},
      {"The charge was C$300 million.", "C$300 million", FK::money, 3e8, K, K, "", "CAD", A::exact, "", false},
      {"Revenue hit A$2 billion.", "A$2 billion", FK::money, 2e9, K, K, "", "AUD", A::exact, "", false},
      {"The deal is worth USD 34.6 million.", "USD 34.6 million", FK::money, 34.6e6, K, K, "", "USD", A::exact, "", false},
      {"The bid was EUR5m.", "EUR5m", FK::money, 5e6, K, K, "", "EUR", A::exact, "", false},
      {"He owes 40 dollars.", "40 dollars", FK::money, 40, K, K, "", "USD", A::exact, "", false},
      {"Wages rose to 90,000 roubles.", "90,000 roubles", FK::money, 90000, K, K, "", "RUB", A::exact, "", false},
      {"Wages rose to 90,000 rubles.", "90,000 rubles", FK::money, 90000, K, K, "", "RUB", A::exact, "", false},
      {"The budget is 3 billion euros.", "3 billion euros", FK::money, 3e9, K, K, "", "EUR", A::exact, "", false},
      {"Profit was 361 million pounds.", "361 million pounds", FK::money, 3.61e8, K, K, "", "GBP", A::exact, "", false},
      {"Exports reached 100 billion yuan.", "100 billion yuan", FK::money, 1e11, K, K, "", "CNY", A::exact, "", false},
      {"Shares rose 50 cents.", "50 cents", FK::money, 0.5, K, K, "", "USD", A::exact, "", false},
      // Pence glued to the number.
      {"Shares closed at 312p.", "312p", FK::money, 3.12, K, K, "", "GBP", A::exact, "", false},
      {"Fuel rose by 4.5p.", "4.5p", FK::money, 0.045, K, K, "", "GBP", A::exact, "", false},
      {"The project costs Rs 500 crore.", "Rs 500 crore", FK::money, 5e9, K, K, "", "INR", A::exact, "", false},
      // A sign between two numbers opens the second amount.
      {"Give me 1 $ 10 dollars bill.", "$ 10 dollars", FK::money, 10, K, K, "", "USD", A::exact, "", false},
      {"It is 10 $ and 30 $.", "10 $", FK::money, 10, K, K, "", "USD", A::exact, "", false},
      {"Lend me 100,000 \xe0\xae\xb0\xe0\xaf\x82 today.", "100,000 \xe0\xae\xb0\xe0\xaf\x82", FK::money, 100000, K, K, "", "LKR", A::exact, "", false},
      {"The bill was about $14 million.", "about $14 million", FK::money, 14e6, K, K, "", "USD", A::about, "", false},
  };
  for (const auto& c : cases) check_case(c);
}

TEST_CASE("rates", "[figures]") {
  // Money keeps its currency and takes the unit "/X"; a quantity's unit becomes "unit/X".
  const Case cases[] = {
      {"I would do it for $15.4/hour.", "$15.4/hour", FK::money, 15.4, K, K, "/hour", "USD", A::exact, "", false},
      {"The minimum wage is $15 an hour.", "$15 an hour", FK::money, 15, K, K, "/hour", "USD", A::exact, "", false},
      {"She earns $61,400 a year.", "$61,400 a year", FK::money, 61400, K, K, "/year", "USD", A::exact, "", false},
      {"Gallium costs $350 per kg now.", "$350 per kg", FK::money, 350, K, K, "/kg", "USD", A::exact, "", false},
      {"The shares sold at $2 per share.", "$2 per share", FK::money, 2, K, K, "/share", "USD", A::exact, "", false},
      {"Coal sold for at least $50 a ton.", "at least $50 a ton", FK::money, 50, K, K, "/t", "USD", A::at_least, "", false},
      {"They pump 2 million barrels a day.", "2 million barrels a day", FK::quantity, 2e6, K, K, "barrel/day", "", A::exact, "", false},
      {"Plants emit two billion tons per year.", "two billion tons per year", FK::quantity, 2e9, K, K, "t/year", "", A::exact, "", false},
      {"It moves 50 centimeters/millisecond.", "50 centimeters/millisecond", FK::quantity, 50, K, K, "cm/millisecond", "", A::exact, "", false},
      {"It is used four times per week.", "four times per week", FK::count, 4, K, K, "/week", "", A::exact, "", false},
      {"Workers made $35,000 to $60,000 a year.", "$35,000 to $60,000 a year", FK::range, K, 35000, 60000, "/year", "USD", A::exact, "", false},
      // "a year earlier" is a comparison in time, not a rate.
      {"Sales were $1.17 billion a year earlier.", "$1.17 billion", FK::money, 1.17e9, K, K, "", "USD", A::exact, "", false},
      {"Turnout was 12 per cent this time.", "12 per cent", FK::percent, 12, K, K, "percent", "", A::exact, "", false},
      // ... and so is "a year on", but not "a month on average".
      {"Its debt was $4 billion a year on.", "$4 billion", FK::money, 4e9, K, K, "", "USD", A::exact, "", false},
      {"Rooms cost $900 a month on average.", "$900 a month", FK::money, 900, K, K, "/month", "USD", A::exact, "", false},
  };
  for (const auto& c : cases) check_case(c);
}

TEST_CASE("ranges", "[figures]") {
  const Case cases[] = {
      {"Between 10 and 20 percent of schools.", "Between 10 and 20 percent", FK::range, K, 10, 20, "percent", "", A::exact, "", false},
      {"Prices rose 10-20% this year.", "10-20%", FK::range, K, 10, 20, "percent", "", A::exact, "", false},
      {"It will cost from 5 to 7 million.", "from 5 to 7 million", FK::range, K, 5e6, 7e6, "", "", A::exact, "", false},
      {"Expect 10 to 15 delays.", "10 to 15", FK::range, K, 10, 15, "", "", A::exact, "delays", false},
      {"It costs between $15 and $20 million.", "between $15 and $20 million", FK::range, K, 15e6, 20e6, "", "USD", A::exact, "", false},
      {"Walls eight to 10 feet tall.", "eight to 10 feet", FK::range, K, 8, 10, "ft", "", A::exact, "", false},
      {"It takes two or three days.", "two or three days", FK::range, K, 2, 3, "day", "", A::exact, "", false},
      {"An 8- to 16-meter telescope.", "8- to 16-meter", FK::range, K, 8, 16, "m", "", A::exact, "", false},
      {"Pour 3 to 4 L of wine.", "3 to 4 L", FK::range, K, 3, 4, "l", "", A::exact, "", false},
      {"He ranks between the tenth and the fifteenth.", "between the tenth and the fifteenth", FK::range, K, 10, 15, "ordinal", "", A::exact, "", false},
      {"It placed between 3rd and 5th.", "between 3rd and 5th", FK::range, K, 3, 5, "ordinal", "", A::exact, "", false},
  };
  for (const auto& c : cases) check_case(c);
}

TEST_CASE("quantities with units", "[figures]") {
  const Case cases[] = {
      {"The road is 10 km long.", "10 km", FK::quantity, 10, K, K, "km", "", A::exact, "", false},
      // Heights in feet and inches, one figure in feet.
      {"He stands 5 feet 10 inches tall.", "5 feet 10 inches", FK::quantity, 5 + 10.0 / 12, K, K, "ft", "", A::exact, "", false},
      {"The suspect is 5-foot-11 and stocky.", "5-foot-11", FK::quantity, 5 + 11.0 / 12, K, K, "ft", "", A::exact, "", false},
      {"A 6-foot-2-inch guard signed.", "6-foot-2-inch", FK::quantity, 6 + 2.0 / 12, K, K, "ft", "", A::exact, "", false},
      {"They walked 5 miles.", "5 miles", FK::quantity, 5, K, K, "mile", "", A::exact, "", false},
      {"The truck carries 3 tonnes.", "3 tonnes", FK::quantity, 3, K, K, "t", "", A::exact, "", false},
      {"It reached 40C in July.", "40C", FK::quantity, 40, K, K, "celsius", "", A::exact, "", false},
      {"It reached 47.9C (118F) on Tuesday.", "118F", FK::quantity, 118, K, K, "fahrenheit", "", A::exact, "", false},
      {"It fell to -5 °F overnight.", "-5 °F", FK::quantity, -5, K, K, "fahrenheit", "", A::exact, "", false},
      {"The plant makes 2 GW of power.", "2 GW", FK::quantity, 2, K, K, "GW", "", A::exact, "", false},
      {"Cars drove at 120 mph.", "120 mph", FK::quantity, 120, K, K, "mph", "", A::exact, "", false},
      {"The farm covers 300 hectares.", "300 hectares", FK::quantity, 300, K, K, "ha", "", A::exact, "", false},
      {"They pump 1m barrels a day.", "1m barrels a day", FK::quantity, 1e6, K, K, "barrel/day", "", A::exact, "", false},
      {"The file is 100 MB.", "100 MB", FK::quantity, 100, K, K, "MB", "", A::exact, "", false},
      {"The door is 2 1/2 in thick.", "2 1/2 in", FK::quantity, 2.5, K, K, "in", "", A::exact, "", false},
      {"My pencil is 2 in.", "2 in", FK::quantity, 2, K, K, "in", "", A::exact, "", false},
      {"An accuracy of 16.25 nanometers.", "16.25 nanometers", FK::quantity, 16.25, K, K, "nm", "", A::exact, "", false},
      {"Workers got 20 mSv of radiation.", "20 mSv", FK::quantity, 20, K, K, "mSv", "", A::exact, "", false},
      {"A dose of 14 mGy was measured.", "14 mGy", FK::quantity, 14, K, K, "mGy", "", A::exact, "", false},
      {"The Core i7 Processor 2.80 GHz chip.", "2.80 GHz", FK::quantity, 2.8, K, K, "GHz", "", A::exact, "", false},
      {"A 3-inch screen.", "3-inch", FK::quantity, 3, K, K, "in", "", A::exact, "", false},
      {"The flat is 660 square meters.", "660 square meters", FK::quantity, 660, K, K, "m2", "", A::exact, "", false},
      // The square or cubic unit hyphenated as a modifier.
      {"They built a 90,000-square-foot arena.", "90,000-square-foot", FK::quantity, 90000, K, K, "sq ft", "", A::exact, "", false},
      {"A 40-square-metre flat.", "40-square-metre", FK::quantity, 40, K, K, "m2", "", A::exact, "", false},
      {"It is a 2-cubic-yard skip.", "2-cubic-yard", FK::quantity, 2, K, K, "cubic yd", "", A::exact, "", false},
  };
  for (const auto& c : cases) check_case(c);
}

TEST_CASE("dates, durations and relative time", "[figures]") {
  const Case cases[] = {
      {"It was signed on March 3, 2022.", "March 3, 2022", FK::date, 20220303, K, K, "yyyymmdd", "", A::exact, "", false},
      {"It was signed on 3 March 2022.", "3 March 2022", FK::date, 20220303, K, K, "yyyymmdd", "", A::exact, "", false},
      {"The law dates from 2022.", "2022", FK::date, 2022, K, K, "yyyy", "", A::exact, "", false},
      {"The file is dated 2016-01-05.", "2016-01-05", FK::date, 20160105, K, K, "yyyymmdd", "", A::exact, "", false},
      {"Sales slowed in mid-2015 and fell.", "mid-2015", FK::date, 2015, K, K, "yyyy", "", A::exact, "", false},
      {"Prices rose since mid-2015.", "since mid-2015", FK::date, 2015, K, K, "yyyy", "", A::exact, "", true},
      {"After the late-2007 rally, it fell.", "late-2007", FK::date, 2007, K, K, "yyyy", "", A::exact, "", false},
      {"Prices soared in the 1990s.", "the 1990s", FK::date, K, 1990, 1999, "yyyy", "", A::exact, "", false},
      // A century is its hundred years; "21st Century Fox" is a name.
      {"The 21st century began.", "The 21st century", FK::date, K, 2000, 2099, "yyyy", "", A::exact, "", false},
      {"A 19th-century mill burned.", "19th-century", FK::date, K, 1800, 1899, "yyyy", "", A::exact, "", false},
      {"Looms of the nineteenth century hum.", "the nineteenth century", FK::date, K, 1800, 1899, "yyyy", "", A::exact, "", false},
      {"He joined 21st Century Fox.", "21st", FK::ordinal, 21, K, K, "", "", A::exact, "", false},
      {"Walls of the 5th century BC stood.", "5th", FK::ordinal, 5, K, K, "", "", A::exact, "", false},
      // A month's year after "of"; months in lower case (not "may" or "march"); dashes and slashes.
      {"He was born in April of 1987.", "April of 1987", FK::date, 198704, K, K, "yyyymm", "", A::exact, "", false},
      {"It fell on the 4th of July of 1995.", "4th of July of 1995", FK::date, 19950704, K, K, "yyyymmdd", "", A::exact, "", false},
      {"bonus paid in april 2017, as planned", "april 2017", FK::date, 201704, K, K, "yyyymm", "", A::exact, "", false},
      {"filed on 14 nov 2023 by mail", "14 nov 2023", FK::date, 20231114, K, K, "yyyymmdd", "", A::exact, "", false},
      {"The note is dated 05-Aug-2016.", "05-Aug-2016", FK::date, 20160805, K, K, "yyyymmdd", "", A::exact, "", false},
      {"Bonds due Dec-2018 were sold.", "Dec-2018", FK::date, 201812, K, K, "yyyymm", "", A::exact, "", false},
      {"Shipped 23/Sep/2020 by air.", "23/Sep/2020", FK::date, 20200923, K, K, "yyyymmdd", "", A::exact, "", false},
      // Days of one month, months of one year; halves of a year like quarters.
      {"Polls ran March 17-20, 2016.", "March 17-20, 2016", FK::date, K, 20160317, 20160320, "yyyymmdd", "", A::exact, "", false},
      {"The fair runs June 5-7 downtown.", "June 5-7", FK::date, K, 605, 607, "mmdd", "", A::exact, "", false},
      {"It grew from May to October 2020.", "from May to October 2020", FK::date, K, 202005, 202010, "yyyymm", "", A::exact, "", false},
      {"It fell between January and March 2019.", "between January and March 2019", FK::date, K, 201901, 201903, "yyyymm", "", A::exact, "", false},
      {"It snowed November-February 2017.", "November-February 2017", FK::date, K, 201611, 201702, "yyyymm", "", A::exact, "", false},
      {"Margins rose in H2 2019.", "H2 2019", FK::date, K, 201907, 201912, "yyyymm", "", A::exact, "", false},
      // A span of years after "from", with "through", "until" or "till".
      {"She led it from 2006 until 2011.", "from 2006 until 2011", FK::date, K, 2006, 2011, "yyyy", "", A::exact, "", false},
      {"It won from 1956 through 2012.", "from 1956 through 2012", FK::date, K, 1956, 2012, "yyyy", "", A::exact, "", false},
      // Hours as "h"; minutes after them, not metres; nights.
      {"He was held for 24h.", "24h", FK::duration, 24, K, K, "hour", "", A::exact, "", false},
      {"She won in 2h 41m flat.", "41m", FK::duration, 41, K, K, "minute", "", A::exact, "", false},
      {"He ran 2h 41m 30s in all.", "30s", FK::duration, 30, K, K, "second", "", A::exact, "", false},
      {"They spent three nights in jail.", "three nights", FK::duration, 3, K, K, "night", "", A::exact, "", false},
      // A quarter or a half of a year, as its months.
      {"Exports fell in the first quarter of 2016.", "the first quarter of 2016", FK::date, K, 201601, 201603, "yyyymm", "", A::exact, "", false},
      {"Rents rose in the second half of 2015.", "the second half of 2015", FK::date, K, 201507, 201512, "yyyymm", "", A::exact, "", false},
      {"Its sales grew in Q3 2019.", "Q3 2019", FK::date, K, 201907, 201909, "yyyymm", "", A::exact, "", false},
      {"The mill closed in the last quarter of 2014.", "the last quarter of 2014", FK::date, K, 201410, 201412, "yyyymm", "", A::exact, "", false},
      // Two digits for a later year: a season or a fiscal year ("2007-09" may be a month: left out).
      {"The 2015-16 season ended early.", "2015-16", FK::date, K, 2015, 2016, "yyyy", "", A::exact, "", false},
      {"The 1999-00 budget passed.", "1999-00", FK::date, K, 1999, 2000, "yyyy", "", A::exact, "", false},
      {"Output grew in 2012-19 in most regions.", "2012-19", FK::date, K, 2012, 2019, "yyyy", "", A::exact, "", false},
      {"A 30-day truce was proposed.", "30-day", FK::duration, 30, K, K, "day", "", A::exact, "", false},
      // After a name: a time in the plural, a season before a year.
      {"He left Chile 20 years ago.", "20 years ago", FK::duration, 20, K, K, "year", "", A::exact, "", true},
      {"It ran in the magazine's Winter 2019 issue.", "2019", FK::date, 2019, K, K, "yyyy", "", A::exact, "", false},
      // A whole and a half: "N and a half UNIT", "a UNIT and a half".
      {"It took two and a half years.", "two and a half years", FK::duration, 2.5, K, K, "year", "", A::exact, "", false},
      {"She spent 3 and a half months there.", "3 and a half months", FK::duration, 3.5, K, K, "month", "", A::exact, "", false},
      {"He waited almost a year and a half.", "almost a year and a half", FK::duration, 1.5, K, K, "year", "", A::under, "", false},
      {"The talks lasted an hour and a quarter.", "an hour and a quarter", FK::duration, 1.25, K, K, "hour", "", A::exact, "", false},
      // A part of one unit: "half an hour", "a half mile", "a quarter-century".
      {"The vote took half an hour.", "half an hour", FK::duration, 0.5, K, K, "hour", "", A::exact, "", false},
      {"The feud has lasted nearly half a century.", "nearly half a century", FK::duration, 0.5, K, K, "century", "", A::under, "", false},
      {"He aired a half-hour special.", "a half-hour", FK::duration, 0.5, K, K, "hour", "", A::exact, "", false},
      {"The show ended a quarter-century ago.", "a quarter-century ago", FK::duration, 0.25, K, K, "century", "", A::exact, "", true},
      {"The plant is half a mile away.", "half a mile", FK::quantity, 0.5, K, K, "mile", "", A::exact, "", false},
      {"Half a dozen aides quit.", "Half a dozen", FK::count, 6, K, K, "", "", A::exact, "aides", false},
      {"The lake is a mile and a half wide.", "a mile and a half", FK::quantity, 1.5, K, K, "mile", "", A::exact, "", false},
      {"The debt is 2 and a half times larger.", "2 and a half times", FK::ratio, 2.5, K, K, "times", "", A::exact, "", false},
      {"The talks lasted three years.", "three years", FK::duration, 3, K, K, "year", "", A::exact, "", false},
      {"It took a decade to build.", "a decade", FK::duration, 1, K, K, "decade", "", A::exact, "", false},
      // One of a shorter unit is a length of time after "for", "within" or an approximator.
      {"The mill shut for a month.", "a month", FK::duration, 1, K, K, "month", "", A::exact, "", false},
      {"Within a week, the pier reopened.", "a week", FK::duration, 1, K, K, "week", "", A::exact, "", false},
      {"The ferry ran for up to an hour.", "up to an hour", FK::duration, 1, K, K, "hour", "", A::at_most, "", false},
      {"The strike lasted nearly a year.", "nearly a year", FK::duration, 1, K, K, "year", "", A::under, "", false},
      {"The feud began more than a decade ago.", "more than a decade ago", FK::duration, 1, K, K, "decade", "", A::over, "", true},
      // ... but "more than" right after a figure compares the two.
      {"Sales rose $9 million more than a year ago.", "a year ago", FK::duration, 1, K, K, "year", "", A::exact, "", true},
      // A word between the number and a unit spelled out.
      {"Her lap took 83.5 sec.", "83.5 sec", FK::duration, 83.5, K, K, "second", "", A::exact, "", false},
      {"It snowed for 40 straight hours.", "40 straight hours", FK::duration, 40, K, K, "hour", "", A::exact, "", false},
      {"He wants four more years in office.", "four more years", FK::duration, 4, K, K, "year", "", A::exact, "", false},
      {"The crew walked 12 extra miles.", "12 extra miles", FK::quantity, 12, K, K, "mile", "", A::exact, "", false},
      {"He left three years ago.", "three years ago", FK::duration, 3, K, K, "year", "", A::exact, "", true},
      {"Sales have grown since 2014.", "since 2014", FK::date, 2014, K, K, "yyyy", "", A::exact, "", true},
      {"Sales grew last year.", "last year", FK::date, -1, K, K, "year", "", A::exact, "", true},
      {"He served from 2009 to 2017.", "from 2009 to 2017", FK::date, K, 2009, 2017, "yyyy", "", A::exact, "", false},
      {"They had 3M viewers.", "3M", FK::count, 3e6, K, K, "", "", A::exact, "viewers", false},
      {"It expires on September 30th.", "September 30th", FK::date, 930, K, K, "mmdd", "", A::exact, "", false},
      {"She is 60 years old.", "60 years old", FK::duration, 60, K, K, "year", "", A::exact, "", false},
      {"The flight was delayed by 3 1/2 hours.", "3 1/2 hours", FK::duration, 3.5, K, K, "hour", "", A::exact, "", false},
      {"He survived 5 \xc2\xbd years in prison.", "5 \xc2\xbd years", FK::duration, 5.5, K, K, "year", "", A::exact, "", false},
      {"He is over thirty years old.", "over thirty years old", FK::duration, 30, K, K, "year", "", A::over, "", false},
      // Ages and spans of ages, in years.
      {"A woman, aged 60, was hurt.", "aged 60", FK::duration, 60, K, K, "year", "", A::exact, "", false},
      {"Women aged over 65 were included.", "aged over 65", FK::duration, 65, K, K, "year", "", A::over, "", false},
      {"Voters over the age of 65 agreed.", "age of 65", FK::duration, 65, K, K, "year", "", A::exact, "", false},
      {"Most were aged 18 to 24.", "aged 18 to 24", FK::range, K, 18, 24, "year", "", A::exact, "", false},
      {"Children ages 5-11 can get it.", "ages 5-11", FK::range, K, 5, 11, "year", "", A::exact, "", false},
      {"It covered 18- to 24-year-olds.", "18- to 24-year-olds", FK::range, K, 18, 24, "year", "", A::exact, "", false},
      {"Men in their 40s were hit hardest.", "40s", FK::range, K, 40, 49, "year", "", A::exact, "", false},
      {"Men in their 40s and 50s were hit.", "50s", FK::range, K, 50, 59, "year", "", A::exact, "", false},
      // A part of a decade narrows it: early or low, mid, late or high; an age after a possessive.
      {"Once in my early 20s, I moved.", "early 20s", FK::range, K, 20, 23, "year", "", A::about, "", false},
      {"Her rating fell to the low 40s.", "the low 40s", FK::range, K, 40, 43, "", "", A::about, "", false},
      {"It sank to the mid-20s in May.", "the mid-20s", FK::range, K, 23, 26, "", "", A::about, "", false},
      {"Prices rose in the late 1980s.", "the late 1980s", FK::date, K, 1986, 1989, "yyyy", "", A::about, "", false},
      {"It was big in the '70s.", "the '70s", FK::date, K, 1970, 1979, "yyyy", "", A::exact, "", false},
      {"\"We won't stop,\" Quina Jones, 25, said.", "25", FK::duration, 25, K, K, "year", "", A::exact, "", false},
      {"Donna Rawlings, 59, of Ashton, watched.", "59", FK::duration, 59, K, K, "year", "", A::exact, "", false},
      {"Ohio, 18, and Florida, 29, voted.", "18", FK::count, 18, K, K, "", "", A::exact, "", false},
      {"“I stayed,” said Margaret Ellis, 81.", "81", FK::duration, 81, K, K, "year", "", A::exact, "", false},
      {"The vote went to Ohio, 18.", "18", FK::count, 18, K, K, "", "", A::exact, "", false},
      {"Talks went on over three years.", "three years", FK::duration, 3, K, K, "year", "", A::exact, "", false},
      // A year is a date wherever it stands, not a count.
      {"He said 2022 was a hard year.", "2022", FK::date, 2022, K, K, "yyyy", "", A::exact, "", false},
      {"1990 was the year of change.", "1990", FK::date, 1990, K, K, "yyyy", "", A::exact, "", false},
      {"By 2030 emissions must halve.", "2030", FK::date, 2030, K, K, "yyyy", "", A::exact, "", false},
      {"A study in 2015 finds that states differ.", "2015", FK::date, 2015, K, K, "yyyy", "", A::exact, "", false},
      {"In 2022 prices rose.", "2022", FK::date, 2022, K, K, "yyyy", "", A::exact, "", false},
      // ... but an amount before a counted noun stays a count.
      {"A crowd of 2000 people gathered.", "2000", FK::count, 2000, K, K, "", "", A::exact, "people", false},
      {"The end of 2015 leaves the race open.", "2015", FK::date, 2015, K, K, "yyyy", "", A::exact, "", false},
      {"By the spring of 2016 floods came.", "2016", FK::date, 2016, K, K, "yyyy", "", A::exact, "", false},
      {"Out of 2000 leaves, half fell.", "2000", FK::count, 2000, K, K, "", "", A::exact, "leaves", false},
      {"He spoke at the 2004 and 2008 conventions.", "2008", FK::date, 2008, K, K, "yyyy", "", A::exact, "", false},
      {"Smith Wins Three of Four States", "Three", FK::count, 3, K, K, "", "", A::exact, "", false},
      // A number word that ends a name is no part of a ratio: "Uranium One in three deals".
      {"Russia took control of Uranium One in three deals.", "three", FK::count, 3, K, K, "", "", A::exact, "deals", false},
      // After a determiner a modern year names the events; a count that size would read "2,012".
      {"A film about the 2012 attacks opened.", "2012", FK::date, 2012, K, K, "yyyy", "", A::exact, "", false},
      {"They filed their 2018 tax returns late.", "2018", FK::date, 2018, K, K, "yyyy", "", A::exact, "", false},
      {"Police logged 2012 attacks last year.", "2012", FK::count, 2012, K, K, "", "", A::exact, "attacks", false},
      // A bound on people is an age; on things, a count.
      {"Voters under 30 backed her.", "under 30", FK::duration, 30, K, K, "year", "", A::under, "", false},
      {"Those over 65 voted early.", "over 65", FK::duration, 65, K, K, "year", "", A::over, "", false},
      {"Donations over 200 were listed.", "over 200", FK::count, 200, K, K, "", "", A::over, "", false},
      {"Voters over 30 parties ran.", "over 30", FK::count, 30, K, K, "", "", A::over, "parties", false},
      // A caption line of a name and an age.
      {"Sahar Okafor, 52\nShe spoke.", "52", FK::duration, 52, K, K, "year", "", A::exact, "", false},
      // A birthday.
      {"She turned 40 in May.", "40", FK::duration, 40, K, K, "year", "", A::exact, "", false},
      {"The mill turns 100 this week.", "100", FK::duration, 100, K, K, "year", "", A::exact, "", false},
      {"He turned 180 degrees.", "180 degrees", FK::quantity, 180, K, K, "angle_degree", "", A::exact, "", false},
  };
  for (const auto& c : cases) check_case(c);
}

TEST_CASE("ordinals and ranks", "[figures]") {
  const Case cases[] = {
      {"It was the first budget to grow.", "first", FK::ordinal, 1, K, K, "", "", A::exact, "", false},
      {"She came twenty-first of 40.", "twenty-first", FK::ordinal, 21, K, K, "", "", A::exact, "", false},
      // (A rank, not a length of time.)
      {"She ran for a second time.", "second", FK::ordinal, 2, K, K, "", "", A::exact, "", false},
      {"It is the second-largest investment.", "second-largest", FK::ordinal, 2, K, K, "", "", A::exact, "", false},
      {"The song reached No. 1 in May.", "No. 1", FK::ordinal, 1, K, K, "", "", A::exact, "", false},
      {"She finished twenty-first overall.", "twenty-first", FK::ordinal, 21, K, K, "", "", A::exact, "", false},
      {"Rubio Finishes Third In Iowa.", "Third", FK::ordinal, 3, K, K, "", "", A::exact, "", false},
      {"He was the fourth person shot.", "fourth", FK::ordinal, 4, K, K, "", "", A::exact, "", false},
      {"He made a third point.", "third", FK::ordinal, 3, K, K, "", "", A::exact, "", false},
      // Ranks from the end: the place counted from the last (the last but one is 2).
      {"It was the penultimate round.", "penultimate", FK::ordinal, 2, K, K, "from_last", "", A::exact, "", true},
      {"It was the antepenultimate round.", "antepenultimate", FK::ordinal, 3, K, K, "from_last", "", A::exact, "", true},
      {"Britain was the second-to-last country to sign.", "the second-to-last", FK::ordinal, 2, K, K, "from_last", "", A::exact, "", true},
      {"They finished third from last.", "third from last", FK::ordinal, 3, K, K, "from_last", "", A::exact, "", true},
      {"He came next to last.", "next to last", FK::ordinal, 2, K, K, "from_last", "", A::exact, "", true},
      {"It is the last but one stop.", "the last but one", FK::ordinal, 2, K, K, "from_last", "", A::exact, "", true},
      {"I meant the one before the last.", "the one before the last", FK::ordinal, 2, K, K, "from_last", "", A::exact, "", true},
  };
  for (const auto& c : cases) check_case(c);
}

TEST_CASE("not figures", "[figures]") {
  const char* const texts[] = {
      "The Boeing 737 fleet was grounded.",
      "The Standard & Poor's 500 index fell.",
      "It was a 50-50 call.",
      "The COVID-19 fund is closed.",
      "Leaders met at the G7 summit.",
      "An F-16 crashed.",
      "Windows 11 was released.",
      "Section 230 protects platforms.",
      "They drove down Route 66.",
      "Call 555-0143 for details.",
      "Call +1-202-555-0143 for details.",
      "Call +44 20 7946 0958 for details.",
      "Call +1 (202) 555-0143 for details.",
      "The meeting starts at 10:30 tomorrow.",
      "The meeting starts at 6pm tomorrow.",
      "The one you mentioned is invalid.",
      "The story was first reported by a local paper.",
      "When she first met him, she laughed.",
      "Why run in the first place?",
      "What to watch:\n\n1) The race to lead the party.\n\n2) The art of the debate.",
      "Their best lines.\n\n7\nA singer spoke up for her town.",
      "Which one do you prefer?",
      "Wait a second, please.",
      "The club meets once a year.",
      "He bought a ticket for a day pass.",
      "Second, the plan is vague.",
      "At first nobody came.",
      "The 2007-09 downturn was long.",
      // Compounds with a rank in them name no position: "first responders", "first aid", "first ladies".
      "First responders reached the dam at dawn.",
      "Volunteers gave first aid to the crew.",
      "Former first ladies spoke at the gala.",
      "Experts note that the exodus has placed a strain on the economy.",
      "A former real estate agent from St. Petersburg spoke.",
      "The 5G network is new.",
      "Open 192.168.1.2 in a browser.",
      "They met at 10 Downing Street.",
      "He lived at 221B Baker Street.",
      "Call 020 7946 0958 today.",
      "The iPhone 15 was launched.",
      "The Fed met; the 13F filing was late.",
      // Times of day, alone and in ranges.
      "Polls are open from 9 a.m. to 5 p.m. local time.",
      "The curfew runs from 10pm to 6am.",
      "Between 2 and 4 p.m. the roads were closed.",
      "He called at 7 in the morning.",
      "Doors open at 6:30 p.m. and the show begins at 8.",
      "It happened at 7.30pm on Friday.",
      "The attack began around 3 a.m. local time.",
      "The rule took effect at 12:01 a.m. Tuesday.",
      "The plan is due by 6 o\xe2\x80\x99" "clock this afternoon.",
      "The vote closed at 10:30 am.",
      // Ranks in names and idioms.
      "He defended the Second Amendment.",
      "He invoked his Fifth Amendment rights.",
      "He trained at the 5th Street Gym.",
      "She ran as a third-party candidate.",
      "Aid to the third world fell.",
      "The former first lady spoke.",
      "Do not second-guess the FBI.",
      "\xe2\x80\x9c" "First, maybe he is not rich.",
      "It is a 50-50 call.",
      "The shop is open 24-7 now.",
      // Markup's attribute values.
      "<tweet id=\"768166957728358400\" timestamp=\"1449075600\">Hello</tweet>",
      // "twice" counting occasions, as "once" does.
      "Mr. Obama won twice.",
      "She met protesters twice Thursday.",
      "They meet twice a year.",
      "A twice-weekly paper.",
      // Names with digits.
      "He robbed a 7-Eleven store.",
      "The 3M plant closed.",
      "The A-10 jets flew low.",
      // A capitalised number word that ends a name ("in three deals" is then no ratio).
      "Russia took control of Uranium One at once.",
      "He flew back on Air Force Two that night.",
      // Rules named by numbers, and list markers.
      "Move your 401(k) savings.",
      "3. Fireworks fly at the debate.",
      // Two numbers around a slash that make no fraction.
      "The 9/11 attacks changed everything.",
      "The shop is open 24/7.",
      "The number 1/0 is not valid.",
      // "last", "next" alone are no ranks.
      "We'll try this as a last resort.",
      "He was looking for a next of kin.",
      // Video formats, not pence.
      "Stream it in 1080p or 720p.",
      // No month 13: an identifier, not an ISO date.
      "The part is 2016-13-40.",
      // "several" and "a few" with neither a scale nor a unit after them.
      "Several said a few of them left for several reasons.",
  };
  for (const char* t : texts) {
    INFO(t);
    const auto figs = figures_of(t);
    std::string found;
    for (const auto& g : figs) found += "[" + span_text(t, g.span) + "] ";
    INFO("figures found: " << found);
    CHECK(figs.empty());
  }
}

TEST_CASE("pathological inputs have a defined answer", "[figures]") {
  // A 10,000-digit number is one count with no value (beyond the range of a double).
  {
    const std::string big = "They counted " + std::string(10000, '7') + " grains.";
    const auto figs = figures_of(big);
    REQUIRE(figs.size() == 1);
    CHECK(figs[0].kind == FigureKind::count);
    CHECK_FALSE(figs[0].value.has_value());
    CHECK(figs[0].span.size() == 10000);
  }
  // "1e400" overflows: a count with no value. "1e3" is 1000.
  {
    auto figs = figures_of("It is 1e400 here.");
    REQUIRE(figs.size() == 1);
    CHECK_FALSE(figs[0].value.has_value());
    figs = figures_of("It is 1e3 here.");
    REQUIRE(figs.size() == 1);
    CHECK(*figs[0].value == 1000);
  }
  // "1,2,3,4" is a list of four numbers.
  {
    const auto figs = figures_of("Pick 1,2,3,4 now.");
    REQUIRE(figs.size() == 4);
    for (int k = 0; k < 4; ++k) CHECK(*figs[k].value == k + 1);
  }
  // "$$$" is no money.
  CHECK(figures_of("It costs $$$ to live here.").empty());
  // "1.234,56" reads in the continental style: 1234.56.
  {
    const auto figs = figures_of("The total is 1.234,56 today.");
    REQUIRE(figs.size() == 1);
    CHECK(*figs[0].value == Approx(1234.56));
  }
  // Long runs stay linear: 100,000 quote marks, digits and dashes.
  {
    std::string s;
    for (int k = 0; k < 20000; ++k) s += "1-2-";
    s += "\n";
    for (int k = 0; k < 20000; ++k) s += "one and ";
    s += std::string(100000, '"');
    const auto figs = figures_of(s);
    CHECK(figs.size() < 100000);
  }
}

TEST_CASE("the seed article's figures, and nothing else", "[figures]") {
  const std::string text =
      "In the wake of the war, hundreds of thousands of Russians have fled the country since the "
      "invasion. Putin dismissed a proposed 30-day truce. Pavel Snop, a former real estate agent "
      "who sought refuge in Turkey three years ago, spoke. The fate of approximately 800,000 "
      "citizens who have reportedly fled since the invasion.";
  const auto figs = figures_of(text);
  REQUIRE(figs.size() == 4);
  CHECK(span_text(text, figs[0].span) == "hundreds of thousands");
  CHECK(span_text(text, *figs[0].subject) == "Russians");
  CHECK(span_text(text, figs[1].span) == "30-day");
  CHECK(span_text(text, figs[2].span) == "three years ago");
  CHECK(figs[2].relative);
  CHECK(span_text(text, figs[3].span) == "approximately 800,000");
  CHECK(span_text(text, *figs[3].subject) == "citizens");
}
