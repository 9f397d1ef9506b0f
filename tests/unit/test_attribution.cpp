// Source mentions: which words of the text the annotators' convention (PolNeAR) takes as the source of
// an attribution. A table of texts, each with the mention of every quote in text order ("-" for none).
// The sentences are written for these tests.
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "factlight/analyze.hpp"

namespace {

std::vector<std::string> mentions_of(const std::string& text) {
  const auto r = factlight::analyze(text);
  REQUIRE(r.ok());
  std::vector<std::string> out;
  for (const auto& q : r.analysis->quotes)
    out.push_back(q.speaker ? text.substr(q.speaker->begin, q.speaker->size()) : std::string("-"));
  return out;
}

struct Case {
  const char* text;
  std::vector<std::string> mentions;
};

void check(const std::vector<Case>& cases) {
  for (const Case& c : cases) {
    INFO(c.text);
    CHECK(mentions_of(c.text) == c.mentions);
  }
}

}  // namespace

TEST_CASE("source mentions: a subject that opens its sentence", "[quotes][attribution]") {
  check({
      // The whole subject up to the verb: phrases after the head, coordinated names.
      {"Early surveys of farmers in the valley found that most of them expect a dry summer.",
       {"Early surveys of farmers in the valley"}},
      {"Okafor and his two deputies said the bridge would reopen in May.", {"Okafor and his two deputies"}},
      {"His two deputies said the bridge would reopen in May.", {"His two deputies"}},
      {"Her aides said the bridge would reopen in May.", {"Her aides"}},
      {"The vote was close. That person said the bridge would reopen.", {"That person"}},
      {"A survey conducted by the county office showed that rents rose again.",
       {"A survey conducted by the county office"}},
      // An opening adverbial is no part of it; a name alone stays alone.
      {"In the valley, farmers said the harvest was late.", {"farmers"}},
      {"Yesterday the mayor said the bridge would reopen.", {"the mayor"}},
      {"Lena Ortiz said the bridge would reopen.", {"Lena Ortiz"}},
      // A short quoted title inside the phrase (the title itself is a quote with no speaker).
      {"The \xE2\x80\x9C" "Dover Today\xE2\x80\x9D host Lena Ortiz said the bridge would reopen.",
       {"-", "The \xE2\x80\x9C" "Dover Today\xE2\x80\x9D host Lena Ortiz"}},
      // A noun in -ly is no adverb: it ends the mention, not the cue.
      {"The Ortiz family said the farm would stay.", {"The Ortiz family"}},
      {"The farm will stay, attorneys for the family said.", {"attorneys for the family"}},
      // A share of the people a pronoun stands for; a participle or adjective that takes a phrase.
      {"Most of them said they had loved the mill.", {"Most of them"}},
      {"People briefed on the talks said the bridge would reopen.", {"People briefed on the talks"}},
      {"Two officials familiar with the plan said the bridge would reopen.",
       {"Two officials familiar with the plan"}},
      // "plans to …" reports a stance (PolNeAR marks it as an attribution).
      {"The mayor plans to close the bridge in May.", {"The mayor"}},
      {"The mayor promised to close the bridge in May.", {"The mayor"}},
      {"The mayor warned the bridge would close in May.", {"The mayor"}},
      // A relative clause with no commas belongs to the mention; not one with a clause of its own.
      {"Farmers who watched the debate said the bridge would reopen.", {"Farmers who watched the debate"}},
      {"One official who relayed the exchange said the bridge would reopen.",
       {"One official who relayed the exchange"}},
  });
}

TEST_CASE("source mentions: the subject of a clause before a participle cue", "[quotes][attribution]") {
  check({
      // A capitalized adverb in -ly opens an adverbial before the subject.
      {"Publicly, the mayor dismisses the plan as a failure.", {"the mayor"}},
      {"Hastily leaving the hall, Ortiz blamed Lutz and emphasized the threat that \xE2\x80\x9Ctolls\xE2\x80\x9D pose.",
       {"Ortiz"}},
      {"Outside the hall, farmers were chanting the names of the dead, saying the tolls killed them.",
       {"farmers"}},
      // A given name in -ly is no adverb: "Kelly", "Ashley" open the subject.
      {"Kelly Okafor walked out of the hall on Monday, saying the bridge would reopen.", {"Kelly Okafor"}},
      {"Ashley Ortiz threw her weight behind the plan, saying it would pay for itself.", {"Ashley Ortiz"}},
      {"Stanley Lutz said the bridge would reopen.", {"Stanley Lutz"}},
      // A participle after the article that opens the sentence is an adjective of the subject.
      {"The retired engineer gave no details, saying only that the bridge would reopen.", {"The retired engineer"}},
      {"A registered nurse left the hall, adding that the ward was full.", {"A registered nurse"}},
      // A conjunction or "then" with no comma opens the clause before its subject.
      {"And then Ortiz went on the attack, saying the mayor must resign.", {"Ortiz"}},
      {"Then he cut into Lutz, calling him a \xE2\x80\x9Cstiff.\xE2\x80\x9D", {"he"}},
      // Openers before the subject are skipped: a participle phrase, a time phrase, a dateline, a
      // place with its state.
      {"Speaking at a fair in Dover, the governor defended the plan, saying that it would pay for itself.",
       {"the governor", "the governor"}},
      {"Minutes later, the council issued a statement saying the vote was void.", {"the council"}},
      {"At a market in Salem, Oregon, on Friday, Lena Ortiz praised the farmers, calling them \xE2\x80\x9Cthe "
       "backbone of this town.\xE2\x80\x9D",
       {"Lena Ortiz", "Lena Ortiz"}},
      {"RALEIGH \xE2\x80\x94 The board answered the letter, stating that the fee would stay.", {"The board", "The board"}},
      // A description with a name after it keeps the name; the comma that closes the apposition is part
      // of the mention (as after a subject before its verb: "Ortiz, the chair, said").
      {"The union's president, Mary Okafor, answered at once, saying the strike would go on.",
       {"The union's president, Mary Okafor,"}},
      // A name, then a description that opens with a possessive.
      {"Mary Okafor, the union\xE2\x80\x99s president, answered at once, saying the strike would go on.",
       {"Mary Okafor, the union\xE2\x80\x99s president,"}},
      {"Mary Okafor, Dover\xE2\x80\x99s union president, answered at once, saying the strike would go on.",
       {"Mary Okafor, Dover\xE2\x80\x99s union president,"}},
      // A phrase after "of" or "and" is part of the subject when the verb of the clause follows it.
      {"The board of elections on Monday heard the case, ordering that the fee be paid.",
       {"The board of elections"}},
      {"Hundreds of angry farmers marched to the bridge, chanting that the tolls must go.",
       {"Hundreds of angry farmers"}},
      {"Lena Ortiz and her lawyers challenged the county, claiming that the tolls were unfair.",
       {"Lena Ortiz and her lawyers", "Lena Ortiz and her lawyers"}},
      // Not a phrase that ends the clause: "of" and "and" join objects there.
      {"A group of farmers met the mayor and his aides, saying the tolls were unfair.", {"A group of farmers"}},
  });
}

