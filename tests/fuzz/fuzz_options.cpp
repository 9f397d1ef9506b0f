// Fuzz target: the options object of the JSON API (CLI --options, wasm binding, JS API). Any bytes
// either give a clear error, itself valid JSON, or options under which a fixed text's analysis keeps
// every invariant, reports only the requested layers, and refuses the text only over maxBytes.
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

#include "factlight/analyze.hpp"
#include "factlight/json_writer.hpp"
#include "factlight/options.hpp"
#include "invariants.hpp"

namespace {

// Written for this target: quotes, a speaker, figures, an invalid byte, an emoji and a CRLF.
constexpr std::string_view kText =
    "\xE2\x80\x9CWe will open 12 clinics by 2027,\xE2\x80\x9D said Mayor Ines Varga. \xF0\x9F\x8F\xA5\r\n"
    "Costs rose 8% to \xE2\x82\xAC" "4.5 million, officials said \xFF in March.\n";

[[noreturn]] void fail(const std::string& what) {
  std::fprintf(stderr, "invariant violated: %s\n", what.c_str());
  std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  namespace inv = factlight::invariants;
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  const factlight::OptionsResult r = factlight::parse_options(input);
  if (!r.ok()) {
    const std::string err = factlight::error_json(r.error);
    const auto j = nlohmann::json::parse(err, nullptr, false);
    if (!inv::is_valid_utf8(err) || j.is_discarded() || !j.contains("error")) fail("an options error is not valid JSON: " + err);
    return 0;
  }
  const std::string json = factlight::analyze_to_json(kText, r.options);
  if (r.options.max_bytes < kText.size()) {
    if (json.find("maxBytes") == std::string::npos) fail("an over-limit text is not refused with a maxBytes error: " + json);
    return 0;
  }
  std::string normalized;
  const auto errors = inv::check_output(kText, r.options.offsets, json, &normalized);
  if (!errors.empty()) fail(inv::describe(errors));
  const auto j = nlohmann::json::parse(normalized);
  const factlight::Layers& l = r.options.layers;
  if ((!l.quotes && !j["quotes"].empty()) || (!l.figures && !j["figures"].empty()) ||
      (!l.claims && !j["claims"].empty()) || (!l.findings && !j["findings"].empty()))
    fail("a layer that was switched off is reported: " + std::string(input));
  if (j.contains("timings") != r.options.timings) fail("timings reported against the option");
  return 0;
}
