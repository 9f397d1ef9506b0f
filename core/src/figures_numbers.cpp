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

double hundredth(double v) {
  double p = 1;
  for (int k = 0; k <= 15; ++k, p *= 10) {
    const double m = std::round(v * p);  // the decimal M / 10^k nearest v at k places: does it read as v?
    if (std::fabs(m) < 1e15 && m / p == v) return m / (p * 100);
  }
  return v / 100;
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
