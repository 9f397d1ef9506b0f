// format_g15 (figures_numbers.cpp) against the C library's printf("%.15g"), which it replaces in the
// core so that the WebAssembly module carries no printf.
#include <catch2/catch.hpp>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <limits>
#include <random>
#include <string>

#include "../../core/src/figures_numbers.hpp"

namespace {

std::string printf_g15(double v) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.15g", v);
  return buf;
}

// Counts mismatches, and reports the first few in full.
int check(double v, int& reported) {
  const std::string want = printf_g15(v), got = factlight::format_g15(v);
  if (want == got) return 0;
  if (reported++ < 5) {
    char bits[32];
    std::snprintf(bits, sizeof bits, "%a", v);
    UNSCOPED_INFO(bits << ": printf " << want << ", format_g15 " << got);
  }
  return 1;
}

}  // namespace

TEST_CASE("format_g15 writes what printf %.15g writes", "[figures]") {
  int bad = 0, reported = 0;
  const double inf = std::numeric_limits<double>::infinity();
  for (double v : {0.0, -0.0, 1.0, -1.0, 0.1, 0.5, 1.5, 2.5, 100.0, 1e15, 1e16, 1e-4, 1e-5, 9.5e-5, 123456.789,
                   999999999999999.0, 999999999999999.5, 9999999999999995.0, 0.00009999999999999995, 1e300,
                   -2.5e-300, std::numeric_limits<double>::max(), std::numeric_limits<double>::min(),
                   std::numeric_limits<double>::denorm_min(), inf, -inf, std::nan("")})
    bad += check(v, reported);
  std::mt19937_64 rng(20261130);
  // Any bit pattern: every exponent, subnormals, NaNs.
  for (int i = 0; i < 20000; ++i) {
    const uint64_t bits = rng();
    double v;
    std::memcpy(&v, &bits, sizeof v);
    bad += check(v, reported);
  }
  // Decimals of up to 17 digits at the scales figures have (the values format_g15 is given).
  for (int i = 0; i < 100000; ++i) {
    const uint64_t digits = rng() % 100000000000000000ull;
    const int exp10 = static_cast<int>(rng() % 41) - 20;
    const std::string text = std::to_string(digits) + "e" + std::to_string(exp10);
    bad += check(std::strtod(text.c_str(), nullptr) * (i % 7 == 0 ? -1 : 1), reported);
  }
  // Exact ties at the 16th digit (16-digit integers ending in 5, x.5 with 15 integer digits; both
  // parities of the digit before), and runs of 9s that carry into a new digit.
  for (int i = 0; i < 50000; ++i) {
    const uint64_t k = 100000000000000ull + rng() % 900000000000000ull;
    bad += check(static_cast<double>(k * 10 + 5), reported);
    bad += check(static_cast<double>(k) + 0.5, reported);
    bad += check((static_cast<double>(k) + 0.5) / 1024, reported);
  }
  for (int e = -30; e <= 30; ++e) {
    bad += check(std::strtod(("999999999999999.5e" + std::to_string(e)).c_str(), nullptr), reported);
    bad += check(std::strtod(("9999999999999995e" + std::to_string(e)).c_str(), nullptr), reported);
  }
  CHECK(bad == 0);
}
