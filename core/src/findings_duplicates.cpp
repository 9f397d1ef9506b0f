// Duplicated paragraphs and sentences, as pasted articles often have them. Linear: each paragraph and
// sentence is summed once (an order-blind sum of its folded characters, one table look-up per byte) and
// looked up in a hash table by that sum; only texts whose sums meet are hashed in full, and texts are folded
// again only to confirm a match. Nothing is compared pairwise.
#include <cstdint>
#include <cstddef>
#include <cstring>
#include <string>
#include <type_traits>
#include <vector>

#include "factlight/unicode.hpp"
#include "findings_parts.hpp"
#include "swar.hpp"

// The hash's per-byte steps inlined into fold_each's loop in the wasm build too (where the core inlines
// less, for size): called per character or per eight bytes, their calls cost more than their work.
#if defined(__GNUC__)
#define FOLD_INLINE inline __attribute__((always_inline))
#else
#define FOLD_INLINE inline
#endif

namespace factlight {
namespace {

// Sentences this short repeat legitimately ("Thank you.", "No."): not reported.
constexpr uint32_t kMinSentenceWords = 4;

// Whether the tokens [first, end) hold at least `least` words or numbers (counted up to there only).
bool has_words(const Document& doc, uint32_t first, uint32_t end, uint32_t least) {
  uint32_t n = 0;
  for (uint32_t t = first; t < end && n < least; ++t)
    n += doc.tokens[t].kind == TokenKind::word || doc.tokens[t].kind == TokenKind::number;
  return n >= least;
}

std::string ordinal_line(uint32_t index) { return std::to_string(index + 1); }

}  // namespace

namespace {

constexpr int32_t kSpace = -1, kJoiner = -2;
// The fold of one character: kSpace for a space or line break, kJoiner for what folds to nothing
// (zero-width characters and combining marks), else the folded code point (NUL stays NUL).
int32_t fold(char32_t cp) {
  if (is_space(cp) || is_line_break(cp)) return kSpace;
  if (is_joiner(cp)) return kJoiner;
  if (quote_role(cp) != QuoteRole::none || is_apostrophe(cp)) return '"';
  if (is_dash(cp)) return '-';
  return static_cast<int32_t>(to_lower(cp));
}

// fold() of each ASCII character (none is a joiner).
struct AsciiFold {
  int32_t fold[128];
  AsciiFold() : fold() {
    for (char32_t c = 0; c < 128; ++c) this->fold[c] = factlight::fold(c);
  }
};
const AsciiFold kAscii;

// fold_for_comparison() one code point at a time, without building the string, so that paragraphs and
// sentences are hashed and compared as they are folded.
class Folder {
 public:
  explicit Folder(std::string_view text) : s_(text) {}

  // The next code point of the folded text, or -1 at its end.
  int32_t next() {
    if (held_ >= 0) {
      const int32_t c = held_;
      held_ = -1;
      return c;
    }
    while (i_ < s_.size()) {
      const auto b = static_cast<unsigned char>(s_[i_]);
      int32_t c;
      if (b < 0x80) {
        ++i_;
        c = kAscii.fold[b];
        if (c == kSpace) {
          space_ = emitted_;
          continue;
        }
      } else {
        const Decoded d = decode_utf8(s_, i_);
        i_ += d.len;
        c = fold(d.cp);
        if (c == kSpace) {
          space_ = emitted_;
          continue;
        }
        if (c == kJoiner) continue;
      }
      emitted_ = true;
      if (space_) {  // runs of spaces inside the text become one; at its ends, none
        space_ = false;
        held_ = c;
        return ' ';
      }
      return c;
    }
    return -1;
  }

