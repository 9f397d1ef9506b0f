// Quotes and speakers: tables of cases per layout and mark style, recovery from stray marks, and
// inputs built to be slow (they must finish; time is measured by the benchmarks, not here).
#include <catch2/catch.hpp>
#include <algorithm>
#include <string>
#include <utility>
#include <vector>

#include "factlight/analyze.hpp"
#include "factlight/quote_bounds.hpp"

namespace {

struct Seen {
  std::string kind, text, speaker, cue, name, speaker_kind;
  std::vector<std::string> fragments;
  double confidence;
  bool scare;
};

const char* kind_str(factlight::QuoteKind k) {
  switch (k) {
    case factlight::QuoteKind::direct: return "direct";
    case factlight::QuoteKind::partial: return "partial";
    case factlight::QuoteKind::indirect: return "indirect";
    case factlight::QuoteKind::mixed: return "mixed";
  }
  return "?";
}

const char* speaker_kind_str(factlight::SpeakerKind k) {
  switch (k) {
    case factlight::SpeakerKind::person: return "person";
    case factlight::SpeakerKind::organization: return "organization";
    case factlight::SpeakerKind::group: return "group";
    case factlight::SpeakerKind::vague: return "vague";
    case factlight::SpeakerKind::unknown: return "unknown";
  }
  return "?";
}

std::vector<Seen> quotes_of(const std::string& text) {
  const auto r = factlight::analyze(text);
  REQUIRE(r.ok());
  const auto& a = *r.analysis;
  std::vector<Seen> out;
  for (const auto& q : a.quotes) {
    Seen s;
    s.kind = kind_str(q.kind);
    s.text = std::string(a.doc.slice(q.span));
    s.speaker = q.speaker ? std::string(a.doc.slice(*q.speaker)) : "";
    s.cue = q.cue ? std::string(a.doc.slice(*q.cue)) : "";
    s.name = q.speaker_name;
    s.speaker_kind = speaker_kind_str(q.speaker_kind);
    for (const auto& f : q.fragments) s.fragments.emplace_back(a.doc.slice(f));
    s.confidence = q.confidence;
    s.scare = q.scare;
    out.push_back(std::move(s));
  }
  return out;
}

const Seen* find_quote(const std::vector<Seen>& qs, const std::string& first_fragment) {
  for (const auto& q : qs)
    if (!q.fragments.empty() && q.fragments.front() == first_fragment) return &q;
  return nullptr;
}

int count_findings(const std::string& text, const char* kind) {
  const auto r = factlight::analyze(text);
  int n = 0;
  for (const auto& f : r.analysis->findings) n += f.kind == kind;
  return n;
}

// One expected quotation: its first fragment, and what must be said about it.
struct Case {
  const char* text;
  const char* fragment;  // first fragment, exactly
  const char* kind;
  const char* speaker;  // mention; "" for none
  const char* cue;      // "" for none
  const char* name;     // resolved name; nullptr: not checked
};

void check_cases(const std::vector<Case>& cases) {
  for (const Case& c : cases) {
    INFO(c.text);
    const auto qs = quotes_of(c.text);
    const Seen* q = find_quote(qs, c.fragment);
    INFO("expected fragment: " << c.fragment);
    REQUIRE(q != nullptr);
    CHECK(q->kind == c.kind);
    CHECK(q->speaker == c.speaker);
    CHECK(q->cue == c.cue);
    if (c.name) CHECK(q->name == c.name);
    CHECK_FALSE(q->scare);
  }
}

}  // namespace

TEST_CASE("direct quotes in every attribution layout", "[quotes]") {
  check_cases({
      {"\"We will rebuild the bridge,\" Mayor Ana Ortiz said.", "\"We will rebuild the bridge,\"", "direct",
       "Mayor Ana Ortiz", "said", "Ana Ortiz"},
      {"\xE2\x80\x9CWe will rebuild the bridge,\xE2\x80\x9D said Ana Ortiz.",
       "\xE2\x80\x9CWe will rebuild the bridge,\xE2\x80\x9D", "direct", "Ana Ortiz", "said", "Ana Ortiz"},
      {"Ana Ortiz said: \xE2\x80\x9CThe bridge will reopen in May.\xE2\x80\x9D",
       "\xE2\x80\x9CThe bridge will reopen in May.\xE2\x80\x9D", "direct", "Ana Ortiz", "said:", "Ana Ortiz"},
      {"Ortiz told reporters, \"The bridge will reopen in May.\"", "\"The bridge will reopen in May.\"", "direct",
       "Ortiz", "told", nullptr},
      // "put it" is a way of saying before a comma, a colon or a quotation.
      {"As Ortiz put it, \"The bridge is done.\"", "\"The bridge is done.\"", "direct", "Ortiz", "put it", nullptr},
      {"The mayor puts it: \"The bridge is done.\"", "\"The bridge is done.\"", "direct", "The mayor", "puts it:",
       nullptr},
      {"Ana Ortiz, a former engineer, said: \"The bridge will reopen.\"", "\"The bridge will reopen.\"",
       "direct", "Ana Ortiz, a former engineer,", "said:", "Ana Ortiz"},
      {"Ortiz: \"The bridge will reopen.\"", "\"The bridge will reopen.\"", "direct", "Ortiz", ":", nullptr},
      {"As Ortiz pointed out in December, \"The bridge will reopen.\"", "\"The bridge will reopen.\"", "direct",
       "Ortiz", "pointed out", nullptr},
      {"\"The bridge will reopen.\" \xE2\x80\x94 Ana Ortiz, city engineer", "\"The bridge will reopen.\"",
       "direct", "Ana Ortiz", "\xE2\x80\x94", "Ana Ortiz"},
      {"Ana Ortiz, who ran the works, spoke briefly, stating, \"It is done.\"", "\"It is done.\"", "direct",
       "Ana Ortiz", "stating", "Ana Ortiz"},
      {"\"It is done,\" she said.", "\"It is done,\"", "direct", "she", "said", nullptr},
      // A verb of saying with "back" is a reply.
      {"\"Who will pay for it?\" Ortiz asked.\n\n\"The state!\" the crowd shouted back.", "\"The state!\"", "direct",
       "the crowd", "shouted back", nullptr},
      // A verb of stance that ends the sentence right after a quotation and its source is its cue.
      {"\"People are afraid of losing their homes,\" he surmised.", "\"People are afraid of losing their homes,\"",
       "direct", "he", "surmised", nullptr},
      {"\"The river keeps its own calendar,\" Ortiz mocked.", "\"The river keeps its own calendar,\"", "direct",
       "Ortiz", "mocked", nullptr},
      // A clause that ends with the colon before a quotation: its subject is the source, the rest the cue.
      {"Ortiz released the following statement:\n\"We will rebuild the bridge by May, and every road too.\"",
       "\"We will rebuild the bridge by May, and every road too.\"", "direct", "Ortiz",
       "released the following statement:", nullptr},
      {"The county board issued a short reply: \"The dam is safe.\"", "\"The dam is safe.\"", "direct",
       "The county board", "issued a short reply:", nullptr},
      // ... when the cue after the subject opens with a verb ("used" here ends the phrase walked as the subject).
      {"The report used one of her lines as its title: \"We will rebuild the bridge.\"",
       "\"We will rebuild the bridge.\"", "direct", "", "", nullptr},
      // ... but not across a "that" of reported speech, which makes a mixed quote.
      {"He adds that residents have two choices: \"You either leave or you stay.\"",
       "that residents have two choices: \"You either leave or you stay.\"", "mixed", "He", "adds", nullptr},
      // A quotation that opens its sentence with no comma before its closing mark still takes the cue after it.
      {"\"The buses will run from every stop next week\" said Dana Lutz, a spokeswoman for the depot.",
       "\"The buses will run from every stop next week\"", "direct", "Dana Lutz, a spokeswoman for the depot", "said",
       "Dana Lutz"},
      {"\xE2\x80\x9CWe have waited for this bridge for twenty long years\xE2\x80\x9D Ortiz said.",
       "\xE2\x80\x9CWe have waited for this bridge for twenty long years\xE2\x80\x9D", "direct", "Ortiz", "said", nullptr},
      {"\"It is done,\" the engineer added.", "\"It is done,\"", "direct", "the engineer", "added", nullptr},
      {"Said Ortiz:\n\"It is done.\"", "\"It is done.\"", "direct", "Ortiz", "Said", nullptr},
      {"\"Is it done?\" asked Ortiz.", "\"Is it done?\"", "direct", "Ortiz", "asked", nullptr},
      // "now" between the source and the verb belongs to the cue, as "also" and "later" do.
      {"\"The bridge will reopen in May,\" Ortiz now says.", "\"The bridge will reopen in May,\"", "direct", "Ortiz",
       "now says", nullptr},
      // A demonstrative opens the mention after a quotation like an article.
      {"\"The bridge will reopen in May,\" this official told the Ledger.", "\"The bridge will reopen in May,\"",
       "direct", "this official", "told", nullptr},
      // "read" after a quotation is the cue, though the phrase walker takes it for a noun.
      {"\"The bridge will reopen in May, and the port after it,\" the email read.",
       "\"The bridge will reopen in May, and the port after it,\"", "direct", "the email", "read", nullptr},
      {"\"The bridge will reopen in May,\" the city's notice reads.", "\"The bridge will reopen in May,\"", "direct",
       "the city's notice", "reads", nullptr},
      {"She warned that it was \"hard to say\", she added - \"we will try.\"", "\"we will try.\"", "direct", "she",
       "added", nullptr},
      {"\"We love the park!\" reply Dana and Nick.", "\"We love the park!\"", "direct", "Dana and Nick",
       "reply", nullptr},
      {"She told the mayors who met in the city, \"Nobody should be confused.\"",
       "\"Nobody should be confused.\"", "direct", "She", "told", nullptr},
      {"The clerk got annoyed and said: \"We listed them all...\", he said.", "\"We listed them all...\"",
       "direct", "The clerk", "said:", nullptr},
      {"\"The risk,\" said Ed Lane, an economist at the bank, \"is that jobs leave.\"", "\"The risk,\"", "direct",
       "Ed Lane, an economist at the bank", "said", "Ed Lane"},
      {"\"We will vote no,\" said Rep. Ana Ortiz (D-Va.).", "\"We will vote no,\"", "direct", "Rep. Ana Ortiz (D-Va.)",
       "said", "Ana Ortiz"},
      {"\"We will vote no,\" Ortiz, 69, said.", "\"We will vote no,\"", "direct", "Ortiz, 69,", "said", "Ortiz"},
      // A cue followed by a comma and a quotation introduces that quotation, not the one before it.
      {"Lane said, \"We won the vote.\" He added, \"It was hard.\"", "\"We won the vote.\"", "direct", "Lane",
       "said", nullptr},
      {"Lane said, \"We won the vote.\" He added, \"It was hard.\"", "\"It was hard.\"", "direct", "He", "added",
       nullptr},
      // Words of the same sentence before "…,” X said." are part of what was said, a short subject too;
      // an opening participle or adjunct is not.
      {"Voters \"want the bridge back,\" Ortiz said.", "Voters \"want the bridge back,\"", "mixed", "Ortiz", "said",
       nullptr},
      {"The plan \"looks out for the banks first,\" Ortiz said.", "The plan \"looks out for the banks first,\"", "mixed",
       "Ortiz", "said", nullptr},
      {"But \"we will vote no,\" Ortiz said.", "But \"we will vote no,\"", "direct", "Ortiz", "said", nullptr},
      {"Recalling \"the old bridge,\" the statement urged.", "\"the old bridge,\"", "direct", "the statement",
       "urged", nullptr},
      // A short phrase that says where the source speaks or works belongs to the mention before the cue.
      {"\"The river is rising fast,\" a narrator in the new ad warns.", "\"The river is rising fast,\"", "direct",
       "a narrator in the new ad", "warns", nullptr},
      {"\"We will vote no,\" a spokesman for the council said on Monday.", "\"We will vote no,\"", "direct",
       "a spokesman for the council", "said", nullptr},
      {"\"Vote no on the bridge,\" a banner at the gate says.", "\"Vote no on the bridge,\"", "direct",
       "a banner at the gate", "says", nullptr},
      {"\"He does not know the new media,\" said a longtime adviser to the mayor.",
       "\"He does not know the new media,\"", "direct", "a longtime adviser to the mayor", "said", nullptr},
      {"Lane told the Washington Post, \"We won the vote.\"", "\"We won the vote.\"", "direct", "Lane", "told",
       nullptr},
      {"Mr. Lane gloated: \"I told you he would not be ready.\"", "\"I told you he would not be ready.\"", "direct",
       "Mr. Lane", "gloated:", nullptr},
      {"Pollsters agree - Dana Reyes: \"One of the lessons was simple.\"", "\"One of the lessons was simple.\"",
       "direct", "Dana Reyes", ":", nullptr},
      {"\"We have no view on it,\" White House press secretary Tom Berry told reporters.",
       "\"We have no view on it,\"", "direct", "White House press secretary Tom Berry", "told", nullptr},
      // A noun that is also a verb of saying ("report", "statement" is none) heads the source after an
      // article and a modifier or an owner.
      {"\"The levee was never inspected,\" the congressional report said.", "\"The levee was never inspected,\"",
       "direct", "the congressional report", "said", nullptr},
      {"\"The levee was never inspected,\" the county's report said.", "\"The levee was never inspected,\"",
       "direct", "the county's report", "said", nullptr},
      {"\"The levee was never inspected,\" a new report says.", "\"The levee was never inspected,\"", "direct",
       "a new report", "says", nullptr},
  });
}

