// Noun phrases and cues around a token: the small grammar every attribution layout is built from.
// Every function looks at a bounded window of tokens, so the extractor stays linear.
#include <algorithm>
#include <cstring>

#include "factlight/unicode.hpp"
#include "quotes_internal.hpp"
#include "vocabulary.hpp"
#include "word_set.hpp"

namespace factlight::quotes {
namespace {

constexpr uint32_t kMaxNp = 9;          // words in a source noun phrase
constexpr uint32_t kMaxApposition = 30;  // tokens in "X, a former agent from ..., said"

// "March", "Tuesday": a month or a time word.
bool date_word_at(const TokenView& v, uint32_t t) {
  static const WordSet kMonths{std::string_view(
      "january february march april may june july august september october november december")};
  return v.is(t, kTimeWord) || kMonths.contains(v.lower(t));
}

// An article or a possessive determiner: a base form after it is a noun ("the press", "his call").
bool article(std::string_view w) {
  return eq(w, "the") || eq(w, "a") || eq(w, "an") || eq(w, "his") || eq(w, "her") || eq(w, "their") || eq(w, "its") ||
         eq(w, "our") || eq(w, "my") || eq(w, "your");
}

// A preposition that joins a phrase to the head noun before it: "a spokesman for …", "an aide to …".
bool head_preposition(std::string_view w) {
  return eq(w, "of") || eq(w, "for") || eq(w, "to") || eq(w, "at") || eq(w, "with") || eq(w, "from") || eq(w, "in");
}

}  // namespace

TokenView::TokenView(const Document& d) : doc(d), tokens_(d.tokens.data()), words_(d.words.data()) {
  // Paragraphs hold consecutive runs of tokens: token t is in the last paragraph that starts at or
  // before it. A sentinel paragraph start at the token count keeps para_of's test in range.
  para_tok_.assign(d.paragraphs.size() + 2, static_cast<uint32_t>(d.tokens.size()));
  for (uint32_t p = 0; p < d.paragraphs.size(); ++p)
    para_tok_[p] = d.sentences[d.paragraphs[p].first_sentence].first_token;
  lower_ = d.lowered_text();
  classes_ = quote_classes_by_word();
}

uint32_t TokenView::find_para(uint32_t t) const {
  // Mostly the paragraph after the hint's (a pass going on) or before it (a walk back): tried first.
  // p (a paragraph, not the sentinels) is the answer when its start is at or before t and the next
  // start after t (starts never go down). (para_hint_ - 1 wraps past the paragraphs when the hint is 0.)
  for (const uint32_t p : {para_hint_ + 1, para_hint_ - 1})
    if (p < para_tok_.size() - 2 && para_tok_[p] <= t && t < para_tok_[p + 1]) return p;
  const auto last = para_tok_.end() - 1;  // the sentinel is no paragraph
  const auto it = std::upper_bound(para_tok_.begin(), last, t);
  return it == para_tok_.begin() ? 0 : static_cast<uint32_t>(it - para_tok_.begin() - 1);
}

std::string_view TokenView::folded(uint32_t t) const {
  const auto slot = [](uint32_t key, std::size_t mask) { return (key * 2654435761u) & mask; };
  if (fold_keys_.empty()) {
    fold_keys_.assign(64, 0);
    fold_vals_.assign(64, {});
  }
  std::size_t mask = fold_keys_.size() - 1;
  std::size_t i = slot(t + 1, mask);
  for (; fold_keys_[i] != 0; i = (i + 1) & mask)
    if (fold_keys_[i] == t + 1) return fold_vals_[i];
  const ByteSpan s = doc.tokens[t].span;
  const std::string_view lowered = lower_.substr(s.begin, s.size());
  fold_scratch_.clear();
  append_fold_lower(fold_scratch_, doc.token_text(t));
  std::string_view view = lowered;
  if (fold_scratch_ != lowered) {
    folds_.push_back(std::make_unique<std::string>(fold_scratch_));
    view = *folds_.back();
  }
  if (2 * (fold_count_ + 1) > fold_keys_.size()) {  // at most half full: grown, every entry placed again
    std::vector<uint32_t> keys(fold_keys_.size() * 2, 0);
    std::vector<std::string_view> vals(keys.size());
    mask = keys.size() - 1;
    for (std::size_t k = 0; k < fold_keys_.size(); ++k) {
      if (fold_keys_[k] == 0) continue;
      std::size_t j = slot(fold_keys_[k], mask);
      while (keys[j] != 0) j = (j + 1) & mask;
      keys[j] = fold_keys_[k];
      vals[j] = fold_vals_[k];
    }
    fold_keys_.swap(keys);
    fold_vals_.swap(vals);
    i = slot(t + 1, mask);
    while (fold_keys_[i] != 0) i = (i + 1) & mask;
  }
  fold_keys_[i] = t + 1;
  fold_vals_[i] = view;
  ++fold_count_;
  return view;
}

bool TokenView::terminator_at(uint32_t t) const {
  const Token& k = tokens_[t];
  if (k.kind != TokenKind::punct || !(k.first == '.' || k.first == '!' || k.first == '?' ||
                                      k.first == 0x2026 || k.first == 0x3002))
    return false;
  // Only where a sentence ends: not the dots of "Mr." or "U.S." inside a name.
  if (t + 1 >= doc.tokens.size() || para_of(t + 1) != para_of(t)) return true;
  const Token& n = tokens_[t + 1];
  // "Sen. Ron Wyden (D-Ore.) said", "Rep. Ana Ortiz (D-Md.), chair of …, said": the dot of a state's
  // abbreviation before ")" ends nothing.
  if (k.first == '.' && n.kind == TokenKind::punct && n.first == ')' && !n.has(kSpaceBefore) && t > 0 &&
      tokens_[t - 1].kind == TokenKind::word && tokens_[t - 1].has(kCapitalized) &&
      tokens_[t - 1].span.size() <= 5 && t + 2 < doc.tokens.size() && para_of(t + 2) == para_of(t) &&
      ((tokens_[t + 2].kind == TokenKind::word && !tokens_[t + 2].has(kCapitalized)) ||
       (tokens_[t + 2].kind == TokenKind::punct && tokens_[t + 2].first == ','))) {
    uint32_t o = t;
    while (o > 0 && o + 8 > t && !(tokens_[o].kind == TokenKind::punct && tokens_[o].first == '(')) --o;
    if (tokens_[o].kind == TokenKind::punct && tokens_[o].first == '(') return false;
  }
  if (n.has(kSentenceStart)) return true;
  return !n.has(kSpaceBefore) && (n.kind == TokenKind::quote || (n.kind == TokenKind::punct && n.first == ')'));
}

uint32_t comeback_length(const TokenView& v, uint32_t t, uint32_t limit);

bool possessive(std::string_view w) {
  return (w.size() > 2 && w.compare(w.size() - 2, 2, "'s") == 0) ||
         (w.size() > 4 && w.compare(w.size() - 4, 4, "\xE2\x80\x99s") == 0);
}

// "went on to say", "continued to insist", "began to argue": a verb that governs a verb of saying
// through "to" makes one cue with it. Its length in tokens, 0 if none.
uint32_t governed_length(const TokenView& v, uint32_t t, uint32_t limit) {
  if (v.capitalized(t) && !v.tok(t).has(kSentenceStart)) return 0;
  uint32_t k = t + 1;
  if (k < limit && v.is_word(k) && eq(v.lower(k), "on")) ++k;
  if (k + 1 >= limit || !v.is_word(k) || !eq(v.lower(k), "to")) return 0;
  const uint32_t verb = k + 1;
  // Not governed twice ("continued to continue to …"): the call below looks at one word.
  if (!v.is_word(verb) || !v.is(verb, kSpeech) || v.is(verb, kGoverning)) return 0;
  const uint32_t n = cue_length(v, verb, limit);
  return n ? verb + n - t : 0;
}

// Whether the capitalized word t is the verb of saying of a short headline in title case: "Ortiz Says
// Bridge Will Reopen", "Farm Group Warns of Tolls" (not "City Hall Defends Cuts"). The verb ends in -s,
// follows a capitalized word, and every word of the line is capitalized but for short function words.
// Bounded: a headline is short.
bool headline_verb(const TokenView& v, uint32_t t) {
  constexpr uint32_t kMaxHeadline = 40;  // tokens
  const std::string_view w = v.lower(t);
  if (w.size() < 4 || w.back() != 's' || w[w.size() - 2] == 's' || v.tok(t).has(kAllCaps) ||
      !v.is(t, kSpeech))
    return false;
  const uint32_t p = v.para_of(t);
  const uint32_t b = v.para_begin(p), e = v.para_end(p);
  if (e - b > kMaxHeadline || t == b || !v.is_word(t - 1) || !v.capitalized(t - 1) || t + 1 >= e) return false;
  uint32_t words = 0;
  for (uint32_t k = b; k < e; ++k) {
    if (!v.is_word(k)) {
      if (v.is_terminator(k) && k + 1 < e && k > b) return false;  // one sentence
      continue;
    }
    ++words;
    if (!v.capitalized(k) && v.lower(k).size() > 4) return false;
  }
  return words >= 4;
}

uint32_t cue_length(const TokenView& v, uint32_t t, uint32_t limit) {
  if (t >= limit || !v.is_word(t)) return 0;
  const uint32_t c = v.classes(t);
  if (!(c & (kReporting | kLightVerb | kComeback | kGoverning))) return 0;  // the cheap gate: most words are no cue
  if (c & kComeback)
    if (const uint32_t back = comeback_length(v, t, limit)) return back;
  if (c & kGoverning) {
    if (const uint32_t g = governed_length(v, t, limit)) return g;
    // "“…,” he went on.", "She went on: “…”": going on with what was said, before a comma, a colon, a
    // quotation or the sentence end.
    if (t + 1 < limit && v.is_word(t + 1) && eq(v.lower(t + 1), "on") && !v.capitalized(t) &&
        (eq(v.lower(t), "went") || eq(v.lower(t), "goes")) &&
        (t + 2 == limit || v.is_punct(t + 2, ',') || v.is_punct(t + 2, ':') || v.is_terminator(t + 2) ||
         v.tok(t + 2).kind == TokenKind::quote))
      return 2;
    if (!(c & (kReporting | kLightVerb))) return 0;
  }
  // A capitalized verb inside a sentence belongs to a headline in title case ("City Hall Defends Cuts"):
  // only a verb in -s after the subject is a cue there ("Mayor Says Bridge Will Reopen").
  // But "X, the head of the board, Tweeted on Friday": an inflected verb capitalized by habit right
  // after the comma that closes an apposition, with the sentence going on in lower case.
  if (v.capitalized(t) && !v.tok(t).has(kSentenceStart) && !headline_verb(v, t) &&
      !((c & kSpeech) && !(c & kBaseForm) && !v.tok(t).has(kAllCaps) && t > 1 && v.is_punct(t - 1, ',') &&
        v.is_word(t - 2) && t + 1 < limit && (!v.is_word(t + 1) || !v.capitalized(t + 1))))
    return 0;
  const std::string_view w = v.lower(t);
  if (eq(w, "according")) return t + 1 < limit && eq(v.lower(t + 1), "to") ? 2 : 0;
  // "pulls back", "back to the Northeast", "voters back Sanders": the bare form of "back" is a
  // particle or a vote, no cue (a reply with it is "shot back", comeback_length's).
  if (eq(w, "back")) return 0;
  // "shouted back", "screamed back": a verb of saying with "back" is a reply, as "shot back" is.
  if ((c & kSpeech) && !(c & kBaseForm) && t + 1 < limit && eq(v.lower(t + 1), "back")) return 2;
  // "maintained a wide lead", "maintains the title": "maintain" reports only a clause with "that".
  if (w.compare(0, 8, "maintain") == 0 && t + 1 < limit && v.is_word(t + 1) && !eq(v.lower(t + 1), "that") &&
      !v.is(t + 1, kTimeWord | kCueFiller))
    return 0;
  // A noun after a determiner is no cue: "the report", "his claim", "a call".
  if (t > 0 && v.is_word(t - 1) && v.para_of(t - 1) == v.para_of(t)) {
    const std::string_view p = v.lower(t - 1);
    // ("close to her said": after "her" as an object, a past form is a verb.)
    const bool past = eq(w, "said") || eq(w, "told") || eq(w, "wrote") ||
                      (w.size() > 4 && w.compare(w.size() - 2, 2, "ed") == 0);
    if (eq(p, "the") || eq(p, "a") || eq(p, "an") || eq(p, "his") || (eq(p, "her") && !past) || eq(p, "their") || eq(p, "its") ||
        eq(p, "this") || eq(p, "that") || eq(p, "our") || eq(p, "my") || eq(p, "your"))
      return 0;
    // "Trump’s comments", "the group's report": after a possessive, a noun; not after a pronoun with its
    // auxiliary ("He’s claiming", "She’s said").
    if (possessive(p) && !(contraction(v, t - 1) && p.compare(0, 5, "there") != 0 && p.compare(0, 3, "let") != 0 &&
                           p.compare(0, 4, "that") != 0))
      return 0;
    // "Some advocates for", "many reports": after a plural quantifier a form in -s is a noun.
    if ((eq(p, "some") || eq(p, "many") || eq(p, "several") || eq(p, "few") || eq(p, "all") || eq(p, "most") || eq(p, "both") ||
         eq(p, "these") || eq(p, "those") || eq(p, "other")) &&
        w.size() > 3 && w.back() == 's')
      return 0;
  }
  // "thanks to a big win": a preposition, no cue.
  if (eq(w, "thanks") && t + 1 < limit && v.is_word(t + 1) && eq(v.lower(t + 1), "to")) return 0;
  // "the deadly attacks that killed", "party rules that would", "federal rules are murky": a form in -s
  // after a lower-case word, with a relative clause or a plural verb right after it, is a plural noun.
  if (w.size() > 3 && w.back() == 's' && !eq(w, "says") && t > 0 && t + 2 < limit && v.is_word(t - 1) &&
      !v.capitalized(t - 1) && !v.is(t - 1, kPronoun | kCueFiller) && v.is_word(t + 1)) {
    const std::string_view n = v.lower(t + 1);
    auto verb = [&](uint32_t k) {
      if (!v.is_word(k) || v.capitalized(k)) return false;
      const std::string_view x = v.lower(k);
      return v.is(k, kPastVerb) || (x.size() > 4 && x.compare(x.size() - 2, 2, "ed") == 0) || eq(x, "would") || eq(x, "will") || eq(x, "could") ||
             eq(x, "can") || eq(x, "may") || eq(x, "might") || eq(x, "should") || eq(x, "must");
    };
    if (eq(n, "are") || eq(n, "were") || eq(n, "have") || ((eq(n, "that") || eq(n, "which")) && verb(t + 2))) return 0;
  }
  // "about recent comments", "fairly expansive plans", "and sexist remarks": a form in -s after one
  // lower-case word that opens no phrase of a subject (no plural, no person, no group, nothing before
  // it that a phrase could start with) is a plural noun after an adjective.
  if (w.size() > 3 && w.back() == 's' && !eq(w, "says") && t > 1 && v.is_word(t - 1) && !v.capitalized(t - 1) &&
      v.para_of(t - 2) == v.para_of(t)) {
    const std::string_view p = v.lower(t - 1);
    const bool head = p.back() == 's' || v.is(t - 1, kPronoun | kVagueHead | kOrgSpelling | kTitle | kDeterminer |
                                                      kCueFiller | kNpStop);
    const bool opens = !v.is_word(t - 2) || (v.is(t - 2, kNpStop | kPastVerb) && !v.is(t - 2, kDeterminer)) ||
                       is_manner_adverb(v, t - 2);
    if (!head && opens && !is_manner_adverb(v, t - 1)) return 0;
  }
  if (c & kLightVerb) {  // "voiced confidence that", "made it clear that"
    for (uint32_t k = t + 1; k < limit && k <= t + 3; ++k) {
      if (!v.is_word(k)) break;
      if (eq(v.lower(k), "that")) return k > t + 1 ? k - t : 0;
    }
    return 0;
  }
  if (!(c & kReporting)) return 0;
  // "did not mention", "never said": a denial is not an attribution.
  if (t > 0 && v.is_word(t - 1)) {
    const std::string_view p = v.lower(t - 1);
    if (eq(p, "not") || eq(p, "never") || p.find("n't") != std::string::npos ||
        p.find("n\xE2\x80\x99t") != std::string::npos)
      return 0;
  }
  // A base form is a verb only after a plural or pronoun subject, a modal or "to", or right after a
  // quotation: "officials say", "they report", "will argue", "“…” reply Burton and Nick"; not
  // "executive order", "the state".
  if ((c & kBaseForm) && !eq(w, "according")) {
    if (t == 0) return 0;
    const Token& prev = v.tok(t - 1);
    if (prev.kind == TokenKind::quote || (prev.kind == TokenKind::punct && prev.first == ',')) return 1;
    // "say" is a verb after any subject ("Aides to Clinton say", "Six in 10 say", "the women say"):
    // as a noun it follows a determiner or a quantifier ("have a say", "more say in"), as an adverb a
    // preposition ("in, say, May").
    if (eq(w, "say") && (v.is_word(t - 1) || prev.kind == TokenKind::number)) {
      const std::string_view p = v.lower(t - 1);
      if (is_manner_adverb(v, t - 1) && t > 1 && v.is_word(t - 2)) {  // "did not explicitly say"
        const std::string_view n = v.lower(t - 2);
        if (eq(n, "not") || eq(n, "never") || n.find("n't") != std::string::npos ||
            n.find("n\xE2\x80\x99t") != std::string::npos)
          return 0;
      }
      if (!v.is(t - 1, kNpStop | kDeterminer) && !eq(p, "more") && !eq(p, "less") && !eq(p, "no") && !eq(p, "any") &&
          !eq(p, "final") && !eq(p, "equal") && !eq(p, "little") && !eq(p, "greater") && !eq(p, "bigger") && !eq(p, "much"))
        return 1;
    }
    if (!v.is_word(t - 1)) return 0;
    const std::string_view p = v.lower(t - 1);
    const bool ok = eq(p, "i") || eq(p, "we") || eq(p, "they") || eq(p, "you") || eq(p, "to") || eq(p, "will") ||
                    eq(p, "would") || eq(p, "could") || eq(p, "should") || eq(p, "may") || eq(p, "might") ||
                    eq(p, "must") || eq(p, "can") || eq(p, "did") || eq(p, "do") || eq(p, "does") || eq(p, "also") ||
                    eq(p, "still") || eq(p, "often") || eq(p, "who") || eq(p, "which") || eq(p, "that") ||
                    eq(p, "and") || eq(p, "now") || eq(p, "generally") || eq(p, "usually") ||
                    (p.size() > 3 && p.back() == 's' && p[p.size() - 2] != 's' && !eq(p, "has") && !eq(p, "was"));
    if (!ok) return 0;
  }
  if (eq(w, "point") || eq(w, "points") || eq(w, "pointed") || eq(w, "pointing")) {
    if (t + 1 < limit && eq(v.lower(t + 1), "out")) return 2;
  }
  // "laid out a plan": "lay" is a cue only with "out".
  if (eq(w, "lay") || eq(w, "lays") || eq(w, "laid") || eq(w, "laying"))
    return t + 1 < limit && v.is_word(t + 1) && eq(v.lower(t + 1), "out") ? 2 : 0;
  // "sided with the mayor": "side" is a cue only with "with".
  if (eq(w, "side") || eq(w, "sides") || eq(w, "sided") || eq(w, "siding"))
    return t + 1 < limit && v.is_word(t + 1) && eq(v.lower(t + 1), "with") ? 2 : 0;
  if (const char* particle = cue_particle_of(c)) {  // "called for", "talked about"
    if (t + 1 < limit && v.lower(t + 1) == particle) return 2;
  }
  // "called on Congress to act", "agreed with the mayor that": "call" takes "on" as well as "for",
  // "agree" "with" as well as "to"; "warned of", "apologized for", "hinted at", "boasted of".
  if (t + 1 < limit && v.is_word(t + 1)) {
    const std::string_view n = v.lower(t + 1);
    if (eq(n, "on") && (eq(w, "call") || eq(w, "calls") || eq(w, "called") || eq(w, "calling"))) return 2;
    if (eq(n, "with") && (eq(w, "agree") || eq(w, "agrees") || eq(w, "agreed") || eq(w, "agreeing"))) return 2;
    if (eq(n, "of") && (eq(w, "warn") || eq(w, "warns") || eq(w, "warned") || eq(w, "warning"))) return 2;
    if (eq(n, "for") && (eq(w, "apologize") || eq(w, "apologizes") || eq(w, "apologized") || eq(w, "apologizing"))) return 2;
    if (eq(n, "at") && (eq(w, "hint") || eq(w, "hints") || eq(w, "hinted") || eq(w, "hinting"))) return 2;
    if (eq(n, "of") && (eq(w, "boast") || eq(w, "boasts") || eq(w, "boasted") || eq(w, "boasting"))) return 2;
  }
  if (eq(w, "point") || eq(w, "points") || eq(w, "pointed") || eq(w, "pointing")) return 0;
  return 1;
}

uint32_t comeback_length(const TokenView& v, uint32_t t, uint32_t limit) {
  if (t + 1 >= limit || !v.is_word(t)) return 0;
  const std::string_view w = v.lower(t);
  // "as Ortiz put it, “…”", "puts it: “…”", "…, as Ortiz put it.": a way of saying, when a comma, a
  // colon, a quotation or the sentence end follows ("put it on the table" is no cue).
  if ((eq(w, "put") || eq(w, "puts")) && eq(v.lower(t + 1), "it"))
    return t + 2 == limit || (t + 2 < limit && (v.is_punct(t + 2, ',') || v.is_punct(t + 2, ':') ||
                                                v.tok(t + 2).kind == TokenKind::quote || v.is_terminator(t + 2)))
               ? 2
               : 0;
  // "shot back", "fired back", "hit back": a reply.
  if (!eq(v.lower(t + 1), "back")) return 0;
  return eq(w, "shot") || eq(w, "shoots") || eq(w, "fired") || eq(w, "fires") || eq(w, "hit") || eq(w, "hits") ||
                 eq(w, "struck") || eq(w, "snapped") || eq(w, "pushed") || eq(w, "wrote") || eq(w, "writes")
             ? 2
             : 0;
}

bool modal_in_name(const TokenView& v, uint32_t t) {
  const Token& k = v.tok(t);
  if (k.kind != TokenKind::word || !k.has(kCapitalized) || k.has(kAllCaps)) return false;
  const std::string_view w = v.lower(t);
  if (!eq(w, "may") && !eq(w, "will")) return false;
  auto name = [&](uint32_t u) { return u < v.doc.tokens.size() && v.is_word(u) && v.capitalized(u) && !v.is(u, kNpStop); };
  // (Not in a title-case headline: "As Rivals Pair Up, Will Twitter Be Next?")
  return (t > 0 && name(t - 1)) ||
         (name(t + 1) && !(t + 2 < v.doc.tokens.size() && v.is_word(t + 2) && v.capitalized(t + 2)));
}

namespace {

// A word in -ly that is an adverb: not "family", "rally", "ally", "July", "early", "elderly".
bool ly_adverb(std::string_view w) {
  if (w.size() < 4 || w.compare(w.size() - 2, 2, "ly") != 0) return false;
  static const WordSet kNotAdverbs{"family", "rally", "ally", "italy", "july", "supply", "reply", "assembly",
                                   "anomaly", "monopoly", "bully", "belly", "jelly", "folly", "lily", "holly",
                                   "early", "elderly", "friendly", "lonely", "costly", "ugly", "daily", "weekly",
                                   "monthly", "yearly", "quarterly", "deadly", "orderly", "lovely", "silly",
                                   "likely", "unlikely", "homily", "melancholy", "comply", "apply", "rely", "fly",
                                   // names: "Kelly Ayotte said", "Carly Fiorina threw her support …"
                                   "kelly", "carly", "ashley", "emily", "shelly", "beverly", "kimberly", "bradley",
                                   "stanley", "riley", "billy", "sally", "molly", "shirley", "dudley", "hadley"};
  return !kNotAdverbs.contains(w);
}

// Adverbs not in -ly that stand between a subject and its verb: "has nevertheless called", "is
// somehow expected", "twice complained".
bool clause_adverb(std::string_view w) {
  static const WordSet kWords{std::string_view(
      "twice somehow thereby nevertheless nonetheless otherwise almost likely")};
  return kWords.contains(w);
}

// Whether token t can be part of a name or a nominal source walked over in either direction.
bool np_word(const TokenView& v, uint32_t t, bool at_sentence_start) {
  const Token& k = v.tok(t);
  if (k.kind == TokenKind::number) return false;
  if (k.kind != TokenKind::word) return false;
  const std::string_view w = v.lower(t);
  const uint32_t c = v.classes(t);
  if ((c & kNpStop) && !at_sentence_start && modal_in_name(v, t)) return true;  // "Theresa May", "Will Doyle"
  if (c & kNpStop) return false;
  if (k.has(kCapitalized) && !at_sentence_start) return true;
  // "Mosman saw Santilli's words": a past form ends a noun phrase ("the left" is one).
  if ((c & kPastVerb) && !k.has(kCapitalized) && !eq(w, "left") && !eq(w, "set")) return false;
  if (w.size() > 3 && w.back() == 't' &&
      (w.find("n't") != std::string::npos || w.find("n\xE2\x80\x99t") != std::string::npos))
    return false;  // "doesn't"
  // Inflected reporting verbs end a noun phrase; base forms may be nouns ("the state", "a report").
  if ((c & kReporting) && !(c & kVagueHead) &&
      (eq(w, "said") || eq(w, "says") || eq(w, "told") || eq(w, "wrote") || eq(w, "thought") || eq(w, "knew") ||
       eq(w, "felt") || (w.size() > 4 && (w.compare(w.size() - 2, 2, "ed") == 0 ||
                                        w.compare(w.size() - 3, 3, "ing") == 0))))
    return false;
  if (ly_adverb(w)) return false;  // adverbs
  if (eq(w, "ever")) return false;  // "His never, ever backing down"
  return true;
}

// "." after an initial or a title ("Mr.", "U.S.", "E."), part of a name.
bool name_dot(const TokenView& v, uint32_t t) {
  const Token& k = v.tok(t);
  if (k.kind != TokenKind::punct || k.first != '.' || k.span.size() != 1 || k.has(kSpaceBefore) || t == 0)
    return false;
  const Token& p = v.tok(t - 1);
  if (v.is_terminator(t)) return false;
  return p.kind == TokenKind::word && p.has(kCapitalized) && (p.span.size() <= 3 || v.is(t - 1, kTitle));
}

// "of" inside a name or title: "Tom Cole of Oklahoma", "Bank of America".
// Likewise "for", "on", "and", "&": "Center for American Progress", "Burton and Nick".
bool inner_of(const TokenView& v, uint32_t t, uint32_t floor, uint32_t limit) {
  if (!(t > floor && t + 1 < limit && v.capitalized(t - 1) && v.capitalized(t + 1) && v.is_word(t - 1) &&
        v.is_word(t + 1)))
    return false;
  if (v.tok(t).first == '&') return true;
  const std::string_view w = v.lower(t);
  // "Trump on Thursday", "Ortiz in March": a date after the name is an adjunct, no part of it.
  if ((eq(w, "on") || eq(w, "in")) && date_word_at(v, t + 1)) return false;
  return eq(w, "of") || eq(w, "for") || eq(w, "on") || eq(w, "and");
}

// Word-internal hyphen or slash: "pro-Trump", "Al-Assad", "Reuters/Ipsos".
bool inner_dash(const TokenView& v, uint32_t t, uint32_t floor, uint32_t limit) {
  const Token& k = v.tok(t);
  const bool joiner = (k.kind == TokenKind::dash && k.span.size() == 1) || (k.kind == TokenKind::punct && k.first == '/');
  return joiner && !k.has(kSpaceBefore) && t > floor && t + 1 < limit && !v.tok(t + 1).has(kSpaceBefore);
}

}  // namespace

bool is_manner_adverb(const TokenView& v, uint32_t t);

namespace {

// A word that says something happened: "stood", "sent", "didn't". It ends a name walked forwards.
bool verb_like(const TokenView& v, uint32_t t) {
  const std::string_view w = v.lower(t);
  if (w.size() > 3 && w.back() == 't' &&
      (w.find("n't") != std::string::npos || w.find("n\xE2\x80\x99t") != std::string::npos))
    return true;
  if (w.size() > 4 && w.compare(w.size() - 2, 2, "ed") == 0) return true;
  return v.is(t, kPastVerb);
}

bool sentence_start(const TokenView& v, uint32_t t) { return v.tok(t).has(kSentenceStart); }

// The apostrophe of a plural possessive inside a phrase: "Sanders' senior media adviser".
bool possessive_mark(const TokenView& v, uint32_t t) {
  const Token& k = v.tok(t);
  if (k.kind != TokenKind::quote || k.has(kSpaceBefore) || !(k.first == '\'' || k.first == 0x2019) || t == 0 ||
      t + 1 >= v.doc.tokens.size())
    return false;
  return v.is_word(t - 1) && v.lower(t - 1).back() == 's' && v.tok(t + 1).has(kSpaceBefore) &&
         v.is_word(t + 1);
}

// Whether token e (after `begin`) stands where a noun does in a phrase opened by an article: after one
// modifier that is no plural and no verb ("the congressional", "a new", "the FBI"), or after an owner
// ("the committee's", "Trump's").
bool modified_noun_slot(const TokenView& v, uint32_t begin, uint32_t e) {
  if (e < begin + 1 || !v.is_word(e - 1)) return false;
  const std::string_view w = v.lower(e - 1);
  if (possessive(w)) return true;
  return e == begin + 2 && article(v.lower(begin)) && w.back() != 's' && !verb_like(v, e - 1) &&
         !v.is(e - 1, kReporting | kNpStop | kPronoun | kDeterminer);
}

// Whether a noun phrase ends in a name: "Pavel Snop", "Sen. Bernie Sanders (I-Vt.)".
bool ends_in_name(const TokenView& v, TokRange r) {
  if (r.empty()) return false;
  uint32_t last = r.end - 1;
  if (v.is_punct(last, ')')) {
    while (last > r.begin && !v.is_punct(last, '(')) --last;
    if (last == r.begin) return false;
    --last;
  }
  return v.capitalized(last);
}

// A noun phrase is a source only if it ends in a noun-like word and is not just determiners.
bool plausible(const TokenView& v, TokRange r) {
  if (r.empty() || contraction(v, r.begin)) return false;
  bool content = false;
  for (uint32_t t = r.begin; t < r.end; ++t)
    if (v.is_word(t) && !v.is(t, kDeterminer)) content = true;
  // "Some said", "Several threatened", "Another says": a quantifier alone stands for people.
  if (!content && !(r.end == r.begin + 1 && (v.is(r.begin, kVagueHead) || eq(v.lower(r.begin), "one") ||
                                              eq(v.lower(r.begin), "another"))))
    return false;
  // "twice complained", "disavowing remarks", "somehow expected": one lower-case adverb or participle
  // is no one.
  if (r.end == r.begin + 1 && v.is_word(r.begin) && !v.capitalized(r.begin) &&
      !v.is(r.begin, kPronoun | kVagueHead | kDeterminer)) {
    static const WordSet kAdverbs{std::string_view(
        "very well best particular fact more less")};
    const std::string_view w = v.lower(r.begin);
    if (ly_adverb(w) || kAdverbs.contains(w) || clause_adverb(w) ||
        (w.size() > 5 && w.compare(w.size() - 3, 3, "ing") == 0))
      return false;
  }
  const uint32_t last = r.end - 1;
  return v.is_word(last) || name_dot(v, last) || (v.is_punct(last, ')') && ends_in_name(v, r)) ||
         (v.tok(last).kind == TokenKind::number && last >= r.begin + 2 && eq(v.lower(last - 1), "in"));  // "Four in 10"
}

// The core noun phrase (no apposition) ending right before `end`.
// A word that counts part of a group: "52 percent of", "half of", "a majority of", "most of".
// "%" right after a number: "45%".
bool percent_sign(const TokenView& v, uint32_t t) {
  const Token& k = v.tok(t);
  return k.kind == TokenKind::symbol && k.first == '%' && t > 0 && v.tok(t - 1).kind == TokenKind::number;
}

bool share_word(const TokenView& v, uint32_t t) {
  if (v.tok(t).kind == TokenKind::number || percent_sign(v, t)) return true;
  static const WordSet kShares{std::string_view(
      "percent half majority minority most some many all none one two three four five six seven eight "
      "nine ten third thirds quarter quarters each few several both plurality share percentage dozens "
      "hundreds thousands millions majorities fraction number")};
  return v.is_word(t) && kShares.contains(v.lower(t));
}

constexpr uint32_t kMaxSubject = 24;  // tokens of a subject that opens its sentence

// Whether token t can sit inside a subject that opens a sentence, between its first word and the
// noun phrase before the verb: nouns and names, determiners, numbers, prepositions and
// conjunctions ("Exit polls taken in South Carolina", "Bush and his rivals for the nomination").
bool subject_word(const TokenView& v, uint32_t t, uint32_t end) {
  const Token& k = v.tok(t);
  if (k.kind == TokenKind::number) return true;
  if (name_dot(v, t)) return true;
  if (k.kind == TokenKind::dash || (k.kind == TokenKind::punct && k.first == '/'))
    return !k.has(kSpaceBefore) && t + 1 < end && !v.tok(t + 1).has(kSpaceBefore);
  if (k.kind == TokenKind::punct && k.first == '&') return true;
  if (k.kind != TokenKind::word) return false;
  const std::string_view w = v.lower(t);
  if (eq(w, "of") || eq(w, "in") || eq(w, "for") || eq(w, "from") || eq(w, "at") || eq(w, "by") || eq(w, "with") ||
      eq(w, "and") || eq(w, "or") || eq(w, "nor"))
    return true;
  if (v.is(t, kDeterminer)) return !eq(w, "that") && !eq(w, "this");
  if (v.is(t, kPronoun | kTimeWord | kCueFiller)) return false;
  // A participle that opens a passive phrase after its noun: "a poll conducted by".
  // Not a verb of the subject: "Ortiz replied with a phrase of her own:".
  if (verb_like(v, t) && !v.is(t, kPastVerb | kReporting) && !v.capitalized(t) && t + 1 < end && v.is_word(t + 1) &&
      t > 0 && v.is_word(t - 1) && !v.capitalized(t - 1)) {
    const std::string_view n = v.lower(t + 1);
    return eq(n, "by");  // "The council voted for a plan" is no subject
  }
  return np_word(v, t, false);
}

// Where a subject that opens the sentence begins, given its last noun phrase [b, end): the noun
// phrase itself, or the sentence start when only noun-phrase words come between them.
uint32_t sentence_subject_start(const TokenView& v, uint32_t b, uint32_t end, uint32_t floor) {
  if (b <= floor || b >= end || b - floor > kMaxSubject) return b;
  if (!v.tok(floor).has(kSentenceStart)) return b;
  // Only a preposition or a conjunction joins a phrase to the one before it (past a determiner).
  const uint32_t j = v.is_word(b - 1) && v.is(b - 1, kDeterminer) && b - 1 > floor ? b - 2 : b - 1;
  if (!(v.is_word(j) ? v.is(j, kNpStop) : v.is_punct(j, '&'))) return b;
  // The first word opens a noun phrase: not "In", "After", "But", "Yesterday", "Separately".
  if (v.tok(floor).kind == TokenKind::word &&
      (v.is(floor, kNpStop | kTimeWord | kCueFiller | kPronoun | kReporting) || is_manner_adverb(v, floor)))
    return b;
  uint32_t k = b;
  bool joined = false;  // a preposition or a conjunction: the stretch is more than one phrase
  while (k > floor && subject_word(v, k - 1, end)) {
    --k;
    joined = joined || v.is(k, kNpStop) || v.is_punct(k, '&');
  }
  return k == floor && joined ? floor : b;
}

// "reporters and editors", "labor officials and political operatives", "Politicians and even some
// technologists": a noun phrase joined by "and" or "or" to the one before it, when that one opens its
// clause (after the sentence start, a comma or a conjunction) and holds no verb.
uint32_t coordinated_start(const TokenView& v, uint32_t b, uint32_t end, uint32_t floor) {
  if (b >= end || b < floor + 2 || !v.is_word(b - 1)) return b;
  uint32_t j = b - 1;
  if (eq(v.lower(j), "even") && j > floor + 1) --j;
  const std::string_view c = v.lower(j);
  if (!(eq(c, "and") || eq(c, "or"))) return b;
  uint32_t k = j;
  uint32_t words = 0;
  while (k > floor && words < 5) {
    const uint32_t t = k - 1;
    if (name_dot(v, t)) {  // "Mr. Xi and other leaders"
      --k;
      continue;
    }
    const std::string_view w = v.is_word(t) ? v.lower(t) : std::string_view();
    // "She and her aides", "he and Brafman": a subject pronoun alone is the first of them.
    if (words == 0 && (eq(w, "he") || eq(w, "she") || eq(w, "they") || eq(w, "we") || eq(w, "i"))) {
      --k;
      ++words;
      break;
    }
    if (eq(w, "her") && words > 0) {  // "Her advisers and allies"
      --k;
      break;
    }
    if (!v.is_word(t) || v.is(t, kNpStop | kPronoun | kCueFiller | kTimeWord) || verb_like(v, t) ||
        is_manner_adverb(v, t))
      break;
    --k;
    ++words;
    if (v.is(t, kDeterminer)) break;
  }
  if (words == 0 || k == j) return b;
  // "But Ortiz and her aides said", "…; he and Brafman said": a conjunction that opens the sentence, a
  // semicolon or a colon opens the clause too.
  const bool opens = k == floor || v.is_punct(k - 1, ',') || v.is_punct(k - 1, ';') || v.is_punct(k - 1, ':') ||
                     (v.is_word(k - 1) && sentence_start(v, k - 1) && v.is(k - 1, kNpStop) &&
                      !v.is(k - 1, kPronoun)) ||
                     (v.is_word(k - 1) && !v.capitalized(k - 1) && v.is(k - 1, kNpStop) && !verb_like(v, k - 1) &&
                      !(eq(v.lower(k - 1), "of") || eq(v.lower(k - 1), "in") || eq(v.lower(k - 1), "for") ||
                        eq(v.lower(k - 1), "to") || eq(v.lower(k - 1), "with") || eq(v.lower(k - 1), "from") ||
                        eq(v.lower(k - 1), "by") || eq(v.lower(k - 1), "at") || eq(v.lower(k - 1), "on") ||
                        eq(v.lower(k - 1), "about") || eq(v.lower(k - 1), "and") || eq(v.lower(k - 1), "or"))) ||
                     // ", and reporters and editors said"
                     (k > floor + 1 && (eq(v.lower(k - 1), "and") || eq(v.lower(k - 1), "but")) && v.is_punct(k - 2, ','));
  return opens ? k : b;
}

// "In a Bloomberg interview Trump said", "in the video Ortiz says": a name right after a phrase with an
// article whose head names a thing (not a title or a person's noun, as in "the candidate Ortiz") is the
// subject, and the phrase before it an adjunct.
bool thing_before_name(const TokenView& v, uint32_t t, uint32_t floor) {
  // Nouns of the occasion or the medium of a statement (an adjective cannot be told from a noun here).
  static const WordSet kOccasions{std::string_view(
      "interview video photo moment speech letter tweet email debate meeting rally event appearance "
      "broadcast episode segment memo conversation call hearing session kind way op-ed column podcast "
      "clip footage")};
  if (!v.is_word(t) || v.capitalized(t) || !kOccasions.contains(v.lower(t))) return false;
  for (uint32_t k = t; k > floor && k + 4 > t;) {
    --k;
    if (!v.is_word(k)) return false;
    const std::string_view a = v.lower(k);
    if (eq(a, "a") || eq(a, "an") || eq(a, "the")) return k > floor && v.is(k - 1, kNpStop) && !v.is(k - 1, kDeterminer);
  }
  return false;
}

TokRange core_np_before(const TokenView& v, uint32_t end, uint32_t floor) {
  if (end <= floor) return {};
  const uint32_t last = end - 1;
  if (v.is_word(last) && v.is(last, kPronoun)) return {last, end};
  uint32_t b = end;
  uint32_t words = 0;
  // "a source close to her", "an aide to him": an object pronoun ends the phrase a head noun owns.
  const std::string_view lw = v.lower(last);
  const bool object = last > floor + 1 && (eq(lw, "him") || eq(lw, "her") || eq(lw, "them") || eq(lw, "us") || eq(lw, "me")) &&
                      v.is_word(last - 1) && !v.capitalized(last - 1) && v.is(last - 1, kNpStop);
  if (object) b = last;
  while (!object && b > floor && words < kMaxNp) {
    const uint32_t t = b - 1;
    if (name_dot(v, t) || inner_dash(v, t, floor, end) || inner_of(v, t, floor, end)) {
      --b;
      continue;
    }
    // "Sen. Bernie Sanders (I-Vt.)": a short parenthesis after a name.
    if (v.is_punct(t, ')') && t == end - 1) {
      uint32_t k = t;
      while (k > floor && k + 8 > t && !v.is_punct(k, '(')) --k;
      if (v.is_punct(k, '(') && k > floor && v.capitalized(k - 1)) {
        b = k;
        continue;
      }
      break;
    }
    // "the “Avatar” star", "“Daily Show” host Trevor Noah": a short quoted title inside the phrase.
    if (b < end && t > floor + 1 && v.tok(t).kind == TokenKind::quote && !v.tok(t).has(kSpaceBefore) &&
        v.tok(b).has(kSpaceBefore) && v.is_word(t - 1)) {
      uint32_t o = t - 1;
      while (o > floor && o + 6 > t && v.is_word(o)) --o;
      if (v.tok(o).kind == TokenKind::quote && o + 1 < t && v.capitalized(o + 1) &&
          !v.tok(o + 1).has(kSpaceBefore) && (o == floor || v.tok(o).has(kSpaceBefore))) {
        b = o;
        continue;
      }
    }
    // "Sanders’ aides": a possessive apostrophe after a plural.
    if (b < end && t > floor && v.tok(t).kind == TokenKind::quote && !v.tok(t).has(kSpaceBefore) &&
        (v.tok(t).first == 0x2019 || v.tok(t).first == '\'') && v.is_word(t - 1) &&
        v.lower(t - 1).back() == 's' && v.tok(b).has(kSpaceBefore)) {
      --b;
      continue;
    }
    // "Four in 10 said": a share with no group after it is the whole source.
    // (The word tests first: "in" and "of" are rarer than the words of a share.)
    if (b == end && t >= floor + 2 && v.is_word(t - 1) && eq(v.lower(t - 1), "in") && share_word(v, t) &&
        share_word(v, t - 2)) {
      b = t - 2;
      break;
    }
    // "45% of Republicans", "a 45% plurality": a percent sign goes with its number.
    if (b < end && t > floor && percent_sign(v, t)) {
      --b;
      continue;
    }
    // "All three candidates", "Nine in 10 voters" keep their numbers.
    if (v.tok(t).kind == TokenKind::number && b < end) {
      --b;
      continue;
    }
    // "52 percent of registered voters", "half of them", "Nine in 10 voters": a share of a group.
    if (b < end && t > floor && v.is_word(t) &&
        (eq(v.lower(t), "of") || (eq(v.lower(t), "in") && v.tok(b).kind == TokenKind::number)) && share_word(v, t - 1)) {
      --b;
      continue;
    }
    // "He scrapped plans", "he keeps talking about": the words after a subject pronoun are its verb, and
    // the pronoun alone is the subject.
    if (b < end && v.is_word(t) && v.is(t, kPronoun)) {
      const std::string_view p = v.lower(t);
      if (eq(p, "he") || eq(p, "she") || eq(p, "they") || eq(p, "i") || eq(p, "we")) return {t, t + 1};
    }
    if (b < end && v.capitalized(b) && thing_before_name(v, t, floor)) break;
    if (!np_word(v, t, sentence_start(v, t))) {
      // "This group", "These voters", "Her aides", "That person" (at the sentence start: "said that
      // officials …" is no determiner).
      if (b < end && v.is_word(t) &&
          (eq(v.lower(t), "this") || eq(v.lower(t), "these") || eq(v.lower(t), "those") || eq(v.lower(t), "her") ||
           (eq(v.lower(t), "that") && sentence_start(v, t)))) {
        --b;
        break;
      }
      // A capitalized sentence opener is kept when it is a name ("Trump said"), not "But" or "Stated".
      if (!(sentence_start(v, t) && v.capitalized(t) && !v.is(t, kNpStop) &&
            !v.is(t, kReporting) && v.is_word(t)))
        break;
      --b;
      ++words;
      break;
    }
    --b;
    ++words;
    // "the former agent": the NP starts here, unless it is the group of a share ("half of the voters").
    if (v.is(t, kDeterminer) && !v.capitalized(t) &&
        !(t > floor + 1 && eq(v.lower(t - 1), "of") && share_word(v, t - 2))) {
      // "his two deputies", "the other officials", "All three candidates": two determiners.
      if (t > floor && v.is_word(t - 1) && v.is(t - 1, kDeterminer) && !v.is(t - 1, kNpStop) &&
          !eq(v.lower(t - 1), "that") && !eq(v.lower(t - 1), "this"))
        --b;
      break;
    }
  }
  // "A producer for Yahoo Studios", "Early results of an entrance poll of caucus-goers": a head noun
  // with a determiner before a preposition owns the phrase after it (twice at most).
  for (int pp = 0; pp < 2 && b > floor + 1 && b < end && v.is_word(b - 1); ++pp) {
    const std::string_view p = v.lower(b - 1);
    if (!(eq(p, "of") || eq(p, "for") || eq(p, "with") || eq(p, "from") || eq(p, "by") || eq(p, "at") || eq(p, "in") ||
          eq(p, "to") || eq(p, "on")))
      break;
    uint32_t k = b - 1, n = 0;
    bool opened = false;
    while (k > floor && n < 5) {
      const uint32_t t = k - 1;
      if (!v.is_word(t)) break;
      if (v.is(t, kDeterminer) || share_word(v, t)) {
        k = t;
        opened = true;
        break;
      }
      const bool at_start = t == floor && sentence_start(v, t);
      // "People briefed on the move", "two officials familiar with the talks": a participle or an
      // adjective that takes the preposition after its noun.
      static const WordSet kPostmodifiers{std::string_view(
          "briefed familiar close involved knowledgeable loyal allied aligned connected sympathetic "
          "friendly affiliated linked tied based")};
      if (t + 2 == b && !v.capitalized(t) && kPostmodifiers.contains(v.lower(t))) {
        k = t;
        ++n;
        continue;
      }
      if (!np_word(v, t, at_start) || (v.capitalized(t) && !at_start) || verb_like(v, t))
        break;  // not "The council voted for"
      k = t;
      ++n;
    }
    // "Aides to Clinton", ", sources close to her campaign": a plural with no determiner that opens
    // its clause owns the phrase after it too.
    auto plural = [&](uint32_t t) {
      const std::string_view h = v.lower(t);
      return eq(h, "people") || (h.size() > 3 && h.back() == 's' && h[h.size() - 2] != 's');
    };
    // (After a comma, a semicolon, a colon or a conjunction that opens the sentence: "But aides to
    // Clinton said".)
    const bool opens = k == floor || v.is_punct(k - 1, ',') || v.is_punct(k - 1, ';') || v.is_punct(k - 1, ':') ||
                       (v.is_word(k - 1) && sentence_start(v, k - 1) && v.is(k - 1, kNpStop) &&
                        !v.is(k - 1, kPronoun)) ||
                       (k == floor + 1 && (eq(v.lower(floor), "but") || eq(v.lower(floor), "and") || eq(v.lower(floor), "yet")));
    // Not before a verb in -s ("Preys on our worst fears"), nor over a verb ("lawyers for X filed papers").
    const std::string_view cue = end < v.doc.tokens.size() && v.is_word(end) ? v.lower(end) : std::string_view();
    bool verb = !cue.empty() && cue.back() == 's';
    for (uint32_t t = b; t < end && !verb; ++t) verb = v.is_word(t) && !v.capitalized(t) && verb_like(v, t);
    if (!opened && n >= 1 && n <= 3 && (plural(k) || plural(b - 2)) && opens && !verb) {
      b = k;
      continue;
    }
    // "Most of them", "half of us": a share of the people the pronoun stands for.
    if (opened && object && k + 2 == b && share_word(v, k)) {
      b = k;
      break;
    }
    if (!opened || k + 1 >= b - 1) break;
    b = k;
  }
  if (object && b == last) return {};
  // "about half of voters", "nearly 40 percent of them"
  if (b > floor && b < end && share_word(v, b) && v.is_word(b - 1)) {
    const std::string_view a = v.lower(b - 1);
    if (eq(a, "about") || eq(a, "nearly") || eq(a, "almost") || eq(a, "roughly") || eq(a, "over") || eq(a, "only") || eq(a, "just"))
      --b;
    // "more than 4 in 10", "fewer than half of them"
    else if (eq(a, "than") && b > floor + 1 && v.is_word(b - 2) && (eq(v.lower(b - 2), "more") || eq(v.lower(b - 2), "fewer")))
      b -= 2;
  }
  b = sentence_subject_start(v, b, end, floor);
  b = coordinated_start(v, b, end, floor);
  // "both oppose an inflation formula called …", "to harness that power for …": a noun phrase after a
  // verb or a preposition is its object, no subject (a cue in -ing finds its subject elsewhere:
  // "issued a statement saying").
  auto ing_after = [&] {
    if (end >= v.doc.tokens.size() || !v.is_word(end)) return false;
    const std::string_view w = v.lower(end);
    return w.size() > 4 && w.compare(w.size() - 3, 3, "ing") == 0;
  };
  if (b > floor && b < end && v.is_word(b) && !v.capitalized(b) && v.is(b, kDeterminer) && v.is_word(b - 1) &&
      !v.capitalized(b - 1) && !ing_after()) {
    const std::string_view p = v.lower(b - 1);
    const bool preposition = eq(p, "of") || eq(p, "in") || eq(p, "for") || eq(p, "to") || eq(p, "with") || eq(p, "from") ||
                             eq(p, "by") || eq(p, "at") || eq(p, "on") || eq(p, "about") || eq(p, "into") || eq(p, "over") ||
                             eq(p, "under") || eq(p, "against") || eq(p, "around") || eq(p, "across") || eq(p, "throughout") ||
                             eq(p, "among") || eq(p, "between") || eq(p, "within") || eq(p, "beyond") || eq(p, "near") ||
                             eq(p, "behind") || eq(p, "inside") || eq(p, "outside") || eq(p, "toward") || eq(p, "towards");
    const bool verb = !v.is(b - 1, kNpStop | kCueFiller | kTimeWord | kPronoun | kDeterminer) &&
                      !is_manner_adverb(v, b - 1) && !share_word(v, b - 1);
    if (preposition || verb) return {};
  }
  // Drop a leading lower-case word that is no determiner before a name: "and Trump" was stopped earlier.
  TokRange r{b, end};
  while (!r.empty() && v.tok(r.begin).kind == TokenKind::dash) ++r.begin;
  // A quantifier alone opens its clause ("Some said", ", but many warned"); after a noun it floats
  // ("Ortiz and Lee all said"), after "that" it is a relative clause's.
  if (r.end == r.begin + 1 && v.is(r.begin, kDeterminer) && r.begin > floor) {
    const uint32_t t = r.begin - 1;
    const std::string_view p = v.lower(t);
    if (v.is_word(t) ? !(eq(p, "and") || eq(p, "but") || eq(p, "yet") || eq(p, "while") || eq(p, "though") ||
                         eq(p, "although") || eq(p, "because") || eq(p, "as") || eq(p, "so"))
                     : !(v.is_punct(t, ',') || v.is_punct(t, ';') || v.is_punct(t, ':') ||
                         v.tok(t).kind == TokenKind::quote))
      return {};  // ("Sen. Ana Ortiz (D-Md.) and Lee all said": after a bracket too)
  }
  return plausible(v, r) ? r : TokRange{};
}

}  // namespace

bool is_manner_adverb(const TokenView& v, uint32_t t) {
  if (!v.is_word(t) || v.capitalized(t)) return false;  // (before folding the word)
  const std::string_view w = v.lower(t);
  return w.size() > 4 && ly_adverb(w);
}

TokRange np_before(const TokenView& v, uint32_t end, uint32_t floor) {
  uint32_t e = end;
  const bool progressive = end < v.doc.tokens.size() && v.is_word(end) && v.lower(end).size() > 4 &&
                           v.lower(end).compare(v.lower(end).size() - 3, 3, "ing") == 0;
  // Auxiliaries, adverbs and time adjuncts between the source and its cue: "has also", "on Tuesday",
  // "has increasingly", "is" before a cue in -ing ("Trump is telling a town hall that …").
  for (uint32_t skipped = 0; e > floor && skipped < 6; ++skipped) {
    const std::string_view w = v.lower(e - 1);
    if (!v.is_word(e - 1)) break;
    if (v.is(e - 1, kCueFiller | kTimeWord) || is_manner_adverb(v, e - 1) || eq(w, "however") || eq(w, "meanwhile") ||
        clause_adverb(w) ||
        (progressive && (eq(w, "is") || eq(w, "are") || eq(w, "was") || eq(w, "were") || eq(w, "been")))) {
      --e;
      continue;
    }
    if ((eq(w, "on") || eq(w, "in") || eq(w, "at")) && e < end && v.is(e, kTimeWord)) {
      --e;
      continue;
    }
    // "have in fact reported", "has in particular noted".
    if ((eq(w, "fact") || eq(w, "particular")) && e >= floor + 2 && eq(v.lower(e - 2), "in")) {
      e -= 2;
      continue;
    }
    // "Trump at the time said", "Ortiz at one point called": a time adjunct after the subject.
    if ((eq(w, "time") || eq(w, "point")) && e >= floor + 4 && eq(v.lower(e - 3), "at") &&
        (eq(v.lower(e - 2), "the") || eq(v.lower(e - 2), "that") || eq(v.lower(e - 2), "one"))) {
      e -= 3;
      continue;
    }
    // "The Dover Ledger first reported", "He soon learned": an adverb of order after the subject (not
    // "the first" or "a first", where it heads the phrase).
    if ((eq(w, "first") || eq(w, "soon")) && e >= floor + 2 && v.is_word(e - 2) && !v.is(e - 2, kDeterminer)) {
      --e;
      continue;
    }
    break;
  }
  // "The report published Tuesday found": a time word right after a participle dates the source.
  if (e < end && e > floor && v.is(e, kTimeWord) && v.capitalized(e) && v.is_word(e - 1) && !v.capitalized(e - 1) &&
      v.lower(e - 1).size() > 4 && v.lower(e - 1).compare(v.lower(e - 1).size() - 2, 2, "ed") == 0)
    ++e;
  if (e <= floor) return {};
  // "Dover's governor, Ana Ruiz, a Republican, said", "Ben Okafor, a former director, whose
  // roots …, said": the phrase that opens the clause before the name's comma starts the mention.
  auto opening = [&](uint32_t b) {
    if (b <= floor + 1 || !v.is_punct(b - 1, ',')) return b;
    const TokRange p = core_np_before(v, b - 1, floor);
    bool owner = false;
    bool verb = false;  // "Alarmed by the unrest in Nevada, Senator Harry Reid, …": an adverbial
    for (uint32_t t = p.begin; t < p.end; ++t) {
      owner = owner || (v.is_word(t) && possessive(v.lower(t)));
      verb = verb || (v.is_word(t) && (verb_like(v, t) || v.is(t, kNpStop)));
    }
    if (!p.empty() && p.begin == floor && !verb && !date_word_at(v, p.end - 1) &&
        (owner || (ends_in_name(v, p) && p.end - p.begin >= 2)))
      return p.begin;
    return b;
  };
  // "Craig Minassian, a spokesman for the foundation, said": the apposition belongs to the mention,
  // and so does an aside between dashes ("The office — citing the floods — said").
  // "Joe Lutz, host of Dover's “Morning Show,” said": an apposition that ends in a short quoted title,
  // its comma inside the closing mark.
  uint32_t title = e;  // the opening mark of that title
  if (e >= floor + 4 && v.tok(e - 1).kind == TokenKind::quote && v.is_punct(e - 2, ',') &&
      !v.tok(e - 1).has(kSpaceBefore)) {
    uint32_t o = e - 2;
    while (o > floor && o + 9 > e && (v.is_word(o - 1) || v.tok(o - 1).kind == TokenKind::number ||
                                     possessive_mark(v, o - 1)))
      --o;
    if (o > floor && o + 3 < e && v.tok(o - 1).kind == TokenKind::quote && v.tok(o - 1).has(kSpaceBefore) &&
        v.capitalized(o))
      title = o - 1;
  }
  const uint32_t last = title < e ? e - 2 : e - 1;  // the comma or dash that closes the apposition
  const bool comma = v.is_punct(last, ',');
  if (comma || v.is_dash(last)) {
    uint32_t k = last;
    const uint32_t stop = k > floor + kMaxApposition ? k - kMaxApposition : floor;
    auto same = [&](uint32_t t) { return comma ? v.is_punct(t, ',') : v.is_dash(t); };
    // The subject is the name before one of the last few commas that opens its clause:
    // "Clinton, during a meeting in Columbus, Ohio, said" skips "Columbus," after "in".
    TokRange name;
    for (int tries = 0; tries < 4 && name.empty(); ++tries) {
      while (k > stop) {
        --k;
        if (v.is_terminator(k) || (v.tok(k).kind == TokenKind::quote && !possessive_mark(v, k) && k != title))
          return {};
        if (same(k)) break;
      }
      if (!same(k) || k + 2 >= e) return {};
      const TokRange n = core_np_before(v, k, floor);
      if (n.empty()) continue;
      const bool opens = n.begin == floor || v.is_punct(n.begin - 1, ',') || v.is_dash(n.begin - 1) ||
                         !(v.is_word(n.begin - 1) && v.is(n.begin - 1, kNpStop)) ||
                         eq(v.lower(n.begin - 1), "and") || eq(v.lower(n.begin - 1), "but") ||
                         eq(v.lower(n.begin - 1), "that") || eq(v.lower(n.begin - 1), "while") ||
                         eq(v.lower(n.begin - 1), "when") || eq(v.lower(n.begin - 1), "as");
      if (opens) name = n;
    }
    if (name.empty()) return {};
    if (!comma) return {name.begin, e};
    const std::string_view first = v.lower(k + 1);
    // An aside that is no description is left out: "Sanders, meanwhile,", "Trump, in Kentucky,",
    // "Rubio, speaking at a rally,", "Bush, however," (the name alone is the mention).
    // ", including Trump,", ", whose …,", ", now a radio host,", ", along with X,": a description.
    const bool described = eq(first, "including") || eq(first, "whose") || eq(first, "now") || eq(first, "then") ||
                           eq(first, "along") || eq(first, "like");
    const bool aside = v.is_word(k + 1) && !v.capitalized(k + 1) && !described &&
                       (v.is(k + 1, kNpStop | kCueFiller) || is_manner_adverb(v, k + 1) ||
                        (first.size() > 4 && first.compare(first.size() - 3, 3, "ing") == 0));
    if (aside && (ends_in_name(v, name) || v.is(name.begin, kDeterminer))) return name;
    if (!ends_in_name(v, name)) {
      // "Trump's attorney, Alan Garten, said": a description, then the name in apposition.
      bool named = k + 1 < e - 1;
      for (uint32_t t = k + 1; t + 1 < e && named; ++t)
        named = (v.is_word(t) && v.capitalized(t) && !v.is(t, kNpStop | kDeterminer)) || name_dot(v, t);
      if (named && e - k <= 6) return {name.begin, e};
      // "The lawmaker, who represents a district in Albay, said", "A Warren adviser, who spoke on the
      // condition of anonymity, said": a description with a determiner takes its relative clause.
      return (eq(first, "who") || described) && v.is(name.begin, kDeterminer) ? TokRange{opening(name.begin), e}
                                                                             : TokRange{};
    }
    // The apposition opens like a description: "a former agent", "the mayor", "who ...", or is an
    // age ("Ortiz, 69, told"), kept in the mention as PolNeAR marks it.
    const bool desc = v.is(k + 1, kDeterminer) || eq(first, "who") || v.is(k + 1, kTitle) ||
                      v.tok(k + 1).kind == TokenKind::number || v.capitalized(k + 1) ||
                      v.is_word(k + 1);
    if (!desc) return {};
    return {opening(name.begin), e};
  }
  // "Democrats who watched the debate said", "One official who relayed the exchange said": a relative
  // clause with no commas belongs to the mention (a verb of saying in it is a cue of its own). A cheap
  // look for "who" first, among the words right before the cue.
  uint32_t who = e;
  for (uint32_t t = e; t > floor + 1 && t + 14 > e;) {
    --t;
    const Token& k = v.tok(t);
    if (k.kind != TokenKind::word) {
      if (k.kind == TokenKind::number || inner_dash(v, t, floor, e) || possessive_mark(v, t)) continue;
      break;
    }
    if (k.span.size() == 3 && !k.has(kCapitalized) && eq(v.lower(t), "who")) {
      who = t;
      break;
    }
  }
  // It ends in a noun (not "who are inclined to", "who … when he"), has no clause of its own
  // ("who … and said"), and follows a noun phrase.
  if (who + 2 < e && np_word(v, e - 1, false) && !v.is(e - 1, kPronoun | kDeterminer | kPastVerb) &&
      v.is_word(who - 1) && !v.is(who - 1, kPronoun)) {
    bool clause = false;
    for (uint32_t t = who + 1; t < e && !clause; ++t) {
      if (!v.is_word(t) || v.capitalized(t)) continue;
      const std::string_view w = v.lower(t);
      clause = eq(w, "that") || eq(w, "which") || (v.is(t, kReporting) && !v.is(t, kBaseForm)) || eq(w, "and") ||
               eq(w, "but") || eq(w, "or") || eq(w, "if") || eq(w, "when") || eq(w, "because") || eq(w, "while") || eq(w, "as") ||
               eq(w, "since") || eq(w, "although") || eq(w, "though") || eq(w, "before") || eq(w, "after");
    }
    if (!clause) {
      const TokRange head = core_np_before(v, who, floor);
      if (!head.empty()) return {head.begin, e};
    }
  }
  return core_np_before(v, e, floor);
}

namespace {
TokRange np_after_at(const TokenView& v, uint32_t begin, uint32_t limit, bool join_titles);
}  // namespace

TokRange np_after(const TokenView& v, uint32_t begin, uint32_t limit) { return np_after_at(v, begin, limit, true); }

namespace {
// np_after, and with `join_titles` two titles of one person joined by "and" (the phrase after "and"
// is walked without it: one level, so no chain of "and"s nests calls).
TokRange np_after_at(const TokenView& v, uint32_t begin, uint32_t limit, bool join_titles) {
  if (begin >= limit) return {};
  if (v.is_word(begin) && v.is(begin, kPronoun)) return {begin, begin + 1};
  uint32_t e = begin;
  uint32_t words = 0;
  while (e < limit && words < kMaxNp) {
    if (name_dot(v, e) || inner_dash(v, e, begin, limit) || inner_of(v, e, begin, limit)) {
      ++e;
      continue;
    }
    // "the 46-year-old", "the 2016 nominee": a number after a determiner is part of the phrase.
    if (e > begin && v.tok(e).kind == TokenKind::number && v.is(e - 1, kDeterminer) && e + 1 < limit &&
        (v.is_word(e + 1) || inner_dash(v, e + 1, begin, limit))) {
      ++e;
      continue;
    }
    // "former Dover Gov. and Farm Board Chairman Ed Lutz", "former prosecutor and Dover Mayor Ed Lutz": two
    // titles of one person joined by "and", the name after the second (not "the mayor and …", two people).
    if (join_titles && e > begin && e + 2 < limit && v.is_word(e) && eq(v.lower(e), "and") && v.capitalized(e + 1) &&
        !v.is(begin, kDeterminer)) {
      uint32_t last = e - 1;
      if (name_dot(v, last) && last > begin) --last;
      if (v.is_word(last) && (v.is(last, kTitle) || (!v.capitalized(last) && !v.is(last, kNpStop)))) {
        const TokRange second = np_after_at(v, e + 1, limit, false);
        bool titled = false;
        for (uint32_t t = second.begin; t < second.end; ++t) titled = titled || (v.is_word(t) && v.is(t, kTitle));
        if (!second.empty() && titled && ends_in_name(v, second) && !v.is(second.end - 1, kTitle)) {
          e = second.end;
          break;
        }
      }
    }
    if (!np_word(v, e, false)) break;
    // ("The retired surgeon", "A registered nurse": after an article that opens the sentence, an adjective.)
    if (e > begin && !v.capitalized(e) && v.capitalized(e - 1) && verb_like(v, e) && !v.is(e - 1, kDeterminer)) break;
    // "Trump shot back", "Right Wing Watch first reported": a verb or an adverb after a name.
    if (e > begin && !v.capitalized(e) && v.capitalized(e - 1) && v.is(e, kComeback | kCueFiller)) break;
    if (e > begin && v.is(e, kPastVerb)) break;  // "Its salvo began", "the ad ran"
    // "the council issued a statement": a verb in -ed before an object.
    if (e > begin && e + 1 < limit && !v.capitalized(e) && verb_like(v, e) && v.is_word(e + 1) &&
        v.is(e + 1, kDeterminer | kPronoun))
      break;
    const std::string_view w = v.lower(e);
    // "Experts note"; but after a determiner a base form is a noun: "the press secretary", "a report",
    // also with a modifier or an owner between ("the congressional report", "the FBI report", "the
    // committee's report"; not "the officials report", a plural subject and its verb).
    if (e > begin && !v.capitalized(e) && v.is(e, kReporting) &&
        !(v.is(e, kBaseForm) && (article(v.lower(e - 1)) || modified_noun_slot(v, begin, e)) &&
          (e + 1 >= limit || v.is_word(e + 1) || v.is_terminator(e + 1))))
      break;
    // "Their departure poses a challenge": a verb in -s before an object.
    if (e > begin && e + 1 < limit && !v.capitalized(e) && w.size() > 3 && w.back() == 's' &&
        w[w.size() - 2] != 's' && !v.is(e - 1, kDeterminer) && v.is_word(e + 1) &&
        (v.is(e + 1, kDeterminer) || v.is(e + 1, kPronoun)))
      break;
    if (e > begin && (eq(w, "who") || eq(w, "which") || eq(w, "whose"))) break;
    // "told reporters he …", "told POLITICO she …": a pronoun after the listener opens what was said.
    if (e > begin && v.is(e, kPronoun) && (!v.capitalized(e) || eq(w, "i"))) break;
    // "told reporters outside the court": a place word after the head starts an adverbial (not in
    // "an aide inside Ortiz Tower", where it names where the person works).
    if (e > begin && !v.capitalized(e) && !(e + 1 < limit && v.capitalized(e + 1)) &&
        (eq(w, "outside") || eq(w, "inside") || eq(w, "afterward") || eq(w, "afterwards") || eq(w, "nearby") || eq(w, "there")))
      break;
    if (e > begin && v.is(e, kDeterminer) && !v.capitalized(e) && !eq(v.lower(e), "other")) break;
    ++e;
    ++words;
  }
  TokRange r{begin, e};
  // Trim trailing words that cannot end a source ("Trump on", handled by stop words; "Trump last").
  while (!r.empty() && !v.is_word(r.end - 1) && !name_dot(v, r.end - 1)) --r.end;
  if (!plausible(v, r)) return {};
  // "Officer Tusk of the Walrus Police Department": a name, "of the" and a capitalized phrase (where
  // the person works) make one mention.
  // (Not "All of the GOP", nor "of the New York delegation", where the phrase goes on in lower case.)
  if (r.end == e && e + 2 < limit && e > begin && ends_in_name(v, r) && !v.is(e - 1, kDeterminer) && v.is_word(e) &&
      eq(v.lower(e), "of") && !v.capitalized(e) && v.is_word(e + 1) && eq(v.lower(e + 1), "the") && v.capitalized(e + 2)) {
    uint32_t k = e + 2;
    while (k < limit && k < e + 2 + kMaxNp &&
           ((v.is_word(k) && v.capitalized(k) && !v.is(k, kNpStop | kPronoun)) || name_dot(v, k) ||
            inner_dash(v, k, begin, limit) || inner_of(v, k, begin, limit)))
      ++k;
    while (k > e + 2 && !v.is_word(k - 1)) --k;
    auto noun_at = [&](uint32_t t) {
      return t < limit && v.is_word(t) && !v.capitalized(t) && np_word(v, t, false) &&
             !v.is(t, kReporting | kCueFiller | kDeterminer | kTimeWord) && !verb_like(v, t);
    };
    // "of the New York delegation": a lower-case head after the name, when the phrase ends there.
    uint32_t j = k;
    while (j < k + 2 && noun_at(j)) ++j;
    if (j > k && !(j < limit && v.is_word(j))) k = j;
    if (k > e + 2 && !noun_at(k)) r.end = k;
  }
  // "a spokesman for committee Democrats said", "an aide to the governor told": a head with a
  // preposition owns the phrase after it when a verb of saying follows that phrase.
  if (r.end == e && e + 1 < limit && v.is_word(e) && !v.capitalized(e) && !v.capitalized(r.end - 1)) {
    if (head_preposition(v.lower(e))) {
      uint32_t k = e + 1, preps = 1;
      while (k < limit && k < e + 12) {
        if (name_dot(v, k) || inner_dash(v, k, begin, limit) || possessive_mark(v, k) ||
            v.tok(k).kind == TokenKind::number) {
          ++k;
          continue;
        }
        if (!v.is_word(k)) break;
        const std::string_view w = v.lower(k);
        if ((eq(w, "of") || eq(w, "for") || eq(w, "to") || eq(w, "at") || eq(w, "in")) && preps < 3 &&
            k + 1 < limit && v.is_word(k + 1)) {
          ++preps;
          ++k;
          continue;
        }
        if (v.is(k, kTimeWord) || eq(w, "that") || eq(w, "this")) break;
        if (v.is(k, kDeterminer) && !v.is(k, kPronoun)) {
          ++k;
          continue;
        }
        if (!np_word(v, k, false)) break;
        ++k;
      }
      if (k < limit && k > e + 1 && v.is_word(k - 1) && !v.is(k - 1, kDeterminer) && v.is_word(k) &&
          !v.capitalized(k) && v.is(k, kReporting) && !v.is(k, kBaseForm) && cue_length(v, k, limit) > 0)
        r.end = k;
    }
  }
  // "Rep. Bobby Scott (D-Va.)": a short parenthesis after a name.
  // (Its dot may look like a sentence end to `limit`: "(D-Va.).")
  const uint32_t pend = v.para_end(v.para_of(begin));
  if (r.end == e && e < limit && e + 2 < pend && v.is_punct(e, '(') && v.capitalized(e - 1)) {
    uint32_t k = e + 1;
    while (k < pend && k < e + 8 && !v.is_punct(k, ')') && !v.is_punct(k, '(')) ++k;
    if (k < pend && v.is_punct(k, ')')) r.end = k + 1;
  }
  return r;
}

}  // namespace

namespace {

// Words that open a sentence as an adverbial before its subject: "Indeed, …", "Minutes later, …",
// "Speaking at a rally in Ohio, …", "Having lost the vote, …".
// The token after the time phrase that opens at b ("Minutes later", "A few days ago"), or b if none.
uint32_t time_phrase_end(const TokenView& v, uint32_t b, uint32_t limit) {
  static const WordSet kSpans{std::string_view(
      "a an moments minutes hours days weeks months years decades seconds two three four five six "
      "seven eight nine ten few several some much not shortly soon long")};
  if (!v.is_word(b) || !kSpans.contains(v.lower(b))) return b;
  for (uint32_t t = b + 1; t < limit && t < b + 4 && v.is_word(t); ++t)
    if (eq(v.lower(t), "later") || eq(v.lower(t), "ago") || eq(v.lower(t), "earlier")) return t + 1;
  return b;
}

bool opens_adverbial(const TokenView& v, uint32_t b, uint32_t limit) {
  if (!v.is_word(b)) return false;
  if (v.is(b, kNpStop | kTimeWord) || is_manner_adverb(v, b)) return true;
  const std::string_view w = v.lower(b);
  static const WordSet kOpeners{std::string_view(
      "indeed thus moreover furthermore nonetheless nevertheless hence overall regardless back "
      "otherwise first second finally separately likewise similarly initially instead outside inside "
      "alongside amid beside behind near")};
  if (kOpeners.contains(w)) return true;
  if (w.size() > 4 && w.compare(w.size() - 3, 3, "ing") == 0) return true;  // "Speaking", "Having"
  if (w.size() > 4 && ly_adverb(w)) return true;  // "Hastily politicizing the flood, …" (capitalized)
  // "Minutes later", "Two days ago", "Earlier this week": a time phrase (not "Fields later tweeted").
  return time_phrase_end(v, b, limit) > b;
}

}  // namespace

TokRange clause_subject(const TokenView& v, uint32_t sentence_begin, uint32_t limit) {
  uint32_t b = sentence_begin;
  // "WASHINGTON — …", "Washington (AFP) – …", "WASHINGTON, Dec. 8 (UPI) — …": a dateline.
  for (uint32_t t = b; t < limit && t < b + 12; ++t) {
    if (v.is_dash(t) && v.tok(t).has(kSpaceBefore)) {
      if (t > b) b = t + 1;
      break;
    }
    const Token& k = v.tok(t);
    const bool dateline = (k.kind == TokenKind::word && k.has(kCapitalized)) || k.kind == TokenKind::number ||
                          (k.kind == TokenKind::punct && (k.first == ',' || k.first == '.' || k.first == '(' ||
                                                           k.first == ')'));
    if (!dateline) break;
  }
  // "…, when Sanders protesters interrupted her speech, shouting": a participle belongs to the
  // clause it follows; its subject comes after the conjunction that opens that clause.
  for (uint32_t t = limit; t > b + 1 && t + 12 > limit;) {
    --t;
    if (!v.is_word(t) || v.capitalized(t)) continue;
    const std::string_view w = v.lower(t);
    if (!(eq(w, "when") || eq(w, "while") || eq(w, "after") || eq(w, "before") || eq(w, "because") || eq(w, "since") ||
          eq(w, "until") || eq(w, "once") || eq(w, "as")))
      continue;
    TokRange s = np_after(v, t + 1, limit);
    if (s.end - s.begin > 1 && !v.capitalized(s.end - 1) && verb_like(v, s.end - 1)) --s.end;  // "arrived"
    if (!s.empty() && s.end < limit && v.is_word(s.end) && !v.is(s.end, kNpStop) &&
        (v.capitalized(s.begin) || v.is(s.begin, kDeterminer | kPronoun)))
      return s;
    break;
  }
  // "And then Ortiz went on the attack, saying …", "Then he cut into Lutz, calling …": a conjunction or
  // "then" with no comma after it opens the clause before its subject.
  for (uint32_t n = 0; n < 2 && b + 1 < limit && v.is_word(b) && v.is_word(b + 1); ++n) {
    const std::string_view w = v.lower(b);
    if (!(eq(w, "and") || eq(w, "but") || eq(w, "then") || eq(w, "so") || eq(w, "yet"))) break;
    const uint32_t c = b + 1;
    const std::string_view x = v.lower(c);
    if (!(eq(x, "then") || v.is(c, kPronoun | kDeterminer) || (v.capitalized(c) && !v.is(c, kNpStop)))) break;
    b = c;
  }
  // "A few minutes later they reversed themselves and said": a time phrase with no comma after it.
  if (const uint32_t t = time_phrase_end(v, b, limit); t > b && t < limit && !v.is_punct(t, ',')) b = t;
  // Skip an opening adverbial that ends with a comma: "In the wake of the war, X ..."
  if (b < limit && opens_adverbial(v, b, limit)) {
    uint32_t k = b;
    while (k < limit && k < b + 20 && !v.is_punct(k, ',')) ++k;
    // "At a rally in Ames, Iowa, on Sunday, X": the subject follows the last of close commas.
    while (k + 1 < limit && v.is_punct(k, ',')) {
      uint32_t n = k + 1;
      while (n < limit && n < k + 5 && !v.is_punct(n, ',') && (v.capitalized(n) || v.is(n, kNpStop | kTimeWord) ||
                                                               name_dot(v, n)))
        ++n;
      if (n < limit && n > k + 1 && v.is_punct(n, ',') && n < b + 24) k = n;
      else break;
    }
    if (k < limit && v.is_punct(k, ',')) b = k + 1;
    else return {};
  }
  TokRange r = np_after(v, b, limit);
  if (r.empty()) return r;
  if (!v.capitalized(r.begin) && !v.is(r.begin, kPronoun) && !v.is(r.begin, kDeterminer))
    return {};
  // "All of the candidates oppose …, and have pledged", "The board of elections on Monday ruled …,
  // ordering", "Ortiz and her aides sued …, saying": a phrase after "of" or "and" belongs to the
  // subject when the verb of the clause comes right after it.
  auto verb_at = [&](uint32_t t) {
    if (t >= limit || !v.is_word(t) || v.capitalized(t)) return false;
    const std::string_view w = v.lower(t);
    if ((eq(w, "on") || eq(w, "in") || eq(w, "at")) && t + 1 < limit && v.is(t + 1, kTimeWord)) return true;
    return verb_like(v, t) || v.is(t, kReporting | kCueFiller | kPastVerb | kTimeWord);
  };
  for (int n = 0; n < 2 && r.end + 1 < limit && v.is_word(r.end) && !v.capitalized(r.end) && !verb_at(r.end); ++n) {
    const std::string_view w = v.lower(r.end);
    const uint32_t next = r.end + 1;
    if (!(eq(w, "of") || (eq(w, "and") && v.is_word(next) && !v.is(next, kPronoun) &&
                        (v.is(next, kDeterminer) || v.capitalized(next)))))
      break;
    // "and her lawyers": a possessive "her" opens the phrase (np_after takes it for an object).
    const bool her = eq(w, "and") && eq(v.lower(next), "her");
    TokRange x = np_after(v, her ? next + 1 : next, limit);
    if (x.empty()) break;
    if (her) x.begin = next;
    // "Hundreds of farmers marched to …": a word in -ed inside the phrase is the verb.
    for (uint32_t t = x.begin + 1; t < x.end && !verb_at(x.end); ++t)
      if (v.is_word(t) && !v.capitalized(t) && verb_like(v, t) && v.is_word(t - 1) && !v.is(t - 1, kDeterminer))
        x.end = t;
    if (x.end - r.begin > kMaxSubject || !verb_at(x.end)) break;
    r.end = x.end;
  }
  // "The mayor's aide rallied supporters, saying …", "Ortiz's campaign shrugged off …": when no verb
  // follows the phrase, a word in -ed inside it was the verb of the clause.
  if (r.end < limit && !(v.is_word(r.end) && verb_like(v, r.end)))
    for (uint32_t t = r.begin + 1; t < r.end; ++t)
      if (v.is_word(t) && !v.capitalized(t) && verb_like(v, t) && v.is_word(t - 1) && !v.is(t - 1, kDeterminer)) {
        r.end = t;
        break;
      }
  // An apposition belongs to the mention with the comma that closes it: "Jane Doe, the journalist,
  // rejected …", "the union's president, Jane Doe, said …" (PolNeAR keeps that comma 925 times, leaves
  // it out 107; np_before keeps it before a verb of saying too).
  // ("Christie, New Jersey’s governor, …", "Lewandowski, Trump's campaign manager, …": a possessive
  // opens a description too.)
  auto possessive_at = [&](uint32_t t) { return t < limit && v.is_word(t) && possessive(v.lower(t)); };
  if (r.end + 2 < limit && v.is_punct(r.end, ',') &&
      (ends_in_name(v, r) ? (v.is(r.end + 1, kDeterminer) || v.is(r.end + 1, kTitle) ||
                             (v.capitalized(r.end + 1) && (possessive_at(r.end + 1) || possessive_at(r.end + 2))))
                          : v.capitalized(r.end + 1) && !v.is(r.end + 1, kNpStop))) {
    uint32_t k = r.end + 1;
    while (k < limit && k < r.end + 9 && !v.is_punct(k, ',') && !v.is_terminator(k) &&
           v.tok(k).kind != TokenKind::quote)
      ++k;
    if (k < limit && v.is_punct(k, ',') && (k > r.end + 2 || !ends_in_name(v, r))) r.end = k + 1;
  }
  return r;
}

namespace {

// The dot right after an abbreviated state, a suffix or an initial: "Ind.", "Calif.", "Jr.", "N.J.".
bool abbreviation_dot(const TokenView& v, uint32_t t) {
  const Token& k = v.tok(t);
  if (k.kind != TokenKind::punct || k.first != '.' || k.span.size() != 1 || k.has(kSpaceBefore) || t == 0 ||
      !v.is_word(t - 1) || !v.capitalized(t - 1))
    return false;
  const std::string_view w = v.lower(t - 1);
  if (w.size() <= 2) return true;
  static const WordSet kAbbreviations{std::string_view(
      "jr sr ala ariz ark calif colo conn del fla ill ind kan mass mich minn miss mont neb nev okla "
      "ore penn tenn tex wash wis wyo")};
  return kAbbreviations.contains(w);
}

}  // namespace

uint32_t apposition_end(const TokenView& v, TokRange np, uint32_t end) {
  constexpr uint32_t kMaxInverted = 40;  // tokens of an apposition after an inverted cue
  // "said a person close to the Clintons.", "said one Democrat familiar with the talks.": a description
  // (no name) runs to the sentence end with the words that say who it is.
  if (!np.empty() && np.end < end && v.is_word(np.begin) && !v.capitalized(np.begin) && v.is(np.begin, kDeterminer) &&
      v.is_word(np.end) && !v.capitalized(np.end)) {
    static const WordSet kPostmodifiers{std::string_view(
        "to for of with from who whose that close familiar involved briefed known working based")};
    if (kPostmodifiers.contains(v.lower(np.end))) {
      uint32_t t = np.end;
      while (t < end && t < np.end + kMaxInverted && !v.is_terminator(t) && !v.is_punct(t, ',') &&
             !v.is_punct(t, ';') && !v.is_dash(t) && v.tok(t).kind != TokenKind::quote)
        ++t;
      if (t == end || (t < end && v.is_terminator(t))) return t;
    }
  }
  if (np.empty() || np.end + 1 >= end || !v.is_punct(np.end, ',')) return np.end;
  auto own_clause = [&](uint32_t t) {  // a word after a comma that opens a clause of its own
    if (!v.is_word(t) || v.capitalized(t)) return false;
    const std::string_view w = v.lower(t);
    if (eq(w, "of") || eq(w, "from")) return false;  // "said X, 44, of Dover": where X is from
    // "said X, then senior pastor at …", "said X, now a fellow at …": a description of another time
    // (not "said X, then left").
    if ((eq(w, "then") || eq(w, "now")) && t + 1 < end && v.is_word(t + 1) && !verb_like(v, t + 1) &&
        !v.is(t + 1, kReporting | kCueFiller | kNpStop | kPronoun))
      return false;
    if (v.is(t, kNpStop | kCueFiller) || is_manner_adverb(v, t)) return true;
    if (w.size() > 4 && w.compare(w.size() - 3, 3, "ing") == 0) return true;  // ", echoing …"
    if (v.is(t, kReporting) && !v.is(t, kBaseForm)) return true;
    if (!eq(w, "who")) return false;  // ", who said …", ", who also argued …" (not ", who supports …")
    uint32_t n = t + 1;
    while (n < end && n < t + 3 && v.is_word(n) && v.is(n, kCueFiller)) ++n;
    return n < end && v.is_word(n) && v.is(n, kSpeech) && !v.is(n, kBaseForm);
  };
  if (own_clause(np.end + 1)) return np.end;
  uint32_t t = np.end + 1;
  for (; t < end; ++t) {
    if (t >= np.end + kMaxInverted) return np.end;
    if (v.is_terminator(t)) break;
    // “A,” said X, a description, “B.”: the description ends before the quotation goes on.
    if (v.tok(t).kind == TokenKind::quote && !possessive_mark(v, t))
      return v.is_punct(t - 1, ',') && t - 1 > np.end + 1 ? t - 1 : np.end;
    // "said X, a spokesman for the campaign, explaining …": the comma that closes the apposition is
    // part of the mention (PolNeAR keeps it 53 times after an inverted cue, leaves it out 22).
    if (v.is_punct(t, ',') && t + 1 < end && own_clause(t + 1)) return t + 1;
  }
  // "…, 29, of Meridian, Ind.", "… in Trenton, N.J.": the sentence ends with the dot of an
  // abbreviation, which is part of the mention.
  if (t < end && t > np.end + 1 && abbreviation_dot(v, t)) return t + 1;
  // Its last word ends a phrase: not a comma or a dash.
  uint32_t e = t;
  while (e > np.end + 1 && !v.is_word(e - 1) && !v.is_punct(e - 1, ')') && !name_dot(v, e - 1) &&
         v.tok(e - 1).kind != TokenKind::number)
    --e;
  return e > np.end + 1 ? e : np.end;
}

bool title_phrase(const TokenView& v, TokRange r) {
  // "Stealth Over Health", "Trouble In Paradise", "Winning Is Everything": a word that is written
  // in lower case inside a name (a preposition, a conjunction, a verb) is capitalized in a title.
  for (uint32_t t = r.begin + 1; t < r.end; ++t)
    if (v.is_word(t) && v.capitalized(t) && !v.tok(t).has(kAllCaps) && v.is(t, kNpStop | kPastVerb))
      return true;
  return false;
}

namespace {

// Whether a lower-case noun names a person: "the mayor", "the former agent", "a clown", not "the
// island", "the plan". Titles, nouns of people by their ending (-er, -or, -ist, -ian, -man,
// -woman), and a list of the others.
bool person_noun(const TokenView& v, uint32_t t) {
  if (v.is(t, kTitle)) return true;
  std::string_view w = v.lower(t);
  if (w.size() > 4 && w.back() == 's' && w[w.size() - 2] != 's') {  // "backers", "attorneys", "witnesses"
    w.remove_suffix(1);
  } else if (w.size() > 5 && w.compare(w.size() - 4, 4, "sses") == 0) {
    w.remove_suffix(2);
  }
  auto ends = [&](std::string_view s) { return w.size() > s.size() + 1 && w.compare(w.size() - s.size(), s.size(), s) == 0; };
  static const WordSet kThings{std::string_view(
      "letter number order matter border chapter answer paper water power center error sector factor "
      "charter character corner cover dinner layer manner tower quarter trailer flyer poster sticker "
      "banner platter corridor mirror motor theater register computer transfer surrender thriller")};
  if ((ends("er") || ends("or") || ends("ist") || ends("ian") || ends("man") || ends("woman")) && !kThings.contains(w))
    return true;
  static const WordSet kPeople{std::string_view(
      "clown official aide judge boss husband wife mother father son daughter brother sister friend "
      "guy girl boy child kid nurse priest bishop colleague ally hopeful incumbent democrat republican "
      "conservative liberal critic expert witness victim chef poet star celebrity mogul billionaire "
      "millionaire tycoon icon native citizen immigrant refugee student cop soldier diplomat envoy "
      "delegate superdelegate attorney justice actress athlete surgeon analyst consultant head ceo "
      "pope rabbi imam monk nun lady individual resident participant applicant entrepreneur executive "
      "nominee candidate agent president chief veteran rival opponent independent patient parent "
      "grandmother grandfather uncle aunt cousin spouse partner fan protester voter socialist populist "
      "chair host ambassador mayor senator congressman congresswoman lawmaker lawyer doctor teacher "
      "officer adviser advisor spokesperson man woman person advocate graduate associate people men "
      "women children staff crowd audience public someone somebody everyone nobody anyone one")};
  return kPeople.contains(w);
}

// Plurals of things: "documents", "estimates", "signs", "obligations", "numbers".
bool thing_plural(std::string_view w) {
  auto ends = [&](std::string_view s) { return w.size() > s.size() + 2 && w.compare(w.size() - s.size(), s.size(), s) == 0; };
  if (ends("ments") || ends("tions") || ends("sions") || ends("ities") || ends("nesses") || ends("ances") ||
      ends("ences") || ends("ures") || ends("ics") || ends("ings"))
    return true;
  static const WordSet kThings{std::string_view(
      "signs estimates records numbers figures results files papers emails messages texts tweets data "
      "documents statistics rules laws bills plans ads videos photos images pages books letters notes "
      "words remarks comments questions answers facts things events markets prices rates costs taxes "
      "funds")};
  return kThings.contains(w);
}

}  // namespace

uint32_t head_end(const TokenView& v, TokRange m) {
  // The head is the last word before any apposition.
  uint32_t e = m.begin;
  while (e < m.end && !v.is_punct(e, ',') && !(v.is_dash(e) && v.tok(e).has(kSpaceBefore))) ++e;
  // "Officer Tusk of the Walrus Police Department": the name before "of the" is the head, what
  // follows says where the person works ("Secretary of the Treasury Jack Lew" goes on: a title).
  // "a spokesman for the county board", "an aide to the governor": a person's noun before a
  // preposition is the head too.
  for (uint32_t t = m.begin + 1; t + 1 < e; ++t) {
    if (!v.is_word(t) || v.capitalized(t) || !v.is_word(t - 1)) continue;
    if (eq(v.lower(t), "of") && eq(v.lower(t + 1), "the") && v.capitalized(t - 1) && !v.is(t - 1, kTitle | kDeterminer) &&
        !(v.is(t - 1, kOrgSpelling) && is_organization_word(v.text(t - 1)))) {
      e = t;
      break;
    }
    if (head_preposition(v.lower(t)) && !v.capitalized(t - 1) && !v.is(t - 1, kDeterminer) && person_noun(v, t - 1)) {
      e = t;
      break;
    }
  }
  return e;
}

SpeakerKind kind_of_mention(const TokenView& v, TokRange m) {
  if (m.empty()) return SpeakerKind::unknown;
  const uint32_t e = head_end(v, m);
  // "Four in 10": a share of people.
  if (e >= m.begin + 3 && v.tok(e - 1).kind == TokenKind::number && eq(v.lower(e - 2), "in"))
    return SpeakerKind::group;
  uint32_t head = e;
  while (head > m.begin && !v.is_word(head - 1)) --head;
  if (head == m.begin) return SpeakerKind::unknown;
  --head;
  const std::string_view h = v.lower(head);
  if (e - m.begin == 1 && v.is(head, kPronoun)) {
    if (eq(h, "they") || eq(h, "we")) return SpeakerKind::group;
    if (eq(h, "it")) return SpeakerKind::organization;
    return eq(h, "you") ? SpeakerKind::unknown : SpeakerKind::person;
  }
  if (v.is(head, kVagueHead)) return SpeakerKind::vague;
  // An organisation's word makes the mention an organisation, unless a person's title or noun
  // follows it: "the Justice Department", but "Republican National Committee chairman Reince Priebus".
  bool org = false;
  for (uint32_t t = m.begin; t < e; ++t) {
    if (!v.is_word(t)) continue;
    if (v.is(t, kOrgSpelling) && is_organization_word(v.text(t))) org = true;
    else if (org && (v.is(t, kTitle) || (!v.capitalized(t) && person_noun(v, t)))) org = false;
  }
  if (org) return SpeakerKind::organization;
  if (v.capitalized(head)) {
    if (e - m.begin == 1 && date_word_at(v, head)) return SpeakerKind::unknown;  // not "Theresa May"
    const std::string_view raw = v.text(head);
    const bool plural_people = raw.size() > 4 && (h.compare(h.size() - 3, 3, "ans") == 0 ||
                                                  h.compare(h.size() - 3, 3, "ats") == 0 ||
                                                  h.compare(h.size() - 3, 3, "ers") == 0);
    return plural_people ? SpeakerKind::group : SpeakerKind::person;
  }
  // "Cruz backers", "many Russian exiles" are groups of people; "all signs", "genealogical
  // documents", "initial estimates" are no one.
  if (h.size() > 3 && h.back() == 's' && h[h.size() - 2] != 's')
    return person_noun(v, head) || !thing_plural(h) ? SpeakerKind::group : SpeakerKind::unknown;
  // "the clown", "a former agent", "his spokesman" are people; "Their departure", "the island" are
  // no one in particular.
  return person_noun(v, head) ? SpeakerKind::person : SpeakerKind::unknown;
}

// "I'm", "Let's", "It’s", "we've": a pronoun with its verb opens a clause, no noun phrase.
bool contraction(const TokenView& v, uint32_t t) {
  if (!v.is_word(t)) return false;
  const std::string_view w = v.lower(t);
  // (Cheap tests first, of what the forms below share: from "i'm" to "there’ll", ending in one of
  // the tails' last letters. Most words asked are no contraction.)
  if (w.size() < 3 || w.size() > 10) return false;
  const char last = w.back();
  if (last != 's' && last != 'm' && last != 'e' && last != 'l' && last != 'd') return false;
  std::size_t a = w.find('\'');
  std::size_t n = 1;
  if (a == std::string_view::npos) {
    a = w.find("\xE2\x80\x99");
    n = 3;
  }
  if (a == std::string_view::npos || a == 0) return false;
  const std::string_view stem = w.substr(0, a), tail = w.substr(a + n);
  if (!(eq(tail, "s") || eq(tail, "m") || eq(tail, "re") || eq(tail, "ve") || eq(tail, "ll") || eq(tail, "d"))) return false;
  return eq(stem, "i") || eq(stem, "you") || eq(stem, "he") || eq(stem, "she") || eq(stem, "it") || eq(stem, "we") ||
         eq(stem, "they") || eq(stem, "let") || eq(stem, "that") || eq(stem, "there");
}

}  // namespace factlight::quotes
