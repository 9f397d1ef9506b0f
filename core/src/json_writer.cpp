#include "factlight/json_writer.hpp"

#include <algorithm>
#include <charconv>
#include <cstdint>
#include <cmath>
#include <cstring>
#include <functional>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "factlight/offsets.hpp"
#include "factlight/unicode.hpp"
#include "size_hints.hpp"
#include "swar.hpp"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

// One out-of-line copy in the wasm of a writer call made at many places of Writer::write (its size);
// natively the compiler decides, as before.
#if defined(__wasm__)
#define FACTLIGHT_WASM_OUTLINE __attribute__((noinline))
#else
#define FACTLIGHT_WASM_OUTLINE
#endif

namespace factlight {
namespace {

// The eight decimal digits of v < 10^8, leading zeros included, as eight ASCII bytes in one number (the
// first digit in the lowest byte), by lanes ("SIMD within a register"): v split into two halves of four
// digits (32-bit lanes), each half into two pairs (16-bit lanes), each pair into two digits (bytes).
// Each lane's quotient is a multiplication and a shift that is exact for the lane's range (x / 100 as
// x * 10486 >> 20 for x < 10^4, x / 10 as x * 103 >> 10 for x < 100), and no lane's product reaches
// the next lane.
inline uint64_t eight_digits(uint32_t v) {
  uint64_t x = v / 10000 | uint64_t{v % 10000} << 32;                     // 2 lanes below 10^4
  uint64_t q = (x * 10486 >> 20) & 0x0000007F0000007Full;                 // each lane / 100
  x = q | (x - q * 100) << 16;                                            // 4 lanes below 100
  q = (x * 103 >> 10) & 0x000F000F000F000Full;                            // each lane / 10
  return q | (x - q * 10) << 8;                                           // 8 digits, 0 to 9
}

// The decimal digits of v at p, as std::to_chars writes them (no leading zeros). Returns the end. Writes
// up to 8 bytes past the end (room the callers ask for).
char* write_decimal(char* p, uint32_t v) {
  if (v < 10) {
    *p = static_cast<char>('0' + v);
    return p + 1;
  }
  if (v >= 100000000) {  // 9 or 10 digits: the first one or two, then eight
    const uint32_t top = v / 100000000;
    v %= 100000000;
    if (top >= 10) *p++ = static_cast<char>('0' + top / 10);
    *p++ = static_cast<char>('0' + top % 10);
    swar::store8(p, eight_digits(v) | 0x3030303030303030ull);
    return p + 8;
  }
  const uint64_t d = eight_digits(v);
  const unsigned zeros = swar::lowest_bit(d) >> 3;  // leading zeros: the lowest bytes that are 0
  swar::store8(p, (d | 0x3030303030303030ull) >> (8 * zeros));
  return p + (8 - zeros);
}

// The bytes of the eight at p that end a run copied as is: below 0x20, '"', '\\' and, with kAnyHigh,
// those from 0x80 (to be checked as UTF-8). Each is flagged by its top bit. The lowest flag is exact (a
// borrow only starts at a byte that is itself a hit), and since bytes load little-endian (wasm and
// x86-64) it is the first special byte; flags above it may be false.
constexpr uint64_t kOnes = 0x0101010101010101ull, kHigh = 0x8080808080808080ull;
template <bool kAnyHigh>
inline uint64_t special8(const char* p) {
  uint64_t x;
  std::memcpy(&x, p, 8);
  auto zero = [](uint64_t v) { return (v - kOnes) & ~v & kHigh; };
  const uint64_t below_space = (x - 0x20 * kOnes) & ~x & kHigh;
  return (kAnyHigh ? x & kHigh : 0) | below_space | zero(x ^ ('"' * kOnes)) | zero(x ^ ('\\' * kOnes));
}
// Index (0..7) of the lowest byte flagged in a nonzero special8() mask.
inline unsigned first_flagged(uint64_t m) {
#if defined(__GNUC__)
  return static_cast<unsigned>(__builtin_ctzll(m)) >> 3;
#else
  unsigned k = 0;
  while (!(m & 0x80)) m >>= 8, ++k;
  return k;
#endif
}

#if defined(__SSE2__)
// The bytes of the sixteen at p that are '"', '\\' or below 0x20, one bit each (bit i for p[i]), exactly:
// one instruction per test (x86-64's baseline SIMD). The wasm has no SIMD: special8() there.
inline uint32_t special16(const char* p) {
  const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
  const __m128i control = _mm_cmpeq_epi8(_mm_min_epu8(x, _mm_set1_epi8(0x1F)), x);
  const __m128i m = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(x, _mm_set1_epi8('"')),
                                              _mm_cmpeq_epi8(x, _mm_set1_epi8('\\'))), control);
  return static_cast<uint32_t>(_mm_movemask_epi8(m));
}
#endif

// Bytes that end a run copied as is: 1 for controls, '"' and '\\'; 2 for the non-ASCII bytes (checked as UTF-8).
struct Special {
  uint8_t of[256];
  Special() : of() {
    for (int b = 0; b < 256; ++b) of[b] = b < 0x20 || b == '"' || b == '\\' ? 1 : b >= 0x80 ? 2 : 0;
  }
};
const Special kSpecial;

// Re-indents compact JSON of this file, whole or in pieces cut anywhere, as nlohmann's dump(indent) would
// write it: a newline and the depth's indent after an opening bracket and after a comma and before a
// closing bracket, a space after a key's colon, nothing inside an empty container. The writer writes one
// form (compact) and the pretty one is made from it, so that the compact text's hot path carries no
// indentation state at all (pretty output is for people, a few times slower is fine).
// The wasm writes compact JSON only: its binding asks for no other (wasm/binding.cpp), and the indenter
// would be 0.5 KB of its brotli bytes. Its to_json() and write_json() ignore `indent`.
#if defined(__wasm__)
constexpr bool kPretty = false;
#else
constexpr bool kPretty = true;
#endif
class Indenter {
 public:
  explicit Indenter(int indent) : indent_(static_cast<std::size_t>(indent)) {}
  FACTLIGHT_COLD void feed(std::string_view in, std::string& out) {
    const std::size_t n = in.size();
    for (std::size_t i = 0; i < n;) {
      if (escaped_) {  // the character after a backslash
        out += in[i++];
        escaped_ = false;
        continue;
      }
      if (in_string_) {
        std::size_t j = i;
        while (j < n && in[j] != '"' && in[j] != '\\') ++j;
        out.append(in.data() + i, j - i);
        if (j == n) break;
        out += in[j];
        if (in[j] == '"') in_string_ = false;
        else escaped_ = true;
        i = j + 1;
        continue;
      }
      const char c = in[i++];
      if (opened_) {  // the first character in a container: empty, or its first item on a new line
        opened_ = false;
        if (c == '}' || c == ']') {
          out += c;
          continue;
        }
        ++depth_;
        newline(out);
      }
      switch (c) {
        case '{': case '[': out += c, opened_ = true; break;
        case '}': case ']': --depth_, newline(out), out += c; break;
        case ',': out += c, newline(out); break;
        case ':': out.append(": ", 2); break;
        case '"': out += c, in_string_ = true; break;
        default: out += c;
      }
    }
  }

