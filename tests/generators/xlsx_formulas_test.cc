#include "generators/xlsx_formulas.h"

#include <catch2/catch.hpp>

#include "core/period.h"
#include "generators/sample_report_fixture.h"
#include "generators/xlsx_frame.h"
#include "generators/xlsx_table.h"

namespace baocao {
namespace {

TemplateColumn Count(std::vector<std::string> keys) {
  TemplateColumn c;
  c.keys = std::move(keys);
  return c;
}

TemplateColumn Rate(std::vector<std::string> numerator, std::vector<std::string> denominator) {
  TemplateColumn c;
  c.kind = TemplateColumn::Kind::kRate;
  c.keys = {"rate"};
  c.numerator = std::move(numerator);
  c.denominator = std::move(denominator);
  return c;
}

TEST_CASE("Column letters and cell references are Excel's") {
  CHECK(ColumnLetters(0) == "A");
  CHECK(ColumnLetters(25) == "Z");
  CHECK(ColumnLetters(26) == "AA");
  CHECK(ColumnLetters(701) == "ZZ");
  CHECK(ColumnLetters(702) == "AAA");
  CHECK(CellRef(9, 2) == "C10");
}

TEST_CASE("A rate's keys map to the count columns that print them whole, or to nothing") {
  const std::vector<TemplateColumn> columns = {Count({"a"}), Count({"b", "c"}), Count({"d"}),
                                               Rate({"a"}, {"a", "b", "c"})};
  CHECK(CountColumnsFor(columns, {"a"}) == std::vector<int>{0});
  CHECK(CountColumnsFor(columns, {"a", "b", "c"}) == std::vector<int>{0, 1});
  CHECK_FALSE(CountColumnsFor(columns, {"b"}));  // printed only together with c
  CHECK_FALSE(CountColumnsFor(columns, {"e"}));  // not printed
  CHECK_FALSE(CountColumnsFor(columns, {}));
  CHECK_FALSE(CountColumnsFor(columns, {"a", "a"}));  // a key counted twice
}

TEST_CASE("Rate formulas guard the zero denominator, SUM splits past 255 arguments") {
  const std::vector<TemplateColumn> columns = {Count({"a"}), Count({"b", "c"}), Count({"d"})};
  CHECK(RateFormula(columns, Rate({"a"}, {"a", "b", "c"}), 13) ==
        "IF((A14+B14)=0,\"—\",A14/(A14+B14))");
  CHECK(RateFormula(columns, Rate({"a", "d"}, {"b", "c"}), 0) == "IF(B1=0,\"—\",(A1+C1)/B1)");
  CHECK_FALSE(RateFormula(columns, Rate({"x"}, {"a"}), 0));
  CHECK(SumFormula({13, 15}, 2) == "SUM(C14,C16)");
  std::vector<int> rows(256);
  for (int i = 0; i < 256; ++i) rows[i] = i;
  const std::string sum = SumFormula(rows, 0);
  CHECK(sum.rfind("SUM(A1,A2,", 0) == 0);
  CHECK(sum.find(",A255)+SUM(A256)") != std::string::npos);
}

TEST_CASE("Wrapped line estimate: one line when it fits, more when the column is narrow") {
  CHECK(WrappedLines("Tổng số", 10) == 1);
  CHECK(WrappedLines("Trực tiếp và qua dịch vụ bưu chính công ích", 14) == 4);
  CHECK(WrappedLines("", 10) == 1);
}

}  // namespace
}  // namespace baocao