TEST_CASE("source mentions: names with a party and state, descriptions before a name", "[quotes][attribution]") {
  check({
      // The dot of "(D-Ore.)" ends no sentence: the cue after it is found.
      {"\xE2\x80\x9CThe bill is dead,\xE2\x80\x9D Sen. Ron Wyden (D-Ore.) said on Monday.", {"Sen. Ron Wyden (D-Ore.)"}},
      // … and a description after it, closed by a comma, before the cue.
      {"\xE2\x80\x9CThe bill is dead,\xE2\x80\x9D Rep. Ana Ortiz (D-Md.), chair of the rules panel, said on Monday.",
       {"Rep. Ana Ortiz (D-Md.), chair of the rules panel,"}},
      // A party after a name, then an apposition: the apposition is part of the mention.
      {"Gov. Dana Whitfield (R), a longtime critic of the plan, said the state would sue.",
       {"Gov. Dana Whitfield (R), a longtime critic of the plan,"}},
      // A description, then the name in apposition.
      {"The mayor's attorney, Alan Brook, said the fine would be paid.", {"The mayor's attorney, Alan Brook,"}},
      // A description that ends in a quoted title, its comma inside the closing mark (the title is a
      // quotation of its own, with no source).
      {"Lena Ortiz, host of the talk show \xE2\x80\x9CMorning Dover,\xE2\x80\x9D said in an interview that the bridge "
       "would reopen.",
       {"-", "Lena Ortiz, host of the talk show \xE2\x80\x9CMorning Dover,\xE2\x80\x9D"}},
      {"Ortiz, the owner of the Ledger and star of the show \"The Farm,\" said in an interview that the bridge would "
       "reopen.",
       {"-", "Ortiz, the owner of the Ledger and star of the show \"The Farm,\""}},
  });
}

TEST_CASE("source mentions: an aside after a name is no description", "[quotes][attribution]") {
  check({
      {"Ortiz, meanwhile, said the plan was sound.", {"Ortiz"}},
      {"Lena Ortiz, speaking at a fair in Dover, said the plan was sound.", {"Lena Ortiz"}},
      {"Lena Ortiz, in a statement on Friday, said the plan was sound.", {"Lena Ortiz"}},
      // A description or a relative clause stays.
      {"Lena Ortiz, the mayor of Dover, said the plan was sound.", {"Lena Ortiz, the mayor of Dover,"}},
      {"Lena Ortiz, who leads the council, said the plan was sound.", {"Lena Ortiz, who leads the council,"}},
      {"Lena Ortiz, 44, said the plan was sound.", {"Lena Ortiz, 44,"}},
      {"Several farmers, including Lena Ortiz, said the plan was sound.", {"Several farmers, including Lena Ortiz,"}},
      {"Lena Ortiz, whose farm is near the bridge, said the plan was sound.",
       {"Lena Ortiz, whose farm is near the bridge,"}},
      {"Lena Ortiz, now a judge in Dover, said the plan was sound.", {"Lena Ortiz, now a judge in Dover,"}},
      // A description or a name that opens the clause before the name's comma starts the mention.
      {"Dover's mayor, Lena Ortiz, a Democrat, said the plan was sound.",
       {"Dover's mayor, Lena Ortiz, a Democrat,"}},
      {"Lena Ortiz, a former mayor, whose farm is near the bridge, said the plan was sound.",
       {"Lena Ortiz, a former mayor, whose farm is near the bridge,"}},
      {"Alarmed by the floods in Dover, Lena Ortiz, the mayor, said the plan was sound.",
       {"Lena Ortiz, the mayor,"}},
  });
}

