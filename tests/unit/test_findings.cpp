// Findings for the editor, as tables of cases. Figures and quotes are written by hand here so that these
// tests depend only on the findings, not on what the extractors currently find.
#include <catch2/catch.hpp>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "factlight/analyze.hpp"
#include "factlight/extractors.hpp"
#include "factlight/vague_sources.hpp"

using namespace factlight;

namespace {

// Findings of one kind from the full pipeline, as the text each points at.
std::vector<std::string> found(const std::string& text, const std::string& kind) {
  const AnalyzeResult r = analyze(text);
  REQUIRE(r.ok());
  std::vector<std::string> out;
  for (const Finding& f : r.analysis->findings)
    if (f.kind == kind) out.emplace_back(r.analysis->doc.slice(f.span));
  return out;
}

ByteSpan span_of(const std::string& text, const std::string& part, std::size_t from = 0) {
  const std::size_t at = text.find(part, from);
  REQUIRE(at != std::string::npos);
  return {static_cast<uint32_t>(at), static_cast<uint32_t>(at + part.size())};
}

struct FigureSpec {
  std::string text;       // where the figure is (first occurrence after the previous figure)
  FigureKind kind;
  std::optional<double> value, low, high;
  factlight::Approx approx;
  std::string subject;    // "" for none
  std::string unit = "", currency = "";
};

std::vector<Finding> findings_with_figures(const std::string& text, const std::vector<FigureSpec>& specs) {
  Analysis a(text);
  std::size_t from = 0;
  uint32_t id = 1;
  for (const FigureSpec& s : specs) {
    Figure f;
    f.id = id++;
    f.kind = s.kind;
    f.span = span_of(text, s.text, from);
    from = f.span.end;
    f.value = s.value;
    f.low = s.low;
    f.high = s.high;
    f.approx = s.approx;
    f.unit = s.unit;
    f.currency = s.currency;
    if (!s.subject.empty()) f.subject = span_of(text, s.subject, f.span.end);
    a.figures.push_back(f);
  }
  std::vector<Finding> out;
  find_issues(a, out);
  return out;
}

std::size_t count_kind(const std::vector<Finding>& v, const std::string& kind) {
  std::size_t n = 0;
  for (const Finding& f : v) n += f.kind == kind;
  return n;
}

}  // namespace

TEST_CASE("vague sources: the phrases that hide who says it", "[findings]") {
  struct Case {
    const char* text;
    std::vector<std::string> expected;
  };
  const Case cases[] = {
      {"Experts note that the exodus has hurt the economy.", {"Experts note"}},
      {"Critics say the plan is too expensive.", {"Critics say"}},
      {"Some argue that the talks are a delay tactic.", {"Some argue"}},
      {"It is believed that the minister will resign.", {"It is believed"}},
      {"It is widely believed that the minister will resign.", {"It is widely believed"}},
      {"About 800,000 people have reportedly left.", {"reportedly"}},
      {"Sources said the deal was close.", {"Sources said"}},
      {"Many believe the war will last for years.", {"Many believe"}},
      {"Some experts say the figure is too low.", {"Some experts say"}},
      {"Critics have long argued that the tax is unfair.", {"Critics have long argued"}},
      {"The deal is close, according to sources in the ministry.", {"according to sources"}},
      {"Sources close to the president denied it.", {"Sources close"}},
      // Named or specific sources are not vague.
      {"Pavel Snop said the war will be over when Putin is over.", {}},
      {"Many Russian exiles doubt they can return home.", {}},
      {"Kremlin sources said the talks had stalled.", {}},
      // The word right before the first phrase word counts, after other words and punctuation too.
      {"On Monday, many experts said the figure was low.", {"many experts said"}},
      {"In 2019 the Kremlin sources said little.", {}},
      {"On Monday, \"sources said\" it was over.", {"sources said"}},
      {"The experts, note, were not consulted.", {}},
      {"It is unclear when the talks resume.", {}},
      {"It is widely used in schools.", {}},
      {"According to the central bank, inflation fell.", {}},
      // A report or a source whose maker is named right after it is named; "in March" names no maker.
      {"The site was hacked, according to a report from the Cyber Watch Group.", {}},
      {"The site was hacked, according to a report by Amnesty.", {}},
      {"The site was hacked, according to a report in The Daily Ledger.", {}},
      {"The site was hacked, according to a report in March.", {"according to a report"}},
      {"The site was hacked, according to a report.", {"according to a report"}},
      // A hedge that cites no one: "ostensibly" is "on the face of it".
      {"The campaign he was ostensibly running lost ground.", {}},
      // Inside a direct quotation the words are the speaker's, not the reporter's sourcing; outside one
      // in the same sentence they still count.
      {"\u201cPeople say they hate us,\u201d Ms. Ortiz said.", {}},
      {"\u201cWe stay,\u201d Ms. Ortiz said, but critics say the plan failed.", {"critics say"}},
  };
  for (const Case& c : cases) {
    INFO(c.text);
    CHECK(found(c.text, "vague_source") == c.expected);
  }
}

