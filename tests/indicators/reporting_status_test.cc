#include <catch2/catch.hpp>

#include <stdexcept>

#include "indicators/indicators.h"
#include "indicators/reporting_status.h"
#include "ingest/submission.h"
#include "sample_province_fixture.h"
#include "test_support.h"

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

namespace baocao {
namespace {

// The sample submitted at the times of test::DeadlineSubmissionTimes, then H01's May export again
// (as .xlsx) on 20/06/2023: a later resubmission of a month already covered.
struct TimedSample {
  TimedSample() {
    test::LoadSampleProvince(db, {}, test::DeadlineSubmissionTimes());
    SubmitRequest again;
    again.kind = SubmissionKind::kDossiers;
    again.file = test::Fixture("formats/dossiers_H01_2023-05.xlsx");
    again.unit = "H01";
    again.period = "2023-05";
    again.now = "2023-06-21 07:30:00";
    resubmission = Submit(db, again).submission_id;
  }
  Database db{":memory:"};
  int64_t resubmission = 0;
};

const UnitStatus& Unit(const ReportingStatus& s, const std::string& code) {
  for (const auto& u : s.units)
    if (u.code == code) return u;
  throw std::runtime_error("no unit " + code);
}

std::string Levels(const ReportingStatus& s) {
  std::string text;
  for (const auto& l : s.levels)
    text += l.cap + " " + std::to_string(l.reported) + "/" + std::to_string(l.total) + " đúng hạn " +
            std::to_string(l.on_time) + "\n";
  return text;
}

}  // namespace

TEST_CASE("reporting status: completed when the last owed month was first covered, late after the deadline day",
          "[indicators]") {
  TimedSample sample;
  REQUIRE(sample.resubmission > 0);
  const Date deadline = Date::FromYmd(2023, 6, 15);
  const ReportingStatus s = ComputeReportingStatus(sample.db, ParsePeriod("2023-Q2"), "", deadline);
  CHECK(s.deadline == deadline);
  // On the deadline day, to the last second: on time. The next second: late.
  CHECK(Unit(s, "S01").completed_at == "2023-06-15 23:59:59");
  CHECK_FALSE(Unit(s, "S01").late);
  CHECK(Unit(s, "S02").completed_at == "2023-06-16 00:00:00");
  CHECK(Unit(s, "S02").late);
  // H01 completed the quarter with June's file on 10/06; sending May again on 21/06 is its latest
  // submission (the one the receipt link opens) but does not make it late.
  const UnitStatus& h01 = Unit(s, "H01");
  CHECK(h01.completed_at == "2023-06-10 09:00:00");
  CHECK_FALSE(h01.late);
  CHECK(h01.last_submitted_at == "2023-06-21 07:30:00");
  CHECK(h01.last_file == "dossiers_H01_2023-05.xlsx");
  CHECK(h01.last_submission_id == sample.resubmission);
  // A commune reported by its district's files shares their times.
  CHECK(Unit(s, "X0101").completed_at == "2023-06-10 09:00:00");
  CHECK(Unit(s, "X0201").completed_at == "2023-06-14 10:00:00");
  CHECK_FALSE(Unit(s, "X0201").late);
  // Not reported, or not expected: no completion, never late.
  CHECK(Unit(s, "X0202").completed_at.empty());
  CHECK_FALSE(Unit(s, "X0202").late);
  CHECK(Unit(s, "H03").completed_at.empty());
  CHECK(Unit(s, "H03").last_submitted_at == "2023-05-15 08:00:00");
  CHECK(Unit(s, "T17").completed_at.empty());
  CHECK_FALSE(Unit(s, "T17").late);
  CHECK(Levels(s) ==
        "so_nganh 2/2 đúng hạn 1\n"
        "huyen 2/3 đúng hạn 2\n"
        "xa 3/5 đúng hạn 3\n"
        " 7/10 đúng hạn 6\n");

  // Without a deadline nobody is late: on time is reported.
  const ReportingStatus open = ComputeReportingStatus(sample.db, ParsePeriod("2023-Q2"));
  CHECK_FALSE(open.deadline.has_value());
  CHECK(Unit(open, "S02").completed_at == "2023-06-16 00:00:00");
  CHECK_FALSE(Unit(open, "S02").late);
  CHECK(Levels(open) ==
        "so_nganh 2/2 đúng hạn 2\n"
        "huyen 2/3 đúng hạn 2\n"
        "xa 3/5 đúng hạn 3\n"
        " 7/10 đúng hạn 7\n");

  // April alone, due 15/04/2023: every file came in on the deadline day.
  const ReportingStatus april =
      ComputeReportingStatus(sample.db, ParsePeriod("2023-04"), "H02", Date::FromYmd(2023, 4, 15));
  CHECK(Unit(april, "X0202").completed_at == "2023-04-15 08:00:00");
  CHECK(Levels(april) == "huyen 1/1 đúng hạn 1\nxa 2/2 đúng hạn 2\n 3/3 đúng hạn 3\n");
  // Due a day earlier, they are all late.
  const ReportingStatus early =
      ComputeReportingStatus(sample.db, ParsePeriod("2023-04"), "H02", Date::FromYmd(2023, 4, 14));
  CHECK(Unit(early, "H02").late);
  CHECK(Levels(early) == "huyen 1/1 đúng hạn 0\nxa 2/2 đúng hạn 0\n 3/3 đúng hạn 0\n");
}

}  // namespace baocao

namespace baocao {

TEST_CASE("tong_hop carries the units' reporting rate and reporting rate on time", "[indicators]") {
  TimedSample sample;
  ReportOptions options;
  options.deadline = Date::FromYmd(2023, 6, 15);
  const Report r = ComputeReport(sample.db, "tong_hop", ParsePeriod("2023-Q2"), "", options);
  CHECK(r.reporting == Values{{"units_expected", Value::Count(10)},
                              {"units_reported", Value::Count(7)},
                              {"units_on_time", Value::Count(6)},
                              {"units_reported_rate", Value::Rate(7, 10)},
                              {"units_on_time_rate", Value::Rate(6, 10)}});
  // A subtree counts its own units; without a deadline everyone reported is on time.
  const Report h02 = ComputeReport(sample.db, "tong_hop", ParsePeriod("2023-Q2"), "H02");
  CHECK(h02.reporting.at("units_expected") == Value::Count(3));
  CHECK(h02.reporting.at("units_reported") == Value::Count(2));
  CHECK(h02.reporting.at("units_on_time") == Value::Count(2));
  CHECK(ComputeReport(sample.db, "tthc", ParsePeriod("2023-Q2"), "", options).reporting.empty());
}

}  // namespace baocao

namespace baocao {

TEST_CASE("a report's place, and kiem_tra never made from the figures", "[indicators]") {
  Database db(":memory:");
  test::LoadSampleProvince(db);
  CHECK(ReportPlace(db, ParsePeriod("2023-05"), "") == "Hòa Bình");
  CHECK(ReportPlace(db, ParsePeriod("2023-05"), "S01") == "Hòa Bình");
  CHECK(ReportPlace(db, ParsePeriod("2023-05"), "H02") == "Lương Sơn");
  CHECK_THROWS_WITH(ComputeReport(db, "kiem_tra", ParsePeriod("2023-05")),
                    "Biểu kiem_tra được lập từ kết quả kiểm tra số liệu (baocao check), không từ số liệu tổng hợp");
}

}  // namespace baocao