TEST_CASE("source mentions: after a quotation, a verb's base form after an article is a noun", "[quotes][attribution]") {
  check({
      {"\xE2\x80\x9CThe count was fair,\xE2\x80\x9D the press secretary said.", {"the press secretary"}},
      {"\xE2\x80\x9CThe count was fair,\xE2\x80\x9D the report said.", {"the report"}},
      // So at the end of the sentence, after an inverted cue: the email is what read.
      {"\xE2\x80\x9CThe count was fair and the vote is over,\xE2\x80\x9D read the email.", {"the email"}},
      {"\xE2\x80\x9CThe count was fair and the vote is over,\xE2\x80\x9D said the statement.", {"the statement"}},
      // Not after a quantifier: "Some seek" is a subject and its verb.
      {"Some seek a recount. Others said the count was fair.", {"Others"}},
  });
}

TEST_CASE("source mentions: an apposition after an inverted cue", "[quotes][attribution]") {
  check({
      // The mention runs over the apposition to the end of the sentence.
      {"The plan will fail, said Lena Ortiz, a professor of economics at Dover College.",
       {"Lena Ortiz, a professor of economics at Dover College"}},
      {"The plan will fail, said Lena Ortiz, who teaches economics at Dover College.",
       {"Lena Ortiz, who teaches economics at Dover College"}},
      // A relative clause of stance describes the source: it stays in the mention.
      {"\xE2\x80\x9CIt will fail,\xE2\x80\x9D said Lena Ortiz, who supports a new bridge.",
       {"Lena Ortiz, who supports a new bridge"}},
      // A clause of its own stays out of it.
      {"The plan will fail, said Lena Ortiz, echoing her earlier remarks.", {"Lena Ortiz"}},
      // A description of another time ("then", "now") is a description all the same; a verb after
      // "then" is a clause of its own.
      {"\xE2\x80\x9CIt will fail,\xE2\x80\x9D said Rev. Amos Pell, then senior pastor at a church in Dover.",
       {"Rev. Amos Pell, then senior pastor at a church in Dover"}},
      {"\xE2\x80\x9CIt will fail,\xE2\x80\x9D said Amos Pell, now a fellow at the Dover Institute.",
       {"Amos Pell, now a fellow at the Dover Institute"}},
      {"\xE2\x80\x9CIt will fail,\xE2\x80\x9D said Amos Pell, then left the room.", {"Amos Pell"}},
      // "of the" and a capitalized phrase after a name say where the person works: part of the mention.
      {"The plan will fail, said Lena Ortiz of the Dover Policy Institute.", {"Lena Ortiz of the Dover Policy Institute"}},
      // A head noun with a preposition owns the phrase after it when a verb of saying follows.
      {"\xE2\x80\x9CThe count was fair,\xE2\x80\x9D a spokesman for the county board said.",
       {"a spokesman for the county board"}},
      // Not when the phrase goes on in lower case, nor after a quantifier.
      {"\xE2\x80\x9CThe plan will fail,\xE2\x80\x9D said Lena Ortiz of the Dover farm board in May.", {"Lena Ortiz"}},
      // A lower-case head that ends the phrase and the sentence is part of it.
      {"\xE2\x80\x9CThe plan will fail,\xE2\x80\x9D said Lena Ortiz of the Dover delegation.",
       {"Lena Ortiz of the Dover delegation"}},
  });
}

TEST_CASE("source mentions: an object is no source", "[quotes][attribution]") {
  check({
      // A noun phrase after a verb or a preposition is its object: no subject of "called" (the towns
      // oppose the tax; "a tax" called nothing).
      {"Both towns oppose a tax called \xE2\x80\x9Cthe bridge levy\xE2\x80\x9D by its critics.", {"Both towns"}},
      {"The council met in May.\n\nThe council voted for a plan called \xE2\x80\x9C" "Dover First.\xE2\x80\x9D", {"-"}},
      {"The council voted for a plan called \xE2\x80\x9C" "Dover First.\xE2\x80\x9D", {"-"}},
      // Before a cue in -ing, the subject of the clause is found elsewhere.
      {"The council issued a statement saying the vote was void.", {"The council"}},
  });
}

TEST_CASE("source mentions: datelines, clauses, possessives and numbers", "[quotes][attribution]") {
  check({
      // A dateline before the subject of a participle cue.
      {"DOVER, May 2 (AP) \xE2\x80\x94 The mayor answered the council, saying the vote was void.",
       {"The mayor", "The mayor"}},
      // A participle belongs to the clause it follows.
      {"The meeting was calm until the farmers arrived, shouting \xE2\x80\x9C" "no more tolls!\xE2\x80\x9D", {"the farmers"}},
      // "doesn't" and "threw" end a noun phrase.
      {"Lena Ortiz threw her support behind the plan, saying it was overdue.", {"Lena Ortiz"}},
      // A plural possessive inside an apposition; a description with a relative clause.
      {"Tad Lowe, the Farmers' chief adviser, said the tolls would go.", {"Tad Lowe, the Farmers' chief adviser,"}},
      {"The lawmaker, who represents the valley, said the tolls would go.",
       {"The lawmaker, who represents the valley,"}},
      // A number after a determiner.
      {"\xE2\x80\x9C" "We stay,\xE2\x80\x9D said the 46-year-old.", {"the 46-year-old"}},
  });
}