TEST_CASE("every mark style pairs", "[quotes]") {
  check_cases({
      {"\"Straight,\" Ortiz said.", "\"Straight,\"", "direct", "Ortiz", "said", nullptr},
      {"\xE2\x80\x9C" "Curly,\xE2\x80\x9D Ortiz said.", "\xE2\x80\x9C" "Curly,\xE2\x80\x9D", "direct", "Ortiz",
       "said", nullptr},
      {"\xE2\x80\x98Single,\xE2\x80\x99 Ortiz said.", "\xE2\x80\x98Single,\xE2\x80\x99", "direct", "Ortiz",
       "said", nullptr},
      {"\xC2\xABGuillemets\xC2\xBB, Ortiz said.", "\xC2\xABGuillemets\xC2\xBB", "direct", "Ortiz", "said",
       nullptr},
      {"\xC2\xBBReversed guillemets\xC2\xAB, Ortiz said.", "\xC2\xBBReversed guillemets\xC2\xAB", "direct",
       "Ortiz", "said", nullptr},
      {"\xE2\x80\x9EGerman marks\xE2\x80\x9C, Ortiz said.", "\xE2\x80\x9EGerman marks\xE2\x80\x9C", "direct",
       "Ortiz", "said", nullptr},
      {"\xE3\x80\x8C" "CJK corner brackets\xE3\x80\x8D, Ortiz said.",
       "\xE3\x80\x8C" "CJK corner brackets\xE3\x80\x8D", "direct", "Ortiz", "said", nullptr},
      {"''Two apostrophes,'' Ortiz said.", "''Two apostrophes,''", "direct", "Ortiz", "said", nullptr},
      // ''' after a word closes a single quotation and then the double one around it.
      {"''We hear it all the time, 'The bridge is a special case,''' Mr. Ortiz said.",
       "''We hear it all the time, 'The bridge is a special case,'''", "direct", "Mr. Ortiz", "said", nullptr},
      {"''I would use the word 'old-school,''' said Ana Ortiz, a friend.", "''I would use the word 'old-school,'''",
       "direct", "Ana Ortiz, a friend", "said", nullptr},
      {"\"He called it 'a disgrace' twice,\" Ortiz said.", "\"He called it 'a disgrace' twice,\"", "direct",
       "Ortiz", "said", nullptr},
      {"\xE2\x80\x9CThe horses\xE2\x80\x99 carrots are gone,\xE2\x80\x9D Ortiz said.",
       "\xE2\x80\x9CThe horses\xE2\x80\x99 carrots are gone,\xE2\x80\x9D", "direct", "Ortiz", "said", nullptr},
      // A right mark that opens its paragraph opens the quotation, spaced from an ellipsis or not.
      {"He spoke first.\n\n\xE2\x80\x9D \xE2\x80\xA6 the lights went out early,\xE2\x80\x9D Ortiz wrote.",
       "\xE2\x80\x9D \xE2\x80\xA6 the lights went out early,\xE2\x80\x9D", "direct", "Ortiz", "wrote", nullptr},
      {"He spoke first.\n\n\xE2\x80\x9DThe lights went out early,\xE2\x80\x9D Ortiz wrote.",
       "\xE2\x80\x9DThe lights went out early,\xE2\x80\x9D", "direct", "Ortiz", "wrote", nullptr},
  });
}

TEST_CASE("apostrophes are not quotation marks", "[quotes]") {
  const char* texts[] = {
      "Putin\xE2\x80\x99s plan failed. The workers\xE2\x80\x99 union said nothing about the \xE2\x80\x99" "90s.",
      "Putin's plan failed. The workers' union said nothing about the '90s.",
      "Rock 'n roll never dies, and the boys' team agreed.",
  };
  for (const char* t : texts) {
    INFO(t);
    for (const auto& q : quotes_of(t)) CHECK(q.kind != "direct");
    CHECK(count_findings(t, "unbalanced_quote") == 0);
  }
}

TEST_CASE("interrupted quotes and quotes over several paragraphs are one quote", "[quotes]") {
  {
    const auto qs = quotes_of(
        "\xE2\x80\x9CIf you destroy confidence in banks,\xE2\x80\x9D he said, \xE2\x80\x9Cyou do something to "
        "the economy.\xE2\x80\x9D");
    REQUIRE(qs.size() == 1);
    CHECK(qs[0].fragments ==
          std::vector<std::string>{"\xE2\x80\x9CIf you destroy confidence in banks,\xE2\x80\x9D",
                                   "\xE2\x80\x9Cyou do something to the economy.\xE2\x80\x9D"});
    CHECK(qs[0].speaker == "he");
    CHECK(qs[0].cue == "said");
  }
  {
    const std::string text =
        "Ng wrote to the residents.\n\"We did not make this decision lightly.\n\"We looked at every route "
        "before we acted,\" Ng wrote.\nThe council meets on Monday.";
    const auto qs = quotes_of(text);
    const Seen* q = find_quote(qs, "\"We did not make this decision lightly.");
    REQUIRE(q != nullptr);
    CHECK(q->fragments.size() == 2);
    CHECK(q->fragments[1] == "\"We looked at every route before we acted,\"");
    CHECK(q->speaker == "Ng");
    CHECK(count_findings(text, "unbalanced_quote") == 0);
  }
}

TEST_CASE("an interrupted quote stays one quote across an adjunct of its cue", "[quotes]") {
  const char* texts[] = {
      "\"In breaking news,\" Ortiz tweeted last January, \"the mayor endorsed herself.\"",
      "\"In breaking news,\" Ortiz said in a statement, \"the mayor endorsed herself.\"",
      // A longer aside, a participle and its clause, before a second half that opens in lower case.
      "\"In breaking news,\" Ortiz said, referring to the vote count, \"the mayor endorsed herself.\"",
      "\"In breaking news,\" Ortiz wrote in a post to her followers explaining the count, \"the mayor won.\"",
  };
  for (const char* t : texts) {
    INFO(t);
    const auto qs = quotes_of(t);
    const Seen* q = find_quote(qs, "\"In breaking news,\"");
    REQUIRE(q != nullptr);
    CHECK(q->fragments.size() == 2);
    CHECK(q->speaker == "Ortiz");
    CHECK(q->kind == "direct");
  }
  // A clause of its own between them is no adjunct, nor a clause the second half completes: the
  // second quotation is not merged.
  for (const char* t : {"\"In breaking news,\" Ortiz said as the crowd left the hall, \"the mayor endorsed herself.\"",
                        "\"In breaking news,\" Ortiz said, adding that after the count, \"the mayor endorsed herself.\""}) {
    INFO(t);
    const auto qs = quotes_of(t);
    const Seen* first = find_quote(qs, "\"In breaking news,\"");
    REQUIRE(first != nullptr);
    CHECK(first->fragments.size() == 1);
  }
  // The participle of the aside keeps its own short report.
  const auto aside = quotes_of("\"In breaking news,\" Ortiz said, referring to the vote count, \"the mayor endorsed herself.\"");
  const Seen* referring = find_quote(aside, "the vote count");
  REQUIRE(referring != nullptr);
  CHECK(referring->cue == "referring to");
}

TEST_CASE("a second half that opens with a conjunction after the cue's comma is part of the quote", "[quotes]") {
  struct Row {
    const char* text;
    const char* second;  // the second fragment, exactly ("" when the second quotation is not merged)
  };
  const Row rows[] = {
      {"\"The plan needs money,\" Ortiz said, and \"nobody has offered any.\"", "and \"nobody has offered any.\""},
      {"\"We like the mayor,\" she said, but still \"the budget is a mess.\"",
       "but still \"the budget is a mess.\""},
      {"\"The plan needs money,\" Ortiz said, but \"nobody has offered any.\"", "but \"nobody has offered any.\""},
      // No comma before the conjunction, or a verb of saying of its own after it: no second half.
      {"\"The plan needs money,\" Ortiz said and \"nobody has offered any.\"", ""},
      {"\"The plan needs money,\" Ortiz said, and added \"nobody has offered any.\"", ""},
      // More than two words between the conjunction and the quotation: a clause of its own.
      {"\"The plan needs money,\" Ortiz said, and the crowd chanted \"nobody has offered any.\"", ""},
  };
  for (const Row& row : rows) {
    INFO(row.text);
    const auto qs = quotes_of(row.text);
    const Seen* q = find_quote(qs, "\"The plan needs money,\"");
    if (q == nullptr) q = find_quote(qs, "\"We like the mayor,\"");
    REQUIRE(q != nullptr);
    if (*row.second) {
      REQUIRE(q->fragments.size() == 2);
      CHECK(q->fragments[1] == row.second);
      CHECK(q->kind == "mixed");
    } else {
      CHECK(q->fragments.size() == 1);
    }
    CHECK(q->cue == "said");
  }
}

TEST_CASE("a quotation right after a conjunction goes on with the quotation before it", "[quotes]") {
  struct Row {
    const char* text;
    const char* first;   // the first fragment, exactly
    const char* second;  // the second fragment, exactly ("" when the second quotation is not merged)
  };
  const Row rows[] = {
      {"Ortiz told the crowd, \"We will fix the roads,\" and, \"Who else will do it?\"", "\"We will fix the roads,\"",
       "and, \"Who else will do it?\""},
      {"The mayor said, \"Iowa matters,\" while \"Nevada is new.\"", "\"Iowa matters,\"", "while \"Nevada is new.\""},
      {"Reid has gone after Ortiz as a \"con man\" and a \"spoiled brat.\"", "Ortiz as a \"con man\"",
       "and a \"spoiled brat.\""},
      // Words of their own between the conjunction and the quotation: a clause of its own.
      {"The mayor said, \"Iowa matters,\" and the crowd chanted \"Nevada is new.\"", "\"Iowa matters,\"", ""},
  };
  for (const Row& row : rows) {
    INFO(row.text);
    const auto qs = quotes_of(row.text);
    const Seen* q = find_quote(qs, row.first);
    REQUIRE(q != nullptr);
    if (*row.second) {
      REQUIRE(q->fragments.size() == 2);
      CHECK(q->fragments[1] == row.second);
    } else {
      CHECK(q->fragments.size() == 1);
    }
  }
}