 private:
  FACTLIGHT_COLD void newline(std::string& out) const {
    out += '\n';
    out.append(depth_ * indent_, ' ');
  }
  std::size_t indent_, depth_ = 0;
  bool in_string_ = false, escaped_ = false, opened_ = false;
};

// Appends JSON to a string as it goes: no document tree, one pass over the analysis. The text is
// exactly what nlohmann's dump() would give for the same values, compact (indent < 0) or pretty
// (indent spaces per level, by Indenter): ordered keys, nlohmann's shortest round-trip doubles, its escapes.
// The string is used as a raw buffer: grown ahead, written with memcpy, cut to length at the end, so that
// each small piece costs a few instructions rather than a call into std::string. Every value is written
// with a comma after it, and a closing bracket takes the place of the comma after its container's last
// item: no state says whether a comma is due.
class JsonOut {
 public:
  JsonOut(std::string& out, int indent) : out_(out), indent_(indent) { start(); }
  // Hands the text written so far to `sink` whenever it passes kChunk bytes (after a closing bracket,
  // never inside a value), so that the whole output never has to be held at once.
  JsonOut(std::string& out, int indent, const std::function<void(std::string_view)>& sink)
      : out_(out), indent_(indent), sink_(&sink), flush_at_(kChunk) {
    start();
  }
  static constexpr std::size_t kChunk = 1 << 16;
  // Cuts the string to what was written (to_json), or hands the rest to the sink (write_json).
  FACTLIGHT_COLD void finish() {
    if (cur_ > base_ && cur_[-1] == ',') --cur_;  // the comma after the top-level value
    std::size_t len = static_cast<std::size_t>(cur_ - base_);
    if (sink_) {
      if (len > 0) hand_over(len);
      len = 0;
    }
    out_.resize(len);
    if (kPretty && indent_ >= 0 && !sink_) {
      std::string pretty;
      pretty.reserve(2 * len);
      Indenter(indent_).feed(out_, pretty);
      out_ = std::move(pretty);
    }
    sync(out_.size());
  }

  FACTLIGHT_WASM_OUTLINE JsonOut& begin_object() { return put('{'); }
  FACTLIGHT_WASM_OUTLINE JsonOut& end_object() { return close('}'); }
  FACTLIGHT_WASM_OUTLINE JsonOut& begin_array() { return put('['); }
  FACTLIGHT_WASM_OUTLINE JsonOut& end_array() { return close(']'); }

  // Keys are ASCII literals of this file: nothing to escape. Natively inline at each key, with its length
  // known there (GCC kept each template out of line, called some 70,000 times per MB of news).
  template <std::size_t N>
#if defined(__GNUC__) && !defined(__wasm__)
  __attribute__((always_inline))
#endif
  JsonOut& key(const char (&k)[N]) {
    return key(k, N - 1);
  }
  // One copy in the wasm (not one per key length: 1.1 KB less brotli); natively inlined, as the template
  // was, where the length is known.
#if defined(__wasm__)
  __attribute__((noinline))
#elif defined(__GNUC__)
  __attribute__((always_inline))
#endif
  JsonOut& key(const char* k, std::size_t n) {
    char* p = room(n + 3);
    *p = '"';
    std::memcpy(p + 1, k, n);
    p[n + 1] = '"';
    p[n + 2] = ':';
    cur_ = p + n + 3;
    return *this;
  }

  FACTLIGHT_WASM_OUTLINE JsonOut& null() { return literal("null,", 5); }
  FACTLIGHT_WASM_OUTLINE JsonOut& boolean(bool b) { return b ? literal("true,", 5) : literal("false,", 6); }
  FACTLIGHT_WASM_OUTLINE JsonOut& integer(int64_t v) {
    char* p = room(25);
    // Indexes and counts (nearly every integer written) by write_decimal; the rest by to_chars, alike.
    if (v >= 0 && v <= UINT32_MAX) p = write_decimal(p, static_cast<uint32_t>(v));
    else p = std::to_chars(p, p + 24, v).ptr;
    *p = ',';
    cur_ = p + 1;
    return *this;
  }
  JsonOut& real(double x) {
    if (!std::isfinite(x)) return null();
    char buf[64];
    char* end = nlohmann::detail::to_chars(buf, buf + sizeof buf, x);
    return raw(std::string_view(buf, static_cast<std::size_t>(end - buf)));
  }
  // Integral values print as integers (2, not 2.0), as the schema promises.
  JsonOut& number(double x) {
    if (std::isfinite(x) && std::fabs(x) < 9007199254740992.0 && x == std::floor(x))
      return integer(static_cast<int64_t>(x));
    return real(x);
  }
  // number(round3(v)): a score or confidence in (0, 1) is written as "0." and its digits without
  // trailing zeros, which is the shortest text that reads back as the same double (what nlohmann's
  // to_chars gives), without the general shortest-digits search. Others: number(). (round3(v) is
  // scaled / 1000, rounded once here.)
  FACTLIGHT_WASM_OUTLINE JsonOut& thousandths(double v) {
    const double scaled = std::round(v * 1000.0);
    if (!(scaled > 0 && scaled < 1000)) return number(scaled / 1000.0);
    const auto k = static_cast<unsigned>(scaled);
    char buf[5] = {'0', '.', static_cast<char>('0' + k / 100), static_cast<char>('0' + k / 10 % 10),
                   static_cast<char>('0' + k % 10)};
    std::size_t n = 5;
    while (buf[n - 1] == '0') --n;
    return raw(std::string_view(buf, n));
  }
  FACTLIGHT_WASM_OUTLINE JsonOut& opt_number(const std::optional<double>& x) { return x ? number(*x) : null(); }

