// Speaker names: which person a mention names. A table of texts, each with the resolved name of every
// quote in order: pronouns skip people marked as the other gender (a title or a common given name), a
// name ends at the first lower-case word after it, and people of unknown gender fit either pronoun.
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "factlight/analyze.hpp"

namespace {

std::vector<std::string> names_of(const std::string& text) {
  const auto r = factlight::analyze(text);
  REQUIRE(r.ok());
  std::vector<std::string> names;
  for (const auto& q : r.analysis->quotes) names.push_back(q.speaker_name);
  return names;
}

struct Case {
  const char* text;
  std::vector<std::string> names;
};

}  // namespace

TEST_CASE("speaker names: gender of pronouns, where a name ends", "[quotes][speakers]") {
  const std::vector<Case> cases = {
      // "She" passes over the man quoted last in the paragraph for the woman named since.
      {"\xE2\x80\x9CWe will win this fight,\xE2\x80\x9D said Donald Trump. Later, Nancy Pelosi spoke to the "
       "press. She told reporters that the plan would fail.",
       {"Donald Trump", "Nancy Pelosi"}},
      // "He" passes over a woman marked by her title.
      {"\xE2\x80\x9CThe budget is sound,\xE2\x80\x9D Ms. Reed said. Robert Hale answered at once. He said the "
       "figures were wrong.",
       {"Reed", "Robert Hale"}},
      // A title alone ("Mr. Okafor") marks the man for the rest of the article.
      {"\xE2\x80\x9CNo comment,\xE2\x80\x9D said Mr. Okafor. Maria Lopez, the mayor, looked on. She said the "
       "vote would go ahead.",
       {"Okafor", "Maria Lopez"}},
      // Unknown gender fits either pronoun: the person quoted last keeps it.
      {"\xE2\x80\x9CYes,\xE2\x80\x9D said Alex Reed. She added that the vote was close.", {"Alex Reed", "Alex Reed"}},
      {"\xE2\x80\x9CYes,\xE2\x80\x9D said Anna Kowalski. She added that the vote was close.",
       {"Anna Kowalski", "Anna Kowalski"}},
      // A name ends at the first lower-case word: not "Monday", not "St. Petersburg".
      {"\xE2\x80\x9CThe talks are over,\xE2\x80\x9D said Donald Trump on Monday.", {"Donald Trump"}},
      {"\xE2\x80\x9CWe left in March,\xE2\x80\x9D said Pavel Snop of St. Petersburg.", {"Pavel Snop"}},
      // Initials name no one a pronoun could stand for: "She" is not "U.S".
      {"\xE2\x80\x9CWe stay,\xE2\x80\x9D said Robert Hale. The U.S. trade office was closed. She said the vote was "
       "fair.",
       {"Robert Hale", ""}},
      // Titles before the name still go: "U.S. President Donald Trump" names Donald Trump.
      {"\xE2\x80\x9CIt was a good call,\xE2\x80\x9D said U.S. President Donald Trump.", {"Donald Trump"}},
      // After a title and "of (the)", the office opens the capitalized run: the person is its last two
      // words, with an initial between them.
      {"Secretary of the Treasury Ana Ortiz said the fund was safe.", {"Ana Ortiz"}},
      {"Director of National Intelligence Lena J. Okafor said the threat was real.", {"Lena J. Okafor"}},
      {"Tom Cole of Oklahoma said the bill was dead.", {"Tom Cole"}},
      // A possessive is no part of the name: "Robert Hale's statement that …" names Robert Hale.
      {"The union checked Robert Hale\xE2\x80\x99s statement that the mill would close.", {"Robert Hale"}},
      {"Lena Ortiz\xE2\x80\x99s aides arrived. She said the plan would pass.", {"Lena Ortiz"}},
  };
  for (const Case& c : cases) {
    INFO(c.text);
    CHECK(names_of(c.text) == c.names);
  }
}