TEST_CASE("a quote with no cue inherits the speaker of the one before it", "[quotes]") {
  const auto qs = quotes_of(
      "\"We love the park,\" insists Dana Reyes. \"We will keep it.\"\nOther news followed.\n"
      "\"Nobody asked us.\"");
  REQUIRE(qs.size() == 3);
  CHECK(qs[0].speaker == "Dana Reyes");
  CHECK(qs[1].speaker == "Dana Reyes");
  CHECK(qs[1].confidence < qs[0].confidence);
  CHECK(qs[1].name == "Dana Reyes");
  CHECK(qs[2].speaker == "");  // two paragraphs away: no inheritance
  CHECK(qs[1].cue == "insists");
  // Reported speech that only goes on from the quotation ("…, referring to …") does not take its place.
  const auto qs2 = quotes_of(
      "\"We will win this,\" Ramos said, referring to the vote in May.\n\"So we will keep going.\"");
  const Seen* next = find_quote(qs2, "\"So we will keep going.\"");
  REQUIRE(next != nullptr);
  CHECK(next->speaker == "Ramos");
  CHECK(next->cue == "said");
  // Nor does reported speech of another source in the sentence of the quotation's cue.
  for (const char* text : {"\"Nobody saw it coming,\" Ana Ortiz said, as callers asked whether the plan was dead. "
                           "\"The favorite is still clear.\"",
                           "\"Nobody saw it coming,\" Ana Ortiz said, while critics argued that the fund was safe. "
                           "\"The favorite is still clear.\""}) {
    INFO(text);
    const auto found = quotes_of(text);  // kept: find_quote points into it
    const Seen* q = find_quote(found, "\"The favorite is still clear.\"");
    REQUIRE(q != nullptr);
    CHECK(q->speaker == "Ana Ortiz");
    CHECK(q->cue == "said");
  }
  // Reported speech with a verb of saying introduces the quotation after it; with a verb of stance it
  // introduces nothing, and the quotation before it is not continued past it either.
  const auto said = quotes_of("\"We will win this race,\" Ortiz said. Reyes said the new port plan would fail. "
                              "\"Nobody saw the cost coming at all.\"");
  const Seen* after_said = find_quote(said, "\"Nobody saw the cost coming at all.\"");
  REQUIRE(after_said != nullptr);
  CHECK(after_said->speaker == "Reyes");
  CHECK(after_said->cue == "said");
  const auto praised = quotes_of("\"We will win this race,\" Ortiz said. Reyes praised the new port plan on Monday. "
                                 "\"Nobody saw the cost coming at all.\"");
  const Seen* after_praised = find_quote(praised, "\"Nobody saw the cost coming at all.\"");
  REQUIRE(after_praised != nullptr);
  CHECK(after_praised->speaker.empty());
  CHECK(after_praised->cue.empty());
}

TEST_CASE("a quotation that goes on from reported speech joins it; one after an adjunct of the cue replaces it",
          "[quotes]") {
  struct Row {
    const char* text;
    const char* reported;  // the reported speech's last fragment; nullptr: no reported speech is kept
    const char* quotation;
  };
  const std::vector<Row> rows = {
      // A colon between them: the reported content keeps it (one statement, one span).
      {"Reyes said the new port plan would fail:\n\"Nobody saw the cost coming at all.\"",
       "the new port plan would fail:", "\"Nobody saw the cost coming at all.\""},
      // A stop between them: the stop stays out, in the paragraph or past its end.
      {"Reyes said the new port plan would fail. \"Nobody saw the cost coming at all.\"",
       "the new port plan would fail", "\"Nobody saw the cost coming at all.\""},
      {"Reyes said the new port plan would fail.\n\"Nobody saw the cost coming at all.\"",
       "the new port plan would fail", "\"Nobody saw the cost coming at all.\""},
      // Only a comma: the words after the cue were its adjunct, and the quotation is what was said.
      {"As the columnist Dana Reyes wrote a few years earlier, \"Nobody saw the cost coming at all.\"", nullptr,
       "\"Nobody saw the cost coming at all.\""},
      {"As the old sailors say about the harbor, \"calm water, hidden rocks.\"", nullptr,
       "\"calm water, hidden rocks.\""},
  };
  for (const Row& row : rows) {
    INFO(row.text);
    const auto qs = quotes_of(row.text);
    const Seen* q = find_quote(qs, row.quotation);
    REQUIRE(q != nullptr);
    CHECK(q->kind == "direct");
    CHECK_FALSE(q->cue.empty());
    const auto reported = std::find_if(qs.begin(), qs.end(), [](const Seen& s) { return s.kind == "indirect"; });
    if (row.reported == nullptr) {
      CHECK(reported == qs.end());
    } else {
      REQUIRE(reported != qs.end());
      CHECK(reported->fragments.back() == row.reported);
      CHECK(reported->cue == q->cue);
    }
  }
}

TEST_CASE("a quotation with no cue inside its paragraph, not after a colon, is a scare quote", "[quotes]") {
  struct Row {
    const char* text;
    const char* quotation;
    bool scare;
  };
  const std::vector<Row> rows = {
      // Words of its paragraph before and after it: a slogan, a title, a phrase held up.
      {"The mood in the hall was grim.\nThe vote was close. \"Nobody saw the cost coming.\" Then the lights went out.",
       "\"Nobody saw the cost coming.\"", true},
      {"The posters were blunt.\n\"Lose your job? No to the pact\" (2005) - \"Free pass for all? No.\" (2007). Both "
       "drew fire.",
       "\"Free pass for all? No.\"", true},
      // Opening its paragraph, or led into by a colon: a statement whose source is not found.
      {"The posters were blunt.\n\"Lose your job? No to the pact\" (2005) - \"Free pass for all? No.\" (2007). Both "
       "drew fire.",
       "\"Lose your job? No to the pact\"", false},
      {"The mood in the hall was grim.\n\"Nobody saw the cost coming.\" Then the lights went out.",
       "\"Nobody saw the cost coming.\"", false},
      {"The mood in the hall was grim.\nIt was late and the vote was close: \"Nobody saw the cost coming.\" Then the "
       "lights went out.",
       "\"Nobody saw the cost coming.\"", false},
  };
  for (const Row& row : rows) {
    INFO(row.text);
    const auto qs = quotes_of(row.text);
    const Seen* q = find_quote(qs, row.quotation);
    REQUIRE(q != nullptr);
    CHECK(q->scare == row.scare);
    CHECK(q->kind == (row.scare ? "partial" : "direct"));
    CHECK(q->speaker.empty());
  }
}