  FACTLIGHT_WASM_OUTLINE JsonOut& string(std::string_view s) {
    put('"');
    escape_body(s);
    return literal("\",", 2);
  }
  // A value already written as JSON (by another JsonOut, compact).
  JsonOut& json_value(std::string_view v) { return raw(v); }
  // A name of this file (kind_name(), approx_name()): ASCII letters and underscores, nothing to escape.
  FACTLIGHT_WASM_OUTLINE JsonOut& name(const char* s) {
    const std::size_t n = std::strlen(s);
    char* p = room(n + 3);
    *p = '"';
    std::memcpy(p + 1, s, n);
    p[n + 1] = '"';
    p[n + 2] = ',';
    cur_ = p + n + 3;
    return *this;
  }
  // Which bytes of a whole valid UTF-8 text a string of it cannot copy as they are, one bit per byte
  // (bit i of word k for byte 64k + i): '"', '\\' and controls.
  // Made in one pass over the text, so that each span of it written after (the "text" of a span: the
  // output holds the text several times over) is copied between the marked bytes without being scanned.
  std::vector<uint64_t> escape_marks(std::string_view text) const {
    std::vector<uint64_t> marks((text.size() >> 6) + 1, 0);
    const auto* b = reinterpret_cast<const unsigned char*>(text.data());
    const std::size_t n = text.size();
    std::size_t i = 0;
#if defined(__SSE2__)
    for (; i + 16 <= n; i += 16) marks[i >> 6] |= uint64_t{special16(text.data() + i)} << (i & 63);
#else
    for (; i + 8 <= n; i += 8) {
      const uint64_t m = special8<false>(text.data() + i);
      if (!m) continue;
      for (std::size_t k = i + first_flagged(m); k < i + 8; ++k)  // flags above the first may be false
        if (kSpecial.of[b[k]] & 1) marks[k >> 6] |= uint64_t{1} << (k & 63);
    }
#endif
    for (; i < n; ++i)
      if (kSpecial.of[b[i]] & 1) marks[i >> 6] |= uint64_t{1} << (i & 63);
    return marks;
  }
  // string(text.substr(from, to - from)) for a text that is valid UTF-8, cut at character boundaries,
  // with marks = escape_marks(text): the runs between marked bytes copied whole.
  FACTLIGHT_WASM_OUTLINE JsonOut& marked_string(std::string_view text, std::size_t from, std::size_t to, const uint64_t* marks) {
    put('"');
    std::size_t run = from;  // the bytes from run on are not written yet
    for (std::size_t at = from; at < to;) {
      const uint64_t w = marks[at >> 6] >> (at & 63);
      if (!w) {
        at = (at | 63) + 1;
        continue;
      }
      at += swar::lowest_bit(w);
      if (at >= to) break;
      append(text.data() + run, at - run);
      run = at + escape_char(text, at);
      at = run;
    }
    char* p = room(to - run + 2);
    std::memcpy(p, text.data() + run, to - run);
    p += to - run;
    p[0] = '"';
    p[1] = ',';
    cur_ = p + 2;
    return *this;
  }
  // One string value written from pieces, as if they were joined first.
  JsonOut& string_parts(const std::string_view* parts, std::size_t n) {
    put('"');
    for (std::size_t i = 0; i < n; ++i) escape_body(parts[i]);
    return literal("\",", 2);
  }
  JsonOut& opt_string(const std::string& s) { return s.empty() ? null() : string(s); }
  FACTLIGHT_WASM_OUTLINE JsonOut& strings(const std::vector<std::string>& v) {
    begin_array();
    for (const auto& s : v) string(s);
    return end_array();
  }
  // "begin": b, "end": e as two keys of the open object; {"begin": b, "end": e} as a value. Spans are most
  // of the output's objects: written in one piece.
  FACTLIGHT_WASM_OUTLINE JsonOut& span_fields(uint32_t b, uint32_t e) {
    cur_ = write_span_fields(room(40), b, e);
    return *this;
  }
  FACTLIGHT_WASM_OUTLINE JsonOut& span(uint32_t b, uint32_t e) {
    char* p = room(42);
    *p = '{';
    p = write_span_fields(p + 1, b, e);
    p[-1] = '}';  // in place of the comma after the last field
    *p = ',';
    cur_ = p + 1;
    return *this;
  }
  // "q12", "f3", ...
  FACTLIGHT_WASM_OUTLINE JsonOut& id(char prefix, uint32_t n) {
    char* p = room(16);
    p[0] = '"';
    p[1] = prefix;
    p = write_decimal(p + 2, n);
    p[0] = '"';
    p[1] = ',';
    cur_ = p + 2;
    return *this;
  }