TEST_CASE("vague sources are found in linear time on long input", "[findings]") {
  std::string text;
  for (int i = 0; i < 20000; ++i) text += "Experts note it. ";
  const Document doc(text);
  CHECK(find_vague_sources(doc, 0, static_cast<uint32_t>(doc.tokens.size())).size() == 20000);
}

TEST_CASE("duplicates: repeated paragraphs once, their sentences not again", "[findings]") {
  struct Case {
    std::string text;
    std::size_t paragraphs, sentences;
  };
  const Case cases[] = {
      // Exact repeat of a two-sentence paragraph: one paragraph finding, no sentence findings.
      {"The council met on Monday. It approved the budget.\nOther news here today.\n"
       "The council met on Monday. It approved the budget.",
       1, 0},
      // Near duplicate: case, spacing and quote styles differ.
      {"The mayor called it \"a disaster\" for the town.\nSomething else entirely happened.\n"
       "the  mayor called it \xE2\x80\x9C" "a disaster\xE2\x80\x9D for the town.",
       1, 0},
      // A headline pasted twice, with a blank line between.
      {"Exiled Russians Skeptical of Peace Deals\n\nExiled Russians Skeptical of Peace Deals\nBody text follows here.",
       1, 0},
      // A sentence repeated inside a different paragraph.
      {"The council approved the budget on Monday. Then it adjourned.\n"
       "Residents were angry. The council approved the budget on Monday.",
       0, 1},
      // A later sentence of each paragraph (hashed in the same pass as its paragraph), differing in case,
      // spacing and quote marks.
      {"Residents were angry. Some said so. The mayor called it \"a disaster\" for the town.\n"
       "A new paragraph starts here. The  MAYOR called it \xE2\x80\x9C" "a disaster\xE2\x80\x9D for the town.",
       0, 1},
      // Short repeated sentences are normal speech, not a finding.
      {"Thank you. We begin.\nThank you. We end.", 0, 0},
      // Different paragraphs: nothing.
      {"The council met on Monday.\nThe council met on Tuesday.", 0, 0},
      // Separator lines and credits of fewer than three words, however often they come.
      {"First part of the story.\n___.\nSecond part of it.\n___.\nThird one.\n* * *\nFourth.\n* * *\n"
       "Photo: Getty.\nFifth.\nPhoto: Getty.", 0, 0},
      // ... but a line of figures is words enough.
      {"Score: 3-1.\nMore text here.\nScore: 3-1.", 1, 0},
  };
  for (const Case& c : cases) {
    INFO(c.text);
    CHECK(found(c.text, "duplicate_paragraph").size() == c.paragraphs);
    CHECK(found(c.text, "duplicate_sentence").size() == c.sentences);
  }
}