 private:
  std::string_view s_;
  std::size_t i_ = 0;
  bool emitted_ = false;  // something was returned: a space after it counts
  bool space_ = false;    // spaces seen since the last character returned
  int32_t held_ = -1;     // the character after a returned space
};

// A hash of the folded text (what Folder would return), fed one fold() at a time or eight plain ASCII
// bytes at a time (add8): the folded characters as a byte stream (ASCII as itself, any other code
// point as 0xFF and three bytes), mixed eight bytes at a time, the length mixed in at the end. Equal
// folded texts hash alike however they were fed; equal hashes are confirmed by folded_equal().
struct FoldedHash {
  static constexpr uint64_t kMul = 0x9E3779B97F4A7C15ull;
  uint64_t h = 0x243F6A8885A308D3ull;
  uint64_t acc = 0;     // bytes not yet mixed, the first in the lowest byte
  unsigned k = 0;       // how many (< 8)
  uint64_t words = 0;   // eight-byte words mixed
  bool emitted = false, space = false;

  static uint64_t mix(uint64_t x) {
    x *= kMul;
    return x ^ (x >> 29);
  }
  FOLD_INLINE void byte(uint32_t b) {
    acc |= uint64_t{b} << (8 * k);
    if (++k == 8) {
      h = mix(h ^ acc);
      ++words;
      acc = 0;
      k = 0;
    }
  }
  // The low n (1..8) bytes of w (its higher bytes zero).
  FOLD_INLINE void bytes(uint64_t w, unsigned n) {
    if (k + n < 8) {
      acc |= w << (8 * k);
      k += n;
      return;
    }
    h = mix(h ^ (acc | (w << (8 * k))));
    ++words;
    const unsigned used = 8 - k, rest = n - used;
    acc = rest ? w >> (8 * used) : 0;
    k = rest;
  }
  void add(int32_t c) {
    if (c == kSpace) {
      space = emitted;
      return;
    }
    if (space) {  // runs of spaces inside the text become one; at its ends, none
      byte(' ');
      space = false;
    }
    if (c < 0x80) {
      byte(static_cast<uint32_t>(c));
    } else {
      byte(0xFF);
      byte(static_cast<uint32_t>(c) & 0xFF);
      byte((static_cast<uint32_t>(c) >> 8) & 0xFF);
      byte(static_cast<uint32_t>(c) >> 16);
    }
    emitted = true;
  }
  // Eight folded ASCII bytes (plain8()): the first is no space, no two spaces are adjacent, and a last
  // space is left pending, as add() would.
  FOLD_INLINE void add8(uint64_t w, bool last_space) {
    if (space) byte(' ');
    if (last_space) bytes(w & 0x00FFFFFFFFFFFFFFull, 7);
    else bytes(w, 8);
    space = last_space;
    emitted = true;
  }
  uint64_t value() const { return mix(mix(h ^ acc) ^ (words * 8 + k)); }
};

// The eight bytes at p folded at once, when they are plain ASCII: no control character (tabs and line
// breaks among them), no space first, no two spaces in a row. Upper-case letters are lowered and the
// apostrophe becomes '"' (fold()); *last_space tells whether the eighth is a space.
inline bool plain8(const char* p, uint64_t& out, bool& last_space) {
  using swar::kHigh, swar::kOnes;
  constexpr uint64_t kLow7 = 0x7F * kOnes;
  uint64_t x = swar::load8(p);
  if (x & kHigh) return false;
  // Exact per-byte tests (no carry crosses bytes: every byte is below 0x80).
  const uint64_t control = ~(x + (0x80 - 0x20) * kOnes) & kHigh;
  auto equal = [&](uint8_t c) { return ~(((x ^ (c * kOnes)) + kLow7)) & kHigh; };
  const uint64_t sp = equal(' ');
  if (control | (sp & 0x80) | (sp & (sp << 8))) return false;
  x = swar::lower_ascii8(x);
  x ^= (equal('\'') >> 7) * ('\'' ^ '"');  // ' -> "
  out = x;
  last_space = (sp >> 63) != 0;
  return true;
}

// fold() of each character of text[from, to) (joiners dropped) handed to sink.add(c), or eight plain
// ASCII bytes at once to sink.add8(), in one tight loop.
// (One copy per sink, not inlined at each of its calls: the loop is large and the calls are few.)
template <class Sink>
#if defined(__GNUC__)
__attribute__((noinline))
#endif
void fold_each(std::string_view text, std::size_t from, std::size_t to, Sink& sink) {
  const auto* b = reinterpret_cast<const unsigned char*>(text.data());
  for (std::size_t i = from; i < to;) {
    if (i + 8 <= to) {
      uint64_t w;
      bool last_space;
      if (plain8(text.data() + i, w, last_space)) {
        sink.add8(w, last_space);
        i += 8;
        continue;
      }
    }
    if (b[i] < 0x80) {
      sink.add(kAscii.fold[b[i++]]);
      continue;
    }
    const Decoded d = decode_utf8(text, i);
    i += d.len;
    const int32_t c = fold(d.cp);
    if (c != kJoiner) sink.add(c);
  }
}

uint64_t folded_hash(std::string_view text) {
  FoldedHash h;
  fold_each(text, 0, text.size(), h);
  return h.value();
}

bool folded_equal(std::string_view a, std::string_view b) {
  if (a == b) return true;
  Folder fa(a), fb(b);
  for (;;) {
    const int32_t x = fa.next();
    if (x != fb.next()) return false;
    if (x < 0) return true;
  }
}

// The weight of a folded character (fold()'s value, not kSpace or kJoiner) in folded_sum(): a mix of its
// code point, so that sums of different characters rarely meet.
uint64_t char_weight(int32_t folded) {
  uint64_t x = (static_cast<uint64_t>(static_cast<uint32_t>(folded)) + 0x9E3779B9u) * 0xBF58476D1CE4E5B9ull;
  x ^= x >> 31;
  return x * 0x94D049BB133111EBull;
}

// char_weight(fold(c)) of each ASCII character, 0 for a space or line break (what folds to nothing or to a
// space weighs nothing).
struct AsciiWeight {
  uint64_t of[128];
  AsciiWeight() : of() {
    for (char32_t c = 0; c < 128; ++c) of[c] = kAscii.fold[c] == kSpace ? 0 : char_weight(kAscii.fold[c]);
  }
};
const AsciiWeight kWeight;

// The sum of char_weight() over the folded characters of text[from, to), spaces and joiners left out:
// blind to order and to spacing, so texts that fold alike have equal sums, and the sum of a text is the
// sums of its pieces added. One look-up per ASCII byte.
uint64_t folded_sum(std::string_view text, std::size_t from, std::size_t to) {
  const auto* b = reinterpret_cast<const unsigned char*>(text.data());
  uint64_t sum = 0;
  for (std::size_t i = from; i < to;) {
#if !defined(__wasm__)  // natively, eight bytes at once when none is part of a longer character (the wasm: smaller)
    if (i + 8 <= to && !(swar::load8(text.data() + i) & swar::kHigh)) {
      sum += kWeight.of[b[i]] + kWeight.of[b[i + 1]] + kWeight.of[b[i + 2]] + kWeight.of[b[i + 3]] +
             kWeight.of[b[i + 4]] + kWeight.of[b[i + 5]] + kWeight.of[b[i + 6]] + kWeight.of[b[i + 7]];
      i += 8;
      continue;
    }
#endif
    if (b[i] < 0x80) {
      sum += kWeight.of[b[i++]];
      continue;
    }
    const Decoded d = decode_utf8(text, i);
    i += d.len;
    const int32_t c = fold(d.cp);
    if (c >= 0) sum += char_weight(c);  // not kSpace or kJoiner
  }
  return sum;
}

// Texts by their folded form: the first index given for each, found again for a text that folds alike.
// By folded_sum() first: a text whose sum no earlier text has is new, and nothing more is done for it (most
// texts), and a text equal byte for byte to the first of its sum is that one's repeat (one memcmp). Other
// texts whose sums meet (a repeat with other spacing or case, or rarely an anagram) go on to a second
// table by their full folded hash, the first of them too, in the order given; equal hashes are confirmed
// by comparing the texts folded. Each sum has one slot, so no input makes a chain of equal sums.
class FoldedTable {
 public:
  // `items` are the document's paragraphs or sentences (each starts with its ByteSpan).
  template <class Item>
  FoldedTable(std::string_view text, const std::vector<Item>& items) : text_(text) {
    static_assert(std::is_standard_layout<Item>::value && offsetof(Item, span) == 0, "span first");
    items_ = reinterpret_cast<const char*>(items.data());
    stride_ = sizeof(Item);
    std::size_t size = 16;
    while (size < items.size() + items.size() / 2) size *= 2;  // a load of at most 2/3
    first_.resize(size);
    mask_ = size - 1;
  }
  // The index first given for a text folding like item `index` (whose folded_sum() is `sum`), or `index`
  // itself when it is new (then kept).
  uint32_t find_or_add(uint64_t sum, uint32_t index) {
    for (std::size_t i = static_cast<std::size_t>(sum ^ (sum >> 29)) & mask_;; i = (i + 1) & mask_) {
      Slot& s = first_[i];
      if (s.index == kEmpty) {
        s = {sum, index, 0};
        return index;
      }
      if (s.key != sum) continue;
      // A byte-for-byte repeat of the first text of this sum (a paragraph pasted twice) is that text's
      // repeat: the first given for its folded form, since every text folding alike has this sum.
      if (text_of(s.index) == text_of(index)) return s.index;
      if (second_.empty()) second_.resize(first_.size());  // the second table, when first needed
      if (!s.hashed) {  // the first text of this sum goes to the second table before any other
        s.hashed = 1;
        add_hashed(s.index);
      }
      return add_hashed(index);
    }
  }

