// One real export (fixtures/sample/dossiers_H01_2023-05.csv) as departments hand it in — an .xlsx
// with a notes sheet, a title block, dates as serials, codes as numbers and a total row; the .xls
// LibreOffice makes of it; Excel's "Unicode Text" (UTF-16LE, tabs); a Windows-1258 CSV — stores the
// same rows and gives the same reports as the CSV (fixtures/formats/, made by tools outside
// baocao: make_formats.py).
#include <catch2/catch.hpp>

#include "core/period.h"
#include "generators/json_writer.h"
#include "indicators/indicators.h"
#include "ingest/submission.h"
#include "sample_province_fixture.h"
#include "test_support.h"

namespace baocao {
namespace {

constexpr const char* kSampleFile = "dossiers_H01_2023-05.csv";

// Every stored dossier, field by field (no bookkeeping: submission ids differ by file).
std::string Dossiers(Database& db) {
  return test::QueryText(db,
                         "SELECT ma_ho_so, ma_tthc, ma_don_vi, kenh_nop, received_at, received_day, due_at, due_day, "
                         "finished_at, finished_day, trang_thai, phi_le_phi, hinh_thuc_thanh_toan, danh_gia, "
                         "export_month FROM dossiers ORDER BY ma_ho_so, export_month");
}

std::string Reports(Database& db) {
  std::string out;
  for (const char* form : {"tthc", "dvc", "tong_hop"})
    for (const char* period : {"2023-05", "2023-Q2"}) out += ToJson(ComputeReport(db, form, ParsePeriod(period)));
  out += ToJson(ComputeReport(db, "tthc", ParsePeriod("2023-05"), "H01"));
  return out;
}

}  // namespace

TEST_CASE("the same export as xlsx, xls, UTF-16 and Windows-1258 stores the same rows and gives the same reports as the CSV", "[ingest][formats]") {
  Database csv(":memory:");
  test::LoadSampleProvince(csv);
  const std::string rows = Dossiers(csv);
  const std::string reports = Reports(csv);
  REQUIRE(rows.find("M-X0102-02|2.000908|X0102|truc_tuyen|2023-05-12 08:00:00") != std::string::npos);

  const char* file = GENERATE("dossiers_H01_2023-05.xlsx", "dossiers_H01_2023-05.xls",
                              "dossiers_H01_2023-05_utf16le.txt", "dossiers_H01_2023-05_cp1258.csv");
  CAPTURE(file);
  Database other(":memory:");
  test::LoadSampleProvince(other, {{kSampleFile, std::string("formats/") + file}});
  CHECK(Dossiers(other) == rows);
  CHECK(Reports(other) == reports);
}

TEST_CASE("the receipt of the xlsx export says which sheet, which header row and where the table ended", "[ingest][formats]") {
  Database db(":memory:");
  test::LoadSampleProvince(db);
  SubmitRequest request;
  request.kind = SubmissionKind::kDossiers;
  request.file = test::Fixture("formats/dossiers_H01_2023-05.xlsx");
  request.unit = "H01";
  request.period = "2023-06";
  request.now = "2023-07-01 08:00:00";
  const Receipt r = Submit(db, request);
  CHECK(r.outcome == SubmitOutcome::kAccepted);
  CHECK(r.sheet == "Hồ sơ");
  CHECK(r.rows_total == 6);
  CHECK(r.notes == std::vector<std::string>{
                       "đọc trang tính \"Hồ sơ\" (trang tính thứ 2 trong 2, trang đầu tiên có dòng tiêu đề cột)",
                       "dòng tiêu đề cột là dòng 4; bỏ qua các dòng 1–3 phía trên (tiêu đề biểu, tên đơn vị)",
                       "dừng đọc ở dòng 11 (dòng \"Tổng cộng\"): dòng này không phải dữ liệu; bỏ qua các dòng 13–14 "
                       "bên dưới (chữ ký, ghi chú)"});
  CHECK(test::QueryText(db, "SELECT file_name, sheet FROM submissions WHERE id = " + std::to_string(r.submission_id)) ==
        "dossiers_H01_2023-05.xlsx|Hồ sơ\n");
}

TEST_CASE("a receipt for a file refused before any row says so in its summary", "[ingest][formats]") {
  Database db(":memory:");
  SubmitRequest request;
  request.kind = SubmissionKind::kUnits;
  request.file = test::Fixture("ingest/units_tcvn3.csv");
  request.now = "2023-07-01 08:00:00";
  const Receipt r = Submit(db, request);
  CHECK(r.outcome == SubmitOutcome::kRejected);
  CHECK(r.Text().find("\nTổng kết: không đọc dòng dữ liệu nào; 1 lỗi của cả tệp, 0 cảnh báo.\n") != std::string::npos);
}

}  // namespace baocao