TEST_CASE("duplicate findings point at the earlier copy", "[findings]") {
  const std::string text = "First line here.\nSecond line here.\nFirst line here.";
  const AnalyzeResult r = analyze(text);
  REQUIRE(r.ok());
  const Finding* dup = nullptr;
  for (const Finding& f : r.analysis->findings)
    if (f.kind == "duplicate_paragraph") dup = &f;
  REQUIRE(dup != nullptr);
  CHECK(dup->span.begin == text.rfind("First"));
  REQUIRE(dup->related.size() == 1);
  CHECK(dup->related[0].begin == 0);
  CHECK_FALSE(dup->message.empty());
}

TEST_CASE("duplicate detection stays linear on many identical lines", "[findings]") {
  std::string text;
  for (int i = 0; i < 20000; ++i) text += "The same line again and again.\n";
  CHECK(found(text, "duplicate_paragraph").size() == 19999);
}

TEST_CASE("duplicates: the same words in another order are no repeat", "[findings]") {
  struct Case {
    std::string text;
    std::size_t paragraphs, sentences;
  };
  const Case cases[] = {
      // Same letters, same words, other order: paragraphs and sentences alike.
      {"The board fired the chief on Monday.\nThe chief fired the board on Monday.", 0, 0},
      {"Prices rose sharply in the north. Wages fell.\nWages fell. Prices rose sharply in the north.", 0, 1},
      // Letters moved between words, spaces moved: different texts.
      {"Dogs chase the red ball daily.\nDog schase the red ball daily.", 0, 0},
      // An anagram first, then the real repeat: the repeat still points at its own first copy.
      {"Alpha beta gamma delta epsilon.\nDelta gamma beta alpha epsilon.\nAlpha  beta gamma delta epsilon.", 1, 0},
  };
  for (const Case& c : cases) {
    INFO(c.text);
    CHECK(found(c.text, "duplicate_paragraph").size() == c.paragraphs);
    CHECK(found(c.text, "duplicate_sentence").size() == c.sentences);
  }
  const AnalyzeResult r = analyze(cases[3].text);
  REQUIRE(r.ok());
  for (const Finding& f : r.analysis->findings)
    if (f.kind == "duplicate_paragraph") {
      REQUIRE(f.related.size() == 1);
      CHECK(f.related[0].begin == 0);
    }
}

TEST_CASE("duplicates: each copy, exact or folded, points at the first of its own text", "[findings]") {
  // Lines 1, 3 and 5 fold alike (3 differs in case; 5 is byte for byte line 1); lines 2 and 4 are an
  // anagram of line 1 (the same order-blind sum) and equal to each other.
  const std::string lines[] = {"Alpha beta gamma delta epsilon.", "Delta gamma beta alpha epsilon.",
                               "ALPHA beta gamma delta epsilon.", "Delta gamma beta alpha epsilon.",
                               "Alpha beta gamma delta epsilon."};
  std::string text;
  std::vector<uint32_t> begin;
  for (const std::string& l : lines) {
    begin.push_back(static_cast<uint32_t>(text.size()));
    text += l + "\n";
  }
  const AnalyzeResult r = analyze(text);
  REQUIRE(r.ok());
  std::vector<std::pair<uint32_t, uint32_t>> got;  // (copy, first)
  for (const Finding& f : r.analysis->findings)
    if (f.kind == "duplicate_paragraph") {
      REQUIRE(f.related.size() == 1);
      got.emplace_back(f.span.begin, f.related[0].begin);
    }
  const std::vector<std::pair<uint32_t, uint32_t>> want = {{begin[2], begin[0]}, {begin[3], begin[1]}, {begin[4], begin[0]}};
  CHECK(got == want);
}

TEST_CASE("duplicate detection stays linear on many lines of the same words in other orders", "[findings]") {
  // Every line has the same letters (the order-blind first look-up meets every time) and every other line
  // repeats the one two before it.
  const char* const words[] = {"red", "green", "blue", "amber", "violet"};
  std::string text;
  for (int i = 0; i < 20000; ++i) {
    const int k = (i / 2) % 5;  // line i: the five words rotated by k, twice in a row (i / 2 % 5)
    for (int w = 0; w < 5; ++w) text += std::string(words[(w + k) % 5]) + (w < 4 ? " " : ".\n");
  }
  CHECK(found(text, "duplicate_paragraph").size() == 20000 - 5);
}

