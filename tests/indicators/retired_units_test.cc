// A units submission is the whole catalog: a commune merged into another disappears from the next
// catalog and is retired from that month on — kept for history, never "chưa báo cáo" afterwards.
#include <catch2/catch.hpp>

#include "indicators/flow_line_fixture.h"
#include "indicators/indicators.h"
#include "indicators/reporting_status.h"
#include "ingest/submission.h"
#include "sample_province_fixture.h"
#include "test_support.h"

namespace baocao {
namespace {

// The two-level province's units without X15 (merged into X14).
std::string UnitsWithoutX15() {
  const std::string all = test::ReadFile(test::Fixture("two_level/units.csv"));
  std::string out;
  size_t at = 0;
  while (at < all.size()) {
    size_t end = all.find('\n', at);
    if (end == std::string::npos) end = all.size();
    const std::string line = all.substr(at, end - at);
    if (line.rfind("X15,", 0) != 0) out += line + "\n";
    at = end + 1;
  }
  return out;
}

Receipt SubmitUnits(Database& db, const std::string& file, std::optional<std::string> period) {
  SubmitRequest request;
  request.kind = SubmissionKind::kUnits;
  request.file = file;
  request.period = std::move(period);
  request.now = "2025-11-20 08:00:00";
  return Submit(db, request);
}

bool Listed(const ReportingStatus& s, const std::string& code) {
  for (const auto& u : s.units)
    if (u.code == code) return true;
  return false;
}

}  // namespace

TEST_CASE("a unit left out of a later catalog is retired from that month on, its history kept",
          "[indicators]") {
  Database db(":memory:");
  test::LoadTwoLevelProvince(db);
  test::TempDir dir;
  test::WriteFile(dir.File("units.csv"), UnitsWithoutX15());
  const Receipt r = SubmitUnits(db, dir.File("units.csv"), "2025-12");
  REQUIRE(r.ok());
  REQUIRE(r.warnings.size() == 1);
  CHECK(r.warnings[0].message ==
        "1 đơn vị không còn trong danh mục, thôi báo cáo từ kỳ 2025-12 (vẫn giữ số liệu đã nộp): "
        "X15 UBND xã Lương Sơn");

  // December onwards: X15 is gone, not missing.
  const ReportingStatus december = ComputeReportingStatus(db, ParsePeriod("2025-12"));
  CHECK_FALSE(Listed(december, "X15"));
  CHECK(december.levels.back().total == 18);
  const Report dec = ComputeReport(db, "tthc", ParsePeriod("2025-12"));
  for (const auto& u : dec.units) CHECK(u.ma_don_vi != "X15");
  for (const auto& w : dec.warnings) CHECK(w.find("X15") == std::string::npos);

  // Before: X15 is there with its figures, as it was.
  const Report oct = ComputeReport(db, "tthc", ParsePeriod("2025-10"));
  CHECK(test::FlowLine(test::Row(oct, "X15")) == "0 2 1 1 0 2 1 0 1 0 0 0 1 0 1");
  CHECK(test::FlowLine(oct.root_row()) == "8 33 15 14 4 41 24 7 10 7 3 4 10 7 3");

  // A period that straddles the retirement: X15 counts for the months before it only.
  const ReportingStatus q4 = ComputeReportingStatus(db, ParsePeriod("2025-Q4"));
  REQUIRE(Listed(q4, "X15"));
  for (const auto& u : q4.units)
    if (u.code == "X15") CHECK(u.missing_months == std::vector<std::string>{});

  // The same catalog again retires nothing more; a catalog that lists X15 again brings it back.
  const Receipt back = SubmitUnits(db, test::Fixture("two_level/units.csv"), "2026-01");
  REQUIRE(back.ok());
  CHECK(back.warnings.empty());
  CHECK(Listed(ComputeReportingStatus(db, ParsePeriod("2026-01")), "X15"));
}

TEST_CASE("a catalog with rejected rows retires nothing", "[indicators]") {
  Database db(":memory:");
  test::LoadTwoLevelProvince(db);
  test::TempDir dir;
  test::WriteFile(dir.File("units.csv"), UnitsWithoutX15() + "X99,UBND xã Mới,xa,KHONG_CO\n");
  SubmitRequest request;
  request.kind = SubmissionKind::kUnits;
  request.file = dir.File("units.csv");
  request.period = "2025-12";
  request.partial = true;
  request.now = "2025-11-20 08:00:00";
  const Receipt r = Submit(db, request);
  CHECK(r.outcome == SubmitOutcome::kPartial);
  CHECK(r.warnings.empty());
  CHECK(Listed(ComputeReportingStatus(db, ParsePeriod("2025-12")), "X15"));
}

}  // namespace baocao