 private:
  // A pointer to n writable bytes at the end of what was written (cur_ is not moved).
  char* room(std::size_t n) {
    if (static_cast<std::size_t>(end_ - cur_) < n) grow(n);
    return cur_;
  }
  // The string's whole size is room: a reserve() made ahead (to_json's estimate) is used without growing.
  void start() {
    const std::size_t len = out_.size();
    out_.resize(std::max(out_.capacity(), len + 256));
    sync(len);
  }
  // The string's bytes and size, kept in members: a store through a char* could alias the string's own
  // fields, so reading them from out_ after every write would reload them.
  void sync(std::size_t len) {
    base_ = &out_[0];
    cur_ = base_ + len;
    end_ = base_ + out_.size();
  }
#if defined(__GNUC__)
  __attribute__((noinline))
#endif
  void grow(std::size_t n) {  // by half: the string is usually sized close to its need from the start
    const std::size_t len = static_cast<std::size_t>(cur_ - base_);
    out_.resize(std::max(out_.size() + out_.size() / 2, len + n + 256));
    sync(len);
  }
  // "begin":b,"end":e, at p (room for 40 bytes); returns the end.
  static char* write_span_fields(char* p, uint32_t b, uint32_t e) {
    static constexpr char kBegin[] = "\"begin\":", kEnd[] = ",\"end\":";
    std::memcpy(p, kBegin, sizeof kBegin - 1);
    p = write_decimal(p + sizeof kBegin - 1, b);
    std::memcpy(p, kEnd, sizeof kEnd - 1);
    p = write_decimal(p + sizeof kEnd - 1, e);
    *p = ',';
    return p + 1;
  }
  JsonOut& put(char c) {
    *room(1) = c;
    ++cur_;
    return *this;
  }
  void append(const char* s, std::size_t n) {
    std::memcpy(room(n), s, n);
    cur_ += n;
  }
  JsonOut& literal(const char* s, std::size_t n) {
    append(s, n);
    return *this;
  }
  // A value and its comma.
  JsonOut& raw(std::string_view v) {
    char* p = room(v.size() + 1);
    std::memcpy(p, v.data(), v.size());
    p[v.size()] = ',';
    cur_ = p + v.size() + 1;
    return *this;
  }
  // The closing bracket in place of the comma after the last item (an empty container has none), then
  // the container's own comma. The text goes to the sink (if any) from here: between two values.
  FACTLIGHT_WASM_OUTLINE JsonOut& close(char c) {
    char* p = room(2);
    if (p > base_ && p[-1] == ',') --p;
    p[0] = c;
    p[1] = ',';
    cur_ = p + 2;
    if (static_cast<std::size_t>(cur_ - base_) >= flush_at_) flush();
    return *this;
  }
  // All but the last comma, which a closing bracket may yet replace.
#if defined(__GNUC__)
  __attribute__((noinline))
#endif
  void flush() {
    hand_over(static_cast<std::size_t>(cur_ - base_) - 1);
    base_[0] = ',';
    cur_ = base_ + 1;
  }
  FACTLIGHT_COLD void hand_over(std::size_t len) {
    if (!kPretty || indent_ < 0) return (*sink_)(std::string_view(base_, len));
    if (!indenter_) indenter_.emplace(indent_);
    pretty_.clear();
    indenter_->feed(std::string_view(base_, len), pretty_);
    (*sink_)(pretty_);
  }
  // The escaped text of s, without the quotes around it. (Span texts of a valid input are written by
  // marked_string instead.)
  void escape_body(std::string_view s) {
    // Valid UTF-8 passes through (ensure_ascii off). A string with invalid bytes (only when the
    // input had some) is written again with each such byte replaced by U+FFFD.
    constexpr uint8_t kStop = 3;  // the kSpecial classes that end a run
    const std::size_t mark = static_cast<std::size_t>(cur_ - base_);
    const auto* b = reinterpret_cast<const unsigned char*>(s.data());
    const std::size_t n = s.size();
    for (std::size_t i = 0; i < n;) {
      const std::size_t run = i;
      for (;;) {  // i to the next special byte, or n
        if (i + 8 <= n) {
          const uint64_t m = special8<true>(s.data() + i);
          if (!m) {
            i += 8;
            continue;
          }
          i += first_flagged(m);
          break;
        }
        if (n >= 8 && i < n) {  // the last eight bytes, those before i masked off
          const uint64_t m = special8<true>(s.data() + n - 8) & (~uint64_t{0} << (8 * (i + 8 - n)));
          if (!m) {
            i = n;
            break;
          }
          const std::size_t at = n - 8 + first_flagged(m);
          // Exact unless a special byte before i borrowed: then byte by byte.
          if (kSpecial.of[b[at]] & kStop) {
            i = at;
            break;
          }
        }
        while (i < n && !(kSpecial.of[b[i]] & kStop)) ++i;
        break;
      }
      append(s.data() + run, i - run);
      if (i >= n) break;
      if (b[i] >= 0x80 && !decode_utf8(s, i).valid) {
        cur_ = base_ + mark;
        escape_body(sanitize_utf8(s));
        return;
      }
      i += escape_char(s, i);
    }
  }
  // The escape of the (valid) character at s[i], ASCII or not; returns its length.
  std::size_t escape_char(std::string_view s, std::size_t i) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      escape_ascii(c);
      return 1;
    }
    const Decoded d = decode_utf8(s, i);
    append(s.data() + i, d.len);
    return d.len;
  }
  // The escape of one ASCII byte that needs one: '"', '\\' or a control character.
#if defined(__GNUC__)
  __attribute__((noinline))
#endif
  void escape_ascii(unsigned char c) {
    // The letter after the backslash of each control character: its short escape, or 'u' for \u00XX.
    static constexpr char kControl[] = "uuuuuuuubtnufruuuuuuuuuuuuuuuuuu";
    static constexpr char kHex[] = "0123456789abcdef";
    const char e[6] = {'\\', c < 0x20 ? kControl[c] : static_cast<char>(c), '0', '0', kHex[c >> 4], kHex[c & 15]};
    append(e, e[1] == 'u' ? 6 : 2);
  }


  std::string& out_;
  char* base_ = nullptr;  // out_.data()
  char* cur_ = nullptr;   // the end of what was written; out_ beyond it is room
  char* end_ = nullptr;   // out_.data() + out_.size()
  int indent_;
  const std::function<void(std::string_view)>* sink_ = nullptr;
  std::size_t flush_at_ = SIZE_MAX;  // kChunk with a sink: close() hands the text over past it
  std::optional<Indenter> indenter_;  // pretty output through a sink: its state between the pieces
  std::string pretty_;                // and each piece's pretty text
};

double round3(double x) { return std::round(x * 1000.0) / 1000.0; }

// About how many bytes the compact JSON of an analysis takes: its texts exactly, every item's keys, ids
// and offsets at their longest (offsets counted in bytes, the largest unit), a little for the rest. Used to
// size the output string once: grown by doubling, it was copied and zero-filled two or three times over
// (a few percent of the whole analysis in wasm) and held up to twice its size.
FACTLIGHT_COLD std::size_t json_size_estimate(const Analysis& a, bool texts) {
  std::size_t d = 1;  // digits of the largest offset
  for (std::size_t v = a.doc.size(); v >= 10; v /= 10) ++d;
  const std::size_t span = 18 + 2 * d;  // {"begin":B,"end":E},
  auto text = [&](ByteSpan s) -> std::size_t { return texts ? s.end - s.begin : 0; };
  std::size_t n = 512 + a.doc.paragraphs.size() * span + a.doc.sentences.size() * (span + 13 + d);
  for (const Quote& q : a.quotes) {
    if (q.scare) {
      n += span + 10 + text(q.span);
      continue;
    }
    n += 205 + 6 * d + text(q.span) + q.fragments.size() * span + q.speaker_name.size();
    if (q.cue) n += text(*q.cue);
    if (q.speaker) n += text(*q.speaker);
  }
  for (const Speaker& s : a.speakers) {
    n += 80 + s.name.size() + s.mentions.size() * span + s.quotes.size() * 8;
    for (const std::string& desc : s.descriptions) n += desc.size() + 3;
  }
  for (const Figure& f : a.figures) {
    n += 165 + 2 * d + text(f.span) + f.unit.size() + f.currency.size();
    if (f.subject) n += span + 10 + text(*f.subject);
  }
  for (const Claim& c : a.claims)
    n += 90 + 3 * d + text(c.span) + c.reasons.size() * 40 + (c.figures.size() + c.quotes.size()) * 8;
  for (const Finding& f : a.findings) {
    n += 60 + 2 * d + f.kind.size() + text(f.span) + f.message.size();
    for (const ByteSpan& r : f.related) n += span + 10 + text(r);
  }
  return n + n / 16;  // escapes, and a margin
}

