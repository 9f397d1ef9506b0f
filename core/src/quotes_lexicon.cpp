// Word lists of the quote extractor. Written for factlight; lemmas are inflected by rule so that one
// entry covers "say", "says", "saying" (irregular forms are listed beside their lemma).
#include <algorithm>
#include <cstring>
#include <string>

#include "factlight/unicode.hpp"
#include "quotes_internal.hpp"
#include "word_set.hpp"

namespace factlight::quotes {
namespace {

bool in(std::string_view w, const WordSet& list) { return list.contains(w); }

// Verbs that quote someone verbatim or nearly so.
static const WordSet kSpeech{
    "say", "said", "tell", "told", "add", "write", "wrote", "written", "ask", "note", "explain",
    "declare", "state", "stress", "emphasize", "emphasise", "insist", "reply", "respond", "answer",
    "continue", "recall", "remark", "comment", "observe", "concede", "admit", "acknowledge", "argue",
    "claim", "warn", "promise", "vow", "pledge", "predict", "assert", "maintain", "contend", "confirm",
    "deny", "announce", "tweet", "post", "exclaim", "shout", "scream", "yell", "cry", "whisper",
    "mutter", "joke", "quip", "boast", "complain", "lament", "plead", "retort", "counter", "snap",
    "caution", "testify", "conclude", "suggest", "mention", "repeat", "reiterate", "affirm",
    "recount", "muse", "wonder", "chant", "sing", "sang", "sung", "urge", "demand", "report",
    "describe", "speak", "spoke", "spoken", "reason", "allege", "charge", "concur", "agree",
    "disagree", "interject", "elaborate", "clarify", "begin", "began", "begun", "dijo", "afirmó",
    "declaró", "explicó", "dit", "sagte", "erklärte", "thunder", "gush", "grumble",
    "sigh", "laugh", "proclaim", "blog", "pen", "penned", "concede", "hint", "stat"};

// Verbs of stance and report that take a clause but rarely a verbatim quotation.
static const WordSet kStance{
    "believe", "think", "thought", "hope", "fear", "worry", "estimate", "indicate", "reveal", "show",
    "shown", "find", "found", "expect", "feel", "felt", "know", "knew", "known", "understand",
    "understood", "accuse", "criticize", "criticise", "praise", "endorse", "blame", "call", "label",
    "term", "dub", "brand", "describe", "question", "doubt", "propose", "recommend", "advise",
    "assure", "reassure", "inform", "remind", "signal", "imply", "guess", "speculate", "surmise",
    "acknowledge", "recognize", "recognise", "cite", "quote", "disclose", "decline", "refuse",
    "threaten", "forecast", "project", "calculate", "conclude", "determine", "decide", "rule",
    "order", "instruct", "request", "want", "insist", "dismiss", "reject", "defend", "attack",
    "slam", "blast", "mock", "chide", "rebuke", "rebut", "challenge", "support", "back", "oppose",
    "contend", "assume", "suspect", "doubt", "say", "complain", "trumpet", "tout", "predict",
    "according", "talk", "discuss", "denounce", "condemn", "applaud", "welcome", "rail", "refer",
    "focus", "advocate", "push", "press", "object", "lambast", "decry", "hail", "highlight",
    "acknowledge", "contest", "dispute", "seek", "sought", "vow", "see", "saw", "seen", "consider",
    "regard", "view", "envision", "portray", "characterize", "characterise", "paint", "cast",
    "point"};

// Irregular forms and their lemma (only those not covered by the suffix rules).
struct Irregular {
  std::string_view form;
  std::string_view lemma;
};
constexpr Irregular kIrregular[] = {{"said", "say"}, {"says", "say"}, {"told", "tell"},
                                    {"wrote", "write"}, {"written", "write"}, {"thought", "think"},
                                    {"found", "find"}, {"felt", "feel"}, {"knew", "know"},
                                    {"known", "know"}, {"spoke", "speak"}, {"spoken", "speak"},
                                    {"understood", "understand"}, {"began", "begin"}, {"begun", "begin"}};

bool inflection_of(std::string_view w, const WordSet& lemmas) {
  if (w.size() < 2) return false;
  if (in(w, lemmas)) return true;
  for (const Irregular& i : kIrregular)
    if (w == i.form && in(i.lemma, lemmas)) return true;
  auto ends = [&](std::string_view s) {
    const std::size_t n = s.size();
    return w.size() > n + 1 && w.compare(w.size() - n, n, s) == 0;
  };
  auto base = [&](std::size_t cut, std::string_view add) {  // w minus `cut` bytes, plus `add`
    const std::size_t keep = w.size() - cut;
    char b[64];
    if (keep + add.size() > lemmas.max_length()) return false;  // longer than every lemma (and than b)
    std::memcpy(b, w.data(), keep);
    std::memcpy(b + keep, add.data(), add.size());
    return in(std::string_view(b, keep + add.size()), lemmas);
  };
  auto doubled = [&](std::size_t cut) {  // admitted -> admit, planning -> plan
    const std::size_t n = w.size() - cut;
    return n >= 3 && w[n - 1] == w[n - 2] && base(cut + 1, "");
  };
  if (ends("ies") && base(3, "y")) return true;
  if (ends("es") && base(2, "")) return true;
  if (ends("s") && base(1, "")) return true;
  if (ends("ied") && base(3, "y")) return true;
  if (ends("ed") && (base(2, "") || base(1, "") || doubled(2))) return true;
  if (ends("ing") && (base(3, "") || base(3, "e") || doubled(3))) return true;
  return false;
}

}  // namespace

bool is_speech_verb(std::string_view w) { return inflection_of(w, kSpeech); }

bool is_base_form(std::string_view w) {
  if (!in(w, kSpeech) && !in(w, kStance)) return false;
  for (const Irregular& i : kIrregular)
    if (w == i.form) return false;
  static const WordSet kNotBase{"sang", "sung", "penned", "shown", "saw", "seen", "sought",
                                      "dijo", "afirmó", "declaró", "explicó", "dit", "sagte",
                                      "erklärte", "stat", "according"};
  return !in(w, kNotBase);
}

bool is_reporting_verb(std::string_view w) { return is_speech_verb(w) || inflection_of(w, kStance); }

const char* cue_particle(std::string_view w) {
  static const WordSet kAbout{"talk", "speak", "complain", "worry", "joke", "boast", "write",
                                    "tweet", "post", "care", "think", "know", "wonder", "testify"};
  static const WordSet kFor{"call", "ask", "push", "argue", "advocate", "press", "plead", "pray", "hope"};
  static const WordSet kTo{"refer", "point", "respond", "object", "reply", "allude", "agree"};
  static const WordSet kAgainst{"rail", "warn", "argue", "speak", "testify", "push", "caution", "campaign"};
  static const WordSet kOn{"focus", "comment", "insist", "weigh", "elaborate", "reflect"};
  if (inflection_of(w, kAbout)) return "about";
  if (inflection_of(w, kFor)) return "for";
  if (inflection_of(w, kTo)) return "to";
  if (inflection_of(w, kAgainst)) return "against";
  if (inflection_of(w, kOn)) return "on";
  return nullptr;
}

bool takes_listener(std::string_view w) {
  static const WordSet kListener{"tell", "assure", "reassure", "inform", "remind", "warn",
                                       "promise", "advise", "caution", "urge", "ask", "show"};
  return inflection_of(w, kListener);
}

bool is_stance_light_verb(std::string_view w) {
  static const WordSet kLight{"voice", "express", "raise", "share", "offer", "make",
                                    "made", "issue", "air", "sound"};
  return inflection_of(w, kLight);
}

bool is_cue_filler(std::string_view w) {
  static const WordSet kFiller{
      "has", "have", "had", "also", "later", "then", "previously", "once", "repeatedly", "often",
      "recently", "just", "again", "would", "will", "could", "did", "does", "do", "not", "never",
      "reportedly", "publicly", "privately", "quickly", "flatly", "openly", "simply", "only",
      "earlier", "still", "further", "firmly", "initially", "already", "frequently", "ultimately",
      "subsequently", "allegedly", "long", "even", "herself", "himself", "themselves", "itself"};
  return in(w, kFiller);
}

bool is_time_word(std::string_view w) {
  static const WordSet kTime{
      "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "week", "weeks",
      "month", "months", "year", "years", "today", "yesterday", "tonight", "morning", "afternoon",
      "evening", "night", "weekend", "earlier", "last", "past", "this", "next", "recently", "ago"};
  return in(w, kTime);
}

bool is_personal_pronoun(std::string_view w) {
  static const WordSet kPronouns{"he", "she", "they", "i", "we", "it", "who", "you"};
  return in(w, kPronouns);
}

bool is_vague_source_head(std::string_view w) {
  static const WordSet kVague{
      "experts", "expert", "officials", "official", "critics", "sources", "source", "some",
      "analysts", "observers", "insiders", "others", "many", "people", "commentators", "scientists",
      "researchers", "economists", "diplomats", "aides", "advisers", "advisors", "witnesses",
      "residents", "locals", "someone", "somebody", "skeptics", "sceptics", "supporters",
      "opponents", "detractors", "several", "most", "few", "thousands", "hundreds", "dozens",
      "millions", "all", "everyone", "everybody", "nobody", "anyone", "reports", "studies", "rumours", "rumors"};
  return in(w, kVague);
}

bool is_title_word(std::string_view w) {
  std::string l = fold_lower(w);
  if (!l.empty() && l.back() == '.') l.pop_back();
  static const WordSet kTitles{
      "mr", "mrs", "ms", "dr", "prof", "professor", "sen", "senator", "rep", "representative",
      "gov", "governor", "president", "vice", "prime", "minister", "secretary", "chancellor",
      "mayor", "councillor", "councilor", "councilman", "councilwoman", "officer", "judge",
      "justice", "gen", "general", "col", "colonel", "lt", "capt", "captain", "sgt", "sergeant",
      "director", "chief", "chairman", "chairwoman", "chair", "speaker", "leader", "spokesman",
      "spokeswoman", "spokesperson", "ambassador", "king", "queen", "prince", "princess", "pope",
      "rev", "reverend", "father", "sir", "dame", "lord", "lady", "detective", "inspector",
      "commissioner", "attorney", "agent", "adm", "admiral", "state", "former", "host", "sheriff",
      "coach", "candidate", "nominee", "ceo", "founder", "author", "commander", "deputy"};
  return in(std::string_view(l), kTitles);
}

bool is_organization_word(std::string_view w) {
  static const WordSet kOrg{
      "Post", "Times", "Journal", "News", "Press", "Herald", "Tribune", "Guardian", "Telegraph",
      "Party", "Ministry", "Department", "Committee", "Commission", "Council", "Agency", "Kremlin",
      "Government", "University", "Institute", "Center", "Centre", "Foundation", "Association",
      "Court", "Office", "Service", "Police", "Bank", "Inc", "Corp", "Company", "Group", "Campaign",
      "Network", "Reuters", "AP", "AFP", "CNN", "BBC", "NPR", "Fox", "NBC", "CBS", "ABC", "MSNBC",
      "Pentagon", "Guard", "Army", "Navy", "Congress", "Senate", "House", "Parliament", "Board", "Authority", "Union",
      "Organization", "Organisation", "Coalition", "Club", "Federation", "Bureau", "Administration",
      "Poll", "Survey", "Report", "Study", "Magazine", "Review", "Daily", "Agency", "PAC",
      "Ltd", "LLC", "Trust", "Fund", "Network", "Alliance", "Council", "Caucus", "Initiative",
      "government", "ministry", "campaign", "police", "department", "agency", "court", "company",
      "administration", "committee", "newspaper", "paper", "poll", "survey", "report", "study",
      "statement", "website", "office", "council", "board", "union", "group", "organization", "organisation", "network", "firm", "party"};
  return in(w, kOrg);
}

bool is_np_stop_word(std::string_view w) {
  static const WordSet kStop{
      "and", "but", "or", "nor", "that", "which", "when", "while", "as", "because", "if", "since",
      "after", "before", "although", "though", "so", "yet", "than", "where", "whether", "until",
      "unless", "once", "whereas", "what", "how", "why", "in", "on", "at", "by", "with", "from",
      "into", "about", "to", "over", "under", "during", "against", "is", "was", "are", "were", "be",
      "been", "being", "said", "says", "say", "there", "here", "this", "these", "those", "also",
      "not", "then", "now", "later", "instead", "meanwhile", "however", "still", "even", "just",
      "him", "her", "them", "me", "us", "it", "up", "out", "off", "down", "whom", "whose",
      "do", "does", "did", "has", "have", "had", "can", "could", "should", "may", "might", "must", "will", "would",
      "despite", "following", "including", "regarding", "besides", "beyond", "through",
      "throughout", "within", "across", "behind", "near", "around", "along", "asked", "unlike",
      "of", "for", "like", "via", "per", "amid", "among", "toward", "towards", "upon", "without"};
  return in(w, kStop);
}

bool is_determiner(std::string_view w) {
  static const WordSet kDet{"the", "a", "an", "another", "some", "many", "most", "several",
                                  "other", "one", "his", "her", "their", "its", "our", "my", "your",
                                  "two", "three", "both", "all", "few", "no", "each", "these",
                                  "those", "this", "that", "such"};
  return in(w, kDet);
}

}  // namespace factlight::quotes
