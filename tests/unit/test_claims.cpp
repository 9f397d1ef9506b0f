// Check-worthy claims: the features (shared with the trainer), the fitted model and the scorer.
#include <catch2/catch.hpp>
#include <cmath>
#include <cstring>
#include <string>
#include <vector>

#include "factlight/analyze.hpp"
#include "factlight/claims_model.hpp"

using namespace factlight;

namespace {

ClaimCues cues_of(const std::string& text) {
  const Document doc(text);
  return claim_cues(doc, 0, static_cast<uint32_t>(doc.tokens.size()));
}

double score_of(const std::string& text) {
  const AnalyzeResult r = analyze(text);
  REQUIRE(r.ok());
  double best = 0;
  for (const Claim& c : r.analysis->claims) best = std::max(best, c.score);
  return best;
}

}  // namespace

TEST_CASE("cues: what a person would point at", "[claims]") {
  struct Case {
    const char* text;
    ClaimCue cue;
    bool present;
  };
  const Case cases[] = {
      {"Some 800,000 people have left.", kCueStatistic, true},
      {"Hundreds of thousands have left.", kCueStatistic, true},
      {"It happened in 2019.", kCueStatistic, false},
      {"It happened in 2019.", kCueDate, true},
      {"It happened three years ago.", kCueDate, true},
      {"Prices rose 4% last year.", kCuePercent, true},
      {"Prices rose 4 percent.", kCueChange, true},
      {"The deficit is $4 billion.", kCueMoney, true},
      {"Unemployment is the highest since 1990.", kCueSuperlative, true},
      {"It was a record harvest.", kCueSuperlative, true},
      {"More people than ever are leaving.", kCueComparison, true},
      {"The closure led to shortages.", kCueCause, true},
      {"The exodus has placed a strain on the economy.", kCueCause, true},
      {"The minister said the plan works.", kCueAttribution, true},
      {"A new survey shows support is falling.", kCueEvidence, true},
      {"Prices will rise next year.", kCuePrediction, true},
      {"Then Putin dismissed a proposed truce.", kCueNamedEvent, true},
      {"Then he dismissed a proposed truce.", kCueNamedEvent, false},
      {"Is this the right time?", kCueQuestion, true},
      {"Thank you very much.", kCueGreeting, true},
      {"Good evening, everyone.", kCueGreeting, true},
      {"I think it is a mistake.", kCueFirstPersonFeeling, true},
      {"We should do better.", kCueOpinion, true},
      {"Experts note that it failed.", kCueVagueSource, true},
      {"Yes.", kCueShort, true},
  };
  for (const Case& c : cases) {
    INFO(c.text << " / " << cue_name(c.cue));
    CHECK((cues_of(c.text)[c.cue] > 0) == c.present);
  }
}

TEST_CASE("n-grams: lower case, numbers folded, sorted, no repeats", "[claims]") {
  const Document doc("The 800,000 and the 700,000 in 2019?");
  const auto g = claim_ngrams(doc, 0, static_cast<uint32_t>(doc.tokens.size()));
  CHECK(std::is_sorted(g.begin(), g.end()));
  CHECK(std::adjacent_find(g.begin(), g.end()) == g.end());
  for (const char* want : {"the", "0", "1999", "^ the", "the 0", "in 1999", "1999 ?", "?"})
    CHECK(std::find(g.begin(), g.end(), want) != g.end());
  CHECK(std::find(g.begin(), g.end(), "800,000") == g.end());
}

TEST_CASE("the shipped model is well formed", "[claims]") {
  const ClaimModel& m = claim_model();
  REQUIRE(m.cue_weights != nullptr);
  REQUIRE(m.lexical_size > 100);
  for (std::size_t i = 1; i < m.lexical_size; ++i) {
    INFO(m.lexical[i].gram);
    CHECK(std::strcmp(m.lexical[i - 1].gram, m.lexical[i].gram) < 0);
  }
  // The fitted signs of the clearest cues: a statistic raises the score, a question lowers it.
  CHECK(m.cue_weights[kCueStatistic] > 0);
  CHECK(m.cue_weights[kCueQuestion] < 0);
  CHECK(m.cue_weights[kCueFirstPersonFeeling] < 0);
}

TEST_CASE("factual statements outrank questions, greetings and feelings", "[claims]") {
  struct Pair {
    const char* higher;
    const char* lower;
  };
  const Pair pairs[] = {
      {"Unemployment rose to 12 percent in March, the highest since 1990.", "What do you think about that?"},
      {"The government spent $4 billion on the program last year.", "Thank you all for coming tonight."},
      {"Some 200,000 residents have left the region since the flood.", "I feel very proud of our team."},
      {"The senator voted against the tax bill in 2017.", "That is a wonderful idea."},
  };
  for (const Pair& p : pairs) {
    INFO(p.higher << " > " << p.lower);
    CHECK(score_of(p.higher) > score_of(p.lower));
    CHECK(score_of(p.higher) >= 0.5);
    CHECK(score_of(p.lower) < 0.5);
  }
}

