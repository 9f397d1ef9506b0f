#include "sort_order.hpp"

#include <algorithm>

namespace factlight {
namespace {

template <class Key>
std::vector<uint32_t> order_of(const std::vector<Key>& keys) {
  std::vector<uint32_t> order(keys.size());
  for (uint32_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(), [&](uint32_t a, uint32_t b) { return keys[a] < keys[b]; });
  return order;
}

}  // namespace

std::vector<uint32_t> stable_order(const std::vector<uint64_t>& keys) { return order_of(keys); }
std::vector<uint32_t> stable_order(const std::vector<std::string_view>& keys) { return order_of(keys); }

}  // namespace factlight