// Under options.reason_codes: the distinct reasons of a result, each numbered on first use. A reason is
// known by its cue and its words (static strings of the shipped model, so their addresses name them);
// an open-addressing table of codes finds it, in amortised constant time.
class ReasonCodes {
 public:
  FACTLIGHT_COLD FACTLIGHT_NOINLINE uint32_t code(const ClaimReason& r) {
    if (2 * (reasons_.size() + 1) > slots_.size()) grow();
    const std::size_t mask = slots_.size() - 1;
    for (std::size_t i = hash(r) & mask;; i = (i + 1) & mask) {
      if (slots_[i] == 0) {
        reasons_.push_back(r);
        slots_[i] = static_cast<uint32_t>(reasons_.size());
        return slots_[i] - 1;
      }
      const ClaimReason& o = reasons_[slots_[i] - 1];
      if (o.cue == r.cue && o.lowers == r.lowers && o.words[0] == r.words[0] && o.words[1] == r.words[1] &&
          o.words[2] == r.words[2])
        return slots_[i] - 1;
    }
  }
  const std::vector<ClaimReason>& reasons() const { return reasons_; }

 private:
  static std::size_t hash(const ClaimReason& r) {
    uint64_t h = r.cue * 2u + r.lowers;
    for (const char* w : r.words) h = (h ^ reinterpret_cast<uintptr_t>(w)) * 0x9E3779B97F4A7C15ull;
    return static_cast<std::size_t>(h ^ (h >> 29));
  }
  FACTLIGHT_COLD void grow() {
    slots_.assign(std::max<std::size_t>(64, 2 * slots_.size()), 0);
    const std::size_t mask = slots_.size() - 1;
    for (uint32_t k = 0; k < reasons_.size(); ++k) {
      std::size_t i = hash(reasons_[k]) & mask;
      while (slots_[i] != 0) i = (i + 1) & mask;
      slots_[i] = k + 1;
    }
  }
  std::vector<ClaimReason> reasons_;  // by code
  std::vector<uint32_t> slots_;       // code + 1, or 0 for none; a power of two, at most half full
};

// The values of an analysis's JSON for the JS API's decoder (write_compact): numbers in order in `w`
// (offsets, counts, ids, flags, and each string's length in UTF-16 units), the doubles in `f` (NaN for
// null, as JSON writes any non-finite number), the strings' UTF-8 one after the other in `s`. No keys
// and no syntax: web/factlight.js reads them back in the order Writer::write_compact puts them, which is
// Writer::write's.
struct Compact {
  std::vector<uint32_t> w;
  std::vector<double> f;
  std::string s;
  static constexpr uint32_t kNull = UINT32_MAX;  // in w: a null string, span or number

  void u(uint32_t v) { w.push_back(v); }
  void real(double x) { f.push_back(x); }  // the decoder reads a NaN or an infinity as null
  void opt_real(const std::optional<double>& x) { real(x ? *x : NAN); }
  // A string's length in UTF-16 units, then its bytes: valid UTF-8, as the JSON writes it (invalid
  // bytes as U+FFFD), so that the decoder's one decoding of `s` is cut where the lengths say.
  FACTLIGHT_NOINLINE void str(std::string_view t) {
    // ASCII (one unit per byte) skipped eight bytes at a time: names, units and messages nearly always are.
    std::size_t i = 0;
    while (i + 8 <= t.size() && !(swar::load8(t.data() + i) & 0x8080808080808080ull)) i += 8;
    while (i < t.size() && static_cast<unsigned char>(t[i]) < 0x80) ++i;
    uint32_t units = static_cast<uint32_t>(i);
    while (i < t.size()) {
      const Decoded d = decode_utf8(t, i);
      if (!d.valid) return str(sanitize_utf8(t));
      units += utf16_units(d.cp);
      i += d.len;
    }
    u(units);
    s.append(t);
  }
  void opt_str(const std::string& t) { t.empty() ? u(kNull) : str(t); }
  // A name of this file (kind_name(), approx_name()) as its number in the order of first use, the name
  // itself after that number the first time: the decoder makes one string of each.
  std::vector<const char*> names;
  void name(const char* n) {
    uint32_t k = 0;
    while (k < names.size() && names[k] != n) ++k;
    u(k);
    if (k == names.size()) names.push_back(n), str(n);
  }
};

class Writer {
 public:
  Writer(const Analysis& a, const Options& o)
      : a_(a), map_(a.doc.original(), o.offsets, a.doc.invalid_bytes),
        texts_(o.span_texts), valid_(a.doc.invalid_bytes.empty()) {
    uint32_t top = 0;
    for (const auto& q : a.quotes) top = std::max(top, q.id);
    listed_.assign(a.quotes.empty() ? 0 : std::size_t{top} + 1, 0);
    for (const auto& q : a.quotes)
      if (!q.scare) listed_[q.id] = 1, ++listed_count_;
  }

  // Scare quotes are written without an id, so references to them would dangle: only quotes
  // listed under "quotes" may be referred to.
  FACTLIGHT_WASM_OUTLINE bool listed(uint32_t id) const { return id < listed_.size() && listed_[id]; }

  std::string_view text(ByteSpan s) const {
    return a_.doc.original().substr(s.begin, s.end - s.begin);
  }
  void span_fields(JsonOut& j, ByteSpan s) const { j.span_fields(map_(s.begin), map_(s.end)); }
  void span(JsonOut& j, ByteSpan s) const { j.span(map_(s.begin), map_(s.end)); }
  void span_text_fields(JsonOut& j, ByteSpan s) const {
    span_fields(j, s);
    if (!texts_) {
      j.key("text").null();
      return;
    }
    // A span of a valid text is valid UTF-8 when it begins and ends at character boundaries.
    const std::string_view o = a_.doc.original();
    auto boundary = [&](uint32_t at) { return at >= o.size() || (static_cast<unsigned char>(o[at]) & 0xC0) != 0x80; };
    if (valid_ && boundary(s.begin) && boundary(s.end)) j.key("text").marked_string(o, s.begin, s.end, marks_.data());
    else j.key("text").string(text(s));
  }
  void span_text(JsonOut& j, ByteSpan s) const {
    j.begin_object();
    span_text_fields(j, s);
    j.end_object();
  }
  FACTLIGHT_WASM_OUTLINE void opt_span_text(JsonOut& j, const std::optional<ByteSpan>& s) const {
    if (s) span_text(j, *s);
    else j.null();
  }

