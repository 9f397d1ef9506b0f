#include "factlight/document.hpp"

#include <algorithm>
#include <cstring>

#include "factlight/unicode.hpp"
#include "claims_lexicon.hpp"
#include "claims_words.hpp"
#include "size_hints.hpp"
#include "swar.hpp"
#include "word_set.hpp"

// Natively on x86-64 (where SSE2 is always there) the tokenizer's fast path reads a word's 16 bytes as one
// vector; elsewhere (the wasm among them) as two numbers (swar.hpp).
#if defined(__SSE2__) && defined(__x86_64__)
#define FACTLIGHT_SSE2 1
#include <emmintrin.h>
#else
#define FACTLIGHT_SSE2 0
#endif

namespace factlight {
namespace {

constexpr char kReplacementByte = 0x1A;  // stands in for an invalid byte; keeps every offset

bool is_blank(char32_t c) { return is_space(c) || is_joiner(c); }

using swar::kHigh;
using swar::load8;
// The bytes of eight (their top bits) below 0x20 or from 0x80: a control character (line breaks among
// them) or part of a non-ASCII character. The first is exact: a borrow only starts at a byte below 0x20.
uint64_t special8(uint64_t x) { return ((x - 0x2020202020202020ull) | x) & kHigh; }

// The offset (0..31) of the first of the 32 bytes at p that is below `below` (0x20: a control character,
// line breaks among them; 0: none) or from 0x80 (part of a non-ASCII character), or 32 when there is none.
// As special8(), by eight bytes: the first one marked is exact.
// Inline natively, where `below` folds (the wasm's compiler decides: smaller).
#if defined(__GNUC__) && !defined(__wasm__)
__attribute__((always_inline)) inline
#endif
std::size_t first_of32(const char* p, uint8_t below) {
  const uint64_t sub = below * swar::kOnes;
  auto marks = [sub](uint64_t x) { return ((x - sub) | x) & kHigh; };
  const uint64_t m0 = marks(load8(p)), m1 = marks(load8(p + 8)), m2 = marks(load8(p + 16)), m3 = marks(load8(p + 24));
  if (!(m0 | m1 | m2 | m3)) return 32;
  if (m0) return swar::lowest_bit(m0) >> 3;
  if (m1) return 8 + (swar::lowest_bit(m1) >> 3);
  if (m2) return 16 + (swar::lowest_bit(m2) >> 3);
  return 24 + (swar::lowest_bit(m3) >> 3);
}

#if FACTLIGHT_SSE2
// How many of the 16 bytes x, from the first, are ASCII letters or digits (0..16), as ascii_alnum8() tells
// eight at a time: natively (every x86-64 has SSE2) the 16 are classified at once, in a dozen instructions
// whose constants stay in vector registers. Each range test is a signed comparison after a shift of the
// range's start to -128: bytes from 0x80 shift out of the ranges.
inline uint32_t alnum_prefix16(__m128i x) {
  const __m128i letter = _mm_cmplt_epi8(_mm_add_epi8(_mm_or_si128(x, _mm_set1_epi8(0x20)), _mm_set1_epi8(0x80 - 'a')),
                                        _mm_set1_epi8(static_cast<char>(-128 + 26)));
  const __m128i digit = _mm_cmplt_epi8(_mm_add_epi8(x, _mm_set1_epi8(0x80 - '0')), _mm_set1_epi8(static_cast<char>(-128 + 10)));
  const uint32_t alnum = static_cast<uint32_t>(_mm_movemask_epi8(_mm_or_si128(letter, digit)));
  return swar::lowest_bit(~alnum);  // bit 16 on: 16 when all are
}
// 16 bytes 0xFF, then 16 zeros: 16 bytes from kFirstBytes + 16 - n keep the first n bytes of 16.
alignas(16) constexpr uint8_t kFirstBytes[32] = {0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF,
                                                 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF};
// x with its bytes from 'A' to 'Z' lowered (+0x20), as swar::lower_ascii8() eight at a time.
inline __m128i lower_ascii16(__m128i x) {
  const __m128i upper = _mm_cmplt_epi8(_mm_add_epi8(x, _mm_set1_epi8(0x80 - 'A')), _mm_set1_epi8(static_cast<char>(-128 + 26)));
  return _mm_or_si128(x, _mm_and_si128(upper, _mm_set1_epi8(0x20)));
}
#endif

// Classes of bytes inside a word: ASCII letters and digits are decided from the table; kOther bytes
// (non-ASCII, and the apostrophe) need the full test; any other byte ends the word. And, for an ASCII
// character that begins a token and is none of those, whether it is a quotation mark (kQuoteMark) or
// punctuation (kPunctMark), as the tokenizer's tests below would say.
// kBlank: ASCII white space and line breaks, which separate tokens.
enum : uint8_t { kLetter = 1, kLower = 2, kDigit = 4, kOther = 8, kQuoteMark = 16, kPunctMark = 32, kBlank = 64 };
struct AsciiClass {
  uint8_t of[256];
  AsciiClass() : of() {
    for (int b = 0; b < 256; ++b) {
      if (b == ' ' || (b >= '\t' && b <= '\r')) of[b] = kBlank;  // \t \n \v \f \r: is_space() or is_line_break()
      else if (b >= 0x80 || b == '\'') of[b] = kOther;
      else if (is_upper(static_cast<char32_t>(b))) of[b] = kLetter;
      else if (is_letter(static_cast<char32_t>(b))) of[b] = kLetter | kLower;
      else if (is_digit(static_cast<char32_t>(b))) of[b] = kDigit;
      if (b < 0x80 && quote_role(static_cast<char32_t>(b)) != QuoteRole::none) of[b] |= kQuoteMark;
      if (b < 0x80 && std::strchr(",;:!?()[]{}/\\", b) != nullptr) of[b] |= kPunctMark;
    }
  }
};
const AsciiClass kAsciiClass;

// w is in the set, compared with its ASCII letters lower-cased (the lists are lower-case ASCII).
bool in_list(std::string_view w, const WordSet& set) {
  char buf[16];
  if (w.size() > set.max_length() || w.size() > sizeof buf) return false;
  for (std::size_t i = 0; i < w.size(); ++i) {
    const char c = w[i];
    buf[i] = c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c;
  }
  return set.contains(std::string_view(buf, w.size()));
}

// Abbreviations that are followed by a name or number, never ending a sentence.
const WordSet kTitleSet{std::string_view(
    "mr mrs ms dr prof gov rep sen gen col lt sgt capt cmdr maj adm rev hon pres supt det insp "
    "messrs mme mt ft st vs cf approx fig dept univ atty sec")};
// Abbreviations that end a sentence only when the next word is a typical sentence opener.
const WordSet kWeakSet{std::string_view(
    "jan feb mar apr jun jul aug sep sept oct nov dec inc ltd corp co llc plc bros jr sr etc al no "
    "nos")};
const WordSet kOpenerSet{std::string_view(
    "the he she it they we i but and in a an this that these those his her their our its there when "
    "while after before as if on at for so yet meanwhile however still now then also some many most "
    "what why how who you my one both last according")};

// At most how many tokens begin at or after `from`: a token begins at a byte that is neither ASCII
// white space nor a UTF-8 continuation byte, and not at an ASCII letter after a letter or at a digit
// after a letter or digit (words and numbers run on through those). One pass with a table, run only
// when the first guess at the token count falls short (dense text: quote marks, punctuation), so
// that the token vector is allocated once more at the size it needs rather than doubled.
std::size_t token_bound(std::string_view t, std::size_t from) {
  enum : uint8_t { kNever, kAlpha, kNum, kAlways };
  // starts[previous][current]
  static constexpr uint8_t kStarts[4][4] = {{0, 1, 1, 1}, {0, 0, 0, 1}, {0, 1, 0, 1}, {0, 1, 1, 1}};
  std::size_t count = 0;
  uint8_t prev = kAlways;
  for (std::size_t i = from; i < t.size(); ++i) {
    const auto b = static_cast<unsigned char>(t[i]);
    const uint8_t of = kAsciiClass.of[b];
    const uint8_t c = b >= 0x80 ? (b < 0xC0 ? kNever : kAlways)
                      : (of & kBlank) ? kNever : (of & kLetter) ? kAlpha : (of & kDigit) ? kNum : kAlways;
    count += kStarts[prev][c];
    prev = c;
  }
  return count + 1;
}

// Sets bit `at` of a bitmap that grows as needed (by doubling). Out of line: one copy for its callers.
FACTLIGHT_NOINLINE void set_bit(std::vector<uint64_t>& bits, std::size_t at) {
  if ((at >> 6) >= bits.size()) bits.resize(std::max((at >> 6) + 1, 2 * bits.size()));
  bits[at >> 6] |= uint64_t{1} << (at & 63);
}

// Writes a token whole: assigning its bit fields one by one reads back the word they share. Where bit
// fields are laid out from the lowest bit (GCC and Clang on little-endian targets: x86-64, wasm), that
// word is composed in a register. The token is composed in a local and stored as a Token: a memcpy into
// the array would be a store of bytes, which may alias anything, and the compiler would read every table
// the tokenizer uses (the lexicon's among them) again after each token.
#if defined(__GNUC__)
__attribute__((always_inline))
#endif
inline void put_token(Token* at, uint32_t begin, uint32_t end, char32_t first, TokenKind kind, uint8_t flags) {
  Token tk;
#if defined(__GNUC__) && defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
  const uint32_t words[3] = {begin, end,
                             (first & 0x1FFFFF) | uint32_t{static_cast<uint8_t>(kind)} << 21 | uint32_t{flags} << 24};
  std::memcpy(static_cast<void*>(&tk), words, sizeof words);
#else
  tk.span = {begin, end};
  tk.first = first & 0x1FFFFF;
  tk.kind = kind;
  tk.flags = flags;
#endif
  *at = tk;
}

}  // namespace

Document::Document(std::string_view original) : original_(original) {
  const std::size_t n = original.size();
  // 1. Lines -> paragraphs, the input validated on the way (one pass): an invalid byte is repaired
  // byte for byte, only when there is one, and is no line break. A line that ends mid-sentence
  // followed by one that starts in lower case is a hard wrap and joins the paragraph.
  struct Line { uint32_t begin, end; };
  std::vector<Line> lines;
  {
    const char* const in = original.data();
    std::size_t i = 0;
    while (i < n) {
      std::size_t line_begin = i, line_end = n, next = n;
      while (i < n) {
        if (i + 32 <= n) {  // up to the first byte of the next 32 that is no printable ASCII
          const std::size_t k = first_of32(in + i, 0x20);
          i += k;
          if (k == 32) continue;
        } else if (i + 8 <= n && !special8(load8(in + i))) {  // printable ASCII: no line break
          i += 8;
          continue;
        }
        const auto b = static_cast<unsigned char>(in[i]);
        if (b >= 0x20 && b < 0x80) {  // printable ASCII: no line break
          ++i;
          continue;
        }
        const Decoded d = decode_utf8(original, i);
        if (!d.valid) {
          if (repaired_.empty()) repaired_.assign(in, n);
          repaired_[i] = kReplacementByte;
          invalid_bytes.push_back(static_cast<uint32_t>(i));
        } else if (is_line_break(d.cp)) {
          line_end = i;
          next = i + d.len;
          if (d.cp == '\r' && next < n && in[next] == '\n') ++next;
          break;
        }
        i += d.len;
      }
      if (i >= n) line_end = n, next = n;
      // trim (the line is repaired by now)
      const std::string_view t = text();
      std::size_t b = line_begin, e = line_end;
      while (b < e) {
        const Decoded d = decode_utf8(t, b);
        if (!is_blank(d.cp)) break;
        b += d.len;
      }
      while (e > b) {
        std::size_t p = e - 1;
        while (p > b && (static_cast<unsigned char>(t[p]) & 0xC0) == 0x80) --p;
        const Decoded d = decode_utf8(t, p);
        if (!is_blank(d.cp) || p + d.len != e) break;
        e = p;
      }
      if (b < e) lines.push_back({static_cast<uint32_t>(b), static_cast<uint32_t>(e)});
      else lines.push_back({static_cast<uint32_t>(line_begin), static_cast<uint32_t>(line_begin)});
      i = next;
    }
  }
  const std::string_view t = text();
  for (std::size_t k = 0; k < lines.size(); ++k) {
    const Line& ln = lines[k];
    if (ln.begin == ln.end) continue;
    if (!paragraphs.empty() && k > 0 && lines[k - 1].end == paragraphs.back().span.end) {
      const char last = t[paragraphs.back().span.end - 1];
      const Decoded first = decode_utf8(t, ln.begin);
      const bool ends_open = std::strchr(".!?:;\"", last) == nullptr &&
                             static_cast<unsigned char>(last) < 0x80;
      if (ends_open && is_lower(first.cp)) {
        paragraphs.back().span.end = ln.end;
        continue;
      }
    }
    paragraphs.push_back({{ln.begin, ln.end}, 0, 0});
  }

  // 2. Tokens, paragraph by paragraph, and every token's word in the shared vocabulary, looked up once
  // for every stage as the token ends (an ASCII word of up to 16 bytes straight from the bytes just
  // scanned; any other token by feature_word()). words grows with tokens, at the same capacity.
  const lexicon::Lexicon& lex = lexicon::lexicon();
  std::string scratch;  // feature_word()'s working space
  // tokens and words are written through pointers (no push_back's capacity check per token) into their
  // size, which is grown within their capacity a chunk at a time (resize() writes nothing there: their
  // UnzeroedAllocator), then cut to the `made` tokens.
  // (The pointers are locals that no lambda captures, so that they stay in registers.)
  constexpr std::size_t kChunk = 4096;
  tokens.reserve(n / 4 + 16);  // news has about one token per five bytes
  words.reserve(tokens.capacity());
  std::size_t made = 0, room = 0;
  Token* tp = tokens.data();
  TokenWord* wp = words.data();
  std::vector<uint32_t> para_token_begin(paragraphs.size() + 1, 0);
  // Which tokens end a sentence when the next one allows it (. ! ? … 。), one bit per token, set as they
  // are made: the sentence pass below visits these tokens only.
  std::vector<uint64_t> terminators;
  auto mark_terminator = [&terminators](std::size_t at) { set_bit(terminators, at); };
  auto mark_quote = [this](std::size_t at) { set_bit(quote_marks, at); };
  for (std::size_t p = 0; p < paragraphs.size(); ++p) {
    para_token_begin[p] = static_cast<uint32_t>(made);
    const uint32_t end = paragraphs[p].span.end;
    uint32_t i = paragraphs[p].span.begin;
    bool space_before = true;
    while (i < end) {
      const uint8_t cls = kAsciiClass.of[static_cast<unsigned char>(t[i])];
      if (cls & kBlank) {  // ASCII white space, decided before decoding
        space_before = true;
        ++i;
        continue;
      }
      // An ASCII word of up to 15 letters and digits that ends at an ASCII byte other than an apostrophe
      // (nearly every word of news), decided from the two eight-byte numbers at its start: its end, its
      // capitals and its word, as the general path below would.
      if ((cls & kLetter) && i + 16 <= end && made != room) {
#if FACTLIGHT_SSE2
        // Its bytes already lowered, and zero past its end (the first len bytes of kFirstBytes + 16 - len are
        // 0xFF, the others 0).
        const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(t.data() + i));
        const uint32_t len = alnum_prefix16(x);  // 1..16: byte 0 is a letter
        const __m128i word =
            _mm_and_si128(lower_ascii16(x), _mm_loadu_si128(reinterpret_cast<const __m128i*>(kFirstBytes + 16 - len)));
        const uint64_t w0 = static_cast<uint64_t>(_mm_cvtsi128_si64(word));
        const uint64_t w1 = len > 8 ? static_cast<uint64_t>(_mm_cvtsi128_si64(_mm_unpackhi_epi64(word, word))) : 0;
#else
        const uint64_t lo = load8(t.data() + i);
        uint64_t hi = 0;
        uint32_t len;
        uint64_t stop = ~swar::ascii_alnum8(lo) & kHigh;
        if (stop) {
          len = swar::lowest_bit(stop) >> 3;  // 1..7: byte 0 is a letter
        } else {
#if defined(__wasm__)
          len = 16;
#else
          hi = load8(t.data() + i + 8);
          stop = ~swar::ascii_alnum8(hi) & kHigh;
          len = stop ? 8 + (swar::lowest_bit(stop) >> 3) : 16;
#endif
        }
#endif
        const uint32_t j = i + len;
        const char after = len < 16 ? t[j] : '\0';  // t[j] may be past the text when len is 16
        if (len < 16 && !(kAsciiClass.of[static_cast<unsigned char>(after)] & kOther)) {
          // The word's bytes, zero past its end.
#if !FACTLIGHT_SSE2
          const uint64_t w0 = len >= 8 ? lo : lo & ((uint64_t{1} << (8 * len)) - 1);
          const uint64_t w1 = len > 8 ? hi & ((uint64_t{1} << (8 * (len - 8))) - 1) : 0;
#endif
          uint8_t flags = space_before ? kSpaceBefore : 0;
          if (!(cls & kLower)) {
            // Capitalized. A word of one letter is not in all capitals, nor one whose second byte is a
            // lower-case letter ("The"); any other is left to the general path ("GOP", "A1").
            if (len > 1 && !(kAsciiClass.of[static_cast<unsigned char>(t[i + 1])] & kLower)) goto general;
            flags |= kCapitalized;
          }
          // No apostrophe: it would have ended the path.
#if FACTLIGHT_SSE2
          wp[made] = lex.lowered_word_of(w0, w1, len, false);
#else
          wp[made] = lex.ascii_word_of(w0, w1, len, false);
#endif
          put_token(tp + made, i, j, static_cast<unsigned char>(t[i]), TokenKind::word, flags);
          ++made;
          // The space after it, as the loop's next turn would take it.
          space_before = after == ' ';
          i = j + space_before;
          continue;
        }
      }
    general:
      const Decoded d = decode_utf8(t, i);
      const char32_t c = d.cp;
      if (is_space(c) || is_line_break(c)) {
        space_before = true;
        i += d.len;
        continue;
      }
      if (is_joiner(c)) {  // zero-width and combining marks stick to the previous token
        if (made > 0 && tp[made - 1].span.end == i && !space_before) {
          tp[made - 1].span.end = i + d.len;
          tp[made - 1].flags |= kNonAscii;  // a joiner is never ASCII
          wp[made - 1] = lex.feature_word(*this, static_cast<uint32_t>(made - 1), scratch);
        }
        i += d.len;
        continue;
      }
      if (made == room) {
        if (made == tokens.capacity() || made == words.capacity()) {  // as many as may still come
          tokens.reserve(made + token_bound(t, i));
          words.reserve(tokens.capacity());
        }
        room = std::min({made + kChunk, tokens.capacity(), words.capacity()});
        tokens.resize(room), words.resize(room);
        tp = tokens.data(), wp = words.data();
      }
      // Kind and flags are decided in locals and packed into the token once, at the end.
      TokenKind kind = TokenKind::symbol;
      uint8_t flags = space_before ? kSpaceBefore : 0;
      uint32_t j = i + d.len;
      if (is_letter(c)) {
        kind = TokenKind::word;
        if (c >= 0x80) flags |= kNonAscii;
        bool all_upper = is_upper(c);  // so far: no letter that is not upper case (ASCII ones checked after)
        int letters = 1;                // so far: the non-ASCII letters (ASCII ones counted after)
        const uint32_t ascii_from = j;
        while (j < end) {
          const uint8_t k = kAsciiClass.of[static_cast<unsigned char>(t[j])];
          if (k & (kLetter | kDigit)) {  // ASCII letters and digits
            ++j;
            continue;
          }
          if (!(k & kOther)) break;  // ASCII punctuation, space or symbol ends the word
          const Decoded e = decode_utf8(t, j);
          if (is_letter(e.cp) || is_digit(e.cp) || is_joiner(e.cp)) {
            if (is_letter(e.cp)) {
              ++letters;
              if (!is_upper(e.cp)) all_upper = false;
            }
            if (e.len > 1) flags |= kNonAscii;
            j += e.len;
          } else if (is_apostrophe(e.cp) && j + e.len < end && is_letter(decode_utf8(t, j + e.len).cp)) {
            if (e.len > 1) flags |= kNonAscii;
            j += e.len;
          } else {
            break;
          }
        }
        if (is_upper(c)) flags |= kCapitalized;
        // All capitals: only a word that begins with one can be; its ASCII letters are looked at now.
        for (uint32_t k = ascii_from; all_upper && k < j; ++k) {
          const uint8_t of = kAsciiClass.of[static_cast<unsigned char>(t[k])];
          if (of & kLower) all_upper = false;
          letters += of & kLetter;
        }
        if (all_upper && letters >= 2) flags |= kAllCaps;
      } else if (is_digit(c)) {
        kind = TokenKind::number;
        while (j < end) {
          const char ch = t[j];
          if (ch >= '0' && ch <= '9') {
            ++j;
          } else if ((ch == ',' || ch == '.') && j + 1 < end && t[j + 1] >= '0' && t[j + 1] <= '9') {
            j += 2;
          } else {
            break;
          }
        }
      } else if (c == '.') {
        kind = TokenKind::punct;
        mark_terminator(made);
        while (j < end && t[j] == '.') ++j;
      } else if (is_dash(c)) {
        kind = TokenKind::dash;
        while (j < end) {
          const Decoded e = decode_utf8(t, j);
          if (e.cp != c) break;
          j += e.len;
        }
      } else if (c < 0x80 ? (kAsciiClass.of[c] & kQuoteMark) != 0 : quote_role(c) != QuoteRole::none) {
        kind = TokenKind::quote;
        mark_quote(made);
      } else if (c < 0x80 ? (kAsciiClass.of[c] & kPunctMark) != 0
                          : (c == 0x2026 || c == 0xBF || c == 0xA1 || c == 0x3002 || c == 0xFF0C)) {
        kind = TokenKind::punct;
        if (c == '!' || c == '?' || c == 0x2026 || c == 0x3002) mark_terminator(made);
      } else if (c == '`') {  // a symbol, but `` is a quotation mark
        mark_quote(made);
      }
      put_token(tp + made, i, j, c & 0x1FFFFF, kind, flags);
      // The token's word: feature_word()'s answer, its common cases decided here.
      TokenWord word = lexicon::feature(lexicon::kSkip);  // quote marks, dashes, most punctuation
      if (kind == TokenKind::word) {
        if ((flags & kNonAscii) || !lex.ascii_word(t.data() + i, j - i, n - i, word))
          word = lex.feature_word(*this, static_cast<uint32_t>(made), scratch);
      } else if (kind == TokenKind::number) {
        word = lexicon::feature(is_year_number(t.substr(i, j - i)) ? lexicon::kYear : lexicon::kZero);
      } else if ((kind == TokenKind::punct || kind == TokenKind::symbol) && (j - i > 1 || c == '?' || c == '%' || c == '$')) {
        word = lex.feature_word(*this, static_cast<uint32_t>(made), scratch);
      }
      wp[made++] = word;
      space_before = j < end && t[j] == ' ';  // the space after it, as the loop's next turn would take it
      i = j + space_before;
    }
  }
  tokens.resize(made);
  words.resize(made);
  para_token_begin[paragraphs.size()] = static_cast<uint32_t>(made);

