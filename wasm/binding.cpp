// The Embind binding: strings in, a JSON string out. Nothing for JS to delete().
//
// Two ways in. analyze(text, options) / claimreview(text, options) take and return JS strings through
// Embind's std::string conversion, which walks every byte in JS. The JS API (web/factlight.js) uses the
// buffer form instead: it encodes the text with TextEncoder.encodeInto() straight into a buffer from
// alloc(), analyzeUtf8(ptr, len, options) leaves the JSON in one output buffer and returns its length,
// and JS decodes it with TextDecoder from outputPtr() before calling releaseOutput(). Same core call,
// same bytes out; only the copying differs.
#include <emscripten/bind.h>
#include <malloc.h>

#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "factlight/analyze.hpp"
#include "factlight/claimreview.hpp"
#include "factlight/json_writer.hpp"

namespace {

// JS strings are indexed in UTF-16 code units, so that is the default unit here.
std::string analyze_json(std::string_view text, const std::string& options_json) {
  factlight::Options defaults;
  defaults.offsets = factlight::OffsetUnit::utf16;
  const factlight::OptionsResult o = factlight::parse_options(options_json, defaults);
  if (!o.ok()) return factlight::error_json(o.error);
  return factlight::analyze_to_json(text, o.options);
}

// ClaimReview JSON-LD skeletons: options as for analyze, plus claimIds (["c3", ...]); the threshold
// defaults to the shipped 0.5. Returns a JSON array, or {"schema", "error"}.
std::string claimreview_json(std::string_view text, const std::string& options_json) {
  factlight::Options defaults;
  defaults.offsets = factlight::OffsetUnit::utf16;
  defaults.claim_threshold = 0.5;
  const factlight::OptionsResult o = factlight::parse_options(options_json, defaults);
  if (!o.ok()) return factlight::error_json(o.error);
  return factlight::claimreview_to_json(text, o.options);
}

std::string analyze(const std::string& text, const std::string& options_json) {
  return analyze_json(text, options_json);
}
std::string claimreview(const std::string& text, const std::string& options_json) {
  return claimreview_json(text, options_json);
}

std::string version() { return factlight::version(); }

// ---- the buffer form ----
std::string g_output;  // the last buffer-form result, until releaseOutput()

std::uint32_t alloc(std::uint32_t bytes) {
  return static_cast<std::uint32_t>(reinterpret_cast<std::uintptr_t>(std::malloc(bytes ? bytes : 1)));
}
void release(std::uint32_t ptr) { std::free(reinterpret_cast<void*>(static_cast<std::uintptr_t>(ptr))); }

std::string_view view(std::uint32_t ptr, std::uint32_t len) {
  return {reinterpret_cast<const char*>(static_cast<std::uintptr_t>(ptr)), len};
}

std::uint32_t analyze_utf8(std::uint32_t ptr, std::uint32_t len, const std::string& options_json) {
  g_output = analyze_json(view(ptr, len), options_json);
  return static_cast<std::uint32_t>(g_output.size());
}

std::uint32_t claimreview_utf8(std::uint32_t ptr, std::uint32_t len, const std::string& options_json) {
  g_output = claimreview_json(view(ptr, len), options_json);
  return static_cast<std::uint32_t>(g_output.size());
}

std::uint32_t output_ptr() { return static_cast<std::uint32_t>(reinterpret_cast<std::uintptr_t>(g_output.data())); }
void release_output() { std::string().swap(g_output); }

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
  emscripten::function("alloc", &alloc);
  emscripten::function("release", &release);
  emscripten::function("analyzeUtf8", &analyze_utf8);
  emscripten::function("claimreviewUtf8", &claimreview_utf8);
  emscripten::function("outputPtr", &output_ptr);
  emscripten::function("releaseOutput", &release_output);
  emscripten::value_object<HeapStats>("HeapStats")
      .field("inUse", &HeapStats::in_use)
      .field("arena", &HeapStats::arena);
  emscripten::function("heapStats", &heap_stats);
}