TEST_CASE("inconsistent figures: same subject, values that cannot both hold", "[findings]") {
  struct Case {
    const char* name;
    std::string text;
    std::vector<FigureSpec> figures;
    std::size_t expected;
  };
  const std::optional<double> none;
  const Case cases[] = {
      {"exact values that differ", "Some 800,000 fled the country. Later, 700,000 fled the country.",
       {{"800,000", FigureKind::count, 800000.0, none, none, factlight::Approx::exact, ""},
        {"700,000", FigureKind::count, 700000.0, none, none, factlight::Approx::exact, ""}},
       1},
      {"the consistent case must not fire: hundreds of thousands and about 800,000",
       "Hundreds of thousands of citizens have fled. Approximately 800,000 citizens have fled.",
       {{"Hundreds of thousands", FigureKind::count, none, 100000.0, 999999.0, factlight::Approx::vague, "citizens"},
        {"800,000", FigureKind::count, 800000.0, none, none, factlight::Approx::about, "citizens"}},
       0},
      {"about 800,000 and 790,000 agree", "About 800,000 people fled. In all 790,000 people fled.",
       {{"800,000", FigureKind::count, 800000.0, none, none, factlight::Approx::about, "people"},
        {"790,000", FigureKind::count, 790000.0, none, none, factlight::Approx::exact, "people"}},
       0},
      {"more than 700,000 and 800,000 agree", "More than 700,000 people fled. Now 800,000 people fled.",
       {{"700,000", FigureKind::count, 700000.0, none, none, factlight::Approx::over, "people"},
        {"800,000", FigureKind::count, 800000.0, none, none, factlight::Approx::exact, "people"}},
       0},
      {"fewer than 500 and 800 disagree", "Fewer than 500 people came to the rally. Some 800 people came to the rally.",
       {{"500", FigureKind::count, 500.0, none, none, factlight::Approx::under, "people"},
        {"800", FigureKind::count, 800.0, none, none, factlight::Approx::exact, "people"}},
       1},
      {"different subjects are not compared", "Some 800 soldiers died. Some 700 civilians died.",
       {{"800", FigureKind::count, 800.0, none, none, factlight::Approx::exact, "soldiers"},
        {"700", FigureKind::count, 700.0, none, none, factlight::Approx::exact, "civilians"}},
       0},
      {"plural and singular are the same subject", "Just 3 citizens voted in the poll. Then 5 citizen votes in the poll.",
       {{"3", FigureKind::count, 3.0, none, none, factlight::Approx::exact, "citizens"},
        {"5", FigureKind::count, 5.0, none, none, factlight::Approx::exact, "citizen"}},
       1},
      {"two values in one sentence compare on purpose", "It rose from 700 people to 800 people.",
       {{"700", FigureKind::count, 700.0, none, none, factlight::Approx::exact, "people"},
        {"800", FigureKind::count, 800.0, none, none, factlight::Approx::exact, "people"}},
       0},
      {"a percentage and a count are not compared", "About 40 percent of voters agreed. Some 40 voters came.",
       {{"40 percent", FigureKind::percent, 40.0, none, none, factlight::Approx::exact, "voters"},
        {"40", FigureKind::count, 40.0, none, none, factlight::Approx::exact, "voters"}},
       0},
      {"a money rate and a total are not compared", "Nurses earn $30 an hour in wages. Nurses got $40 in wages.",
       {{"$30 an hour", FigureKind::money, 30.0, none, none, factlight::Approx::exact, "wages", "/hour", "USD"},
        {"$40", FigureKind::money, 40.0, none, none, factlight::Approx::exact, "wages", "", "USD"}},
       0},
      {"two totals of one currency are", "Nurses got $30 in wages. Nurses got $40 in wages.",
       {{"$30", FigureKind::money, 30.0, none, none, factlight::Approx::exact, "wages", "", "USD"},
        {"$40", FigureKind::money, 40.0, none, none, factlight::Approx::exact, "wages", "", "USD"}},
       1},
      {"dates are not statistics", "It began in 2019 protests. It began in 2020 protests.",
       {{"2019", FigureKind::date, 2019.0, none, none, factlight::Approx::exact, "protests"},
        {"2020", FigureKind::date, 2020.0, none, none, factlight::Approx::exact, "protests"}},
       0},
      {"the same subject in other words is another fact", "Fewer than 500 people came. Officials counted 800 people there.",
       {{"500", FigureKind::count, 500.0, none, none, factlight::Approx::under, "people"},
        {"800", FigureKind::count, 800.0, none, none, factlight::Approx::exact, "people"}},
       0},
      {"poll answers: the same words after, other words around",
       "Some 63 percent said the mayor lied. Only 73 percent said the same of the rival.",
       {{"63 percent", FigureKind::percent, 63.0, none, none, factlight::Approx::exact, ""},
        {"73 percent", FigureKind::percent, 73.0, none, none, factlight::Approx::exact, ""}},
       0},
      {"names that qualify each fact apart", "Smith won 175 delegates in Florida on Tuesday. Smith won 99 delegates in Ohio on Tuesday.",
       {{"175", FigureKind::count, 175.0, none, none, factlight::Approx::exact, "delegates"},
        {"99", FigureKind::count, 99.0, none, none, factlight::Approx::exact, "delegates"}},
       0},
      {"names that open their sentences, capitalised elsewhere too, qualify apart",
       "Smith won 175 delegates on Tuesday. Jones won 99 delegates on Tuesday. Aides to Smith and Jones agreed.",
       {{"175", FigureKind::count, 175.0, none, none, factlight::Approx::exact, "delegates"},
        {"99", FigureKind::count, 99.0, none, none, factlight::Approx::exact, "delegates"}},
       0},
      {"a capitalised sentence opener alone is no name",
       "Overall, the party won 175 delegates on Tuesday. Later, the party won 99 delegates on Tuesday.",
       {{"175", FigureKind::count, 175.0, none, none, factlight::Approx::exact, "delegates"},
        {"99", FigureKind::count, 99.0, none, none, factlight::Approx::exact, "delegates"}},
       1},
      {"words after each figure that the other sentence lacks qualify apart",
       "The mayor leads by 7 points among women voters. The mayor leads by 21 points among liberal voters.",
       {{"7", FigureKind::count, 7.0, none, none, factlight::Approx::exact, "points"},
        {"21", FigureKind::count, 21.0, none, none, factlight::Approx::exact, "points"}},
       0},
      {"words after one figure only, found around the other, still restate",
       "The attack killed 50 people in the city. In the city, the attack killed 65 people, police said.",
       {{"50", FigureKind::count, 50.0, none, none, factlight::Approx::exact, "people"},
        {"65", FigureKind::count, 65.0, none, none, factlight::Approx::exact, "people"}},
       1},
      {"a name on one side only still restates", "Smith won 175 delegates in Florida on Tuesday. Smith won 99 delegates on Tuesday.",
       {{"175", FigureKind::count, 175.0, none, none, factlight::Approx::exact, "delegates"},
        {"99", FigureKind::count, 99.0, none, none, factlight::Approx::exact, "delegates"}},
       1},
      {"a part of a whole in one sentence is no restatement",
       "The council will close two libraries. It will close two of its five branch libraries soon.",
       {{"two", FigureKind::count, 2.0, none, none, factlight::Approx::exact, "libraries"},
        {"two", FigureKind::count, 2.0, none, none, factlight::Approx::exact, ""},
        {"five", FigureKind::count, 5.0, none, none, factlight::Approx::exact, "branch libraries"}},
       0},
      {"the same part of a whole restated differently",
       "The council will close two libraries. The council will close three libraries next year.",
       {{"two", FigureKind::count, 2.0, none, none, factlight::Approx::exact, "libraries"},
        {"three", FigureKind::count, 3.0, none, none, factlight::Approx::exact, "libraries"}},
       1},
      {"a third value contradicting the narrowed bounds",
       "Hundreds of thousands of citizens fled. About 800,000 citizens fled. Only 300,000 citizens fled.",
       {{"Hundreds of thousands", FigureKind::count, none, 100000.0, 999999.0, factlight::Approx::vague, "citizens"},
        {"800,000", FigureKind::count, 800000.0, none, none, factlight::Approx::about, "citizens"},
        {"300,000", FigureKind::count, 300000.0, none, none, factlight::Approx::exact, "citizens"}},
       1},
      {"figures of two times are two facts",
       "In 2010, 5 million people had no cover in the state. By 2015, 7 million people had no cover in the state.",
       {{"2010", FigureKind::date, 2010.0, none, none, factlight::Approx::exact, "", "yyyy"},
        {"5 million", FigureKind::count, 5e6, none, none, factlight::Approx::exact, "people"},
        {"2015", FigureKind::date, 2015.0, none, none, factlight::Approx::exact, "", "yyyy"},
        {"7 million", FigureKind::count, 7e6, none, none, factlight::Approx::exact, "people"}},
       0},
      {"figures of one time restate",
       "In 2010, 5 million people had no cover in the state. In 2010, 7 million people had no cover in the state.",
       {{"2010", FigureKind::date, 2010.0, none, none, factlight::Approx::exact, "", "yyyy"},
        {"5 million", FigureKind::count, 5e6, none, none, factlight::Approx::exact, "people"},
        {"2010", FigureKind::date, 2010.0, none, none, factlight::Approx::exact, "", "yyyy"},
        {"7 million", FigureKind::count, 7e6, none, none, factlight::Approx::exact, "people"}},
       1},
      {"what is said after a long subject qualifies apart",
       "Some 58 percent of rural Ohio voters said they would stay home. Some 84 percent of rural Ohio voters have a poor view of him.",
       {{"58 percent", FigureKind::percent, 58.0, none, none, factlight::Approx::exact, "rural Ohio voters", "percent"},
        {"84 percent", FigureKind::percent, 84.0, none, none, factlight::Approx::exact, "rural Ohio voters", "percent"}},
       0},
      {"two tallies of one vote are two values, not ranges that overlap",
       "The committee voted 7-2 for the budget. The committee voted 6-3 for the budget.",
       {{"7-2", FigureKind::ratio, 3.5, 2.0, 7.0, factlight::Approx::exact, "", "tally"},
        {"6-3", FigureKind::ratio, 2.0, 3.0, 6.0, factlight::Approx::exact, "", "tally"}},
       1},
  };
  for (const Case& c : cases) {
    INFO(c.name);
    const std::vector<Finding> f = findings_with_figures(c.text, c.figures);
    CHECK(count_kind(f, "inconsistent_figures") == c.expected);
    for (const Finding& x : f)
      if (x.kind == "inconsistent_figures") {
        CHECK(x.related.size() == 1);
        CHECK(x.message.find("different values") != std::string::npos);
      }
  }
}