  // 3. Sentences.
  terminators.resize((tokens.size() >> 6) + 1);
  quote_marks.resize((tokens.size() >> 6) + 1);
  // The first terminator among the tokens [from, to), or `to`: the bits of those tokens only, so that
  // every paragraph's search stays within it.
  auto next_terminator = [&terminators](uint32_t from, uint32_t to) -> uint32_t {
    if (from >= to) return to;
    std::size_t w = from >> 6;
    const std::size_t last = (to - 1) >> 6;
    uint64_t bits = terminators[w] & (~uint64_t{0} << (from & 63));
    while (!bits) {
      if (w >= last) return to;
      bits = terminators[++w];
    }
    return std::min<uint32_t>(static_cast<uint32_t>((w << 6) + swar::lowest_bit(bits)), to);
  };
  auto is_closer = [&](const Token& tk) {
    if (tk.kind == TokenKind::quote) return true;
    return tk.kind == TokenKind::punct && (tk.first == ')' || tk.first == ']' || tk.first == '!' ||
                                           tk.first == '?' || tk.first == '.' || tk.first == 0x2026);
  };
  for (std::size_t p = 0; p < paragraphs.size(); ++p) {
    const uint32_t t0 = para_token_begin[p], t1 = para_token_begin[p + 1];
    paragraphs[p].first_sentence = static_cast<uint32_t>(sentences.size());
    uint32_t start = t0;
    auto emit = [&](uint32_t from, uint32_t to) {
      if (from >= to) return;
      tokens[from].flags |= kSentenceStart;
      sentences.push_back({{tokens[from].span.begin, tokens[to - 1].span.end}, static_cast<uint32_t>(p), from, to});
    };
    for (uint32_t k = next_terminator(t0, t1); k < t1; k = next_terminator(k + 1, t1)) {
      uint32_t j = k + 1;
      while (j < t1 && !tokens[j].has(kSpaceBefore) && is_closer(tokens[j])) ++j;
      if (j >= t1) break;
      const Token& next = tokens[j];
      if (!next.has(kSpaceBefore)) continue;
      if (is_lower(next.first) || next.kind == TokenKind::punct) continue;
      if (tokens[k].first == '.' && tokens[k].span.size() == 1 && k > start &&
          !tokens[k].has(kSpaceBefore) && tokens[k - 1].kind == TokenKind::word) {
        const std::string_view w = slice(tokens[k - 1].span);
        if (in_list(w, kTitleSet)) continue;
        // The cheaper tests first: most of these periods end a sentence after a word of neither list.
        const bool initial = tokens[k - 1].span.size() <= 2 && decode_utf8(w, 0).len == w.size() &&
                             (is_upper(tokens[k - 1].first) ||
                              (k >= 2 && slice(tokens[k - 2].span) == "."));
        if ((initial || in_list(w, kWeakSet)) &&
            !(next.kind == TokenKind::word && in_list(slice(next.span), kOpenerSet)))
          continue;
      }
      emit(start, j);
      start = j;
      k = j - 1;
    }
    emit(start, t1);
    if (sentences.size() == paragraphs[p].first_sentence && t0 == t1) {
      // A paragraph with no tokens still gets one sentence so that nothing is lost.
      sentences.push_back({paragraphs[p].span, static_cast<uint32_t>(p), t0, t1});
    }
    paragraphs[p].sentence_end = static_cast<uint32_t>(sentences.size());
  }

