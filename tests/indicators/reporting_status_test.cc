#include <catch2/catch.hpp>

#include "indicators/reporting_status.h"
#include "sample_province_fixture.h"

namespace baocao {

TEST_CASE("reporting status per unit and per level for the quarter", "[indicators]") {
  Database db(":memory:");
  test::LoadSampleProvince(db);
  const ReportingStatus s = ComputeReportingStatus(db, ParsePeriod("2023-Q2"));
  CHECK(s.months == std::vector<std::string>{"2023-04", "2023-05", "2023-06"});
  REQUIRE(s.units.size() == 11);
  const UnitStatus& x0202 = s.units[8];
  CHECK(x0202.code == "X0202");
  CHECK(x0202.depth == 2);
  CHECK(x0202.months_reported == 2);
  CHECK(x0202.missing_months == std::vector<std::string>{"2023-05"});
  CHECK(x0202.last_file == "dossiers_H02_2023-06.csv");
  CHECK(s.units[9].missing_months == std::vector<std::string>{"2023-06"});  // H03
  CHECK(s.units[1].reported());
  CHECK(s.units[1].people_reported);
  // The province has never had a dossier of its own: it aggregates, is not expected, not counted.
  CHECK_FALSE(s.units[0].expected);
  CHECK_FALSE(s.units[0].missing());
  CHECK(s.units[9].expected);  // H03 has dossiers of its own
  CHECK(s.units[9].missing());
  REQUIRE(s.levels.size() == 4);
  auto level = [&](size_t i) {
    return s.levels[i].cap + " " + std::to_string(s.levels[i].reported) + "/" + std::to_string(s.levels[i].total);
  };
  CHECK(level(0) == "so_nganh 2/2");
  CHECK(level(1) == "huyen 2/3");
  CHECK(level(2) == "xa 3/5");
  CHECK(level(3) == " 7/10");
  CHECK(s.missing() == 3);

  const ReportingStatus april = ComputeReportingStatus(db, ParsePeriod("2023-04"), "H02");
  CHECK(april.units.size() == 3);
  CHECK(april.missing() == 0);
  CHECK_FALSE(ComputeReportingStatus(db, ParsePeriod("2021")).units[0].people_reported);
}

}  // namespace baocao