TEST_CASE("source mentions: the apposition of a direct quotation's inverted cue", "[quotes][attribution]") {
  check({
      {"\xE2\x80\x9C" "We stay,\xE2\x80\x9D said Lena Ortiz, a farmer from Dover.", {"Lena Ortiz, a farmer from Dover"}},
      {"\xE2\x80\x9C" "We stay,\xE2\x80\x9D said Lena Ortiz, 44, of Dover.", {"Lena Ortiz, 44, of Dover"}},
      // A description with no name runs to the sentence end; an adjunct of the cue does not.
      {"\xE2\x80\x9C" "We stay,\xE2\x80\x9D said a person close to the mayor.", {"a person close to the mayor"}},
      {"\xE2\x80\x9C" "We stay,\xE2\x80\x9D said one farmer familiar with the talks.",
       {"one farmer familiar with the talks"}},
      {"\xE2\x80\x9C" "We stay,\xE2\x80\x9D said the mayor in a statement.", {"the mayor"}},
      // The dot of an abbreviation that ends the sentence is part of the mention; a full stop is not.
      {"\xE2\x80\x9C" "We stay,\xE2\x80\x9D said Lena Ortiz, 44, of Dover, Del.", {"Lena Ortiz, 44, of Dover, Del."}},
      {"\xE2\x80\x9C" "We stay,\xE2\x80\x9D said Lena Ortiz, a farmer from Trenton, N.J.",
       {"Lena Ortiz, a farmer from Trenton, N.J."}},
      // Closed by a comma before a clause of its own: the comma is part of it.
      {"\xE2\x80\x9C" "We stay,\xE2\x80\x9D said Lena Ortiz, a farmer from Dover, who said the tolls hurt.",
       {"Lena Ortiz, a farmer from Dover,", "who"}},
      {"\xE2\x80\x9C" "We stay,\xE2\x80\x9D said Lena Ortiz, a farmer from Dover, explaining her vote.",
       {"Lena Ortiz, a farmer from Dover,", "Lena Ortiz, a farmer from Dover,"}},
  });
}

TEST_CASE("source mentions: a pronoun with its verb, a past form", "[quotes][attribution]") {
  check({
      // "I'm" and "Let's" open clauses: no source.
      {"\xE2\x80\x9CI'm not a lawyer,\xE2\x80\x9D Ortiz told reporters. Let's say they think it is fair.", {"Ortiz", "they"}},
      // A past form ends the phrase walked back from the colon: "Ortiz sent word" is no mention; the
      // clause before the colon is the cue ("sent word:"), its subject the mention.
      {"Ortiz sent word: \xE2\x80\x9CIt will fail.\xE2\x80\x9D", {"Ortiz"}},
  });
}

TEST_CASE("source mentions: a name walked forwards ends before a verb or an adverb", "[quotes][attribution]") {
  check({
      {"Ortiz shot back in a statement, saying the tolls were fair.", {"Ortiz"}},
      {"Lena Ortiz also noted in a statement, saying the tolls were fair, that the vote was close.", {"Lena Ortiz"}},
  });
}

TEST_CASE("source mentions: an adverb of order or a date after the subject is no part of it", "[quotes][attribution]") {
  check({
      {"The Dover Ledger first reported that the bridge would close.", {"The Dover Ledger"}},
      {"After the vote, Lena Ortiz soon learned that the tolls would stay.", {"Lena Ortiz"}},
      {"The first said the bridge would close.", {"The first"}},  // "first" heads the phrase
      {"Mayor Lena Ortiz on Thursday evening praised the council, saying the tolls were fair.",
       {"Mayor Lena Ortiz", "Mayor Lena Ortiz"}},
      {"Lena Ortiz in March released a statement saying the tolls were fair.", {"Lena Ortiz"}},
      // An adjunct with no comma after it, whose noun names the occasion, before the name.
      {"In a radio interview Lena Ortiz said the tolls were fair.", {"Lena Ortiz"}},
      {"At the moment Ortiz learned the tolls would stay, she left.", {"Ortiz"}},
      // (Not a person's noun: "the candidate Lena Ortiz".)
      {"In Dover the candidate Lena Ortiz said the tolls were fair.", {"the candidate Lena Ortiz"}},
      {"The Center for Rural Progress praised the council, saying the tolls were fair.",
       {"The Center for Rural Progress", "The Center for Rural Progress"}},
  });
}

TEST_CASE("source mentions: coordinated noun phrases inside a sentence", "[quotes][attribution]") {
  check({
      {"After the vote, farmers and their lawyers said the tolls were unfair.", {"farmers and their lawyers"}},
      {"The tolls rose, and reporters and editors said the council hid the plan.", {"reporters and editors"}},
      {"She and her husband said the bridge should reopen.", {"She and her husband"}},
      {"Mr. Okafor and other farmers said the bridge should reopen.", {"Mr. Okafor and other farmers"}},
      {"Her advisers and allies said the bridge should reopen.", {"Her advisers and allies"}},
      {"The vote was close. But Ortiz and her aides said the bridge should reopen.", {"Ortiz and her aides"}},
      {"The vote was close; he and Okafor said the bridge should reopen.", {"he and Okafor"}},
      // A plural that opens its clause owns the phrase after it there too.
      {"The vote was close; aides to the mayor said the bridge should reopen.", {"aides to the mayor"}},
      // A verb before "and" is no part of it.
      {"The council met and the mayor said the tolls were fair.", {"the mayor"}},
  });
}

