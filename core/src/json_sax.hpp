// JSON text to SAX events, with nlohmann's lexer and the grammar loop of nlohmann's parser (same
// events, in the same order, for the same texts; the same texts refused). What it leaves out is the
// parser's error reporting: an error ends the parse (false) without building nlohmann's parse_error,
// whose messages were most of the options parser's code in the wasm and its only use of printf.
// Strict (nothing but whitespace after the value), no comments, no recursion (any depth).
#pragma once
#include <cmath>
#include <nlohmann/json.hpp>
#include <string_view>
#include <vector>

namespace factlight {

// Sax has null(), boolean(b), number_integer(i), number_unsigned(u), number_float(x, text), string(s),
// start_object(n), key(k), end_object(), start_array(n), end_array(), each returning false to stop.
template <class Sax>
bool sax_parse_json(std::string_view text, Sax& sax) {
  using Json = nlohmann::ordered_json;
  using Lexer = nlohmann::detail::lexer<Json, nlohmann::detail::iterator_input_adapter<const char*>>;
  using T = typename Lexer::token_type;
  Lexer lexer(nlohmann::detail::input_adapter(text.data(), text.data() + text.size()), false);
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
          if (token != T::value_string || !sax.key(lexer.get_string()) || next() != T::name_separator) return false;
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
          const double x = lexer.get_number_float();
          if (!std::isfinite(x) || !sax.number_float(x, lexer.get_string())) return false;
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
          if (!sax.number_integer(lexer.get_number_integer())) return false;
          break;
        case T::value_string:
          if (!sax.string(lexer.get_string())) return false;
          break;
        case T::value_unsigned:
          if (!sax.number_unsigned(lexer.get_number_unsigned())) return false;
          break;
        default:  // a lexer error, or a token where a value is due
          return false;
      }
    }
    closed = false;
    // A value was read.
    if (arrays.empty()) return next() == T::end_of_input;
    if (next() == T::value_separator) {
      if (!arrays.back() &&
          (next() != T::value_string || !sax.key(lexer.get_string()) || next() != T::name_separator))
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
