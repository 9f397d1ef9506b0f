// Numerals written in digits: "800,000", "3.5", "1.234,56", "12,34,567". No I/O, no allocation
// beyond the result; linear in the length of the numeral.
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace factlight {

// How a run of digits with inner ',' and '.' reads. The convention (English first):
//  - ',' groups thousands when every group after the first has three digits ("1,234,567"), or
//    in the Indian style (two-digit groups then three: "12,34,567");
//  - '.' is the decimal point; several '.' with three-digit groups group thousands ("1.234.567");
//  - with both, the last separator is the decimal point and the others must group by three:
//    "1,234.56" = 1234.56 and "1.234,56" = 1234.56 (continental style);
//  - a single ',' followed by one, two or four or more digits is a decimal comma ("1,3" = 1.3);
//  - several ',' with irregular groups is a list ("1,2,3,4" = 1, 2, 3, 4 as four numbers);
//  - anything else (several '.' with irregular groups: "192.168.1.2", a version) is not a number.
// Numbers beyond the range of a double ("1e400", a 10,000-digit number) have no value (null).
struct Numeral {
  enum Status { number, list, not_a_number } status = not_a_number;
  std::optional<double> value;
  std::string decimal;     // normalised: digits with at most one '.', no grouping ("1234.56")
  bool grouped = false;    // had thousands separators
  bool fractional = false; // had a decimal part
  std::size_t int_digits = 0;
  // For a list: byte offsets [begin, end) of each item inside the numeral.
  std::vector<std::pair<std::size_t, std::size_t>> items;
};

Numeral read_numeral(std::string_view text);

// The value of a normalised decimal string times 10^exp10, correctly rounded (as strtod; parse_decimal) so that the
// native and the WebAssembly builds agree to the last bit. Null when out of range.
std::optional<double> decimal_value(const std::string& decimal, int exp10);

// v / 100 as its decimal reads ("312" pence = 3.12 pounds): the nearest double to the shortest decimal
// of up to 15 digits that reads as v, over 100 (one correctly rounded division of two exact integers,
// M / 10^(k+2)); v / 100 for a value no such decimal reads as.
double hundredth(double v);

}  // namespace factlight
