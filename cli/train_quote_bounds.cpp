// train_quote_bounds: fits the boundary chooser of quotations with marks and writes
// core/src/quote_bounds_model.cpp.
//
//   train_quote_bounds --train FILE --dev FILE --out FILE [--l2 X] [--min-count N] [--show dev|dev-wrong|train-wrong] [--cv K] [--prune K] [--from MODEL]
//
// FILE: PolNeAR jsonl (one article a line: text and quotes with content fragments, byte offsets in
// start_utf8/end_utf8). The quote rules run on each article with the chooser off; each boundary they
// would let the chooser decide (quote_bounds.hpp) is matched to the annotated attribution whose content
// overlaps it most, and labelled with the candidate at that attribution's start (or end). Boundaries whose
// annotated position is no candidate are counted (the ceiling of the approach) and left out of the fit.
// Fitting: softmax over the candidates of each boundary (a conditional logistic regression), L2, L-BFGS,
// full batch, deterministic; only features seen in at least --min-count boundaries of train get a weight.
// --from MODEL takes the weights of a model file this trainer wrote instead of fitting, and --prune K drops the
// fixed-point weights of magnitude <= K (a smaller model); both are then measured as a fit would be.
// Only train is fitted; dev is reported. --cv K instead fits K times on train less one fold of its articles
// and reports the held-out folds: how features and settings are chosen without looking at dev.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "factlight/document.hpp"
#include "factlight/quote_bounds.hpp"
#include "lbfgs.hpp"

namespace {

namespace qb = factlight::quote_bounds;

double kL2 = 1e-4;
int kMinCount = 10;
long kPrune = 0;  // --prune K: fixed-point weights of magnitude <= K are dropped (smaller model)
bool g_show = false;  // --show dev: print the boundaries the model moves (dev), to read, never to store
bool g_show_wrong = false;  // --show dev-wrong: print every dev boundary the model gets wrong
int g_folds = 0;  // --cv K
bool g_show_train = false;  // --show train-wrong: the same on train (where rules and features are developed)
constexpr std::size_t kDim = std::size_t{1} << qb::kFeatureBits;

struct Example {
  std::vector<std::vector<uint32_t>> features;  // per candidate
  int gold = -1;                                // candidate index, -1 if none
  bool start = true;
  std::size_t article = 0;                      // for --show: where it is
  std::vector<uint32_t> bytes;
  uint32_t want = 0;                            // the annotated byte (for --show dev-wrong)
};

std::vector<std::string> g_texts;  // kept only for --show

struct Candidate {
  uint32_t byte = 0;
  std::vector<uint32_t> features;
};

struct Choice {
  bool start = true;
  factlight::ByteSpan fragment;
  std::vector<Candidate> candidates;
};

class Collect : public qb::Recorder {
 public:
  std::vector<Choice> choices;
  void boundary(bool start, factlight::ByteSpan fragment) override {
    choices.emplace_back();
    choices.back().start = start;
    choices.back().fragment = fragment;
  }
  void candidate(uint32_t byte, const uint32_t* features, std::size_t count) override {
    choices.back().candidates.push_back({byte, std::vector<uint32_t>(features, features + count)});
  }
};

struct Stats {
  std::size_t choices = 0, matched = 0, reachable = 0, rule_right = 0, model_right = 0;
  std::size_t by_side[2][4] = {};  // [start?][matched, reachable, rule_right, model_right]
};

bool load(const std::string& path, std::vector<Example>& out, Stats& st) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty()) continue;
    const nlohmann::json a = nlohmann::json::parse(line);
    const std::string text = a.at("text").get<std::string>();
    g_texts.push_back(text);
    struct Gold {
      uint32_t b, e;
    };
    std::vector<Gold> gold;
    // Each attribution's fragments, joined where only white space separates them (as the evaluation does).
    for (const auto& q : a.at("quotes")) {
      std::vector<Gold> f;
      for (const auto& c : q.at("contents")) f.push_back({c.at("start_utf8").get<uint32_t>(), c.at("end_utf8").get<uint32_t>()});
      std::sort(f.begin(), f.end(), [](const Gold& x, const Gold& y) { return x.b < y.b || (x.b == y.b && x.e < y.e); });
      std::vector<Gold> joined;
      for (const Gold& g : f) {
        bool blank = !joined.empty() && g.b >= joined.back().e;
        for (uint32_t i = blank ? joined.back().e : 0; blank && i < g.b; ++i)
          blank = text[i] == ' ' || text[i] == '\n' || text[i] == '\t' || text[i] == '\r';
        if (!joined.empty() && (blank || g.b < joined.back().e)) joined.back().e = std::max(joined.back().e, g.e);
        else joined.push_back(g);
      }
      gold.insert(gold.end(), joined.begin(), joined.end());
    }
    const factlight::Document doc(text);
    std::vector<factlight::Quote> quotes;
    std::vector<factlight::Finding> findings;
    Collect rec;
    qb::extract_quotes_traced(doc, quotes, findings, &rec, false);
    for (const Choice& c : rec.choices) {
      ++st.choices;
      const Gold* best = nullptr;
      uint32_t best_overlap = 0;
      for (const Gold& g : gold) {
        const uint32_t lo = std::max(g.b, c.fragment.begin), hi = std::min(g.e, c.fragment.end);
        if (hi > lo && hi - lo > best_overlap) {
          best_overlap = hi - lo;
          best = &g;
        }
      }
      if (!best) continue;
      Example ex;
      ex.start = c.start;
      ex.article = g_texts.size() - 1;
      for (const auto& cand : c.candidates) ex.bytes.push_back(cand.byte);
      const uint32_t want = c.start ? best->b : best->e;
      ex.want = want;
      for (std::size_t i = 0; i < c.candidates.size(); ++i) {
        ex.features.push_back(c.candidates[i].features);
        if (c.candidates[i].byte == want && ex.gold < 0) ex.gold = static_cast<int>(i);
      }
      out.push_back(std::move(ex));
    }
  }
  return true;
}

