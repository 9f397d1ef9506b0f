// What every factlight/1 output must satisfy, whatever the input: the checker shared by the fuzz
// targets (tests/fuzz), the hostile-input table (tests/unit/test_hostile.cpp) and the regression replay.
//
// It deliberately does not trust the core's own UTF-8 decoder: it carries an independent one written
// from the Unicode standard's table of well-formed byte sequences (Table 3-7), so a decoder bug in the
// core shows up as a disagreement instead of being checked against itself.
#pragma once
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "factlight/document.hpp"
#include "factlight/options.hpp"

namespace factlight::invariants {

// One character of `text` at byte `i` (i < text.size()): its code point and length in bytes. An
// ill-formed byte is one U+FFFD of length 1, as the schema specifies.
struct Char {
  char32_t cp;
  unsigned len;
  bool valid;
};
Char char_at(std::string_view text, std::size_t i);

bool is_valid_utf8(std::string_view s);
// Each ill-formed byte replaced by U+FFFD (what every "text" field must hold).
std::string replace_invalid(std::string_view s);
// Length of `text` in `unit` (ill-formed bytes count one unit each).
uint64_t length_in(std::string_view text, OffsetUnit unit);

// Checks one output made from `text` in `unit`: valid UTF-8, parses back, schema and unit, length,
// every {begin, end} in range, ordered and on character boundaries, every "text" equal to its slice,
// fragments inside their quote, sentences inside their paragraph, claims inside their sentence,
// ids that resolve, scores in [0, 1], findings sorted. Returns what is wrong (empty when all holds).
// `normalized`, when given, receives the output with every offset converted back to bytes and the
// "offsets" field removed: it is identical across units for the same analysis.
std::vector<std::string> check_output(std::string_view text, OffsetUnit unit, std::string_view json,
                                      std::string* normalized = nullptr);

// Analyses `text` with `options` in each of the three units, checks each output and checks that
// the three describe the same spans. Returns what is wrong, each message prefixed with the unit.
// An error output ({"error": ...}) is reported as a failure unless `allow_error` is set.
std::vector<std::string> check_analysis(std::string_view text, Options options = {}, bool allow_error = false);

// The text model behind every output: repairs listed byte for byte, tokens ordered, non-empty, on
// character boundaries and inside their sentence, sentences inside their paragraph.
std::vector<std::string> check_document(const Document& doc);

// The messages joined one per line, at most `max` of them (for test and fuzzer output).
std::string describe(const std::vector<std::string>& errors, std::size_t max = 10);

}  // namespace factlight::invariants
