#include "quality/expression.h"

#include <limits>

namespace baocao {
namespace {

using i128 = Int128;

[[noreturn]] void Overflow() {
  throw DataError(
      "giá trị của một biểu thức trong quy tắc kiểm tra (rules/kiem_tra.toml) vượt quá giới hạn tính toán "
      "(số nguyên 64 bit); hãy kiểm tra số liệu của đơn vị hoặc sửa biểu thức cho gọn hơn");
}

i128 Abs(i128 v) { return v < 0 ? -v : v; }

i128 Gcd(i128 a, i128 b) {
  a = Abs(a);
  b = Abs(b);
  while (b != 0) {
    const i128 t = a % b;
    a = b;
    b = t;
  }
  return a;
}

bool Fits(i128 v) {
  return v >= std::numeric_limits<int64_t>::min() && v <= std::numeric_limits<int64_t>::max();
}

std::string Grouped(i128 n) {  // n >= 0
  std::string digits;
  do {
    digits.insert(digits.begin(), static_cast<char>('0' + static_cast<int>(n % 10)));
    n /= 10;
  } while (n != 0);
  std::string out;
  for (size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out += '.';
    out += digits[i];
  }
  return out;
}

}  // namespace

Rational Rational::Make(i128 num, i128 den) {
  if (den < 0) {
    num = -num;
    den = -den;
  }
  const i128 g = Gcd(num, den);
  if (g > 1) {
    num /= g;
    den /= g;
  }
  if (!Fits(num) || !Fits(den)) Overflow();
  return {static_cast<int64_t>(num), static_cast<int64_t>(den)};
}

Rational operator+(const Rational& a, const Rational& b) {
  return Rational::Make(i128(a.num) * b.den + i128(b.num) * a.den, i128(a.den) * b.den);
}
Rational operator-(const Rational& a, const Rational& b) {
  return Rational::Make(i128(a.num) * b.den - i128(b.num) * a.den, i128(a.den) * b.den);
}
Rational operator*(const Rational& a, const Rational& b) {
  return Rational::Make(i128(a.num) * b.num, i128(a.den) * b.den);
}
Rational operator/(const Rational& a, const Rational& b) {
  return Rational::Make(i128(a.num) * b.den, i128(a.den) * b.num);
}

int Compare(const Rational& a, const Rational& b) {
  const i128 l = i128(a.num) * b.den;
  const i128 r = i128(b.num) * a.den;
  return l < r ? -1 : (l > r ? 1 : 0);
}

std::string VietnameseDecimal(const Rational& r) {
  const bool negative = r.num < 0;
  const i128 scaled = Abs(i128(r.num)) * 100;
  i128 hundredths = scaled / r.den;
  if ((scaled % r.den) * 2 >= r.den) ++hundredths;  // half away from zero
  std::string out = (negative && hundredths != 0 ? "-" : "") + Grouped(hundredths / 100);
  const int frac = static_cast<int>(hundredths % 100);
  if (frac != 0) {
    out += ',';
    out += static_cast<char>('0' + frac / 10);
    if (frac % 10 != 0) out += static_cast<char>('0' + frac % 10);
  }
  return out;
}

// Recursive descent over the text; positions are byte offsets for the error messages.
class ExpressionParser {
 public:
  explicit ExpressionParser(const std::string& text) : text_(text) {}

  Expression Run() {
    SkipSpace();
    if (pos_ >= text_.size()) throw ExpressionError(0, "biểu thức trống: hãy viết một phép tính, ví dụ \"new_online\"");
    e_.root_ = Sum();
    SkipSpace();
    if (pos_ < text_.size()) {
      if (text_[pos_] == ')') throw ExpressionError(pos_, "dấu \")\" không có dấu \"(\" tương ứng");
      throw ExpressionError(pos_, "thiếu phép tính (+ - * /) trước \"" + text_.substr(pos_, 1) + "\"");
    }
    return std::move(e_);
  }

 private:
  using Kind = Expression::Node::Kind;

  void SkipSpace() {
    while (pos_ < text_.size() && (text_[pos_] == ' ' || text_[pos_] == '\t')) ++pos_;
  }

  int Add(Expression::Node node) {
    e_.nodes_.push_back(std::move(node));
    return static_cast<int>(e_.nodes_.size()) - 1;
  }

  int Sum() {
    int left = Product();
    for (;;) {
      SkipSpace();
      if (pos_ >= text_.size() || (text_[pos_] != '+' && text_[pos_] != '-')) return left;
      const Kind kind = text_[pos_] == '+' ? Kind::kAdd : Kind::kSubtract;
      ++pos_;
      const int right = Product();
      left = Add({kind, {}, "", left, right});
    }
  }

