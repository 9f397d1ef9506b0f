// Correct rounding by exact integers: the text is D * 10^e with D an integer of at most kMaxDigits
// digits (and a sticky bit for any nonzero digit dropped). Most numbers take the fast path: D below
// 2^53 and |e| <= 22, where D and 10^|e| are exact doubles and one IEEE multiplication or division
// rounds correctly. Otherwise q = floor(D * 10^e * 2^s) is found by long division of big integers,
// with s chosen so that q has 54 or 55 bits (the 53 of the double and a rounding bit, the rest
// folded into sticky).
#include "decimal_parse.hpp"

#include <cstdint>
#include <cstring>
#include <vector>

namespace factlight {
namespace {

constexpr int kMaxDigits = 800;
constexpr uint32_t kPow10[] = {1,      10,      100,      1000,      10000,
                               100000, 1000000, 10000000, 100000000, 1000000000};

// An unsigned integer: little-endian base 2^32 limbs, no high zero limb (zero is no limbs).
struct Big {
  std::vector<uint32_t> limbs;

  void mul_add(uint32_t m, uint32_t a) {
    uint64_t carry = a;
    for (uint32_t& x : limbs) {
      const uint64_t t = uint64_t{x} * m + carry;
      x = static_cast<uint32_t>(t);
      carry = t >> 32;
    }
    if (carry) limbs.push_back(static_cast<uint32_t>(carry));
  }
  void mul_pow10(int64_t n) {
    for (; n >= 9; n -= 9) mul_add(kPow10[9], 0);
    if (n > 0) mul_add(kPow10[n], 0);
  }
  void shift_left(int64_t n) {
    if (limbs.empty() || n <= 0) return;
    const auto words = static_cast<std::size_t>(n / 32);
    const int bits = static_cast<int>(n % 32);
    if (bits) {
      uint32_t carry = 0;
      for (uint32_t& x : limbs) {
        const uint32_t next = x >> (32 - bits);
        x = x << bits | carry;
        carry = next;
      }
      if (carry) limbs.push_back(carry);
    }
    limbs.insert(limbs.begin(), words, 0);
  }
  void shift_right_1() {
    for (std::size_t i = 0; i < limbs.size(); ++i)
      limbs[i] = limbs[i] >> 1 | (i + 1 < limbs.size() ? limbs[i + 1] << 31 : 0);
    if (!limbs.empty() && limbs.back() == 0) limbs.pop_back();
  }
  int64_t bit_length() const {
    if (limbs.empty()) return 0;
    int top = 32;
    while (!(limbs.back() >> (top - 1) & 1)) --top;
    return static_cast<int64_t>(limbs.size() - 1) * 32 + top;
  }
  // -1, 0 or 1 as *this is less than, equal to or greater than b.
  int compare(const Big& b) const {
    if (limbs.size() != b.limbs.size()) return limbs.size() < b.limbs.size() ? -1 : 1;
    for (std::size_t i = limbs.size(); i-- > 0;)
      if (limbs[i] != b.limbs[i]) return limbs[i] < b.limbs[i] ? -1 : 1;
    return 0;
  }
  void subtract(const Big& b) {  // *this >= b
    int64_t borrow = 0;
    for (std::size_t i = 0; i < limbs.size(); ++i) {
      int64_t t = int64_t{limbs[i]} - borrow - (i < b.limbs.size() ? int64_t{b.limbs[i]} : 0);
      borrow = t < 0;
      limbs[i] = static_cast<uint32_t>(t + (borrow << 32));
    }
    while (!limbs.empty() && limbs.back() == 0) limbs.pop_back();
  }
};

double from_bits(uint64_t bits) {
  double d;
  std::memcpy(&d, &bits, sizeof d);
  return d;
}

}  // namespace

double parse_decimal(std::string_view text) {
  std::size_t i = 0;
  const bool negative = i < text.size() && text[i] == '-';
  if (negative) ++i;
  const uint64_t sign = uint64_t{negative} << 63;

  // The significant digits into d (and, while they fit, small), nine at a time.
  Big d;
  uint64_t small = 0;
  int digits = 0;       // significant digits kept
  int64_t exp10 = 0;    // the value is d * 10^exp10 (+ sticky)
  bool sticky = false;  // a nonzero digit was dropped
  bool after_point = false;
  uint32_t chunk = 0;
  int chunk_digits = 0;
  for (; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '.') {
      after_point = true;
      continue;
    }
    if (c < '0' || c > '9') break;
    if (digits == 0 && c == '0') {
      if (after_point) --exp10;
      continue;
    }
    if (digits < kMaxDigits) {
      ++digits;
      if (after_point) --exp10;
      chunk = chunk * 10 + static_cast<uint32_t>(c - '0');
      if (digits <= 19) small = small * 10 + static_cast<uint64_t>(c - '0');
      if (++chunk_digits == 9) {
        d.mul_add(1000000000, chunk);
        chunk = 0;
        chunk_digits = 0;
      }
    } else {
      if (c != '0') sticky = true;
      if (!after_point) ++exp10;
    }
  }
  if (chunk_digits) {
    d.mul_add(kPow10[chunk_digits], chunk);
  }
  if (i < text.size() && (text[i] == 'e' || text[i] == 'E')) {
    ++i;
    const bool minus = i < text.size() && text[i] == '-';
    if (i < text.size() && (text[i] == '-' || text[i] == '+')) ++i;
    int64_t e = 0;
    for (; i < text.size() && text[i] >= '0' && text[i] <= '9'; ++i)
      if (e < 1000000000) e = e * 10 + (text[i] - '0');
    exp10 += minus ? -e : e;
  }
  if (digits == 0) return from_bits(sign);  // zero

