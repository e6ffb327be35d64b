// Issue 14's "must show" on fixtures/kiem_tra (README there): the clean province gives no finding
// for 11/2026; with the four planted faults every fault is flagged with its unit and values, and
// nothing else.
#include <catch2/catch.hpp>

#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "core/period.h"
#include "generators/render.h"
#include "generators/report_template.h"
#include "indicators/approval.h"
#include "indicators/indicators.h"
#include "ingest/submission.h"
#include "jobs/job.h"
#include "quality/quality_check.h"
#include "sample_province_fixture.h"
#include "store/database.h"
#include "test_support.h"

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
  CHECK(online.median == Approx(0.80625).epsilon(1e-9));  // (80,00% + 81,25%) / 2
  CHECK(online.score == Approx(-18.69).margin(0.005));
  const OutlierFinding& x01 = q.outliers[1];
  CHECK(x01.value == 4900);
  CHECK(x01.history.size() == 12);
  CHECK(x01.median == 50.5);
  CHECK(x01.mad == 1.5);
  CHECK(x01.score == Approx(0.6745 * (4900 - 50.5) / 1.5).epsilon(1e-12));  // 2180,66
  const OutlierFinding& overdue = q.outliers[3];  // MAD 0: the mean absolute deviation instead
  CHECK(overdue.value == 300);
  CHECK(overdue.median == 3);
  CHECK(overdue.mad == 0);
  CHECK(overdue.score == Approx((300 - 3) / (1.253314 * (4.0 / 12))).epsilon(1e-12));  // four months of 2 against 3: 710,92

  // The late submission.
  CHECK(LateUnits(q) == std::vector<std::string>{"X03"});
  const LevelRate& total = q.timeliness.levels.back();
  CHECK(total.reported == 7);
  CHECK(total.on_time == 6);
}

}  // namespace baocao

namespace baocao {
namespace {

Receipt SubmitX04(Database& db, const std::string& path, const std::string& month) {
  SubmitRequest request;
  request.kind = SubmissionKind::kDossiers;
  request.file = path;
  request.unit = "X04";
  request.period = month;
  request.now = "2026-12-15 08:00:00";
  return Submit(db, request);
}

std::string ReadAll(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), {});
}

}  // namespace

TEST_CASE("kiem_tra province: an approved month is locked, keeps its figures, and check lists what changed") {
  Database db(":memory:");
  test::LoadKiemTraProvince(db);
  const Period october = ParsePeriod("2026-10");
  ApprovePeriod(db, {october, "", "truong.phong", "2026-10-20 09:00:00"});
  test::TempDir dir;
  const std::string before = dir.File("before");
  RenderReport(ComputeReport(db, "tthc", october), {Format::kJson, Format::kPdf, Format::kXlsx}, before,
               DefaultTemplatesDir());

  // X04 sends October again, one dossier changed: refused, the approver named.
  const std::string october_file = test::Fixture("kiem_tra/dossiers_X04_2026-10.csv");
  std::string changed = ReadAll(october_file);
  const std::string online_row = "X04-202610-001,1.001612,X04,truc_tuyen,";
  REQUIRE(changed.find(online_row) != std::string::npos);
  changed.replace(changed.find(online_row), online_row.size(), "X04-202610-001,1.001612,X04,truc_tiep,");
  test::WriteFile(dir.File("dossiers_X04_2026-10.csv"), changed);
  const Receipt refused = SubmitX04(db, dir.File("dossiers_X04_2026-10.csv"), "2026-10");
  CHECK(refused.outcome == SubmitOutcome::kRejected);
  CHECK(refused.Text().find("truong.phong") != std::string::npos);

  // The December export carries the same dossier again, changed: stored, the approved month keeps its
  // figures (the same bytes), and check lists the difference.
  const std::string december =
      std::string(test::kDossierCsvHeader) +
      "X04-202610-001,1.001612,X04,truc_tiep,2026-09-15 08:00,2026-09-20 17:00,2026-09-18 16:00,da_tra_ket_qua,0,,"
      "rat_hai_long\n";
  test::WriteFile(dir.File("dossiers_X04_2026-12.csv"), december);
  REQUIRE(SubmitX04(db, dir.File("dossiers_X04_2026-12.csv"), "2026-12").ok());
  const std::string after = dir.File("after");
  RenderReport(ComputeReport(db, "tthc", october), {Format::kJson, Format::kPdf, Format::kXlsx}, after,
               DefaultTemplatesDir());
  for (const char* name : {"tthc_T25_2026-10.json", "tthc_T25_2026-10.pdf", "tthc_T25_2026-10.xlsx"})
    CHECK(ReadAll(before + "/" + name) == ReadAll(after + "/" + name));

  QualityOptions options;
  options.deadline = SubmissionDeadline(october, 15);
  const QualityReport q = ComputeQualityCheck(db, october, "", options);
  std::vector<std::string> differences;
  for (const auto& d : q.differences)
    differences.push_back(d.unit + " " + d.key + " " + std::to_string(d.approved.count) + " -> " +
                          std::to_string(d.current.count));
  CHECK(differences == std::vector<std::string>{"X04 new_online 35 -> 34", "X04 new_in_person 8 -> 9"});
  CHECK(q.violations.empty());

  // Unapproved, the October file goes in.
  WithdrawApproval(db, {october, "", "truong.phong", "2026-12-16 08:00:00", "X04 sửa kênh nộp của một hồ sơ"});
  CHECK(SubmitX04(db, dir.File("dossiers_X04_2026-10.csv"), "2026-10").ok());
}

}  // namespace baocao