TEST_CASE("source mentions: a relative pronoun set off by a comma", "[quotes][attribution]") {
  check({
      // After an inverted cue, a relative clause about the source leaves the attribution before it.
      {"The tolls are too high, said Ann Ortiz, an analyst at the state bank, who notes that traffic fell.",
       {"Ann Ortiz, an analyst at the state bank,", "who"}},
      // After a comma, "who" is the source of a verb of stance as of a verb of saying.
      {"Lena Ortiz, who called the plan a disgrace, left the hall.", {"who"}},
      {"Lena Ortiz, who said the plan was a disgrace, left the hall.", {"who"}},
      // A restrictive relative clause describes the person; it reports nothing.
      {"A farmer who backed the plan left the hall.", {}},
      // A quotation with no cue after it goes to the person "who" stands for, not to "who".
      {"Lena Ortiz, who called the plan \"a disgrace,\" left early.\n\"It will not pass.\"", {"who", "Lena Ortiz"}},
      // A relative clause inside the mention of the quotation before is no attribution of its own, and
      // the quotation after it continues that speaker.
      {"\xE2\x80\x9C" "These are odd days,\xE2\x80\x9D said Ann Ortiz, a lawyer for the club, who has been fighting "
       "the mines for years. \xE2\x80\x9CI do not know what he wants.\xE2\x80\x9D",
       {"Ann Ortiz, a lawyer for the club, who has been fighting the mines for years",
        "Ann Ortiz, a lawyer for the club, who has been fighting the mines for years"}},
  });
}

TEST_CASE("source mentions: a headline in title case with a verb of saying", "[quotes][attribution]") {
  check({
      // The verb in -s of a short title-case headline is its cue; the source is the name before it.
      {"Ortiz Says Bridge Will Reopen in May\n\nThe mayor spoke on Monday.", {"Ortiz"}},
      {"Mayor Ana Ortiz Says She Will Run Again\n\nShe spoke on Monday.", {"Mayor Ana Ortiz"}},
      {"Farm Group Claims Tolls Will Rise on Valley Roads.\n\nThe group met on Monday.", {"Farm Group"}},
      // Not a verb of stance ("Blasts"), not in a sentence with lower-case words, not a past form.
      {"Farm Group Blasts New Tolls on Valley Roads.\n\nThe group met on Monday.", {}},
      {"Fans of the band Ortiz Says Hello cheered loudly at the fair.", {}},
      {"Trouble Over Water: Valley Farmers Were Told to Wait.\n\nThe farmers met on Monday.", {}},
  });
}

TEST_CASE("source mentions: a share with no group after it", "[quotes][attribution]") {
  check({
      {"Four in 10 said the bridge should reopen.", {"Four in 10"}},
      {"Nine in 10 farmers said the bridge should reopen.", {"Nine in 10 farmers"}},
      {"Still, more than four in 10 said the bridge should reopen.", {"more than four in 10"}},
      {"About one in five said the bridge should reopen.", {"About one in five"}},
      {"Still, 85% of farmers said the bridge should reopen.", {"85% of farmers"}},
      {"On this, a 45% plurality of farmers said the bridge should reopen.", {"a 45% plurality of farmers"}},
      {"In 2010 the bridge was closed.", {}},
      // A quantifier alone that opens its clause; not one that floats after the names.
      {"Some said the bridge should reopen.", {"Some"}},
      {"The farmers met, but many warned that the bridge would stay shut.", {"many"}},
      {"Ortiz, Lee and Okafor all agreed that the bridge should reopen.", {}},
      {"Sen. Ana Ortiz (D-Md.) and Sen. Tom Lee (D-Va.) all agreed that the bridge should reopen.", {}},
      {"\xE2\x80\x9CWe will stay,\xE2\x80\x9D some said.", {"some"}},
      // After a quantifier, a form in -s is a noun: "Some advocates" is the source, not a cue.
      {"Some advocates for the plan said it would pass.", {"Some advocates for the plan"}},
      {"One farmer says the bridge is safe; another says it will fall.", {"One farmer", "another"}},
  });
  const auto r = factlight::analyze("Four in 10 said the bridge should reopen.");
  REQUIRE(r.ok());
  REQUIRE(r.analysis->quotes.size() == 1);
  CHECK(r.analysis->quotes[0].speaker_kind == factlight::SpeakerKind::group);
}

TEST_CASE("source mentions: the verb of the clause before a participle cue", "[quotes][attribution]") {
  check({
      // A word in -ed with no verb after the phrase was the verb of the clause, not part of the subject.
      {"The mayor's aide rallied supporters, saying the bridge would reopen.", {"The mayor's aide"}},
      {"The county judge sided with the farmers, saying the tolls were unfair.",
       {"The county judge", "The county judge"}},  // "sided with" is a cue of its own
      // After a backward cue, the participle goes with that cue's source, not the subject of what was said
      // (the backward cue's own attribution, before a quotation in the same sentence, is not found yet).
      {"Dana Lee will meet the farmers next week, Ortiz said, adding, \"They need to talk.\"", {"Ortiz"}},
      // A time word right after a participle dates the source: it stays in the mention.
      {"A county survey released Monday found that rents rose.", {"A county survey released Monday"}},
      {"Ortiz on Monday said that rents rose.", {"Ortiz"}},
      {"I always hoped the bridge would reopen.", {"I"}},
      {"Ortiz however said the bridge would reopen.", {"Ortiz"}},
      // A name before "later" is the subject, not a time phrase ("Minutes later, …").
      {"Ortiz later tweeted a photo of the bridge and said she had been pushed.", {"Ortiz", "Ortiz"}},
      {"Minutes later, Ortiz said she had been pushed.", {"Ortiz"}},
      {"A few minutes later the farmers left the hall, crossed the bridge and said they would vote no.",
       {"the farmers"}},
  });
}