TEST_CASE("reported speech: cue, source and content", "[quotes]") {
  check_cases({
      {"Pavel Snop said that the talks would fail.", "that the talks would fail", "indirect", "Pavel Snop",
       "said", "Pavel Snop"},
      {"Ortiz has long maintained that the dam is safe.", "that the dam is safe", "indirect", "Ortiz",
       "has long maintained", nullptr},
      // A comma and the speaker's next verb end what was said: the verb reports on its own.
      {"Ortiz, who thinks the mayor made a mistake, called the plan \"a fraud.\"", "the mayor made a mistake",
       "indirect", "who", "thinks", nullptr},
      {"Ortiz, hoping to win the county, called the mayor \"a failure\" on Monday.", "the mayor \"a failure\"", "mixed",
       "Ortiz", "called", nullptr},
      // A pronoun with its auxiliary in one token is the source; the auxiliary goes with the cue.
      {"She’s said that the plan was a mistake.", "that the plan was a mistake", "indirect", "She", "’s said",
       nullptr},
      {"They're saying that the vote \"was rigged.\"", "that the vote \"was rigged.\"", "mixed", "They",
       "'re saying", nullptr},
      {"He’s also argued that the dam is safe.", "that the dam is safe", "indirect", "He", "’s also argued",
       nullptr},
      // A participle set off by a comma, with an adverb between: the subject of the clause before it.
      {"The mayor toured the levee, also saying that the repairs were \"long overdue.\"",
       "that the repairs were \"long overdue.\"", "mixed", "The mayor", "also saying", nullptr},
      {"She spoke for an hour, later adding that the dam was safe.", "that the dam was safe", "indirect", "She",
       "later adding", nullptr},
      {"Mayor Ana Ortiz voiced confidence that the bridge would reopen.", "that the bridge would reopen",
       "indirect", "Mayor Ana Ortiz", "voiced confidence", "Ana Ortiz"},
      // A fact-checker's rating is its verdict: "rated" is a cue, and a plural noun of saying inside
      // its object ("… of council claims") is no cue of its own.
      {"The Ledger rated both of the mayor's claims \"False.\"", "both of the mayor's claims \"False.\"", "mixed",
       "The Ledger", "rated", nullptr},
      {"The Ledger rated 12% of council claims as \"false,\" compared to 30% of mayoral claims.",
       "12% of council claims as \"false,\" compared to 30% of mayoral claims", "mixed", "The Ledger", "rated",
       nullptr},
      // "as" and its object right after the verb: the "as" is part of the cue.
      {"The mayor acknowledged as a \"mistake\" her vote on the bridge.", "a \"mistake\" her vote on the bridge",
       "mixed", "The mayor", "acknowledged as", nullptr},
      // ... not after a relative object, which keeps it in what was said.
      {"Reyes, whom the mayor described as \"a friend,\" left.", "whom", "mixed", "the mayor", "described", nullptr},
      // After a comma, a participle and its preposition open an adjunct, not a clause with its own cue.
      {"Ortiz said the dam was \"safe,\" compared with what the council claims.",
       "the dam was \"safe,\" compared with what the council claims", "mixed", "Ortiz", "said", nullptr},
      // After a copula, "fair and Ortiz" is no subject: the source is the name after "and".
      {"Officials insisted the tolls were fair and Ortiz says \xE2\x80\x9Cthe bridge will pay for itself.\xE2\x80\x9D",
       "\xE2\x80\x9Cthe bridge will pay for itself.\xE2\x80\x9D", "direct", "Ortiz", "says", nullptr},
      // The title of a show after the listener is part of the listener, not what was said.
      {"Lane told CNN's \"State of the Union\" that nobody would question her record.",
       "that nobody would question her record", "indirect", "Lane", "told", nullptr},
      {"Ortiz tells MSNBC's \"Morning Joe\" on Friday that \"exactly who did it\" remains unknown.",
       "that \"exactly who did it\" remains unknown", "mixed", "Ortiz", "tells", nullptr},
      {"The council told reporters that the budget was balanced.", "that the budget was balanced", "indirect",
       "The council", "told", nullptr},
      {"According to the ministry, 40 people were hurt.", "40 people were hurt", "indirect", "the ministry",
       "According to", nullptr},
      {"Forty people were hurt, according to the ministry.", "Forty people were hurt", "indirect", "the ministry",
       "according to", nullptr},
      {"The plant will close in May, officials said.", "The plant will close in May", "indirect", "officials",
       "said", nullptr},
      {"The plant will close in May, said several officials.", "The plant will close in May", "indirect",
       "several officials", "said", nullptr},
      {"The plant will close in May, analysts say; in 2012 it nearly did.", "The plant will close in May",
       "indirect", "analysts", "say", nullptr},
      {"Ortiz said the plant would close, but she also warned of delays.", "the plant would close", "indirect",
       "Ortiz", "said", nullptr},
      // The subject's next verb ends what was said and reports on its own (PolNeAR reads it so).
      {"The mayor told reporters that she backed the plan and called the cuts \"necessary for now.\"",
       "that she backed the plan", "indirect", "The mayor", "told", nullptr},
      {"The mayor told reporters that she backed the plan and called the cuts \"necessary for now.\"",
       "the cuts \"necessary for now.\"", "mixed", "The mayor", "called", nullptr},
      {"Loyalty, he noted, has long been a core value of the party.", "Loyalty", "indirect", "he", "noted", nullptr},
      // After an inverted source, a description is part of the mention, not more of what was said.
      {"The race is close, said Ann Ortiz, an analyst at the state bank.", "The race is close", "indirect",
       "Ann Ortiz, an analyst at the state bank", "said", "Ann Ortiz"},
      {"The race is close and the count will be slow, said Ann Ortiz, executive director of the election board.",
       "The race is close and the count will be slow", "indirect",
       "Ann Ortiz, executive director of the election board", "said", "Ann Ortiz"},
      {"Ortiz said the plan was \xE2\x80\x9C" "a disgrace.\xE2\x80\x9D",
       "the plan was \xE2\x80\x9C" "a disgrace.\xE2\x80\x9D", "mixed", "Ortiz", "said", nullptr},
      // The cue as PolNeAR marks it: auxiliaries and adverbs before the verb, a time adjunct after it.
      {"Ortiz has also said that the plant would close.", "that the plant would close", "indirect", "Ortiz",
       "has also said", nullptr},
      {"Ortiz said Tuesday that the plant would close.", "that the plant would close", "indirect", "Ortiz",
       "said Tuesday", nullptr},
      {"Ortiz said on Friday she met the owners.", "she met the owners", "indirect", "Ortiz", "said on Friday",
       nullptr},
      // ... but not when they open a possessive: "last week’s vote" is what was said about.
      {"Ortiz said last week's vote was \"a farce.\"", "last week's vote was \"a farce.\"", "mixed", "Ortiz", "said",
       nullptr},
      {"Ortiz said he opposes the plan but that the vote was fair.", "he opposes the plan but that the vote was fair",
       "indirect", "Ortiz", "said", nullptr},
      // A long listener before "that".
      {"Ortiz told The Daily Ledger of Riverton on Monday that the plant would close.",
       "that the plant would close", "indirect", "Ortiz", "told", nullptr},
      {"Ortiz told reporters outside the depot that the plant would close.", "that the plant would close",
       "indirect", "Ortiz", "told", nullptr},
      // Shares of a group as sources; one-word answers.
      {"Still, 52 percent of registered voters say they would consider it.", "they would consider it", "indirect",
       "52 percent of registered voters", "say", nullptr},
      {"Nine in 10 Democratic voters say they like her.", "they like her", "indirect",
       "Nine in 10 Democratic voters", "say", nullptr},
      {"Asked about the plan, about half of the voters said no.", "no", "indirect", "about half of the voters",
       "said", nullptr},
      // Sources with a phrase after their head, a possessive plural, a demonstrative.
      {"A spokesman for the city council said the plant would close.", "the plant would close", "indirect",
       "A spokesman for the city council", "said", nullptr},
      {"Sanders’ aides say the plant will close.", "the plant will close", "indirect", "Sanders’ aides", "say",
       nullptr},
      {"This group says the plant will close.", "the plant will close", "indirect", "This group", "says", nullptr},
      // A progressive cue and an adverb in -ly between the source and the verb.
      {"Ortiz is telling a crowd in Riverton that the plant will close.", "that the plant will close", "indirect",
       "Ortiz", "is telling", nullptr},
      {"Ortiz has increasingly decried the closing of the plant.", "the closing of the plant", "indirect", "Ortiz",
       "has increasingly decried", nullptr},
      // Verbs of evidence take a clause of any shape; object pronouns are listeners; the one asked to do
      // something is part of what was asked.
      {"A new poll shows upstart candidate Ana Ortiz leading the mayor.",
       "upstart candidate Ana Ortiz leading the mayor", "indirect", "A new poll", "shows", nullptr},
      {"He asked them to consider the future of the plant.", "them to consider the future of the plant", "indirect",
       "He", "asked", nullptr},
      {"During the service, the pastor asked the crowd to stand.", "the crowd to stand", "indirect", "the pastor", "asked",
       nullptr},
      // Words leading into a quotation of the same sentence make a mixed quote.
      {"Ortiz went after the board, calling it \"a total failure.\"", "it \"a total failure.\"", "mixed", "Ortiz",
       "calling", nullptr},
      // A quotation that ends with its own comma ends the clause before "adding", "but", "while".
      {"Ortiz said the plant had \"done its job,\" adding that the town would miss it.",
       "the plant had \"done its job,\"", "mixed", "Ortiz", "said", nullptr},
      {"Ortiz said the plan was \"sound,\" while the board voted against it.", "the plan was \"sound,\"", "mixed",
       "Ortiz", "said", nullptr},
      // A verb after "but" (or "and", past an adverb) shares the subject of the clause.
      {"Lee praised the mayor as \"a fine leader\" but described the budget as \"a mess.\"",
       "the budget as \"a mess.\"", "mixed", "Lee", "described", nullptr},
      {"Lee praised the mayor as \"a fine leader\" and then called the budget \"a mess.\"",
       "the budget \"a mess.\"", "mixed", "Lee", "then called", nullptr},
      // A comma or an aside between a verb of saying and what was said, after a source that opens the
      // sentence; "as I have said, …" is no cue of what follows.
      {"Rubio says, win or lose, he is staying in the race.", "win or lose, he is staying in the race", "indirect",
       "Rubio", "says", nullptr},
      {"Ortiz said \xE2\x80\x94 on the radio, as it happens \xE2\x80\x94 that the plant would close.",
       "that the plant would close", "indirect", "Ortiz", "said", nullptr},
      {"Ortiz said, in a statement, that the plant would close.", "that the plant would close", "indirect", "Ortiz",
       "said", nullptr},
      // A relative clause after a comma describes; a clause with a source and a cue of its own is a new
      // statement.
      {"Ortiz said the plan came from Dana Lee, who was her deputy at the time.", "the plan came from Dana Lee",
       "indirect", "Ortiz", "said", nullptr},
      {"Ortiz said that Dana Lee, who runs the depot, \"knows every bus by name.\"",
       "that Dana Lee, who runs the depot, \"knows every bus by name.\"", "mixed", "Ortiz", "said", nullptr},
      // A closing bracket whose opening one is outside, and a bracketed tag after the sentence end.
      {"(Ortiz said the talk of a walkout ended.)", "the talk of a walkout ended", "indirect", "Ortiz", "said", nullptr},
      {"Ortiz said the race would be close. [Ledger.]", "the race would be close", "indirect", "Ortiz", "said",
       nullptr},
      {"Ortiz said the plan (a new bridge) would pass.", "the plan (a new bridge) would pass", "indirect", "Ortiz",
       "said", nullptr},
      // After a verb of stance with no mark, a quotation is part of a mixed quote of the verb of saying.
      {"Ortiz says she wants \"a full review of the depot.\"", "she wants \"a full review of the depot.\"", "mixed",
       "Ortiz", "says", nullptr},
      // "…, a council member added." is a statement of its own, which holds the one before the comma.
      {"Ortiz says the race is tied, a council member added.", "Ortiz says the race is tied", "indirect",
       "a council member", "added", nullptr},
      {"Most voters said the mayor should stay, and a third said the council should go.",
       "the mayor should stay", "indirect", "Most voters", "said", nullptr},
      // A cue that takes a listener may take a question with none: "asked whether …".
      {"Lee asked whether the mayor \"gets\" the problem.", "whether the mayor \"gets\" the problem", "mixed", "Lee",
       "asked", nullptr},
      {"He asked if the plant would close.", "if the plant would close", "indirect", "He", "asked", nullptr},
      // A dash after a quotation opens the writer's aside; a second participle after a participle cue
      // reports on its own.
      {"Lee called the mayor \"the next Lincoln\" \xE2\x80\x94 a president Lee admires.", "the mayor \"the next Lincoln\"",
       "mixed", "Lee", "called", nullptr},
      {"Ortiz went after the board, calling it \"a failure\" and asserting that it should resign.",
       "it \"a failure\"", "mixed", "Ortiz", "calling", nullptr},
      // "…, but" goes on with what was said unless a subject or the speaker's next act follows.
      {"Ortiz said the plan was \"sound,\" but only for the first year.",
       "the plan was \"sound,\" but only for the first year", "mixed", "Ortiz", "said", nullptr},
      {"Ortiz said the plan was \"sound,\" but offered no figures.", "the plan was \"sound,\"", "mixed", "Ortiz",
       "said", nullptr},
      {"Ortiz said the plan was \"sound,\" but the board voted no.", "the plan was \"sound,\"", "mixed", "Ortiz",
       "said", nullptr},
      // A semicolon that ends the clause is no part of what was said.
      {"Ortiz says the plan helps the town; the board meets today.", "the plan helps the town", "indirect", "Ortiz",
       "says", nullptr},
      // An adjunct of the cue before "that" or before a comma and a quotation is no part of what was said.
      {"Ortiz said following the vote that the plan had \"failed.\"", "that the plan had \"failed.\"", "mixed",
       "Ortiz", "said following the vote", nullptr},
      // The adjunct runs on, with no comma, until "that": it is bounded by its clause, not by a count.
      {"Ortiz said in an interview with the Riverton Daily Ledger last week that the plant would close.",
       "that the plant would close", "indirect", "Ortiz",
       "said in an interview with the Riverton Daily Ledger last week", nullptr},
      {"Ortiz said in a long interview on the state radio network late on Monday that she would run again.",
       "that she would run again", "indirect", "Ortiz",
       "said in a long interview on the state radio network late on Monday", nullptr},
      {"Ortiz said on Twitter on Monday, \"We will win.\"", "\"We will win.\"", "direct", "Ortiz", "said", nullptr},
      // The title of a show in the adjunct is part of it too.
      {"Ortiz said on WRVN's \"Morning Hour\" that the plant would close.", "that the plant would close", "indirect",
       "Ortiz", "said on WRVN's \"Morning Hour\"", nullptr},
      {"Ortiz said on \"Riverton Tonight\" on Monday that the plan had \"failed.\"", "that the plan had \"failed.\"",
       "mixed", "Ortiz", "said on \"Riverton Tonight\" on Monday", nullptr},
      // The dot of an abbreviation that ends what was said is kept; a full stop is not.
      {"Ortiz said the ban would hurt the U.S.", "the ban would hurt the U.S.", "indirect", "Ortiz", "said", nullptr},
      {"Ortiz said the polls close at 7 p.m. on Tuesday.", "the polls close at 7 p.m. on Tuesday", "indirect", "Ortiz",
       "said", nullptr},
      // "…, adding that …" after a quotation that closes on its own comma: the same speaker goes on.
      {"Ortiz said the plan was \"a mess,\" adding that the board would vote again.",
       "that the board would vote again", "indirect", "Ortiz", "adding", nullptr},
      {"Ortiz told reporters that the plan was \"a mess,\" adding that the board would vote again.",
       "that the board would vote again", "indirect", "Ortiz", "adding", nullptr},
      // A noun of stance after a possessive and before "that" reports what its owner said.
      {"Critics seized on Mr. Ortiz's claim that the tolls were fair, and the vote went ahead.",
       "that the tolls were fair", "indirect", "Mr. Ortiz's", "claim", nullptr},
      {"The board met again after her warning that the bridge would fail.", "that the bridge would fail", "indirect", "her",
       "warning", nullptr},
      // A participle cue that opens its sentence reports its object up to the comma that closes it.
      {"Bemoaning the \xE2\x80\x9Cphony count,\xE2\x80\x9D Ortiz accused Lutz of lying.",
       "the \xE2\x80\x9Cphony count,\xE2\x80\x9D", "mixed", "Ortiz", "Bemoaning", nullptr},
      {"Praising the farmers, the mayor called the count fair.", "the farmers", "indirect", "the mayor", "Praising",
       nullptr},
      // "As X said, …" reports the clause after the comma, to the sentence end.
      {"As Ortiz noted on Monday, the tolls are \xE2\x80\x9Cunfair.\xE2\x80\x9D", "the tolls are \xE2\x80\x9Cunfair.\xE2\x80\x9D",
       "mixed", "Ortiz", "noted", nullptr},
      {"But as the Ledger has pointed out, the bridge is still closed.", "the bridge is still closed", "indirect",
       "the Ledger", "has pointed out", nullptr},
      // Cut before the next cue, what was said does not end with the conjunction that joined them.
      {"Lutz said he welcomed the vote and added, \xE2\x80\x9CI will plead guilty.\xE2\x80\x9D", "he welcomed the vote",
       "indirect", "Lutz", "said", nullptr},
      // A verb that governs a verb of saying through "to" makes one cue with it, in any form.
      {"Lutz went on to say that the tolls were fair.", "that the tolls were fair", "indirect", "Lutz",
       "went on to say", nullptr},
      {"\"It is late,\" Lutz said, going on to say that the tolls were \"unfair.\"",
       "that the tolls were \"unfair.\"", "mixed", "Lutz", "going on to say", nullptr},
      // A plural right before a verb in -s is part of what was said, not a source of its own.
      {"Lutz said the floods and protests demands that \"the levee be rebuilt.\"",
       "the floods and protests demands that \"the levee be rebuilt.\"", "mixed", "Lutz", "said", nullptr},
      // A verb of a state of mind after "and" or "but" goes on with what was said.
      {"Lutz said he was tired of the tolls and wanted a new bridge.", "he was tired of the tolls and wanted a new bridge",
       "indirect", "Lutz", "said", nullptr},
      {"Lutz said he doubted the plan but understood why the board chose it.",
       "he doubted the plan but understood why the board chose it", "indirect", "Lutz", "said", nullptr},
      {"Ortiz says she hopes to win the county, but she knows that \"the city will vote for Lutz.\"",
       "she hopes to win the county, but she knows that \"the city will vote for Lutz.\"", "mixed", "Ortiz", "says",
       nullptr},
      {"Ortiz says the tolls are fair, but wants \"a cheaper pass\" for farmers.",
       "the tolls are fair, but wants \"a cheaper pass\" for farmers", "mixed", "Ortiz", "says", nullptr},
      // A passive verb of saying with its agent after "by": what was said is the subject.
      {"\xE2\x80\x9C" "Dover Nights\xE2\x80\x9D was written by Dana Lutz after the flood.", "\xE2\x80\x9C" "Dover Nights\xE2\x80\x9D",
       "direct", "Dana Lutz", "was written", nullptr},
      {"His views were echoed by a number of farmers.", "His views", "indirect", "a number of farmers", "were echoed",
       nullptr},
      // An adverb of the cue right before "that" belongs to the cue.
      {"Ortiz said instead that the tolls were \xE2\x80\x9C" "fair.\xE2\x80\x9D", "that the tolls were \xE2\x80\x9C" "fair.\xE2\x80\x9D",
       "mixed", "Ortiz", "said instead", nullptr},
      {"Ortiz said again that the tolls were fair.", "that the tolls were fair", "indirect", "Ortiz", "said again",
       nullptr},
      // At the end of its sentence, "as X said" reports the clause before it.
      {"The plan is \xE2\x80\x9C" "a disgrace,\xE2\x80\x9D as Ortiz put it.", "The plan is \xE2\x80\x9C" "a disgrace,\xE2\x80\x9D",
       "mixed", "Ortiz", "put it", nullptr},
      {"The board met at noon, but the tolls will end soon, as Ortiz noted on Monday.", "the tolls will end soon",
       "indirect", "Ortiz", "noted", nullptr},
      // After a listener, a comma and a clause with a pronoun for its subject.
      {"Ortiz tells the crowd, he\xE2\x80\x99s been \xE2\x80\x9Ctough\xE2\x80\x9D on tolls.",
       "he\xE2\x80\x99s been \xE2\x80\x9Ctough\xE2\x80\x9D on tolls", "mixed", "Ortiz", "tells", nullptr},
      // "…, but that …" goes on with what was said.
      {"Ortiz said the vote was \"rushed,\" but that the board acted in good faith.",
       "the vote was \"rushed,\" but that the board acted in good faith", "mixed", "Ortiz", "said", nullptr},
      // A phrase of listener or manner and a colon before a quotation: what was said is the quotation.
      {"Ortiz says to the voters: \"This one is for you.\"", "\"This one is for you.\"", "direct", "Ortiz", "says",
       nullptr},
      {"Ortiz replied with a phrase of her own: \"Not today.\"", "\"Not today.\"", "direct", "Ortiz", "replied",
       nullptr},
      // A short aside in brackets after a name stays in the mention.
      {"Sen. Ana Ortiz (D-Va.) said the plant is \"a lost cause.\"", "the plant is \"a lost cause.\"", "mixed",
       "Sen. Ana Ortiz (D-Va.)", "said", "Ana Ortiz"},
      {"Ortiz (pictured) has also said that the plant would close.", "that the plant would close", "indirect",
       "Ortiz (pictured)", "has also said", nullptr},
      // After a comma, a verb of saying that follows an article is a noun, no cue of a clause of its
      // own: what was said goes on ("…, and a third said B" does not).
      {"Ortiz noted that as a builder, there was no reason to fear the plan.",
       "that as a builder, there was no reason to fear the plan", "indirect", "Ortiz", "noted", nullptr},
      {"Ortiz said the vote was lost, and a third said the count was wrong.", "the vote was lost", "indirect",
       "Ortiz", "said", nullptr},
  });
}