TEST_CASE("claims carry scores in [0, 1], reasons, and links to figures and quotes", "[claims]") {
  const std::string text =
      "\xE2\x80\x9CWe lost 40 jobs,\xE2\x80\x9D the owner said. Prices rose 12 percent in 2023. Hello?";
  const AnalyzeResult r = analyze(text);
  REQUIRE(r.ok());
  const Analysis& a = *r.analysis;
  REQUIRE(a.claims.size() == a.doc.sentences.size());  // default threshold 0: every sentence
  for (const Claim& c : a.claims) {
    CHECK(c.score >= 0.0);
    CHECK(c.score <= 1.0);
    for (uint32_t f : c.figures) {
      REQUIRE(f >= 1);
      REQUIRE(f <= a.figures.size());
      CHECK(c.span.contains(a.figures[f - 1].span));
    }
    for (uint32_t q : c.quotes) {
      REQUIRE(q >= 1);
      REQUIRE(q <= a.quotes.size());
      CHECK(c.span.overlaps(a.quotes[q - 1].span));
    }
  }
  // Every figure and every quote is linked from the claim of its sentence.
  std::size_t linked_figures = 0, linked_quotes = 0;
  for (const Claim& c : a.claims) linked_figures += c.figures.size(), linked_quotes += c.quotes.size();
  CHECK(linked_figures == a.figures.size());
  std::size_t statements = 0;
  for (const Quote& q : a.quotes) statements += !q.scare;
  CHECK(linked_quotes == statements);
  CHECK_FALSE(a.claims[1].reasons.empty());
  CHECK(a.claims[1].score > a.claims[2].score);
}

TEST_CASE("a claim's reasons read as a list: cues strongest first, then the wording", "[claims]") {
  const char* texts[] = {
      "Prices rose 12 percent in 2023, the highest since records began, according to the census.",
      "We will cut taxes by $2 billion because the deficit fell, I think.",
      "Thank you all.",
      "Officials said the new law, passed in March, cost more than 300 million dollars.",
  };
  const ClaimModel& model = claim_model();
  for (const char* text : texts) {
    INFO(text);
    const AnalyzeResult r = analyze(text);
    REQUIRE(r.ok());
    for (const Claim& c : r.analysis->claims) {
      std::vector<ClaimReason> listed;
      for (const ClaimReason& x : c.reasons) listed.push_back(x);
      REQUIRE(listed.size() == c.reasons.size());
      CHECK(listed.empty() == c.reasons.empty());
      for (std::size_t i = 0; i < listed.size(); ++i) {
        const ClaimReason at = c.reasons[i];
        CHECK(at.cue == listed[i].cue);
        CHECK(at.words[0] == listed[i].words[0]);
        if (listed[i].words[0]) {
          CHECK(i + 1 == listed.size());  // the wording reason comes last
          continue;
        }
        const double w = model.cue_weights[listed[i].cue];
        CHECK(listed[i].lowers == (w < 0));
        if (i > 0 && !listed[i - 1].words[0]) {  // by weight, ties in cue order
          const double before = model.cue_weights[listed[i - 1].cue];
          CHECK(before >= w);
          if (before == w) CHECK(listed[i - 1].cue < listed[i].cue);
        }
      }
    }
  }
}

TEST_CASE("a claim's ids read as the list they were given, held in place or not", "[claims]") {
  const std::vector<std::vector<uint32_t>> lists = {{}, {7}, {1, 2, 3}, {1, 2, 3, 4}, {5, 9, 11, 12, 40, 41, 90}};
  for (const auto& first : lists)
    for (const auto& then : lists) {  // reassigned: from in place to a list of its own and back
      ClaimIds ids;
      ids.assign(first.data(), first.data() + first.size());
      ids.assign(then.data(), then.data() + then.size());
      const ClaimIds copy = ids;
      for (const ClaimIds* x : {static_cast<const ClaimIds*>(&ids), &copy}) {
        CHECK(std::vector<uint32_t>(x->begin(), x->end()) == then);
        CHECK(x->size() == then.size());
        CHECK(x->empty() == then.empty());
        for (std::size_t i = 0; i < then.size(); ++i) CHECK((*x)[i] == then[i]);
      }
    }
  // A sentence with more figures than are held in place links them all, ascending.
  const AnalyzeResult r = analyze("Sales rose 4 percent to $12 million in 2021, 5 percent in 2022 and 6 percent in 2023.");
  REQUIRE(r.ok());
  REQUIRE(r.analysis->claims.size() == 1);
  const ClaimIds& figures = r.analysis->claims[0].figures;
  CHECK(figures.size() == r.analysis->figures.size());
  CHECK(figures.size() > 3);
  for (std::size_t i = 0; i < figures.size(); ++i) CHECK(figures[i] == r.analysis->figures[i].id);
}