TEST_CASE("speakers list: no one is made of a date, a place or a headline", "[quotes][speakers]") {
  struct KindCase {
    const char* text;
    std::vector<std::string> speakers;  // names in the speakers list
  };
  const std::vector<KindCase> cases = {
      // A headline in title case with a colon is no speaker's line.
      {"Trouble Over Water: Valley Farmers Were Told to Wait.\n\nThe farmers met on Monday.", {}},
      // A date or a place said nothing; "the island" is no person, "the mayor" is.
      {"In March, the island voted. \xE2\x80\x9CWe are tired,\xE2\x80\x9D said March.", {}},
      {"The island said it would vote again. The mayor said the vote was fair.", {"The mayor"}},
      // A description before the name: the name is the speaker, and the description finds her again.
      {"The mayor, Lena Ortiz, said the vote was fair. The mayor later said it was close.", {"Lena Ortiz"}},
      {"\xE2\x80\x9CWe stay,\xE2\x80\x9D said Theresa May.", {"Theresa May"}},
      // A modal before a surname is a given name ("said Will Doyle"); a modal in a title-case headline
      // ("Ortiz Will Win") or before a verb stays a modal.
      {"\xE2\x80\x9CWe stay,\xE2\x80\x9D said Will Doyle, a professor.", {"Will Doyle"}},
      {"\xE2\x80\x9CWe stay,\xE2\x80\x9D said May Ortiz.", {"May Ortiz"}},
      {"\xE2\x80\x9CWe stay,\xE2\x80\x9D said Will.", {}},
      {"As Its Rivals Pair Up, Will Twitter Be Next?\n\nTwitter said it would wait.", {"Twitter"}},
  };
  for (const KindCase& c : cases) {
    INFO(c.text);
    const auto r = factlight::analyze(c.text);
    REQUIRE(r.ok());
    std::vector<std::string> names;
    for (const auto& s : r.analysis->speakers) names.push_back(s.name);
    CHECK(names == c.speakers);
  }
}

TEST_CASE("speaker kinds: organisations and groups", "[quotes][speakers]") {
  struct KindCase {
    const char* text;
    std::vector<std::pair<std::string, factlight::SpeakerKind>> speakers;  // name and kind, in order
  };
  using K = factlight::SpeakerKind;
  const std::vector<KindCase> cases = {
      // A person's title after an organisation's word: a person.
      {"Republican National Committee chairman Reince Priebus said the vote was fair.", {{"Reince Priebus", K::person}}},
      {"The Justice Department said the vote was fair.", {{"Justice Department", K::organization}}},
      // Plural heads: people are a group, things are no one.
      {"Tax advocates said the vote was fair. All signs suggest that it was.", {{"Tax advocates", K::group}}},
      {"After the war, many exiles doubt that they can return home.", {{"many exiles", K::group}}},
      {"After the war, the documents show that they can return home.", {}},
      // A person "of the" an organisation is the person: the name before "of the" is the head.
      {"\xE2\x80\x9CWe are ready,\xE2\x80\x9D said Jane Marsh of the Dover Retail Federation. Ms. Marsh of the "
       "Dover Retail Federation added that prices would rise.",
       {{"Jane Marsh", K::person}}},
      {"The Bank of the Valley said the vote was fair.", {{"Bank of the Valley", K::organization}}},
      // A person's noun before a preposition is the head: a person, not the board, nor Dover.
      {"\xE2\x80\x9CThe count was fair,\xE2\x80\x9D a spokesman for the county board said.",
       {{"a spokesman for the county board", K::person}}},
      {"\xE2\x80\x9CIt was fair,\xE2\x80\x9D an aide to the governor of Dover told reporters.",
       {{"an aide to the governor of Dover", K::person}}},
      // A description, then a titled name in apposition: the name.
      {"The minister of the economy, Ms. Lena Ortiz, said the tolls were fair.", {{"Lena Ortiz", K::person}}},
      {"Dover's mayor, Lena Ortiz, a Democrat, said the tolls were fair.", {{"Lena Ortiz", K::person}}},
  };
  for (const KindCase& c : cases) {
    INFO(c.text);
    const auto r = factlight::analyze(c.text);
    REQUIRE(r.ok());
    std::vector<std::pair<std::string, factlight::SpeakerKind>> got;
    for (const auto& s : r.analysis->speakers) got.emplace_back(s.name, s.kind);
    CHECK(got == c.speakers);
  }
}