TEST_CASE("a line that opens with a name and a colon is that name's", "[quotes]") {
  check_cases({
      {"Ortiz: Bridge Will Reopen in May.\n\nThe mayor spoke on Monday.", "Bridge Will Reopen in May", "indirect",
       "Ortiz", ":", nullptr},
      {"Dr. Ana Ortiz: The Plan Is \xE2\x80\x98Not Fit to Serve.\xE2\x80\x99",
       "The Plan Is \xE2\x80\x98Not Fit to Serve.\xE2\x80\x99", "mixed", "Dr. Ana Ortiz", ":", nullptr},
      // A line of a transcript keeps the stop that ends it; a headline (above) does not.
      {"ORTIZ: Do you think the bridge will reopen?\nLANE: I think it will.", "I think it will.", "indirect", "LANE",
       ":", nullptr},
      {"The panel.\n\nORTIZ: Why now?\n\nLANE: Because the vote is near.", "Why now?", "indirect", "ORTIZ", ":",
       nullptr},
  });
  // Labels are nobody, and past the headline only a speaker in capitals labels a line.
  for (const char* t : {"Note: The bridge will reopen in May.", "Update: The bridge reopened.",
                        "The race.\n\nIowa: Ana Ortiz, Dana Lee, Ed Lane.", "Russia-Ukraine War: Talks Stall",
                        "The Ninth Circle: A View from the Hill", "Wow: The Mayor Just Said Something Odd",
                        "City Hall Daily: A Week of Votes"}) {
    INFO(t);
    for (const auto& q : quotes_of(t)) CHECK(q.speaker.empty());
  }
}

TEST_CASE("a transcript quoted whole is read line by line, each line its speaker's", "[quotes]") {
  const char* t =
      "The interview went as follows:\n\n\"REYES: Will the bridge reopen in May?\n\n\"ORTIZ: It will, if the "
      "council pays \u201cwhat it owes,\u201d and —.\n\n\"REYES: Thank you.\"";
  check_cases({
      {t, "Will the bridge reopen in May?", "indirect", "REYES", ":", nullptr},
      {t, "It will, if the council pays \u201cwhat it owes,\u201d and —.", "indirect", "ORTIZ", ":", nullptr},
      {t, "Thank you.", "indirect", "REYES", ":", nullptr},
  });
  for (const auto& q : quotes_of(t)) CHECK(q.text.find("REYES") == std::string::npos);
  // A quotation over paragraphs that does not open with a line, or with only one, stays one quotation.
  const std::vector<std::pair<const char*, std::size_t>> wholes{
      {"Her letter read:\n\n\"We will rebuild.\n\n\"NOTE: The vote is in May.\n\n\"ORTIZ: Yes.\"", 3},
      {"The memo said:\n\n\"ORTIZ: We will rebuild.\n\n\"The vote is in May.\"", 2}};
  for (const auto& [whole, paragraphs] : wholes) {
    INFO(whole);
    const auto qs = quotes_of(whole);
    REQUIRE(qs.size() == 1);
    CHECK(qs[0].kind == "direct");
    CHECK(qs[0].fragments.size() == paragraphs);
  }
}

TEST_CASE("\"as\" that opens a clause after a cue is no part of the cue", "[quotes]") {
  for (const char* t : {"Ortiz said as he left that the vote was \"a mistake.\"",
                        "The mayor described as well the plan to close the bridge."}) {
    INFO(t);
    for (const auto& q : quotes_of(t)) CHECK(q.cue.find(" as") == std::string::npos);
  }
}

TEST_CASE("a title before a cue with words of its own is no quotation of that cue", "[quotes]") {
  const auto qs = quotes_of("Sunday on the show \"Morning Report,\" Ana Ortiz said the plant would close.");
  const Seen* q = find_quote(qs, "the plant would close");
  REQUIRE(q != nullptr);
  CHECK(q->speaker == "Ana Ortiz");
  CHECK(q->cue == "said");
  for (const auto& other : qs) CHECK(other.speaker.empty() == (other.fragments.front() != "the plant would close"));
  // A quotation that is no title still takes the cue after it.
  const auto qs2 = quotes_of("\"We will rebuild it,\" Ana Ortiz said Tuesday.");
  REQUIRE(find_quote(qs2, "\"We will rebuild it,\"") != nullptr);
  CHECK(find_quote(qs2, "\"We will rebuild it,\"")->speaker == "Ana Ortiz");
}

TEST_CASE("a quotation that ends its sentence takes no cue that has words of its own", "[quotes]") {
  const auto qs = quotes_of("Ortiz spoke first. \"The game has become soft.\" He says referees are too strict.");
  const Seen* direct = find_quote(qs, "\"The game has become soft.\"");
  REQUIRE(direct != nullptr);
  CHECK(direct->cue != "says");
  const Seen* reported = find_quote(qs, "referees are too strict");
  REQUIRE(reported != nullptr);
  CHECK(reported->speaker == "He");
  CHECK(reported->cue == "says");
}

TEST_CASE("a quotation that ends its sentence takes a cue followed only by a listener", "[quotes]") {
  check_cases({
      {"\"Did you know it was the mayor?\" Todd asked the candidate.", "\"Did you know it was the mayor?\"",
       "direct", "Todd", "asked", nullptr},
      {"\"Why are you still backing him?\" Ortiz asked the council members.",
       "\"Why are you still backing him?\"", "direct", "Ortiz", "asked", nullptr},
      {"\"We will rebuild the bridge!\" he said to an enormous crowd.", "\"We will rebuild the bridge!\"", "direct",
       "he", "said", nullptr},
      {"\"You think I am going to change?\" Lane asked reporters rhetorically during a stop.",
       "\"You think I am going to change?\"", "direct", "Lane", "asked", nullptr},
  });
  // Words after the listener that run into a quotation of their own say something else.
  const auto qs = quotes_of("\"The game has become soft.\" They ask the board to make it clear \"that the rules stay.\"");
  const Seen* first = find_quote(qs, "\"The game has become soft.\"");
  REQUIRE(first != nullptr);
  CHECK(first->cue != "ask");
}

