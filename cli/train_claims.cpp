// train_claims: fits the check-worthiness model and writes core/src/claims_model.cpp.
//
//   train_claims --data DIR --out FILE
//
// DIR holds the CLEF CheckThat! 2024 task 1 English files (CT24_checkworthy_english_{train,dev,dev-test}.tsv).
// The features are the core's own (claims_features.hpp), computed on each training sentence as one text.
// Fitting: L2-regularised logistic regression (L-BFGS, full batch, deterministic) over the cues and every
// word or word pair seen in at least kMinDocs training sentences; the kVocab grams with the largest weights
// are kept and the model is refitted on the cues plus those. The decision threshold is chosen on dev (F1 of
// the Yes class) and folded into the bias, so that 0.5 is the shipped threshold. dev-test is only reported.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <iostream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "factlight/claims_features.hpp"
#include "factlight/claims_model.hpp"
#include "factlight/document.hpp"
#include "lbfgs.hpp"

namespace {

using factlight::ClaimCue;
using factlight::kCueCount;

// Hyperparameters (chosen on dev; --min-docs, --vocab, --l2 override them for experiments).
int kMinDocs = 3;            // a gram must occur in this many training sentences to be a candidate
std::size_t kVocab = 600;    // grams kept in the shipped model
double kL2Select = 1e-3;     // regularisation of the first fit (all candidates)
double kL2Final = 1e-3;      // regularisation of the shipped fit
constexpr double kDecimals = 1e4;   // weights are written with 4 decimals

struct Example {
  std::string text;
  bool yes = false;
  factlight::ClaimCues cues{};
  std::vector<std::string> grams;
};

// A CSV reader with tab as the separator: quoted fields, "" inside quotes, CRLF or LF line ends.
bool read_tsv(const std::string& path, std::vector<std::vector<std::string>>& rows) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::stringstream ss;
  ss << in.rdbuf();
  const std::string s = ss.str();
  std::vector<std::string> row;
  std::string field;
  bool quoted = false, field_started = false;
  for (std::size_t i = 0; i < s.size(); ++i) {
    const char c = s[i];
    if (quoted) {
      if (c == '"') {
        if (i + 1 < s.size() && s[i + 1] == '"') {
          field.push_back('"');
          ++i;
        } else {
          quoted = false;
        }
      } else {
        field.push_back(c);
      }
    } else if (c == '"' && !field_started) {
      quoted = true;
      field_started = true;
    } else if (c == '\t') {
      row.push_back(std::move(field));
      field.clear();
      field_started = false;
    } else if (c == '\r' || c == '\n') {
      if (c == '\r' && i + 1 < s.size() && s[i + 1] == '\n') ++i;
      row.push_back(std::move(field));
      field.clear();
      field_started = false;
      if (!(row.size() == 1 && row[0].empty())) rows.push_back(std::move(row));
      row.clear();
    } else {
      field.push_back(c);
      field_started = true;
    }
  }
  if (field_started || !row.empty()) {
    row.push_back(std::move(field));
    rows.push_back(std::move(row));
  }
  return true;
}

bool load(const std::string& path, std::vector<Example>& out) {
  std::vector<std::vector<std::string>> rows;
  if (!read_tsv(path, rows) || rows.empty()) return false;
  const auto& header = rows[0];
  int text_col = -1, label_col = -1;
  for (std::size_t c = 0; c < header.size(); ++c) {
    if (header[c] == "Text") text_col = static_cast<int>(c);
    if (header[c] == "class_label") label_col = static_cast<int>(c);
  }
  if (text_col < 0 || label_col < 0) return false;
  for (std::size_t r = 1; r < rows.size(); ++r) {
    const auto& row = rows[r];
    if (row.size() <= static_cast<std::size_t>(std::max(text_col, label_col))) continue;
    Example e;
    e.text = row[text_col];
    e.yes = row[label_col] == "Yes";
    const factlight::Document doc(e.text);
    const auto n = static_cast<uint32_t>(doc.tokens.size());
    e.cues = factlight::claim_cues(doc, 0, n);
    e.grams = factlight::claim_ngrams(doc, 0, n);
    out.push_back(std::move(e));
  }
  return true;
}

// A sparse design matrix: row i has the cue values (dense, columns 0..kCueCount-1) and gram columns.
struct Design {
  std::vector<factlight::ClaimCues> cues;
  std::vector<std::vector<uint32_t>> grams;  // column indices (kCueCount + gram index)
  std::vector<double> y;
  std::size_t columns = 0;  // without the bias, which is the last weight
};

