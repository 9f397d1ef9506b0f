// The factlight/1 JSON schema. This file's .cpp is the only place that knows field names.
#pragma once
#include <string>
#include <string_view>

#include "factlight/model.hpp"
#include "factlight/options.hpp"

namespace factlight {

inline constexpr const char* kSchema = "factlight/1";

// indent < 0: compact, one line.
std::string to_json(const Analysis& analysis, const Options& options, int indent = -1);
std::string error_json(std::string_view message, int indent = -1);

const char* kind_name(QuoteKind k);
const char* kind_name(SpeakerKind k);
const char* kind_name(FigureKind k);
const char* approx_name(Approx a);

}  // namespace factlight
