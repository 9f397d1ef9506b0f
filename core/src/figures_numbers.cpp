#include "figures_numbers.hpp"

#include "decimal_parse.hpp"

#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <cstring>

namespace factlight {
namespace {

bool all_three(const std::vector<std::string_view>& groups, std::size_t from, std::size_t to) {
  for (std::size_t k = from; k < to; ++k)
    if (groups[k].size() != 3) return false;
  return true;
}

}  // namespace

std::optional<double> decimal_value(const std::string& decimal, int exp10) {
  // Significant digits beyond 40 cannot change a double's value except in exact ties; cutting
  // them keeps the parse linear and the answer identical on every platform.
  std::size_t int_digits = decimal.find('.');
  if (int_digits == std::string::npos) int_digits = decimal.size();
  std::size_t lead = 0;
  while (lead < int_digits && decimal[lead] == '0') ++lead;
  if (static_cast<long>(int_digits - lead) + exp10 > 308) return std::nullopt;
  std::string s;
  s.reserve(64);
  std::size_t sig = 0;
  for (char c : decimal) {
    if (c == '.') {
      s += c;
      continue;
    }
    if (sig >= 40) {
      if (s.find('.') == std::string::npos) {
        ++exp10;  // an integer digit dropped: scale instead
        continue;
      }
      continue;
    }
    s += c;
    if (c != '0' || sig > 0) ++sig;
  }
  if (!s.empty() && s.back() == '.') s.pop_back();
  if (s.empty()) return std::nullopt;
  s += 'e';
  s += std::to_string(exp10);
  const double v = parse_decimal(s);
  if (!std::isfinite(v)) return std::nullopt;
  return v;
}

std::string format_g15(double v) {
  uint64_t bits;
  std::memcpy(&bits, &v, sizeof bits);
  const bool negative = bits >> 63;
  const int biased = static_cast<int>(bits >> 52 & 0x7ff);
  uint64_t m = bits & ((uint64_t{1} << 52) - 1);
  std::string out = negative ? "-" : "";
  if (biased == 0x7ff) return out + (m ? "nan" : "inf");
  if (biased == 0 && m == 0) return out + "0";
  int e2 = biased == 0 ? -1074 : biased - 1075;  // |v| = m * 2^e2 exactly
  if (biased != 0) m |= uint64_t{1} << 52;

  // N = m * 2^e2 (e2 >= 0) or m * 5^-e2 (e2 < 0, and |v| = N * 10^e2): little-endian base 2^32 limbs.
  std::vector<uint32_t> n{static_cast<uint32_t>(m), static_cast<uint32_t>(m >> 32)};
  auto multiply = [&](uint32_t f) {
    uint64_t carry = 0;
    for (uint32_t& limb : n) {
      const uint64_t x = uint64_t{limb} * f + carry;
      limb = static_cast<uint32_t>(x);
      carry = x >> 32;
    }
    if (carry) n.push_back(static_cast<uint32_t>(carry));
  };
  int exp10 = 0;
  if (e2 >= 0) {
    for (int k = e2; k > 0; k -= 31) multiply(uint32_t{1} << (k < 31 ? k : 31));
  } else {
    for (int k = -e2; k > 0; k -= 13) {
      uint32_t f = 1;
      for (int i = 0; i < (k < 13 ? k : 13); ++i) f *= 5;
      multiply(f);
    }
    exp10 = e2;
  }
  // The decimal digits of N, most significant first (nine at a time, from the bottom).
  std::string digits;
  while (n.size() > 1 || n[0] != 0) {
    uint64_t rem = 0;
    for (std::size_t i = n.size(); i-- > 0;) {
      const uint64_t x = rem << 32 | n[i];
      n[i] = static_cast<uint32_t>(x / 1000000000u);
      rem = x % 1000000000u;
    }
    while (n.size() > 1 && n.back() == 0) n.pop_back();
    for (int i = 0; i < 9; ++i, rem /= 10) digits += static_cast<char>('0' + rem % 10);
  }
  while (digits.size() > 1 && digits.back() == '0') digits.pop_back();  // leading zeros (reversed)
  std::string d(digits.rbegin(), digits.rend());
  int x = static_cast<int>(d.size()) - 1 + exp10;  // decimal exponent of the first digit

  // Rounded to 15 significant digits, ties to even.
  constexpr std::size_t kP = 15;
  if (d.size() > kP) {
    const char next = d[kP];
    bool up = next > '5';
    if (next == '5') up = d.find_first_not_of('0', kP + 1) != std::string::npos || (d[kP - 1] - '0') % 2 == 1;
    d.resize(kP);
    if (up) {
      std::size_t i = kP;
      while (i > 0 && d[i - 1] == '9') d[--i] = '0';
      if (i == 0) {
        d.insert(d.begin(), '1');
        d.pop_back();
        ++x;
      } else {
        ++d[i - 1];
      }
    }
  }
  d.resize(kP, '0');

  // %g: fixed notation when -4 <= x < 15, else exponential; trailing zeros (and a bare '.') dropped.
  auto fraction = [](std::string f) {
    while (!f.empty() && f.back() == '0') f.pop_back();
    return f.empty() ? f : "." + f;
  };
  if (x < -4 || x >= static_cast<int>(kP)) {
    out += d[0];
    out += fraction(d.substr(1));
    out += x < 0 ? "e-" : "e+";
    const int ax = x < 0 ? -x : x;
    if (ax < 10) out += '0';
    out += std::to_string(ax);
  } else if (x >= 0) {
    out += d.substr(0, static_cast<std::size_t>(x) + 1);
    out += fraction(d.substr(static_cast<std::size_t>(x) + 1));
  } else {
    out += "0";
    out += fraction(std::string(static_cast<std::size_t>(-x - 1), '0') + d);
  }
  return out;
}

Numeral read_numeral(std::string_view t) {
  Numeral r;
  // Most numerals are a few plain digits ("2019", "5"): read without splitting into groups. Up to 15
  // digits the integer is below 2^53, so its double is exact: what decimal_value() gives for it.
  if (!t.empty() && t.size() <= 15) {
    uint64_t v = 0;
    std::size_t i = 0;
    for (; i < t.size() && t[i] >= '0' && t[i] <= '9'; ++i) v = v * 10 + static_cast<uint64_t>(t[i] - '0');
    if (i == t.size()) {
      r.status = Numeral::number;
      r.int_digits = t.size();
      r.value = static_cast<double>(v);
      r.decimal.assign(t.data(), t.size());
      return r;
    }
  }
  std::vector<std::string_view> groups;
  std::vector<char> seps;
  std::size_t start = 0;
  for (std::size_t i = 0; i <= t.size(); ++i) {
    if (i == t.size() || t[i] == ',' || t[i] == '.') {
      groups.push_back(t.substr(start, i - start));
      if (i < t.size()) seps.push_back(t[i]);
      start = i + 1;
    }
  }
  std::size_t commas = 0, dots = 0;
  for (char c : seps) (c == ',' ? commas : dots)++;
  std::string dec;
  auto join = [&](std::size_t from, std::size_t to) {
    for (std::size_t k = from; k < to; ++k) dec.append(groups[k].data(), groups[k].size());
  };
  const std::size_t n = groups.size();
  if (seps.empty()) {
    dec.assign(t.data(), t.size());
  } else if (dots == 0) {
    const bool first_ok = groups[0].size() <= 3;
    bool indian = groups[0].size() <= 2 && n >= 3 && groups[n - 1].size() == 3;
    for (std::size_t k = 1; indian && k + 1 < n; ++k) indian = groups[k].size() == 2;
    if (first_ok && all_three(groups, 1, n)) {
      join(0, n);
      r.grouped = true;
    } else if (indian) {
      join(0, n);
      r.grouped = true;
    } else if (commas == 1) {
      join(0, 1);
      dec += '.';
      join(1, 2);
      r.fractional = true;
    } else {
      r.status = Numeral::list;
      std::size_t off = 0;
      for (const auto& g : groups) {
        r.items.push_back({off, off + g.size()});
        off += g.size() + 1;
      }
      return r;
    }
  } else if (commas == 0) {
    if (dots == 1) {
      join(0, 1);
      dec += '.';
      join(1, 2);
      r.fractional = true;
    } else if (groups[0].size() <= 3 && all_three(groups, 1, n)) {
      join(0, n);
      r.grouped = true;
    } else {
      return r;  // "192.168.1.2", "1.2.3": an address or a version, not a number
    }
  } else {
    const char last = seps.back();
    bool ok = groups[0].size() <= 3 && all_three(groups, 1, n - 1);
    for (std::size_t k = 0; k + 1 < seps.size(); ++k) ok = ok && seps[k] != last;
    // Indian grouping with a decimal point: "12,34,567.89".
    bool indian = last == '.' && groups[0].size() <= 2 && n >= 4 && groups[n - 2].size() == 3;
    for (std::size_t k = 1; indian && k + 2 < n; ++k) indian = groups[k].size() == 2;
    for (std::size_t k = 0; indian && k + 1 < seps.size(); ++k) indian = seps[k] == ',';
    if (!ok && !indian) return r;
    join(0, n - 1);
    dec += '.';
    join(n - 1, n);
    r.grouped = true;
    r.fractional = true;
  }
  r.status = Numeral::number;
  const std::size_t dot = dec.find('.');
  r.int_digits = dot == std::string::npos ? dec.size() : dot;
  r.value = decimal_value(dec, 0);
  r.decimal = std::move(dec);
  return r;
}

}  // namespace factlight