  void write(JsonOut& j, const Options& o) const {
    if (texts_ && valid_) marks_ = j.escape_marks(a_.doc.original());
    j.begin_object();
    j.key("schema").string(kSchema);
    j.key("offsets").string(offset_unit_name(map_.unit()));
    j.key("length").integer(map_(a_.doc.size()));
    j.key("paragraphs").begin_array();
    for (const auto& p : a_.doc.paragraphs) span(j, p.span);
    j.end_array();
    j.key("sentences").begin_array();
    for (const auto& s : a_.doc.sentences) {
      j.begin_object();
      span_fields(j, s.span);
      j.key("paragraph").integer(s.paragraph);
      j.end_object();
    }
    j.end_array();

    j.key("quotes").begin_array();
    for (const auto& q : a_.quotes) {
      if (q.scare) continue;
      j.begin_object();
      j.key("id").id('q', q.id);
      j.key("kind").name(kind_name(q.kind));
      span_text_fields(j, q.span);
      j.key("fragments").begin_array();
      for (const auto& f : q.fragments) span(j, f);
      j.end_array();
      j.key("cue");
      opt_span_text(j, q.cue);
      j.key("speaker");
      opt_span_text(j, q.speaker);
      j.key("speaker_name").opt_string(q.speaker_name);
      j.key("speaker_kind").name(kind_name(q.speaker_kind));
      j.key("confidence").thousandths(q.confidence);
      j.end_object();
    }
    j.end_array();
    j.key("scare_quotes").begin_array();
    for (const auto& q : a_.quotes)
      if (q.scare) span_text(j, q.span);
    j.end_array();

    j.key("speakers").begin_array();
    for (const auto& s : a_.speakers) {
      j.begin_object();
      j.key("name").string(s.name);
      j.key("kind").name(kind_name(s.kind));
      j.key("mentions").begin_array();
      for (const auto& m : s.mentions) span(j, m);
      j.end_array();
      j.key("descriptions").strings(s.descriptions);
      j.key("quotes").begin_array();
      for (uint32_t id : s.quotes)
        if (listed(id)) j.id('q', id);
      j.end_array();
      j.end_object();
    }
    j.end_array();

    j.key("figures").begin_array();
    for (const auto& f : a_.figures) {
      j.begin_object();
      j.key("id").id('f', f.id);
      j.key("kind").name(kind_name(f.kind));
      span_text_fields(j, f.span);
      j.key("value").opt_number(f.value);
      j.key("low").opt_number(f.low);
      j.key("high").opt_number(f.high);
      j.key("unit").opt_string(f.unit);
      j.key("currency").opt_string(f.currency);
      j.key("approx").name(approx_name(f.approx));
      j.key("subject");
      opt_span_text(j, f.subject);
      j.key("relative").boolean(f.relative);
      j.end_object();
    }
    j.end_array();

    j.key("claims").begin_array();
    ReasonCodes codes;
    for (const auto& c : a_.claims) {
      j.begin_object();
      j.key("id").id('c', c.id);
      j.key("sentence").integer(c.sentence);
      span_text_fields(j, c.span);
      j.key("score").thousandths(c.score);
      j.key("reasons").begin_array();
      if (o.reason_codes)
        for (const ClaimReason& r : c.reasons) j.integer(codes.code(r));
      else
        reasons(j, c.reasons);
      j.end_array();
      j.key("figures").begin_array();
      for (uint32_t id : c.figures) j.id('f', id);
      j.end_array();
      j.key("quotes").begin_array();
      for (uint32_t id : c.quotes)
        if (listed(id)) j.id('q', id);
      j.end_array();
      j.end_object();
    }
    j.end_array();
    if (o.reason_codes) {
      j.key("reason_texts").begin_array();
      for (const ClaimReason& r : codes.reasons()) reason(j, r);
      j.end_array();
    }

    j.key("findings").begin_array();
    for (const auto& f : a_.findings) {
      j.begin_object();
      j.key("kind").string(f.kind);
      span_text_fields(j, f.span);
      j.key("message").string(f.message);
      j.key("related").begin_array();
      for (const auto& r : f.related) span_text(j, r);
      j.end_array();
      j.end_object();
    }
    j.end_array();

    if (o.timings) {
      const StageTimes& t = a_.times;
      j.key("timings").begin_object();
      j.key("text").real(t.text);
      j.key("figures").real(t.figures);
      j.key("quotes").real(t.quotes);
      j.key("claims").real(t.claims);
      j.key("findings").real(t.findings);
      j.end_object();
    }
    j.end_object();
  }

