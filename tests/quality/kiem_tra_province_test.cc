// Issue 14's "must show" on fixtures/kiem_tra (README there): the clean province gives no finding
// for 11/2026; with the four planted faults every fault is flagged with its unit and values, and
// nothing else.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "core/period.h"
#include "jobs/job.h"
#include "quality/quality_check.h"
#include "sample_province_fixture.h"
#include "store/database.h"

namespace baocao {
namespace {

QualityReport CheckNovember(Database& db) {
  const Period period = ParsePeriod("2026-11");
  QualityOptions options;
  options.deadline = SubmissionDeadline(period, 15);
  return ComputeQualityCheck(db, period, "", options);
}

std::vector<std::string> LateUnits(const QualityReport& q) {
  std::vector<std::string> late;
  for (const auto& u : q.timeliness.units)
    if (u.late) late.push_back(u.code);
  return late;
}

std::vector<std::string> MissingUnits(const QualityReport& q) {
  std::vector<std::string> missing;
  for (const auto& u : q.timeliness.units)
    if (u.missing()) missing.push_back(u.code);
  return missing;
}

}  // namespace

TEST_CASE("kiem_tra province: nothing is flagged on the clean data") {
  Database db(":memory:");
  test::LoadKiemTraProvince(db);
  const QualityReport q = CheckNovember(db);
  CHECK(q.root == "T25");
  CHECK(q.violations.empty());
  CHECK(q.outliers.empty());
  REQUIRE(q.short_history.size() == 1);
  CHECK(q.short_history[0].unit == "X05");
  CHECK(q.short_history[0].periods == 3);
  CHECK(LateUnits(q).empty());
  CHECK(MissingUnits(q).empty());
  const LevelRate& total = q.timeliness.levels.back();
  CHECK(total.cap == "");
  CHECK(total.reported == 7);
  CHECK(total.total == 7);
  CHECK(total.on_time == 7);
  CHECK(q.errors() == 0);
  CHECK(q.warnings() == 0);
}

TEST_CASE("kiem_tra province: every planted fault is flagged with its unit and values, nothing else") {
  Database db(":memory:");
  test::LoadKiemTraProvince(db, {{"dossiers_X03_2026-11.csv", "2026-11-17 09:30:00"}});
  test::SubmitKiemTraFaults(db);
  const QualityReport q = CheckNovember(db);

  // The rule-breaking row: X02's công chức, 6 "xuất sắc" against 20 % of 20 "tốt".
  REQUIRE(q.violations.size() == 1);
  const RuleViolation& v = q.violations[0];
  CHECK(v.unit == "X02");
  CHECK(v.rule == "QT06");
  CHECK(v.severity == Severity::kError);
  CHECK(v.left_value == 6);
  CHECK(v.right_value == Approx(4.0).margin(1e-12));
  CHECK(v.left_text == "6");
  CHECK(v.right_text == "4");
  CHECK(q.errors() == 1);

  // The month multiplied by 100 (X01) and the collapsed online share (S02).
  std::vector<std::string> flagged;
  for (const auto& o : q.outliers) flagged.push_back(o.unit + " " + o.metric);
  CHECK(flagged == std::vector<std::string>{"S02 online_rate", "X01 new_total", "X01 resolved_total",
                                            "X01 overdue_total"});
  const OutlierFinding& online = q.outliers[0];
  CHECK(online.value == Approx(2.0 / 30.0).epsilon(1e-12));
  CHECK(online.history.size() == 12);
  CHECK(online.score < -3.5);
  const OutlierFinding& x01 = q.outliers[1];
  CHECK(x01.value == 4900);
  CHECK(x01.history.size() == 12);
  CHECK(x01.score > 3.5);

  // The late submission.
  CHECK(LateUnits(q) == std::vector<std::string>{"X03"});
  const LevelRate& total = q.timeliness.levels.back();
  CHECK(total.reported == 7);
  CHECK(total.on_time == 6);
}

}  // namespace baocao