TEST_CASE("mixed quotes: the words that lead from a cue into a quotation are what was said", "[quotes]") {
  check_cases({
      // A verb with no cue of its own, its object and "as" before the quotation: the object and "as"
      // lead into what was said (not after a verb of saying, whose report takes the whole).
      {"In recent weeks, Reid has gone after Ortiz as a \"con man.\"", "Ortiz as a \"con man.\"", "mixed", "Reid",
       "has gone after", nullptr},
      {"Last year, Reid played down the mayor's remarks as \"just part of the campaign\" and moved on.",
       "the mayor's remarks as \"just part of the campaign\"", "mixed", "Reid", "played down", nullptr},
      {"Her campaign page lists him as \"director of the fund.\"", "him as \"director of the fund.\"", "mixed",
       "Her campaign page", "lists", nullptr},
      {"Ortiz said voters treat the mayor as a \"clown.\"", "voters treat the mayor as a \"clown.\"", "mixed",
       "Ortiz", "said", nullptr},
      // A verb of saying right before the comma that leads into a quotation introduces it: the words
      // before it are no lead-in of the quotation's cue after it.
      {"When a man in the crowd shouted, \"Four more years,\" Ortiz joked.", "\"Four more years,\"", "direct",
       "Ortiz", "joked", nullptr},
      // A verb of saying inside what another reports is no cue of the quotation after its comma.
      {"Ortiz said that if the army pulls back, \"the town will fall.\"",
       "that if the army pulls back, \"the town will fall.\"", "mixed", "Ortiz", "said", nullptr},
      {"The senator said he rarely asks donors for help, \"except for old friends.\"",
       "he rarely asks donors for help, \"except for old friends.\"", "mixed", "The senator", "said", nullptr},
      {"The mayor said that Ortiz tells voters every week, \"We will fix the roads.\"",
       "that Ortiz tells voters every week, \"We will fix the roads.\"", "mixed", "The mayor", "said", nullptr},
      // An aside set off by commas between the verb and what was said belongs to neither.
      {"The mayor praised the port. He added, though, that in the end \"nobody could have stopped it.\"",
       "that in the end \"nobody could have stopped it.\"", "mixed", "He", "added", nullptr},
      {"Ortiz said, however, that the vote was \"a farce.\"", "that the vote was \"a farce.\"", "mixed", "Ortiz",
       "said", nullptr},
      {"Ortiz said, per an interpreter, that the dam was \"a ruin.\"", "that the dam was \"a ruin.\"", "mixed",
       "Ortiz", "said", nullptr},
      // After a quotation that ends its sentence, "She also said, <aside>, that" starts a statement of its own.
      {"\"We will win,\" she said. She also said, without evidence, that \"they are buying votes.\"",
       "that \"they are buying votes.\"", "mixed", "She", "also said", nullptr},
      {"The count was slow. \"We will win.\" She also said, without evidence, that \"they are buying votes.\"",
       "that \"they are buying votes.\"", "mixed", "She", "also said", nullptr},
      // A cue whose next words lead into a quotation reports them, not the adjunct before its subject.
      {"On the campaign trail, Ortiz describes herself as \"a careful reformer.\"",
       "herself as \"a careful reformer.\"", "mixed", "Ortiz", "describes", nullptr},
      {"In the interview, Ortiz called the plan \"a disgrace.\"", "the plan \"a disgrace.\"", "mixed", "Ortiz",
       "called", nullptr},
      // A dash after the quotation opens the writer's aside, unless a second one closes it; a hyphen
      // inside a word is no dash.
      {"Ortiz said the plan would help \"up-skill\" workers - and she made sure to include the miners.",
       "the plan would help \"up-skill\" workers", "mixed", "Ortiz", "said", nullptr},
      {"Ortiz said the plan would help \"up-skill\" workers \xE2\x80\x94 the first such plan \xE2\x80\x94 in the north.",
       "the plan would help \"up-skill\" workers \xE2\x80\x94 the first such plan \xE2\x80\x94 in the north", "mixed", "Ortiz",
       "said", nullptr},
      {"Reyes complained that the count had been \"rigged\" against her, a claim that county officials strongly denied.",
       "that the count had been \"rigged\" against her", "mixed", "Reyes", "complained", nullptr},
      {"Reyes said some families would pay \"slightly more\" in fees, an admission that her rivals quickly seized on.",
       "some families would pay \"slightly more\" in fees", "mixed", "Reyes", "said", nullptr},
      {"Ortiz said the plan had been \"shaped\" by Dana Reyes, a lawyer in the city.",
       "the plan had been \"shaped\" by Dana Reyes, a lawyer in the city", "mixed", "Ortiz", "said", nullptr},
      // Where the words were said, right after the closing mark, is no part of them.
      {"Reyes said her campaign did not want \"that kind of help,\" in an interview with the Ledger on Sunday.",
       "her campaign did not want \"that kind of help,\"", "mixed", "Reyes", "said", nullptr},
      {"Reyes called the levy \"a disgrace\" on her Facebook page.", "the levy \"a disgrace\"", "mixed", "Reyes",
       "called", nullptr},
      // So is when, a day right after the closing mark.
      {"Reyes called the levy \"a disgrace\" Wednesday on the radio.", "the levy \"a disgrace\"", "mixed", "Reyes",
       "called", nullptr},
      {"Reyes called the levy \"a disgrace\" on Monday.", "the levy \"a disgrace\"", "mixed", "Reyes", "called",
       nullptr},
      {"Ortiz said the plan would help \"up-skill\" workers in a pro-growth way.",
       "the plan would help \"up-skill\" workers in a pro-growth way", "mixed", "Ortiz", "said", nullptr},
      // The words before a cue set off by commas, right before the quotation, are its first fragment
      // when they are a topic or a clause, not when they set the scene.
      {"Of the new plan, Ortiz, who chairs the board, said, \"It will not work.\"", "Of the new plan", "mixed",
       "Ortiz, who chairs the board,", "said", nullptr},
      {"As for the cost, said Ana Ortiz, \"we will pay it.\"", "As for the cost", "mixed", "Ana Ortiz", "said",
       nullptr},
      // A noun that is also a verb of stance ("attacks", "claims") is no verb of its own; one after its
      // subject is ("although he criticized the plan, …" reports something else).
      {"As for the plan to stop the attacks, Ortiz said, \"It will not work.\"", "As for the plan to stop the attacks",
       "mixed", "Ortiz", "said", nullptr},
      {"Although he criticized the plan, Ortiz said, \"It will work.\"", "\"It will work.\"", "direct", "Ortiz",
       "said", nullptr},
      {"In a statement, Ortiz said, \"It will not work.\"", "\"It will not work.\"", "direct", "Ortiz", "said",
       nullptr},
      {"Asked about the cost, Ortiz said, \"It will not work.\"", "\"It will not work.\"", "direct", "Ortiz",
       "said", nullptr},
      {"But, said Solovey, \"we will pay it.\"", "\"we will pay it.\"", "direct", "Solovey", "said", nullptr},
      // An inverted cue that opens the sentence, with an apposition kept in the mention.
      {"Said Comey, \"The error is ours.\"", "\"The error is ours.\"", "direct", "Comey", "Said", nullptr},
      {"Said Ann Ortiz, who grew up with him on the street, \"We were all so proud of him.\"",
       "\"We were all so proud of him.\"", "direct", "Ann Ortiz, who grew up with him on the street,", "Said",
       nullptr},
      // No source in the sentence: the question asked is still reported, and the clause after it is not part of it.
      {"Asked whether the plan \"will work at all,\" 70 percent of voters said no.",
       "whether the plan \"will work at all,\"", "mixed", "", "Asked", nullptr},
      {"Asked whether the plan \"will work at all,\" 70 percent of voters said no.", "no", "indirect",
       "70 percent of voters", "said", nullptr},
  });
  // A speakerless cue is reported with less confidence than an attributed one, and never takes the
  // quotation from a verb of saying that has its source ("… and been named as a candidate, said “…”").
  const auto qs = quotes_of("Asked whether the plan \"will work at all,\" 70 percent of voters said no.");
  const Seen* asked = find_quote(qs, "whether the plan \"will work at all,\"");
  REQUIRE(asked != nullptr);
  CHECK(asked->confidence < 0.5);
  // A verb of saying right before a quotation introduces it even when its source is not found: the
  // quotation keeps that cue and no speaker instead of going on from the quotation before it.
  const auto cue_only = quotes_of("\"We will win,\" she said.\nThe letter ended there. Then, adding: \"We will not pay.\"");
  const Seen* added = find_quote(cue_only, "\"We will not pay.\"");
  REQUIRE(added != nullptr);
  CHECK(added->cue == "adding:");
  CHECK(added->speaker.empty());
  CHECK(added->confidence < 0.5);
  // "by saying": the subject of the clause is the source.
  const auto by = quotes_of("The mayor ended the meeting by saying, \"We will not pay.\"");
  REQUIRE(find_quote(by, "\"We will not pay.\"") != nullptr);
  CHECK(find_quote(by, "\"We will not pay.\"")->speaker == "The mayor");
  const auto named = quotes_of(
      "Dana Reyes, who has met the mayor twice and been mentioned as a candidate, said \"there could be\" a deal.");
  for (const auto& q : named) CHECK(q.cue != "mentioned");
}

TEST_CASE("a relative pronoun that is the object of a cue is the first fragment of what was said", "[quotes]") {
  struct Rel {
    const char* text;
    const char* first;   // first fragment: the pronoun
    const char* second;  // the fragment after the source and cue
    const char* speaker;
  };
  const std::vector<Rel> cases = {
      {"Ortiz attacked the port plan, which she called \"a gift to the developers\" at the meeting.", "which",
       "\"a gift to the developers\" at the meeting", "she"},
      {"He took aim at Dana Reyes, whom he dubbed \"the little mayor.\"", "whom", "\"the little mayor.\"", "he"},
      {"The board met on the levy, which an audit said was \"badly managed\" for years.", "which",
       "was \"badly managed\" for years", "an audit"},
  };
  for (const auto& c : cases) {
    INFO(c.text);
    const auto qs = quotes_of(c.text);
    const Seen* q = find_quote(qs, c.first);
    REQUIRE(q != nullptr);
    CHECK(q->speaker == c.speaker);
    REQUIRE(q->fragments.size() == 2u);
    CHECK(q->fragments.back() == c.second);
  }
  // After a preposition the pronoun is an adjunct, not what was said.
  const auto adjunct = quotes_of("Ortiz sent a letter in which she said the vote was \"a farce.\"");
  REQUIRE(find_quote(adjunct, "the vote was \"a farce.\"") != nullptr);
  CHECK(find_quote(adjunct, "which") == nullptr);
}

TEST_CASE("\"according to\" after a quotation and its cue reports both", "[quotes]") {
  const auto qs = quotes_of("\"We will rebuild the bridge by May,\" Ortiz said at a rally, according to the Ledger.");
  const Seen* inner = find_quote(qs, "\"We will rebuild the bridge by May,\"");
  REQUIRE(inner != nullptr);
  CHECK(inner->kind == "direct");
  CHECK(inner->speaker == "Ortiz");
  CHECK(inner->cue == "said");
  const Seen* outer = find_quote(qs, "\"We will rebuild the bridge by May,\" Ortiz said at a rally");
  REQUIRE(outer != nullptr);
  CHECK(outer->kind == "mixed");
  CHECK(outer->speaker == "the Ledger");
  CHECK(outer->cue == "according to");
  // A quotation that closes on its own comma before "according to" is what that source reports.
  const auto own_comma = quotes_of("The vote was close. \"We will rebuild the bridge by May,\" according to the Ledger.");
  const Seen* q = find_quote(own_comma, "\"We will rebuild the bridge by May,\"");
  REQUIRE(q != nullptr);
  CHECK(q->speaker == "the Ledger");
  CHECK(q->cue == "according to");
  // So is reported speech whose quotation closes on that comma: the report inside is dropped.
  const auto reported = quotes_of("The clerk said the order was meant to \"avoid a delay,\" according to the Ledger.");
  REQUIRE(reported.size() == 1);
  CHECK(reported[0].text == "The clerk said the order was meant to \"avoid a delay,\"");
  CHECK(reported[0].speaker == "the Ledger");
  CHECK(reported[0].cue == "according to");
  // With no attributed quotation before it, "…, according to X." reports the clause as before.
  const auto plain = quotes_of("The bridge will reopen in May, according to the Ledger.");
  const Seen* p = find_quote(plain, "The bridge will reopen in May");
  REQUIRE(p != nullptr);
  CHECK(p->cue == "according to");
}

TEST_CASE("reported speech inside the content of other reported speech is no attribution of its own", "[quotes]") {
  // The clause of a labelled line, and "say they think": the outer statement is kept, the inner dropped.
  const auto line = quotes_of("Transcript.\nREYES: I think the plan will fail because the council has no money.");
  REQUIRE(line.size() == 1);
  CHECK(line[0].speaker == "REYES");
  CHECK(line[0].text == "I think the plan will fail because the council has no money.");
  const auto say = quotes_of("Ortiz says the race is tied, a council member added.");
  REQUIRE(say.size() == 1);
  CHECK(say[0].cue == "added");
  // A direct quotation keeps its own attribution inside another ("according to" below holds it).
  const auto direct = quotes_of("\"We will rebuild the bridge by May,\" Ortiz said, according to the Ledger.");
  REQUIRE(direct.size() == 2);
  CHECK(find_quote(direct, "\"We will rebuild the bridge by May,\"") != nullptr);
}

