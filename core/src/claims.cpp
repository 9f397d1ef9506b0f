// Claims: every sentence scored by the fitted model (claims_model.hpp), explained by the terms that
// weighed most, and linked to the figures and quotes inside it.
#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <string_view>

#include "claims_lexicon.hpp"
#include "factlight/claims_model.hpp"
#include "factlight/extractors.hpp"
#include "size_hints.hpp"
#include "swar.hpp"

namespace factlight {
namespace {

// Terms smaller than this do not make a reason: they barely move the score.
constexpr double kReasonMin = 0.15;
// Words shown as "wording" reasons: the strongest positive lexical terms, at most lexicon::kWordingMax
// (logit_of() picks them as it adds the terms up).
constexpr double kWordingMin = 0.3;

// The cues that make a reason when present (a weight that moves the score, and a reason to give), ranked
// strongest first, ties in cue order (the order of a stable sort by weight): the model's, so decided once.
struct ReasonOrder {
  uint32_t n = 0;                 // the cues ranked
  uint8_t cue[kCueCount] = {};    // by rank
  uint32_t lowers = 0;            // by rank: a negative weight
  int8_t rank[kCueCount] = {};    // by cue: its rank, or -1
};
FACTLIGHT_COLD FACTLIGHT_NOINLINE ReasonOrder rank_reasons() {
  const ClaimModel& model = claim_model();
  ReasonOrder o;
  double weight[kCueCount];
  for (unsigned c = 0; c < kCueCount; ++c) {
    o.rank[c] = -1;
    if (!model.cue_weights) continue;
    const double t = model.cue_weights[c];
    if (std::fabs(t) < kReasonMin || cue_reason(static_cast<ClaimCue>(c))[0] == '\0') continue;
    uint32_t j = o.n++;
    for (; j > 0 && weight[j - 1] < t; --j) weight[j] = weight[j - 1], o.cue[j] = o.cue[j - 1];
    weight[j] = t;
    o.cue[j] = static_cast<uint8_t>(c);
  }
  for (uint32_t r = 0; r < o.n; ++r) {
    o.rank[o.cue[r]] = static_cast<int8_t>(r);
    if (weight[r] < 0) o.lowers |= uint32_t{1} << r;
  }
  return o;
}
const ReasonOrder& reason_order() {
  static const ReasonOrder kOrder = rank_reasons();
  return kOrder;
}

// The reasons of a sentence with these cues (as bits) and this wording: the cues that make a reason, and
// the words that pushed the score up most when they are plain words ("fled", "since").
ClaimReasons reasons_for(uint32_t cues, const lexicon::Wording& wording) {
  const ReasonOrder& order = reason_order();
  ClaimReasons out;
  for (; cues; cues &= cues - 1) {
    const int r = order.rank[swar::lowest_bit(cues)];
    if (r >= 0) out.cue_ranks |= uint32_t{1} << r;
  }
  const LexicalWeight* lexical = claim_model().lexical;
  for (std::size_t i = 0; i < lexicon::kWordingMax && wording.gram[i] != lexicon::kNoGram; ++i)
    out.words[i] = lexical[wording.gram[i]].gram;
  return out;
}

// The position of r's first reason from rank `from` on: its next cue's rank, else 32 (the wording reason)
// when it has words, else 33 (the end).
uint32_t next_reason(const ClaimReasons& r, uint32_t from) {
  const uint32_t rest = from < 32 ? r.cue_ranks >> from << from : 0;
  return rest ? swar::lowest_bit(rest) : r.words[0] ? 32 : 33;
}

}  // namespace

ClaimReasons::iterator ClaimReasons::begin() const { return iterator(this, next_reason(*this, 0)); }
ClaimReasons::iterator ClaimReasons::end() const { return iterator(this, 33); }
ClaimReasons::iterator& ClaimReasons::iterator::operator++() {
  at_ = at_ < 32 ? next_reason(*r_, at_ + 1) : 33;
  return *this;
}
ClaimReason ClaimReasons::iterator::operator*() const {
  ClaimReason c;
  if (at_ < 32) {
    const ReasonOrder& o = reason_order();
    c.cue = o.cue[at_];
    c.lowers = (o.lowers >> at_) & 1u;
  } else {
    for (std::size_t i = 0; i < 3; ++i) c.words[i] = r_->words[i];
  }
  return c;
}
std::size_t ClaimReasons::size() const { return swar::bit_count(cue_ranks) + (words[0] ? 1 : 0); }
ClaimReason ClaimReasons::operator[](std::size_t i) const {
  iterator it = begin();
  while (i-- > 0) ++it;
  return *it;
}

std::size_t reason_parts(const ClaimReason& r, std::string_view (&parts)[kReasonPartsMax]) {
  std::size_t n = 0;
  if (r.words[0]) {
    parts[n++] = "wording typical of checkable claims:";
    for (std::size_t i = 0; i < 3 && r.words[i]; ++i) {
      parts[n++] = i ? ", \"" : " \"";
      parts[n++] = r.words[i];
      parts[n++] = "\"";
    }
    return n;
  }
  parts[n++] = cue_reason(static_cast<ClaimCue>(r.cue));
  if (r.lowers) parts[n++] = " (lowers the score)";
  return n;
}

std::string reason_text(const ClaimReason& r) {
  std::string_view parts[kReasonPartsMax];
  const std::size_t n = reason_parts(r, parts);
  std::string out;
  for (std::size_t i = 0; i < n; ++i) out += parts[i];
  return out;
}

ClaimLogit claim_logit(const ClaimModel& model, const ClaimCues& cues, const std::vector<std::string>& ngrams) {
  ClaimLogit l;
  l.total = model.bias;
  for (unsigned c = 0; c < kCueCount; ++c) {
    l.cue_terms[c] = model.cue_weights ? model.cue_weights[c] * cues[c] : 0.0;
    l.total += l.cue_terms[c];
  }
  // Both lists are sorted in byte order: one merge pass.
  std::size_t i = 0, j = 0;
  while (i < ngrams.size() && j < model.lexical_size) {
    const int cmp = std::strcmp(ngrams[i].c_str(), model.lexical[j].gram);
    if (cmp < 0) {
      ++i;
    } else if (cmp > 0) {
      ++j;
    } else {
      l.lexical.push_back(model.lexical[j]);
      l.total += model.lexical[j].weight;
      ++i;
      ++j;
    }
  }
  return l;
}

namespace lexicon {
namespace {

// The grams that may be words of a wording reason, a bit each by index into model.lexical (as
// Scratch::seen): the plain words (no pair, no number) that weigh kWordingMin or more. The shipped model's,
// decided once.
FACTLIGHT_COLD FACTLIGHT_NOINLINE std::vector<uint64_t> find_wording_grams(const ClaimModel& model) {
  std::vector<uint64_t> bits((model.lexical_size + 63) / 64, 0);
  for (std::size_t g = 0; g < model.lexical_size; ++g) {
    const std::string_view gram = model.lexical[g].gram;
    if (model.lexical[g].weight < kWordingMin || gram.find(' ') != std::string_view::npos || gram == "0" ||
        gram == "1999")
      continue;
    bits[g >> 6] |= uint64_t{1} << (g & 63);
  }
  return bits;
}
const std::vector<uint64_t>& wording_grams_of(const ClaimModel& model) {
  static const std::vector<uint64_t> kBits = find_wording_grams(model);
  return kBits;
}

}  // namespace

double logit_of(uint32_t cues, WordRange words, Scratch& scratch, ClaimCues* cue_terms,
                std::vector<LexicalWeight>* lexical) {
  GramWalk grams(lexicon(), scratch, claim_model().lexical_size);
  for (uint32_t i = 0; i < words.size; ++i)
    if (words.words[i].id != kSkip) grams.add(words.words[i]);
  return logit_of(cues, grams, cue_terms, lexical, nullptr);
}

double logit_of(uint32_t cues, GramWalk grams, ClaimCues* cue_terms, std::vector<LexicalWeight>* lexical,
                Wording* wording) {
  const ClaimModel& model = claim_model();
  // The grams found are bits by index into model.lexical (a few hundred): read back in index order, they
  // come sorted and each once, with no sort. Only the words [lo, hi) of the bitmap were touched; they are
  // cleared as they are read.
  uint64_t* const seen = grams.seen();
  // The same terms added in the same order as claim_logit() over the sorted grams: bit for bit the same
  // (each cue's value, cue_values(), is 1.0 or 0.0).
  double total = model.bias;
  if (cue_terms) {
    for (unsigned c = 0; c < kCueCount; ++c) {
      const double value = (cues >> c) & 1u ? 1.0 : 0.0;
      const double term = model.cue_weights ? model.cue_weights[c] * value : 0.0;
      (*cue_terms)[c] = term;
      total += term;
    }
  } else if (model.cue_weights) {
    // The cues present only, in the same order: an absent cue's term is a zero, which leaves the sum as it
    // is (the sum is never -0: it starts at the bias, and x + -x is +0).
    for (uint32_t bits = cues & ((uint32_t{1} << kCueCount) - 1); bits; bits &= bits - 1)
      total += model.cue_weights[swar::lowest_bit(bits)];
  }
  std::size_t words = 0;  // in wording
  const uint64_t* wording_grams = wording ? wording_grams_of(model).data() : nullptr;
  for (std::size_t w = grams.lo(); w < grams.hi(); ++w) {
    for (uint64_t bits = seen[w]; bits != 0; bits &= bits - 1) {
      const std::size_t g = w * 64 + swar::lowest_bit(bits);
      const LexicalWeight& term = model.lexical[g];
      if (lexical) lexical->push_back(term);
      total += term.weight;
      // The wording reason: the strongest of the grams that may make one, ties in gram order.
      if (!wording_grams || !((wording_grams[w] >> (g & 63)) & 1)) continue;
      std::size_t j = words < kWordingMax ? words++ : kWordingMax;
      for (; j > 0 && model.lexical[wording->gram[j - 1]].weight < term.weight; --j)
        if (j < kWordingMax) wording->gram[j] = wording->gram[j - 1];
      if (j < kWordingMax) wording->gram[j] = static_cast<uint16_t>(g);
    }
    seen[w] = 0;
  }
  return total;
}

}  // namespace lexicon

ClaimLogit claim_logit(const ClaimModel& model, const Document& doc, uint32_t first_token, uint32_t token_end) {
  ClaimLogit l;
  if (&model == &claim_model()) {  // claim_cues()' cues, as bits
    const lexicon::FeatureWords words(doc, first_token, token_end);
    lexicon::Scratch scratch;
    const lexicon::WordRange range = words.range(first_token, token_end);
    l.total = lexicon::logit_of(lexicon::cues_of(doc, range, scratch), range, scratch, &l.cue_terms, &l.lexical);
    return l;
  }
  const ClaimCues cues = claim_cues(doc, first_token, token_end);
  // Another model (the trainer's): its grams are not in the lexicon, look them up as strings.
  std::vector<std::size_t> hits;  // indices into model.lexical
  const LexicalWeight* begin = model.lexical;
  const LexicalWeight* end = model.lexical + model.lexical_size;
  for_each_ngram(doc, first_token, token_end, [&](const std::string& g) {
    const LexicalWeight* it = std::lower_bound(
        begin, end, g.c_str(), [](const LexicalWeight& w, const char* key) { return std::strcmp(w.gram, key) < 0; });
    if (it != end && std::strcmp(it->gram, g.c_str()) == 0) hits.push_back(static_cast<std::size_t>(it - begin));
  });
  std::sort(hits.begin(), hits.end());
  hits.erase(std::unique(hits.begin(), hits.end()), hits.end());
  l.total = model.bias;
  for (unsigned c = 0; c < kCueCount; ++c) {
    l.cue_terms[c] = model.cue_weights ? model.cue_weights[c] * cues[c] : 0.0;
    l.total += l.cue_terms[c];
  }
  for (std::size_t i : hits) {
    l.lexical.push_back(model.lexical[i]);
    l.total += model.lexical[i].weight;
  }
  return l;
}

namespace {

// e^x within an ulp of the exact value, by fdlibm's method (e_exp.c: x = k ln2 + r with |r| <= ln2/2, a
// rational approximation of e^r, then the scale 2^k). Not the C library's exp: the wasm's (musl's) brings a
// 2 KB table of powers of two that costs about 2.3 KB brotli, for one call per sentence. The same code in
// the native build and the wasm, so both give the same bits.
double exp_of(double x) {
  if (!(x < 709.782712893384)) return x != x ? x : HUGE_VAL;  // NaN stays NaN; above: overflow
  if (x < -745.1332191019412) return 0.0;                      // below the least subnormal
  constexpr double kLn2Hi = 6.93147180369123816490e-01, kLn2Lo = 1.90821492927058770002e-10,
                   kInvLn2 = 1.44269504088896338700e+00;
  constexpr double kP1 = 1.66666666666666019037e-01, kP2 = -2.77777777770155933842e-03,
                   kP3 = 6.61375632143793436117e-05, kP4 = -1.65339022054652515390e-06,
                   kP5 = 4.13813679705723846039e-08;
  if (std::fabs(x) < 0x1p-28) return 1.0 + x;
  double hi = x, lo = 0;
  int k = 0;
  if (std::fabs(x) > 0.5 * kLn2Hi) {  // r = x - k ln2, ln2 in two parts so that k * kLn2Hi is exact
    k = static_cast<int>(kInvLn2 * x + (x < 0 ? -0.5 : 0.5));
    hi = x - k * kLn2Hi;
    lo = k * kLn2Lo;
    x = hi - lo;
  }
  const double t = x * x;
  const double c = x - t * (kP1 + t * (kP2 + t * (kP3 + t * (kP4 + t * kP5))));
  if (k == 0) return 1.0 - ((x * c) / (c - 2.0) - x);
  const double y = 1.0 - ((lo - (x * c) / (2.0 - c)) - hi);
  auto pow2 = [](int e) {  // 2^e for a normal e (-1022..1023), from its bits
    const uint64_t bits = static_cast<uint64_t>(e + 1023) << 52;
    double d;
    std::memcpy(&d, &bits, sizeof d);
    return d;
  };
  if (k < -1021) return y * pow2(k + 1000) * 0x1p-1000;  // a subnormal result
  if (k > 1023) return y * 2.0 * pow2(k - 1);
  return y * pow2(k);
}

}  // namespace

double claim_probability(double logit) { return 1.0 / (1.0 + exp_of(-logit)); }

void score_claims(const Document& doc, const std::vector<Figure>& figures, const std::vector<Quote>& quotes,
                  double threshold, std::vector<Claim>& out) {
  lexicon::score_claims(doc, lexicon::FeatureWords(doc), figures, quotes, threshold, out);
}

void ClaimIds::assign(const uint32_t* first, const uint32_t* last) {
  size_ = static_cast<uint32_t>(last - first);
  if (size_ > kInPlace) more_.assign(first, last);
  else std::copy(first, last, in_place_);
}

void lexicon::score_claims(const Document& doc, const FeatureWords& words, const std::vector<Figure>& figures,
                           const std::vector<Quote>& quotes, double threshold, std::vector<Claim>& out) {
  const std::size_t n = doc.sentences.size();
  // The ids of each sentence's figures and quotes, in two flat lists (counted per sentence, then filled in
  // order: ids of sentence s at [start[s], start[s + 1])), rather than a vector per sentence grown by
  // push_back.
  struct BySentence {
    std::vector<uint32_t> start, ids;
    void count(uint32_t from, uint32_t to) {  // one id in each sentence of [from, to]
      for (uint32_t s = from; s <= to; ++s) ++start[s + 1];
    }
    void sum() {
      for (std::size_t s = 1; s < start.size(); ++s) start[s] += start[s - 1];
      ids.resize(start.back());
    }
    void add(uint32_t from, uint32_t to, uint32_t id, std::vector<uint32_t>& next) {
      for (uint32_t s = from; s <= to; ++s) ids[next[s]++] = id;
    }
    void to(uint32_t s, ClaimIds& out) const {
      if (start[s] == start[s + 1]) return;
      out.assign(ids.data() + start[s], ids.data() + start[s + 1]);
      std::sort(out.begin(), out.end());
    }
  };
  BySentence sentence_figures{std::vector<uint32_t>(n + 1, 0), {}}, sentence_quotes{std::vector<uint32_t>(n + 1, 0), {}};
  if (n > 0) {
    // Each figure's sentence, and each quote's first and last (a quote inside no sentence has last < first).
    std::vector<uint32_t> at(figures.size()), first(quotes.size(), 1), last(quotes.size(), 0);
    for (std::size_t i = 0; i < figures.size(); ++i) {
      at[i] = doc.sentence_at(figures[i].span.begin);
      sentence_figures.count(at[i], at[i]);
    }
    for (std::size_t i = 0; i < quotes.size(); ++i) {
      const Quote& q = quotes[i];
      if (q.scare) continue;
      const uint32_t end = doc.sentence_at(q.span.end > q.span.begin ? q.span.end - 1 : q.span.begin);
      first[i] = doc.sentence_at(q.span.begin);
      last[i] = end < n ? end : static_cast<uint32_t>(n - 1);
      if (first[i] <= last[i]) sentence_quotes.count(first[i], last[i]);
      else first[i] = 1, last[i] = 0;
    }
    sentence_figures.sum();
    sentence_quotes.sum();
    std::vector<uint32_t> next(sentence_figures.start.begin(), sentence_figures.start.end() - 1);
    for (std::size_t i = 0; i < figures.size(); ++i) sentence_figures.add(at[i], at[i], figures[i].id, next);
    next.assign(sentence_quotes.start.begin(), sentence_quotes.start.end() - 1);
    for (std::size_t i = 0; i < quotes.size(); ++i)
      if (first[i] <= last[i]) sentence_quotes.add(first[i], last[i], quotes[i].id, next);
  }
  // With no threshold every sentence is a claim: allocated once at its size, not doubled (and copied)
  // a dozen times on the way.
  if (threshold <= 0) out.reserve(out.size() + n);
  for (uint32_t s = 0; s < n; ++s) {
    const Sentence& sent = doc.sentences[s];
    const uint32_t cues = words.sentence_cues(s);
    const SentenceScore& scored = words.sentence_score(s);
    const double score = claim_probability(scored.logit);
    // Compared as printed (3 decimals), so a claim shown as 0.5 passes a threshold of 0.5 (a score is never
    // below 0: no threshold of 0 or less leaves a sentence out).
    if (threshold > 0 && std::round(score * 1000.0) / 1000.0 < threshold) continue;
    Claim c;
    c.id = s + 1;  // "c3" is the claim of sentence 3 whatever the threshold, so ids stay valid across calls
    c.sentence = s;
    c.span = sent.span;
    c.score = score;
    c.reasons = reasons_for(cues, scored.wording);
    sentence_figures.to(s, c.figures);
    sentence_quotes.to(s, c.quotes);
    out.push_back(std::move(c));
  }
}

}  // namespace factlight
