// The chi_so_766 report built from a fake ScorecardSource over the sample province: calendar
// periods, hierarchy order with the root first, values in hundredths, ranks per level across the
// province with shared ties, the change against the previous calendar month.
#include "indicators/scorecard_report.h"

#include <catch2/catch.hpp>

#include "core/errors.h"
#include "generators/scorecard_fixture.h"
#include "indicators/indicators.h"
#include "sample_province_fixture.h"

namespace baocao {
namespace {

struct Province {
  Database db{":memory:"};
  Province() { test::LoadSampleProvince(db); }
  Report Build(const std::string& period, const std::string& root = "") {
    return ComputeScorecardReport(db, ParsePeriod(period), root, test::FakeScorecards);
  }
};

const UnitRow& Row(const Report& r, const std::string& code) {
  for (const auto& u : r.units)
    if (u.ma_don_vi == code) return u;
  FAIL("no unit " << code);
  return r.units.front();
}

std::string Text(const Value& v) {
  if (v.is_null()) return "null";
  return (v.kind == Value::Kind::kHundredths ? "h" : "c") + std::to_string(v.count);
}

TEST_CASE("chi_so_766 periods are calendar: the chosen period's and the one before it") {
  CHECK(CalendarPeriod(ParsePeriod("2026-08")).TitleWithDates() == "Tháng 8/2026 (Từ ngày 01/08/2026 đến ngày 31/08/2026)");
  CHECK(PreviousCalendarPeriod(ParsePeriod("2026-01")).Label() == "2025-12-cal");
  CHECK(PreviousCalendarPeriod(ParsePeriod("2026-Q1")).TitleWithDates() == "Quý IV/2025 (Từ ngày 01/10/2025 đến ngày 31/12/2025)");
  CHECK(PreviousCalendarPeriod(ParsePeriod("2026-Q3", true)).Label() == "2026-Q2-cal");
  CHECK(PreviousCalendarPeriod(ParsePeriod("2026")).TitleWithDates() == "Năm 2025 (Từ ngày 01/01/2025 đến ngày 31/12/2025)");
  CHECK(PreviousCalendarPeriod(ParsePeriod("2026-H1")).Label() == "2025-H2-cal");
}

TEST_CASE("chi_so_766: every unit in hierarchy order with its scores, rank in its level and change") {
  Province p;
  const Report r = p.Build("2026-08");  // a cut-off label: the report is calendar August
  CHECK(r.form == "chi_so_766");
  CHECK(r.period.Label() == "2026-08-cal");
  REQUIRE(r.previous);
  CHECK(r.previous->Label() == "2026-07-cal");
  CHECK(r.issued_on.Iso() == "2026-09-01");
  CHECK(r.place == "Hòa Bình");
  std::vector<std::string> order;
  for (const auto& line : r.table) order.push_back(line.index + " " + line.row.ma_don_vi);
  CHECK(order == std::vector<std::string>{" T17", "1 S01", "2 S02", "3 H01", "3.1 X0101", "3.2 X0102", "4 H02",
                                          "4.1 X0201", "4.2 X0202", "5 H03", "5.1 X0301"});
  for (const auto& line : r.table) CHECK(line.kind == TableRow::Kind::kUnit);

  const UnitRow& t17 = Row(r, "T17");
  CHECK(Text(Lookup(t17, "score_total")) == "h9185");
  CHECK(Text(Lookup(t17, "score_open")) == "h600");
  CHECK(Text(Lookup(t17, "score_max")) == "h10000");
  CHECK(Text(Lookup(t17, "score_transparency")) == "h1200");
  CHECK(Text(Lookup(t17, "score_progress")) == "h1785");
  CHECK(Text(Lookup(t17, "rank_score")) == "c1");
  CHECK(Text(Lookup(t17, "rank_score_of")) == "c1");
  CHECK(Text(Lookup(t17, "score_change")) == "h235");

  const UnitRow& h01 = Row(r, "H01");
  CHECK(Text(Lookup(h01, "score_digitized")) == "null");  // the whole group without data
  CHECK(Text(Lookup(h01, "score_open")) == "h2200");
  CHECK(Text(Lookup(h01, "score_total")) == "h7800");
  CHECK(Text(Lookup(h01, "score_change")) == "h-110");
  // Districts: H03 98,15 first, H01 and H02 tie at 78,00 and share rank 2.
  CHECK(Text(Lookup(Row(r, "H03"), "rank_score")) == "c1");
  CHECK(Text(Lookup(h01, "rank_score")) == "c2");
  CHECK(Text(Lookup(Row(r, "H02"), "rank_score")) == "c2");
  CHECK(Text(Lookup(h01, "rank_score_of")) == "c3");
  // Communes ranked across districts; X0202 has no scorecard: not ranked, not counted.
  CHECK(Text(Lookup(Row(r, "X0102"), "rank_score")) == "c1");
  CHECK(Text(Lookup(Row(r, "X0301"), "rank_score")) == "c2");
  CHECK(Text(Lookup(Row(r, "X0101"), "rank_score")) == "c3");
  CHECK(Text(Lookup(Row(r, "X0201"), "rank_score")) == "c4");
  CHECK(Text(Lookup(Row(r, "X0201"), "rank_score_of")) == "c4");
  CHECK(Text(Lookup(Row(r, "S01"), "score_change")) == "h0");
  CHECK(Text(Lookup(Row(r, "H03"), "score_change")) == "null");  // no July score

  const UnitRow& s02 = Row(r, "S02");  // no scorecard at all
  CHECK(Text(Lookup(s02, "score_total")) == "null");
  CHECK(Text(Lookup(s02, "rank_score")) == "null");
  CHECK(r.scorecards.count("S02") == 0);
  CHECK(r.scorecards.size() == 9);
  CHECK(r.warnings.empty());
}

TEST_CASE("chi_so_766 for a district: its subtree, ranks still across the province") {
  Province p;
  const Report r = p.Build("2026-08", "H01");
  REQUIRE(r.units.size() == 3);
  CHECK(r.table.size() == 3);
  CHECK(r.table[0].row.ma_don_vi == "H01");
  CHECK(r.table[1].index == "1");
  CHECK(Text(Lookup(r.units[0], "rank_score")) == "c2");
  CHECK(Text(Lookup(r.units[0], "rank_score_of")) == "c3");
  CHECK(Text(Lookup(r.units[2], "rank_score")) == "c1");
  CHECK(r.scorecards.size() == 3);
  CHECK(r.place == "Hòa Bình");
  CHECK_THROWS_AS(p.Build("2026-08", "H99"), UsageError);
}

TEST_CASE("chi_so_766 through ComputeReport uses the calendar period and the store's scorecards") {
  Province p;
  const Report r = ComputeReport(p.db, "chi_so_766", ParsePeriod("2026-Q3"));
  CHECK(r.period.Label() == "2026-Q3-cal");
  CHECK(r.previous->Label() == "2026-Q2-cal");
  CHECK(r.units.size() == 11);
}

}  // namespace
}  // namespace baocao
