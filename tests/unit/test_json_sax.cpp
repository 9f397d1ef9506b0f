// sax_parse_json (core/src/json_sax.hpp, the options parser's front end) against nlohmann's own
// sax_parse: the same events in the same order, and the same texts refused, on hand-written and on
// generated texts (valid documents, the same cut and mutated, and token soup).
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <random>
#include <string>
#include <vector>

#include "../../core/src/json_sax.hpp"

namespace {

using Json = nlohmann::ordered_json;

struct Recorder {
  std::string log;
  bool null() { return add("n"); }
  bool boolean(bool b) { return add(b ? "t" : "f"); }
  bool number_integer(Json::number_integer_t n) { return add("i" + std::to_string(n)); }
  bool number_unsigned(Json::number_unsigned_t n) { return add("u" + std::to_string(n)); }
  bool number_float(Json::number_float_t x, const Json::string_t& s) {
    return add("d" + Json(x).dump() + "/" + s);
  }
  bool string(Json::string_t& s) { return add("s" + Json(s).dump()); }
  bool binary(Json::binary_t&) { return add("b"); }
  bool start_object(std::size_t) { return add("{"); }
  bool key(Json::string_t& k) { return add("k" + Json(k).dump()); }
  bool end_object() { return add("}"); }
  bool start_array(std::size_t) { return add("["); }
  bool end_array() { return add("]"); }
  bool parse_error(std::size_t, const std::string&, const nlohmann::detail::exception&) { return false; }
  bool add(const std::string& e) {
    log += e;
    log += ' ';
    return true;
  }
};

// Counts texts on which the two disagree, reporting the first few.
int compare(const std::string& text, int& reported) {
  Recorder theirs, ours;
  const bool want = Json::sax_parse(text.begin(), text.end(), &theirs);
  const bool got = factlight::sax_parse_json(text, ours);
  if (want == got && theirs.log == ours.log) return 0;
  if (reported++ < 5)
    UNSCOPED_INFO(Json(text).dump(-1, ' ', true, Json::error_handler_t::replace)
                  << ": nlohmann " << want << " " << theirs.log << "; ours " << got << " " << ours.log);
  return 1;
}

std::string random_document(std::mt19937& rng, int depth) {
  static const char* const kScalars[] = {"null", "true", "false", "0", "-1", "12", "18446744073709551615",
                                         "18446744073709551616", "-9223372036854775809", "1.5", "-2e3",
                                         "1e400", "\"\"", "\"utf8\"", "\"a\\u00e9\\n\"", "\"\\ud83d\\ude00\""};
  const auto pick = static_cast<unsigned>(rng() % (depth > 3 ? 10u : 14u));
  if (pick < 10) return kScalars[rng() % (sizeof kScalars / sizeof *kScalars)];
  const bool object = pick < 12;
  std::string s = object ? "{" : "[";
  for (unsigned i = 0, n = static_cast<unsigned>(rng() % 4); i < n; ++i) {
    if (i) s += rng() % 4 ? "," : " , ";
    if (object) s += std::string("\"") + "abcabc"[rng() % 6] + "\":";
    s += random_document(rng, depth + 1);
  }
  return s + (object ? "}" : "]");
}

}  // namespace

TEST_CASE("sax_parse_json gives nlohmann's events and refuses what it refuses", "[options]") {
  int bad = 0, reported = 0;
  for (const char* text : {"", " ", "{}", "[]", "{} ", "{}x", "{},", "[1,]", "[,1]", "{\"a\"}", "{\"a\":}",
                           "{\"a\":1,}", "{,}", "{1:2}", "[1 2]", "{\"a\":1 \"b\":2}", "\xef\xbb\xbf{}", "//c\n{}",
                           "/*c*/{}", "[[[[[[[[[[]]]]]]]]]]", "[[[", "]", "}", ":", "\"\\x\"", "\"\x01\"", "\"\xff\"",
                           "01", "-", "1.", ".5", "1e", "nul", "truex", "{\"a\":{\"b\":[1,{\"c\":null}]}}"})
    bad += compare(text, reported);
  // Byte by byte: a BOM cut short, a NUL byte (nlohmann's end of input), UTF-8 at the edges of each
  // range, escapes and surrogates, numbers at the edges of the integer types.
  for (const std::string& text : std::initializer_list<std::string>{
           "\xef{}", "\xef\xbb{}", "\xef\xbb\xbf", " \xef\xbb\xbf{}", std::string("{}\0x", 4), std::string("[1,\0]", 5),
           std::string("\"a\0b\"", 5), "\"\x7f\"", "\"\xc1\xbf\"", "\"\xc2\x80\"", "\"\xdf\xbf\"", "\"\xdf\xc0\"",
           "\"\xe0\x9f\xbf\"", "\"\xe0\xa0\x80\"", "\"\xed\x9f\xbf\"", "\"\xed\xa0\x80\"", "\"\xef\xbf\xbf\"",
           "\"\xf0\x8f\xbf\xbf\"", "\"\xf0\x90\x80\x80\"", "\"\xf4\x8f\xbf\xbf\"", "\"\xf4\x90\x80\x80\"",
           "\"\xf5\x80\x80\x80\"", "\"\xe2\x82\"", "\"\xe2\x82\xac\"", "\"\\u00e9\\u20AC\\u0000\"", "\"\\u12\"",
           "\"\\ud83d\"", "\"\\ud83d\\u0041\"", "\"\\ude00\"", "\"\\ud83d\\ude00x\"", "\"\\ud83dx\"", "\"\\/\\b\\f\\r\\t\"",
           "\"\t\"", "\"abc", "-0", "-0.0", "0e5", "0E+5", "1e-5", "00", "-a", "1.e5", "1.5e", "1.5e+",
           "9223372036854775807", "9223372036854775808", "-9223372036854775808", "-9223372036854775809",
           "18446744073709551615", "18446744073709551616", "184467440737095516150", "1e308", "-1e309",
           "0.1e-400", "{\"a\":1,\"a\":2}", "{\"\":\"\"}", "[true,false,null]", "tru", "nulll", "\t\n\r {} \r\n"})
    bad += compare(text, reported);
  std::mt19937 rng(8);
  for (int i = 0; i < 20000; ++i) {
    std::string text = random_document(rng, 0);
    if (i % 3 == 1) {  // cut short
      text.resize(rng() % (text.size() + 1));
    } else if (i % 3 == 2) {  // a byte replaced, inserted or removed
      static const char kBytes[] = "{}[],:\" 1e-.\\tn";
      const std::size_t at = rng() % (text.size() + 1);
      const char c = kBytes[rng() % (sizeof kBytes - 1)];
      switch (rng() % 3) {
        case 0: if (at < text.size()) text[at] = c; break;
        case 1: text.insert(at, 1, c); break;
        default: if (at < text.size()) text.erase(at, 1);
      }
    }
    bad += compare(text, reported);
  }
  std::string deep(100000, '[');  // no recursion: any depth
  bad += compare(deep + std::string(100000, ']'), reported);
  bad += compare(deep, reported);
  CHECK(bad == 0);
}
