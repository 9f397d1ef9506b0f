#include "factlight/analyze.hpp"

#include <algorithm>
#include <chrono>
#include <optional>

#include "claims_lexicon.hpp"
#include "factlight/extractors.hpp"
#include "factlight/json_writer.hpp"
#include "sort_order.hpp"

#ifndef FACTLIGHT_VERSION
#define FACTLIGHT_VERSION "0.0.0"
#endif

namespace factlight {
namespace {

class Stopwatch {
 public:
  double lap() {
    const auto now = std::chrono::steady_clock::now();
    const double ms = std::chrono::duration<double, std::milli>(now - last_).count();
    last_ = now;
    return ms;
  }

 private:
  std::chrono::steady_clock::time_point last_ = std::chrono::steady_clock::now();
};

}  // namespace

const char* version() { return FACTLIGHT_VERSION; }

AnalyzeResult analyze(std::string_view text, const Options& options) {
  AnalyzeResult r;
  if (text.size() > options.max_bytes) {
    r.error = "input is " + std::to_string(text.size()) + " bytes, more than the limit of " +
              std::to_string(options.max_bytes) + " bytes (option maxBytes)";
    return r;
  }
  if (text.size() > 0xFFFFFFF0u) {
    r.error = "input is larger than 4 GiB, which factlight cannot index";
    return r;
  }
  Stopwatch clock;
  auto a = std::make_unique<Analysis>(text);
  a->times.text = clock.lap();
  const Layers& layers = options.layers;
  // Quotes and figures feed claims; claims and everything else feed the findings.
  if (layers.figures || layers.claims || layers.findings) extract_figures(a->doc, a->figures);
  a->times.figures = clock.lap();
  std::vector<Finding> quote_findings;
  if (layers.quotes || layers.claims || layers.findings) {
    extract_quotes(a->doc, a->quotes, quote_findings);
    resolve_speakers(a->doc, a->quotes, a->speakers);
    a->doc.drop_lowered_text();  // their shared lowered copy of the text (TokenView)
  }
  a->times.quotes = clock.lap();
  // Claims and findings read the same feature words: looked up once (in the claims' time).
  std::optional<lexicon::FeatureWords> words;
  if (layers.claims || layers.findings) {
    words.emplace(a->doc);
    lexicon::score_claims(a->doc, *words, a->figures, a->quotes, options.claim_threshold, a->claims);
  }
  a->times.claims = clock.lap();
  if (layers.findings) {
    a->findings = std::move(quote_findings);
    lexicon::find_issues(*a, *words, a->findings);
    // In span order (begin, then end), ties as found: the shared sort of sort_order.cpp.
    std::vector<uint64_t> keys;
    keys.reserve(a->findings.size());
    for (const Finding& f : a->findings) keys.push_back(span_key(f.span));
    std::vector<Finding> sorted;
    sorted.reserve(a->findings.size());
    for (uint32_t i : stable_order(keys)) sorted.push_back(std::move(a->findings[i]));
    a->findings = std::move(sorted);
  }
  a->times.findings = clock.lap();
  // Layers that were computed only as inputs to others are not reported.
  if (!layers.figures) a->figures.clear();
  if (!layers.quotes) {
    a->quotes.clear();
    a->speakers.clear();
  }
  if (!layers.claims) a->claims.clear();
  r.analysis = std::move(a);
  return r;
}

std::string analyze_to_json(std::string_view text, const Options& options, int indent) {
  const AnalyzeResult r = analyze(text, options);
  if (!r.ok()) return error_json(r.error, indent);
  return to_json(*r.analysis, options, indent);
}

}  // namespace factlight