  // The values write() writes, in its order, for the JS API (the Compact struct says how). Span texts
  // are left out (the decoder slices them from the text it holds); claim reasons are codes, as under
  // options.reason_codes, each new one followed by its text.
  FACTLIGHT_COLD void write_compact(Compact& c, const Options& o) const {
    auto span = [&](ByteSpan s) { c.u(map_(s.begin)), c.u(map_(s.end)); };
    auto opt_span = [&](const std::optional<ByteSpan>& s) { s ? span(*s) : c.u(Compact::kNull); };
    auto spans = [&](const std::vector<ByteSpan>& v) {
      c.u(static_cast<uint32_t>(v.size()));
      for (const ByteSpan& s : v) span(s);
    };
    // The listed quotes of `ids`: their count first.
    auto quote_ids = [&](const uint32_t* first, const uint32_t* last) {
      const std::size_t at = c.w.size();
      c.u(0);
      for (const uint32_t* id = first; id != last; ++id)
        if (listed(*id)) c.u(*id), ++c.w[at];
    };
    // Room for every number at once: grown by doubling, the buffer was up to twice its size, and each
    // growth held the old copy beside the new one (wasm memory never shrinks).
    const Analysis& a = a_;
    std::size_t n = 16 + 2 * a.doc.paragraphs.size() + 3 * a.doc.sentences.size() + 14 * a.figures.size();
    for (const Quote& q : a.quotes) n += 14 + 2 * q.fragments.size();
    for (const Speaker& s : a.speakers) n += 6 + 2 * s.mentions.size() + s.descriptions.size() + s.quotes.size();
    for (const Claim& cl : a.claims) n += 9 + 2 * cl.reasons.size() + cl.figures.size() + cl.quotes.size();
    for (const Finding& f : a.findings) n += 6 + 2 * f.related.size();
    c.w.reserve(n);
    c.f.reserve(5 + a.quotes.size() + 3 * a.figures.size() + a.claims.size());
    c.str(kSchema);
    c.str(offset_unit_name(map_.unit()));
    c.u(map_(a_.doc.size()));
    c.u(static_cast<uint32_t>(a_.doc.paragraphs.size()));
    for (const auto& p : a_.doc.paragraphs) span(p.span);
    c.u(static_cast<uint32_t>(a_.doc.sentences.size()));
    for (const auto& s : a_.doc.sentences) span(s.span), c.u(s.paragraph);
    c.u(static_cast<uint32_t>(listed_count_));
    for (const auto& q : a_.quotes) {
      if (q.scare) continue;
      c.u(q.id);
      c.name(kind_name(q.kind));
      span(q.span);
      spans(q.fragments);
      opt_span(q.cue);
      opt_span(q.speaker);
      c.opt_str(q.speaker_name);
      c.name(kind_name(q.speaker_kind));
      c.real(round3(q.confidence));
    }
    c.u(static_cast<uint32_t>(a_.quotes.size() - listed_count_));
    for (const auto& q : a_.quotes)
      if (q.scare) span(q.span);
    c.u(static_cast<uint32_t>(a_.speakers.size()));
    for (const auto& s : a_.speakers) {
      c.str(s.name);
      c.name(kind_name(s.kind));
      spans(s.mentions);
      c.u(static_cast<uint32_t>(s.descriptions.size()));
      for (const auto& d : s.descriptions) c.str(d);
      quote_ids(s.quotes.data(), s.quotes.data() + s.quotes.size());
    }
    c.u(static_cast<uint32_t>(a_.figures.size()));
    for (const auto& f : a_.figures) {
      c.u(f.id);
      c.name(kind_name(f.kind));
      span(f.span);
      c.opt_real(f.value);
      c.opt_real(f.low);
      c.opt_real(f.high);
      c.opt_str(f.unit);
      c.opt_str(f.currency);
      c.name(approx_name(f.approx));
      opt_span(f.subject);
      c.u(f.relative);
    }
    c.u(static_cast<uint32_t>(a_.claims.size()));
    ReasonCodes codes;
    uint32_t rank_codes[32];  // the code of each ClaimReasons rank's reason, kNull until first used
    std::fill(std::begin(rank_codes), std::end(rank_codes), Compact::kNull);
    for (const auto& cl : a_.claims) {
      c.u(cl.id);
      c.u(cl.sentence);
      span(cl.span);
      c.real(round3(cl.score));
      c.u(static_cast<uint32_t>(cl.reasons.size()));
      // As names are: a code, and the text after a new one. A cue's reason depends on its rank alone, so
      // its code is looked up once per rank (as reasons() caches its JSON), in the order ClaimReasons
      // iterates (ranks lowest first, then the wording): the codes come out as the iteration's would.
      auto code = [&](const ClaimReason& r) {
        const std::size_t known = codes.reasons().size();
        const uint32_t k = codes.code(r);
        c.u(k);
        if (codes.reasons().size() > known) c.str(reason_text(r));
        return k;
      };
      for (uint32_t ranks = cl.reasons.cue_ranks; ranks; ranks &= ranks - 1) {
        uint32_t& k = rank_codes[swar::lowest_bit(ranks)];
        if (k == Compact::kNull) k = code(*ClaimReasons{ranks & (0u - ranks), {}}.begin());
        else c.u(k);
      }
      if (cl.reasons.words[0]) {
        ClaimReason r;
        std::copy(cl.reasons.words, cl.reasons.words + 3, r.words);
        code(r);
      }
      c.u(static_cast<uint32_t>(cl.figures.size()));
      for (uint32_t id : cl.figures) c.u(id);
      quote_ids(cl.quotes.begin(), cl.quotes.end());
    }
    c.u(static_cast<uint32_t>(a_.findings.size()));
    for (const auto& f : a_.findings) {
      c.str(f.kind);
      span(f.span);
      c.str(f.message);
      spans(f.related);
    }
    c.u(o.timings);
    const StageTimes& t = a_.times;
    for (double x : {t.text, t.figures, t.quotes, t.claims, t.findings}) c.real(x);
  }

 private:
  // A claim's reasons as JSON strings, as `for (r : reasons) reason(j, r)` writes them: the cues by rank,
  // lowest first (ClaimReasons' order), each rank's string looked up directly (30,000 reasons per MB of
  // news, where building each ClaimReason and finding its string took some 100 instructions), then the
  // wording reason.
  void reasons(JsonOut& j, const ClaimReasons& rs) const {
    for (uint32_t ranks = rs.cue_ranks; ranks; ranks &= ranks - 1) {
      const std::string*& cached = rank_reasons_[swar::lowest_bit(ranks)];
      if (!cached) {
        const ClaimReason r = *ClaimReasons{ranks & (0u - ranks), {}}.begin();
        if (r.cue >= kCachedCues) {
          reason(j, r);
          continue;
        }
        cached = &cue_reason(r);
      }
      j.json_value(*cached);
    }
    if (rs.words[0]) {
      ClaimReason r;
      std::copy(rs.words, rs.words + 3, r.words);
      reason(j, r);
    }
  }
  // A cue's reason (no words) as a JSON string: one of a few dozen texts, escaped once.
  FACTLIGHT_COLD FACTLIGHT_NOINLINE const std::string& cue_reason(const ClaimReason& r) const {
    std::string& cached = cue_reasons_[r.cue * 2u + (r.lowers ? 1u : 0u)];
    if (cached.empty()) {
      std::string_view parts[kReasonPartsMax];
      const std::size_t n = reason_parts(r, parts);
      JsonOut tmp(cached, -1);
      tmp.string_parts(parts, n);
      tmp.finish();
    }
    return cached;
  }
  // A reason's text as a JSON string.
  FACTLIGHT_COLD FACTLIGHT_NOINLINE void reason(JsonOut& j, const ClaimReason& r) const {
    if (!r.words[0] && r.cue < kCachedCues) {
      j.json_value(cue_reason(r));
      return;
    }
    // Any other reason (one with words): a few hundred distinct ones among tens of thousands, each
    // escaped once too.
    const uint32_t k = word_reasons_.code(r);
    if (k == word_reason_json_.size()) {
      std::string_view parts[kReasonPartsMax];
      std::string piece;
      JsonOut tmp(piece, -1);
      tmp.string_parts(parts, reason_parts(r, parts));
      tmp.finish();
      word_reason_json_.push_back(std::move(piece));
    }
    j.json_value(word_reason_json_[k]);
  }