  // 4. Block indexes for token_at_or_after and sentence_at (one more entry than blocks: the search
  // for an offset in the last block reads the entry after it).
  // (Through pointers: the stores to `out` would make the compiler read the vectors' sizes again.)
  auto index_blocks = [n](const auto& items, unsigned shift, std::vector<uint32_t>& out) {
    out.resize((n >> shift) + 2);
    const auto* const first = items.data();
    const auto* const last = first + items.size();
    const auto* it = first;
    uint32_t* const o = out.data();
    const std::size_t blocks = out.size();
    for (std::size_t b = 0; b < blocks; ++b) {
      const std::size_t start = b << shift;
      while (last - it > 8 && it[8].span.begin < start) it += 8;  // a block holds a dozen tokens
      while (it != last && it->span.begin < start) ++it;
      o[b] = static_cast<uint32_t>(it - first);
    }
  };
  index_blocks(tokens, kTokenBlockShift, token_block_);
  index_blocks(sentences, kSentenceBlockShift, sentence_block_);
}

uint32_t Document::sentence_at(uint32_t at) const {
  if (sentences.empty()) return 0;
  if (at >= size()) return static_cast<uint32_t>(sentences.size() - 1);
  const std::size_t b = at >> kSentenceBlockShift;
  // Sentences before lo begin before this block, those from hi after it.
  const auto lo = sentences.begin() + sentence_block_[b], hi = sentences.begin() + sentence_block_[b + 1];
  const auto it = std::upper_bound(lo, hi, at, [](uint32_t v, const Sentence& s) { return v < s.span.begin; });
  if (it == sentences.begin()) return 0;
  return static_cast<uint32_t>(it - sentences.begin() - 1);
}

