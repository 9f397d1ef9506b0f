// hundredth (figures_numbers.cpp: a minor unit's amount in the major one, "312p" = 3.12 GBP) against what
// it replaced: the value written with printf("%.15g") and read back times 10^-2 by decimal_value(). The
// same double for every value a numeral of up to 15 digits reads as (integers, decimals, scaled ones).
#include <catch2/catch.hpp>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <random>
#include <string>

#include "../../core/src/figures_numbers.hpp"

namespace {

double by_text(double v) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.15g", v);
  // decimal_value wants digits with at most one '.', and an exponent apart.
  std::string s(buf);
  int exp10 = 0;
  if (const auto e = s.find('e'); e != std::string::npos) {
    exp10 = std::atoi(s.c_str() + e + 1);
    s.resize(e);
  }
  const bool negative = !s.empty() && s[0] == '-';
  const auto r = factlight::decimal_value(negative ? s.substr(1) : s, exp10 - 2);
  return negative ? -r.value_or(NAN) : r.value_or(NAN);
}

}  // namespace

TEST_CASE("hundredth: a minor unit's amount, as its decimal reads", "[figures]") {
  int bad = 0;
  auto check = [&](double v) {
    const double want = by_text(v), got = factlight::hundredth(v);
    if (want == got) return;
    if (bad++ < 5) UNSCOPED_INFO(v << ": by text " << want << ", hundredth " << got);
  };
  for (double v : {0.0, 1.0, 5.0, 50.0, 99.0, 312.0, 1e6, 2.5, 1.1, 0.1, 12.34, 99.99, 1234.56, 0.003, 7.77, 1e14,
                   123456789012345.0})
    check(v);
  std::mt19937_64 rng(20261201);
  // Numerals as written: up to 15 significant digits, up to 6 after the point, and scaled amounts.
  for (int i = 0; i < 200000; ++i) {
    const int digits = 1 + static_cast<int>(rng() % 15);
    uint64_t m = rng() % 1000000000000000ull;
    for (int d = 15; d > digits; --d) m /= 10;
    const int after = static_cast<int>(rng() % 7);
    double p = 1;
    for (int k = 0; k < after; ++k) p *= 10;
    check(static_cast<double>(m) / p);
  }
  for (int i = 1; i <= 100000; ++i) check(i * 1e6);
  CHECK(bad == 0);
}
