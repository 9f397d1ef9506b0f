// JSON text to SAX events: a small lexer written to accept and refuse exactly what nlohmann's lexer does
// (v3.11: a UTF-8 BOM skipped at the start, strings checked for well-formed UTF-8 and escapes, a NUL byte
// read as the end of the input, integers out of range read as doubles) and the grammar loop of nlohmann's
// parser: the same events, in the same order, for the same texts; the same texts refused
// (tests/unit/test_json_sax.cpp compares the two). Not nlohmann's lexer itself: that was most of the
// options parser's code in the wasm, all of it compiled at the first call. An error ends the parse (false).
// Strict (nothing but whitespace after the value), no comments, no recursion (any depth).
#pragma once
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include "decimal_parse.hpp"
#include "factlight/unicode.hpp"

namespace factlight {

namespace json_sax_detail {

enum class Token {
  begin_array, begin_object, end_array, end_object, name_separator, value_separator,
  literal_true, literal_false, literal_null, value_string, value_unsigned, value_integer, value_float,
  end_of_input, error
};

class Lexer {
 public:
  explicit Lexer(std::string_view text) : p_(text.data()), end_(text.data() + text.size()) {
    if (p_ != end_ && static_cast<unsigned char>(*p_) == 0xEF) {  // a BOM, whole, or an error
      bom_error_ = !(end_ - p_ >= 3 && static_cast<unsigned char>(p_[1]) == 0xBB &&
                     static_cast<unsigned char>(p_[2]) == 0xBF);
      if (!bom_error_) p_ += 3;
    }
  }

  Token scan() {
    if (bom_error_) return Token::error;
    while (p_ != end_ && (*p_ == ' ' || *p_ == '\t' || *p_ == '\n' || *p_ == '\r')) ++p_;
    if (p_ == end_ || *p_ == '\0') return Token::end_of_input;
    switch (*p_++) {
      case '[': return Token::begin_array;
      case ']': return Token::end_array;
      case '{': return Token::begin_object;
      case '}': return Token::end_object;
      case ':': return Token::name_separator;
      case ',': return Token::value_separator;
      case 't': return literal("rue", Token::literal_true);
      case 'f': return literal("alse", Token::literal_false);
      case 'n': return literal("ull", Token::literal_null);
      case '"': return string();
      default:
        --p_;
        if (*p_ == '-' || (*p_ >= '0' && *p_ <= '9')) return number();
        return Token::error;
    }
  }

  std::string& text() { return text_; }  // the string read, or the number's spelling
  uint64_t unsigned_value() const { return unsigned_; }
  int64_t integer_value() const { return integer_; }
  double float_value() const { return float_; }

 private:
  Token literal(const char* rest, Token t) {
    for (; *rest; ++rest, ++p_)
      if (p_ == end_ || *p_ != *rest) return Token::error;
    return t;
  }

  int next() { return p_ == end_ ? -1 : static_cast<unsigned char>(*p_++); }

  // Four hex digits, or -1.
  int hex4() {
    int v = 0;
    for (int i = 0; i < 4; ++i) {
      const int c = next();
      if (c >= '0' && c <= '9') v = v * 16 + (c - '0');
      else if (c >= 'a' && c <= 'f') v = v * 16 + (c - 'a' + 10);
      else if (c >= 'A' && c <= 'F') v = v * 16 + (c - 'A' + 10);
      else return -1;
    }
    return v;
  }

  // Continuation bytes of a UTF-8 sequence: the first in [lo, hi], the others in [0x80, 0xBF].
  bool continuation(int count, int lo, int hi) {
    for (int i = 0; i < count; ++i) {
      const int c = next();
      if (c < (i == 0 ? lo : 0x80) || c > (i == 0 ? hi : 0xBF)) return false;
      text_ += static_cast<char>(c);
    }
    return true;
  }

  Token string() {
    text_.clear();
    while (true) {
      const int c = next();
      if (c < 0) return Token::error;
      if (c == '"') return Token::value_string;
      if (c < 0x20) return Token::error;  // a control character, unescaped
      if (c == '\\') {
        switch (next()) {
          case '"': text_ += '"'; break;
          case '\\': text_ += '\\'; break;
          case '/': text_ += '/'; break;
          case 'b': text_ += '\b'; break;
          case 'f': text_ += '\f'; break;
          case 'n': text_ += '\n'; break;
          case 'r': text_ += '\r'; break;
          case 't': text_ += '\t'; break;
          case 'u': {
            const int hi = hex4();
            if (hi < 0 || (hi >= 0xDC00 && hi <= 0xDFFF)) return Token::error;
            uint32_t cp = static_cast<uint32_t>(hi);
            if (hi >= 0xD800 && hi <= 0xDBFF) {  // a pair's first half: the second must follow
              if (next() != '\\' || next() != 'u') return Token::error;
              const int lo = hex4();
              if (lo < 0xDC00 || lo > 0xDFFF) return Token::error;
              cp = 0x10000 + ((cp - 0xD800) << 10) + static_cast<uint32_t>(lo - 0xDC00);
            }
            append_utf8(text_, cp);
            break;
          }
          default: return Token::error;
        }
        continue;
      }
      if (c < 0x80) {
        text_ += static_cast<char>(c);
        continue;
      }
      text_ += static_cast<char>(c);
      bool ok;
      if (c >= 0xC2 && c <= 0xDF) ok = continuation(1, 0x80, 0xBF);
      else if (c == 0xE0) ok = continuation(2, 0xA0, 0xBF);
      else if (c == 0xED) ok = continuation(2, 0x80, 0x9F);
      else if (c >= 0xE1 && c <= 0xEF) ok = continuation(2, 0x80, 0xBF);
      else if (c == 0xF0) ok = continuation(3, 0x90, 0xBF);
      else if (c >= 0xF1 && c <= 0xF3) ok = continuation(3, 0x80, 0xBF);
      else if (c == 0xF4) ok = continuation(3, 0x80, 0x8F);
      else ok = false;
      if (!ok) return Token::error;
    }
  }