TEST_CASE("far from its cue, a \"that\" before a verb opens a relative clause, not what was said", "[quotes]") {
  for (const char* text : {"The agency reported at a clinic in the north of the county that works with farmers a rise in cases.",
                           "Ortiz spoke at length on Monday about the fate of the old mill on the river that runs through the town."}) {
    INFO(text);
    for (const auto& q : quotes_of(text)) CHECK(q.text.rfind("that ", 0) != 0);
  }
}

TEST_CASE("a comma after a cue that does not open its sentence leads to no content", "[quotes]") {
  const char* t = "If, as I have suggested, the owners benefit from the rule, the town loses.";
  for (const auto& q : quotes_of(t)) CHECK(q.cue.find("suggested") == std::string::npos);
}

TEST_CASE("a verb of stance with a bare noun phrase reports an act, with less confidence", "[quotes]") {
  const auto acts = quotes_of("The mayor dismissed a proposed truce from the council.");
  const Seen* act = find_quote(acts, "a proposed truce from the council");
  REQUIRE(act != nullptr);
  const auto said = quotes_of("The mayor said a truce was near.");
  const Seen* s = find_quote(said, "a truce was near");
  REQUIRE(s != nullptr);
  CHECK(act->confidence < 0.5);
  CHECK(s->confidence > 0.5);
}

TEST_CASE("denials, nouns and titles in headlines are no cues", "[quotes]") {
  const char* texts[] = {
      "Ortiz began his speech with a joke about the bridge.",
      "Ortiz continues to lead the council in the polls.",
      "Ortiz spoke at a rally in the town square on Monday.",
      "The mayor's comments drew a crowd to the hall.",
      "Republicans control the legislatures in 30 states this year.",
      "Contributing: Dana Lee in Riverton.",
      "Officials did not say whether the plant would close.",
      "The plan, an executive order on water, passed.",
      "City Hall Defends Bus Cuts as Ridership Falls",
      // After a possessive a cue word is a noun; after "there’s" it opens no report.
      "Ortiz’s claim that the dam is safe was wrong.",
      "There’s talk that the mayor will resign.",
      "That’s compared to the cost of the old bridge.",
      // The bare form of "back" is a particle or a vote.
      "The campaign moves back to the coast, where voters are less religious.",
      "Forty percent of likely voters back Ortiz, up four points from May.",
      // "maintain" reports a clause with "that", not a lead it keeps.
      "Ortiz maintained a wide lead over the mayor among older voters.",
  };
  for (const char* t : texts) {
    INFO(t);
    CHECK(quotes_of(t).empty());
  }
}

TEST_CASE("speakers: pronouns, surnames and descriptions resolve to names", "[quotes][speakers]") {
  const std::string text =
      "Pavel Snop, a former real estate agent from St. Petersburg, left in 2022. \"The war will be over when "
      "Putin is over,\" Snop said. He emphasized that the exiles would not return. \"We wait,\" the former "
      "agent said. Experts note that the exodus hurts the economy.";
  const auto r = factlight::analyze(text);
  REQUIRE(r.ok());
  const auto& a = *r.analysis;
  std::vector<std::string> names, mentions, kinds;
  for (const auto& q : a.quotes) {
    names.push_back(q.speaker_name);
    mentions.push_back(q.speaker ? std::string(a.doc.slice(*q.speaker)) : "");
    kinds.push_back(speaker_kind_str(q.speaker_kind));
  }
  REQUIRE(a.quotes.size() == 4);
  CHECK(mentions == std::vector<std::string>{"Snop", "He", "the former agent", "Experts"});
  CHECK(names == std::vector<std::string>{"Pavel Snop", "Pavel Snop", "Pavel Snop", "Experts"});
  CHECK(kinds == std::vector<std::string>{"person", "person", "person", "vague"});
  REQUIRE(a.speakers.size() == 1);
  CHECK(a.speakers[0].name == "Pavel Snop");
  CHECK(a.speakers[0].mentions.size() == 3);
  CHECK(a.speakers[0].quotes == std::vector<uint32_t>{1, 2, 3});
  REQUIRE_FALSE(a.speakers[0].descriptions.empty());
  CHECK(a.speakers[0].descriptions[0] == "a former real estate agent from St. Petersburg");
}

TEST_CASE("scare quotes and titles have no speaker", "[quotes]") {
  const char* texts[] = {
      "The so-called \"reform\" cut bus routes.",
      "She reads \xE2\x80\x9CWar and Peace\xE2\x80\x9D every winter.",
      "\xE2\x80\x9CWhatever works\xE2\x80\x9D is the motto of the depot.",
      // A title that ends its sentence, its full stop inside the marks.
      "She now hosts the podcast \xE2\x80\x9CSo, That Happened.\xE2\x80\x9D",
      "He is now host of \"The Late Hour with Dana Lee.\"",
      // A participle of naming after a noun names a thing: nobody said it.
      "The troupe staged a play called \"Sons of Dover\" in the spring.",
      "The depot runs a blog, called the \"Dispatch,\" with four writers.",
  };
  for (const char* t : texts) {
    INFO(t);
    const auto qs = quotes_of(t);
    REQUIRE(qs.size() == 1);
    CHECK(qs[0].scare);
    CHECK(qs[0].speaker.empty());
  }
  // A subhead set in single marks after a quotation neither continues it nor takes its speaker.
  const auto qs = quotes_of("\"The planet is warming fast,\" Mr. Lane said.\n'All Bets Are Off.'\nThe rest follows.");
  const Seen* sub = find_quote(qs, "'All Bets Are Off.'");
  REQUIRE(sub != nullptr);
  CHECK(sub->scare);
  CHECK(sub->speaker.empty());
}

TEST_CASE("words named by a noun or verb of naming right before them are quoted with that cue", "[quotes]") {
  struct Named {
    const char* text;
    const char* quoted;
    const char* cue;  // empty: stays a scare quote
  };
  const std::vector<Named> cases = {
      {"The board released a memo titled \"Where the Budget Stands\" on Friday.", "\"Where the Budget Stands\"", "titled"},
      {"Her first novel, entitled, \xE2\x80\x9CSalt and Rain,\xE2\x80\x9D sold well.",
       "\xE2\x80\x9CSalt and Rain,\xE2\x80\x9D", "entitled"},
      {"The mayor ran on the slogan \"Buses for Everyone\" in the last race.", "\"Buses for Everyone\"", "slogan"},
      {"The driver walked in to chants of \"Ten more years!\" from the riders.", "\"Ten more years!\"", "chants of"},
      {"A sign reading, \"Fix the bridge,\" stood by the river.", "\"Fix the bridge,\"", "reading"},
      {"The ferryman, known as \"Old Tom,\" retired in May.", "\"Old Tom,\"", "known as"},
      {"In 1998 the baker published \"Bread in Hard Times\" with a small press.", "\"Bread in Hard Times\"",
       "published"},
      // The naming word must stand right before the marks (a comma or colon between them at most).
      {"The phrase she used at every meeting, \"safe streets,\" is now on the buses.", "\"safe streets,\"", ""},
      {"The so-called \"reform\" cut bus routes.", "\"reform\"", ""},
      {"The chants grew louder and \"victory\" was the word on every lip.", "\"victory\"", ""},
  };
  for (const Named& c : cases) {
    INFO(c.text);
    const auto qs = quotes_of(c.text);
    const Seen* q = find_quote(qs, c.quoted);
    REQUIRE(q != nullptr);
    CHECK(q->speaker.empty());
    if (*c.cue) {
      CHECK_FALSE(q->scare);
      CHECK(q->kind == "direct");
      CHECK(q->cue == c.cue);
    } else {
      CHECK(q->scare);
    }
    // A title, a slogan or a chant is no statement that wants a speaker.
    CHECK(count_findings(c.text, "unattributed_quote") == 0);
  }
}

TEST_CASE("quoted words after words of their sentence, with no cue, are kept apart from statements", "[quotes]") {
  struct Woven {
    const char* text;
    const char* quoted;
    bool scare;
  };
  const std::vector<Woven> cases = {
      // Woven in after words of the sentence, however long: a label, a slogan, a phrase held at arm's length.
      {"The depot's plan to \"run every bus on time for every rider in the valley\" stalled again.",
       "\"run every bus on time for every rider in the valley\"", true},
      {"A plaque by the old bridge marks the \xE2\x80\x9Cnight the river came through the bakery and the school.\xE2\x80\x9D",
       "\xE2\x80\x9Cnight the river came through the bakery and the school.\xE2\x80\x9D", true},
      {"The \"broken promise\" of a new bridge still angers the residents.", "\"broken promise\"", true},
      // A title and its byline.
      {"\"The river town that learned to live with floods,\" by the Dover Ledger's Dana Lee: the town has moved.",
       "\"The river town that learned to live with floods,\"", true},
      {"\"A bakery reopens after the long and wet winter,\" by Ana Ortiz.",
       "\"A bakery reopens after the long and wet winter,\"", true},
      // Opening the sentence, a quotation with words after it is a statement whose cue was not found.
      {"\"The buses will run on time from Monday onwards,\" the transit board's notice to riders announced.",
       "\"The buses will run on time from Monday onwards,\"", false},
      {"\"We have waited for this bridge for twenty long years\" is what the sign by the river reads.",
       "\"We have waited for this bridge for twenty long years\"", false},
      // After a colon, a quotation opens a clause of its own.
      {"One line stood out: \"We will rebuild every house that the river took from us,\" a neighbour wrote.",
       "\"We will rebuild every house that the river took from us,\"", false},
  };
  for (const Woven& c : cases) {
    INFO(c.text);
    const auto qs = quotes_of(c.text);
    const Seen* q = find_quote(qs, c.quoted);
    REQUIRE(q != nullptr);
    CHECK(q->scare == c.scare);
    if (c.scare) CHECK(q->speaker.empty());
    CHECK(count_findings(c.text, "unattributed_quote") == (c.scare || !q->speaker.empty() ? 0 : 1));
  }
}

TEST_CASE("stray and unbalanced marks never swallow the rest of the article", "[quotes]") {
  struct Stray {
    const char* text;
    const char* later_quote;  // a quote after the stray mark that must still be found whole
    int findings;
  };
  const std::vector<Stray> cases = {
      {"He said \"it was late.\nNobody came.\n\"The bus never came,\" Ortiz said.", "\"The bus never came,\"", 1},
      {"It ended.\" Nobody knew why.\n\"The bus never came,\" Ortiz said.", "\"The bus never came,\"", 1},
      {"\xE2\x80\x9CUnclosed curly at the start of a line\nThe next line is plain.\n\"Late,\" Ortiz said.",
       "\"Late,\"", 1},
      {"A 6\" pipe burst.\n\"Late,\" Ortiz said.", "\"Late,\"", 1},
      {"\xC2\xAB\xC2\xAB\xC2\xAB\n\"Late,\" Ortiz said.", "\"Late,\"", 1},
      {"\xE2\x80\x9D Nobody came.\n\"Late,\" Ortiz said.", "\"Late,\"", 1},
      // A straight mark left open is not continued by a paragraph that opens with a curly one: each
      // paragraph of one long quotation opens with the same kind of mark.
      {"\"The bus was late again.\n\xE2\x80\x9CLate,\xE2\x80\x9D Ortiz said.", "\xE2\x80\x9CLate,\xE2\x80\x9D", 1},
  };
  for (const auto& c : cases) {
    INFO(c.text);
    const auto qs = quotes_of(c.text);
    const Seen* q = find_quote(qs, c.later_quote);
    REQUIRE(q != nullptr);
    CHECK(q->speaker == "Ortiz");
    CHECK(count_findings(c.text, "unbalanced_quote") == c.findings);
  }
}

