// The Embind binding: strings in, a JSON string out. Nothing for JS to delete().
#include <emscripten/bind.h>
#include <malloc.h>

#include <string>

#include "factlight/analyze.hpp"
#include "factlight/claimreview.hpp"
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

// ClaimReview JSON-LD skeletons: options as for analyze, plus claimIds (["c3", ...]); the threshold
// defaults to the shipped 0.5. Returns a JSON array, or {"schema", "error"}.
std::string claimreview(const std::string& text, const std::string& options_json) {
  factlight::Options defaults;
  defaults.offsets = factlight::OffsetUnit::utf16;
  defaults.claim_threshold = 0.5;
  const factlight::OptionsResult o = factlight::parse_options(options_json, defaults);
  if (!o.ok()) return factlight::error_json(o.error);
  return factlight::claimreview_to_json(text, o.options);
}

std::string version() { return factlight::version(); }

// The allocator's view of the heap, for the leak test: wasm memory never shrinks, so a leak shows
// only as bytes in use that never come back (tests/js/leak.test.mjs).
struct HeapStats {
  double in_use;  // bytes handed out by malloc and not yet freed
  double arena;   // bytes the allocator has taken from wasm memory
};

HeapStats heap_stats() {
  const struct mallinfo m = mallinfo();
  return {static_cast<double>(m.uordblks), static_cast<double>(m.arena)};
}

}  // namespace

EMSCRIPTEN_BINDINGS(factlight) {
  emscripten::function("analyze", &analyze);
  emscripten::function("claimreview", &claimreview);
  emscripten::function("version", &version);
  emscripten::value_object<HeapStats>("HeapStats")
      .field("inUse", &HeapStats::in_use)
      .field("arena", &HeapStats::arena);
  emscripten::function("heapStats", &heap_stats);
}
