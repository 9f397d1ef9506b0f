// The factlight/1 JSON schema. This file's .cpp is the only place that knows field names.
#pragma once
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "factlight/model.hpp"
#include "factlight/options.hpp"

namespace factlight {

inline constexpr const char* kSchema = "factlight/1";

// indent < 0: compact, one line; indent >= 0: that many spaces per level. The wasm build leaves the pretty
// printer out and always writes compact JSON (json_writer.cpp, kPretty): in JS, JSON.stringify(result,
// null, 2) pretty-prints a result.
std::string to_json(const Analysis& analysis, const Options& options, int indent = -1);
// The same text handed to `sink` in pieces, in order (each of about 64 KiB), so that it never has to be
// held whole: the CLI streams a 10 MB input's ~90 MB of JSON to stdout this way.
void write_json(const Analysis& analysis, const Options& options, int indent,
                const std::function<void(std::string_view)>& sink);
// The values of to_json()'s result for the JS API, handed to `sink` as three pieces: the numbers (uint32,
// native order), the doubles and the strings' UTF-8 (json_writer.cpp's Compact says how), read back by
// web/factlight.js into the objects JSON.parse(to_json()) gives, without writing or parsing the JSON.
void write_compact(const Analysis& analysis, const Options& options,
                   void (*sink)(const char* data, std::size_t size));
std::string error_json(std::string_view message, int indent = -1);
// ClaimReview JSON-LD skeletons for the chosen claims (claimreview.hpp says what they hold), in this order.
std::string claimreviews_to_json(const Analysis& analysis, const Options& options,
                                 const std::vector<const Claim*>& chosen, int indent = -1);

const char* kind_name(QuoteKind k);
const char* kind_name(SpeakerKind k);
const char* kind_name(FigureKind k);
const char* approx_name(Approx a);

}  // namespace factlight
