// A fixed set of words built once from a word list, for membership tests on hot paths (the lexicons
// of the quote and figure extractors are asked about nearly every token). Open addressing over a
// power-of-two table with FNV-1a; words whose length no entry has are rejected before hashing.
// Membership only: nothing iterates over the table, so its layout never reaches any output.
#pragma once
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <initializer_list>
#include <string_view>
#include <vector>

namespace factlight {

// Calls f with each word of a literal of words separated by single spaces ("mr mrs ms").
template <class F>
void for_each_word(std::string_view spaced, F&& f) {
  for (std::size_t b = 0; b < spaced.size();) {
    std::size_t e = spaced.find(' ', b);
    if (e == std::string_view::npos) e = spaced.size();
    f(spaced.substr(b, e - b));
    b = e + 1;
  }
}

class WordSet {
 public:
  WordSet(std::initializer_list<const char*> words) { build(words.begin(), words.end()); }
  template <std::size_t N>
  explicit WordSet(const char* const (&words)[N]) {
    build(words, words + N);
  }
  WordSet(const std::string_view* first, const std::string_view* last) { build(first, last); }
  // The words of one literal, separated by single spaces ("mr mrs ms"): no table of pointers to ship.
  explicit WordSet(std::string_view spaced) {
    std::vector<std::string_view> words;
    for_each_word(spaced, [&](std::string_view w) { words.push_back(w); });
    build(words.data(), words.data() + words.size());
  }

  bool contains(std::string_view w) const {
    if (w.size() > max_len_ || !(lengths_ >> (w.size() < 63 ? w.size() : 63) & 1u)) return false;
    for (std::size_t i = hash(w) & mask_;; i = (i + 1) & mask_) {
      const std::string_view s = slots_[i];
      if (s.data() == nullptr) return false;
      if (s == w) return true;
    }
  }
  std::size_t max_length() const { return max_len_; }

 private:
  // In constant time, whatever the length: the first and the last four bytes (overlapping in words
  // of four to seven) or, in shorter words, the first, middle and last, with the length. Words sharing
  // all of those only share a probe sequence (the table is fixed: no input can lengthen it).
  static std::size_t hash(std::string_view w) {
    const std::size_t n = w.size();
    const auto* p = reinterpret_cast<const unsigned char*>(w.data());
    uint64_t x;
    if (n >= 4) {
      uint32_t head, tail;
      std::memcpy(&head, p, 4);
      std::memcpy(&tail, p + n - 4, 4);
      x = uint64_t{head} << 32 | tail;
    } else if (n > 0) {
      x = uint64_t{p[0]} << 16 | uint64_t{p[n >> 1]} << 8 | p[n - 1];
    } else {
      x = 0;
    }
    x = (x ^ (uint64_t{n} << 56)) * 0x9E3779B97F4A7C15ull;
    return static_cast<std::size_t>(x >> 32);
  }
  template <class It>
  void build(It first, It last) {
    std::size_t size = 8;
    while (size < 2 * static_cast<std::size_t>(last - first)) size *= 2;
    slots_.assign(size, std::string_view());
    mask_ = size - 1;
    for (It it = first; it != last; ++it) {
      const std::string_view w(*it);
      if (w.size() > max_len_) max_len_ = w.size();
      lengths_ |= uint64_t{1} << (w.size() < 63 ? w.size() : 63);
      std::size_t i = hash(w) & mask_;
      while (slots_[i].data() != nullptr && slots_[i] != w) i = (i + 1) & mask_;
      slots_[i] = w;
    }
  }
  std::vector<std::string_view> slots_;
  std::size_t mask_ = 0;
  std::size_t max_len_ = 0;
  uint64_t lengths_ = 0;  // bit n: some entry has n bytes (63: 63 or more)
};

}  // namespace factlight

namespace factlight {

// A fixed list of distinct words, each mapped to its position in the list: the word ids of a vocabulary.
// Same table as WordSet; the words themselves must outlive the index (string literals, static tables).
class WordIndex {
 public:
  static constexpr uint32_t npos = UINT32_MAX;

  explicit WordIndex(const std::vector<std::string_view>& words) {
    std::size_t size = 8;
    while (size < 2 * words.size()) size *= 2;
    slots_.assign(size, Slot{});
    mask_ = size - 1;
    for (uint32_t k = 0; k < words.size(); ++k) {
      const std::string_view w = words[k];
      if (w.size() > max_len_) max_len_ = w.size();
      lengths_ |= uint64_t{1} << (w.size() < 63 ? w.size() : 63);
      std::size_t i = hash(w) & mask_;
      while (slots_[i].word.data() != nullptr && slots_[i].word != w) i = (i + 1) & mask_;
      if (slots_[i].word.data() == nullptr) slots_[i] = {w, k};
    }
  }

  // The distinct words of `words` (every one of the first `always` kept, repeats or not), at most `max`,
  // appended in order to `distinct` (empty), each indexed by its position there: as
  // WordIndex(distinct) would be, built in the one pass that finds the repeats.
  WordIndex(const std::vector<std::string_view>& words, std::size_t always, std::size_t max,
            std::vector<std::string_view>& distinct) {
    std::size_t size = 8;
    while (size < 2 * words.size()) size *= 2;
    slots_.assign(size, Slot{});
    mask_ = size - 1;
    for (std::size_t k = 0; k < words.size() && distinct.size() < max; ++k) {
      const std::string_view w = words[k];
      std::size_t i = hash(w) & mask_;
      while (slots_[i].word.data() != nullptr && slots_[i].word != w) i = (i + 1) & mask_;
      if (slots_[i].word.data() != nullptr && k >= always) continue;  // a repeat
      if (w.size() > max_len_) max_len_ = w.size();
      lengths_ |= uint64_t{1} << (w.size() < 63 ? w.size() : 63);
      if (slots_[i].word.data() == nullptr) slots_[i] = {w, static_cast<uint32_t>(distinct.size())};
      distinct.push_back(w);
    }
  }

  // The position of w in the list (its first occurrence), or npos.
  uint32_t find(std::string_view w) const { return find(w, hash(w)); }
  // The same with hash(w) computed by the caller (while it builds w, say).
  uint32_t find(std::string_view w, std::size_t h) const {
    if (w.size() > max_len_ || !(lengths_ >> (w.size() < 63 ? w.size() : 63) & 1u)) return npos;
    for (std::size_t i = h & mask_;; i = (i + 1) & mask_) {
      const Slot& s = slots_[i];
      if (s.word.data() == nullptr) return npos;
      if (s.word == w) return s.index;
    }
  }
  std::size_t max_length() const { return max_len_; }

  // FNV-1a, one byte at a time: hash_step(hash_start, c) for each byte c of w gives hash(w).
  static constexpr uint32_t hash_start = 2166136261u;
  static uint32_t hash_step(uint32_t h, unsigned char c) { return (h ^ c) * 16777619u; }
  static std::size_t hash(std::string_view w) {
    uint32_t h = hash_start;
    for (const char c : w) h = hash_step(h, static_cast<unsigned char>(c));
    return h;
  }

 private:
  struct Slot {
    std::string_view word;
    uint32_t index = 0;
  };
  std::vector<Slot> slots_;
  std::size_t mask_ = 0;
  std::size_t max_len_ = 0;
  uint64_t lengths_ = 0;
};

}  // namespace factlight