TEST_CASE("source mentions: the base form \"say\" after any subject", "[quotes][attribution]") {
  check({
      // A singular word, a number or a name before "say" is the end of a plural subject.
      {"Six in 10 say the bridge should reopen.", {"Six in 10"}},
      {"A mere 9 percent say they drive to work.", {"A mere 9 percent"}},
      {"The farmers met on Monday, and the women say the tolls are unfair.", {"the women"}},
      // A plural head that opens its clause owns the phrase after it.
      {"Aides to the mayor say she will run again.", {"Aides to the mayor"}},
      {"Still, sources close to the council say the vote was close.", {"sources close to the council"}},
      {"But protest organizers in Dover say the march will go on.", {"protest organizers in Dover"}},
      // An object pronoun ends the phrase the head owns; after it a past form is a verb.
      {"The vote will be close, a source close to her said.", {"a source close to her"}},
      // A phrase after "around" is an object, no source.
      {"Observers in Dover and around the state say the march will go on.", {}},
      // A noun after a quantifier, a denial past an adverb: no cue.
      {"Farmers want more say in the plan.", {}},
      {"Lena Ortiz, who did not explicitly say that the plan failed, left the hall.", {}},
  });
}

TEST_CASE("source mentions: a pronoun after a listener opens what was said", "[quotes][attribution]") {
  check({
      {"Ortiz told reporters she would run again.", {"Ortiz"}},
      {"Ortiz told the Dover Gazette he had read the plan.", {"Ortiz"}},
  });
}

TEST_CASE("cues: a verb that governs a verb of saying through \"to\"", "[quotes][attribution]") {
  const auto cue_of = [](const std::string& text) {
    const auto r = factlight::analyze(text);
    REQUIRE(r.ok());
    REQUIRE(r.analysis->quotes.size() == 1);
    const auto& q = r.analysis->quotes[0];
    REQUIRE(q.cue);
    return text.substr(q.cue->begin, q.cue->size()) + " | " +
           (q.speaker ? text.substr(q.speaker->begin, q.speaker->size()) : std::string("-"));
  };
  CHECK(cue_of("Ortiz went on to say that the bridge would reopen.") == "went on to say | Ortiz");
  CHECK(cue_of("The mayor continued to insist the bridge was safe.") == "continued to insist | The mayor");
  // "call" takes "on" as well as "for".
  CHECK(cue_of("The farmers called on the council to drop the tolls.") == "called on | The farmers");
  CHECK(cue_of("The farmers called for a vote on the tolls.") == "called for | The farmers");
  CHECK(cue_of("The farmers agreed with the mayor that the tolls were too high.") == "agreed with | The farmers");
  CHECK(cue_of("The engineers warned of a second flood in May.") == "warned of | The engineers");
  CHECK(cue_of("The mayor apologized for the delay on the bridge.") == "apologized for | The mayor");
  CHECK(cue_of("The mayor hinted at a new toll on the bridge.") == "hinted at | The mayor");
  CHECK(cue_of("The mayor boasted of a new record for the bridge.") == "boasted of | The mayor");
  CHECK(cue_of("The mayor laid out a plan to reopen the bridge.") == "laid out | The mayor");
  CHECK(cue_of("The council sided with the farmers on the tolls.") == "sided with | The council");
  // Not a verb of saying after "to": no cue of its own.
  CHECK(factlight::analyze("The talks continued to go badly for the mayor.").analysis->quotes.empty());
}

TEST_CASE("cues: a form in -s that is a plural noun", "[quotes][attribution]") {
  check({
      // A relative clause or a plural verb after it: a noun.
      {"The deadly attacks that killed ten people in May shook the town.", {}},
      {"The council voted on party rules that would bind the delegates.", {}},
      {"The town says federal rules are murky on the tolls.", {"The town"}},
      {"Her lead continues to grow thanks to a big win in Dover.", {}},
      {"The workers laid bricks on the bridge all week.", {}},  // "lay" is a cue only with "out"
      {"Both sides said the talks would go on.", {"Both sides"}},  // "side" is a cue only with "with"
      // One adjective before it, after a word that opens no subject: a noun.
      {"The mayor was asked about recent comments on the tolls.", {}},
      {"Ortiz has fairly expansive plans for the bridge.", {}},
      {"The race was full of insults and sexist remarks about the candidates.", {}},
      // A verb: a name or a pronoun before it, or a clause with its own subject after "that".
      {"Ortiz warns that the bridge will close.", {"Ortiz"}},
      {"The board rules that the tolls must stay.", {"The board"}},
      {"After the vote, farmers complain that the tolls are too high.", {"farmers"}},
      {"A new poll finds that most farmers oppose the tolls.", {"A new poll"}},
  });
}

TEST_CASE("source mentions: an adverb between the subject and its cue", "[quotes][attribution]") {
  check({
      {"Ortiz at the time said the tolls would end.", {"Ortiz"}},
      {"The mayor at one point called the tolls a scandal.", {"The mayor"}},
      {"The council has nevertheless called the tolls unfair.", {"The council"}},
      {"Three farm groups have in fact reported losses to the county.", {"Three farm groups"}},
      {"The Dover Farm League has twice complained to the mayor about the tolls.", {"The Dover Farm League"}},
      // One lower-case adverb or participle is no source: "is somehow expected", "disavowing remarks".
      {"Ortiz is somehow expected to fix the bridge.", {}},
      {"The mayor is disavowing remarks made by an aide.", {}},
      // The words after a subject pronoun are its verb: the pronoun alone is the source.
      {"After the vote he keeps talking about the tolls.", {"he"}},
      {"The vote was close and they stop reporting the results.", {"they"}},
  });
}