TEST_CASE("unsourced figures: a statistic in a claim with nothing to back it", "[findings]") {
  const std::optional<double> none;
  struct Case {
    std::string text;
    std::string figure;
    std::size_t expected;
  };
  const Case cases[] = {
      {"Unemployment rose to 12 percent last year.", "12 percent", 1},
      {"Unemployment rose to 12 percent last year, the statistics office said.", "12 percent", 0},
      {"According to the census, the town has 12,000 residents.", "12,000", 0},
      {"Unemployment reportedly rose to 12 percent last year.", "12 percent", 0},
      // Attribution counts for the whole paragraph, not for the next one.
      {"The office published its report. Unemployment rose to 12 percent last year.", "12 percent", 0},
      {"The minister said so.\nUnemployment rose to 12 percent last year.", "12 percent", 1},
  };
  for (const Case& c : cases) {
    INFO(c.text);
    const auto f = findings_with_figures(c.text, {{c.figure, FigureKind::percent, 12.0, none, none, factlight::Approx::exact, ""}});
    CHECK(count_kind(f, "unsourced_figure") == c.expected);
  }
  // Counts: from ten up, with a value; small and vague counts tell a story rather than a statistic.
  struct Count {
    std::optional<double> value, low, high;
    factlight::Approx approx;
    std::size_t expected;
  };
  const Count counts[] = {
      {12.0, none, none, factlight::Approx::exact, 1},
      {10.0, none, none, factlight::Approx::about, 1},
      {9.0, none, none, factlight::Approx::exact, 0},
      {none, 100.0, 999.0, factlight::Approx::vague, 0},
  };
  for (const Count& c : counts) {
    INFO(c.value.value_or(-1));
    const auto f = findings_with_figures("Unemployment rose to 12 percent last year.",
                                         {{"12", FigureKind::count, c.value, c.low, c.high, c.approx, ""}});
    CHECK(count_kind(f, "unsourced_figure") == c.expected);
  }
  // A number the article sources where it states it again is sourced (a headline, a lede); another
  // value is not.
  for (const auto& [second, expected] : {std::pair<const char*, std::size_t>{"12 percent", 0}, {"14 percent", 1}}) {
    const std::string text = std::string("Unemployment rose to 12 percent last year.\nThe office said unemployment rose to ") +
                             second + " last year.";
    const auto f = findings_with_figures(text, {{"12 percent", FigureKind::percent, 12.0, none, none, factlight::Approx::exact, "", "percent"},
                                                {second, FigureKind::percent, second[1] == '2' ? 12.0 : 14.0, none, none,
                                                 factlight::Approx::exact, "", "percent"}});
    INFO(text);
    CHECK(count_kind(f, "unsourced_figure") == expected);
  }
  // A tally (a vote, a score) is on the record: nothing to source.
  const auto tally = findings_with_figures("The board voted 17-12 to raise taxes by 12 percent.",
                                           {{"17-12", FigureKind::ratio, 17.0 / 12, 12.0, 17.0, factlight::Approx::exact, "", "tally"}});
  CHECK(count_kind(tally, "unsourced_figure") == 0);
  const auto ratio = findings_with_figures("The board voted 17-12 to raise taxes by 12 percent.",
                                           {{"17-12", FigureKind::ratio, 17.0 / 12, 12.0, 17.0, factlight::Approx::exact, ""}});
  CHECK(count_kind(ratio, "unsourced_figure") == 1);  // the same figure as another ratio would be
  // A vague amount of a unit tells a story too ("hundreds of miles"); the same quantity with a value is a
  // statistic.
  for (const auto& [approx, expected] : {std::pair<factlight::Approx, std::size_t>{factlight::Approx::vague, 0},
                                         {factlight::Approx::exact, 1}}) {
    const bool vague = approx == factlight::Approx::vague;
    const auto f = findings_with_figures("Unemployment rose to 12 percent last year.",
                                         {{"12", FigureKind::quantity, vague ? none : std::optional<double>(300.0),
                                           vague ? std::optional<double>(200.0) : none,
                                           vague ? std::optional<double>(999.0) : none, approx, "", "mile"}});
    CHECK(count_kind(f, "unsourced_figure") == expected);
  }
}

