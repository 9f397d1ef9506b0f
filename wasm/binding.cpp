// The Embind binding: strings in, a JSON string out. Nothing for JS to delete().
//
// Two ways in. analyze(text, options) / claimreview(text, options) take and return JS strings through
// Embind's std::string conversion, which walks every byte in JS and holds the whole output in wasm
// memory. The JS API (web/factlight.js) uses the buffer form instead: it copies the UTF-8 text into a
// buffer from alloc(), and analyzeUtf8(ptr, len, options, sink) streams the JSON to `sink` in pieces that
// JS decodes with TextDecoder. Same core call, same bytes out; only the copying differs.
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
std::uint32_t alloc(std::uint32_t bytes) {
  return static_cast<std::uint32_t>(reinterpret_cast<std::uintptr_t>(std::malloc(bytes ? bytes : 1)));
}
void release(std::uint32_t ptr) { std::free(reinterpret_cast<void*>(static_cast<std::uintptr_t>(ptr))); }

std::string_view view(std::uint32_t ptr, std::uint32_t len) {
  return {reinterpret_cast<const char*>(static_cast<std::uintptr_t>(ptr)), len};
}

// Hands `sink` (a JS function) each piece as a Uint8Array view of wasm memory, valid only during the call.
void send(const emscripten::val& sink, std::string_view piece) {
  sink(emscripten::val(emscripten::typed_memory_view(piece.size(), reinterpret_cast<const unsigned char*>(piece.data()))));
}

// The analysis's JSON streamed to `sink` in pieces of about 64 KiB, so the whole output (several times the
// input) is never held in wasm memory: its peak stays the input plus the analysis.
void analyze_utf8(std::uint32_t ptr, std::uint32_t len, const std::string& options_json, emscripten::val sink) {
  factlight::Options defaults;
  defaults.offsets = factlight::OffsetUnit::utf16;
  const factlight::OptionsResult o = factlight::parse_options(options_json, defaults);
  if (!o.ok()) return send(sink, factlight::error_json(o.error));
  const factlight::AnalyzeResult r = factlight::analyze(view(ptr, len), o.options);
  if (!r.ok()) return send(sink, factlight::error_json(r.error));
  factlight::write_json(*r.analysis, o.options, -1, [&sink](std::string_view piece) { send(sink, piece); });
}

void claimreview_utf8(std::uint32_t ptr, std::uint32_t len, const std::string& options_json, emscripten::val sink) {
  send(sink, claimreview_json(view(ptr, len), options_json));
}

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
  emscripten::value_object<HeapStats>("HeapStats")
      .field("inUse", &HeapStats::in_use)
      .field("arena", &HeapStats::arena);
  emscripten::function("heapStats", &heap_stats);
}