// Mean negative log likelihood of the gold candidates + l2/2 |w|^2, and its gradient.
double loss(const std::vector<Example>& data, const std::vector<double>& w, std::vector<double>& grad) {
  grad.assign(w.size(), 0.0);
  double total = 0.0;
  std::size_t n = 0;
  std::vector<double> z;
  for (const Example& ex : data) {
    if (ex.gold < 0) continue;
    ++n;
    z.assign(ex.features.size(), 0.0);
    for (std::size_t i = 0; i < z.size(); ++i)
      for (uint32_t f : ex.features[i]) z[i] += w[f];
    const double mx = *std::max_element(z.begin(), z.end());
    double sum = 0;
    for (double x : z) sum += std::exp(x - mx);
    total += mx + std::log(sum) - z[static_cast<std::size_t>(ex.gold)];
    for (std::size_t i = 0; i < z.size(); ++i) {
      const double p = std::exp(z[i] - mx) / sum - (static_cast<int>(i) == ex.gold ? 1.0 : 0.0);
      for (uint32_t f : ex.features[i]) grad[f] += p;
    }
  }
  const double inv = n ? 1.0 / static_cast<double>(n) : 0.0;
  total *= inv;
  for (double& g : grad) g *= inv;
  for (std::size_t c = 0; c < w.size(); ++c) {
    total += 0.5 * kL2 * w[c] * w[c];
    grad[c] += kL2 * w[c];
  }
  return total;
}

// Softmax regression fitted by the shared L-BFGS (cli/lbfgs.hpp).
std::vector<double> fit(const std::vector<Example>& data) {
  factlight::train::Fit r = factlight::train::lbfgs(
      kDim, 300, [&](const std::vector<double>& w, std::vector<double>& g) { return loss(data, w, g); },
      [](double f_old, double f_new, const std::vector<double>&) { return std::fabs(f_old - f_new) < 1e-9; });
  if (r.converged)
    std::cerr << "fit: converged after " << r.iterations << " iterations, loss " << r.loss << "\n";
  else
    std::cerr << "fit: stopped after 300 iterations, loss " << r.loss << "\n";
  return std::move(r.w);
}