TEST_CASE("source mentions: a cue after a quotation that closes its sentence", "[quotes][attribution]") {
  check({
      // Reading is a cue right after a quotation, inverted too.
      {"\xE2\x80\x9CVote no on the tolls,\xE2\x80\x9D read one banner.", {"one banner"}},
      {"\xE2\x80\x9CThe tolls must go,\xE2\x80\x9D reads the editorial.", {"the editorial"}},
      // "points out" says what it follows, as a verb of speech would.
      {"\xE2\x80\x9CThe tolls doubled in a year,\xE2\x80\x9D Ortiz points out.", {"Ortiz"}},
      {"\xE2\x80\x9CThe tolls doubled in a year,\xE2\x80\x9D Ortiz points to the chart.", {"-", "Ortiz"}},
      // After a quotation that ends its own sentence, a clause of time or manner after the cue is no
      // new statement.
      {"\xE2\x80\x9CThe bridge is open!\xE2\x80\x9D Senator Lena Ortiz said as she cut the ribbon.",
       {"Senator Lena Ortiz"}},
      {"\xE2\x80\x9CReally?\xE2\x80\x9D she asked when the vote was over.", {"she"}},
      {"\xE2\x80\x9CThe bridge is open.\xE2\x80\x9D Ortiz said the tolls would stay.", {"-", "Ortiz"}},
      // A description, then the name in apposition with no comma after it; "her" before a noun owns it.
      {"\xE2\x80\x9CThe tolls must go,\xE2\x80\x9D another farmer, Dana Lutz told reporters.",
       {"another farmer, Dana Lutz"}},
      {"\xE2\x80\x9CThe tolls must go,\xE2\x80\x9D her lawyer said.", {"her lawyer"}},
      {"\xE2\x80\x9CThe tolls must go,\xE2\x80\x9D her lawyer, Dana Lutz said.", {"her lawyer, Dana Lutz"}},
      // An age and a place with no comma before the cue; two titles of one person joined by "and".
      {"\xE2\x80\x9CThe tolls must go,\xE2\x80\x9D Ed Lutz, 59, of Dover said.", {"Ed Lutz, 59, of Dover"}},
      {"\xE2\x80\x9CThe tolls must go,\xE2\x80\x9D Ed Lutz, 59, of Dover, Del. said.", {"Ed Lutz, 59, of Dover, Del."}},
      {"\xE2\x80\x9CThe tolls must go,\xE2\x80\x9D said former Dover Gov. and Farm Board Chairman Ed Lutz.",
       {"former Dover Gov. and Farm Board Chairman Ed Lutz"}},
      {"\xE2\x80\x9CThe tolls must go,\xE2\x80\x9D former prosecutor and Dover Mayor Ed Lutz said.",
       {"former prosecutor and Dover Mayor Ed Lutz"}},
      // A verb capitalized by habit after the comma that closes an apposition; not in a title-case line.
      {"\xE2\x80\x9CThe tolls must go,\xE2\x80\x9D Ortiz, the head of Farms First, Tweeted on Friday.",
       {"Ortiz, the head of Farms First,"}},
      {"Dover, Farms First, Said Ortiz Was Right.", {}},
      // A verb of the manner of speaking is a cue only right after a quotation; so is a reply with "back".
      {"\xE2\x80\x9CWe did it,\xE2\x80\x9D Ortiz beamed.", {"Ortiz"}},
      {"\xE2\x80\x9CWe did it,\xE2\x80\x9D Ortiz beamed at the crowd.", {"Ortiz"}},
      {"Lutz beamed at the crowd.", {}},
      {"\xE2\x80\x9CWe did it!\xE2\x80\x9D beamed Dana Lutz of Dover.", {"Dana Lutz of Dover"}},
      // What a text reads, right before its quotation; going on with what was said.
      {"One banner read \xE2\x80\x9CVote no on tolls,\xE2\x80\x9D and another read \xE2\x80\x9COrtiz out.\xE2\x80\x9D",
       {"One banner", "another"}},
      {"She read \xE2\x80\x9CThe Raven\xE2\x80\x9D to the class.", {"-"}},  // a title, no source
      {"\xE2\x80\x9CThe tolls must go,\xE2\x80\x9D he went on.", {"he"}},
      {"The meeting went on for hours.", {}},
      {"\xE2\x80\x9CWe did it,\xE2\x80\x9D Ortiz shot back.", {"Ortiz"}},
  });
}

