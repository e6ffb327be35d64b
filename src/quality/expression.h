// The arithmetic of the quality rules (rules/kiem_tra.toml): expressions such as
// `resolved_total + withdrawn + returned + pending_total` or `0.2 * good.cong_chuc`, evaluated
// exactly over rationals so that `excellent <= 0.2 * good` never depends on binary rounding.
//
// Grammar: decimal literals (12, 0.2), keys ([a-z_][a-z0-9_.]*), + - * /, parentheses, unary minus.
// Which keys exist is the rules' business (quality/rule_keys.h); an Expression only names them.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "core/errors.h"

namespace baocao {

// 128-bit intermediates (__extension__: GCC's type, which -Wpedantic would otherwise flag).
__extension__ typedef __int128 Int128;

// num/den in lowest terms, den > 0. Every operation checks that the result fits in 64 bits
// (intermediates in __int128) and throws DataError (Vietnamese) when it does not.
struct Rational {
  int64_t num = 0;
  int64_t den = 1;

  static Rational Of(int64_t n) { return {n, 1}; }
  // Reduces num/den (den != 0); throws DataError when the reduced value does not fit.
  static Rational Make(Int128 num, Int128 den);
  double ToDouble() const { return static_cast<double>(num) / static_cast<double>(den); }
  bool operator==(const Rational&) const = default;
};

Rational operator+(const Rational& a, const Rational& b);
Rational operator-(const Rational& a, const Rational& b);
Rational operator*(const Rational& a, const Rational& b);
// b must not be 0 (Expression::Evaluate gives no value instead).
Rational operator/(const Rational& a, const Rational& b);
// -1, 0, 1 as a < b, a == b, a > b.
int Compare(const Rational& a, const Rational& b);

// Vietnamese decimal text, rounded half away from zero to at most two decimals, thousands with '.':
// 15 -> "15", 1234 -> "1.234", 22/5 -> "4,4", 1/3 -> "0,33", -5/2 -> "-2,5".
std::string VietnameseDecimal(const Rational& r);

// A syntax error in an expression: `position` is the 0-based byte offset in the text where it is.
class ExpressionError : public Error {
 public:
  ExpressionError(size_t position, const std::string& why) : Error(why), position_(position) {}
  size_t position() const { return position_; }

 private:
  size_t position_;
};

class Expression {
 public:
  // Parses text; throws ExpressionError (Vietnamese) for a syntax error.
  static Expression Parse(const std::string& text);

  // The keys it names, in order of first appearance, each once, with their offsets in the text.
  const std::vector<std::pair<std::string, size_t>>& keys() const { return keys_; }

  // The value, or nullopt when lookup gives no value for a key or a division by zero occurs.
  // Throws DataError when a result does not fit in 64 bits.
  std::optional<Rational> Evaluate(const std::function<std::optional<Rational>(const std::string&)>& lookup) const;

 private:
  struct Node {
    enum class Kind { kNumber, kKey, kAdd, kSubtract, kMultiply, kDivide, kNegate };
    Kind kind = Kind::kNumber;
    Rational number;
    std::string key;
    int left = -1;
    int right = -1;
  };
  friend class ExpressionParser;

  std::optional<Rational> Eval(int node, const std::function<std::optional<Rational>(const std::string&)>& lookup) const;

  std::vector<Node> nodes_;
  int root_ = -1;
  std::vector<std::pair<std::string, size_t>> keys_;
};

}  // namespace baocao