TEST_CASE("unattributed quotes: direct quotes with nobody named", "[findings]") {
  const std::string text = "\xE2\x80\x9CWe will win,\xE2\x80\x9D the banner read. \xE2\x80\x9CWe lost,\xE2\x80\x9D Anna said.";
  Analysis a(text);
  Quote anonymous;
  anonymous.id = 1;
  anonymous.span = span_of(text, "\xE2\x80\x9CWe will win,\xE2\x80\x9D");
  anonymous.fragments = {anonymous.span};
  Quote named = anonymous;
  named.id = 2;
  named.span = span_of(text, "\xE2\x80\x9CWe lost,\xE2\x80\x9D");
  named.fragments = {named.span};
  named.speaker = span_of(text, "Anna");
  named.speaker_name = "Anna";
  Quote scare = anonymous;
  scare.id = 3;
  scare.scare = true;
  a.quotes = {anonymous, named, scare};
  std::vector<Finding> out;
  find_issues(a, out);
  REQUIRE(count_kind(out, "unattributed_quote") == 1);
  for (const Finding& f : out)
    if (f.kind == "unattributed_quote") {
      CHECK(f.span == anonymous.span);
      CHECK(f.related.size() == 1);
    }
}

TEST_CASE("every finding explains itself and points inside the text", "[findings]") {
  const std::string text =
      "Experts note that 800,000 people fled. Experts note that 800,000 people fled.\n"
      "\xE2\x80\x9CIt is over,\xE2\x80\x9D a banner read.\n"
      "Experts note that 800,000 people fled. Experts note that 800,000 people fled.\n";
  const AnalyzeResult r = analyze(text);
  REQUIRE(r.ok());
  CHECK_FALSE(r.analysis->findings.empty());
  for (const Finding& f : r.analysis->findings) {
    INFO(f.kind);
    CHECK_FALSE(f.message.empty());
    CHECK(f.span.end <= text.size());
    for (const ByteSpan& s : f.related) CHECK(s.end <= text.size());
  }
}

