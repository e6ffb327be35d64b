// The two-level sample province (fixtures/two_level/README.md): no districts, a root that never
// submits (an aggregating unit), X07 missing in 2025-10, people files from 13 of 19 units. Every
// figure asserted here was worked out by hand in the README.
#include <catch2/catch.hpp>

#include "indicators/flow_line_fixture.h"
#include "indicators/indicators.h"
#include "sample_province_fixture.h"

namespace baocao {
namespace {

using test::FlowLine;
using test::Line;
using test::Row;
using test::TableLine;

struct TwoLevel {
  TwoLevel() { test::LoadTwoLevelProvince(db); }
  Report Compute(const std::string& form, const std::string& period, const std::string& root = "",
                 ReportOptions options = {}) {
    return ComputeReport(db, form, ParsePeriod(period), root, options);
  }
  Database db{":memory:"};
};

std::string Codes(const Report& r, const std::vector<std::string>& names) {
  std::string out;
  for (const auto& n : names) out += (out.empty() ? "" : ", ") + n;
  (void)r;
  return out;
}

}  // namespace

TEST_CASE("two-level 2025-10: every unit, and a province that never submits is the sum of those that did",
          "[indicators]") {
  TwoLevel p;
  const Report r = p.Compute("tthc", "2025-10");
  // carried new online in_person postal received resolved early on_time late withdrawn returned
  // pending within overdue
  const std::map<std::string, std::string> expected = {
      {"S01", "1 3 1 1 1 4 3 1 1 1 0 0 1 1 0"}, {"S02", "0 3 2 1 0 3 1 1 0 0 0 1 1 0 1"},
      {"S03", "1 2 1 1 0 3 1 0 0 1 1 0 1 1 0"}, {"X01", "1 5 2 2 1 6 4 1 2 1 1 0 1 1 0"},
      {"X02", "1 1 1 0 0 2 1 1 0 0 0 0 1 0 1"}, {"X03", "0 1 1 0 0 1 0 0 0 0 0 0 1 1 0"},
      {"X04", "0 2 1 1 0 2 1 0 1 0 0 1 0 0 0"}, {"X05", "1 2 1 1 0 3 1 0 0 1 0 1 1 1 0"},
      {"X06", "0 2 1 1 0 2 2 1 1 0 0 0 0 0 0"}, {"X07", test::kNullFlow},
      {"X08", "0 1 0 1 0 1 1 0 0 1 0 0 0 0 0"}, {"X09", "0 2 2 0 0 2 1 0 1 0 0 0 1 1 0"},
      {"X10", "1 1 1 0 0 2 1 0 0 1 1 0 0 0 0"}, {"X11", "0 1 0 1 0 1 1 0 1 0 0 0 0 0 0"},
      {"X12", "0 1 0 0 1 1 1 1 0 0 0 0 0 0 0"}, {"X13", "1 1 0 1 0 2 1 0 0 1 0 0 1 1 0"},
      {"X14", "1 1 0 1 0 2 2 1 1 0 0 0 0 0 0"}, {"X15", "0 2 1 1 0 2 1 0 1 0 0 0 1 0 1"},
      {"X16", "0 2 0 1 1 2 1 0 1 0 0 1 0 0 0"}, {"T99", "8 33 15 14 4 41 24 7 10 7 3 4 10 7 3"},
  };
  CHECK(test::FlowTable(r) == expected);

  const UnitRow& province = r.root_row();
  CHECK(province.submitted);
  CHECK(province.coverage.expected == 19);
  CHECK(province.coverage.reported == 18);
  CHECK(province.coverage.missing == std::vector<std::string>{"X07 UBND phường Hòa Bình"});
  CHECK_FALSE(province.missing);  // aggregating: never named as missing
  CHECK(r.warnings == std::vector<std::string>{"Chưa báo cáo: X07 UBND phường Hòa Bình (tháng 2025-10)"});
  CHECK(Row(r, "X07").missing);
  CHECK(Line(province, {"online_rate", "on_time_rate"}) ==
        std::to_string(15.0 / 33) + " " + std::to_string(17.0 / 24));

  // The province row is exactly the sum of the units that reported, key by key.
  UnitRow sum;
  sum.submitted = true;
  for (const char* key : {"carried_over", "new_total", "new_online", "new_in_person", "new_postal",
                          "received_total", "resolved_total", "resolved_early", "resolved_on_time",
                          "resolved_late", "withdrawn", "returned", "pending_total", "pending_within",
                          "pending_overdue"}) {
    int64_t n = 0;
    for (size_t i = 1; i < r.units.size(); ++i)
      if (r.units[i].submitted) n += r.units[i].values.at(key).count;
    sum.values[key] = Value::Count(n);
  }
  CHECK(FlowLine(sum) == FlowLine(province));
}

TEST_CASE("two-level: the province's months, and November counts X07's late export as carried over",
          "[indicators]") {
  TwoLevel p;
  CHECK(FlowLine(p.Compute("tthc", "2025-09").root_row()) == "2 21 11 9 1 23 14 5 8 1 0 1 8 6 2");
  CHECK(FlowLine(p.Compute("tthc", "2025-11").root_row()) == "11 14 8 5 1 25 20 6 8 6 0 0 5 2 3");
  CHECK(p.Compute("tthc", "2025-11").warnings.empty());
}

TEST_CASE("two-level form 06: Cấp tỉnh and Cấp xã subtotals, the total their sum, X07 not reported",
          "[indicators]") {
  TwoLevel p;
  const Report r = p.Compute("tthc", "2025-10");
  // I Cấp tỉnh, S01..S03, II Cấp xã, X01..X16, total: no Cấp huyện in a two-level province.
  REQUIRE(r.table.size() == 1 + 3 + 1 + 16 + 1);
  CHECK(r.table[0].kind == TableRow::Kind::kLevel);
  CHECK(r.table[0].index == "I");
  CHECK(r.table[4].row.ten_don_vi == "Cấp xã");
  CHECK(r.table[4].index == "II");
  CHECK(r.table[5].row.ten_don_vi == "UBND phường Việt Trì");
  CHECK(r.table[5].index == "1");
  const TableRow& tinh = TableLine(r, "Cấp tỉnh");
  const TableRow& xa = TableLine(r, "Cấp xã");
  CHECK(FlowLine(tinh.row) == "2 8 4 3 1 10 5 2 1 2 1 1 3 2 1");
  CHECK(FlowLine(xa.row) == "6 25 11 11 3 31 19 5 9 5 2 3 7 5 2");
  CHECK(xa.row.coverage.expected == 16);
  CHECK(xa.row.coverage.reported == 15);
  CHECK(tinh.parts == std::vector<size_t>{1, 2, 3});
  CHECK(xa.parts.size() == 15);  // the units that reported
  const TableRow& x07 = TableLine(r, "UBND phường Hòa Bình");
  CHECK_FALSE(x07.row.submitted);
  const TableRow& total = r.table.back();
  CHECK(total.kind == TableRow::Kind::kTotal);
  CHECK(FlowLine(total.row) == FlowLine(r.root_row()));
  CHECK(total.parts == std::vector<size_t>{0, 4});
  CHECK(total.row.values.count("rank_on_time") == 0);
}

TEST_CASE("two-level by field: X01's five fields and the province's eight, summing to the unit",
          "[indicators]") {
  TwoLevel p;
  const Report r = p.Compute("tthc", "2025-10", "", {true});
  const UnitRow& x01 = Row(r, "X01");
  REQUIRE(x01.by_field.size() == 5);
  auto field = [](const UnitRow& u, const std::string& name) {
    UnitRow row;
    row.submitted = true;
    row.values = u.by_field.at(name);
    return FlowLine(row);
  };
  CHECK(field(x01, "Hộ tịch") == "0 2 2 0 0 2 1 1 0 0 1 0 0 0 0");
  CHECK(field(x01, "Chứng thực") == "0 1 0 1 0 1 1 0 1 0 0 0 0 0 0");
  CHECK(field(x01, "Thành lập và hoạt động của hộ kinh doanh") == "1 0 0 0 0 1 1 0 1 0 0 0 0 0 0");
  CHECK(field(x01, "Hoạt động xây dựng") == "0 1 0 0 1 1 1 0 0 1 0 0 0 0 0");
  CHECK(field(x01, "Đất đai") == "0 1 0 1 0 1 0 0 0 0 0 0 1 1 0");
  const UnitRow& t99 = r.root_row();
  REQUIRE(t99.by_field.size() == 8);
  CHECK(field(t99, "Hộ tịch") == "3 10 7 2 1 13 9 2 4 3 1 1 2 2 0");
  CHECK(field(t99, "Đất đai") == "2 4 1 3 0 6 2 0 0 2 1 0 3 2 1");
  CHECK(field(t99, "Bảo trợ xã hội") == "0 2 0 1 1 2 2 1 1 0 0 0 0 0 0");
  CHECK(Row(r, "X07").by_field.empty());

  // --by-field: X01's fields follow it in the table, numbered under it, adding up to it.
  size_t at = 0;
  while (r.table[at].row.ten_don_vi != "UBND phường Việt Trì") ++at;
  const TableRow& unit = r.table[at];
  REQUIRE(unit.parts.size() == 5);
  CHECK(r.table[at + 1].kind == TableRow::Kind::kField);
  CHECK(r.table[at + 1].index == "1.1");
  CHECK(r.table[at + 1].row.ten_don_vi == "Hộ tịch");
  CHECK(r.table[at + 5].row.ten_don_vi == "Đất đai");
  int64_t received = 0;
  for (size_t part : unit.parts) received += r.table[part].row.values.at("received_total").count;
  CHECK(received == 6);

  // A commune's own report: its fields as rows, then the total.
  const Report own = p.Compute("tthc", "2025-10", "X01");
  REQUIRE(own.table.size() == 6);
  CHECK(own.table[0].row.ten_don_vi == "Hộ tịch");
  CHECK(own.table[0].kind == TableRow::Kind::kField);
  CHECK(own.table[5].row.ten_don_vi == "Tổng cộng");
  CHECK(FlowLine(own.table[5].row) == "1 5 2 2 1 6 4 1 2 1 1 0 1 1 0");
}

TEST_CASE("two-level people 2025: 13 of 19 units reported, the others are chưa báo cáo, never 0",
          "[indicators]") {
  TwoLevel p;
  const Report k = p.Compute("ky_luat", "2025");
  const UnitRow& t99 = k.root_row();
  CHECK(Line(t99, {"discipline_total", "evaluated_total", "excellent", "good", "completed",
                   "not_completed"}) == "10 417 69 308 36 4");
  CHECK(t99.coverage.expected == 19);
  CHECK(t99.coverage.reported == 13);
  CHECK(Codes(k, t99.coverage.missing) ==
        "X07 UBND phường Hòa Bình, X09 UBND xã Phù Ninh, X11 UBND xã Thanh Sơn, X12 UBND xã Tam Nông, "
        "X13 UBND xã Lập Thạch, X15 UBND xã Lương Sơn");
  CHECK(Line(Row(k, "X09"), {"discipline_total", "evaluated_total"}) == "- -");
  CHECK(Line(Row(k, "S02"), {"discipline_total", "evaluated_total"}) == "0 30");
  CHECK(k.warnings.size() == 6);
  // 2024 was not a reported year: no previous-year figure, not even 0, though two stray rows exist.
  CHECK(Line(t99, {"discipline_previous_period", "evaluated_previous_period",
                   "excellent_rate_previous_period"}) == "- - -");

  // tong_hop for 2025-10: dossier columns by the month's reporting, people columns by the year's.
  const Report th = p.Compute("tong_hop", "2025-10");
  const UnitRow& x07 = Row(th, "X07");
  CHECK_FALSE(x07.submitted);
  CHECK_FALSE(x07.people_submitted);
  const UnitRow& x09 = Row(th, "X09");
  CHECK(x09.submitted);
  CHECK_FALSE(x09.people_submitted);
  CHECK(Line(x09, {"received_total", "discipline_total", "excellent_rate"}) == "2 - -");
  CHECK(th.root_row().people_coverage.reported == 13);
  // Decisions dated within the month (15/09–14/10/2025): 2 of the year's 10.
  CHECK(Line(th.root_row(), {"received_total", "discipline_total"}) == "41 2");
}

TEST_CASE("two-level: no people file for the year at all: people figures null everywhere, never 0",
          "[indicators]") {
  TwoLevel p;
  const Report th = p.Compute("tong_hop", "2024-10");
  for (const auto& u : th.units) {
    INFO(u.ma_don_vi);
    CHECK_FALSE(u.people_submitted);
    CHECK(Line(u, {"discipline_total", "evaluated_total", "excellent_rate"}) == "- - -");
  }
}

}  // namespace baocao
