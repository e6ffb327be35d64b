#include <catch2/catch.hpp>

#include "core/date.h"

namespace baocao {

TEST_CASE("every accepted date form gives the same instant", "[date]") {
  const auto iso = ParseDateTime("2023-05-04 08:30:00");
  REQUIRE(iso);
  CHECK(iso->Iso() == "2023-05-04 08:30:00");
  CHECK(ParseDateTime("2023-05-04 08:30") == iso);
  CHECK(ParseDateTime("2023-05-04T08:30:00") == iso);
  CHECK(ParseDateTime("04/05/2023 08:30") == iso);
  CHECK(ParseDateTime("4/5/2023 08:30:00") == iso);
  CHECK(ParseDateTime(" 2023-05-04 ")->Iso() == "2023-05-04 00:00:00");
  CHECK(ParseDateTime("04/05/2023")->date == Date::FromYmd(2023, 5, 4));
}

TEST_CASE("impossible dates and other forms are refused", "[date]") {
  CHECK_FALSE(ParseDateTime("2023-02-29"));
  CHECK_FALSE(ParseDateTime("31/04/2023"));
  CHECK_FALSE(ParseDateTime("2023-05-04 25:00"));
  CHECK_FALSE(ParseDateTime("2023/05/04"));
  CHECK_FALSE(ParseDateTime("hôm qua"));
  CHECK_FALSE(ParseDateTime(""));
  CHECK(ParseDateTime("2024-02-29"));
}

TEST_CASE("days count from 1970 and print in both forms", "[date]") {
  CHECK(Date::FromYmd(1970, 1, 1).days == 0);
  const Date d = Date::FromYmd(2023, 5, 14);
  CHECK(d.Iso() == "2023-05-14");
  CHECK(d.Vietnamese() == "14/05/2023");
  CHECK(d.AddDays(1).Iso() == "2023-05-15");
  CHECK(Date::FromYmd(2024, 3, 1).days - Date::FromYmd(2024, 2, 28).days == 2);
}

}  // namespace baocao
