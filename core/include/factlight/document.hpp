// The text model: the caller's text split once into paragraphs, sentences and tokens.
// Every span indexes the caller's original bytes.
#pragma once
#include <cstdint>
#include <memory>
#include <new>
#include <string>
#include <type_traits>
#include <utility>
#include <string_view>
#include <vector>

#include "factlight/span.hpp"

namespace factlight {

enum class TokenKind : uint8_t {
  word,    // letters (and digits or inner apostrophes after a letter): "Putin's", "G7"
  number,  // ASCII digits with inner , or . between digits: "800,000", "3.5"
  punct,   // . , ; : ! ? … ( ) [ ] / and the like; "..." is one token
  dash,    // - – —
  quote,   // a quotation mark (role decided by the quote extractor)
  symbol,  // % $ € £ ° & and everything else
};

enum TokenFlag : uint8_t {
  kSpaceBefore = 1,  // whitespace (or the paragraph start) precedes the token
  kCapitalized = 2,  // first character is an upper-case letter
  kAllCaps = 4,      // every letter is upper case (and there are at least two)
  kSentenceStart = 8,
  kNonAscii = 16,  // a word with some non-ASCII byte (a word without it is lower-cased byte by byte)
};

// 12 bytes: a text has up to one token per byte (10 MB of quote marks is 5 million tokens), so the
// first code point (21 bits), the kind and the flags share one word.
struct Token {
  ByteSpan span;
  char32_t first : 21;  // first code point, for quick tests
  TokenKind kind : 3;
  uint8_t flags : 8;
  bool has(TokenFlag f) const { return (flags & f) != 0; }
};
static_assert(sizeof(Token) == 12, "Token packs into 12 bytes");

// A token's word in the one vocabulary of every lexicon (claims_lexicon.hpp: the words of the claim
// cues and model, the vague sources and the quote extractor's lists), looked up once per token so that
// no stage lowers or hashes a word again: 14 bits of id (0 for no word, 1 for a word no list knows)
// and 2 bits of shape (claims_lexicon.hpp's WordShape). Two bytes: a text can have a token per byte.
struct TokenWord {
  uint16_t id : 14;
  uint16_t shape : 2;
};
static_assert(sizeof(TokenWord) == 2, "TokenWord packs into 2 bytes");

// The allocator of the token arrays: a resize() that grows them leaves the new elements unwritten (it
// constructs nothing) instead of zeroing them. The tokenizer grows the arrays a chunk at a time and writes
// every element it keeps, whole, before anything reads it (elements past the tokens made are cut off), so
// zeroing them first was wasted work (about 1.9 M instructions on 1 MB of news). For trivially copyable
// types only; any other construction (a value given) is as std::allocator's.
template <class T>
struct UnzeroedAllocator : std::allocator<T> {
  static_assert(std::is_trivially_copyable<T>::value, "elements are written whole before they are read");
  template <class U>
  struct rebind { using other = UnzeroedAllocator<U>; };
  UnzeroedAllocator() = default;
  template <class U>
  UnzeroedAllocator(const UnzeroedAllocator<U>&) noexcept {}
  template <class U>
  void construct(U*) noexcept {}
  template <class U, class... Args>
  void construct(U* p, Args&&... args) {
    ::new (static_cast<void*>(p)) U(std::forward<Args>(args)...);
  }
};
using Tokens = std::vector<Token, UnzeroedAllocator<Token>>;
using TokenWords = std::vector<TokenWord, UnzeroedAllocator<TokenWord>>;

struct Paragraph {
  ByteSpan span;
  uint32_t first_sentence = 0;
  uint32_t sentence_end = 0;
};

struct Sentence {
  ByteSpan span;
  uint32_t paragraph = 0;
  uint32_t first_token = 0;
  uint32_t token_end = 0;
};

class Document {
 public:
  // Decodes, repairs and segments the input. Never fails: invalid UTF-8 is replaced (byte for
  // byte, so offsets are preserved) and listed in invalid_bytes.
  explicit Document(std::string_view original);

  // The text the extractors read: the original, or its repaired copy of equal length.
  std::string_view text() const { return repaired_.empty() ? original_ : std::string_view(repaired_); }
  std::string_view original() const { return original_; }
  std::string_view slice(ByteSpan s) const { return text().substr(s.begin, s.end - s.begin); }
  std::string_view token_text(uint32_t t) const { return slice(tokens[t].span); }
  uint32_t size() const { return static_cast<uint32_t>(original_.size()); }

  std::vector<Paragraph> paragraphs;
  std::vector<Sentence> sentences;
  Tokens tokens;
  TokenWords words;  // words[t]: token t's word
  std::vector<uint32_t> invalid_bytes;  // offsets of bytes that were not valid UTF-8
  // Bit t (of word t / 64) set when token t is a quote token or a backtick: the tokens that may be quotation
  // marks, so that the quote pairer visits them only (tokens / 64 + 1 words).
  std::vector<uint64_t> quote_marks;

  // Index of the sentence containing byte offset `at` (the last one starting at or before it).
  uint32_t sentence_at(uint32_t at) const;
  // Index of the first token whose span begins at or after `at`.
  uint32_t token_at_or_after(uint32_t at) const;
  // The tokens that lie within `span`: [first, end), from the first that begins at or after span.begin to
  // the last that ends by span.end (two searches, no walk over them).
  std::pair<uint32_t, uint32_t> tokens_in(ByteSpan span) const;

  // text() with its ASCII letters lowered, byte for byte (the lower-case spelling of every ASCII word
  // at its own offsets): built on first ask and kept, so the quote extractor and the speaker resolver
  // share one copy; drop_lowered_text() frees it once they are done.
  std::string_view lowered_text() const;
  void drop_lowered_text() const { std::string().swap(lowered_); }

 private:
  std::string_view original_;
  std::string repaired_;  // empty when the input is valid UTF-8
  mutable std::string lowered_;  // see lowered_text(); empty until asked
  // For the two look-ups above, in constant time (the extractors ask them for nearly every quote,
  // figure and finding): per block of 2^kTokenBlockShift (2^kSentenceBlockShift) bytes, the index of
  // the first token (sentence) that begins in or after it; the answer is searched between two entries.
  static constexpr unsigned kTokenBlockShift = 6, kSentenceBlockShift = 7;
  std::vector<uint32_t> token_block_;
  std::vector<uint32_t> sentence_block_;
};

}  // namespace factlight
