// Private helpers shared by the claims features and the findings: tokens as lower-case words.
#pragma once
#include <string>
#include <string_view>

#include "factlight/document.hpp"
#include "factlight/unicode.hpp"

namespace factlight {

// The token lower-cased, with typographic apostrophes folded to ': "Putin’s" -> "putin's".
inline std::string normalized_word(const Document& doc, uint32_t t) {
  std::string w = fold_lower(doc.token_text(t));
  // The apostrophes folded in place: ’ and ‘ (E2 80 99, E2 80 98) and ʼ (CA BC) become '.
  std::size_t n = 0;
  for (std::size_t i = 0; i < w.size(); ++i) {
    const char c = w[i];
    if (c == '\xE2' && i + 3 <= w.size() && w[i + 1] == '\x80' && (w[i + 2] == '\x99' || w[i + 2] == '\x98')) {
      w[n++] = '\'';
      i += 2;
    } else if (c == '\xCA' && i + 2 <= w.size() && w[i + 1] == '\xBC') {
      w[n++] = '\'';
      i += 1;
    } else {
      w[n++] = c;
    }
  }
  w.resize(n);
  return w;
}

// A year written as four digits: 1800..2099 with no separators.
inline bool is_year_number(std::string_view s) {
  if (s.size() != 4) return false;
  for (char c : s)
    if (c < '0' || c > '9') return false;
  return (s[0] == '1' && s[1] >= '8') || (s[0] == '2' && s[1] == '0');
}

}  // namespace factlight
