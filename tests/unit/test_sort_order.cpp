// stable_order (core/src/sort_order.cpp, the core's one sort): the permutation std::stable_sort gives, for
// every length around its run size and merge widths, with many ties, sorted, reversed and random keys.
#include <catch2/catch.hpp>
#include <algorithm>
#include <cstdint>
#include <random>
#include <string>
#include <string_view>
#include <vector>

#include "../../core/src/sort_order.hpp"

namespace {

template <class Key>
std::vector<uint32_t> reference(const std::vector<Key>& keys) {
  std::vector<uint32_t> order(keys.size());
  for (uint32_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(), [&](uint32_t a, uint32_t b) { return keys[a] < keys[b]; });
  return order;
}

}  // namespace

TEST_CASE("stable_order is a stable sort of any keys", "[sort]") {
  std::mt19937 rng(7);
  for (std::size_t n : {0, 1, 2, 15, 16, 17, 31, 32, 33, 100, 257, 1000}) {
    for (int shape = 0; shape < 4; ++shape) {  // random with ties, sorted, reversed, nearly sorted
      std::vector<uint64_t> keys(n);
      for (std::size_t i = 0; i < n; ++i) {
        const uint64_t r = rng() % 7;  // few values: many ties, whose index order must stay
        keys[i] = shape == 0 ? r : shape == 1 ? i / 3 : shape == 2 ? (n - i) / 3 : i + (rng() % 10 == 0 ? 5 : 0);
      }
      INFO("n " << n << ", shape " << shape);
      CHECK(factlight::stable_order(keys) == reference(keys));
      std::vector<std::string> words(n);
      std::vector<std::string_view> views(n);
      for (std::size_t i = 0; i < n; ++i) {
        words[i] = std::string(1 + keys[i] % 3, static_cast<char>('a' + keys[i] % 5));
        views[i] = words[i];
      }
      CHECK(factlight::stable_order(views) == reference(views));
    }
  }
}
