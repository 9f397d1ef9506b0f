// Options of one analysis, shared by the CLI, the wasm binding and the JS API (as JSON).
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "factlight/span.hpp"

namespace factlight {

struct Layers {
  bool quotes = true;
  bool figures = true;
  bool claims = true;
  bool findings = true;
};

struct Options {
  OffsetUnit offsets = OffsetUnit::utf8;
  Layers layers;
  // Inputs larger than this are refused with a clear error (bytes of UTF-8).
  uint64_t max_bytes = 64ull * 1024 * 1024;
  // Claims scoring below this are left out of "claims" (every sentence is scored).
  double claim_threshold = 0.0;
  bool timings = false;  // add "timings" (milliseconds per stage) to the output
  // Write each span's "text" beside its begin and end. Off ("spanTexts": false), each span's "text" is
  // null, for a caller that holds the input and slices the texts itself (the JS API): about 30 % less
  // JSON to write, copy and parse. The key stays, so the filled-in object keeps the schema's key order.
  bool span_texts = true;
  // Write each claim reason as an integer, an index into "reason_texts" (an array of the distinct reason
  // texts of the result, after "claims"), for a caller that maps them back (the JS API): each text is
  // written and parsed once, not once per claim (a fifth of the JSON on news). Option "reasonCodes".
  bool reason_codes = false;
  // ClaimReview export only: the claims to export (3 for "c3"); empty means every claim at or above the
  // threshold. Option "claimIds": ["c3", "c7"].
  std::vector<uint32_t> claim_ids;
};

struct OptionsResult {
  Options options;
  std::string error;  // empty when ok
  bool ok() const { return error.empty(); }
};

// Parses the options object of the JSON API, e.g. {"offsets":"utf16","layers":{"claims":false}}.
// Unknown keys and wrong types are errors; an empty string means defaults.
OptionsResult parse_options(std::string_view json, Options defaults = {});

const char* offset_unit_name(OffsetUnit u);
bool parse_offset_unit(std::string_view name, OffsetUnit& out);

}  // namespace factlight
