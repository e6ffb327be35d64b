#include "scorecard/fixed_point.h"

#include <algorithm>

namespace baocao {
namespace {
// 128-bit intermediates: max × pct, 10000 × numerator × factor never overflow. (__extension__:
// a GCC/Clang type that -Wpedantic would otherwise warn about.)
__extension__ typedef __int128 Wide;
}  // namespace

int64_t DivideHalfUp(int64_t numerator, int64_t denominator) {
  // 128-bit so that 2 × numerator + denominator never overflows.
  const Wide n = numerator;
  const Wide d = denominator;
  return static_cast<int64_t>((2 * n + d) / (2 * d));
}

int64_t PercentHundredths(int64_t numerator, int64_t denominator) {
  const Wide n = static_cast<Wide>(numerator) * 10000;
  const Wide d = denominator;
  return static_cast<int64_t>((2 * n + d) / (2 * d));
}

int64_t PercentOfProduct(int64_t n1, int64_t d1, int64_t n2, int64_t d2) {
  const Wide n = static_cast<Wide>(n1) * n2 * 10000;
  const Wide d = static_cast<Wide>(d1) * d2;
  return static_cast<int64_t>((2 * n + d) / (2 * d));
}

int64_t ScoreOf(int64_t max, int64_t pct, int64_t threshold) {
  const Wide n = static_cast<Wide>(max) * pct;
  const Wide d = threshold;
  const auto score = static_cast<int64_t>((2 * n + d) / (2 * d));
  return std::min(max, score);
}

int64_t ScoreOfCounts(int64_t max, int64_t n1, int64_t d1, int64_t n2, int64_t d2, int64_t threshold) {
  // max × n1 × n2 × 10000 stays below 2^127 for any count this program sees (each < 2^40).
  const Wide n = static_cast<Wide>(max) * n1 * n2 * 10000;
  const Wide d = static_cast<Wide>(d1) * d2 * threshold;
  const auto score = static_cast<int64_t>((2 * n + d) / (2 * d));
  return std::min(max, score);
}

std::optional<int64_t> ParseHundredths(std::string_view text) {
  size_t i = 0;
  int64_t whole = 0;
  size_t digits = 0;
  while (i < text.size() && text[i] >= '0' && text[i] <= '9') {
    if (whole > 100000000000000LL) return std::nullopt;  // far beyond any count or percentage
    whole = whole * 10 + (text[i] - '0');
    ++i;
    ++digits;
  }
  if (digits == 0) return std::nullopt;
  int64_t fraction = 0;  // hundredths
  if (i < text.size()) {
    if (text[i] != '.' && text[i] != ',') return std::nullopt;
    ++i;
    size_t decimals = 0;
    bool round_up = false;
    while (i < text.size() && text[i] >= '0' && text[i] <= '9') {
      if (decimals < 2) fraction = fraction * 10 + (text[i] - '0');
      else if (decimals == 2) round_up = text[i] >= '5';
      ++decimals;
      ++i;
    }
    if (decimals == 0 || i != text.size()) return std::nullopt;
    if (decimals == 1) fraction *= 10;
    if (round_up) ++fraction;
  }
  return whole * 100 + fraction;
}

std::string FormatHundredths(int64_t value, char decimal_separator) {
  const bool negative = value < 0;
  const uint64_t magnitude = negative ? 0 - static_cast<uint64_t>(value) : static_cast<uint64_t>(value);
  const uint64_t cents = magnitude % 100;
  std::string out = negative ? "-" : "";
  out += std::to_string(magnitude / 100);
  out += decimal_separator;
  out += static_cast<char>('0' + cents / 10);
  out += static_cast<char>('0' + cents % 10);
  return out;
}

std::string FormatHundredthsShort(int64_t value, char decimal_separator) {
  std::string out = FormatHundredths(value, decimal_separator);
  while (out.back() == '0') out.pop_back();
  if (out.back() == decimal_separator) out.pop_back();
  return out;
}

std::string FormatCountVi(int64_t n) {
  const uint64_t magnitude = n < 0 ? 0 - static_cast<uint64_t>(n) : static_cast<uint64_t>(n);
  const std::string digits = std::to_string(magnitude);
  std::string out;
  const size_t lead = digits.size() % 3 == 0 ? 3 : digits.size() % 3;
  out.append(digits, 0, lead);
  for (size_t i = lead; i < digits.size(); i += 3) {
    out += '.';
    out.append(digits, i, 3);
  }
  return n < 0 ? "-" + out : out;
}

}  // namespace baocao
