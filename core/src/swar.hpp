// Eight bytes at a time ("SIMD within a register"): the per-byte tests and the ASCII lowering that the
// tokenizer, the word look-ups and the duplicate finder share. Private to the core.
#pragma once
#include <cstdint>
#include <cstring>

namespace factlight::swar {

constexpr uint64_t kOnes = 0x0101010101010101ull;  // 0x01 in every byte
constexpr uint64_t kHigh = 0x8080808080808080ull;  // the top bit of every byte

// The eight bytes at p as one number (the first byte lowest on little-endian machines).
inline uint64_t load8(const char* p) {
  uint64_t x;
  std::memcpy(&x, p, 8);
  return x;
}

// The eight bytes of x at p, the lowest first (load8's order, on any host).
inline void store8(char* p, uint64_t x) {
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
  x = __builtin_bswap64(x);
#endif
  std::memcpy(p, &x, 8);
}

// The index (0..63) of the lowest set bit of a nonzero x.
inline unsigned lowest_bit(uint64_t x) {
#if defined(__GNUC__)
  return static_cast<unsigned>(__builtin_ctzll(x));
#else
  unsigned k = 0;
  while (!(x & 1)) x >>= 1, ++k;
  return k;
#endif
}

// Set bits of a 64-bit word: wasm's i64.popcnt where there is one (wasm, or a native target that has the
// instruction); by lanes otherwise (baseline x86-64 has none).
inline uint32_t bit_count(uint64_t x) {
#if defined(__wasm__) || defined(__POPCNT__)
  return static_cast<uint32_t>(__builtin_popcountll(x));
#else
  x = x - ((x >> 1) & 0x5555555555555555ull);
  x = (x & 0x3333333333333333ull) + ((x >> 2) & 0x3333333333333333ull);
  return static_cast<uint32_t>((((x + (x >> 4)) & 0x0F0F0F0F0F0F0F0Full) * 0x0101010101010101ull) >> 56);
#endif
}

// x with every byte from 'A' to 'Z' lowered (+0x20). Every byte of x must be below 0x80: then no sum
// carries out of its byte and the test is exact.
inline uint64_t lower_ascii8(uint64_t x) {
  const uint64_t upper = (x + (0x80 - 'A') * kOnes) & ~(x + (0x80 - 'Z' - 1) * kOnes) & kHigh;
  return x | upper >> 2;
}

// The same for any bytes: those from 0x80 (parts of UTF-8 characters) stay as they are.
inline uint64_t lower_ascii8_any(uint64_t x) {
  const uint64_t low = x & ~kHigh;
  const uint64_t upper = (low + (0x80 - 'A') * kOnes) & ~(low + (0x80 - 'Z' - 1) * kOnes) & ~x & kHigh;
  return x | upper >> 2;
}

// The top bit of each byte of x from lo to hi (lo >= 1, hi < 0x80). Every byte of x must be below 0x80.
inline uint64_t between8(uint64_t x, uint8_t lo, uint8_t hi) {
  return (x + (0x80 - lo) * kOnes) & ~(x + (0x7F - hi) * kOnes) & kHigh;
}

// The top bit of each byte of x that is an ASCII letter or digit (no byte from 0x80 is). Exact: the sums
// are taken on the low seven bits of each byte, where none carries out of its byte.
inline uint64_t ascii_alnum8(uint64_t x) {
  const uint64_t low = x & ~kHigh;
  auto between = [](uint64_t v, uint8_t lo, uint8_t hi) {  // v's bytes in [lo, hi], each below 0x80
    return (v + (0x80 - lo) * kOnes) & ~(v + (0x7F - hi) * kOnes);
  };
  return (between(low | 0x20 * kOnes, 'a', 'z') | between(low, '0', '9')) & ~x & kHigh;
}

}  // namespace factlight::swar
