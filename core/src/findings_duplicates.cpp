// Duplicated paragraphs and sentences, as pasted articles often have them. Linear: each paragraph and
// sentence is folded once into a hash and looked up in a hash table; nothing is compared pairwise, and
// texts are folded again only to confirm a match.
#include <string>
#include <cstdint>
#include <vector>

#include "factlight/unicode.hpp"
#include "findings_parts.hpp"

namespace factlight {
namespace {

// Sentences this short repeat legitimately ("Thank you.", "No."): not reported.
constexpr uint32_t kMinSentenceWords = 4;

uint32_t word_count(const Document& doc, const Sentence& s) {
  uint32_t n = 0;
  for (uint32_t t = s.first_token; t < s.token_end; ++t)
    if (doc.tokens[t].kind == TokenKind::word || doc.tokens[t].kind == TokenKind::number) ++n;
  return n;
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

// FNV-1a over the folded text, fed one fold() at a time: the hash of what Folder would return.
struct FoldedHash {
  static constexpr uint64_t kPrime = 1099511628211ull;
  uint64_t h = 14695981039346656037ull;
  bool emitted = false, space = false;
  void add(int32_t c) {
    if (c == kSpace) {
      space = emitted;
      return;
    }
    if (space) {  // runs of spaces inside the text become one; at its ends, none
      h = (h ^ static_cast<uint32_t>(' ')) * kPrime;
      space = false;
    }
    h = (h ^ static_cast<uint32_t>(c)) * kPrime;
    emitted = true;
  }
};

// fold() of each character of text[from, to) (joiners dropped) handed to add(c), in one tight loop.
template <class Add>
void fold_each(std::string_view text, std::size_t from, std::size_t to, const Add& add) {
  const auto* b = reinterpret_cast<const unsigned char*>(text.data());
  for (std::size_t i = from; i < to;) {
    if (b[i] < 0x80) {
      add(kAscii.fold[b[i++]]);
      continue;
    }
    const Decoded d = decode_utf8(text, i);
    i += d.len;
    const int32_t c = fold(d.cp);
    if (c != kJoiner) add(c);
  }
}

uint64_t folded_hash(std::string_view text) {
  FoldedHash h;
  fold_each(text, 0, text.size(), [&](int32_t c) { h.add(c); });
  return h.h;
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

// Texts by their folded form: the first index given for each, found again for a text that folds alike.
// Open addressing on the hash of the folded text; equal hashes are confirmed by comparing the texts folded.
class FoldedTable {
 public:
  explicit FoldedTable(std::size_t capacity) {
    std::size_t size = 16;
    while (size < 2 * capacity) size *= 2;
    slots_.assign(size, Slot{});
    mask_ = size - 1;
  }
  // The index first given for a text folding like `text`, or `index` itself when it is new (then kept).
  template <class TextOf>
  uint32_t find_or_add(std::string_view text, uint64_t hash, uint32_t index, const TextOf& text_of) {
    for (std::size_t i = static_cast<std::size_t>(hash ^ (hash >> 29)) & mask_;; i = (i + 1) & mask_) {
      Slot& s = slots_[i];
      if (s.index == kEmpty) {
        s = {hash, index};
        return index;
      }
      if (s.hash == hash && folded_equal(text_of(s.index), text)) return s.index;
    }
  }

 private:
  static constexpr uint32_t kEmpty = UINT32_MAX;
  struct Slot {
    uint64_t hash = 0;
    uint32_t index = kEmpty;
  };
  std::vector<Slot> slots_;
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
  // Every paragraph's folded hash and, in the same pass over its text, the folded hash of each of its
  // sentences long enough to be reported (a sentence is a run of the paragraph: folded once for both).
  std::vector<uint64_t> sentence_hash(doc.sentences.size(), 0);
  std::vector<bool> counted(doc.sentences.size(), false);
  std::vector<uint64_t> paragraph_hash(doc.paragraphs.size(), 0);
  std::vector<bool> paragraph_empty(doc.paragraphs.size(), false);
  for (uint32_t p = 0; p < doc.paragraphs.size(); ++p) {
    const Paragraph& para = doc.paragraphs[p];
    FoldedHash ph;
    uint32_t at = para.span.begin;
    for (uint32_t s = para.first_sentence; s < para.sentence_end; ++s) {
      const Sentence& sent = doc.sentences[s];
      if (word_count(doc, sent) < kMinSentenceWords) continue;
      counted[s] = true;
      if (sent.span.begin < at || sent.span.end > para.span.end) {  // not a run after the last: on its own
        sentence_hash[s] = folded_hash(doc.slice(sent.span));
        continue;
      }
      if (at == para.span.begin && sent.span.begin == at) {  // the paragraph's hash is the sentence's so far
        fold_each(text, sent.span.begin, sent.span.end, [&](int32_t c) { ph.add(c); });
        sentence_hash[s] = ph.h;
        at = sent.span.end;
        continue;
      }
      fold_each(text, at, sent.span.begin, [&](int32_t c) { ph.add(c); });
      FoldedHash sh;
      fold_each(text, sent.span.begin, sent.span.end, [&](int32_t c) {
        ph.add(c);
        sh.add(c);
      });
      sentence_hash[s] = sh.h;
      at = sent.span.end;
    }
    fold_each(text, at, para.span.end, [&](int32_t c) { ph.add(c); });
    paragraph_hash[p] = ph.h;
    paragraph_empty[p] = !ph.emitted;
  }

  std::vector<bool> repeated(doc.paragraphs.size(), false);
  FoldedTable paragraphs(doc.paragraphs.size());  // folded text -> first paragraph
  auto paragraph_text = [&](uint32_t p) { return doc.slice(doc.paragraphs[p].span); };
  for (uint32_t p = 0; p < doc.paragraphs.size(); ++p) {
    const ByteSpan span = doc.paragraphs[p].span;
    const uint32_t first_index = paragraphs.find_or_add(doc.slice(span), paragraph_hash[p], p, paragraph_text);
    if (first_index == p || paragraph_empty[p]) continue;
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
  FoldedTable sentences(doc.sentences.size());  // folded text -> first sentence
  auto sentence_text = [&](uint32_t s) { return doc.slice(doc.sentences[s].span); };
  for (uint32_t s = 0; s < doc.sentences.size(); ++s) {
    const Sentence& sent = doc.sentences[s];
    if (!counted[s]) continue;
    const uint32_t first_index = sentences.find_or_add(doc.slice(sent.span), sentence_hash[s], s, sentence_text);
    if (first_index == s || repeated[sent.paragraph]) continue;
    const Sentence& first = doc.sentences[first_index];
    out.push_back({"duplicate_sentence", sent.span,
                   "This sentence repeats one in paragraph " + ordinal_line(first.paragraph) + ".",
                   {first.span}});
  }
  return repeated;
}

}  // namespace factlight
