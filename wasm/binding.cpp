// The Embind binding: strings in, a JSON string out. Nothing for JS to delete().
#include <emscripten/bind.h>

#include <string>

#include "factlight/analyze.hpp"
#include "factlight/json_writer.hpp"

namespace {

// JS strings are indexed in UTF-16 code units, so that is the default unit here.
std::string analyze(const std::string& text, const std::string& options_json) {
  factlight::Options defaults;
  defaults.offsets = factlight::OffsetUnit::utf16;
  const factlight::OptionsResult o = factlight::parse_options(options_json, defaults);
  if (!o.ok()) return factlight::error_json(o.error);
  return factlight::analyze_to_json(text, o.options);
}

std::string version() { return factlight::version(); }

}  // namespace

EMSCRIPTEN_BINDINGS(factlight) {
  emscripten::function("analyze", &analyze);
  emscripten::function("version", &version);
}