uint32_t Document::token_at_or_after(uint32_t at) const {
  if (at >= size()) return static_cast<uint32_t>(tokens.size());  // every token begins before the end
  const std::size_t b = at >> kTokenBlockShift;
  auto it = tokens.begin() + token_block_[b];
  const auto hi = tokens.begin() + token_block_[b + 1];
  if (hi - it <= 8) {
    while (it != hi && it->span.begin < at) ++it;
  } else {
    it = std::lower_bound(it, hi, at, [](const Token& t, uint32_t v) { return t.span.begin < v; });
  }
  return static_cast<uint32_t>(it - tokens.begin());
}

std::pair<uint32_t, uint32_t> Document::tokens_in(ByteSpan span) const {
  // Tokens do not overlap: of those that begin before span.end, only the last may end past it.
  const uint32_t first = token_at_or_after(span.begin);
  uint32_t end = token_at_or_after(span.end);
  if (end > first && tokens[end - 1].span.end > span.end) --end;
  return {first, end};
}

std::string_view Document::lowered_text() const {
  if (lowered_.size() == text().size()) return lowered_;
  // Eight bytes at a time: a byte from 'A' to 'Z' gets 0x20; no byte carries into the next (the
  // sums are taken on the low seven bits) and bytes from 0x80 stay as they are.
  // Written in one pass from the text (no copy first).
  const std::string_view t = text();
  const std::size_t n = t.size();
  lowered_.resize(n);
  char* const p = lowered_.data();
  std::size_t i = 0;
  for (; i + 8 <= n; i += 8) {
    const uint64_t lowered = swar::lower_ascii8_any(load8(t.data() + i));
    std::memcpy(p + i, &lowered, 8);
  }
  for (; i < n; ++i) p[i] = t[i] >= 'A' && t[i] <= 'Z' ? static_cast<char>(t[i] + 32) : t[i];
  return lowered_;
}

}  // namespace factlight
