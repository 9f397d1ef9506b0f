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
  std::string out;
  out.reserve(w.size());
  for (std::size_t i = 0; i < w.size(); ++i) {
    if (w.compare(i, 3, "\xE2\x80\x99") == 0 || w.compare(i, 3, "\xE2\x80\x98") == 0) {
      out.push_back('\'');
      i += 2;
    } else if (w.compare(i, 2, "\xCA\xBC") == 0) {
      out.push_back('\'');
      i += 1;
    } else {
      out.push_back(w[i]);
    }
  }
  return out;
}

// A year written as four digits: 1800..2099 with no separators.
inline bool is_year_number(std::string_view s) {
  if (s.size() != 4) return false;
  for (char c : s)
    if (c < '0' || c > '9') return false;
  return (s[0] == '1' && s[1] >= '8') || (s[0] == '2' && s[1] == '0');
}

}  // namespace factlight
