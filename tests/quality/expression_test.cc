#include <catch2/catch.hpp>

#include <map>

#include "core/errors.h"
#include "quality/expression.h"

namespace baocao {
namespace {

std::optional<Rational> Eval(const std::string& text, const std::map<std::string, int64_t>& values = {}) {
  return Expression::Parse(text).Evaluate([&](const std::string& key) -> std::optional<Rational> {
    const auto it = values.find(key);
    if (it == values.end()) return std::nullopt;
    return Rational::Of(it->second);
  });
}

std::string ErrorAt(const std::string& text) {
  try {
    Expression::Parse(text);
  } catch (const ExpressionError& e) {
    return std::to_string(e.position()) + ": " + e.what();
  }
  return "no error";
}

}  // namespace

TEST_CASE("expressions: precedence, parentheses, unary minus and decimals, exactly", "[quality]") {
  CHECK(Eval("1 + 2 * 3") == Rational{7, 1});
  CHECK(Eval("(1 + 2) * 3") == Rational{9, 1});
  CHECK(Eval("10 - 4 - 3") == Rational{3, 1});
  CHECK(Eval("12 / 4 / 3") == Rational{1, 1});
  CHECK(Eval("-3 + 5") == Rational{2, 1});
  CHECK(Eval("- (2 - 7)") == Rational{5, 1});
  CHECK(Eval("0.2 * good", {{"good", 7}}) == Rational{7, 5});
  CHECK(Eval("0.1 + 0.2") == Rational{3, 10});  // no binary rounding
  CHECK(Eval("a / b", {{"a", 1}, {"b", 3}}) == Rational{1, 3});
  CHECK(Eval("excellent.cong_chuc + previous.pending_total", {{"excellent.cong_chuc", 2}, {"previous.pending_total", 40}}) ==
        Rational{42, 1});
}

TEST_CASE("expressions: a missing key or a division by zero gives no value", "[quality]") {
  CHECK_FALSE(Eval("a + 1").has_value());
  CHECK_FALSE(Eval("a / b", {{"a", 1}, {"b", 0}}).has_value());
}

TEST_CASE("expressions: the keys named, once each, with their offsets", "[quality]") {
  const Expression e = Expression::Parse("resolved_total + withdrawn + resolved_total");
  REQUIRE(e.keys().size() == 2);
  CHECK(e.keys()[0] == std::pair<std::string, size_t>{"resolved_total", 0});
  CHECK(e.keys()[1] == std::pair<std::string, size_t>{"withdrawn", 17});
}

TEST_CASE("expressions: syntax errors say where and what in Vietnamese", "[quality]") {
  CHECK(ErrorAt("") == "0: biểu thức trống: hãy viết một phép tính, ví dụ \"new_online\"");
  CHECK(ErrorAt("a +") == "3: biểu thức kết thúc giữa chừng: thiếu một số hoặc một tên số liệu ở cuối");
  CHECK(ErrorAt("(a + b") == "0: dấu \"(\" chưa được đóng: hãy thêm \")\"");
  CHECK(ErrorAt("a + b)") == "5: dấu \")\" không có dấu \"(\" tương ứng");
  CHECK(ErrorAt("a b") == "2: thiếu phép tính (+ - * /) trước \"b\"");
  CHECK(ErrorAt("a % b") == "2: thiếu phép tính (+ - * /) trước \"%\"");
  CHECK(ErrorAt("a * %") ==
        "4: ký tự \"%\" không hợp lệ ở đây: chỉ dùng số (0.2), tên số liệu (chữ thường, _ và .), + - * / và ngoặc đơn");
  CHECK(ErrorAt("1. + a") == "0: số thập phân phải có chữ số sau dấu chấm, ví dụ 0.2");
  CHECK(ErrorAt("99999999999999999999") == "0: số quá lớn hoặc quá nhiều chữ số thập phân");
}

TEST_CASE("expressions: overflow is a Vietnamese DataError, not a wrapped number", "[quality]") {
  const int64_t big = 4000000000000000000;
  CHECK(Eval("a + a", {{"a", big}}) == Rational{2 * big, 1});
  CHECK_THROWS_AS(Eval("a + a + a", {{"a", big}}), DataError);
  CHECK_THROWS_WITH(Eval("a * a", {{"a", big}}),
                    Catch::StartsWith("giá trị của một biểu thức trong quy tắc kiểm tra (rules/kiem_tra.toml) vượt quá"));
  // Comparisons use 128-bit products: no overflow there.
  CHECK(Compare(Rational{big, 3}, Rational{big, 7}) == 1);
}

TEST_CASE("rationals print as Vietnamese decimals with at most two decimals", "[quality]") {
  CHECK(VietnameseDecimal(Rational::Of(15)) == "15");
  CHECK(VietnameseDecimal(Rational::Of(1234)) == "1.234");
  CHECK(VietnameseDecimal(Rational::Of(-1234567)) == "-1.234.567");
  CHECK(VietnameseDecimal(Rational{22, 5}) == "4,4");
  CHECK(VietnameseDecimal(Rational{1, 3}) == "0,33");
  CHECK(VietnameseDecimal(Rational{2, 3}) == "0,67");
  CHECK(VietnameseDecimal(Rational{-5, 2}) == "-2,5");
  CHECK(VietnameseDecimal(Rational{1, 200}) == "0,01");  // half away from zero
  CHECK(VietnameseDecimal(Rational{-1, 1000}) == "0");
}

}  // namespace baocao
