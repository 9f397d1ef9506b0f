#include "factlight/unicode.hpp"

namespace factlight {

namespace detail {

Decoded decode_utf8_multibyte(std::string_view s, std::size_t i) {
  const auto b0 = static_cast<unsigned char>(s[i]);
  if (b0 < 0x80) return {b0, 1, true};
  unsigned need;
  char32_t cp;
  char32_t min;
  if (b0 >= 0xC2 && b0 <= 0xDF) {
    need = 1, cp = b0 & 0x1F, min = 0x80;
  } else if (b0 >= 0xE0 && b0 <= 0xEF) {
    need = 2, cp = b0 & 0x0F, min = 0x800;
  } else if (b0 >= 0xF0 && b0 <= 0xF4) {
    need = 3, cp = b0 & 0x07, min = 0x10000;
  } else {
    return {0xFFFD, 1, false};  // continuation byte, overlong lead C0/C1, or F5..FF
  }
  if (i + need >= s.size()) return {0xFFFD, 1, false};
  for (unsigned k = 1; k <= need; ++k) {
    const auto b = static_cast<unsigned char>(s[i + k]);
    if ((b & 0xC0) != 0x80) return {0xFFFD, 1, false};
    cp = (cp << 6) | (b & 0x3F);
  }
  if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return {0xFFFD, 1, false};
  return {cp, need + 1, true};
}

bool is_space_nonascii(char32_t c) {
  return c == 0xA0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200A) || c == 0x202F || c == 0x205F ||
         c == 0x3000;
}

bool is_joiner_nonascii(char32_t c) {
  return (c >= 0x200B && c <= 0x200D) || c == 0x2060 || c == 0xFEFF ||
         (c >= 0xFE00 && c <= 0xFE0F) || (c >= 0xE0100 && c <= 0xE01EF) ||
         (c >= 0x0300 && c <= 0x036F);
}

bool is_upper_nonascii(char32_t c) {
  if (c >= 0xC0 && c <= 0xDE) return c != 0xD7;
  if (c >= 0x100 && c <= 0x17F) return (c & 1) == 0;  // Latin Extended-A, mostly even = upper
  if (c >= 0x391 && c <= 0x3AB) return true;          // Greek
  if (c >= 0x400 && c <= 0x42F) return true;          // Cyrillic
  return false;
}

bool is_lower_nonascii(char32_t c) {
  if (c >= 0xDF && c <= 0xFF) return c != 0xF7;
  if (c >= 0x100 && c <= 0x17F) return (c & 1) == 1;
  if (c >= 0x3AC && c <= 0x3CE) return true;
  if (c >= 0x430 && c <= 0x45F) return true;
  return false;
}

bool is_letter_nonascii(char32_t c) {
  if (c == 0xAA || c == 0xB5 || c == 0xBA) return true;
  if (c >= 0xC0 && c <= 0x24F) return c != 0xD7 && c != 0xF7;
  if (c >= 0x250 && c <= 0x2AF) return true;  // IPA
  if (c >= 0x370 && c <= 0x3FF) return c != 0x37E && c != 0x387;
  if (c >= 0x400 && c <= 0x52F) return true;  // Cyrillic
  if (c >= 0x531 && c <= 0x587) return true;  // Armenian
  if (c >= 0x5D0 && c <= 0x5EA) return true;  // Hebrew
  if (c >= 0x620 && c <= 0x64A) return true;  // Arabic
  if (c >= 0x671 && c <= 0x6D3) return true;
  if (c >= 0x900 && c <= 0xDFF) return true;           // Indic scripts (approximate)
  if (c >= 0xE00 && c <= 0xE7F) return true;           // Thai
  if (c >= 0x10A0 && c <= 0x10FF) return true;         // Georgian
  if (c >= 0x1E00 && c <= 0x1FFF) return true;         // Latin Extended Additional, Greek Extended
  if (c >= 0x3040 && c <= 0x30FF) return c != 0x30FB;  // kana
  if (c >= 0x3400 && c <= 0x9FFF) return true;         // CJK ideographs
  if (c >= 0xAC00 && c <= 0xD7A3) return true;         // Hangul
  if (c >= 0xF900 && c <= 0xFAFF) return true;
  if (c >= 0x20000 && c <= 0x2FA1F) return true;
  return false;
}

char32_t to_lower_nonascii(char32_t c) {
  if (c >= 0xC0 && c <= 0xDE && c != 0xD7) return c + 32;
  if (c >= 0x100 && c <= 0x17F && (c & 1) == 0) return c + 1;
  if (c >= 0x391 && c <= 0x3AB) return c + 32;
  if (c >= 0x410 && c <= 0x42F) return c + 32;
  if (c >= 0x400 && c <= 0x40F) return c + 80;
  return c;
}

}  // namespace detail

void append_utf8(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

QuoteRole quote_role(char32_t c) {
  switch (c) {
    case '"':
    case '\'':
      return QuoteRole::either;
    case 0x201C:
    case 0x2018:
    case 0x201E:
    case 0x201A:
    case 0x300C:
    case 0x300E:
    case 0xFF62:
      return QuoteRole::open;
    case 0x201D:
    case 0x2019:
    case 0x300D:
    case 0x300F:
    case 0xFF63:
      return QuoteRole::close;
    case 0xAB:
    case 0xBB:
    case 0x2039:
    case 0x203A:
    case 0x201F:
    case 0x201B:
      return QuoteRole::either;  // «» are used both ways round (French « », German » «)
    default:
      return QuoteRole::none;
  }
}

bool quote_pairs(char32_t open, char32_t close) {
  switch (open) {
    case '"':
      return close == '"';
    case '\'':
      return close == '\'';
    case 0x201C:
      return close == 0x201D || close == 0x201C;  // “…” and the rarer “…“
    case 0x2018:
      return close == 0x2019;
    case 0x201E:
      return close == 0x201C || close == 0x201D;  // German „…“ and Polish „…”
    case 0x201A:
      return close == 0x2018 || close == 0x2019;
    case 0xAB:
      return close == 0xBB;
    case 0xBB:
      return close == 0xAB;
    case 0x2039:
      return close == 0x203A;
    case 0x203A:
      return close == 0x2039;
    case 0x300C:
      return close == 0x300D;
    case 0x300E:
      return close == 0x300F;
    case 0xFF62:
      return close == 0xFF63;
    default:
      return false;
  }
}

void append_fold_lower(std::string& out, std::string_view s) {
  for (std::size_t i = 0; i < s.size();) {
    std::size_t j = i;
    while (j < s.size() && static_cast<unsigned char>(s[j]) < 0x80) ++j;
    if (j > i) {  // a run of ASCII: copied at once, then lowered in place
      const std::size_t at = out.size();
      out.append(s.data() + i, j - i);
      for (std::size_t k = at; k < out.size(); ++k)
        if (out[k] >= 'A' && out[k] <= 'Z') out[k] = static_cast<char>(out[k] + 32);
      i = j;
      continue;
    }
    const Decoded d = decode_utf8(s, i);
    if (d.cp < 0x80) {
      out += static_cast<char>(to_lower(d.cp));
    } else {
      append_utf8(out, to_lower(d.cp));
    }
    i += d.len;
  }
}

std::string fold_lower(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  append_fold_lower(out, s);
  return out;
}

std::string sanitize_utf8(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size();) {
    const Decoded d = decode_utf8(s, i);
    if (d.valid) {
      out.append(s.data() + i, d.len);
    } else {
      append_utf8(out, 0xFFFD);
    }
    i += d.len;
  }
  return out;
}

}  // namespace factlight
