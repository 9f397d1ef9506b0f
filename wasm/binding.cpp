// The wasm binding: plain C exports over wasm memory, no Embind and no emcc JS glue. web/factlight.js
// instantiates the module itself and builds the module object (analyze, claimreview, version, alloc,
// release, analyzeUtf8, claimreviewUtf8, heapStats) from these exports; the only import of ours is
// fl_sink, through which every output reaches JS.
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

}  // namespace

extern "C" {

EMSCRIPTEN_KEEPALIVE void* fl_alloc(std::size_t bytes) { return std::malloc(bytes ? bytes : 1); }
EMSCRIPTEN_KEEPALIVE void fl_free(void* p) { std::free(p); }

// What fl_run does with the text:
//   0 analyze: the JSON in one piece (analyze_to_json), for the module's analyze(text, options);
//   1 analyze: the JSON streamed in pieces of about 64 KiB (write_json), so the whole output (several
//     times the input) is never held in wasm memory: the JS API's form;
//   2 ClaimReview JSON-LD skeletons, one piece: a JSON array, or {"schema", "error"};
//   3 analyze as 1, in pure ASCII (write_json's ascii: characters beyond ASCII as \u escapes), the same
//     values: what the JS API parses (a JS engine decodes ASCII and parses a one-byte string faster).
// An options error is one piece of error JSON. Same core calls, same bytes as the CLI (op 3: the same
// values).
EMSCRIPTEN_KEEPALIVE void fl_run(int op, const char* text, std::size_t size, const char* options_json,
                                 std::size_t options_size) {
  const std::string_view t(text, size);
  const bool ascii = op == 3;
  const factlight::OptionsResult o = options({options_json, options_size}, op == 2);
  if (!o.ok()) return send(factlight::error_json(o.error, -1, ascii));
  if (op == 0) return send(factlight::analyze_to_json(t, o.options));
  if (op == 2) return send(factlight::claimreview_to_json(t, o.options));
  const factlight::AnalyzeResult r = factlight::analyze(t, o.options);
  if (!r.ok()) return send(factlight::error_json(r.error, -1, ascii));
  factlight::write_json(*r.analysis, o.options, -1, send, ascii);
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