Design design(const std::vector<Example>& data, const std::vector<std::string>& vocab) {
  Design d;
  d.columns = kCueCount + vocab.size();
  for (const Example& e : data) {
    d.cues.push_back(e.cues);
    std::vector<uint32_t> cols;
    for (const std::string& g : e.grams) {
      const auto it = std::lower_bound(vocab.begin(), vocab.end(), g);
      if (it != vocab.end() && *it == g) cols.push_back(static_cast<uint32_t>(kCueCount + (it - vocab.begin())));
    }
    d.grams.push_back(std::move(cols));
    d.y.push_back(e.yes ? 1.0 : 0.0);
  }
  return d;
}

// Mean log loss + l2/2 |w|^2 (bias excluded) and its gradient.
double loss(const Design& d, const std::vector<double>& w, double l2, std::vector<double>& grad) {
  const std::size_t n = d.y.size();
  const double bias = w[d.columns];
  grad.assign(w.size(), 0.0);
  double total = 0.0;
  for (std::size_t i = 0; i < n; ++i) {
    double z = bias;
    for (unsigned c = 0; c < kCueCount; ++c) z += w[c] * d.cues[i][c];
    for (uint32_t col : d.grams[i]) z += w[col];
    // log(1 + e^z) - y z, computed stably
    const double lse = z > 0 ? z + std::log1p(std::exp(-z)) : std::log1p(std::exp(z));
    total += lse - d.y[i] * z;
    const double p = 1.0 / (1.0 + std::exp(-z));
    const double g = (p - d.y[i]) / static_cast<double>(n);
    for (unsigned c = 0; c < kCueCount; ++c) grad[c] += g * d.cues[i][c];
    for (uint32_t col : d.grams[i]) grad[col] += g;
    grad[d.columns] += g;
  }
  total /= static_cast<double>(n);
  for (std::size_t c = 0; c < d.columns; ++c) {
    total += 0.5 * l2 * w[c] * w[c];
    grad[c] += l2 * w[c];
  }
  return total;
}

// Logistic regression fitted by the shared L-BFGS (cli/lbfgs.hpp).
std::vector<double> fit(const Design& d, double l2) {
  return factlight::train::lbfgs(d.columns + 1, 500,
                      [&](const std::vector<double>& w, std::vector<double>& g) { return loss(d, w, l2, g); },
                      [](double f_old, double f_new, const std::vector<double>& g) {
                        return std::sqrt(factlight::train::dot(g, g)) < 1e-7 || f_old - f_new < 1e-12;
                      })
      .w;
}

double round_weight(double x) { return std::round(x * kDecimals) / kDecimals; }

struct Prf {
  double precision = 0, recall = 0, f1 = 0;
  int tp = 0, fp = 0, fn = 0;
};

Prf prf(const std::vector<double>& scores, const std::vector<Example>& data, double threshold) {
  Prf r;
  for (std::size_t i = 0; i < data.size(); ++i) {
    const bool pred = scores[i] >= threshold;
    if (pred && data[i].yes) ++r.tp;
    else if (pred) ++r.fp;
    else if (data[i].yes) ++r.fn;
  }
  r.precision = r.tp + r.fp ? static_cast<double>(r.tp) / (r.tp + r.fp) : 0;
  r.recall = r.tp + r.fn ? static_cast<double>(r.tp) / (r.tp + r.fn) : 0;
  r.f1 = r.precision + r.recall > 0 ? 2 * r.precision * r.recall / (r.precision + r.recall) : 0;
  return r;
}

// Logits of the model as the core computes them.
std::vector<double> logits(const factlight::ClaimModel& model, const std::vector<Example>& data) {
  std::vector<double> out;
  for (const Example& e : data) out.push_back(factlight::claim_logit(model, e.cues, e.grams).total);
  return out;
}

