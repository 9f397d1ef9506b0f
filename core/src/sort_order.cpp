#include "sort_order.hpp"

#include <algorithm>

namespace factlight {
namespace {

// The indices 0..n-1 ordered by less(a, b) (whether the key at index a orders before the key at index
// b), equal keys in index order: a bottom-up merge sort. In the wasm, one copy for every key type (a
// call through a pointer per comparison; std::stable_sort is a copy of 1 to 2 KB of wasm per key type);
// natively, one per key type with its comparison inlined.
// Runs of kRun sorted by insertion first (keys mostly come in text order: few moves), then merged in
// pairs; a pair already in order is copied as it is.
template <class Less>
std::vector<uint32_t> merge_order(std::size_t n, Less less) {
  constexpr std::size_t kRun = 16;
  std::vector<uint32_t> a(n), b(n);
  for (uint32_t i = 0; i < n; ++i) a[i] = i;
  for (std::size_t lo = 0; lo < n; lo += kRun)
    for (std::size_t i = lo + 1; i < std::min(lo + kRun, n); ++i) {
      const uint32_t x = a[i];
      std::size_t j = i;
      for (; j > lo && less(x, a[j - 1]); --j) a[j] = a[j - 1];
      a[j] = x;
    }
  for (std::size_t width = kRun; width < n; width *= 2) {
    for (std::size_t lo = 0; lo < n; lo += 2 * width) {
      const std::size_t mid = std::min(lo + width, n), hi = std::min(lo + 2 * width, n);
      std::size_t i = lo, j = mid, k = lo;
      if (mid < hi && less(a[mid], a[mid - 1]))  // (else in order already: copied as they are)
        while (i < mid && j < hi) b[k++] = less(a[j], a[i]) ? a[j++] : a[i++];  // the left on ties
      while (i < mid) b[k++] = a[i++];
      while (j < hi) b[k++] = a[j++];
    }
    a.swap(b);
  }
  return a;
}

#if defined(__wasm__)
// The key comparison of one key type, called through a pointer: one copy of merge_order() for them all.
struct Indirect {
  const void* keys;
  bool (*less)(const void* keys, uint32_t a, uint32_t b);
  bool operator()(uint32_t a, uint32_t b) const { return less(keys, a, b); }
};
template <class Key>
std::vector<uint32_t> order_of(const std::vector<Key>& keys) {
  return merge_order(keys.size(), Indirect{keys.data(), [](const void* k, uint32_t a, uint32_t b) {
                                             return static_cast<const Key*>(k)[a] < static_cast<const Key*>(k)[b];
                                           }});
}
#else
template <class Key>
std::vector<uint32_t> order_of(const std::vector<Key>& keys) {
  const Key* k = keys.data();
  return merge_order(keys.size(), [k](uint32_t a, uint32_t b) { return k[a] < k[b]; });
}
#endif

}  // namespace

std::vector<uint32_t> stable_order(const std::vector<uint64_t>& keys) { return order_of(keys); }
std::vector<uint32_t> stable_order(const std::vector<std::string_view>& keys) { return order_of(keys); }

}  // namespace factlight