TEST_CASE("duplicates: only spaces, quote marks, dashes and case fold away", "[findings]") {
  using namespace std::string_literals;
  struct Case {
    std::string text;
    std::size_t paragraphs;
  };
  const Case cases[] = {
      // A control character is a character, not a space: these two lines differ.
      {"One two\0three four five six.\nOne two three four five six."s, 0},
      {"One two\x01three four five six.\nOne two three four five six."s, 0},
      // A zero-width space between words and a run of spaces fold alike.
      {"Seven \xE2\x80\x8B eight nine ten eleven.\nSeven eight nine ten eleven.\nBody follows here.", 1},
      // Dashes and apostrophes of every shape fold alike; letters outside ASCII fold to lower case.
      {"\xC3\x89t\xC3\xA9 \xE2\x80\x94 it\xE2\x80\x99s over now.\n\xC3\xA9t\xC3\xA9 - it's over now.", 1},
  };
  for (const Case& c : cases) {
    INFO(c.text);
    CHECK(found(c.text, "duplicate_paragraph").size() == c.paragraphs);
  }
}

TEST_CASE("duplicates: folding alike wherever the differences fall (eight bytes are hashed at once)", "[findings]") {
  const std::string base = "The Mayor's plan, it's said, costs 4 million dollars in all, say Council staff.";
  for (std::size_t k = 0; k < 24; ++k) {
    // A doubled space, an apostrophe of another shape and a letter in the other case, at shifting places.
    std::string variant = base;
    const std::size_t space = variant.find(' ', k);
    variant.insert(space, " ");
    const std::size_t apostrophe = variant.find('\'', k % 16);
    if (apostrophe != std::string::npos) variant.replace(apostrophe, 1, "\xE2\x80\x99");
    char& c = variant[k + 3];
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 32);
    else if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
    const std::string text = base + "\nSomething else happened in between.\n" + variant;
    INFO(variant);
    CHECK(found(text, "duplicate_paragraph").size() == 1);
    // A different letter is a different paragraph.
    std::string other = variant;
    other[k + 3] = other[k + 3] == 'q' ? 'z' : 'q';
    CHECK(found(base + "\nSomething else happened in between.\n" + other, "duplicate_paragraph").empty());
  }
}