TEST_CASE("source mentions: a noun of stance after a possessive and before \"that\"", "[quotes][attribution]") {
  check({
      {"Critics seized on Mr. Ortiz's claim that the tolls were fair.", {"Mr. Ortiz's"}},
      {"The board met again after her warning that the bridge would fail.", {"her"}},
      {"Farmers cheered the mayor's promise that the tolls would end.", {"the mayor's"}},
      {"Farmers cheered the tolls and his pledge that they would end.", {"his"}},
      // "that" opens a clause with "there", a plural noun or a quotation; not a relative clause.
      {"Critics checked Ortiz\xE2\x80\x99s claim that there were \xE2\x80\x9Cthousands of tolls\xE2\x80\x9D in Dover.",
       {"Ortiz\xE2\x80\x99s"}},
      {"The vote turned on her remark that \xE2\x80\x9Cthe tolls are theft.\xE2\x80\x9D", {"her"}},
      {"The vote turned on her remark that farmers were misled.", {"her"}},
      {"The vote turned on her remark that won praise in Dover.", {}},
      // Up to two adjectives between the owner and the noun; more nouns of stance.
      {"Nothing came of the mayor's earlier claim that the tolls would end.", {"the mayor's"}},
      {"Nothing came of his smug assurances that the tolls would end.", {"his"}},
      {"Nothing came of Ortiz's statement that the tolls would end.", {"Ortiz's"}},
      {"Nothing came of the big claim that the tolls would end.", {}},
      // As the subject of its sentence or of a clause, nothing says where what was claimed ends.
      {"Ortiz's claim that the tolls were fair angered farmers.", {}},
      {"But his warning that the bridge would fail went unheard.", {}},
      {"Farmers asked whether the Mayor's promise that the tolls would end was real.", {"Farmers"}},
      // The topic of a question is no report of its own.
      {"Asked about Ortiz's claim that the tolls were fair, the board left the room.", {}},
      // No possessive, no "that": no report.
      {"The claim that the tolls were fair angered farmers.", {}},
      {"Ortiz's claim about the tolls angered farmers.", {}},
  });
}

TEST_CASE("source mentions: a participle cue that opens its sentence", "[quotes][attribution]") {
  check({
      // Its source is the subject after the comma that closes its phrase; the clause after has cues of
      // its own.
      {"Bemoaning the \xE2\x80\x9Cphony count,\xE2\x80\x9D Ortiz accused Lutz of lying.", {"Ortiz", "Ortiz"}},
      {"Praising the farmers, the mayor called the count fair.", {"the mayor", "the mayor"}},
      // Not a preposition in -ing, nor a participle before an adjunct.
      {"According to the count, Ortiz won.", {"the count"}},
      {"Regarding the count, Ortiz was calm.", {}},
      {"Speaking to reporters, Ortiz said the count was fair.", {"Ortiz"}},
  });
}

TEST_CASE("source mentions: a clause of comparison with \"as\" and a verb of saying", "[quotes][attribution]") {
  check({
      {"As Ortiz noted, the tolls are unfair.", {"Ortiz"}},
      {"As the Ledger reported on Monday, the bridge is closed.", {"the Ledger"}},
      // A time, not a report: "as he spoke", "as the vote began".
      {"As he spoke, the crowd left the hall.", {}},
      {"As the vote began, the crowd left the hall.", {}},
      // Not "as" in the middle of a clause with words of its own before the comma.
      {"The bridge closed as Ortiz said it would.", {"Ortiz"}},
  });
}

TEST_CASE("source mentions: a listener, a comma and a clause", "[quotes][attribution]") {
  check({
      {"Instead, Ortiz told reporters, his plan would be to cut the tolls.", {"Ortiz"}},
      // An apposition of the listener is no clause of what was said.
      {"Ortiz told Lutz, the chair of the board, that the tolls would end.", {"Ortiz"}},
  });
}

TEST_CASE("source mentions: verbs of stance with a quotation in their object", "[quotes][attribution]") {
  check({
      {"Ortiz openly admires the mayor as a \xE2\x80\x9Cstrong leader.\xE2\x80\x9D", {"Ortiz"}},
      {"Lutz exhorted farmers to \xE2\x80\x9Cvote your conscience.\xE2\x80\x9D", {"Lutz"}},
      {"The board referenced \xE2\x80\x9Cpolitical tensions\xE2\x80\x9D in the towns.", {"The board"}},
      // As nouns after an article they are no cue.
      {"The reference to the tolls was brief.", {}},
  });
}

TEST_CASE("source mentions: the agent of a passive verb of saying", "[quotes][attribution]") {
  check({
      {"The song was written by Dana Lutz.", {"Dana Lutz"}},
      // Not a verb of stance or of an act ("praised by", "asked by" has its own layouts), nor a noun.
      {"The plan was praised by farmers.", {}},
      {"The report by the board was long.", {}},
  });
}

TEST_CASE("source mentions: a governed verb of saying before a quotation; a new statement after one", "[quotes][attribution]") {
  check({
      {"She went on to say: \xE2\x80\x9CThe tolls must go.\xE2\x80\x9D", {"She"}},
      {"Ortiz joked about the bridge, but went on to say, \xE2\x80\x9CThe tolls must go.\xE2\x80\x9D", {"Ortiz", "Ortiz"}},
      // After a quotation that ends its sentence, a cue that goes on (past a time) with "that" reports
      // something new: the quotation keeps its own cue.
      {"Ortiz called the plan \xE2\x80\x9C" "arbitrary.\xE2\x80\x9D Dana Lutz, an aide, warned Saturday that the tolls "
       "would stay.",
       {"Ortiz", "Dana Lutz, an aide,"}},
  });
}

TEST_CASE("source mentions: a quotation signed by a dash and a name on the next line", "[quotes][attribution]") {
  check({
      {"\xE2\x80\x9CThe tolls are theft and they must end.\xE2\x80\x9D\n\n- Dana Lutz.\n\nThe vote is on Monday.",
       {"Dana Lutz"}},
      // Not a longer line, nor a quotation that does not end its own sentence.
      {"\xE2\x80\x9CThe tolls are theft and they must end.\xE2\x80\x9D\n\n- Dana Lutz will vote no on Monday in Dover.",
       {"-"}},
  });
}
