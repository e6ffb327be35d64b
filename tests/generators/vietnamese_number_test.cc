#include "generators/vietnamese_number.h"

#include <catch2/catch.hpp>
#include <limits>

namespace baocao {
namespace {

TEST_CASE("FormatCount groups thousands with dots", "[vietnamese_number]") {
  CHECK(FormatCount(0) == "0");
  CHECK(FormatCount(7) == "7");
  CHECK(FormatCount(999) == "999");
  CHECK(FormatCount(1000) == "1.000");
  CHECK(FormatCount(12345) == "12.345");
  CHECK(FormatCount(1234567) == "1.234.567");
  CHECK(FormatCount(100000000) == "100.000.000");
  CHECK(FormatCount(-1234) == "-1.234");
  CHECK(FormatCount(std::numeric_limits<int64_t>::min()) == "-9.223.372.036.854.775.808");
}

TEST_CASE("FormatRate prints a percentage with a decimal comma", "[vietnamese_number]") {
  CHECK(FormatRate(0.724) == "72,40%");
  CHECK(FormatRate(0.8908) == "89,08%");
  CHECK(FormatRate(0.0) == "0,00%");
  CHECK(FormatRate(1.0) == "100,00%");
  CHECK(FormatRate(2.0 / 3.0) == "66,67%");
  CHECK(FormatRate(0.00005) == "0,01%");  // half rounds away from zero
  CHECK(FormatRate(0.2711) == "27,11%");
  CHECK(FormatRate(0.3562, 1) == "35,6%");
  CHECK(FormatRate(0.5, 0) == "50%");
  CHECK(FormatRate(12.345678) == "1.234,57%");
}

TEST_CASE("FormatRank prints rank/N and a dash when unranked", "[vietnamese_number]") {
  CHECK(FormatRank(Value::Count(2), Value::Count(10)) == "2/10");
  CHECK(FormatRank(Value::Null(), Value::Count(10)) == "—");
  CHECK(FormatRank(Value::Count(3), Value::Null()) == "3");
  CHECK(RankOfKey("rank_on_time") == "rank_of");
  CHECK(RankOfKey("rank_online") == "rank_online_of");
  CHECK(RankOfKey("rank_satisfaction") == "rank_satisfaction_of");
}

TEST_CASE("FormatValue prints by kind, null as a dash", "[vietnamese_number]") {
  CHECK(FormatValue(Value::Count(1234567)) == "1.234.567");
  CHECK(FormatValue(Value::Rate(724, 1000)) == "72,40%");
  CHECK(FormatValue(Value::Rate(1, 0)) == "—");
  CHECK(FormatValue(Value::Null()) == "—");
}

TEST_CASE("FormatDateLine writes the date as Nghị định 30/2020: month padded only when 1 or 2",
          "[vietnamese_number]") {
  CHECK(FormatDateLine("Hòa Bình", Date::FromYmd(2023, 5, 5)) ==
        "Hòa Bình, ngày 05 tháng 5 năm 2023");
  CHECK(FormatDateLine("Hòa Bình", Date::FromYmd(2023, 5, 15)) ==
        "Hòa Bình, ngày 15 tháng 5 năm 2023");
  CHECK(FormatDateLine("Hòa Bình", Date::FromYmd(2024, 2, 14)) ==
        "Hòa Bình, ngày 14 tháng 02 năm 2024");
  CHECK(FormatDateLine("Hòa Bình", Date::FromYmd(2025, 1, 9)) ==
        "Hòa Bình, ngày 09 tháng 01 năm 2025");
  CHECK(FormatDateLine("Hòa Bình", Date::FromYmd(2023, 3, 15)) ==
        "Hòa Bình, ngày 15 tháng 3 năm 2023");
  CHECK(FormatDateLine("Hòa Bình", Date::FromYmd(2023, 10, 10)) ==
        "Hòa Bình, ngày 10 tháng 10 năm 2023");
  CHECK(FormatDateLine("", Date::FromYmd(2024, 12, 1)) == "Ngày 01 tháng 12 năm 2024");
  CHECK(FormatDateLine("", Date::FromYmd(2024, 2, 29)) == "Ngày 29 tháng 02 năm 2024");
}

}  // namespace
}  // namespace baocao
