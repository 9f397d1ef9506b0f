// Figures an editor should look at: the same thing counted differently in one article, and statistics
// in check-worthy sentences that name no source.
#include <cmath>
#include <limits>
#include <string>
#include <unordered_map>

#include "claims_lexicon.hpp"
#include "claims_words.hpp"
#include "factlight/claims_model.hpp"
#include "findings_parts.hpp"

namespace factlight {
namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();
// "about 800,000" covers 720,000 to 880,000.
constexpr double kAboutTolerance = 0.10;

// Figures that count or measure something (a date or a duration has no "value" to contradict).
bool is_statistic(const Figure& f) {
  if (f.relative) return false;
  switch (f.kind) {
    case FigureKind::count:
    case FigureKind::percent:
    case FigureKind::money:
    case FigureKind::quantity:
    case FigureKind::range:
    case FigureKind::ratio: return f.value || f.low || f.high;
    default: return false;
  }
}

// What values the figure allows, as a closed interval; false when it allows anything.
bool interval(const Figure& f, double& lo, double& hi) {
  if (f.low && f.high) {
    lo = *f.low;
    hi = *f.high;
  } else if (f.value) {
    const double v = *f.value;
    switch (f.approx) {
      case Approx::exact: lo = hi = v; break;
      case Approx::about: {
        const double d = std::fabs(v) * kAboutTolerance;
        lo = v - d;
        hi = v + d;
        break;
      }
      case Approx::over:
      case Approx::at_least: lo = v, hi = kInf; break;
      case Approx::under:
      case Approx::at_most: lo = -kInf, hi = v; break;
      case Approx::vague: return false;
    }
  } else if (f.low) {
    lo = *f.low;
    hi = kInf;
  } else if (f.high) {
    lo = -kInf;
    hi = *f.high;
  } else {
    return false;
  }
  return lo <= hi;
}

bool is_function_word(std::string_view w) {
  static constexpr std::string_view kWords[] = {"of", "in", "on", "to", "and", "the", "a", "an", "for",
                                                "from", "at", "by", "with", "or", "than", "as", "per",
                                                "more", "less", "over", "under", "were", "was", "are",
                                                "is", "have", "has", "had", "who", "that", "which"};
  for (std::string_view x : kWords)
    if (x == w) return true;
  return false;
}

// The word that says what is counted: the head of the figure's subject ("citizens"), or else the word
// right after the figure ("800,000 fled"). Plural folded. Empty when there is none worth comparing.
std::string subject_key(const Document& doc, const Figure& f) {
  std::string w;
  if (f.subject) {
    for (uint32_t t = doc.token_at_or_after(f.subject->begin);
         t < doc.tokens.size() && doc.tokens[t].span.end <= f.subject->end; ++t)
      if (doc.tokens[t].kind == TokenKind::word) w = normalized_word(doc, t);
  } else {
    const uint32_t t = doc.token_at_or_after(f.span.end);
    if (t < doc.tokens.size() && doc.tokens[t].kind == TokenKind::word) w = normalized_word(doc, t);
  }
  if (w.size() < 3 || is_function_word(w)) return "";
  if (w.size() > 3 && w.back() == 's' && w[w.size() - 2] != 's') w.pop_back();
  return w;
}

// Figures of one comparable class: same kind family, unit, currency and subject word.
std::string class_key(const Figure& f, const std::string& subject) {
  std::string k;
  switch (f.kind) {
    case FigureKind::percent: k = "percent"; break;
    case FigureKind::money: k = "money:" + f.currency + ":" + f.unit; break;  // a rate ("/hour") is no total
    case FigureKind::quantity: k = "quantity:" + f.unit; break;
    case FigureKind::ratio: k = "ratio"; break;
    default: k = f.unit.empty() && f.currency.empty() ? "count" : "count:" + f.unit + ":" + f.currency;
  }
  return k + "|" + subject;
}

struct Bounds {
  double lo = -kInf, hi = kInf;
  const Figure* lo_by = nullptr;  // the figure that set each bound
  const Figure* hi_by = nullptr;
  uint32_t last_sentence = 0;
};

std::string quoted(std::string_view s) { return "\xE2\x80\x9C" + excerpt(s) + "\xE2\x80\x9D"; }

}  // namespace

void find_figure_issues(const Analysis& a, const lexicon::FeatureWords& words,
                        const std::vector<bool>& skip_paragraph, std::vector<char> sourced,
                        std::vector<Finding>& out) {
  const Document& doc = a.doc;
  if (doc.sentences.empty()) return;
  auto skipped = [&](const Figure& f) {
    const uint32_t p = doc.sentences[doc.sentence_at(f.span.begin)].paragraph;
    return p < skip_paragraph.size() && skip_paragraph[p];
  };
  // inconsistent_figures: per class, the tightest bounds so far and who set them. A figure outside them
  // contradicts that figure. One pass; figures that agree ("hundreds of thousands", "about 800,000") narrow
  // the bounds without a finding.
  std::unordered_map<std::string, Bounds> classes;
  for (const Figure& f : a.figures) {
    if (!is_statistic(f) || skipped(f)) continue;
    double lo = 0, hi = 0;
    if (!interval(f, lo, hi)) continue;
    const std::string subject = subject_key(doc, f);
    if (subject.empty()) continue;
    const uint32_t sentence = doc.sentence_at(f.span.begin);
    auto [it, fresh] = classes.emplace(class_key(f, subject), Bounds{});
    Bounds& b = it->second;
    // Two values in one sentence usually compare on purpose ("from 700,000 to 800,000 people").
    if (!fresh && b.last_sentence == sentence) continue;
    b.last_sentence = sentence;
    const Figure* other = hi < b.lo ? b.lo_by : lo > b.hi ? b.hi_by : nullptr;
    if (other) {
      out.push_back({"inconsistent_figures", f.span,
                     quoted(doc.slice(f.span)) + " and " + quoted(doc.slice(other->span)) + " earlier give " +
                         "different values for \"" + subject + "\": check which is right, or say why they differ.",
                     {other->span}});
      continue;
    }
    if (lo > b.lo) b.lo = lo, b.lo_by = &f;
    if (hi < b.hi) b.hi = hi, b.hi_by = &f;
  }

  // unsourced_figure: a statistic in a check-worthy sentence (score >= 0.5, independent of the
  // claimThreshold option) in a paragraph that names no source: no attribution ("said", "according to"),
  // no evidence ("a survey", "data"), no vague source (reported on its own) and no quotation.
  // The paragraph, not the sentence, because reporters attribute once per paragraph.
  for (const Quote& q : a.quotes)
    if (!q.scare) sourced[doc.sentences[doc.sentence_at(q.span.begin)].paragraph] = 1;
  lexicon::Scratch scratch;
  uint32_t last_reported = UINT32_MAX;
  for (const Figure& f : a.figures) {
    if (!is_statistic(f) || skipped(f)) continue;
    const uint32_t s = doc.sentence_at(f.span.begin);
    const Sentence& sent = doc.sentences[s];
    if (s == last_reported || sourced[sent.paragraph]) continue;
    const lexicon::WordRange range = words.range(sent.first_token, sent.token_end);
    const double score = claim_probability(lexicon::logit_of(words.sentence_cues(s), range, scratch, nullptr, nullptr));
    if (score < 0.5) continue;
    last_reported = s;
    out.push_back({"unsourced_figure", f.span,
                   quoted(doc.slice(f.span)) + " is stated without a source in its paragraph: say where the " +
                       "number comes from.",
                   related_sentence(sent.span)});
  }
}

}  // namespace factlight