  int Product() {
    int left = Unary();
    for (;;) {
      SkipSpace();
      if (pos_ >= text_.size() || (text_[pos_] != '*' && text_[pos_] != '/')) return left;
      const Kind kind = text_[pos_] == '*' ? Kind::kMultiply : Kind::kDivide;
      ++pos_;
      const int right = Unary();
      left = Add({kind, {}, "", left, right});
    }
  }

  int Unary() {
    SkipSpace();
    if (pos_ < text_.size() && text_[pos_] == '-') {
      ++pos_;
      const int operand = Unary();
      return Add({Kind::kNegate, {}, "", operand, -1});
    }
    return Primary();
  }

  static bool KeyStart(char c) { return (c >= 'a' && c <= 'z') || c == '_'; }
  static bool KeyChar(char c) { return KeyStart(c) || (c >= '0' && c <= '9') || c == '.'; }
  static bool Digit(char c) { return c >= '0' && c <= '9'; }

  int Primary() {
    SkipSpace();
    if (pos_ >= text_.size())
      throw ExpressionError(pos_, "biểu thức kết thúc giữa chừng: thiếu một số hoặc một tên số liệu ở cuối");
    const char c = text_[pos_];
    if (c == '(') {
      const size_t open = pos_;
      ++pos_;
      const int inner = Sum();
      SkipSpace();
      if (pos_ >= text_.size() || text_[pos_] != ')')
        throw ExpressionError(open, "dấu \"(\" chưa được đóng: hãy thêm \")\"");
      ++pos_;
      return inner;
    }
    if (Digit(c)) return Number();
    if (KeyStart(c)) {
      const size_t start = pos_;
      while (pos_ < text_.size() && KeyChar(text_[pos_])) ++pos_;
      std::string key = text_.substr(start, pos_ - start);
      bool seen = false;
      for (const auto& [k, at] : e_.keys_) seen = seen || k == key;
      if (!seen) e_.keys_.emplace_back(key, start);
      return Add({Kind::kKey, {}, std::move(key), -1, -1});
    }
    throw ExpressionError(pos_, "ký tự \"" + text_.substr(pos_, 1) +
                                    "\" không hợp lệ ở đây: chỉ dùng số (0.2), tên số liệu (chữ thường, _ và .), + - * / và ngoặc đơn");
  }

  int Number() {
    const size_t start = pos_;
    i128 num = 0;
    i128 den = 1;
    bool point = false;
    while (pos_ < text_.size() && (Digit(text_[pos_]) || (text_[pos_] == '.' && !point))) {
      if (text_[pos_] == '.') {
        point = true;
        ++pos_;
        if (pos_ >= text_.size() || !Digit(text_[pos_]))
          throw ExpressionError(start, "số thập phân phải có chữ số sau dấu chấm, ví dụ 0.2");
        continue;
      }
      num = num * 10 + (text_[pos_] - '0');
      if (point) den *= 10;
      if (num > std::numeric_limits<int64_t>::max() || den > std::numeric_limits<int64_t>::max())
        throw ExpressionError(start, "số quá lớn hoặc quá nhiều chữ số thập phân");
      ++pos_;
    }
    return Add({Kind::kNumber, Rational::Make(num, den), "", -1, -1});
  }

  const std::string& text_;
  size_t pos_ = 0;
  Expression e_;
};

Expression Expression::Parse(const std::string& text) { return ExpressionParser(text).Run(); }

std::optional<Rational> Expression::Evaluate(
    const std::function<std::optional<Rational>(const std::string&)>& lookup) const {
  return Eval(root_, lookup);
}

std::optional<Rational> Expression::Eval(
    int index, const std::function<std::optional<Rational>(const std::string&)>& lookup) const {
  const Node& n = nodes_[static_cast<size_t>(index)];
  switch (n.kind) {
    case Node::Kind::kNumber: return n.number;
    case Node::Kind::kKey: return lookup(n.key);
    case Node::Kind::kNegate: {
      const auto v = Eval(n.left, lookup);
      if (!v) return std::nullopt;
      return Rational::Make(-static_cast<Int128>(v->num), v->den);
    }
    default: break;
  }
  const auto a = Eval(n.left, lookup);
  const auto b = Eval(n.right, lookup);
  if (!a || !b) return std::nullopt;
  switch (n.kind) {
    case Node::Kind::kAdd: return *a + *b;
    case Node::Kind::kSubtract: return *a - *b;
    case Node::Kind::kMultiply: return *a * *b;
    default:
      if (b->num == 0) return std::nullopt;
      return *a / *b;
  }
}

}  // namespace baocao