TEST_CASE("a mark left open after \"X said.\" opens a quotation to the paragraph end that goes on from X", "[quotes]") {
  struct Open {
    const char* text;
    const char* fragment;  // the quotation recovered, to the paragraph end
  };
  const std::vector<Open> cases = {
      {"\xE2\x80\x9CWe will win,\xE2\x80\x9D Ortiz said. \xE2\x80\x9CThe bridge opens in May. \xE2\x80\x9C\nThe rain stopped.",
       "\xE2\x80\x9CThe bridge opens in May. \xE2\x80\x9C"},
      {"\"We will win,\" Ortiz said. \"The bridge opens in May, and the port follows.\nThe rain stopped.",
       "\"The bridge opens in May, and the port follows."},
  };
  for (const auto& c : cases) {
    INFO(c.text);
    const auto qs = quotes_of(c.text);
    const Seen* q = find_quote(qs, c.fragment);
    REQUIRE(q != nullptr);
    CHECK(q->speaker == "Ortiz");
    CHECK(count_findings(c.text, "unbalanced_quote") == 1);
  }
  // A quotation paired after the stray mark keeps its own cue: the mark is dropped as before.
  const char* paired = "The vote was close. \"Late. \"The bus never came,\" Ana Ortiz said.";
  const auto qs = quotes_of(paired);
  const Seen* bus = find_quote(qs, "\"The bus never came,\"");
  REQUIRE(bus != nullptr);
  CHECK(bus->speaker == "Ana Ortiz");
  // One that opens its paragraph is still dropped: it often sets off an excerpt.
  const auto first = quotes_of("\"An excerpt with no end\nThe rain stopped.");
  CHECK(first.empty());
}

TEST_CASE("hostile inputs finish and stay bounded", "[quotes][slow-input]") {
  // 100,000 marks in one paragraph, 10,000-deep nesting, a 5 MB quotation, many cues in one sentence.
  std::string marks;
  for (int i = 0; i < 100000; ++i) marks += (i % 3 == 0) ? "\" " : "\xE2\x80\x9C";
  std::string nested;
  for (int i = 0; i < 10000; ++i) nested += "\xE2\x80\x9Cword ";
  for (int i = 0; i < 10000; ++i) nested += "word\xE2\x80\x9D ";
  std::string big = "\"";
  while (big.size() < 5u * 1024 * 1024) big += "the bridge will reopen in May and the council said so ";
  big += ".\" Ortiz said.";
  std::string cues = "Ortiz said";
  for (int i = 0; i < 50000; ++i) cues += " that she said";
  cues += " it.";
  // One sentence of cues each followed by an attributed quotation: once quadratic, now linear.
  std::string cued = "Ortiz said";
  for (int i = 0; i < 20000; ++i) cued += " she said that \xE2\x80\x9Cit\xE2\x80\x9D, he said";
  cued += ".";
  // Many descriptions and nominal mentions to resolve, and interrupting cues.
  std::string nominal, interrupted;
  for (int i = 0; i < 20000; ++i) {
    nominal += "Ng, a former agent number " + std::to_string(i) + ", left. The former agent said it. ";
    interrupted += "Loyalty, he noted, ";
  }
  interrupted += "ends here.";
  // One paragraph of sentences with a mixed quotation and long words around its marks: the
  // boundary chooser's windows stay bounded.
  std::string mixed;
  for (int i = 0; i < 20000; ++i)
    mixed += "Ortiz called the old plan of the city council in the valley \xE2\x80\x9C" "a waste\xE2\x80\x9D while the "
             "mayor and the people in the room and the board of the bank stayed quiet. ";
  for (const std::string* t : {&marks, &nested, &big, &cues, &cued, &nominal, &interrupted, &mixed}) {
    const auto r = factlight::analyze(*t);
    REQUIRE(r.ok());
    CHECK(r.analysis->quotes.size() <= t->size());
  }
  CHECK(factlight::analyze(mixed).analysis->quotes.size() == 20000);  // one a sentence, none lost
  const auto r = factlight::analyze(big);
  REQUIRE(r.analysis->quotes.size() == 1);
  CHECK(r.analysis->quotes[0].speaker_name == "Ortiz");
}

namespace {

// The first fragment ... last fragment of each quotation, from the boundary chooser's entry point with the
// model on or off (off: the rules' boundaries).
struct Choice {
  bool start = true;
  factlight::ByteSpan fragment;
  std::vector<uint32_t> bytes;  // the candidates, the rules' own first
  std::size_t features = 0;     // features of each candidate, checked to be the same count
  bool same_count = true;
};

struct Collect : factlight::quote_bounds::Recorder {
  std::vector<Choice> choices;
  void boundary(bool start, factlight::ByteSpan fragment) override {
    choices.emplace_back();
    choices.back().start = start;
    choices.back().fragment = fragment;
  }
  void candidate(uint32_t byte, const uint32_t* features, std::size_t count) override {
    Choice& c = choices.back();
    if (c.bytes.empty()) c.features = count;
    c.same_count = c.same_count && count == c.features && features != nullptr;
    c.bytes.push_back(byte);
  }
};

std::vector<std::string> contents_of(const std::string& text, bool use_model, Collect* rec = nullptr) {
  const factlight::Document doc(text);
  std::vector<factlight::Quote> quotes;
  std::vector<factlight::Finding> findings;
  factlight::quote_bounds::extract_quotes_traced(doc, quotes, findings, rec, use_model);
  std::vector<std::string> out;
  for (const auto& q : quotes) out.emplace_back(doc.slice({q.fragments.front().begin, q.fragments.back().end}));
  return out;
}

bool has(const std::vector<std::string>& xs, const std::string& x) {
  return std::find(xs.begin(), xs.end(), x) != xs.end();
}

}  // namespace

TEST_CASE("the boundary chooser moves a quotation's start or end where the annotations put it", "[quotes]") {
  struct Bounds {
    const char* text;
    const char* rules;  // the content the rules give
    const char* model;  // the content the learned chooser picks
  };
  const std::vector<Bounds> cases = {
      // "called on X to": the one called on is where what was asked starts (the rules take "called on"
      // as the cue, so they agree with the chooser here)
      {"Ortiz called on the council to \"act before the next flood.\"",
       "the council to \"act before the next flood.\"", "the council to \"act before the next flood.\""},
      // an adverb between a participle cue and its quotation is no part of it
      {"\"We cannot afford it,\" Ortiz said, adding later, \"The numbers do not work.\"",
       "later, \"The numbers do not work.\"", "\"The numbers do not work.\""},
      // an adjunct of an interposed cue is no part of what was said
      {"The engineer, Whitfield explained earlier in the hearing, was \"well paid.\"",
       "in the hearing, was \"well paid.\"", "was \"well paid.\""},
  };
  for (const Bounds& c : cases) {
    INFO(c.text);
    const auto rules = contents_of(c.text, false);
    const auto model = contents_of(c.text, true);
    CHECK(has(rules, c.rules));
    CHECK(has(model, c.model));
  }
}

TEST_CASE("the boundary chooser keeps the rules' boundary among few candidates and the marks inside", "[quotes]") {
  const std::vector<std::string> texts = {
      "Ortiz called the new bridge \xE2\x80\x9C" "a monument to waste.\xE2\x80\x9D",
      "Whitfield said the plan is \"a good first step\" but needs more money, while her rival disagreed.",
      "\"The river is rising,\" the engineer said. \"We have two days.\"",
      "Ortiz said on the radio on Monday, in reference to the flood, \"The fund is empty.\"",
      "Ortiz thanked the volunteers for \"working through the night\" and the council for nothing.",
  };
  for (const std::string& text : texts) {
    INFO(text);
    Collect rec;
    const auto rules = contents_of(text, false, &rec);
    REQUIRE_FALSE(rec.choices.empty());
    for (const auto& ch : rec.choices) {
      REQUIRE(!ch.bytes.empty());
      CHECK(ch.bytes.size() <= 45);
      CHECK(ch.same_count);
      CHECK(ch.features > 10);
      // the rules' boundary comes first: where the fragment starts or ends
      CHECK(ch.bytes[0] == (ch.start ? ch.fragment.begin : ch.fragment.end));
      for (const uint32_t b : ch.bytes) CHECK(b <= text.size());
    }
    const auto model = contents_of(text, true);
    REQUIRE(model.size() == rules.size());
    // whatever it picks, what was said keeps its marks and ends with no comma, dash or colon of its own
    auto marked = [](const std::string& x) { return x.find('"') != std::string::npos || x.find("\xE2\x80\x9C") != std::string::npos; };
    for (std::size_t i = 0; i < model.size(); ++i) {
      INFO(rules[i] << " -> " << model[i]);
      CHECK(marked(model[i]) == marked(rules[i]));
      const char last = model[i].back();
      CHECK((last != ',' && last != ':' && last != '-'));
    }
  }
}

TEST_CASE("a passive cue with its agent after \"by\" attributes the quotation that follows to the agent",
          "[quotes]") {
  check_cases({
      {"The bakers were criticized by the inspector for \xE2\x80\x9C" "a careless attitude to flour.\xE2\x80\x9D",
       "\xE2\x80\x9C" "a careless attitude to flour.\xE2\x80\x9D", "direct", "the inspector", "criticized", nullptr},
      {"The ferry was described by engineers as \"a marvel of cheap steel.\"", "\"a marvel of cheap steel.\"",
       "direct", "engineers", "described", nullptr},
      {"The riders were told by the driver that \"the bus will not stop here again.\"",
       "\"the bus will not stop here again.\"", "direct", "the driver", "told", nullptr},
      {"The depot is praised by the mayor because \"it never closed in the storm.\"",
       "\"it never closed in the storm.\"", "direct", "the mayor", "praised", nullptr},
      {"The plan was criticised by the council, \"a waste of money for the valley.\"",
       "\"a waste of money for the valley.\"", "direct", "the council", "criticised", nullptr},
  });
  // Without the passive, or with words of their own between the agent and the quotation, the agent
  // is not the quotation's source.
  struct Apart {
    const char* text;
    const char* quoted;
    const char* not_speaker;
  };
  const std::vector<Apart> apart = {
      {"The mayor criticized the inspector for \"a careless attitude.\"", "\"a careless attitude.\"", "the inspector"},
      {"The bakers were criticized by the inspector after the fair for \"a careless attitude.\"",
       "\"a careless attitude.\"", "the inspector"},
  };
  for (const Apart& c : apart) {
    INFO(c.text);
    const auto qs = quotes_of(c.text);
    const Seen* q = find_quote(qs, c.quoted);
    if (q) CHECK(q->speaker != c.not_speaker);
  }
}

TEST_CASE("a quotation after a modal or negated verb of saying is words nobody said", "[quotes]") {
  struct Said {
    const char* text;
    const char* quoted;
    bool said;  // a quotation with a cue (else a scare quote)
    const char* cue;
  };
  const std::vector<Said> cases = {
      {"Ferry captains would never say \"the river is calm today.\"", "\"the river is calm today.\"", false, ""},
      {"A baker has no reason to say \xE2\x80\x9Cthe oven is cold.\xE2\x80\x9D",
       "\xE2\x80\x9Cthe oven is cold.\xE2\x80\x9D", false, ""},
      {"Nobody in the valley could say \"I saw the flood coming.\"", "\"I saw the flood coming.\"", false, ""},
      {"The ferryman did not say \"the river is rising.\"", "\"the river is rising.\"", false, ""},
      {"Drivers in this town never have occasion to say \"the road is clear.\"", "\"the road is clear.\"", false, ""},
      // Real reports: a verb that governs the saying, an order to say it, the first to say it.
      {"She was the first to say \"the bridge is unsafe.\"", "\"the bridge is unsafe.\"", true, "say"},
      {"The baker said \"the oven is cold.\"", "\"the oven is cold.\"", true, "said"},
  };
  for (const Said& c : cases) {
    INFO(c.text);
    const auto qs = quotes_of(c.text);
    const Seen* q = find_quote(qs, c.quoted);
    REQUIRE(q != nullptr);
    CHECK(q->scare == !c.said);
    CHECK(q->cue == c.cue);
    if (!c.said) CHECK(q->speaker.empty());
  }
  // An order or a refusal to say the words still reports them, with the governing verb's subject.
  check_cases({
      {"The coach told him to say \"thank you\" to the fans.", "him to say \"thank you\" to the fans", "mixed",
       "The coach", "told", nullptr},
      {"The baker refused to say \"yes\" to the offer.", "to say \"yes\" to the offer", "mixed", "The baker", "refused",
       nullptr},
  });
}