// One boundary in its text: rule {{R}}, model <<M>>, annotation [[G]].
void show(const Example& ex, std::size_t best, const char* tag) {
  const std::string& text = g_texts[ex.article];
  const uint32_t rb = ex.bytes[0], mb = ex.bytes[best], gb = ex.want;
  const uint32_t lo = std::min({rb, mb, gb}) > 70 ? std::min({rb, mb, gb}) - 70 : 0;
  const uint32_t hi = std::min<uint32_t>(static_cast<uint32_t>(text.size()), std::max({rb, mb, gb}) + 50);
  std::string piece;
  for (uint32_t i = lo; i < hi; ++i) {
    if (i == gb) piece += "[[G]]";
    if (i == rb) piece += "{{R}}";
    if (i == mb) piece += "<<M>>";
    piece += text[i] == '\n' ? '|' : text[i];
  }
  std::cout << tag << (ex.start ? "start " : "end   ") << piece << "\n";
}

// Accuracy of the rules' candidate (index 0) and of the fixed-point model over matched boundaries.
void score(const std::vector<Example>& data, const std::vector<int16_t>& w, Stats& st) {
  for (const Example& ex : data) {
    auto& side = st.by_side[ex.start ? 1 : 0];
    ++st.matched;
    ++side[0];
    if (ex.gold < 0) {
      if (g_show && g_show_wrong) show(ex, 0, "OUT  ");
      continue;
    }
    ++st.reachable;
    ++side[1];
    std::size_t best = 0;
    int64_t best_s = 0;
    for (std::size_t i = 0; i < ex.features.size(); ++i) {
      int64_t s = 0;
      for (uint32_t f : ex.features[i]) s += w[f];
      if (i == 0 || s > best_s) {
        best = i;
        best_s = s;
      }
    }
    if (ex.gold == 0) {
      ++st.rule_right;
      ++side[2];
    }
    if (static_cast<int>(best) == ex.gold) {
      ++st.model_right;
      ++side[3];
    }
    if (g_show && (g_show_wrong ? static_cast<int>(best) != ex.gold : best != 0))
      show(ex, best, ex.gold == static_cast<int>(best) ? "WIN  " : ex.gold == 0 ? "LOSS " : "MOVE ");
  }
}

std::string report(const char* name, const Stats& st) {
  char buf[512];
  std::string out;
  std::snprintf(buf, sizeof buf, "//   %-5s %zu boundaries, %zu matched to an annotation, gold among the candidates %zu (%.1f %%);\n",
                name, st.choices, st.matched, st.reachable, 100.0 * static_cast<double>(st.reachable) / static_cast<double>(std::max<std::size_t>(1, st.matched)));
  out += buf;
  std::snprintf(buf, sizeof buf, "//         right: rules %zu, model %zu", st.rule_right, st.model_right);
  out += buf;
  for (int s = 1; s >= 0; --s) {
    std::snprintf(buf, sizeof buf, "; %s %zu/%zu reachable, rules %zu, model %zu", s ? "starts" : "ends",
                  st.by_side[s][1], st.by_side[s][0], st.by_side[s][2], st.by_side[s][3]);
    out += buf;
  }
  return out + "\n";
}

// Fits on `data` (features seen in fewer than kMinCount of its boundaries get no weight) and returns the
// fixed-point weights, with the kept slots and values in ascending slot order.
std::vector<int16_t> fit_fixed(std::vector<Example> data, std::vector<uint16_t>& kept_features, std::vector<int>& kept_values) {
  std::vector<uint32_t> seen(kDim, 0), last(kDim, UINT32_MAX);
  for (std::size_t e = 0; e < data.size(); ++e)
    for (const auto& fs : data[e].features)
      for (uint32_t f : fs)
        if (last[f] != e) {
          last[f] = static_cast<uint32_t>(e);
          ++seen[f];
        }
  for (Example& ex : data)
    for (auto& fs : ex.features)
      fs.erase(std::remove_if(fs.begin(), fs.end(), [&](uint32_t f) { return seen[f] < static_cast<uint32_t>(kMinCount); }),
               fs.end());
  const std::vector<double> w = fit(data);
  std::vector<int16_t> fixed(kDim, 0);
  for (std::size_t f = 0; f < kDim; ++f) {
    const long q = std::max(-127L, std::min(127L, std::lround(w[f] * qb::kScale)));
    if (std::labs(q) <= kPrune) continue;
    fixed[f] = static_cast<int16_t>(q);
    kept_features.push_back(static_cast<uint16_t>(f));
    kept_values.push_back(static_cast<int>(q));
  }
  return fixed;
}

