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

namespace detail {
// The out-of-line halves of the inline functions below: ASCII is decided inline, since nearly every
// character of news text is ASCII and these run once or more per byte of input.
Decoded decode_utf8_multibyte(std::string_view s, std::size_t i);  // s[i] >= 0x80
bool is_space_nonascii(char32_t cp);
bool is_joiner_nonascii(char32_t cp);
bool is_letter_nonascii(char32_t cp);
bool is_upper_nonascii(char32_t cp);
bool is_lower_nonascii(char32_t cp);
char32_t to_lower_nonascii(char32_t cp);
}  // namespace detail

inline Decoded decode_utf8(std::string_view s, std::size_t i) {
  const auto b = static_cast<unsigned char>(s[i]);
  if (b < 0x80) return {b, 1, true};
  return detail::decode_utf8_multibyte(s, i);
}
void append_utf8(std::string& out, char32_t cp);
// Number of UTF-16 code units for a decoded character (invalid bytes count as one U+FFFD).
inline unsigned utf16_units(char32_t cp) { return cp >= 0x10000 ? 2u : 1u; }

// any Unicode space, including NBSP and tabs, not line breaks
inline bool is_space(char32_t c) {
  if (c < 0x80) return c == ' ' || c == '\t' || c == '\v' || c == '\f';
  return detail::is_space_nonascii(c);
}
// \n \r U+2028 U+2029 U+0085
inline bool is_line_break(char32_t c) {
  return c == '\n' || c == '\r' || c == 0x2028 || c == 0x2029 || c == 0x85;
}
// letters of any script (approximate outside Latin/Cyrillic/Greek)
inline bool is_letter(char32_t c) {
  if (c < 0x80) return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
  return detail::is_letter_nonascii(c);
}
inline bool is_upper(char32_t c) {
  return c < 0x80 ? c >= 'A' && c <= 'Z' : detail::is_upper_nonascii(c);
}
inline bool is_lower(char32_t c) {
  return c < 0x80 ? c >= 'a' && c <= 'z' : detail::is_lower_nonascii(c);
}
// ASCII digits only: numbers are parsed in ASCII
inline bool is_digit(char32_t c) { return c >= '0' && c <= '9'; }
// zero-width characters, variation selectors and combining marks, kept inside words
inline bool is_joiner(char32_t c) { return c >= 0x300 && detail::is_joiner_nonascii(c); }
// - ‐ ‑ ‒ – — ―
inline bool is_dash(char32_t c) { return c == '-' || (c >= 0x2010 && c <= 0x2015) || c == 0x2212; }
// ' ’ ʼ
inline bool is_apostrophe(char32_t c) { return c == '\'' || c == 0x2019 || c == 0x02BC; }

enum class QuoteRole : unsigned char { none, open, close, either };
// Role of a quotation mark by its shape alone; context decides "either" marks.
QuoteRole quote_role(char32_t cp);
// The closing mark that pairs with an opening mark (one of several for ambiguous styles).
bool quote_pairs(char32_t open, char32_t close);

// Lower-cases ASCII and the common Latin-1/Cyrillic letters; other characters are unchanged.
inline char32_t to_lower(char32_t c) {
  if (c < 0x80) return (c >= 'A' && c <= 'Z') ? c + 32 : c;
  return detail::to_lower_nonascii(c);
}
std::string fold_lower(std::string_view s);
// fold_lower(s) appended to out.
void append_fold_lower(std::string& out, std::string_view s);

// Copy of s with each invalid byte replaced by U+FFFD (s itself when it is valid).
std::string sanitize_utf8(std::string_view s);

}  // namespace factlight
