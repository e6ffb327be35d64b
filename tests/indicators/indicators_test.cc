// Every indicator of the sample province (fixtures/sample/README.md), computed by hand from the
// fixture files and asserted exactly.
#include <catch2/catch.hpp>

#include <map>

#include "core/errors.h"
#include "indicators/flow_line_fixture.h"
#include "indicators/indicators.h"
#include "sample_province_fixture.h"
#include "test_support.h"

namespace baocao {
namespace {

using test::FlowLine;
using test::FlowTable;
using test::Line;
using test::Row;
const std::string& kNull = test::kNullFlow;

struct Sample {
  Sample() { test::LoadSampleProvince(db); }
  Report Compute(const std::string& form, const std::string& period, const std::string& root = "") {
    return ComputeReport(db, form, ParsePeriod(period), root);
  }
  Database db{":memory:"};
};

}  // namespace

TEST_CASE("tthc flow for April 2023: every unit", "[indicators]") {
  Sample s;
  const Report r = s.Compute("tthc", "2023-04");
  CHECK(r.period.from.Iso() == "2023-03-15");
  CHECK(r.period.to.Iso() == "2023-04-14");
  //                 carried new onl inp post recv res early on late wd ret pend within overdue
  const std::map<std::string, std::string> expected = {
      {"T17", "1 15 6 7 2 16 12 5 5 2 0 0 4 3 1"},
      {"S01", "1 3 2 1 0 4 3 1 1 1 0 0 1 1 0"},
      {"S02", "0 2 1 1 0 2 2 1 1 0 0 0 0 0 0"},
      {"H01", "0 5 2 2 1 5 3 1 2 0 0 0 2 1 1"},
      {"X0101", "0 2 1 1 0 2 1 0 1 0 0 0 1 0 1"},
      {"X0102", "0 1 0 0 1 1 1 0 1 0 0 0 0 0 0"},
      {"H02", "0 3 1 2 0 3 3 1 1 1 0 0 0 0 0"},
      {"X0201", "0 1 1 0 0 1 1 0 1 0 0 0 0 0 0"},
      {"X0202", "0 1 0 1 0 1 1 1 0 0 0 0 0 0 0"},
      {"H03", "0 2 0 1 1 2 1 1 0 0 0 0 1 1 0"},
      {"X0301", "0 1 0 0 1 1 0 0 0 0 0 0 1 1 0"},
  };
  CHECK(FlowTable(r) == expected);
  CHECK(r.warnings.empty());
  CHECK(Lookup(Row(r, "T17"), "online_rate").rate == Approx(6.0 / 15));
  CHECK(Lookup(Row(r, "T17"), "on_time_rate").rate == Approx(10.0 / 12));
}

TEST_CASE("tthc flow for May 2023: carried over, re-exported, unreported", "[indicators]") {
  Sample s;
  const Report r = s.Compute("tthc", "2023-05");
  const std::map<std::string, std::string> expected = {
      {"T17", "4 12 8 4 0 16 10 3 5 2 1 2 3 2 1"},
      {"S01", "1 3 2 1 0 4 2 1 0 1 1 0 1 0 1"},
      {"S02", "0 2 2 0 0 2 1 1 0 0 0 1 0 0 0"},
      {"H01", "2 4 2 2 0 6 4 1 2 1 0 1 1 1 0"},
      {"X0101", "1 1 0 1 0 2 2 0 1 1 0 0 0 0 0"},
      {"X0102", "0 2 1 1 0 2 0 0 0 0 0 1 1 1 0"},
      {"H02", "0 2 2 0 0 2 1 0 1 0 0 0 1 1 0"},
      {"X0201", "0 1 1 0 0 1 1 0 1 0 0 0 0 0 0"},
      {"X0202", kNull},
      {"H03", "1 1 0 1 0 2 2 0 2 0 0 0 0 0 0"},
      {"X0301", "1 0 0 0 0 1 1 0 1 0 0 0 0 0 0"},
  };
  CHECK(FlowTable(r) == expected);

  // A-S01-03 was exported in April still in progress (pending within its deadline, due 17/04) and
  // again in May finished on 18/04: April counts it pending, May carried over and resolved late.
  // M-S01-02 is stored as finished on 20/05 (June's export) yet May still counts it pending: it was
  // not finished by 14/05, and its due day 12/05 is before the period's end: overdue.
  CHECK(Line(Row(r, "S01"), {"carried_over", "resolved_late", "pending_overdue"}) == "1 1 1");

  // X0202 has no row in H02's May export: "chưa báo cáo", every value null, a warning.
  const UnitRow& x0202 = Row(r, "X0202");
  CHECK_FALSE(x0202.submitted);
  CHECK(x0202.values.empty());
  REQUIRE(r.warnings.size() == 1);
  CHECK(r.warnings[0] == "Chưa báo cáo: X0202 UBND xã Hòa Sơn (tháng 2023-05)");

  // Zero denominators are null, not 0: X0102 resolved nothing in May; X0301 received nothing new.
  CHECK(Lookup(Row(r, "X0102"), "on_time_rate").is_null());
  CHECK(Lookup(Row(r, "X0301"), "online_rate").is_null());
  // Rates are recomputed from the rolled-up counts, never averaged.
  CHECK(Lookup(Row(r, "T17"), "on_time_rate").rate == Approx(0.8));
  CHECK(Lookup(Row(r, "T17"), "online_rate").rate == Approx(8.0 / 12));
  CHECK(Lookup(Row(r, "H01"), "on_time_rate").rate == Approx(0.75));
}

TEST_CASE("tthc flow for June 2023: a district that did not submit", "[indicators]") {
  Sample s;
  const Report r = s.Compute("tthc", "2023-06");
  const std::map<std::string, std::string> expected = {
      {"T17", "3 9 5 4 0 12 10 2 5 3 0 0 2 2 0"},
      {"S01", "1 2 2 0 0 3 2 0 1 1 0 0 1 1 0"},
      {"S02", "0 2 1 1 0 2 2 0 1 1 0 0 0 0 0"},
      {"H01", "1 3 1 2 0 4 3 1 2 0 0 0 1 1 0"},
      {"X0101", "0 1 1 0 0 1 1 0 1 0 0 0 0 0 0"},
      {"X0102", "1 1 0 1 0 2 2 1 1 0 0 0 0 0 0"},
      {"H02", "1 2 1 1 0 3 3 1 1 1 0 0 0 0 0"},
      {"X0201", "0 1 0 1 0 1 1 0 1 0 0 0 0 0 0"},
      {"X0202", "0 1 1 0 0 1 1 1 0 0 0 0 0 0 0"},
      {"H03", kNull},
      {"X0301", kNull},
  };
  CHECK(FlowTable(r) == expected);
  CHECK(r.warnings == std::vector<std::string>{
                          "Chưa báo cáo: H03 UBND huyện Mai Châu (tháng 2023-06)",
                          "Chưa báo cáo: X0301 UBND thị trấn Mai Châu (tháng 2023-06)"});
}

TEST_CASE("tthc flow for the second quarter: every month must be reported", "[indicators]") {
  Sample s;
  const Report r = s.Compute("tthc", "2023-Q2");
  CHECK(r.period.DatesLine() == "Từ ngày 15/03/2023 đến ngày 14/06/2023");
  const std::map<std::string, std::string> expected = {
      {"T17", "1 31 18 12 1 32 27 7 13 7 1 2 2 2 0"},
      {"S01", "1 8 6 2 0 9 7 2 2 3 1 0 1 1 0"},
      {"S02", "0 6 4 2 0 6 5 2 2 1 0 1 0 0 0"},
      {"H01", "0 12 5 6 1 12 10 3 6 1 0 1 1 1 0"},
      {"X0101", "0 4 2 2 0 4 4 0 3 1 0 0 0 0 0"},
      {"X0102", "0 4 1 2 1 4 3 1 2 0 0 1 0 0 0"},
      {"H02", "0 5 3 2 0 5 5 0 3 2 0 0 0 0 0"},
      {"X0201", "0 3 2 1 0 3 3 0 3 0 0 0 0 0 0"},
      {"X0202", kNull},
      {"H03", kNull},
      {"X0301", kNull},
  };
  CHECK(FlowTable(r) == expected);
  CHECK(r.warnings.front() == "Chưa báo cáo: X0202 UBND xã Hòa Sơn (tháng 2023-05)");
}

TEST_CASE("a district's subtree: its own rows, with province-wide ranks", "[indicators]") {
  Sample s;
  const Report r = s.Compute("tthc", "2023-05", "H01");
  REQUIRE(r.units.size() == 3);
  CHECK(r.root == "H01");
  CHECK(r.place == "Hòa Bình");
  CHECK(r.units[0].depth == 0);
  CHECK(r.units[1].ma_don_vi == "X0101");
  CHECK(r.units[1].depth == 1);
  CHECK(FlowLine(r.units[0]) == "2 4 2 2 0 6 4 1 2 1 0 1 1 1 0");
  CHECK(Line(r.units[0], {"rank_on_time", "rank_of"}) == "3 3");
  CHECK_THROWS_AS(s.Compute("tthc", "2023-05", "H99"), UsageError);
  CHECK_THROWS_AS(s.Compute("bieu_la", "2023-05"), UsageError);
}

TEST_CASE("ranks: units of the same level across the province, ties share a rank", "[indicators]") {
  Sample s;
  const Report r = s.Compute("dvc", "2023-05");
  // On-time: H02 1/1 and H03 2/2 tie first, H01 3/4 is third of three.
  CHECK(Line(Row(r, "H02"), {"rank_on_time", "rank_of"}) == "1 3");
  CHECK(Line(Row(r, "H03"), {"rank_on_time", "rank_of"}) == "1 3");
  CHECK(Line(Row(r, "H01"), {"rank_on_time", "rank_of"}) == "3 3");
  // Communes: X0102 resolved nothing (no value, not ranked, not counted), X0202 did not report.
  CHECK(Line(Row(r, "X0201"), {"rank_on_time", "rank_of"}) == "1 3");
  CHECK(Line(Row(r, "X0301"), {"rank_on_time", "rank_of"}) == "1 3");
  CHECK(Line(Row(r, "X0101"), {"rank_on_time", "rank_of"}) == "3 3");
  CHECK(Line(Row(r, "X0102"), {"rank_on_time", "rank_of"}) == "- -");
  CHECK(Line(Row(r, "X0202"), {"rank_on_time", "rank_of"}) == "- -");
  // Online: H02 2/2, H01 2/4, H03 0/1; communes X0201 1/1, X0102 1/2, X0101 0/1, X0301 no new.
  CHECK(Line(Row(r, "H02"), {"rank_online", "rank_online_of"}) == "1 3");
  CHECK(Line(Row(r, "H01"), {"rank_online", "rank_online_of"}) == "2 3");
  CHECK(Line(Row(r, "H03"), {"rank_online", "rank_online_of"}) == "3 3");
  CHECK(Line(Row(r, "X0101"), {"rank_online", "rank_online_of"}) == "3 3");
  CHECK(Line(Row(r, "X0301"), {"rank_online", "rank_online_of"}) == "- -");
  // Departments: S02 1/1 on time, S01 1/2.
  CHECK(Line(Row(r, "S02"), {"rank_on_time", "rank_of"}) == "1 2");
  CHECK(Line(Row(r, "S01"), {"rank_on_time", "rank_of"}) == "2 2");
  // Satisfaction: every district 100%: all first.
  CHECK(Line(Row(r, "H01"), {"rank_satisfaction", "rank_satisfaction_of"}) == "1 3");
  CHECK(Line(Row(r, "H03"), {"rank_satisfaction", "rank_satisfaction_of"}) == "1 3");
}

TEST_CASE("dvc: payment and satisfaction for May, catalog indicators", "[indicators]") {
  Sample s;
  const Report r = s.Compute("dvc", "2023-05");
  const std::vector<const char*> payment = {"paid_total", "paid_online", "paid_amount_total", "paid_amount_online"};
  const std::vector<const char*> rating = {"rated_total", "very_satisfied", "satisfied", "dissatisfied"};
  CHECK(Line(Row(r, "T17"), payment) == "7 6 2010000 510000");
  CHECK(Line(Row(r, "T17"), rating) == "10 5 5 0");
  CHECK(Lookup(Row(r, "T17"), "online_payment_rate").rate == Approx(6.0 / 7));
  CHECK(Lookup(Row(r, "T17"), "online_payment_amount_rate").rate == Approx(510000.0 / 2010000));
  CHECK(Lookup(Row(r, "T17"), "satisfaction_rate").rate == 1.0);
  // H03 was paid 1,500,000 in person: the online share is 0 (a value), not null.
  CHECK(Line(Row(r, "H03"), payment) == "1 0 1500000 0");
  CHECK(Lookup(Row(r, "H03"), "online_payment_amount_rate") == Value::Rate(0, 1500000));
  // A-H01-02's 1,500,000 was received in April: not May's payments.
  CHECK(Line(Row(r, "H01"), payment) == "2 2 85000 85000");
  CHECK(Line(Row(r, "H01"), rating) == "4 2 2 0");
  // X0102 resolved nothing with a rating in May.
  CHECK(Lookup(Row(r, "X0102"), "satisfaction_rate").is_null());

  const auto catalog = [&](const char* key) { return r.catalog.at(key); };
  CHECK(catalog("procedures_total") == Value::Count(12));
  CHECK(catalog("procedures_full_online") == Value::Count(5));
  CHECK(catalog("procedures_partial_online") == Value::Count(5));
  CHECK(catalog("full_online_rate") == Value::Rate(5, 12));
  CHECK(catalog("online_capable_rate") == Value::Rate(10, 12));
  CHECK(catalog("fee_procedures") == Value::Count(8));
  CHECK(catalog("fee_procedures_payable_online") == Value::Count(5));
  CHECK(catalog("fee_online_payable_rate") == Value::Rate(5, 8));

  // April: June's satisfaction of S02 includes a dissatisfied rating.
  const Report june = s.Compute("dvc", "2023-06");
  CHECK(Line(Row(june, "S02"), rating) == "2 1 0 1");
  CHECK(Lookup(Row(june, "S02"), "satisfaction_rate").rate == 0.5);
}

TEST_CASE("ky_luat: decisions of the year against the previous year, evaluations", "[indicators]") {
  Sample s;
  const Report r = s.Compute("ky_luat", "2023");
  REQUIRE(r.previous.has_value());
  CHECK(r.previous->DatesLine() == "Từ ngày 15/12/2021 đến ngày 14/12/2022");
  CHECK(r.warnings.empty());
  const std::vector<const char*> people = {"discipline_total", "discipline_previous_period", "evaluated_total",
                       "excellent", "good", "completed", "not_completed",
                       "evaluated_previous_period", "excellent_previous_period"};
  // 104/QĐ dated 15/12/2022 belongs to year 2023 (15/12/2022–14/12/2023); 31/QĐ of 20/12/2023 does not.
  CHECK(Line(Row(r, "T17"), people) == "7 3 166 31 117 15 3 126 20");
  CHECK(Line(Row(r, "H01"), people) == "2 2 82 17 58 6 1 71 12");
  CHECK(Line(Row(r, "H02"), people) == "3 0 33 6 22 4 1 33 5");
  CHECK(Line(Row(r, "H03"), people) == "1 0 13 1 9 2 1 0 0");
  CHECK(Line(Row(r, "S02"), people) == "0 1 16 3 12 1 0 0 0");
  CHECK(Lookup(Row(r, "T17"), "excellent_rate") == Value::Rate(31, 166));
  CHECK(Lookup(Row(r, "T17"), "excellent_rate_previous_period") == Value::Rate(20, 126));
  CHECK(Lookup(Row(r, "H03"), "excellent_rate_previous_period").is_null());
  const std::vector<const char*> by_form = {"discipline_by_form.khien_trach", "discipline_by_form.canh_cao",
                        "discipline_by_form.ha_bac_luong", "discipline_by_form.giang_chuc",
                        "discipline_by_form.cach_chuc", "discipline_by_form.buoc_thoi_viec",
                        "discipline_by_form.bai_nhiem"};
  CHECK(Line(Row(r, "T17"), by_form) == "2 3 1 0 0 1 0");
  CHECK(Line(Row(r, "H02"), by_form) == "0 2 1 0 0 0 0");

  // A month: decisions dated within it, against the same month a year earlier.
  const Report may = s.Compute("ky_luat", "2023-05");
  CHECK(Line(Row(may, "T17"), {"discipline_total", "discipline_previous_period"}) == "2 1");

  // Nothing submitted for 2021: every unit "chưa báo cáo". The province has never had a decision
  // or an evaluation of its own: it aggregates, and is not named as missing.
  const Report none = s.Compute("ky_luat", "2021");
  CHECK_FALSE(none.root_row().submitted);
  CHECK(none.root_row().coverage.expected == 10);
  CHECK(none.root_row().coverage.reported == 0);
  CHECK(none.warnings.size() == 10);
  CHECK(none.warnings[0] == "Chưa báo cáo: S01 Sở Tư pháp (kỷ luật, xếp loại)");
}

TEST_CASE("tong_hop carries every group, the report date and place", "[indicators]") {
  Sample s;
  const Report r = s.Compute("tong_hop", "2023-05");
  CHECK(Line(Row(r, "T17"), {"received_total", "paid_total", "rated_total", "discipline_total",
                             "rank_on_time"}) == "16 7 10 2 1");
  CHECK(r.issued_on.Iso() == "2023-05-15");
  CHECK(r.catalog.size() == 8);
  CHECK(PlaceName("UBND tỉnh Hòa Bình") == "Hòa Bình");
  CHECK(PlaceName("Ủy ban nhân dân huyện Lương Sơn") == "Lương Sơn");
  CHECK(PlaceName("UBND thị trấn Mai Châu") == "Mai Châu");
  CHECK(s.Compute("tthc", "2023-05", "S01").place == "Hòa Bình");  // a department: the province
}

TEST_CASE("the balance is checked and a contradiction refuses the report", "[indicators]") {
  Sample s;
  // A row that says "returned" but is still in progress slipped past the ingest (written by hand).
  s.db.connection().ExecuteScript(
      "UPDATE dossiers SET trang_thai = 'dang_xu_ly' WHERE ma_ho_so = 'M-X0102-01'");
  try {
    s.Compute("tthc", "2023-05");
    FAIL("expected DataError");
  } catch (const DataError& e) {
    CHECK(std::string(e.what()) ==
          "Số liệu của đơn vị T17 (UBND tỉnh Hòa Bình) không cân đối: tổng số hồ sơ nhận giải quyết "
          "16 khác đã giải quyết 10 + rút hồ sơ 1 + trả lại 1 + đang giải quyết 3; không lập báo cáo");
  }
  // The subtree that does not hold the unit is still printed.
  CHECK_NOTHROW(s.Compute("tthc", "2023-05", "H02"));
}

}  // namespace baocao
