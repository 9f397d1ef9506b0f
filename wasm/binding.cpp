// The wasm binding: plain C exports over wasm memory, no Embind and no emcc JS glue. web/factlight.js
// instantiates the module itself and builds the module object (analyze, analyzeCompact, claimreview,
// version, alloc, release, heapStats) from these exports; the only import of ours is fl_sink, through
// which every output reaches JS.
//
// Strings cross as UTF-8 bytes in buffers from fl_alloc: JS encodes the text and the options JSON into
// them and decodes each piece fl_sink hands back (a view of wasm memory, valid during the call only).
#include <emscripten/emscripten.h>
#include <malloc.h>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "factlight/analyze.hpp"
#include "factlight/claimreview.hpp"
#include "factlight/json_writer.hpp"

extern "C" {
// Provided by web/factlight.js: one piece of the output.
__attribute__((import_module("env"), import_name("fl_sink"))) void fl_sink(const char* data, std::size_t size);
}

namespace {

void send(std::string_view piece) { fl_sink(piece.data(), piece.size()); }

// Options JSON over these defaults: JS strings are indexed in UTF-16 code units, so that is the unit
// here; ClaimReview's threshold defaults to the shipped 0.5.
factlight::OptionsResult options(std::string_view json, bool claimreview) {
  factlight::Options defaults;
  defaults.offsets = factlight::OffsetUnit::utf16;
  if (claimreview) defaults.claim_threshold = 0.5;
  return factlight::parse_options(json, defaults);
}

// The error JSON of `message`; for op 1, then two empty pieces (JS reads the three together: the JSON
// stays allocated until then).
void fail(int op, std::string_view message) {
  const std::string json = factlight::error_json(message);
  send(json);
  if (op == 1) send({}), send({});
}

}  // namespace

extern "C" {

EMSCRIPTEN_KEEPALIVE void* fl_alloc(std::size_t bytes) { return std::malloc(bytes ? bytes : 1); }
EMSCRIPTEN_KEEPALIVE void fl_free(void* p) { std::free(p); }

// What fl_run does with the text:
//   0 analyze: the JSON in one piece (analyze_to_json), for the module's analyze(text, options), which
//     stays byte-identical to the CLI;
//   1 analyze: the values of that JSON in three pieces (write_compact: numbers, doubles, strings), which
//     the JS API reads back into the objects JSON.parse gives: no JSON to write, decode or parse, and
//     less than half its size held in wasm memory;
//   2 ClaimReview JSON-LD skeletons, one piece: a JSON array, or {"schema", "error"}.
// An options or analysis error is one piece of error JSON (op 1: that piece, then two empty ones).
EMSCRIPTEN_KEEPALIVE void fl_run(int op, const char* text, std::size_t size, const char* options_json,
                                 std::size_t options_size) {
  const std::string_view t(text, size);
  const factlight::OptionsResult o = options({options_json, options_size}, op == 2);
  if (!o.ok()) return fail(op, o.error);
  if (op == 0) return send(factlight::analyze_to_json(t, o.options));
  if (op == 2) return send(factlight::claimreview_to_json(t, o.options));
  const factlight::AnalyzeResult r = factlight::analyze(t, o.options);
  if (!r.ok()) return fail(op, r.error);
  factlight::write_compact(*r.analysis, o.options, fl_sink);
}

EMSCRIPTEN_KEEPALIVE void fl_version() { send(factlight::version()); }

// The allocator's view of the heap, for the leak test: wasm memory never shrinks, so a leak shows only
// as bytes in use that never come back (tests/js/leak.test.mjs). which 0: bytes handed out by malloc and
// not yet freed; 1: bytes the allocator has taken from wasm memory.
EMSCRIPTEN_KEEPALIVE double fl_heap(int which) {
  const struct mallinfo m = mallinfo();
  return static_cast<double>(which == 0 ? m.uordblks : m.arena);
}

}  // extern "C"
