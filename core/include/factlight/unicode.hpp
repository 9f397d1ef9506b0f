// UTF-8 decoding and the few character classes the text model needs.
// Invalid bytes decode as U+FFFD of length 1, so every byte belongs to exactly one character.
#pragma once
#include <cstddef>
#include <string>
#include <string_view>

namespace factlight {

struct Decoded {
  char32_t cp;
  unsigned len;  // bytes consumed, >= 1
  bool valid;
};

Decoded decode_utf8(std::string_view s, std::size_t i);
void append_utf8(std::string& out, char32_t cp);
// Number of UTF-16 code units for a decoded character (invalid bytes count as one U+FFFD).
inline unsigned utf16_units(char32_t cp) { return cp >= 0x10000 ? 2u : 1u; }

bool is_space(char32_t cp);       // any Unicode space, including NBSP and tabs, not line breaks
bool is_line_break(char32_t cp);  // \n \r U+2028 U+2029 U+0085
bool is_letter(char32_t cp);      // letters of any script (approximate outside Latin/Cyrillic/Greek)
bool is_upper(char32_t cp);
bool is_lower(char32_t cp);
bool is_digit(char32_t cp);       // ASCII digits only: numbers are parsed in ASCII
bool is_joiner(char32_t cp);      // zero-width characters and variation selectors, kept inside words
bool is_dash(char32_t cp);        // - ‐ ‑ ‒ – — ―
bool is_apostrophe(char32_t cp);  // ' ’ ʼ

enum class QuoteRole : unsigned char { none, open, close, either };
// Role of a quotation mark by its shape alone; context decides "either" marks.
QuoteRole quote_role(char32_t cp);
// The closing mark that pairs with an opening mark (one of several for ambiguous styles).
bool quote_pairs(char32_t open, char32_t close);

// Lower-cases ASCII and the common Latin-1/Cyrillic letters; other characters are unchanged.
char32_t to_lower(char32_t cp);
std::string fold_lower(std::string_view s);

// Copy of s with each invalid byte replaced by U+FFFD (s itself when it is valid).
std::string sanitize_utf8(std::string_view s);

}  // namespace factlight