  // Out of range: at least 10^309 (above the largest double), below 10^-324 (under half the least).
  if (digits + exp10 - 1 >= 309) return from_bits(sign | uint64_t{0x7ff} << 52);
  if (digits + exp10 < -323) return from_bits(sign);

  // Fast path: exact operands, one rounding.
  if (digits <= 19 && !sticky && small <= uint64_t{1} << 53 && exp10 >= -22 && exp10 <= 22) {
    static constexpr double kExact[] = {1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,
                                        1e8,  1e9,  1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
                                        1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};
    const double v = static_cast<double>(small);
    const double r = exp10 >= 0 ? v * kExact[exp10] : v / kExact[-exp10];
    return negative ? -r : r;
  }

  // value = n / m; q = floor(value * 2^s) in [2^53, 2^55).
  Big& n = d;
  Big m;
  m.limbs.push_back(1);
  if (exp10 >= 0)
    n.mul_pow10(exp10);
  else
    m.mul_pow10(-exp10);
  const int64_t s = 54 - (n.bit_length() - m.bit_length());
  if (s >= 0)
    n.shift_left(s);
  else
    m.shift_left(-s);
  Big t = m;
  t.shift_left(54);
  uint64_t q = 0;
  for (int bit = 54; bit >= 0; --bit) {
    if (n.compare(t) >= 0) {
      n.subtract(t);
      q |= uint64_t{1} << bit;
    }
    t.shift_right_1();
  }
  if (!n.limbs.empty()) sticky = true;
  int64_t e2 = -s;  // value ~ q * 2^e2
  if (q >> 54) {
    sticky |= (q & 1) != 0;
    q >>= 1;
    ++e2;
  }
  // q has 54 bits: the mantissa is q >> 1, times 2^(e2 + 1); under the normal range, fewer bits.
  int64_t e = e2 + 1;
  if (e < -1074) {
    const int64_t shift = -1074 - e;
    if (shift >= 60) {
      sticky |= q != 0;
      q = 0;
    } else {
      sticky |= (q & ((uint64_t{1} << shift) - 1)) != 0;
      q >>= shift;
    }
    e = -1074;
  }
  uint64_t mant = q >> 1;
  if ((q & 1) && (sticky || (mant & 1))) ++mant;
  if (mant >> 53) {
    mant >>= 1;
    ++e;
  }
  if (mant < uint64_t{1} << 52) return from_bits(sign | mant);  // subnormal (e is -1074) or zero
  if (e + 1075 >= 2047) return from_bits(sign | uint64_t{0x7ff} << 52);
  return from_bits(sign | static_cast<uint64_t>(e + 1075) << 52 |
                   (mant & ((uint64_t{1} << 52) - 1)));
}

}  // namespace factlight