// --from FILE: the weights of a model file this trainer wrote (the shipped one, say) instead of a fit, so
// that --prune can make a model smaller without refitting it. Also returns FILE's line that says how it
// was fitted. False if FILE is no such file.
bool load_model(const std::string& path, std::vector<uint16_t>& slots, std::vector<int>& values, std::string& fit_line) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::stringstream ss;
  ss << in.rdbuf();
  const std::string src = ss.str();
  auto ints = [&](const char* name) {
    std::vector<long> out;
    const std::size_t b = src.find(name), e = b == std::string::npos ? b : src.find("};", b);
    if (e == std::string::npos) return out;
    std::istringstream list(src.substr(src.find('{', b) + 1, e - src.find('{', b) - 1));
    for (std::string item; std::getline(list, item, ',');)
      if (item.find_first_of("-0123456789") != std::string::npos) out.push_back(std::atol(item.c_str()));
    return out;
  };
  const std::vector<long> gaps = ints("kFeatureGaps[] = {"), vals = ints("kValues[] = {");
  std::vector<uint8_t> g(gaps.begin(), gaps.end());
  slots.clear();
  qb::decode_feature_gaps(g.data(), g.size(), [&](uint32_t slot, std::size_t) { slots.push_back(static_cast<uint16_t>(slot)); });
  if (slots.empty() || slots.size() != vals.size()) return false;
  values.assign(vals.begin(), vals.end());
  const std::size_t f = src.find("// Softmax over candidates");
  fit_line = f == std::string::npos ? std::string() : src.substr(f, src.find('\n', f) - f + 1);
  return true;
}

}  // namespace

