// parse_decimal must give what the C library's strtod gives (glibc's, correctly rounded, is the
// reference here), bit for bit: edge cases, halfway points written out exactly, and many generated
// texts.
#include <catch2/catch.hpp>
#include <cfloat>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <limits>
#include <string>
#include <vector>

#include "../../core/src/decimal_parse.hpp"

namespace {

uint64_t bits_of(double d) {
  uint64_t b;
  std::memcpy(&b, &d, sizeof b);
  return b;
}

void same_as_strtod(const std::string& text) {
  const std::string shown =
      text.size() > 200 ? text.substr(0, 100) + "…(" + std::to_string(text.size()) + " bytes)"
                        : text;
  INFO(shown);
  CHECK(bits_of(factlight::parse_decimal(text)) == bits_of(std::strtod(text.c_str(), nullptr)));
}

// A small deterministic generator (xorshift), so that a failure is the same on every run.
struct Rng {
  uint64_t s = 0x9E3779B97F4A7C15u;
  uint64_t next() {
    s ^= s << 13;
    s ^= s >> 7;
    s ^= s << 17;
    return s;
  }
  int below(int n) { return static_cast<int>(next() % static_cast<uint64_t>(n)); }
};

}  // namespace

TEST_CASE("parse_decimal: edge cases as strtod", "[decimal]") {
  const char* cases[] = {
      "0",
      "-0",
      "0.0",
      "-0.000",
      "0e5",
      "0e-99999",
      "000123.4500",
      ".5",
      "5.",
      "1",
      "-1",
      "12.5",
      "0.1",
      "0.2",
      "0.3",
      "1e22",
      "1e23",
      "9007199254740992",
      "9007199254740993",
      "9007199254740994",
      "9007199254740995",
      "18446744073709551615",
      "18446744073709551616",
      "123456789012345678901234567890",
      "1.7976931348623157e308",
      "1.7976931348623158e308",
      "1.7976931348623159e308",
      "1.8e308",
      "1e309",
      "9.999e308",
      "2.2250738585072014e-308",
      "2.2250738585072011e-308",
      "2.225073858507201e-308",
      "4.9406564584124654e-324",
      "2.4703282292062327e-324",
      "2.4703282292062328e-324",
      "2.47e-324",
      "5e-324",
      "1e-323",
      "1e-324",
      "3e-324",
      "1e-400",
      "1e400",
      "-1e400",
      "1E5",
      "1e+5",
      "1.5E-5",
      "1e0",
      "1e-0",
      "1e99999999999999999999",
      "1e-99999999999999999999",
      "0.000000000000000000000000000001e30",
      "100000000000000000000000e-23",
      "7.038531e-26",
      "8.533e+68",
      "4.1006e-184",
      "9.998e+307",
      "9.9538452227e-280",
      "6.47660115e-260",
      "7.4e+47",
      "5.92e+48",
      "7.35e+66",
      "8.32116e+55",
      "2.5e-1",
      "0.5",
      "1.00000000000000011102230246251565404236316680908203125",
      "1.00000000000000011102230246251565404236316680908203124",
      "1.00000000000000011102230246251565404236316680908203126",
  };
  for (const char* c : cases) same_as_strtod(c);
}

TEST_CASE("parse_decimal: exact halfway points round to even, and a digit either side decides",
          "[decimal]") {
  if (std::numeric_limits<long double>::digits < 64)
    return;  // the halfway points are written via long double
  Rng rng;
  std::vector<double> values = {1.0,     0.1,    1e22,   1e23,       DBL_MAX,
                                DBL_MIN, 5e-324, 1e-310, 123456.789, 9007199254740992.0};
  for (int k = 0; k < 300; ++k) {
    double v;
    const uint64_t b = rng.next() & ~(uint64_t{1} << 63);
    std::memcpy(&v, &b, sizeof v);
    if (std::isfinite(v)) values.push_back(v);
  }
  char buf[1200];
  for (double v : values) {
    const double next = std::nextafter(v, INFINITY);
    if (!std::isfinite(next)) continue;
    const long double half =
        (static_cast<long double>(v) + static_cast<long double>(next)) / 2;  // exact
    std::snprintf(buf, sizeof buf, "%.800Le", half);  // exact: no halfway point has more digits
    std::string exact(buf);
    same_as_strtod(exact);
    // Just below and just above: the last digit changed, far past the 17th.
    const std::size_t e = exact.find('e');
    std::string mantissa = exact.substr(0, e), exponent = exact.substr(e);
    while (mantissa.back() == '0') mantissa.pop_back();
    same_as_strtod(mantissa + (mantissa.back() == '.' ? "0001" : "1") + exponent);
    if (mantissa.back() == '.') continue;  // 1e23 is one: the one-digit halfway point
    std::string below = mantissa;
    const std::size_t last = below.size() - 1;
    below[last] = static_cast<char>(below[last] - 1);
    same_as_strtod(below + "9999999999" + exponent);
  }
}

TEST_CASE("parse_decimal: generated texts as strtod", "[decimal]") {
  Rng rng;
  char buf[64];
  for (int k = 0; k < 20000; ++k) {
    std::string t;
    if (rng.below(2)) t += '-';
    const int digits = 1 + rng.below(k % 4 == 0 ? 60 : 20);
    const int point = rng.below(digits + 1);
    for (int i = 0; i < digits; ++i) {
      if (i == point && i > 0) t += '.';
      t += static_cast<char>('0' + rng.below(10));
    }
    if (rng.below(3)) {
      t += rng.below(2) ? 'e' : 'E';
      const int r = rng.below(4);
      if (r == 0) t += '-';
      if (r == 1) t += '+';
      std::snprintf(buf, sizeof buf, "%d", rng.below(360));
      t += buf;
    }
    same_as_strtod(t);
  }
  // Shortest and long renderings of random doubles.
  for (int k = 0; k < 5000; ++k) {
    double v;
    const uint64_t b = rng.next();
    std::memcpy(&v, &b, sizeof v);
    if (!std::isfinite(v)) continue;
    for (const char* f : {"%.17g", "%.16g", "%.15g", "%.25e", "%.3g"}) {
      std::snprintf(buf, sizeof buf, f, v);
      same_as_strtod(buf);
    }
  }
}

TEST_CASE("parse_decimal: long texts (digits past the 800th still count)", "[decimal]") {
  const std::string ones(5000, '1');
  same_as_strtod(ones);
  same_as_strtod("0." + ones);
  same_as_strtod("0." + std::string(320, '0') + ones);
  same_as_strtod(ones + "e-5000");
  same_as_strtod(ones + "e-5300");
  // 1 followed by zeros and a final 1 far past the 800th digit: only the sticky digit tells it
  // from 1.
  same_as_strtod("1." + std::string(2000, '0') + "1");
  same_as_strtod("9007199254740993" + std::string(1000, '0'));
  same_as_strtod("9007199254740993." + std::string(1000, '0') + "1");
  same_as_strtod(std::string(100000, '9'));  // overflow to inf
}