// The decision threshold in logits, chosen on data: F1 of the Yes class is flat near its best, and the
// exact argmax moves with a handful of sentences, so take the median of every threshold (midpoints between
// neighbouring distinct logits) whose F1 is within kPlateau of the best.
constexpr double kPlateau = 0.01;
double best_threshold(const std::vector<double>& z, const std::vector<Example>& data) {
  std::vector<double> sorted = z;
  std::sort(sorted.begin(), sorted.end());
  sorted.erase(std::unique(sorted.begin(), sorted.end()), sorted.end());
  std::vector<std::pair<double, double>> curve;  // (threshold, F1)
  double best_f1 = 0.0;
  for (std::size_t i = 0; i + 1 < sorted.size(); ++i) {
    const double t = 0.5 * (sorted[i] + sorted[i + 1]);
    curve.emplace_back(t, prf(z, data, t).f1);
    best_f1 = std::max(best_f1, curve.back().second);
  }
  std::vector<double> near;
  for (const auto& [t, f1] : curve)
    if (f1 >= best_f1 - kPlateau) near.push_back(t);
  return near.empty() ? 0.0 : near[near.size() / 2];
}

std::string c_string(const std::string& s) {
  std::string out = "\"";
  char buf[8];
  for (unsigned char c : s) {
    if (c == '"' || c == '\\') {
      out.push_back('\\');
      out.push_back(static_cast<char>(c));
    } else if (c < 0x20 || c >= 0x7F) {
      std::snprintf(buf, sizeof buf, "\\%03o", c);
      out += buf;
    } else {
      out.push_back(static_cast<char>(c));
    }
  }
  return out + "\"";
}

std::string fixed4(double x) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.4f", x);
  return std::strcmp(buf, "-0.0000") == 0 ? "0.0000" : buf;
}

}  // namespace