int main(int argc, char** argv) {
  std::string train_path, dev_path, out_path, from_path;
  for (int i = 1; i + 1 < argc; i += 2) {
    const std::string a = argv[i];
    if (a == "--train") train_path = argv[i + 1];
    else if (a == "--dev") dev_path = argv[i + 1];
    else if (a == "--out") out_path = argv[i + 1];
    else if (a == "--l2") kL2 = std::atof(argv[i + 1]);
    else if (a == "--min-count") kMinCount = std::atoi(argv[i + 1]);
    else if (a == "--cv") g_folds = std::atoi(argv[i + 1]);
    else if (a == "--prune") kPrune = std::atol(argv[i + 1]);
    else if (a == "--from") from_path = argv[i + 1];
    else if (a == "--show") {
      const std::string what = argv[i + 1];
      g_show = what == "dev" || what == "dev-wrong" || what == "train-wrong";
      g_show_wrong = what == "dev-wrong" || what == "train-wrong";
      g_show_train = what == "train-wrong";
    }
    else {
      std::cerr << "train_quote_bounds: unknown option " << a << "\n";
      return 2;
    }
  }
  if (train_path.empty() || dev_path.empty() || out_path.empty()) {
    std::cerr << "usage: train_quote_bounds --train FILE --dev FILE --out FILE [--l2 X] [--min-count N] [--show dev|dev-wrong|train-wrong] [--cv K] [--prune K] [--from MODEL]\n";
    return 2;
  }
  std::vector<Example> train, dev;
  Stats st_train, st_dev;
  if (!load(train_path, train, st_train) || !load(dev_path, dev, st_dev)) {
    std::cerr << "train_quote_bounds: cannot read the data\n";
    return 1;
  }
  // --cv K: K-fold cross-validation over the train articles (fold = article index mod K), to choose
  // features and settings on train alone; prints the held-out counts and writes nothing.
  if (g_folds > 1) {
    Stats held;
    std::size_t weights = 0;
    for (int k = 0; k < g_folds; ++k) {
      std::vector<Example> fit_part, held_part;
      for (const Example& ex : train)
        (static_cast<int>(ex.article % static_cast<std::size_t>(g_folds)) == k ? held_part : fit_part).push_back(ex);
      std::vector<uint16_t> kf;
      std::vector<int> kv;
      const std::vector<int16_t> fx = fit_fixed(fit_part, kf, kv);
      weights += kf.size();
      score(held_part, fx, held);
    }
    std::cerr << "cv " << g_folds << " folds (train only), mean weights " << weights / static_cast<std::size_t>(g_folds) << "\n"
              << report("held", held);
    return 0;
  }
  std::vector<uint16_t> kept_features;
  std::vector<int> kept_values;
  std::vector<int16_t> fixed(kDim, 0);
  std::string fit_line;
  std::size_t from_count = 0;
  if (!from_path.empty()) {
    std::vector<uint16_t> slots;
    std::vector<int> values;
    if (!load_model(from_path, slots, values, fit_line)) {
      std::cerr << "train_quote_bounds: " << from_path << " is no model file written by this trainer\n";
      return 1;
    }
    from_count = slots.size();
    for (std::size_t i = 0; i < slots.size(); ++i) {
      if (std::labs(values[i]) <= kPrune) continue;
      fixed[slots[i]] = static_cast<int16_t>(values[i]);
      kept_features.push_back(slots[i]);
      kept_values.push_back(values[i]);
    }
  } else {
    fixed = fit_fixed(train, kept_features, kept_values);
  }
  const bool show = g_show;
  g_show = show && g_show_train;
  score(train, fixed, st_train);
  g_show = show && !g_show_train;
  score(dev, fixed, st_dev);
  const std::string rep = report("train", st_train) + report("dev", st_dev);
  std::cerr << rep;
  std::ofstream out(out_path, std::ios::binary);
  out << "// GENERATED by scripts/train-quote-bounds (cli/train_quote_bounds.cpp). Do not edit: refit instead.\n"
         "//\n"
         "// The boundary chooser of quotations with marks (quote_bounds.hpp), fitted on PolNeAR train\n"
         "// (../shared/data/quotes/polnear_train.jsonl; Newell, Margolin and Ruths, LREC 2018). No text of the data\n"
         "// is stored here, only hashed feature slots and their weights (fixed point, 1/"
      << qb::kScale << ").\n";
  char buf[256];
  if (from_path.empty()) {
    std::snprintf(buf, sizeof buf, "// Softmax over candidates, L2 %g, features seen in >= %d training boundaries: %zu weights.\n", kL2,
                  kMinCount, kept_features.size());
  } else {  // (the fit's own line, then what became of it)
    out << fit_line;
    std::snprintf(buf, sizeof buf, "// Not refitted (--from): weights of magnitude <= %ld/%d dropped (--prune), %zu of the %zu kept.\n",
                  kPrune, qb::kScale, kept_features.size(), from_count);
  }
  out << buf << "// Measured by the trainer (a boundary is right when it is the annotated one):\n" << rep;
  out << "#include \"factlight/quote_bounds.hpp\"\n\nnamespace factlight::quote_bounds {\n\n"
         "// The slots as gaps (quote_bounds.hpp).\nconst uint8_t kFeatureGaps[] = {\n";
  const std::size_t count = kept_features.size();
  std::vector<uint8_t> gaps;
  qb::encode_feature_gaps(kept_features, gaps);
  for (std::size_t i = 0; i < gaps.size(); ++i)
    out << (i % 20 == 0 ? "    " : " ") << int{gaps[i]} << "," << (i % 20 == 19 || i + 1 == gaps.size() ? "\n" : "");
  if (gaps.empty()) out << "    0,\n";
  out << "};\nconst std::size_t kFeatureGapCount = " << gaps.size() << ";\nconst int8_t kValues[] = {\n";
  for (std::size_t i = 0; i < count; ++i)
    out << (i % 16 == 0 ? "    " : " ") << kept_values[i] << "," << (i % 16 == 15 || i + 1 == count ? "\n" : "");
  if (count == 0) out << "    0,\n";
  out << "};\nconst std::size_t kWeightCount = " << count << ";\n\n}  // namespace factlight::quote_bounds\n";
  if (!out) {
    std::cerr << "train_quote_bounds: cannot write " << out_path << "\n";
    return 1;
  }
  return 0;
}