  bool digit() const { return p_ != end_ && *p_ >= '0' && *p_ <= '9'; }

  // -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)? ; a non-negative integer up to 2^64 - 1 is unsigned, a
  // negative one down to -2^63 an integer, anything else a double.
  Token number() {
    const char* start = p_;
    const bool negative = *p_ == '-';
    if (negative) ++p_;
    if (!digit()) return Token::error;
    if (*p_++ != '0')
      while (digit()) ++p_;
    bool is_float = false;
    if (p_ != end_ && *p_ == '.') {
      ++p_;
      if (!digit()) return Token::error;
      while (digit()) ++p_;
      is_float = true;
    }
    if (p_ != end_ && (*p_ == 'e' || *p_ == 'E')) {
      ++p_;
      if (p_ != end_ && (*p_ == '+' || *p_ == '-')) ++p_;
      if (!digit()) return Token::error;
      while (digit()) ++p_;
      is_float = true;
    }
    text_.assign(start, p_);
    if (!is_float) {
      uint64_t v = 0;
      bool overflow = false;
      for (const char* d = start + negative; d != p_; ++d) {
        const auto digit_value = static_cast<uint64_t>(*d - '0');
        if (v > (UINT64_MAX - digit_value) / 10) overflow = true;
        v = v * 10 + digit_value;
      }
      if (!overflow && !negative) {
        unsigned_ = v;
        return Token::value_unsigned;
      }
      if (!overflow && v <= uint64_t{1} << 63) {
        integer_ = v == uint64_t{1} << 63 ? INT64_MIN : -static_cast<int64_t>(v);
        return Token::value_integer;
      }
    }
    float_ = parse_decimal(text_);
    return Token::value_float;
  }

  const char* p_;
  const char* end_;
  bool bom_error_ = false;
  std::string text_;
  uint64_t unsigned_ = 0;
  int64_t integer_ = 0;
  double float_ = 0.0;
};

}  // namespace json_sax_detail

// Sax has null(), boolean(b), number_integer(int64_t), number_unsigned(uint64_t), number_float(x, text),
// string(std::string&), start_object(n), key(std::string&), end_object(), start_array(n), end_array(), each
// returning false to stop.
template <class Sax>
bool sax_parse_json(std::string_view text, Sax& sax) {
  using T = json_sax_detail::Token;
  json_sax_detail::Lexer lexer(text);
  T token = lexer.scan();
  auto next = [&] { return token = lexer.scan(); };
  std::vector<bool> arrays;  // the open containers, innermost last: true for an array, false for an object
  bool closed = false;       // a container was just closed: go straight to what follows it
  while (true) {
    if (!closed) {
      switch (token) {
        case T::begin_object:
          if (!sax.start_object(static_cast<std::size_t>(-1))) return false;
          if (next() == T::end_object) {
            if (!sax.end_object()) return false;
            break;
          }
          if (token != T::value_string || !sax.key(lexer.text()) || next() != T::name_separator) return false;
          arrays.push_back(false);
          next();
          continue;
        case T::begin_array:
          if (!sax.start_array(static_cast<std::size_t>(-1))) return false;
          if (next() == T::end_array) {
            if (!sax.end_array()) return false;
            break;
          }
          arrays.push_back(true);
          continue;
        case T::value_float: {
          const double x = lexer.float_value();
          if (!std::isfinite(x) || !sax.number_float(x, lexer.text())) return false;
          break;
        }
        case T::literal_false:
          if (!sax.boolean(false)) return false;
          break;
        case T::literal_null:
          if (!sax.null()) return false;
          break;
        case T::literal_true:
          if (!sax.boolean(true)) return false;
          break;
        case T::value_integer:
          if (!sax.number_integer(lexer.integer_value())) return false;
          break;
        case T::value_string:
          if (!sax.string(lexer.text())) return false;
          break;
        case T::value_unsigned:
          if (!sax.number_unsigned(lexer.unsigned_value())) return false;
          break;
        default:  // a lexer error, or a token where a value is due
          return false;
      }
    }
    closed = false;
    // A value was read.
    if (arrays.empty()) return next() == T::end_of_input;
    if (next() == T::value_separator) {
      if (!arrays.back() && (next() != T::value_string || !sax.key(lexer.text()) || next() != T::name_separator))
        return false;
      next();
      continue;
    }
    if (token != (arrays.back() ? T::end_array : T::end_object)) return false;
    if (!(arrays.back() ? sax.end_array() : sax.end_object())) return false;
    arrays.pop_back();
    closed = true;
  }
}

}  // namespace factlight