 private:
  static constexpr uint32_t kEmpty = UINT32_MAX;
  struct Slot {  // 16 bytes: fresh memory on every analysis, so as little as will do
    uint64_t key = 0;  // the folded sum (first table) or hash (second)
    uint32_t index = kEmpty;
    uint32_t hashed = 0;  // first table: the text is in the second table too
  };
  std::string_view text_of(uint32_t index) const {
    ByteSpan s;
    std::memcpy(&s, items_ + index * stride_, sizeof s);
    return text_.substr(s.begin, s.end - s.begin);
  }
  uint32_t add_hashed(uint32_t index) {
    const std::string_view text = text_of(index);
    const uint64_t hash = folded_hash(text);
    for (std::size_t i = static_cast<std::size_t>(hash ^ (hash >> 29)) & mask_;; i = (i + 1) & mask_) {
      Slot& s = second_[i];
      if (s.index == kEmpty) {
        s = {hash, index, 0};
        return index;
      }
      if (s.key == hash && folded_equal(text_of(s.index), text)) return s.index;
    }
  }
  std::string_view text_;
  const char* items_ = nullptr;
  std::size_t stride_ = 0;
  std::vector<Slot> first_, second_;
  std::size_t mask_ = 0;
};

}  // namespace

std::string fold_for_comparison(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  Folder f(text);
  for (int32_t c; (c = f.next()) >= 0;) append_utf8(out, static_cast<char32_t>(c));
  return out;
}

std::string excerpt(std::string_view text, std::size_t max_bytes) {
  if (text.size() <= max_bytes) return std::string(text);
  std::size_t cut = max_bytes;
  while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;  // whole characters
  const std::size_t space = text.rfind(' ', cut);
  if (space != std::string_view::npos && space > max_bytes / 2) cut = space;
  return std::string(text.substr(0, cut)) + "\xE2\x80\xA6";
}

std::vector<bool> find_duplicates(const Document& doc, std::vector<Finding>& out) {
  const std::string_view text = doc.text();
  // Every paragraph's folded sum and, in the same pass over its text, the folded sum of each of its
  // sentences long enough to be reported (a sentence is a run of the paragraph: its sum is added to the
  // paragraph's, each byte read once).
  std::vector<uint64_t> sentence_sum(doc.sentences.size(), 0);
  std::vector<bool> counted(doc.sentences.size(), false);
  std::vector<uint64_t> paragraph_sum(doc.paragraphs.size(), 0);
  for (uint32_t p = 0; p < doc.paragraphs.size(); ++p) {
    const Paragraph& para = doc.paragraphs[p];
    uint64_t sum = 0;
    uint32_t at = para.span.begin;
    for (uint32_t s = para.first_sentence; s < para.sentence_end; ++s) {
      const Sentence& sent = doc.sentences[s];
      if (!has_words(doc, sent.first_token, sent.token_end, kMinSentenceWords)) continue;
      counted[s] = true;
      if (sent.span.begin < at || sent.span.end > para.span.end) {  // not a run after the last: on its own
        sentence_sum[s] = folded_sum(text, sent.span.begin, sent.span.end);
        continue;
      }
      sum += folded_sum(text, at, sent.span.begin);
      sentence_sum[s] = folded_sum(text, sent.span.begin, sent.span.end);
      sum += sentence_sum[s];
      at = sent.span.end;
    }
    paragraph_sum[p] = sum + folded_sum(text, at, para.span.end);
  }
  // A line of fewer than three words or numbers is a separator ("___", "* * *") or a credit ("Getty."),
  // repeated by design: no duplicate. So is a paragraph that folds to nothing. (Asked of repeats only.)
  auto paragraph_empty = [&](uint32_t p) {
    const Paragraph& para = doc.paragraphs[p];
    const uint32_t first = para.first_sentence < para.sentence_end ? doc.sentences[para.first_sentence].first_token : 0;
    const uint32_t end = para.first_sentence < para.sentence_end ? doc.sentences[para.sentence_end - 1].token_end : 0;
    return !has_words(doc, first, end, 3) || Folder(doc.slice(para.span)).next() < 0;
  };

  std::vector<bool> repeated(doc.paragraphs.size(), false);
  FoldedTable paragraphs(text, doc.paragraphs);  // folded text -> first paragraph
  for (uint32_t p = 0; p < doc.paragraphs.size(); ++p) {
    const ByteSpan span = doc.paragraphs[p].span;
    const uint32_t first_index = paragraphs.find_or_add(paragraph_sum[p], p);
    if (first_index == p || paragraph_empty(p)) continue;
    repeated[p] = true;
    const Paragraph& first = doc.paragraphs[first_index];
    const bool exact = doc.slice(first.span) == doc.slice(span);
    const bool one_line = doc.paragraphs[p].sentence_end - doc.paragraphs[p].first_sentence <= 1;
    std::string msg = std::string(one_line ? "This line" : "This paragraph") + " repeats paragraph " +
                      ordinal_line(first_index) +
                      (exact ? " word for word" : " (differing only in case, spacing or quote marks)") +
                      (one_line ? ": a headline or a line pasted twice?" : ": pasted twice?");
    out.push_back({"duplicate_paragraph", span, std::move(msg), {first.span}});
  }
  // Sentences: repeated sentences outside repeated paragraphs ("the key point" said twice).
  FoldedTable sentences(text, doc.sentences);  // folded text -> first sentence
  for (uint32_t s = 0; s < doc.sentences.size(); ++s) {
    const Sentence& sent = doc.sentences[s];
    if (!counted[s]) continue;
    const uint32_t first_index = sentences.find_or_add(sentence_sum[s], s);
    if (first_index == s || repeated[sent.paragraph]) continue;
    const Sentence& first = doc.sentences[first_index];
    out.push_back({"duplicate_sentence", sent.span,
                   "This sentence repeats one in paragraph " + ordinal_line(first.paragraph) + ".",
                   {first.span}});
  }
  return repeated;
}

}  // namespace factlight
