// Decimal text to the nearest double, ties to even: what strtod gives in the default rounding mode,
// bit for bit, without the C library's strtod (musl's, with the 128-bit long double arithmetic it
// brings, is about 15 KB of the wasm module). Used for JSON numbers (json_sax.hpp) and the figures'
// values (figures_numbers.cpp).
#pragma once
#include <string_view>

namespace factlight {

// text: an optional '-', digits with at most one '.' among them (at least one digit), then
// optionally 'e' or 'E', an optional sign and digits. Too large: ±inf; too small: ±0 (as strtod).
// Exact for any length (digits past the 800th significant one only count as "more than zero", which
// cannot move the result: no halfway point between doubles has more than 767 significant digits).
// Linear in the length of text. Text of any other shape gives an unspecified value.
double parse_decimal(std::string_view text);

}  // namespace factlight
