// The check-worthiness features: word lists for the cues, n-grams for the lexical part.
// Everything is a pure function of the tokens, so the trainer and the scorer agree by construction.
#include "factlight/claims_features.hpp"

#include <algorithm>
#include <string_view>
#include <unordered_map>

#include "claims_words.hpp"
#include "factlight/vague_sources.hpp"

namespace factlight {
namespace {

constexpr uint64_t bit(ClaimCue c) { return uint64_t{1} << c; }

// Extra word classes that only combine into cues.
constexpr uint64_t kMagnitude = uint64_t{1} << 32;    // hundred, thousand, million...
constexpr uint64_t kMonth = uint64_t{1} << 33;        // january... (may/march only when capitalised mid-sentence)
constexpr uint64_t kFirstPerson = uint64_t{1} << 34;  // i, we, my...
constexpr uint64_t kFeeling = uint64_t{1} << 35;      // think, feel, proud...
constexpr uint64_t kPastIrregular = uint64_t{1} << 36;
constexpr uint64_t kThirdPerson = uint64_t{1} << 37;
static_assert(kCueCount <= 32, "cue bits overlap the word classes");

struct Entry {
  std::string_view word;
  uint64_t mask;
};

const Entry kWords[] = {
    {"hundred", kMagnitude}, {"hundreds", kMagnitude}, {"thousand", kMagnitude}, {"thousands", kMagnitude},
    {"million", kMagnitude}, {"millions", kMagnitude}, {"billion", kMagnitude}, {"billions", kMagnitude},
    {"trillion", kMagnitude}, {"trillions", kMagnitude}, {"dozen", kMagnitude}, {"dozens", kMagnitude},
    {"percent", bit(kCuePercent)}, {"percentage", bit(kCuePercent)}, {"%", bit(kCuePercent)},
    {"$", bit(kCueMoney)}, {"€", bit(kCueMoney)}, {"£", bit(kCueMoney)}, {"¥", bit(kCueMoney)},
    {"dollars", bit(kCueMoney)}, {"dollar", bit(kCueMoney)}, {"cents", bit(kCueMoney)},
    {"euros", bit(kCueMoney)}, {"budget", bit(kCueMoney)}, {"deficit", bit(kCueMoney)},
    {"debt", bit(kCueMoney)}, {"spending", bit(kCueMoney)}, {"spent", bit(kCueMoney)},
    {"cost", bit(kCueMoney)}, {"costs", bit(kCueMoney)}, {"paid", bit(kCueMoney)},
    {"wages", bit(kCueMoney)}, {"salary", bit(kCueMoney)}, {"income", bit(kCueMoney)},
    {"revenue", bit(kCueMoney)}, {"funding", bit(kCueMoney)}, {"economy", bit(kCueMoney)},
    {"january", kMonth}, {"february", kMonth}, {"april", kMonth}, {"june", kMonth}, {"july", kMonth},
    {"august", kMonth}, {"september", kMonth}, {"october", kMonth}, {"november", kMonth},
    {"december", kMonth}, {"ago", bit(kCueDate)}, {"yesterday", bit(kCueDate)}, {"decade", bit(kCueDate)},
    {"decades", bit(kCueDate)}, {"century", bit(kCueDate)}, {"monday", kMonth}, {"tuesday", kMonth},
    {"wednesday", kMonth}, {"thursday", kMonth}, {"friday", kMonth}, {"saturday", kMonth}, {"sunday", kMonth},
    {"two", bit(kCueNumberWord)}, {"three", bit(kCueNumberWord)}, {"four", bit(kCueNumberWord)},
    {"five", bit(kCueNumberWord)}, {"six", bit(kCueNumberWord)}, {"seven", bit(kCueNumberWord)},
    {"eight", bit(kCueNumberWord)}, {"nine", bit(kCueNumberWord)}, {"ten", bit(kCueNumberWord)},
    {"eleven", bit(kCueNumberWord)}, {"twelve", bit(kCueNumberWord)}, {"twenty", bit(kCueNumberWord)},
    {"thirty", bit(kCueNumberWord)}, {"forty", bit(kCueNumberWord)}, {"fifty", bit(kCueNumberWord)},
    {"sixty", bit(kCueNumberWord)}, {"seventy", bit(kCueNumberWord)}, {"eighty", bit(kCueNumberWord)},
    {"ninety", bit(kCueNumberWord)}, {"half", bit(kCueNumberWord)}, {"third", bit(kCueNumberWord)},
    {"quarter", bit(kCueNumberWord)}, {"twice", bit(kCueNumberWord)}, {"double", bit(kCueNumberWord)},
    {"triple", bit(kCueNumberWord)}, {"majority", bit(kCueNumberWord)},
    {"more", bit(kCueComparison)}, {"less", bit(kCueComparison)}, {"fewer", bit(kCueComparison)},
    {"than", bit(kCueComparison)}, {"higher", bit(kCueComparison)}, {"lower", bit(kCueComparison)},
    {"larger", bit(kCueComparison)}, {"smaller", bit(kCueComparison)}, {"bigger", bit(kCueComparison)},
    {"greater", bit(kCueComparison)}, {"compared", bit(kCueComparison)}, {"versus", bit(kCueComparison)},
    {"faster", bit(kCueComparison)}, {"slower", bit(kCueComparison)}, {"cheaper", bit(kCueComparison)},
    {"most", bit(kCueSuperlative)}, {"least", bit(kCueSuperlative)}, {"highest", bit(kCueSuperlative)},
    {"lowest", bit(kCueSuperlative)}, {"largest", bit(kCueSuperlative)}, {"biggest", bit(kCueSuperlative)},
    {"smallest", bit(kCueSuperlative)}, {"greatest", bit(kCueSuperlative)}, {"record", bit(kCueSuperlative)},
    {"ever", bit(kCueSuperlative)}, {"first", bit(kCueSuperlative)}, {"fastest", bit(kCueSuperlative)},
    {"richest", bit(kCueSuperlative)}, {"poorest", bit(kCueSuperlative)},
    {"rose", bit(kCueChange)}, {"risen", bit(kCueChange)}, {"rising", bit(kCueChange)},
    {"fell", bit(kCueChange)}, {"fallen", bit(kCueChange)}, {"increase", bit(kCueChange)},
    {"increased", bit(kCueChange)}, {"increases", bit(kCueChange)}, {"decrease", bit(kCueChange)},
    {"decreased", bit(kCueChange)}, {"grew", bit(kCueChange)}, {"grown", bit(kCueChange)},
    {"growth", bit(kCueChange)}, {"doubled", bit(kCueChange)}, {"tripled", bit(kCueChange)},
    {"cut", bit(kCueChange)}, {"cuts", bit(kCueChange)}, {"dropped", bit(kCueChange)},
    {"declined", bit(kCueChange)}, {"decline", bit(kCueChange)}, {"reduced", bit(kCueChange)},
    {"raised", bit(kCueChange)}, {"lost", bit(kCueChange) | kPastIrregular},
    {"gained", bit(kCueChange)}, {"created", bit(kCueChange)}, {"jumped", bit(kCueChange)},
    {"soared", bit(kCueChange)}, {"plunged", bit(kCueChange)}, {"fled", kPastIrregular},
    {"because", bit(kCueCause)}, {"caused", bit(kCueCause)}, {"cause", bit(kCueCause)},
    {"causes", bit(kCueCause)}, {"due", bit(kCueCause)}, {"result", bit(kCueCause)},
    {"resulted", bit(kCueCause)}, {"strain", bit(kCueCause)}, {"blamed", bit(kCueCause)},
    {"responsible", bit(kCueCause)}, {"consequence", bit(kCueCause)}, {"effect", bit(kCueCause)},
    {"impact", bit(kCueCause)}, {"drove", bit(kCueCause)}, {"driven", bit(kCueCause)},
    {"fueled", bit(kCueCause)}, {"triggered", bit(kCueCause)}, {"prevented", bit(kCueCause)},
    {"said", bit(kCueAttribution) | kPastIrregular}, {"says", bit(kCueAttribution)},
    {"told", bit(kCueAttribution) | kPastIrregular}, {"according", bit(kCueAttribution)},
    {"reported", bit(kCueAttribution)}, {"announced", bit(kCueAttribution)},
    {"stated", bit(kCueAttribution)}, {"claimed", bit(kCueAttribution)},
    {"confirmed", bit(kCueAttribution)}, {"admitted", bit(kCueAttribution)},
    {"testified", bit(kCueAttribution)}, {"wrote", bit(kCueAttribution) | kPastIrregular},
    {"noted", bit(kCueAttribution)}, {"estimated", bit(kCueAttribution)},
    {"acknowledged", bit(kCueAttribution)}, {"stating", bit(kCueAttribution)},
    {"added", bit(kCueAttribution)}, {"explained", bit(kCueAttribution)}, {"insisted", bit(kCueAttribution)},
    {"argued", bit(kCueAttribution)}, {"emphasized", bit(kCueAttribution)}, {"warned", bit(kCueAttribution)},
    {"stressed", bit(kCueAttribution)}, {"revealed", bit(kCueAttribution)}, {"disclosed", bit(kCueAttribution)},
    {"estimates", bit(kCueAttribution)}, {"quoted", bit(kCueAttribution)}, {"cited", bit(kCueAttribution)},
    {"study", bit(kCueEvidence)}, {"studies", bit(kCueEvidence)}, {"survey", bit(kCueEvidence)},
    {"poll", bit(kCueEvidence)}, {"polls", bit(kCueEvidence)}, {"data", bit(kCueEvidence)},
    {"report", bit(kCueEvidence)}, {"statistics", bit(kCueEvidence)}, {"census", bit(kCueEvidence)},
    {"figures", bit(kCueEvidence)}, {"research", bit(kCueEvidence)}, {"evidence", bit(kCueEvidence)},
    {"records", bit(kCueEvidence)},
    {"will", bit(kCuePrediction)}, {"won't", bit(kCuePrediction)}, {"going", bit(kCuePrediction)},
    {"expected", bit(kCuePrediction)}, {"expect", bit(kCuePrediction)}, {"forecast", bit(kCuePrediction)},
    {"predicted", bit(kCuePrediction)}, {"predict", bit(kCuePrediction)}, {"projected", bit(kCuePrediction)},
    {"likely", bit(kCuePrediction)}, {"would", bit(kCuePrediction)},
    {"bill", bit(kCueLaw)}, {"bills", bit(kCueLaw)}, {"law", bit(kCueLaw)}, {"laws", bit(kCueLaw)},
    {"legislation", bit(kCueLaw)}, {"voted", bit(kCueLaw)}, {"vote", bit(kCueLaw)}, {"votes", bit(kCueLaw)},
    {"tax", bit(kCueLaw)}, {"taxes", bit(kCueLaw)}, {"program", bit(kCueLaw)}, {"programs", bit(kCueLaw)},
    {"policy", bit(kCueLaw)}, {"regulation", bit(kCueLaw)}, {"regulations", bit(kCueLaw)},
    {"treaty", bit(kCueLaw)}, {"agreement", bit(kCueLaw)}, {"sanctions", bit(kCueLaw)},
    {"signed", bit(kCueLaw)}, {"passed", bit(kCueLaw)}, {"vetoed", bit(kCueLaw)},
    {"?", bit(kCueQuestion)},
    {"thank", bit(kCueGreeting)}, {"thanks", bit(kCueGreeting)}, {"hello", bit(kCueGreeting)},
    {"welcome", bit(kCueGreeting)}, {"congratulations", bit(kCueGreeting)}, {"congratulate", bit(kCueGreeting)},
    {"appreciate", bit(kCueGreeting)}, {"pleasure", bit(kCueGreeting)}, {"honored", bit(kCueGreeting)},
    {"privilege", bit(kCueGreeting)}, {"goodnight", bit(kCueGreeting)},
    {"i", kFirstPerson}, {"i'm", kFirstPerson}, {"i've", kFirstPerson}, {"i'd", kFirstPerson},
    {"i'll", kFirstPerson}, {"we", kFirstPerson}, {"we're", kFirstPerson}, {"we've", kFirstPerson},
    {"me", kFirstPerson}, {"my", kFirstPerson}, {"our", kFirstPerson},
    {"think", kFeeling}, {"feel", kFeeling}, {"believe", kFeeling}, {"hope", kFeeling}, {"love", kFeeling},
    {"wish", kFeeling}, {"want", kFeeling}, {"proud", kFeeling}, {"glad", kFeeling}, {"happy", kFeeling},
    {"sorry", kFeeling}, {"afraid", kFeeling}, {"worried", kFeeling}, {"sure", kFeeling},
    {"confident", kFeeling}, {"excited", kFeeling}, {"grateful", kFeeling}, {"fear", kFeeling},
    {"should", bit(kCueOpinion)}, {"must", bit(kCueOpinion)}, {"ought", bit(kCueOpinion)},
    {"great", bit(kCueOpinion)}, {"terrible", bit(kCueOpinion)}, {"wonderful", bit(kCueOpinion)},
    {"horrible", bit(kCueOpinion)}, {"awful", bit(kCueOpinion)}, {"wrong", bit(kCueOpinion)},
    {"bad", bit(kCueOpinion)}, {"important", bit(kCueOpinion)}, {"disgrace", bit(kCueOpinion)},
    {"disaster", bit(kCueOpinion)}, {"ridiculous", bit(kCueOpinion)}, {"crazy", bit(kCueOpinion)},
    {"stupid", bit(kCueOpinion)}, {"unfair", bit(kCueOpinion)}, {"deserve", bit(kCueOpinion)},
    {"deserves", bit(kCueOpinion)}, {"need", bit(kCueOpinion)},
    {"you", bit(kCueSecondPerson)}, {"your", bit(kCueSecondPerson)}, {"you're", bit(kCueSecondPerson)},
    {"you've", bit(kCueSecondPerson)},
    {"made", kPastIrregular}, {"won", kPastIrregular}, {"met", kPastIrregular}, {"sent", kPastIrregular},
    {"gave", kPastIrregular}, {"took", kPastIrregular}, {"became", kPastIrregular}, {"began", kPastIrregular},
    {"left", kPastIrregular}, {"led", kPastIrregular}, {"sold", kPastIrregular}, {"bought", kPastIrregular},
    {"built", kPastIrregular}, {"brought", kPastIrregular}, {"fought", kPastIrregular},
    {"held", kPastIrregular}, {"kept", kPastIrregular}, {"ran", kPastIrregular}, {"struck", kPastIrregular},
    {"shot", kPastIrregular}, {"killed", kPastIrregular}, {"went", kPastIrregular}, {"came", kPastIrregular},
    {"got", kPastIrregular}, {"gotten", kPastIrregular}, {"did", kPastIrregular}, {"had", kPastIrregular},
    {"put", kPastIrregular}, {"set", kPastIrregular}, {"found", kPastIrregular}, {"paid", kPastIrregular},
    {"spent", kPastIrregular}, {"taken", kPastIrregular}, {"given", kPastIrregular}, {"done", kPastIrregular},
    {"gone", kPastIrregular}, {"didn't", kPastIrregular}, {"wasn't", kPastIrregular},
    {"weren't", kPastIrregular}, {"hadn't", kPastIrregular}, {"fell", kPastIrregular},
    {"rose", kPastIrregular}, {"grew", kPastIrregular}, {"cut", kPastIrregular}, {"stole", kPastIrregular},
    {"he", kThirdPerson}, {"she", kThirdPerson}, {"they", kThirdPerson}, {"he's", kThirdPerson},
    {"she's", kThirdPerson}, {"they're", kThirdPerson}, {"his", kThirdPerson}, {"her", kThirdPerson},
    {"their", kThirdPerson}, {"him", kThirdPerson}, {"them", kThirdPerson}, {"they've", kThirdPerson},
};

const std::unordered_map<std::string_view, uint64_t>& word_table() {
  static const std::unordered_map<std::string_view, uint64_t> table = [] {
    std::unordered_map<std::string_view, uint64_t> t;
    for (const Entry& e : kWords) t[e.word] |= e.mask;
    return t;
  }();
  return table;
}

uint64_t word_mask(std::string_view w) {
  const auto& t = word_table();
  const auto it = t.find(w);
  return it == t.end() ? 0 : it->second;
}

bool ends_with(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

// Lower-cased text of a token for the features, "" for tokens the features skip.
std::string feature_word(const Document& doc, uint32_t t) {
  const Token& tok = doc.tokens[t];
  switch (tok.kind) {
    case TokenKind::word: return normalized_word(doc, t);
    case TokenKind::number: return is_year_number(doc.token_text(t)) ? "1999" : "0";
    case TokenKind::symbol:
    case TokenKind::punct: {
      const std::string_view s = doc.token_text(t);
      if (s == "?" || s == "%" || s == "$" || s == "€" || s == "£" || s == "¥") return std::string(s);
      return "";
    }
    default: return "";
  }
}

}  // namespace

const char* cue_name(ClaimCue cue) {
  static const char* const kNames[kCueCount] = {
      "statistic", "percent",     "money",         "date",   "number_word", "comparison", "superlative",
      "change",    "cause",       "attribution",   "evidence", "prediction", "named_actor", "named_event",
      "law",       "vague_source", "question",     "greeting", "first_person_feeling", "opinion",
      "second_person", "third_person", "past_action", "short",   "medium",        "long"};
  return cue < kCueCount ? kNames[cue] : "";
}

const char* cue_reason(ClaimCue cue) {
  static const char* const kReasons[kCueCount] = {
      "states a statistic",
      "gives a percentage",
      "concerns money or the economy",
      "dates an event",
      "counts or compares in words",
      "makes a comparison",
      "makes a superlative or record claim",
      "describes a rise or a fall",
      "claims a cause or an effect",
      "attributes a statement to someone",
      "cites data, a study or a report",
      "makes a prediction",
      "names a person or an organisation",
      "reports an event with named actors",
      "concerns a law, a vote or a policy",
      "rests on unnamed sources",
      "asks a question",
      "is a greeting or thanks",
      "expresses a personal feeling or belief",
      "expresses an opinion",
      "addresses the listener",
      "is about someone else",
      "reports something done",
      "is very short",
      "",
      ""};
  return cue < kCueCount ? kReasons[cue] : "";
}

ClaimCues claim_cues(const Document& doc, uint32_t first_token, uint32_t token_end) {
  ClaimCues cues{};
  uint64_t mask = 0;
  uint32_t words = 0;
  bool named = false, past = false;
  std::string prev;  // previous feature word, for two-word cues
  for (uint32_t t = first_token; t < token_end; ++t) {
    const Token& tok = doc.tokens[t];
    const std::string w = feature_word(doc, t);
    if (w.empty()) continue;
    if (tok.kind == TokenKind::word || tok.kind == TokenKind::number) ++words;
    uint64_t m = word_mask(w);
    if (tok.kind == TokenKind::number) m |= w == "1999" ? bit(kCueDate) : bit(kCueStatistic);
    if (m & kMagnitude) m |= bit(kCueStatistic);
    if (m & kMonth) {
      m |= bit(kCueDate);
    } else if ((w == "may" || w == "march") && tok.has(kCapitalized) && !tok.has(kSentenceStart)) {
      m |= bit(kCueDate);
    }
    // Two-word cues: "led to", "thanks to" (a cause, not thanks), "last year", "going to".
    if (w == "to" && (prev == "led" || prev == "leads" || prev == "lead")) m |= bit(kCueCause);
    if (w == "to" && prev == "thanks") mask |= bit(kCueCause);
    if ((w == "year" || w == "month" || w == "week") && (prev == "last" || prev == "this" || prev == "next"))
      m |= bit(kCueDate);
    if ((w == "evening" || w == "morning" || w == "afternoon") && prev == "good") m |= bit(kCueGreeting);
    if (tok.kind == TokenKind::word) {
      if (tok.has(kCapitalized) && !tok.has(kSentenceStart) && !(m & kFirstPerson) &&
          !(m & (kMonth | bit(kCueDate))) && doc.tokens[t].first != U'I')
        named = true;
      if ((m & kPastIrregular) || (w.size() > 4 && ends_with(w, "ed"))) past = true;
      if (ends_with(w, "'ll")) m |= bit(kCuePrediction);
    }
    mask |= m;
    prev = w;
  }
  for (unsigned c = 0; c < kCueCount; ++c)
    if (mask & (uint64_t{1} << c)) cues[c] = 1.0;
  if (named) cues[kCueNamedActor] = 1.0;
  if (named && past) cues[kCueNamedEvent] = 1.0;
  if (past) cues[kCuePastAction] = 1.0;
  if (mask & kThirdPerson) cues[kCueThirdPerson] = 1.0;
  if ((mask & kFirstPerson) && (mask & kFeeling)) cues[kCueFirstPersonFeeling] = 1.0;
  if (!find_vague_sources(doc, first_token, token_end).empty()) cues[kCueVagueSource] = 1.0;
  if (words <= 6) cues[kCueShort] = 1.0;
  else if (words <= 14) cues[kCueMedium] = 1.0;
  else if (words > 25) cues[kCueLong] = 1.0;
  return cues;
}

void for_each_ngram(const Document& doc, uint32_t first_token, uint32_t token_end,
                    const std::function<void(const std::string&)>& emit) {
  std::string prev = "^", pair;
  for (uint32_t t = first_token; t < token_end; ++t) {
    std::string w = feature_word(doc, t);
    if (w.empty()) continue;
    emit(w);
    pair.assign(prev).append(1, ' ').append(w);
    emit(pair);
    prev = std::move(w);
  }
}

std::vector<std::string> claim_ngrams(const Document& doc, uint32_t first_token, uint32_t token_end) {
  std::vector<std::string> grams;
  for_each_ngram(doc, first_token, token_end, [&](const std::string& g) { grams.push_back(g); });
  std::sort(grams.begin(), grams.end());
  grams.erase(std::unique(grams.begin(), grams.end()), grams.end());
  return grams;
}

}  // namespace factlight