int main(int argc, char** argv) {
  std::string dir, out_path;
  for (int i = 1; i + 1 < argc; i += 2) {
    if (std::strcmp(argv[i], "--data") == 0) dir = argv[i + 1];
    else if (std::strcmp(argv[i], "--out") == 0) out_path = argv[i + 1];
    else if (std::strcmp(argv[i], "--min-docs") == 0) kMinDocs = std::atoi(argv[i + 1]);
    else if (std::strcmp(argv[i], "--vocab") == 0) kVocab = static_cast<std::size_t>(std::atol(argv[i + 1]));
    else if (std::strcmp(argv[i], "--l2") == 0) kL2Select = kL2Final = std::atof(argv[i + 1]);
  }
  if (dir.empty() || out_path.empty()) {
    std::cerr << "usage: train_claims --data DIR --out core/src/claims_model.cpp\n";
    return 2;
  }
  std::vector<Example> train, dev, devtest;
  const std::string prefix = dir + "/CT24_checkworthy_english_";
  if (!load(prefix + "train.tsv", train) || !load(prefix + "dev.tsv", dev) || !load(prefix + "dev-test.tsv", devtest)) {
    std::cerr << "train_claims: cannot read the CT24 files in " << dir << "\n";
    return 1;
  }
  std::cerr << "train " << train.size() << ", dev " << dev.size() << ", dev-test " << devtest.size() << "\n";

  // Candidates: grams in at least kMinDocs training sentences (std::map: sorted, deterministic).
  std::map<std::string, int> df;
  for (const Example& e : train)
    for (const std::string& g : e.grams) ++df[g];
  std::vector<std::string> candidates;
  for (const auto& [g, n] : df)
    if (n >= kMinDocs) candidates.push_back(g);
  std::cerr << "candidate grams " << candidates.size() << "\n";

  // First fit on everything, then keep the grams that weigh most.
  const std::vector<double> w_all = fit(design(train, candidates), kL2Select);
  std::vector<std::pair<double, std::size_t>> strength;
  for (std::size_t k = 0; k < candidates.size(); ++k) strength.emplace_back(-std::fabs(w_all[kCueCount + k]), k);
  std::sort(strength.begin(), strength.end());  // ties broken by gram order
  std::vector<std::string> vocab;
  for (std::size_t k = 0; k < std::min(kVocab, strength.size()); ++k) vocab.push_back(candidates[strength[k].second]);
  std::sort(vocab.begin(), vocab.end());

  const std::vector<double> w = fit(design(train, vocab), kL2Final);
  std::vector<double> cue_weights(kCueCount);
  for (unsigned c = 0; c < kCueCount; ++c) cue_weights[c] = round_weight(w[c]);
  std::vector<factlight::LexicalWeight> lexical;
  for (std::size_t k = 0; k < vocab.size(); ++k) {
    const double x = round_weight(w[kCueCount + k]);
    if (x != 0.0) lexical.push_back({vocab[k].c_str(), x});
  }
  factlight::ClaimModel model;
  model.bias = round_weight(w[kCueCount + vocab.size()]);
  model.cue_weights = cue_weights.data();
  model.lexical = lexical.data();
  model.lexical_size = lexical.size();

  // The threshold on dev, folded into the bias (rounded like every weight, then re-measured).
  const double t = best_threshold(logits(model, dev), dev);
  model.bias = round_weight(model.bias - t);
  auto report = [&](const char* name, const std::vector<Example>& data) {
    const Prf r = prf(logits(model, data), data, 0.0);
    char buf[200];
    std::snprintf(buf, sizeof buf, "%-9s P %.3f  R %.3f  F1 %.3f  (Yes class, whole sentences)", name, r.precision,
                  r.recall, r.f1);
    std::cerr << buf << "\n";
    return std::string(buf);
  };
  const std::string r_train = report("train", train), r_dev = report("dev", dev), r_devtest = report("dev-test", devtest);

  std::ofstream out(out_path, std::ios::binary);
  out << "// GENERATED by scripts/train-claims (cli/train_claims.cpp). Do not edit: refit instead.\n"
         "//\n"
         "// Check-worthiness weights fitted on the CLEF CheckThat! 2024 task 1 English training set\n"
         "// (CT24_checkworthy_english_train.tsv: ClaimBuster crowdsourced sentences from US presidential\n"
         "// debates; Arslan, Hassan, Li and Tremayne, \"A Benchmark Dataset of Check-worthy Factual Claims\",\n"
         "// ICWSM 2020; CheckThat! lab at CLEF 2024, free for research use). No sentence of the data is stored\n"
         "// here, only words and word pairs with their weights.\n"
         "//\n"
         "// Logistic regression, L2 "
      << kL2Final << ", " << lexical.size() << " grams (of " << candidates.size()
      << " seen in >= " << kMinDocs << " sentences) + " << static_cast<int>(kCueCount)
      << " cues.\n// The bias includes the threshold chosen on dev (logit "
      << fixed4(t) << "), so 0.5 is the shipped threshold.\n// Measured by the trainer on whole lines:\n"
      << "//   " << r_train << "\n//   " << r_dev << "\n//   " << r_devtest << "\n"
      << "#include \"factlight/claims_model.hpp\"\n\nnamespace factlight {\nnamespace {\n\n"
      << "const double kCueWeights[kCueCount] = {\n";
  for (unsigned c = 0; c < kCueCount; ++c)
    out << "    " << fixed4(cue_weights[c]) << ",  // " << factlight::cue_name(static_cast<ClaimCue>(c)) << "\n";
  // The grams and their weights packed (claims_model.hpp: unpack_lexical).
  out << "};\n\n// The grams, in byte order, each ended by a line feed.\nconst char kGrams[] =\n";
  for (const auto& lw : lexical) {
    std::string literal = c_string(lw.gram);
    literal.insert(literal.size() - 1, "\\n");
    out << "    " << literal << "\n";
  }
  if (lexical.empty()) out << "    \"\"\n";
  out << "    ;\n// Their weights in ten-thousandths.\nconst int16_t kGramWeights[] = {\n";
  for (std::size_t i = 0; i < lexical.size(); ++i) {
    const long k = std::lround(lexical[i].weight * kDecimals);
    if (k < -32768 || k > 32767) {
      std::cerr << "train_claims: a weight beyond int16 ten-thousandths: widen kGramWeights\n";
      return 1;
    }
    out << (i % 12 == 0 ? "    " : " ") << k << "," << (i % 12 == 11 || i + 1 == lexical.size() ? "\n" : "");
  }
  if (lexical.empty()) out << "    0,\n";
  out << "};\n\n}  // namespace\n\nconst ClaimModel& claim_model() {\n"
      << "  static const UnpackedLexical lexical =\n"
      << "      unpack_lexical(kGrams, sizeof kGrams - 1, kGramWeights, " << lexical.size() << ");\n"
      << "  static const ClaimModel m{" << fixed4(model.bias)
      << ", kCueWeights, lexical.weights.data(), lexical.weights.size()};\n"
      << "  return m;\n}\n\n}  // namespace factlight\n";
  if (!out) {
    std::cerr << "train_claims: cannot write " << out_path << "\n";
    return 1;
  }
  std::cerr << "wrote " << out_path << "\n";
  return 0;
}