TEST_CASE("speaker descriptions: an age in the apposition is no description", "[quotes][speakers]") {
  struct DescCase {
    const char* text;
    std::vector<std::string> descriptions;  // of the first speaker
  };
  const std::vector<DescCase> cases = {
      {"\xE2\x80\x9CWe stay,\xE2\x80\x9D Lena Ortiz, 44, said.", {}},
      {"Lena Ortiz, 44, a farmer from Dover, said the tolls were fair.", {"a farmer from Dover"}},
      {"Lena Ortiz, a farmer from Dover, said the tolls were fair.", {"a farmer from Dover"}},
  };
  for (const DescCase& c : cases) {
    INFO(c.text);
    const auto r = factlight::analyze(c.text);
    REQUIRE(r.ok());
    REQUIRE(r.analysis->speakers.size() == 1);
    CHECK(r.analysis->speakers[0].name == "Lena Ortiz");
    CHECK(r.analysis->speakers[0].descriptions == c.descriptions);
  }
}

TEST_CASE("speaker names: a relative pronoun names the person before its comma", "[quotes][speakers]") {
  const std::vector<Case> cases = {
      {"\"We stay,\" said Ann Ortiz. Dana Lee, who argued with the mayor, left. \"It is done.\"",
       {"Ann Ortiz", "Dana Lee", "Dana Lee"}},
      {"\"We stay,\" said Ann Ortiz. Dana Lee, who said the mayor was fair, left.", {"Ann Ortiz", "Dana Lee"}},
  };
  for (const Case& c : cases) {
    INFO(c.text);
    CHECK(names_of(c.text) == c.names);
  }
}

TEST_CASE("speaker names: a definite description goes back to the person it described", "[quotes][speakers]") {
  const std::vector<Case> cases = {
      // A title before the name describes the person; an abbreviated one as its word.
      {"Senator Jane Roe criticised the plan on Monday. The senator said it was flawed.", {"Jane Roe", "Jane Roe"}},
      {"Gov. Tim Walz spoke first. The governor said the state would appeal.", {"Tim Walz"}},
      {"Dr. Aisha Banerjee was there too. The doctor said the staff were tired.", {"Aisha Banerjee"}},
      // A description opening the sentence with the name in apposition.
      {"The health minister, Paul Whitcombe, spoke. The minister said funding had risen.", {"Paul Whitcombe"}},
      // The nearest before the mention, not a later one.
      {"Senator Jane Roe spoke. The senator said it was flawed. Senator Ann Hale spoke later.", {"Jane Roe"}},
      {"Senator Jane Roe spoke. Senator Ann Hale spoke next. The senator said it was flawed.", {"Ann Hale"}},
      // The words that set the office apart must be in the description too.
      {"Senator Jane Roe of Ohio spoke. The Vermont senator said it was flawed.", {"The Vermont senator"}},
      {"Jane Roe, the Vermont senator, spoke. The Vermont senator said it was flawed.", {"Jane Roe"}},
      {"Vice President Ann Hale spoke. The president said it was flawed.", {"The president"}},
      {"Vice President Ann Hale spoke. The vice president said it was flawed.", {"Ann Hale"}},
      // A title before a possessive describes no one ("President Ann Hale's plan").
      {"President Ann Hale's plan failed. The president said it was flawed.", {"The president"}},
      // An apposition with a verb of saying in it is a clause: "Significantly, the judge said …".
      {"Significantly, the judge said he would rule soon. Later the judge said it was over.", {"the judge", "the judge"}},
      // An indefinite mention is someone new; nobody described so is no one.
      {"Senator Jane Roe spoke. A senator said it was flawed.", {"A senator"}},
      {"Jane Roe spoke. The senator said it was flawed.", {"The senator"}},
  };
  for (const Case& c : cases) {
    INFO(c.text);
    CHECK(names_of(c.text) == c.names);
  }
}
