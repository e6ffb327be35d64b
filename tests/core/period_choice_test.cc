#include "core/period_choice.h"

#include <catch2/catch.hpp>

namespace baocao {
namespace {

std::string Dates(const PeriodChoice& choice) {
  const Period p = ResolvePeriodChoice(choice);
  return p.Label() + " " + p.from.Iso() + " " + p.to.Iso();
}

// The reason and the message of the PeriodChoiceError a choice throws.
std::string Refusal(const PeriodChoice& choice) {
  try {
    ResolvePeriodChoice(choice);
  } catch (const PeriodChoiceError& e) {
    const char* reasons[] = {"nothing", "both", "half range", "bad from", "bad to"};
    return std::string(reasons[static_cast<int>(e.reason())]) + ": " + e.what();
  }
  return "accepted";
}

}  // namespace

TEST_CASE("a period choice resolves to the named period, cut-off or calendar, or to its range", "[period]") {
  CHECK(Dates({"2023-05", "", "", false}) == "2023-05 2023-04-15 2023-05-14");
  CHECK(Dates({"2023-Q2", "", "", false}) == "2023-Q2 2023-03-15 2023-06-14");
  CHECK(Dates({"2023-H1", "", "", false}) == "2023-H1 2022-12-15 2023-06-14");
  CHECK(Dates({"2023", "", "", false}) == "2023 2022-12-15 2023-12-14");
  CHECK(Dates({"2023-05", "", "", true}) == "2023-05-cal 2023-05-01 2023-05-31");
  CHECK(Dates({"2023-Q2", "", "", true}) == "2023-Q2-cal 2023-04-01 2023-06-30");
  CHECK(Dates({"", "2023-04-15", "2023-05-14", false}) == "2023-04-15_2023-05-14 2023-04-15 2023-05-14");
  CHECK(Dates({"", "2023-05-01", "2023-05-01", false}) == "2023-05-01_2023-05-01 2023-05-01 2023-05-01");
  const Period range = ResolvePeriodChoice({"", "2023-04-15", "2023-05-14", false});
  CHECK(range.kind == Period::Kind::kRange);
  CHECK(range.Title() == "Từ ngày 15/04/2023 đến ngày 14/05/2023");
}

TEST_CASE("a period choice that is not one period is refused in words a form's user understands", "[period]") {
  CHECK(Refusal({"", "", "", false}) == "nothing: Chưa chọn kỳ báo cáo (hoặc khoảng từ ngày – đến ngày)");
  CHECK(Refusal({"", "", "", true}) == "nothing: Chưa chọn kỳ báo cáo (hoặc khoảng từ ngày – đến ngày)");
  CHECK(Refusal({"2023-05", "2023-05-01", "", false}) ==
        "both: Chỉ chọn kỳ báo cáo hoặc khoảng từ ngày – đến ngày, không chọn cả hai");
  CHECK(Refusal({"2023-05", "", "2023-05-31", false}) ==
        "both: Chỉ chọn kỳ báo cáo hoặc khoảng từ ngày – đến ngày, không chọn cả hai");
  CHECK(Refusal({"", "2023-05-01", "", false}) == "half range: Khoảng thời gian cần cả từ ngày và đến ngày");
  CHECK(Refusal({"", "", "2023-05-31", false}) == "half range: Khoảng thời gian cần cả từ ngày và đến ngày");
  CHECK(Refusal({"", "01/05/2023", "2023-05-31", false}) ==
        "bad from: Từ ngày \"01/05/2023\" không phải ngày dạng YYYY-MM-DD");
  CHECK(Refusal({"", "2023-05-01", "2023-02-30", false}) ==
        "bad to: Đến ngày \"2023-02-30\" không phải ngày dạng YYYY-MM-DD");
  // A malformed period and a range that ends before it begins: core/period.h's UsageErrors.
  CHECK_THROWS_WITH(ResolvePeriodChoice({"2023-13", "", "", false}),
                    "Kỳ báo cáo không hợp lệ: \"2023-13\" (dạng đúng: 2023-05, 2023-Q2, 2023-H1, 2023)");
  CHECK_THROWS_WITH(ResolvePeriodChoice({"", "2023-05-31", "2023-05-01", false}),
                    "Khoảng thời gian không hợp lệ: ngày bắt đầu 31/05/2023 sau ngày kết thúc 01/05/2023");
}

}  // namespace baocao