TEST_CASE("the claim threshold filters by the printed score", "[claims]") {
  const std::string text = "Prices rose 12 percent in 2023. Hello? Thank you.";
  Options o;
  o.claim_threshold = 0.5;
  const AnalyzeResult r = analyze(text, o);
  REQUIRE(r.ok());
  for (const Claim& c : r.analysis->claims) CHECK(c.score >= 0.4995);
  CHECK(r.analysis->claims.size() == 1);
  // Ids follow sentences, not the filtered list, so they mean the same thing at every threshold.
  CHECK(r.analysis->claims[0].id == r.analysis->claims[0].sentence + 1);
}

TEST_CASE("the scorer's streaming lookup equals the trainer's sorted merge", "[claims]") {
  for (const char* text : {"Unemployment rose to 12 percent in March, the highest since 1990.",
                           "Thank you, thank you, thank you.", "", "The the the 800,000 800,000?",
                           "I think we should cut taxes because it led to more jobs than ever.",
                           // Typographic apostrophes, capitals, symbols and non-ASCII letters: the scorer
                           // looks words up by id (claims_lexicon.cpp), the trainer's grams are strings.
                           "I\xCA\xBCm sure WE\xE2\x80\x99LL cut it \xE2\x80\x94 YOU\xE2\x80\x99RE lost $5, \xE2\x82\xAC" "4, "
                           "\xC2\xA3" "3 and \xC2\xA5" "2 (40%) since 2019?",
                           "\xC3\x9C" "ber 2,000 Stra\xC3\x9F" "en wurden gebaut. \xD0\x9C\xD0\x98\xD0\xA0 reported ago.",
                           // Words of up to 8 bytes are looked up eight bytes at a time (upper case lowered,
                           // "-ed" and "'ll" read off the number), longer ones and those in the last 8
                           // bytes of the text byte by byte: all the same words.
                           "PRICES Rose SHARPLY. Officials SAID they'll CUT it; WE'LL see. Unemployment "
                           "REPORTEDLY increased, REPORTED Increased A Percent. Thanks GOOD EVENING",
                           "Taxes rose"}) {
    INFO(text);
    const Document doc(text);
    const auto n = static_cast<uint32_t>(doc.tokens.size());
    const ClaimLogit merged = claim_logit(claim_model(), claim_cues(doc, 0, n), claim_ngrams(doc, 0, n));
    const ClaimLogit streamed = claim_logit(claim_model(), doc, 0, n);
    CHECK(merged.total == streamed.total);  // same terms in the same order: bit for bit
    CHECK(merged.lexical.size() == streamed.lexical.size());
  }
}

TEST_CASE("claim_probability is the logistic function to within an ulp of e^-x", "[claims]") {
  // Its e^x is the core's own (not the C library's): it agrees with std::exp within an ulp (or two
  // after the division), and with any exp where it matters: 0.5 exactly at 0, printed scores alike.
  const double logits[] = {0.0,   -0.0,  1e-300, -1e-300, 1e-9,  -1e-9,  0.25,  -0.25, 0.3465, -0.3466,
                           0.5,   -0.5,  0.6931, -0.6932, 1.0,   -1.0,   2.5,   -2.5,  7.25,   -7.25,
                           19.75, -19.75, 36.5,  -36.5,   100.0, -100.0, 700.0, -700.0, 744.0, -744.0,
                           746.0, -746.0, 1e4,   -1e4};
  for (double x : logits) {
    CAPTURE(x);
    const double want = 1.0 / (1.0 + std::exp(-x)), got = claim_probability(x);
    CHECK(std::fabs(got - want) <= 1e-15 * want);
    CHECK(std::round(got * 1000.0) == std::round(want * 1000.0));
    CHECK(got >= 0.0);
    CHECK(got <= 1.0);
  }
  CHECK(claim_probability(0.0) == 0.5);
  CHECK(claim_probability(1e-12) > 0.5);
  CHECK(claim_probability(-1e-12) < 0.5);
  CHECK(claim_probability(800.0) == 1.0);
  CHECK(claim_probability(-800.0) == 0.0);
  CHECK(std::isnan(claim_probability(std::nan(""))));
  // Monotone across the points where the reduction changes (|x| = ln2/2, the scale 2^k).
  double prev = 0.0;
  for (double x = -40.0; x <= 40.0; x += 0.0625) {
    const double p = claim_probability(x);
    CHECK(p >= prev);
    prev = p;
  }
}
