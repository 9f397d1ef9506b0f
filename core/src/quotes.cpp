// Quotes: direct quotations (every mark style, interrupted, over several paragraphs), partial quotes
// and scare quotes, and reported speech, each with its cue and the mention of its source.
// Marks are paired in quotes_marks.cpp; the layouts that attribute a quotation are in
// quotes_layouts.cpp; the phrase grammar is in quotes_attribution.cpp; names are resolved in
// speakers.cpp. Each stage looks at bounded windows, so the whole pass is linear.
#include <algorithm>

#include "factlight/extractors.hpp"
#include "quotes_extractor.hpp"
#include "sort_order.hpp"

namespace factlight {
namespace {




inline void Extractor::run() {
  quotes::pair_quote_marks(doc_, runs_, findings_);
  run_at_.assign(doc_.tokens.size(), -1);
  used_cue_.assign(doc_.tokens.size(), false);
  for (std::size_t i = 0; i < runs_.size(); ++i)
    for (std::size_t k = 0; k < runs_[i].fragments.size(); ++k) {
      const TokRange r = fragment_tokens(runs_[i], k);
      for (uint32_t t = r.begin; t < r.end; ++t) run_at_[t] = static_cast<int32_t>(i);
    }
  const uint32_t n = static_cast<uint32_t>(doc_.tokens.size());
  state_.assign(runs_.size(), RunState::pending);
  attr_.assign(runs_.size(), {});
  merged_into_.assign(runs_.size(), -1);
  lead_in_.assign(runs_.size(), -1);
  sentence_speaker_.assign(doc_.sentences.size(), {});
  lead_words_.assign(runs_.size(), 0);
  lead_frag_.assign(runs_.size(), {});
  for (std::size_t i = 0; i < runs_.size(); ++i) transcript_run(i);
  for (std::size_t i = 0; i < runs_.size(); ++i) attribute_run(i);
  // The tokens of the runs, walked run by run (not every token of the text): a token is its last run's
  // (run_at_), none when a transcript gave its run up. Those of attributed and merged runs are barriers,
  // as are the tokens used_cue_ holds so far: an attributed run's cue and the words before it that
  // take_interposed_lead took (lead_frag_), set by attribute_run once the run is attributed.
  barrier_.reset(n);
  next_run_.reset(n);
  for (std::size_t i = 0; i < runs_.size(); ++i) {
    const bool barrier = state_[i] == RunState::attributed || state_[i] == RunState::merged;
    if (state_[i] == RunState::attributed) {
      for (uint32_t t = attr_[i].cue.begin; t < attr_[i].cue.end; ++t) barrier_.add(t);
      for (uint32_t t = lead_frag_[i].begin; t < lead_frag_[i].end; ++t) barrier_.add(t);
    }
    for (std::size_t k = 0; k < runs_[i].fragments.size(); ++k) {
      const TokRange r = fragment_tokens(runs_[i], k);
      for (uint32_t t = r.begin; t < r.end; ++t)
        if (run_at_[t] == static_cast<int32_t>(i)) {
          next_run_.add(t);
          if (barrier) barrier_.add(t);
        }
    }
  }
  barrier_.finish();
  next_run_.finish();
  for (uint32_t p = 0; p < doc_.paragraphs.size(); ++p) labelled_paragraph(p);
  for (uint32_t s = 0; s < doc_.sentences.size(); ++s) reported_speech(doc_.sentences[s]);
  for (std::size_t i = 0; i < runs_.size(); ++i) draft_run(i);
  finish();
}

// The one fragment of most runs spans the tokens of its marks and those between them (pair_quote_marks
// makes it of them): no search. The fragments of a run over several paragraphs are searched.
inline TokRange Extractor::fragment_tokens(const QuotedRun& r, std::size_t k) const {
  if (r.fragments.size() == 1) return {r.open_tok, r.close_tok + 1};
  const auto [first, end] = doc_.tokens_in(r.fragments[k]);
  return {first, end};
}

inline void Extractor::attribute_run(std::size_t i) {
  if (state_[i] != RunState::pending) return;
  const QuotedRun& r = runs_[i];
  if (r.words == 0) {
    state_[i] = RunState::consumed;
    return;
  }
  uint32_t clause_end = 0;
  // A colon before the quotation is the strongest sign: "X said: “…”, he said." keeps X.
  Attribution a;
  const uint32_t o = r.open_tok;
  if (o > v_.para_begin(r.first_para) && v_.is_punct(o - 1, ':')) a = before_layout(r);
  if (!a.found()) a = after_layout(r, clause_end);
  if (!a.found()) a = before_layout(r);
  uint32_t as_lead = 0;
  if (!a.found()) a = as_layout(r, as_lead);
  if (!a.found()) return;
  attr_[i] = a;
  state_[i] = RunState::attributed;
  if (!a.cue.empty()) sentence_speaker_[doc_.sentence_at(tok_[a.cue.begin].span.begin)] = a.speaker;
  if (as_lead > 0) {
    lead_in_[i] = as_lead;
    lead_words_[i] = r.open_tok - as_lead;
  } else if (clause_end > 0) {
    take_lead_in(i);
  } else {
    take_interposed_lead(i);
  }
  for (uint32_t t = a.cue.begin; t < a.cue.end; ++t) used_cue_[t] = true;
  // Interrupted: “A,” he said, “B.” is one quotation.
  if (clause_end > 0 && i + 1 < runs_.size() && state_[i + 1] == RunState::pending) {
    uint32_t k = clause_end;
    // “A,” Ortiz tweeted last January, “B.” / “A,” Ortiz said in a statement, “B.”: an adjunct of the cue.
    const uint32_t next_open = runs_[i + 1].open_tok;
    if (k < next_open && next_open <= k + 7 && (adjunct_opener(k) || v_.is(k, quotes::kTimeWord) || eq(v_.lower(k), "last"))) {
      uint32_t t = k;
      while (t < next_open && v_.is_word(t)) ++t;
      if (t + 1 == next_open && v_.is_punct(t, ',')) k = t;
    } else if (k + 2 < next_open && next_open <= k + 24 && v_.is_punct(next_open - 1, ',') &&
               v_.is_word(next_open + 1) && !v_.capitalized(next_open + 1)) {
      // “A,” Ortiz said, referring to the plan, “but …”: a second half that opens in lower case goes
      // on with the first across a longer aside of the cue, a participle and its clause, up to a comma.
      // Not when the aside opens a clause that the quotation ends ("…,” she wrote, adding that if …,
      // “b…”") nor across a clause of its own ("said as the crowd left, “b…”").
      uint32_t t = k;
      while (t + 1 < next_open && run_at_[t] < 0 && !v_.is_terminator(t) && !v_.is_punct(t, ';') && !v_.is_punct(t, ':') &&
             !eq(v_.lower(t), "that") && !subordinator(t))
        ++t;
      if (t + 1 == next_open) k = t;
    }
    if (k < doc_.tokens.size() && v_.is_punct(k, ',')) ++k;
    // “A,” she said, and “B.” / “A,” Ortiz said, but still “B.”: after the comma, a conjunction or
    // two open the second half, and what was said starts with them.
    const uint32_t lead = k;
    if (v_.is_punct(k - 1, ','))
      while (k < next_open && k < lead + 2 && is_conjunction(v_.lower(k))) ++k;
    if (k != next_open) k = lead;
    if (k == next_open && v_.para_of(k) == v_.para_of(r.close_tok)) {
      state_[i + 1] = RunState::merged;
      merged_into_[i + 1] = static_cast<int32_t>(i);
      if (lead < next_open) lead_in_[i + 1] = lead;  // (a merged run's lead-in: read by draft_run)
    }
  }
  // “A,” and “B.” / “A” or “B” / “A” and a “B”: a quotation right after a conjunction (and maybe a
  // comma or an article) goes on with this one.
  if (i + 1 < runs_.size() && state_[i + 1] == RunState::pending) {
    const uint32_t k = r.close_tok + 1, next_open = runs_[i + 1].open_tok;
    const std::string_view cw = k < next_open ? v_.lower(k) : std::string_view();
    if ((eq(cw, "and") || eq(cw, "or") || eq(cw, "while")) &&
        (next_open == k + 1 ||
         (next_open == k + 2 && (v_.is_punct(k + 1, ',') || eq(v_.lower(k + 1), "a") || eq(v_.lower(k + 1), "the")))) &&
        v_.para_of(next_open) == v_.para_of(r.close_tok)) {
      state_[i + 1] = RunState::merged;
      merged_into_[i + 1] = static_cast<int32_t>(i);
      lead_in_[i + 1] = k;
    }
  }
}

inline void Extractor::reported_speech(const Sentence& s) {
  const uint32_t s0 = s.first_token, s1 = s.token_end;
  for (uint32_t k = s0; k < s1; ++k) {
    // (cue_length's own cheap gate asked here first: most tokens are no cue, and the call costs more;
    // before the tests of quotations and cues taken, which most tokens need not be asked.)
    const uint32_t c = v_.classes(k);
    if (!(c & (quotes::kReporting | quotes::kLightVerb | quotes::kComeback | quotes::kGoverning | quotes::kStanceNoun)))
      continue;
    if (run_at_[k] >= 0 || used_cue_[k]) continue;
    const uint32_t cl = v_.is_word(k) && (c & (quotes::kReporting | quotes::kLightVerb | quotes::kComeback | quotes::kGoverning))
                            ? quotes::cue_length(v_, k, s1)
                            : 0;
    if (cl == 0) {
      // (The cheap test first: few words are nouns of stance.)
      if (c & quotes::kStanceNoun)
        if (const uint32_t next = stance_noun_at(k, s0, s1)) k = next - 1;
      continue;
    }
    const uint32_t next = reported_at(k, cl, s0, s1);
    if (next > k) k = next - 1;
  }
}

inline uint32_t Extractor::reported_at(uint32_t k, uint32_t cl, uint32_t s0, uint32_t s1) {
  const std::string_view w = v_.lower(k);
  if (const uint32_t next = passive_by(k, cl, s0, s1)) return next;
  // "Nobody could say “…”", "would never say “…”": words nobody is said to have said, quoted right
  // after the cue, are no report (before_layout leaves them too).
  if (k + cl < s1 && tok_[k + cl].kind == TokenKind::quote && run_at_[k + cl] >= 0)
    for (uint32_t t = k; t < k + cl; ++t)
      if (hypothetical_cue(t, s0)) return k + cl;
  if (k == s0)
    if (const uint32_t next = opening_participle(k, cl, s1)) return next;
  if (k > s0 + 1)
    if (const uint32_t next = as_clause(k, cl, s0, s1)) return next;
  // "began his speech", "continues to lead", "spoke at a rally": cues of a quotation ("began:",
  // "continued, “…”"), not of reported speech.
  if (cl == 1 && kNoReportedCue.contains(w)) return k + cl;
  // "states" is mostly a noun ("in 30 states"); as a verb it takes "that", a colon or a quotation.
  if ((eq(w, "states") || eq(w, "state")) && k + 1 < s1 && !eq(v_.lower(k + 1), "that") && !v_.is_punct(k + 1, ':') &&
      tok_[k + 1].kind != TokenKind::quote)
    return k + cl;
  uint32_t end = s1;
  while (end > s0 && (v_.is_terminator(end - 1) || v_.is_punct(end - 1, ',')) && run_at_[end - 1] < 0) --end;
  if (eq(w, "according")) {
    TokRange np = quotes::np_after(v_, k + cl, s1);
    if (np.empty()) return k + cl;
    // The source runs to the clause end: "according to early results of the exit poll conducted
    // by Edison Research", "according to Dennis Ross, a former envoy,".
    uint32_t c = np.end;
    while (c < end && c < np.begin + 30 && run_at_[c] < 0 && !v_.is_punct(c, ',') && !v_.is_punct(c, ';') &&
           !v_.is_dash(c) && !v_.is_punct(c, '('))
      ++c;
    if (c == end || (c < s1 && v_.is_punct(c, ','))) np.end = c;
    if (np.end < end && v_.is_punct(np.end, ',') && np.end + 1 < end && v_.is(np.end + 1, quotes::kDeterminer)) {
      uint32_t a = np.end + 1;  // an apposition: ", another former envoy,"
      while (a < end && a < np.end + 15 && run_at_[a] < 0 && !v_.is_punct(a, ',')) ++a;
      if (a < end && v_.is_punct(a, ',')) np.end = a;
    }
    while (np.end > np.begin && (v_.is_punct(np.end - 1, ',') || v_.is_terminator(np.end - 1))) --np.end;
    // "“…,” according to X.": the comma closed inside the quotation ends the clause all the same.
    if (k > s0 && !v_.is_punct(k - 1, ',') && comma_before(k)) {
      const uint32_t o = runs_[static_cast<std::size_t>(run_at_[k - 1])].open_tok;
      const uint32_t b = std::min(o, s0);
      // A quotation already taken by reported speech before it ("X said A “…,” according to Y") is
      // taken with that report, which lies inside this one and is dropped (PolNeAR nests it so); the
      // rules' bounds stay, as for a quotation with its attribution inside.
      const RunState st = state_[static_cast<std::size_t>(run_at_[k - 1])];
      if (v_.para_of(b) == v_.para_of(k) && (st == RunState::pending || st == RunState::consumed)) {
        nested_ = st == RunState::consumed;
        const bool ok = emit_reported({k, k + cl}, np, {b, k}, 0.75);
        nested_ = false;
        return ok ? s1 : np.end;
      }
    }
    if (k > s0 && v_.is_punct(k - 1, ',')) {  // "…, according to X." and "A, according to X, B."
      // "“…,” Ortiz said, according to CNN.": the quotation with its own attribution is what the
      // source reports.
      const uint32_t outer = nested_start(s0, k - 1);
      if (outer < k - 1) {
        nested_ = true;
        const bool ok = emit_reported({k, k + cl}, np, {outer, k - 1}, 0.75);
        nested_ = false;
        if (ok) return s1;
      }
      const TokRange rest = np.end + 1 < end && v_.is_punct(np.end, ',') ? TokRange{np.end + 1, end} : TokRange{};
      return emit_reported({k, k + cl}, np, {s0, k - 1}, 0.75, rest) ? s1 : np.end;
    }
    if (np.end < s1 && v_.is_punct(np.end, ',')) {  // "According to X, …"
      return emit_reported({k, k + cl}, np, {np.end + 1, end}, 0.75) ? s1 : np.end;
    }
    return np.end;
  }
  // "…, X said." and "…, said X." with the content before the cue; a semicolon ends the clause
  // ("…, analysts say; in 2012 …").
  {
    const uint32_t end_all = end;
    for (uint32_t t = k + cl; t < end_all && t < k + cl + 12; ++t)
      if (v_.is_punct(t, ';') && run_at_[t] < 0) {
        end = t;
        break;
      }
    const TokRange np = np_before(k, s0);
    const bool speech = v_.is(k, quotes::kSpeech) && !ends_with_ing(w);
    TokRange inverted =
        (speech && k > s0 && v_.is_punct(k - 1, ',')) ? quotes::np_after(v_, k + cl, s1) : TokRange{};
    // "…, said Ortiz." names its source; "…, said his well had dropped" does not.
    if (!inverted.empty()) {
      const bool named = v_.capitalized(inverted.begin) || v_.is(inverted.begin, quotes::kDeterminer) ||
                         v_.is(inverted.begin, quotes::kPronoun) || v_.is(inverted.begin, quotes::kVagueHead);
      if (!named || (inverted.end < s1 && !v_.is_terminator(inverted.end) && !v_.is_punct(inverted.end, ',')))
        inverted = {};
    }
    if (!inverted.empty()) inverted.end = quotes::apposition_end(v_, inverted, end);  // "said X, a professor."
    const uint32_t after = !inverted.empty() ? inverted.end : k + cl;
    // The cue ends the sentence but for an adjunct or a listener ("…, he told reporters on Monday."),
    // not before content of its own ("Still, 52 percent say they would").
    // "…, said Ann Ortiz, an analyst at the bank, who notes that …": a relative clause about the source.
    const bool relative = !inverted.empty() && after < end && v_.is_punct(after - 1, ',') && eq(v_.lower(after), "who");
    // "On the trail, Ortiz describes herself as “a reformer.”": words after the cue that lead into a
    // quotation are what the cue reports; the words before it are not.
    const bool into_quote = inverted.empty() && after < end &&
                            (v_.is_word(after) || tok_[after].kind == TokenKind::quote) &&
                            !adjunct_opener(after) && next_run_.at_or_after(after) < end &&
                            state_[static_cast<std::size_t>(run_at_[next_run_.at_or_after(after)])] == RunState::pending;
    const bool short_tail = !into_quote && (after + 8 >= end || relative) && k < s0 + kMaxBackward && barrier_.at_or_after(s0) >= k &&
                            (after >= end || v_.is_punct(after, ',') || adjunct_opener(after) || relative ||
                             (v_.is(k, quotes::kListener) && listener_to_end(after, end)) ||
                             !content_opener(after, speech));
    if ((speech || (after >= end && !ends_with_ing(w))) && short_tail && !np.empty() && np.begin > s0 + 1 &&
        v_.is_punct(np.begin - 1, ','))
      if (emit_reported({k, k + cl}, np, {s0, np.begin - 1}, 0.75)) return s1;
    if (short_tail && !inverted.empty() && k > s0 + 1) {
      TokRange source = inverted;
      if (after + 2 < end && v_.is_punct(after, ',') && description_at(after + 1, end))
        source.end = end;  // "…, said Ann Ortiz, an analyst at the bank."
      if (emit_reported({k, k + cl}, source, {s0, k - 1}, 0.75)) return relative ? after : s1;
    }
    // "Loyalty, he noted, has long been …": the attribution interrupts what was said.
    const bool local = k < s0 + kMaxBackward && barrier_.at_or_after(s0) >= k && barrier_.at_or_after(after) >= end;
    if (local && speech && !np.empty() && np.begin > s0 + 1 && v_.is_punct(np.begin - 1, ',') && after < end &&
        v_.is_punct(after, ',') && after + 2 < end)
      return emit_reported({k, k + cl}, np, {s0, np.begin - 1}, 0.75, {after + 1, end}) ? s1 : k + cl;
    if (local && !inverted.empty() && k > s0 + 1 && after < end && v_.is_punct(after, ',') && after + 2 < end) {
      // "…, said Ann Ortiz, an analyst at the bank." — a description of the source, kept in the mention.
      if (description_at(after + 1, end))
        return emit_reported({k, k + cl}, {inverted.begin, end}, {s0, k - 1}, 0.75) ? s1 : k + cl;
      return emit_reported({k, k + cl}, inverted, {s0, k - 1}, 0.75, {after + 1, end}) ? s1 : k + cl;
    }
    end = end_all;
  }
  // "X said (that) …", "He emphasized that …", "X told reporters …"
  TokRange speaker = subject_of(k, s0);
  // "“…,” he said, adding that …": the speaker of the quotation before it.
  if (speaker.empty() && ends_with_ing(w) && k > s0 && comma_before(k)) {
    const uint32_t si = doc_.sentence_at(tok_[k].span.begin);
    if (sentence_speaker_[si].end > 0 && sentence_speaker_[si].end <= k) speaker = sentence_speaker_[si];
  }
  // No source found ("Ortiz, a professor at a college that …, called it “…”"): a cue whose words lead
  // into a quotation is still reported, with no speaker, when nothing else claims the quotation.
  const bool no_speaker = speaker.empty();
  if (no_speaker) {
    // Cheap tests first: most cues with no source lead to no quotation close after them.
    if (next_run_.at_or_after(k + cl) > k + cl + kMaxLeadIn || (k > s0 && !tok_[k].has(kSpaceBefore))) return k + cl;
    speaker = {k, k};
  }
  // "an adviser who supported a climate policy, said …": a relative clause describes, it does not report;
  // one set off by a comma reports what the person did ("Ortiz, who called the plan a disgrace, …").
  if (speaker.end - speaker.begin == 1 && !v_.is(k, quotes::kSpeech)) {
    const std::string_view sw = v_.lower(speaker.begin);
    const bool set_off = eq(sw, "who") && speaker.begin > s0 && v_.is_punct(speaker.begin - 1, ',') && k == speaker.end;
    if ((eq(sw, "who") || eq(sw, "which") || eq(sw, "that")) && !set_off) return k + cl;
  }
  uint32_t j = k + cl;
  uint32_t listener_that = 0;
  bool listener_to = false;
  // "asked whether …", "told how …": a question or a clause with no listener before it.
  const std::string_view jw = j < s1 ? v_.lower(j) : std::string_view();
  const bool wh = eq(jw, "whether") || eq(jw, "if") || eq(jw, "how") || eq(jw, "why") || eq(jw, "what") || eq(jw, "when") ||
                  eq(jw, "where") || eq(jw, "who");
  if (v_.is(k, quotes::kListener) && j < s1 && !eq(jw, "that") && !wh) {
    TokRange listener = object_pronoun(j) ? TokRange{j, j + 1} : quotes::np_after(v_, j, s1);
    if (listener.empty()) return j;
    // "told CNN’s “State of the Union” that …": the title of a show is part of the listener.
    if (listener.end < s1 && run_at_[listener.end] >= 0) {
      const QuotedRun& title = runs_[static_cast<std::size_t>(run_at_[listener.end])];
      if (title.open_tok == listener.end && is_title(title) && title.close_tok + 1 < s1 &&
          state_[static_cast<std::size_t>(run_at_[listener.end])] == RunState::pending)
        listener.end = title.close_tok + 1;
    }
    if (listener.end - listener.begin > 4 || !content_opener(listener.end, false)) {
      // "told The Associated Press on Monday that", "told a town hall in Salem, N.H., that"
      uint32_t t = listener.end;
      // "told MSNBC’s “Morning Joe” on Friday that": the title of a show is part of the listener.
      while (t < s1 && t < j + 16 && !v_.is_terminator(t) && !eq(v_.lower(t), "that")) {
        if (run_at_[t] >= 0) {
          const QuotedRun& title = runs_[static_cast<std::size_t>(run_at_[t])];
          if (title.open_tok != t || !is_title(title) || title.close_tok + 1 >= s1) break;
          t = title.close_tok;
        }
        ++t;
      }
      if (t >= s1 || !eq(v_.lower(t), "that")) {
        if (listener.end - listener.begin > 4) return j;
      } else {
        listener_that = t;
      }
    }
    j = listener_that ? listener_that : listener.end;
    // "asked the congregation to stand", "urged him to resign": the one asked and what to do are
    // one content; "told reporters that …" leaves the listener out.
    if (!listener_that && j < s1 && eq(v_.lower(j), "to")) {
      j = listener.begin;
      listener_to = true;
    }
  }
  const bool listened = j > k + cl;
  // "said Thursday his …", "said on Friday he …": a time adjunct is not part of the content but of the cue.
  const uint32_t before_time = j;
  for (uint32_t n = 0; n < 4 && j + 1 < s1 && v_.is_word(j); ++n) {
    const std::string_view tw = v_.lower(j);
    if (v_.is(j, quotes::kTimeWord) && !eq(tw, "this")) {
      ++j;
    } else if ((eq(tw, "on") || eq(tw, "in") || eq(tw, "at") || eq(tw, "this") || eq(tw, "late") || eq(tw, "early")) &&
               v_.is(j + 1, quotes::kTimeWord)) {
      j += 2;
    } else {
      break;
    }
  }
  // "citing last week’s attack": the time words open the content.
  if (j > before_time && j < s1 && quotes::possessive(v_.lower(j)) && !quotes::contraction(v_, j)) j = before_time;
  // "said instead that", "said again that": an adverb of the cue before "that".
  if (j + 1 < s1 && v_.is_word(j) && eq(v_.lower(j + 1), "that") &&
      (eq(v_.lower(j), "instead") ||
       ((v_.is(j, quotes::kCueFiller) || quotes::is_manner_adverb(v_, j)) && !v_.is(j, quotes::kNpStop))))
    ++j;
  // "said Tuesday that", "said in a statement that": the content starts at "that" (but in
  // "said he opposes it but that …" the words before "that" are content already).
  const std::string_view adj = j < s1 ? v_.lower(j) : std::string_view();
  if (j < s1 && (adjunct_opener(j) || eq(adj, "following") || eq(adj, "amid") || eq(adj, "despite"))) {
    // The adjunct is bounded by its clause, not by a count of words: prepositional phrases with
    // no comma ("in an interview with The Associated Press last week that …") run on until "that";
    // a word that opens a clause of its own (a conjunction, a relative, a form of "be" or "have")
    // ends the adjunct with no "that".
    for (uint32_t t = j; t < s1 && t < j + kMaxAdjunct; ++t) {
      // "said on CNN’s “State of the Union” that": the title of a show is part of the adjunct.
      if (run_at_[t] >= 0) {
        const QuotedRun& title = runs_[static_cast<std::size_t>(run_at_[t])];
        if (title.open_tok != t || !is_title(title) || state_[static_cast<std::size_t>(run_at_[t])] != RunState::pending) break;
        t = title.close_tok;
        continue;
      }
      if (!v_.is_word(t) && tok_[t].kind != TokenKind::number && !(v_.is_punct(t, '.') && !v_.is_terminator(t)))
        break;
      const std::string_view tw = v_.lower(t);
      // Past a short phrase, "that" more often opens a relative clause on the last noun ("in a
      // center that works with …"): it opens the content only before a subject ("that he …").
      if (eq(tw, "that") && (t < j + kShortAdjunct || (t + 1 < s1 && opens_subject(t + 1)))) {
        j = t;
        break;
      }
      if (t > j && is_clause_word(tw)) break;
    }
  }
  // "says to the crowd: “…”", "said, with a smile: “…”": a phrase of manner or listener and a
  // colon before a quotation; what was said is the quotation.
  bool to_colon = false;
  if (j < s1 && (adjunct_opener(j) || eq(v_.lower(j), "to"))) {
    uint32_t t = j;
    // "said on Twitter on Monday, “…”": a comma right before the quotation does the same.
    while (t < s1 && t < j + 12 && run_at_[t] < 0 && !v_.is_terminator(t) && !v_.is_punct(t, ':') &&
           !(v_.is_punct(t, ',') && t + 1 < s1 && run_at_[t + 1] >= 0))
      ++t;
    if (t + 1 < s1 && (v_.is_punct(t, ':') || v_.is_punct(t, ',')) && run_at_[t + 1] >= 0 &&
        runs_[static_cast<std::size_t>(run_at_[t + 1])].open_tok == t + 1) {
      j = t + 1;
      to_colon = true;
    }
  }
  // "says, win or lose, he is staying", "said — on Twitter, as it happens — that …", "said, in a
  // statement, that …": a comma or an aside between a verb of saying and what was said.
  bool aside = false;
  // Only the verb of a source that opens the sentence ("But Rubio says, …"), not "as I've
  // suggested, …" nor a noun ("the report, Trump …").
  const bool opens_sentence =
      speaker.begin == s0 || (speaker.begin == s0 + 1 && is_conjunction(v_.lower(s0)));
  if (!listened && !to_colon && j + 1 < s1 && v_.is(k, quotes::kSpeech) && !ends_with_ing(w) && run_at_[j] < 0 &&
      (v_.is_punct(j, ',') || v_.is_dash(j))) {
    const bool dash = v_.is_dash(j);
    uint32_t t = j + 1;
    auto closer = [&](uint32_t u) { return dash ? v_.is_dash(u) : v_.is_punct(u, ','); };
    while (t < s1 && t < j + 14 && run_at_[t] < 0 && !v_.is_terminator(t) && !closer(t)) ++t;
    const bool closed = t + 1 < s1 && t < j + 14 && closer(t);
    const bool adjunct = adjunct_opener(j + 1) || quotes::is_manner_adverb(v_, j + 1) || dash ||
                         kAsideOpeners.contains(v_.lower(j + 1));
    if (closed && adjunct && content_opener(t + 1, true)) {
      j = t + 1;
      aside = true;
    } else if (!dash && opens_sentence && content_opener(j + 1, true) && !adjunct &&
               !ends_with_ing(v_.lower(j + 1)) && !v_.is(j + 1, quotes::kReporting) && run_at_[j + 1] < 0) {
      j = j + 1;
      aside = true;
    }
  }
  // "Ortiz told the crowd, he has been “tough” in Dover": after a listener, a comma and a clause with
  // a pronoun for its subject ("told NBC, the network that …" is an apposition).
  if (listened && !to_colon && !aside && v_.is(k, quotes::kListener) && !ends_with_ing(w) && j + 2 < s1 &&
      run_at_[j] < 0 && v_.is_punct(j, ',') && run_at_[j + 1] < 0 && v_.is_word(j + 1) &&
      !eq(v_.lower(j + 1), "who") && !v_.is(j + 1, quotes::kReporting) && !ends_with_ing(v_.lower(j + 1)) &&
      (v_.is(j + 1, quotes::kPronoun) || quotes::contraction(v_, j + 1) || eq(v_.lower(j + 1), "his") || eq(v_.lower(j + 1), "her") ||
       eq(v_.lower(j + 1), "their") || eq(v_.lower(j + 1), "its") || eq(v_.lower(j + 1), "our")))  // (not an apposition)
    j = j + 1;
  const uint32_t cue_end = listened || to_colon || aside ? k + cl : j;
  const bool after_particle = cl == 2 && quotes::cue_particle_of(v_.classes(k)) != nullptr;
  const bool saying = (v_.is(k, quotes::kSpeech) && !v_.is(k, quotes::kListener)) || v_.is(k, quotes::kEvidence);
  end = std::min(end, barrier_.at_or_after(j));
  while (end > j && (v_.is_punct(end - 1, ',') || v_.is_dash(end - 1)) && run_at_[end - 1] < 0) --end;
  // "said the probe is “ongoing.”", "calling him “a total stiff.”": words that lead into a quotation
  // of the same sentence are a mixed quote whatever they open with.
  const bool leads_into_quote = j < end && next_run_.at_or_after(j) < end && (v_.is_word(j) || tok_[j].kind == TokenKind::number) &&
                                state_[static_cast<std::size_t>(run_at_[next_run_.at_or_after(j)])] == RunState::pending;
  if (j >= end || !(after_particle ? v_.is_word(j) || tok_[j].kind == TokenKind::quote
                                   : content_opener(j, saying) || leads_into_quote || listener_to))
    return j;
  if (no_speaker) {
    // Only a verb in a finite or participle form ("called", "calling", "says"), not an infinitive or
    // a noun ("to describe", "attacks from"), and only when its words lead into a quotation.
    const bool opens = run_at_[j] >= 0 && runs_[static_cast<std::size_t>(run_at_[j])].open_tok == j &&
                       state_[static_cast<std::size_t>(run_at_[j])] == RunState::pending;
    const bool finite = (w.size() > 3 && w.compare(w.size() - 2, 2, "ed") == 0) || ends_with_ing(w) ||
                        (v_.is(k, quotes::kSpeech) && !v_.is(k, quotes::kBaseForm));
    if (!(leads_into_quote || opens) || !finite || (k > s0 && eq(v_.lower(k - 1), "to"))) return j;
    // "a play called “…”", "a blog, called the “Feed,”": after a noun, a participle of naming names a
    // thing, it reports no statement.
    const uint32_t n = k > s0 && v_.is_punct(k - 1, ',') ? k - 1 : k;
    if (eq(w, "called") && n > s0 && v_.is_word(n - 1) && !v_.capitalized(n - 1) &&
        !v_.is(n - 1, quotes::kNpStop | quotes::kPronoun | quotes::kCueFiller | quotes::kPastVerb | quotes::kDeterminer) &&
        !eq(v_.lower(n - 1), "so") && !eq(v_.lower(n - 1), "be") && !eq(v_.lower(n - 1), "been") &&
        !eq(v_.lower(n - 1), "being") && (run_at_[j] >= 0 || (eq(v_.lower(j), "the") && run_at_[j + 1] >= 0)))
      return j;
    // "the so-called “reform”": a verb inside a compound is no cue.
    if (k > s0 && !tok_[k].has(kSpaceBefore)) return j;
    // "… and been mentioned as a choice, said “…”": a verb of saying before the quotation has the
    // source this one lacks, and "mentioned by" is passive.
    if (eq(v_.lower(k + cl), "by") || next_run_.at_or_after(j) > j + kMaxLeadIn) return j;  // bounded: the pass stays linear
    for (uint32_t t = j, e = next_run_.at_or_after(j); t < e; ++t)
      if (v_.is(t, quotes::kSpeech) && !used_cue_[t]) return j;
  }
  uint32_t e = end;
  // In "While X said A, B …" and "But even as X claimed A,” B …" the reported clause ends at the
  // comma, inside a quotation or not.
  bool subordinate = false;
  for (uint32_t t = s0; t < speaker.begin && t < s0 + 4; ++t) {
    const std::string_view f = v_.lower(t);
    subordinate = subordinate || eq(f, "while") || eq(f, "although") || eq(f, "though") || eq(f, "as") ||
                  eq(f, "because") || eq(f, "when") || eq(f, "after") || eq(f, "if") || eq(f, "since") ||
                  eq(f, "despite") || eq(f, "before") || eq(f, "unless") || eq(f, "whereas");
  }
  if (subordinate) {
    for (uint32_t t = j; t < e; ++t) {
      if (!v_.is_punct(t, ',')) continue;
      if (run_at_[t] < 0) {
        e = t;
        break;
      }
      const QuotedRun& r = runs_[static_cast<std::size_t>(run_at_[t])];
      uint32_t inner = r.close_tok;
      while (inner > r.open_tok && tok_[inner].kind == TokenKind::quote) --inner;
      if (inner == t && r.close_tok + 1 < e) {
        e = r.close_tok + 1;
        break;
      }
    }
  }
  // "…, adding that …" starts a new attribution; "…, but he also warned …" a new clause.
  const bool ing_cue = ends_with_ing(w);
  for (uint32_t t = j; t + 1 < e; ++t) {
    // A quotation that ends with its own comma (“…,” adding …) ends a clause like a bare comma.
    if (run_at_[t] >= 0) {
      const QuotedRun& r = runs_[static_cast<std::size_t>(run_at_[t])];
      if (t < r.close_tok) {  // straight to its closing mark
        t = std::min(r.close_tok, e - 1) - 1;
        continue;
      }
      if (t != r.close_tok || t + 1 >= e || !inner_comma(r)) continue;
      const uint32_t c2 = quotes::cue_length(v_, t + 1, e);
      const std::string_view n = v_.lower(t + 1);
      if ((c2 > 0 && (ends_with_ing(n) || eq(n, "according"))) || other_clause(t + 1, e) || own_cue_after(t + 1, e)) {
        e = t + 1;
        break;
      }
      continue;
    }
    if (v_.is_punct(t, ';')) {
      e = t;
      break;
    }
    // "… “the next George Washington” — the Founding Father who …": a dash after a quotation
    // opens the writer's own aside.
    if (v_.is_dash(t) && t > j && run_at_[t - 1] >= 0 &&
        runs_[static_cast<std::size_t>(run_at_[t - 1])].close_tok == t - 1) {
      e = t;
      break;
    }
    // "X said A and added …", "X says A but argues …": the speaker's next verb ends what was said.
    // So does a second participle after a participle cue: "calling it “X” and asserting …".
    // Not a state of mind: "said she was tired of it and wanted a change" goes on with what was said.
    if (t > j && (eq(v_.lower(t), "and") || eq(v_.lower(t), "but")) &&
        ((speakers_next_verb(t + 1, e) && !v_.is(t + 1, quotes::kMind)) ||
         (ing_cue && t + 1 < e && ends_with_ing(v_.lower(t + 1)) && v_.is(t + 1, quotes::kReporting)))) {
      e = t;
      break;
    }
    // "X says A, and a third said B": a clause with a source and a cue of its own is a new statement.
    if (t > j && eq(v_.lower(t), "and") && own_cue_after(t + 1, e)) {
      e = t > j && v_.is_punct(t - 1, ',') && run_at_[t - 1] < 0 ? t - 1 : t;
      break;
    }
    if (!v_.is_punct(t, ',') && !v_.is_dash(t)) continue;
    // "X suggested A, called her “third-rate” and …": after a comma, the speaker's next verb.
    if (t > j && v_.is_punct(t, ',') && run_at_[t] < 0 && speakers_next_verb(t + 1, e)) {
      e = t;
      break;
    }
    // "…, a new poll indicates.", "…, the reports show": a source and a cue of their own.
    if (t > j && v_.is_punct(t, ',') && own_cue_after(t + 1, e)) {
      e = t;
      break;
    }
    if (other_clause(t + 1, e)) {
      e = t;
      break;
    }
    if (!v_.is_punct(t, ',')) continue;
    const uint32_t c2 = quotes::cue_length(v_, t + 1, e);
    if (c2 > 0 && (ends_with_ing(v_.lower(t + 1)) || eq(v_.lower(t + 1), "according"))) {
      e = t;
      break;
    }
  }
  // A quotation that runs over the sentence end belongs to the content whole.
  if (e > j && run_at_[e - 1] >= 0) {
    const QuotedRun& r = runs_[static_cast<std::size_t>(run_at_[e - 1])];
    if (r.fragments.size() == 1 && r.close_tok >= e && v_.para_of(r.close_tok) == v_.para_of(j)) e = r.close_tok + 1;
  }
  // "Putin dismissed a proposed truce": a verb of stance with a noun phrase, no clause and no
  // quotation, reports an act more than a statement; it is kept, with less confidence.
  const bool act = !saying && !after_particle && run_at_[j] < 0 && next_run_.at_or_after(j) >= e &&
                   (v_.is(j, quotes::kDeterminer) || v_.capitalized(j)) && !eq(v_.lower(j), "this") && !eq(v_.lower(j), "that");
  // "known as “…”", "acknowledged as a “rant”", "identifies as Hispanic": right after the verb, "as" and
  // its object: the "as" is part of the cue, as PolNeAR marks it ("as he left" is a clause of its own).
  // Not after a relative object ("which he described as “…”" keeps it in what was said).
  TokRange cue{k, cue_end};
  if (cue_end == j && j + 2 < e && eq(v_.lower(j), "as") && !v_.is(j + 1, quotes::kPronoun) &&
      (no_speaker || relative_object(speaker, k, s0) == k) &&
      !eq(v_.lower(j + 1), "well") && !eq(v_.lower(j + 1), "if") && !eq(v_.lower(j + 1), "though")) {
    ++j;
    cue.end = j;
  }
  if (emit_reported(cue, speaker, {j, e}, act ? 0.45 : 0.7) && !no_speaker) {
    // "the plan, which he called “a disaster”", "a man who she said was …", "what it calls “…”": a
    // relative pronoun right before the source is the object of the cue, the first fragment of what
    // was said.
    const uint32_t rel = relative_object(speaker, k, s0);
    if (rel < k) {
      Draft& d = drafts_.back();
      d.q.fragments.insert(d.q.fragments.begin(), tok_[rel].span);
      d.q.span.begin = d.q.fragments.front().begin;
      if (d.q.kind == QuoteKind::direct) d.q.kind = QuoteKind::mixed;
    }
  }
  return e;  // scanned once whether or not it was taken: the pass stays linear
}

// The relative pronoun right before the source `speaker` of the cue at k, when it is the object of
// that cue ("which he called", "whom aides described as", "what it calls"), or k if there is none.
// Not after a preposition that makes it an adjunct ("in which he said", "to whom she wrote"), but
// "of what it calls" (the object of the cue all the same).
inline uint32_t Extractor::relative_object(TokRange speaker, uint32_t k, uint32_t s0) const {
  if (speaker.empty() || speaker.begin <= s0 || speaker.end > k || k - speaker.end > 2) return k;
  const uint32_t w = speaker.begin - 1;
  const std::string_view rw = v_.lower(w);
  if (!(eq(rw, "which") || eq(rw, "who") || eq(rw, "whom"))) return k;
  if (ends_with_ing(v_.lower(k)) || run_at_[w] >= 0) return k;
  const std::string_view sw = v_.lower(speaker.begin);
  if (eq(sw, "which") || eq(sw, "who") || eq(sw, "whom") || eq(sw, "what") || eq(sw, "that")) return k;
  if (!eq(rw, "what") && w > s0 && v_.is_word(w - 1)) {
    const std::string_view p = v_.lower(w - 1);
    if (eq(p, "in") || eq(p, "on") || eq(p, "at") || eq(p, "of") || eq(p, "by") || eq(p, "with") || eq(p, "to") || eq(p, "for") ||
        eq(p, "from") || eq(p, "about") || eq(p, "under") || eq(p, "through") || eq(p, "during") || eq(p, "after") ||
        eq(p, "before") || eq(p, "among") || eq(p, "into") || eq(p, "upon"))
      return k;
  }
  return w;
}

// Where "“…,” X said" that ends right before token c (the comma before "according to") begins: the
// first token of its quotation (or of the sentence s0, if earlier), or c when the words before c
// are no attributed quotation and its cue. Bounded: at most kMaxLeadIn tokens back.
inline uint32_t Extractor::nested_start(uint32_t s0, uint32_t c) const {
  const uint32_t floor = v_.para_begin(v_.para_of(c));
  for (uint32_t t = c; t-- > floor && c - t <= kMaxLeadIn;) {
    if (run_at_[t] < 0) continue;
    std::size_t r = static_cast<std::size_t>(run_at_[t]);
    if (state_[r] == RunState::merged && merged_into_[r] >= 0) r = static_cast<std::size_t>(merged_into_[r]);
    if (state_[r] != RunState::attributed) return c;
    const Attribution& a = attr_[r];
    if (a.cue.empty() || a.cue.begin <= runs_[r].close_tok || a.cue.end > c) return c;
    if (runs_[r].fragments.size() != 1 || v_.para_of(runs_[r].open_tok) != v_.para_of(c)) return c;
    const uint32_t b = lead_in_[r] >= 0 ? static_cast<uint32_t>(lead_in_[r]) : runs_[r].open_tok;
    return std::min(b, s0);
  }
  return c;
}

// Whether the words from t are a subject and a verb of saying of their own: "a third said",
// "more than 4 in 10 say", "NBC News will accuse".
inline bool Extractor::own_cue_after(uint32_t t, uint32_t end) const {
  if (t >= end || eq(v_.lower(t), "that") || v_.is(t, quotes::kCueFiller)) return false;
  // "…, compared to 11% of Democratic claims", "…, based on …": after a comma, a participle and its
  // preposition open an adjunct, no subject ("… and offered to …" is the speaker's next verb).
  if (t > 0 && t + 1 < end && !v_.is_word(t - 1) && v_.is_word(t) && !v_.capitalized(t) && v_.lower(t).size() > 4 &&
      v_.lower(t).compare(v_.lower(t).size() - 2, 2, "ed") == 0 && v_.is_word(t + 1)) {
    const std::string_view p = v_.lower(t + 1);
    if (eq(p, "to") || eq(p, "with") || eq(p, "by") || eq(p, "on") || eq(p, "from")) return false;
  }
  for (uint32_t u = t + 1; u < end && u < t + 9; ++u) {
    if (run_at_[u] >= 0) return false;
    if (!v_.is_word(u)) {
      if (v_.is_punct(u, ',') || v_.is_terminator(u)) return false;
      continue;
    }
    const uint32_t c = v_.classes(u);
    // "…, there was no reason to …", "…, it was a report": after an article the word is a noun.
    if ((c & quotes::kSpeech) && !noun_after_article(u)) {
      // "… and protests demands that …": a plural right before a verb in -s is no subject of its own.
      const std::string_view vb = v_.lower(u);
      if (u == t + 1 && v_.is_word(t) && !v_.capitalized(t) && v_.lower(t).back() == 's' && vb.back() == 's') return false;
      return !v_.capitalized(u) && !ends_with_ing(vb);
    }
    if (c & (quotes::kNpStop | quotes::kPronoun)) {
      const std::string_view w = v_.lower(u);
      if (eq(w, "that") || eq(w, "and") || eq(w, "who") || eq(w, "which")) return false;
    }
  }
  return false;
}

// Whether the word at u follows an article, which makes it a noun: "a reason", "no comment", "the
// report".
inline bool Extractor::noun_after_article(uint32_t u) const {
  if (u == 0 || !v_.is_word(u - 1)) return false;
  const std::string_view p = v_.lower(u - 1);
  return eq(p, "a") || eq(p, "an") || eq(p, "the") || eq(p, "no");
}

// Whether the word at t, after a comma, opens a clause that is no part of what was said: "…, but
// he also warned", "…, while the board voted"; not "…, but that …", where what was said goes on.
inline bool Extractor::other_clause(uint32_t t, uint32_t end) const {
  const std::string_view n = v_.lower(t);
  // "…, but the board voted no" opens a clause with a subject of its own; "…, but that …", "…, but
  // only minor details", "…, but is a person he admires" go on with what was said.
  if (eq(n, "but")) {
    if (t + 1 >= end || eq(v_.lower(t + 1), "that")) return false;
    // "…, but offered no proof", "… but stopped short of …": the subject's next act.
    const std::string_view m = v_.lower(t + 1);
    const bool past = (m.size() > 3 && m.compare(m.size() - 2, 2, "ed") == 0) || v_.is(t + 1, quotes::kPastVerb);
    // "…, but she knows that …", "…, but wanted …": a state of mind of the speaker goes on with what was said.
    if (v_.is(t + 1, quotes::kMind) || (v_.is(t + 1, quotes::kPronoun) && t + 2 < end && v_.is(t + 2, quotes::kMind)))
      return false;
    return past || v_.is(t + 1, quotes::kPronoun | quotes::kDeterminer) || v_.capitalized(t + 1);
  }
  if (eq(n, "which") || eq(n, "who")) return !embedded_relative(t, end);
  return eq(n, "while") || eq(n, "although") || eq(n, "though") || eq(n, "whereas");
}

// "Kim, who is running for the Senate, “is a civil rights attorney”": a relative clause closed by
// a comma, with what was said going on after it.
inline bool Extractor::embedded_relative(uint32_t t, uint32_t end) const {
  for (uint32_t u = t + 1; u + 1 < end && u < t + 20; ++u) {
    if (v_.is_terminator(u) || v_.is_punct(u, ';')) return false;
    if (run_at_[u] >= 0) {
      const QuotedRun& r = runs_[static_cast<std::size_t>(run_at_[u])];
      if (u == r.close_tok && inner_comma(r)) return r.close_tok + 1 < end && v_.is_word(r.close_tok + 1);
      continue;
    }
    if (v_.is_punct(u, ',')) return v_.is_word(u + 1) || tok_[u + 1].kind == TokenKind::quote;
  }
  return false;
}

// Whether the words at t go on with a verb of the subject of the sentence, not of what was said:
// "(and) added", "(but) also argues", "(but) did not".
inline bool Extractor::speakers_next_verb(uint32_t t, uint32_t limit) const {
  for (uint32_t n = 0; n < 2 && t < limit && (eq(v_.lower(t), "also") || eq(v_.lower(t), "then") || eq(v_.lower(t), "later")); ++n) ++t;
  if (t >= limit || !v_.is_word(t) || v_.capitalized(t)) return false;
  const std::string_view w = v_.lower(t);
  if (eq(w, "did") || eq(w, "does") || eq(w, "didn’t") || eq(w, "didn't") || eq(w, "doesn’t") || eq(w, "doesn't")) return true;
  return v_.is(t, quotes::kReporting) && !v_.is(t, quotes::kBaseForm) && !ends_with_ing(w) && !eq(w, "according");
}

// The cue as the annotators mark it: with the auxiliaries and adverbs between the source and the
// verb ("has also said") and a colon that opens the content ("said:").
inline TokRange Extractor::widen_cue(TokRange cue, TokRange speaker, ByteSpan content) const {
  if (cue.empty()) return cue;
  const std::string_view verb = v_.lower(cue.begin);
  const bool progressive = ends_with_ing(verb);
  for (int n = 0; n < 3 && cue.begin > 0; ++n) {
    const uint32_t f = cue.begin - 1;
    const std::string_view w = v_.lower(f);
    const bool aux = v_.is(f, quotes::kCueFiller) || quotes::is_manner_adverb(v_, f) ||
                     (progressive && (eq(w, "is") || eq(w, "are") || eq(w, "was") || eq(w, "were") || eq(w, "been")));
    if (!aux) break;
    if (eq(w, "himself") || eq(w, "herself") || eq(w, "themselves") || eq(w, "itself") || eq(w, "even")) break;
    if (!speaker.empty() && speaker.end > f && speaker.begin <= f) break;
    if (v_.para_of(f) != v_.para_of(cue.begin) || run_at_[f] >= 0) break;
    cue.begin = f;
  }
  if (cue.end < doc_.tokens.size() && v_.is_punct(cue.end, ':') && tok_[cue.end].span.end <= content.begin &&
      (cue.end + 1 >= doc_.tokens.size() || tok_[cue.end + 1].span.begin >= content.begin))
    ++cue.end;
  return cue;
}

// Whether token j can open the content of a cue: a clause after a verb of speech, a "that"
// clause or a quotation after any other verb of stance ("doubt they can return" is not enough).
inline bool Extractor::content_opener(uint32_t j, bool saying) const {
  if (j >= doc_.tokens.size()) return false;  // a listener that ends the text: nothing follows
  const Token& t = tok_[j];
  if (t.kind == TokenKind::quote) return true;
  if (t.kind == TokenKind::number) return true;
  if (t.kind != TokenKind::word) return false;
  const std::string_view w = v_.lower(j);
  if (eq(w, "that") || eq(w, "if") || eq(w, "whether") || eq(w, "how") || eq(w, "what") || eq(w, "why") || eq(w, "when") ||
      eq(w, "there") || eq(w, "this") || eq(w, "to"))
    return true;
  if (v_.is(j, quotes::kPronoun | quotes::kDeterminer)) return true;
  if (t.has(kCapitalized)) return true;
  if (!saying) return false;
  // After a verb of saying any clause may follow: "He says referees are …", "said it’s one".
  return !v_.is(j, quotes::kNpStop | quotes::kTimeWord | quotes::kCueFiller) &&
         !(w.size() > 3 && w.compare(w.size() - 2, 2, "ly") == 0);
}

inline bool Extractor::emit_reported(TokRange cue, TokRange speaker, TokRange content, double confidence, TokRange rest) {
  // A dateline is no part of what was said: "WASHINGTON -- A six-year trend …"
  {
    uint32_t t = content.begin;
    while (t < content.end && t < content.begin + 4 && (tok_[t].has(kAllCaps) || v_.is_punct(t, ','))) ++t;
    if (t > content.begin && t + 1 < content.end && v_.is_dash(t)) content.begin = t + 1;
  }
  if (!rest.empty() && !trim_content(rest)) rest = {};
  return emit_content(cue, speaker, content, confidence, rest);
}

// ".", "!" or "?" whether or not it ends a sentence where it stands.
inline bool Extractor::full_stop(uint32_t t) const { return v_.is_punct(t, '.') || v_.is_punct(t, '!') || v_.is_punct(t, '?'); }

// The dot of an abbreviation made of single letters at the end of what was said: "the U.S.", "7 p.m."
bool Extractor::abbreviation_dot(uint32_t t, uint32_t begin) const {
  if (t < begin + 2 || !v_.is_punct(t, '.') || tok_[t].has(kSpaceBefore)) return false;
  const uint32_t w = t - 1;
  if (!v_.is_word(w)) return false;
  const std::string_view x = v_.text(w);  // "U.S" and "p.m" are one token, or letters and dots apart
  if (x.size() >= 3 && x.size() <= 5 && x[x.size() - 2] == '.') return true;
  return x.size() == 1 && !tok_[w].has(kSpaceBefore) && v_.is_punct(w - 1, '.');
}

inline bool Extractor::trim_content(TokRange& content) const {
  while (!content.empty() && run_at_[content.begin] < 0 &&
         (v_.is_punct(content.begin, ',') || v_.is_punct(content.begin, ':') || v_.is_dash(content.begin)))
    ++content.begin;
  while (!content.empty() && run_at_[content.end - 1] < 0 &&
         (v_.is_punct(content.end - 1, ',') || v_.is_punct(content.end - 1, ':') ||
          v_.is_punct(content.end - 1, ';') || v_.is_terminator(content.end - 1) || v_.is_dash(content.end - 1)) &&
         !abbreviation_dot(content.end - 1, content.begin))
    --content.end;
  // "said he welcomed the vote and added, “…”": cut before the next cue, what was said does not end
  // with the conjunction that joined the two.
  while (!content.empty() && content.end - content.begin > 1 && run_at_[content.end - 1] < 0 &&
         v_.is_word(content.end - 1) && !v_.capitalized(content.end - 1) &&
         (eq(v_.lower(content.end - 1), "and") || eq(v_.lower(content.end - 1), "but") || eq(v_.lower(content.end - 1), "or"))) {
    --content.end;
    while (!content.empty() && run_at_[content.end - 1] < 0 && v_.is_punct(content.end - 1, ',')) --content.end;
  }
  // "… hurt the U.S." — the dot of the abbreviation stays, wherever the clause was cut before it.
  if (!content.empty() && content.end < doc_.tokens.size() && abbreviation_dot(content.end, content.begin)) ++content.end;
  // "… the talk ended.)" and "… would win. [NYT.]": a closing bracket whose opening one is outside
  // the content, and a bracketed tag after the sentence end, are no part of what was said.
  if (!content.empty() && run_at_[content.end - 1] < 0 &&
      (v_.is_punct(content.end - 1, ')') || v_.is_punct(content.end - 1, ']'))) {
    const char32_t close = tok_[content.end - 1].first, open = close == ')' ? '(' : '[';
    uint32_t o = content.end - 1;
    while (o > content.begin && !v_.is_punct(o - 1, open)) --o;
    if (o == content.begin) {
      --content.end;
    } else if (o - 1 > content.begin && full_stop(o - 2)) {
      content.end = o - 1;
    }
    while (!content.empty() && run_at_[content.end - 1] < 0 &&
           (v_.is_punct(content.end - 1, ',') || full_stop(content.end - 1)))
      --content.end;
  }
  return !content.empty();
}

// "He’s claiming", "they’re saying": a source that is a pronoun with its auxiliary in one token is
// the pronoun; the auxiliary goes with the cue right after it ("’s claiming", as "is claiming").
inline void Extractor::split_contraction(Quote& q, TokRange speaker) const {
  if (speaker.end != speaker.begin + 1 || !q.speaker || !quotes::contraction(v_, speaker.begin)) return;
  const std::string_view raw = v_.text(speaker.begin);
  std::size_t a = raw.find('\'');
  if (a == std::string_view::npos) a = raw.find("\xE2\x80\x99");
  if (a == std::string_view::npos || a == 0) return;
  const uint32_t cut = tok_[speaker.begin].span.begin + static_cast<uint32_t>(a);
  if (q.cue && q.cue->begin >= q.speaker->end && speaker.end < doc_.tokens.size() &&
      tok_[speaker.end].span.begin == q.cue->begin)
    q.cue->begin = cut;
  q.speaker->end = cut;
  const std::string_view stem = v_.lower(speaker.begin).substr(0, a);
  q.speaker_kind = eq(stem, "they") || eq(stem, "we") ? SpeakerKind::group
                   : eq(stem, "it")                 ? SpeakerKind::organization
                   : eq(stem, "you") || eq(stem, "that") ? SpeakerKind::unknown
                                                     : SpeakerKind::person;
}

inline bool Extractor::emit_content(TokRange cue, TokRange speaker, TokRange content, double confidence, TokRange rest) {
  trim_content(content);  // punctuation at both ends
  uint32_t words = 0;
  bool mixed = false;
  for (uint32_t t = content.begin; t < content.end; ++t) {
    if (v_.is_word(t) || tok_[t].kind == TokenKind::number) ++words;
    const int32_t r = run_at_[t];
    if (r < 0) continue;
    if (!nested_ && (state_[static_cast<std::size_t>(r)] == RunState::attributed ||
                     state_[static_cast<std::size_t>(r)] == RunState::merged))
      return false;
    mixed = true;
  }
  for (uint32_t t = rest.begin; t < rest.end; ++t) words += v_.is_word(t) || tok_[t].kind == TokenKind::number;
  // "said no", "said so": a one-word answer is content too.
  if (words < 2) {
    const std::string_view w = v_.lower(content.begin);
    if (words == 0 || content.end != content.begin + 1 || !(eq(w, "yes") || eq(w, "no") || eq(w, "so"))) return false;
  }
  // A quotation that begins the content must end inside it too.
  if (run_at_[content.begin] >= 0 && runs_[static_cast<std::size_t>(run_at_[content.begin])].open_tok != content.begin)
    return false;
  if (run_at_[content.end - 1] >= 0 && runs_[static_cast<std::size_t>(run_at_[content.end - 1])].close_tok != content.end - 1)
    return false;
  for (uint32_t t = rest.begin; t < rest.end; ++t)
    if (run_at_[t] >= 0 && state_[static_cast<std::size_t>(run_at_[t])] != RunState::pending) rest = {};
  for (uint32_t t = content.begin; t < content.end; ++t)
    if (run_at_[t] >= 0 && state_[static_cast<std::size_t>(run_at_[t])] == RunState::pending)
      state_[static_cast<std::size_t>(run_at_[t])] = RunState::consumed;
  for (uint32_t t = rest.begin; t < rest.end; ++t)
    if (run_at_[t] >= 0) {
      state_[static_cast<std::size_t>(run_at_[t])] = RunState::consumed;
      mixed = true;
    }
  for (uint32_t t = cue.begin; t < cue.end; ++t) used_cue_[t] = true;
  Draft d;
  d.q.kind = mixed ? QuoteKind::mixed : QuoteKind::indirect;
  // What was said is one quotation and nothing else: "says to the crowd: “…”".
  if (mixed && rest.empty() && run_at_[content.begin] >= 0 && run_at_[content.begin] == run_at_[content.end - 1] &&
      runs_[static_cast<std::size_t>(run_at_[content.begin])].open_tok == content.begin &&
      runs_[static_cast<std::size_t>(run_at_[content.begin])].close_tok == content.end - 1)
    d.q.kind = QuoteKind::direct;
  d.q.fragments.push_back(v_.span(content));
  if (!rest.empty()) d.q.fragments.push_back(v_.span(rest));
  d.q.span = {d.q.fragments.front().begin, d.q.fragments.back().end};
  d.q.cue = v_.span(widen_cue(cue, speaker, d.q.fragments.front()));
  if (!speaker.empty()) {
    d.q.speaker = v_.span(speaker);
    d.q.speaker_kind = quotes::kind_of_mention(v_, speaker);
    split_contraction(d.q, speaker);
  }
  d.q.confidence = speaker.empty() ? std::min(confidence, 0.4) : confidence;
  d.first_para = d.last_para = v_.para_of(content.begin);
  d.bounded = !nested_;  // a quotation with its own attribution inside: the rules' bounds stay
  d.cue_tok = cue;
  d.speaker_tok = speaker;
  drafts_.push_back(std::move(d));
  return true;
}

FACTLIGHT_WASM_NOINLINE uint32_t Extractor::feature(uint32_t tmpl, uint32_t a, uint32_t b, uint32_t c) {
  uint64_t h = (tmpl + 1) * 0x9E3779B97F4A7C15ull;
  h = (h ^ a) * 0xff51afd7ed558ccdull;
  h = (h ^ (h >> 29) ^ b) * 0xc4ceb9fe1a85ec53ull;
  h = (h ^ (h >> 31) ^ c) * 0x9E3779B97F4A7C15ull;
  h ^= h >> 32;
  return static_cast<uint32_t>(h >> (32 - quote_bounds::kFeatureBits)) & ((1u << quote_bounds::kFeatureBits) - 1);
}

inline uint32_t Extractor::bucket(uint32_t n) {
  return n <= 3 ? n : n <= 5 ? 4 : n <= 8 ? 5 : n <= 12 ? 6 : n <= 20 ? 7 : 8;
}

// What a token is, as one number: a word's lower-cased spelling hashed, or its kind and character.
uint32_t Extractor::tok_id(uint32_t t) const {
  if (t >= doc_.tokens.size()) return 1;
  const Token& k = tok_[t];
  switch (k.kind) {
    case TokenKind::word: {
      uint32_t h = quotes::kWordHashSeed;
      for (const char ch : v_.lower(t)) h = quotes::word_hash_step(h, static_cast<unsigned char>(ch));
      return h | 0x80000000u;
    }
    case TokenKind::number: return 2;
    case TokenKind::quote: {
      const int32_t r = run_at_[t];
      if (r < 0) return 3;
      return runs_[static_cast<std::size_t>(r)].open_tok == t ? 4 : runs_[static_cast<std::size_t>(r)].close_tok == t ? 5 : 6;
    }
    default: return 0x100000u + static_cast<uint32_t>(k.first);
  }
}

inline uint32_t Extractor::word_class(uint32_t t) const {
  if (t >= doc_.tokens.size() || !v_.is_word(t)) return 0;
  return (v_.classes(t) & (quotes::kPronoun | quotes::kDeterminer | quotes::kTimeWord | quotes::kReporting |
                           quotes::kNpStop | quotes::kCueFiller | quotes::kTitle)) |
         (v_.capitalized(t) ? 1u << 30 : 0u);
}

inline const std::vector<int16_t>& Extractor::weight_table() {
  static const std::vector<int16_t> table = [] {
    std::vector<int16_t> w(std::size_t{1} << quote_bounds::kFeatureBits, 0);
    quote_bounds::decode_feature_gaps(quote_bounds::kFeatureGaps, quote_bounds::kFeatureGapCount,
                                      [&](uint32_t slot, std::size_t i) {
                                        if (slot < w.size() && i < quote_bounds::kWeightCount) w[slot] = quote_bounds::kValues[i];
                                      });
    return w;
  }();
  return table;
}

inline bool Extractor::in_range(uint32_t t, TokRange r) const { return t >= r.begin && t < r.end; }

// Token ids and comma counts of the window [base_, base_ + ids_.size()), computed once a boundary.
inline void Extractor::fill_window(uint32_t b, uint32_t e) {
  base_ = b;
  ids_.clear();
  commas_.assign(1, 0);
  for (uint32_t t = b; t < e; ++t) {
    ids_.push_back(tok_id(t));
    commas_.push_back(commas_.back() + (v_.is_punct(t, ',') ? 1u : 0u));
  }
}

inline uint32_t Extractor::id(uint32_t t) const { return t >= base_ && t - base_ < ids_.size() ? ids_[t - base_] : tok_id(t); }

inline uint32_t Extractor::commas_in(uint32_t b, uint32_t e) const { return b >= e ? 0u : commas_[e - base_] - commas_[b - base_]; }

inline void Extractor::start_features(const Frame& x, std::size_t i, uint32_t* f) const {
  const uint32_t t = cands_[i], m = x.mark, n = static_cast<uint32_t>(doc_.tokens.size());
  const uint32_t rel = t == m ? 1 : t == m + 1 ? 2 : t < x.lo ? 4 : t < m ? 0 : 3;
  const uint32_t commas = t < x.lo ? x.commas : t < m ? commas_in(t, m) : 0;
  const uint32_t here = id(t), prev = t > 0 ? id(t - 1) : 1;
  f[0] = feature(1, rel);
  f[1] = feature(2, rel, i == 0);
  f[2] = feature(3, rel, t < m ? bucket(m - t) : 0);
  f[3] = feature(4, rel, here);
  f[4] = feature(5, rel, prev);
  f[5] = feature(6, rel, t == x.lo, x.layout);
  f[6] = feature(7, rel, t == x.s0);
  f[7] = feature(8, rel, x.cue_word);
  f[8] = feature(9, rel, x.layout);
  f[9] = feature(10, rel, x.near);
  f[10] = feature(11, rel, commas > 0, x.commas > 0);
  f[11] = feature(12, rel, x.span, x.layout);
  f[12] = feature(13, rel, word_class(t));
  f[13] = feature(14, rel, x.cue_word, t == x.lo);
  f[14] = feature(15, rel, here, x.layout);
  f[15] = feature(16, rel, x.kind);
  f[16] = feature(17, rel, prev, here);
  f[17] = feature(18, rel, word_class(t > 0 ? t - 1 : n));
  f[18] = feature(19, rel, x.words);
}

inline void Extractor::end_features(const Frame& x, std::size_t i, uint32_t* f) const {
  const uint32_t t = cands_[i], c1 = x.mark, hi = x.hi;
  const uint32_t rel = t == c1 ? 1 : t < c1 ? 2 : t > hi ? 3 : 0;
  const bool inside = t >= c1 && t <= hi;
  const uint32_t commas = inside ? commas_in(c1, t) : 0, commas_after = inside ? commas_in(t, hi) : 0;
  const uint32_t at_hi = t == hi;
  const uint32_t here = id(t), prev = t > 0 ? id(t - 1) : 1;
  f[0] = feature(31, rel, at_hi);
  f[1] = feature(32, rel, i == 0);
  f[2] = feature(33, rel, t > c1 ? bucket(t - c1) : 0);
  f[3] = feature(34, rel, prev);
  f[4] = feature(35, rel, here);
  f[5] = feature(36, at_hi, x.words);  // words = the token that ends the clause
  f[6] = feature(37, rel, x.near);     // near = the last token inside the marks
  f[7] = feature(38, rel, x.layout);
  f[8] = feature(39, rel, x.cue_word);
  f[9] = feature(40, rel, bucket(commas));
  f[10] = feature(41, rel, commas_after > 0, at_hi);
  f[11] = feature(42, rel, word_class(t));
  f[12] = feature(43, rel, x.span, at_hi);
  f[13] = feature(44, rel, x.commas);  // commas = the token after the closing mark
  f[14] = feature(45, rel, at_hi, x.layout);
  f[15] = feature(46, rel, here, at_hi);
  f[16] = feature(47, rel, x.kind);
  f[17] = feature(48, rel, prev, here);
}

// Picks the start and the end of an attributed quotation whose content holds a quotation mark among
// the rules' own and the other token boundaries around its first and last marks. Bounded windows:
// at most ~35 candidates a boundary, each scored in constant time.
inline void Extractor::choose_bounds(Draft& d) {
  // Reported speech with no quotation in it is "indirect": nothing to choose.
  if (d.q.kind == QuoteKind::indirect || d.q.fragments.empty() || (d.cue_tok.empty() && d.speaker_tok.empty())) return;
  if (!use_model_ && !recorder_) return;
  const uint32_t n = static_cast<uint32_t>(doc_.tokens.size());
  const TokRange cue = d.cue_tok, spk = d.speaker_tok;
  const TokRange head = !cue.empty() ? cue : spk;
  Frame x;
  x.cue_word = !cue.empty() ? tok_id(cue.begin) : 0;
  x.kind = static_cast<uint32_t>(d.q.kind);
  ByteSpan& front = d.q.fragments.front();
  ByteSpan& back = d.q.fragments.back();
  const uint32_t fs = doc_.token_at_or_after(front.begin), fe = doc_.token_at_or_after(front.end);
  const uint32_t ls = doc_.token_at_or_after(back.begin), le = doc_.token_at_or_after(back.end);
  if (fs >= fe || ls >= le || next_run_.at_or_after(fs) >= le) return;  // no mark in the content: the rules' bounds stay
  bool moved = false;
  auto excluded = [&](uint32_t t) { return in_range(t, cue) || in_range(t, spk) || used_cue_[t]; };
  // ---- start
  const uint32_t m = next_run_.at_or_after(fs);
  if (m < fe && runs_[static_cast<std::size_t>(run_at_[m])].open_tok == m) {
    const QuotedRun& r = runs_[static_cast<std::size_t>(run_at_[m])];
    const uint32_t p = v_.para_of(m);
    x.mark = m;
    x.s0 = doc_.sentences[doc_.sentence_at(tok_[m].span.begin)].first_token;
    // where the cue stands: 0 before the mark in the sentence, 1 before it further back, 2 after, 3 none
    x.layout = head.end <= m ? (head.end > x.s0 ? 0 : 1) : head.begin > m ? 2 : 3;
    uint32_t lo = std::max(v_.para_begin(p), m > 30 ? m - 30 : 0);
    if (x.layout == 0) lo = std::max(lo, std::max(cue.empty() || cue.end > m ? 0 : cue.end, spk.empty() || spk.end > m ? 0 : spk.end));
    else lo = std::max(lo, x.s0);
    uint32_t t0 = m;  // back from the mark to a token that may not be taken (another quotation, a cue)
    while (t0 > lo && run_at_[t0 - 1] < 0 && !excluded(t0 - 1)) --t0;
    lo = t0;
    x.lo = lo;
    cands_.clear();
    cands_.push_back(fs);
    for (uint32_t t = lo; t <= m; ++t)
      if (t != fs && (t == m || v_.is_word(t) || tok_[t].kind == TokenKind::number || tok_[t].kind == TokenKind::quote))
        cands_.push_back(t);
    if (m + 1 < r.close_tok && m + 1 != fs && m + 1 < fe) cands_.push_back(m + 1);
    std::size_t k = 0;  // with one candidate there is nothing to choose (but for the trainer's count)
    if (cands_.size() > 1 || recorder_) {
      fill_window(lo > 0 ? lo - 1 : 0, std::min(n, m + 3));
      x.commas = commas_in(lo, m);
      x.near = m > 0 ? id(m - 1) : 1;
      x.span = bucket(m - lo);
      x.words = bucket(r.words);
      k = pick(true, front, x, kStartFeatures);
    }
    if (cands_[k] != fs) {
      moved = true;
      front.begin = tok_[cands_[k]].span.begin;
      d.q.span.begin = front.begin;
    }
  }
  // ---- end
  uint32_t c = le;
  if (next_run_.at_or_after(ls) < le)
    while (c > ls && run_at_[c - 1] < 0) --c;  // to the last mark: no further than the mark found after ls
  else
    c = ls;
  if (c > ls && runs_[static_cast<std::size_t>(run_at_[c - 1])].close_tok == c - 1) {
    const uint32_t c1 = c;  // right after the closing mark
    const uint32_t pend = v_.para_end(v_.para_of(c1 - 1));
    uint32_t hi = c1;
    while (hi < pend && hi < c1 + 40 && !v_.is_terminator(hi) && run_at_[hi] < 0 && !excluded(hi)) ++hi;
    x.mark = c1;
    x.hi = hi;
    x.layout = head.begin >= c1 ? (head.begin == hi ? 0 : 1) : 2;
    cands_.clear();
    cands_.push_back(le);
    // A content ends at the mark, before punctuation, at the clause end, or before a word that opens
    // a clause or an adjunct of its own ("and", "while", "in", "who"); never with a comma, a dash, a
    // colon, a semicolon or an opening bracket of its own (as the rules trim it).
    for (uint32_t t = c1; t <= hi; ++t) {
      const uint32_t last = t - 1;
      if (t == le || v_.is_dash(last) || v_.is_punct(last, ',') || v_.is_punct(last, ':') || v_.is_punct(last, ';') ||
          v_.is_punct(last, '(') || v_.is_punct(last, '['))
        continue;
      if (t == c1 || t == hi || !v_.is_word(t) || v_.is(t, quotes::kNpStop | quotes::kPronoun)) cands_.push_back(t);
    }
    std::size_t k = 0;
    if (cands_.size() > 1 || recorder_) {
      fill_window(c1 >= 2 ? c1 - 2 : 0, std::min(n, hi + 1));
      x.near = c1 >= 2 ? id(c1 - 2) : 1;
      x.words = id(hi);
      x.commas = id(c1);
      x.span = bucket(hi - c1);
      k = pick(false, back, x, kEndFeatures);
    }
    // A dash after the closing mark opens the writer's own aside ("… “up-skill” workers - and he makes
    // sure …"), unless a second dash closes it or it closes one opened before the mark: what was said
    // ends before it, whatever the chooser picked. (A hyphen inside a word is no dash.)
    uint32_t end_tok = cands_[k];
    auto aside_dash = [&](uint32_t t) { return v_.is_dash(t) && (tok_[t].has(kSpaceBefore) || tok_[t].first != '-'); };
    bool open_aside = false;
    for (uint32_t t = c1 > ls + 40 ? c1 - 40 : ls; t < c1; ++t) open_aside = open_aside != aside_dash(t);
    // "… “that crap,” in an interview with CNN", "… “clean energy economy” in a statement": where
    // the words were said or written, right after the closing mark, is no part of them.
    {
      const uint32_t t = c1 + (c1 < end_tok && v_.is_punct(c1, ',') ? 1 : 0);
      if (t + 2 < end_tok && (eq(v_.lower(t), "in") || eq(v_.lower(t), "on") || eq(v_.lower(t), "during") || eq(v_.lower(t), "via")) &&
          kOutlets.contains(v_.lower(t + 2)))
        end_tok = c1;
      // "… “a disgrace” Wednesday on the radio", "… “improper” on Monday.": when, right after the mark.
      const uint32_t u = c1 + (c1 + 1 < end_tok && eq(v_.lower(c1), "on") ? 1 : 0);
      if (u + 1 <= end_tok && v_.capitalized(u) && v_.is(u, quotes::kTimeWord) &&
          (u + 1 == end_tok || v_.is_punct(u + 1, ',') || adjunct_opener(u + 1)))
        end_tok = c1;
    }
    for (uint32_t t = c1; t < end_tok && !open_aside; ++t) {
      // So does a comma and "a"/"an" that comment on the clause ("… “rigged” against him, a charge
      // …"), not on a name before it ("Dana Reyes, a lawyer").
      if (t > c1 && t + 1 < end_tok && v_.is_punct(t, ',') && (eq(v_.lower(t + 1), "a") || eq(v_.lower(t + 1), "an")) &&
          (!v_.capitalized(t - 1) || tok_[t - 1].has(kAllCaps))) {
        end_tok = t;
        break;
      }
      if (!aside_dash(t)) continue;
      uint32_t u = t + 1;
      while (u < hi && !aside_dash(u)) ++u;
      if (u >= hi && t > c1) end_tok = t;
      break;
    }
    if (end_tok != le) {
      moved = true;
      back.end = tok_[end_tok - 1].span.end;
      d.q.span.end = back.end;
    }
  }
  // A content that now starts or ends outside its marks is a mixed quote; one that is a quotation and
  // nothing else is a direct one.
  if (moved && (d.q.kind == QuoteKind::direct || d.q.kind == QuoteKind::mixed)) {
    const uint32_t b = doc_.token_at_or_after(front.begin), e = doc_.token_at_or_after(back.end);
    const bool marks = b < e && tok_[b].kind == TokenKind::quote && tok_[e - 1].kind == TokenKind::quote;
    if (!marks) d.q.kind = QuoteKind::mixed;
    else if (d.q.fragments.size() == 1 && run_at_[b] >= 0 && run_at_[b] == run_at_[e - 1]) d.q.kind = QuoteKind::direct;
  }
}

// The candidate (of cands_) with the highest score, the rules' own (first) on ties; recorded when traced.
inline std::size_t Extractor::pick(bool start, ByteSpan fragment, const Frame& x, std::size_t count) {
  const int16_t* w = use_model_ ? weight_table().data() : nullptr;
  if (recorder_) recorder_->boundary(start, fragment);
  std::size_t best = 0;
  int64_t best_score = 0;
  uint32_t f[kStartFeatures > kEndFeatures ? kStartFeatures : kEndFeatures];
  for (std::size_t i = 0; i < cands_.size(); ++i) {
    if (start) start_features(x, i, f);
    else end_features(x, i, f);
    int64_t s = 0;
    if (w)
      for (std::size_t j = 0; j < count; ++j) s += w[f[j]];
    if (recorder_)
      recorder_->candidate(start ? tok_[cands_[i]].span.begin : tok_[cands_[i] - 1].span.end, f, count);
    if (w && (i == 0 || s > best_score)) {
      best = i;
      best_score = s;
    }
  }
  return best;
}

inline void Extractor::draft_run(std::size_t i) {
  if (state_[i] == RunState::consumed || state_[i] == RunState::merged) return;
  const QuotedRun& r = runs_[i];
  Draft d;
  d.q.fragments = r.fragments;
  d.first_para = r.first_para;
  d.last_para = r.last_para;
  uint32_t close_tok = r.close_tok;
  bool conj_lead = false;  // a second half that opens with a conjunction: “A,” she said, and “B.”
  for (std::size_t j = i + 1; j < runs_.size() && merged_into_[j] == static_cast<int32_t>(i); ++j) {
    const std::size_t first = d.q.fragments.size();
    d.q.fragments.insert(d.q.fragments.end(), runs_[j].fragments.begin(), runs_[j].fragments.end());
    if (lead_in_[j] >= 0) {
      d.q.fragments[first].begin = tok_[static_cast<uint32_t>(lead_in_[j])].span.begin;
      conj_lead = true;
    }
    d.last_para = runs_[j].last_para;
    close_tok = runs_[j].close_tok;
  }
  d.q.span = {d.q.fragments.front().begin, d.q.fragments.back().end};
  d.q.kind = conj_lead ? QuoteKind::mixed : QuoteKind::direct;
  if (state_[i] == RunState::attributed) {
    const Attribution& a = attr_[i];
    d.bounded = true;
    d.cue_tok = a.cue;
    d.speaker_tok = a.speaker;
    if (lead_in_[i] >= 0) {
      d.q.fragments.front().begin = tok_[static_cast<uint32_t>(lead_in_[i])].span.begin;
      d.q.span.begin = d.q.fragments.front().begin;
      if (lead_words_[i] > 0) d.q.kind = QuoteKind::mixed;
    }
    if (!a.cue.empty()) d.q.cue = v_.span(widen_cue(a.cue, a.speaker, d.q.fragments.front()));
    if (a.speaker.empty()) {  // a cue whose source was not found
      d.q.confidence = a.confidence;
      drafts_.push_back(std::move(d));
      return;
    }
    if (!lead_frag_[i].empty()) {
      d.q.fragments.insert(d.q.fragments.begin(), v_.span(lead_frag_[i]));
      d.q.span.begin = d.q.fragments.front().begin;
      d.q.kind = QuoteKind::mixed;
    }
    d.q.speaker = v_.span(a.speaker);
    d.q.speaker_kind = quotes::kind_of_mention(v_, a.speaker);
    split_contraction(d.q, a.speaker);
    d.q.confidence = a.confidence;
    drafts_.push_back(std::move(d));
    return;
  }
  // Quoted words inside a sentence with no cue: a partial quote, or a scare quote or title.
  const uint32_t o = r.open_tok;
  const uint32_t pb = v_.para_begin(r.first_para), pe = v_.para_end(r.last_para);
  // Words held up by a noun or verb that names them, not by a verb of saying: "a memo titled “…”", "the
  // slogan “…”", "chants of “…”", "a sign reading, “…”", "known as “…”". What follows is quoted as it
  // stands: a quotation with that cue, its source unknown.
  if (const TokRange nc = naming_cue(o, pb); !nc.empty()) {
    d.q.kind = QuoteKind::direct;
    d.q.cue = v_.span(nc);
    d.q.confidence = 0.3;
    drafts_.push_back(std::move(d));
    return;
  }
  bool word_before = o > pb && (v_.is_word(o - 1) || tok_[o - 1].kind == TokenKind::number);
  // "But “…”": a conjunction that opens the sentence belongs to the quotation that follows.
  const uint32_t s0 = doc_.sentences[doc_.sentence_at(tok_[o].span.begin)].first_token;
  if (word_before && r.fragments.size() == 1 && s0 < o && o - s0 <= 2 && v_.para_of(s0) == v_.para_of(o)) {
    bool conj = true;
    for (uint32_t t = s0; t < o; ++t) conj = conj && (v_.is_punct(t, ',') || is_conjunction(v_.lower(t)));
    if (conj) {
      word_before = false;
      d.q.fragments.front().begin = tok_[s0].span.begin;
      d.q.span.begin = d.q.fragments.front().begin;
    }
  }
  const bool word_after = close_tok + 1 < pe && v_.is_word(close_tok + 1) && !v_.capitalized(close_tok + 1);
  const bool ends_sentence = close_tok > o && v_.is_terminator(close_tok - 1);
  if (word_before || (word_after && !ends_sentence)) {
    d.q.kind = QuoteKind::partial;
    // Quoted words woven into a sentence after words of its own, with no cue found: a scare quote, a
    // title, a slogan, or a fragment of a statement whose speaker and bounds are not found (then the
    // clause around it is what was said). Apart from quotes, not reported as unattributed statements.
    // "“Museum names a new director,” by Dana Lee": a title and its byline.
    uint32_t by = close_tok + 2;
    if (by + 1 < pe && eq(v_.lower(by), "the")) ++by;
    const bool byline = word_after && eq(v_.lower(close_tok + 1), "by") && by < pe && v_.capitalized(by);
    d.q.scare = word_before || byline || (r.words <= 5 && !ends_sentence);
    d.q.confidence = 0.3;
    drafts_.push_back(std::move(d));
    return;
  }
  // One or two quoted words standing alone are a title or a label, not a statement; so is a
  // paragraph of a few capitalized words in single marks, the way some papers set subheads
  // ("'All Bets Are Off.'").
  if ((r.words <= 2 && !ends_sentence) ||
      (r.single && is_title(r) && o == pb && close_tok + 1 == pe && r.first_para == r.last_para)) {
    d.q.kind = QuoteKind::partial;
    d.q.scare = true;
    drafts_.push_back(std::move(d));
    return;
  }
  d.may_inherit = true;
  d.q.confidence = 0.2;
  drafts_.push_back(std::move(d));
}

// The words that name the quotation opening at token `open` (see draft_run), right before it and after
// `floor`, a comma or colon between them allowed: "titled", "the slogan", "chants of", "known as".
inline TokRange Extractor::naming_cue(uint32_t open, uint32_t floor) const {
  if (open <= floor) return {};
  uint32_t t = open - 1;
  if ((v_.is_punct(t, ',') || v_.is_punct(t, ':')) && t > floor) --t;
  if (!v_.is_word(t)) return {};
  if (v_.is(t, quotes::kNaming)) return {t, t + 1};
  if (t == floor || !v_.is(t - 1, quotes::kNamingHead)) return {};
  const bool known = eq(v_.lower(t - 1), "known");
  return eq(v_.lower(t), known ? "as" : "of") ? TokRange{t - 1, t + 1} : TokRange{};
}

// The mention a quotation with no cue inherits from the draft d with a source: the mention itself, or
// for the relative pronoun of "Ortiz, who said …" the phrase before its comma (nothing if none). (A
// draft's mention is the span of its tokens speaker_tok, but for its end in split_contraction.)
inline std::optional<ByteSpan> Extractor::relative_antecedent(const Draft& d) const {
  const ByteSpan speaker = *d.q.speaker;
  const uint32_t w = d.speaker_tok.begin;  // (the token the mention begins with)
  if (w >= doc_.tokens.size() || tok_[w].span.end != speaker.end || !eq(v_.lower(w), "who")) return speaker;
  const uint32_t floor = v_.para_begin(v_.para_of(w));
  if (w < floor + 2 || !v_.is_punct(w - 1, ',')) return std::nullopt;
  const TokRange np = quotes::np_before(v_, w - 1, floor);
  if (np.empty()) return std::nullopt;
  return v_.span(np);
}

// Whether the mention of the draft d with a source is the relative pronoun of "Ortiz, who …" right
// after the mention `before`.
inline bool Extractor::relative_of(const Draft& d, ByteSpan before) const {
  const uint32_t w = d.speaker_tok.begin;  // (the token d's mention begins with)
  if (w >= doc_.tokens.size() || w == 0 || !eq(v_.lower(w), "who") || !v_.is_punct(w - 1, ',')) return false;
  return before.end >= tok_[w - 2].span.end && before.begin < tok_[w - 1].span.begin;
}

// Reported speech that lies inside the span of other reported speech ("Most say they would like …",
// the clauses of a labelled line) is dropped: attributions do not nest (PolNeAR never nests one in
// another's content), and the outer one is the statement. A direct quotation is kept whatever holds it.
// One sort and one sweep: the spans in order of begin, the longest first, and the furthest end so far.
inline void Extractor::drop_nested_reports() {
  std::vector<uint64_t> keys;
  std::vector<uint32_t> idx;
  for (uint32_t i = 0; i < drafts_.size(); ++i) {
    const Draft& d = drafts_[i];
    if (d.dropped || !d.q.cue || (d.q.kind != QuoteKind::indirect && d.q.kind != QuoteKind::mixed)) continue;
    keys.push_back(uint64_t{d.q.span.begin} << 32 | (0xFFFFFFFFu - d.q.span.end));
    idx.push_back(i);
  }
  uint32_t reach = 0;
  bool any = false;
  for (const uint32_t j : stable_order(keys)) {
    Draft& d = drafts_[idx[j]];
    if (any && d.q.span.end <= reach) {
      d.dropped = true;
    } else {
      reach = d.q.span.end;
      any = true;
    }
  }
}

inline void Extractor::finish() {
  for (Draft& d : drafts_)
    if (d.bounded) choose_bounds(d);
  // In text order; ties keep the order of drafting, so the order never depends on the library's sort.
  std::vector<uint64_t> keys;
  keys.reserve(drafts_.size());
  for (const Draft& d : drafts_) keys.push_back(span_key(d.q.span));
  const std::vector<uint32_t> order = stable_order(keys);  // sort_order.cpp's, shared
  drop_nested_reports();
  // A quotation with no cue right after reported speech that it continues, with only a colon between
  // them: "X said that A:¶“B.”" is one statement, and the reported content keeps the colon, as
  // PolNeAR's one span over both does (not a stop: "X said A. “B.”" keeps A as it was, the way
  // other tools' cases want it). With only a comma between them, the words after the cue were an
  // adjunct of it ("X said about the plan, “B.”"): the quotation is what was said, and the reported
  // speech is dropped.
  auto continue_reported = [&](Draft& rep, const Draft& quote) {
    ByteSpan& f = rep.q.fragments.back();
    const uint32_t t = doc_.token_at_or_after(f.end);
    if (t + 1 >= doc_.tokens.size() || tok_[t].span.begin != f.end ||
        tok_[t + 1].span.begin != quote.q.fragments.front().begin)
      return;
    if (v_.is_punct(t, ',')) {
      rep.dropped = true;
    } else if (v_.is_punct(t, ':')) {
      f.end = tok_[t].span.end;
      rep.q.span.end = f.end;
    }
  };
  // A quotation with no cue right after an attributed one (same or next paragraph) continues it.
  Draft* last = nullptr;
  std::optional<ByteSpan> last_speaker;  // the mention passed on: for "who", the phrase it refers to
  uint32_t last_para = 0;
  for (const uint32_t i : order) {
    Draft& d = drafts_[i];
    if (d.q.scare || d.dropped) continue;
    if (d.q.speaker) {
      // “A,” Ramos said, referring to B. “C.” — reported speech that only goes on from a quotation
      // (same mention of the same speaker) leaves C to that quotation's cue.
      // So does reported speech in the sentence of that quotation's cue, whatever its source: "“A,” said
      // Lena Ortiz, head of the foundation, a policy institute that studies floods. “C.”"
      const bool aside = last && last->q.kind == QuoteKind::direct && d.q.kind != QuoteKind::direct &&
                         last->q.speaker &&
                         ((d.q.speaker->begin == last->q.speaker->begin && d.q.speaker->end == last->q.speaker->end) ||
                          (last->q.cue && d.q.cue && d.q.cue->begin > last->q.cue->begin &&
                           doc_.sentence_at(d.q.cue->begin) == doc_.sentence_at(last->q.cue->begin)));
      // "…,” said Ann Ortiz, a lawyer, who has been fighting the plan. “…”: a relative pronoun right
      // after the mention of the quotation before leaves that quotation to be continued.
      const bool same = last && last_speaker && relative_of(d, *last_speaker);
      // "…,” said Ann Ortiz, a lawyer who has been fighting the plan.": a relative clause that is part
      // of the mention before describes that source; it reports nothing of its own.
      if (same && d.q.cue && !v_.is(doc_.token_at_or_after(d.q.cue->begin), quotes::kSpeech) &&
          last_speaker->end >= d.q.speaker->end) {
        d.dropped = true;
        continue;
      }
      if (!aside && !same) {
        // Reported speech with a verb of stance ("Ortiz praised the plan", "Reyes sees a way out")
        // introduces no quotation: one with no cue after it inherits neither its source nor, past
        // it, the source of the quotation before.
        const bool introduces = d.q.kind != QuoteKind::indirect ||
                                (!d.cue_tok.empty() && (v_.is(d.cue_tok.begin, quotes::kSpeech) ||
                                                        v_.is_punct(d.cue_tok.begin, ':')));
        if (introduces) {
          last = &d;
          last_speaker = relative_antecedent(d);
        } else {
          last = nullptr;
          last_speaker.reset();
        }
      }
      last_para = d.last_para;
      continue;
    }
    if (!d.may_inherit || !last || !last_speaker || d.first_para > last_para + 1) continue;
    if (last->q.kind == QuoteKind::indirect && !last->dropped) continue_reported(*last, d);
    d.q.speaker = last_speaker;
    d.q.cue = last->q.cue;
    d.q.speaker_kind = last->q.speaker_kind;
    d.q.confidence = std::min(0.5, last->q.confidence * 0.6);
    last_para = d.last_para;
  }
  // A quotation left with no cue and no source that stands inside its paragraph, words of the paragraph
  // before and after it and no colon leading into it, is a slogan, a title or a phrase held up, not a
  // statement: "repeat “Peace,” “Order,” and, yes, “Sanity.” In …", "“No to the plan” (2005) — “…”".
  for (Draft& d : drafts_) {
    if (!d.may_inherit || d.dropped || d.q.speaker || d.q.cue) continue;
    const uint32_t o = doc_.token_at_or_after(d.q.fragments.front().begin);
    const uint32_t after = doc_.token_at_or_after(d.q.fragments.back().end);
    if (o == 0 || o <= v_.para_begin(v_.para_of(o)) || v_.is_punct(o - 1, ':') || after <= o ||
        after >= v_.para_end(v_.para_of(after - 1)))
      continue;
    d.q.kind = QuoteKind::partial;
    d.q.scare = true;
  }
  uint32_t id = 0;
  out_.reserve(out_.size() + order.size());
  for (const uint32_t i : order) {
    if (drafts_[i].dropped) continue;
    drafts_[i].q.id = ++id;
    out_.push_back(std::move(drafts_[i].q));
  }
}

}  // namespace
}  // namespace factlight

// The layouts around a quotation and a cue, in the same translation unit (see quotes_layouts.inc).
#include "quotes_layouts.inc"

namespace factlight {

void extract_quotes(const Document& doc, std::vector<Quote>& quotes, std::vector<Finding>& findings) {
  Extractor(doc, quotes, findings).run();
}

void quote_bounds::extract_quotes_traced(const Document& doc, std::vector<Quote>& quotes,
                                         std::vector<Finding>& findings, Recorder* recorder, bool use_model) {
  Extractor(doc, quotes, findings, recorder, use_model).run();
}

}  // namespace factlight