  const Analysis& a_;
  OffsetMap map_;
  std::vector<uint8_t> listed_;  // by quote id: 1 for the quotes written under "quotes"
  std::size_t listed_count_ = 0;  // how many quotes are written under "quotes"
  bool texts_;                    // options.span_texts: false writes each span's "text" as null
  bool valid_;                    // the input is valid UTF-8 (no invalid bytes)
  mutable std::vector<uint64_t> marks_;  // JsonOut::escape_marks() of the text, for the span texts
  // The JSON string of each cue's reason (ClaimReason::cue * 2 + lowers), written on first use.
  static constexpr unsigned kCachedCues = 64;  // more than ClaimCue has
  mutable std::string cue_reasons_[2 * kCachedCues];
  mutable const std::string* rank_reasons_[32] = {};  // cue_reasons_'s string of each ClaimReasons rank
  mutable ReasonCodes word_reasons_;  // the reasons with words met so far, numbered in that order
  mutable std::vector<std::string> word_reason_json_;  // their JSON strings, by that number
};

}  // namespace

const char* kind_name(QuoteKind k) {
  switch (k) {
    case QuoteKind::direct: return "direct";
    case QuoteKind::partial: return "partial";
    case QuoteKind::indirect: return "indirect";
    case QuoteKind::mixed: return "mixed";
  }
  return "direct";
}

const char* kind_name(SpeakerKind k) {
  switch (k) {
    case SpeakerKind::person: return "person";
    case SpeakerKind::organization: return "organization";
    case SpeakerKind::group: return "group";
    case SpeakerKind::vague: return "vague";
    case SpeakerKind::unknown: return "unknown";
  }
  return "unknown";
}

const char* kind_name(FigureKind k) {
  switch (k) {
    case FigureKind::count: return "count";
    case FigureKind::percent: return "percent";
    case FigureKind::money: return "money";
    case FigureKind::quantity: return "quantity";
    case FigureKind::date: return "date";
    case FigureKind::duration: return "duration";
    case FigureKind::ordinal: return "ordinal";
    case FigureKind::ratio: return "ratio";
    case FigureKind::range: return "range";
  }
  return "count";
}

const char* approx_name(Approx a) {
  switch (a) {
    case Approx::exact: return "exact";
    case Approx::about: return "about";
    case Approx::over: return "over";
    case Approx::under: return "under";
    case Approx::at_least: return "at_least";
    case Approx::at_most: return "at_most";
    case Approx::vague: return "vague";
  }
  return "exact";
}

std::string to_json(const Analysis& analysis, const Options& options, int indent) {
  std::string out;
  // Never less than twice the input (texts full of escaped characters outgrow the estimate).
  const std::size_t least = std::size_t{4096} + std::size_t{2} * analysis.doc.size();
  out.reserve(indent < 0 ? std::max(least, json_size_estimate(analysis, options.span_texts)) : least);
  JsonOut j(out, indent);
  Writer(analysis, options).write(j, options);
  j.finish();
  return out;
}

void write_json(const Analysis& analysis, const Options& options, int indent,
                const std::function<void(std::string_view)>& sink) {
  std::string out;
  JsonOut j(out, indent, sink);
  Writer(analysis, options).write(j, options);
  j.finish();
}

FACTLIGHT_COLD void write_compact(const Analysis& analysis, const Options& options,
                                  void (*sink)(const char* data, std::size_t size)) {
  Compact c;
  Writer(analysis, options).write_compact(c, options);
  sink(reinterpret_cast<const char*>(c.w.data()), c.w.size() * sizeof(uint32_t));
  sink(reinterpret_cast<const char*>(c.f.data()), c.f.size() * sizeof(double));
  sink(c.s.data(), c.s.size());
}

FACTLIGHT_COLD std::string error_json(std::string_view message, int indent) {
  std::string out;
  JsonOut j(out, indent);
  j.begin_object().key("schema").string(kSchema).key("error").string(message).end_object();
  j.finish();
  return out;
}

FACTLIGHT_COLD std::string claimreviews_to_json(const Analysis& a, const Options& o,
                                                const std::vector<const Claim*>& chosen, int indent) {
  const OffsetMap map(a.doc.original(), o.offsets, a.doc.invalid_bytes);
  std::string out;
  JsonOut j(out, indent);
  j.begin_array();
  for (const Claim* c : chosen) {
    j.begin_object();
    j.key("@context").string("https://schema.org");
    j.key("@type").string("ClaimReview");
    j.key("claimReviewed").string(a.doc.slice(c->span));  // the repaired text: always valid UTF-8
    j.key("itemReviewed").begin_object().key("@type").string("Claim").key("author");
    // The author of the claim: the named speaker of the first quote in it that has one.
    const Quote* author = nullptr;
    for (uint32_t id : c->quotes) {
      if (id == 0 || id > a.quotes.size()) continue;
      const Quote& q = a.quotes[id - 1];
      if (q.speaker_name.empty()) continue;
      if (q.speaker_kind != SpeakerKind::person && q.speaker_kind != SpeakerKind::organization) continue;
      author = &q;
      break;
    }
    if (author)
      j.begin_object()
          .key("@type").string(author->speaker_kind == SpeakerKind::person ? "Person" : "Organization")
          .key("name").string(author->speaker_name)
          .end_object();
    else
      j.null();
    j.key("appearance").begin_object().key("@type").string("CreativeWork").key("url").null().end_object();
    j.end_object();
    j.key("reviewRating").begin_object().key("@type").string("Rating").key("ratingValue").null();
    j.key("bestRating").null().key("worstRating").null().key("alternateName").null().end_object();
    j.key("author").begin_object().key("@type").string("Organization").key("name").null().key("url").null();
    j.end_object();
    j.key("datePublished").null().key("url").null();
    // Not schema.org: where the claim sits in the analysed text, for the CMS (JSON-LD processors ignore it).
    j.key("factlight").begin_object().key("claim").id('c', c->id);
    j.key("offsets").string(offset_unit_name(o.offsets));
    j.key("begin").integer(map(c->span.begin)).key("end").integer(map(c->span.end));
    j.key("score").real(round3(c->score)).key("reasons").begin_array();
    for (const ClaimReason& r : c->reasons) j.string(reason_text(r));
    j.end_array().end_object();
    j.end_object();
  }
  j.end_array();
  j.finish();
  return out;
}

}  // namespace factlight
