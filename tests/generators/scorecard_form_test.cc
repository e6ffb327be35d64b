// The chi_so_766 form in every format, from hand-made scorecards (scorecard_fixture.h) over the
// sample province: exact cells of the Excel sheets, the PDF's text, the JSON's numbers.
#include <catch2/catch.hpp>

#include "generators/json_writer.h"
#include "generators/pdf_writer.h"
#include "generators/report_fixture.h"
#include "generators/report_template.h"
#include "generators/scorecard_fixture.h"
#include "generators/vietnamese_number.h"
#include "generators/xlsx_read_fixture.h"
#include "generators/xlsx_writer.h"
#include "sample_province_fixture.h"
#include "test_support.h"

namespace baocao {
namespace {

Report August() {
  Database db{":memory:"};
  test::LoadSampleProvince(db);
  return ComputeScorecardReport(db, ParsePeriod("2026-08"), "", test::FakeScorecards);
}

TEST_CASE("chi_so_766 points print with two decimals, changes signed") {
  CHECK(FormatHundredths(1785) == "17,85");
  CHECK(FormatHundredths(10000) == "100,00");
  CHECK(FormatHundredths(5) == "0,05");
  CHECK(FormatPointsChange(235) == "+2,35");
  CHECK(FormatPointsChange(-110) == "-1,10");
  CHECK(FormatPointsChange(0) == "0,00");
}

TEST_CASE("chi_so_766 xlsx: scores as numbers (0.00), no data in words, ranks, changes, the detail sheet") {
  test::TempDir dir;
  const Report r = August();
  const std::string path = dir.File("chi_so_766.xlsx");
  WriteXlsx(r, DefaultTemplatesDir(), path);
  const test::XlsxFile file(path);
  const std::string root = file.Find(1, "UBND tỉnh Hòa Bình");
  REQUIRE(root.substr(0, 1) == "B");
  const std::string row = root.substr(1);
  CHECK(file.Number(1, "C" + row) == 12.0);
  CHECK(file.Number(1, "D" + row) == 17.85);
  CHECK(file.Number(1, "I" + row) == 91.85);
  CHECK(file.Number(1, "J" + row) == 6.0);
  CHECK(file.Value(1, "K" + row) == "1/1");
  CHECK(file.Number(1, "L" + row) == 2.35);
  CHECK(file.Part("xl/styles.xml").find("formatCode=\"0.00\"") != std::string::npos);
  const std::string h01 = file.Find(1, "UBND thành phố Hòa Bình").substr(1);
  CHECK(file.Value(1, "G" + h01) == "không có dữ liệu");
  CHECK(file.Number(1, "I" + h01) == 78.0);
  CHECK(file.Value(1, "K" + h01) == "2/3");
  CHECK(file.Number(1, "L" + h01) == -1.1);
  const std::string s02 = file.Find(1, "Sở Kế hoạch và Đầu tư").substr(1);
  CHECK(file.Value(1, "I" + s02) == "không có dữ liệu");
  CHECK(file.Value(1, "K" + s02) == "—");
  CHECK(file.Value(1, "L" + s02) == "");
  // Sheets: the scores, three charts, then the details.
  const std::string workbook = file.Part("xl/workbook.xml");
  CHECK(workbook.find("name=\"Chỉ số 766\"") < workbook.find("name=\"Biểu đồ\""));
  CHECK(workbook.find("name=\"Biểu đồ 3\"") < workbook.find("name=\"Chi tiết điểm bị trừ\""));
  // The detail sheet is the second worksheet (chart sheets are not worksheets).
  CHECK(file.Value(2, "A1") == "CHI TIẾT ĐIỂM BỊ TRỪ VÀ CÁCH KHẮC PHỤC");
  const std::string heading = file.Find(2, "UBND tỉnh Hòa Bình (T17): tổng điểm 91,85/100,00; xếp hạng 1/1; 6,00 "
                                           "điểm chưa đánh giá (không có dữ liệu)");
  REQUIRE(heading == "A6");
  CHECK(file.Value(2, "A5") == "STT");
  CHECK(file.Value(2, "A7") == "1.1");
  CHECK(file.Value(2, "B7") == "Công bố TTHC đúng hạn");
  CHECK(file.Value(2, "C7") == "không có dữ liệu");
  CHECK(file.Value(2, "D7") == "—/6,00");
  CHECK(file.Value(2, "E7") == "6,00 chưa đánh giá");
  CHECK(file.Value(2, "A8") == "2.1");
  CHECK(file.Value(2, "C8") == "892/1.000 = 89,25%");
  CHECK(file.Value(2, "D8") == "17,85/20,00");
  CHECK(file.Value(2, "E8") == "2,15");
  CHECK(file.Value(2, "F8") == test::kProgressAdvice);
  CHECK(file.Find(2, "Đạt điểm tối đa ở mọi chỉ số: không bị trừ điểm") != "");
  CHECK(file.Find(2, "0/0 (không phát sinh)") != "");
}

TEST_CASE("chi_so_766 pdf: header lines, the table's texts, the detail section, signatures") {
  test::TempDir dir;
  const std::string path = dir.File("chi_so_766.pdf");
  WritePdf(August(), DefaultTemplatesDir(), path);
  const std::string text = test::CollapseSpaces(test::CommandOutput("pdftotext -layout '" + path + "' - 2>/dev/null"));
  for (const char* expected : {
           "Đơn vị báo cáo: UBND tỉnh Hòa Bình", "Biểu số 03/CCHC-766",
           "Căn cứ Quyết định số 766/QĐ-TTg ngày 23/6/2022 của Thủ tướng Chính phủ",
           "Kỳ báo cáo: Tháng 8/2026 (Từ ngày 01/08/2026 đến ngày 31/08/2026)",
           "UBND tỉnh Hòa Bình 12,00 17,85 12,00 10,00 22,00 18,00 91,85 6,00 1/1 +2,35",
           "3 UBND thành phố Hòa Bình 18,00 20,00 12,00 10,00",
           "18,00 78,00 22,00 2/3 -1,10", "1 Sở Tư pháp 18,00 20,00 9,00 10,00 22,00 18,00 97,00 0,00 1/1 0,00",
           "5.1 UBND thị trấn Mai Châu 18,00 19,99 12,00 10,00 22,00 18,00 99,99 0,00 2/4",
           "Tổng điểm Chỉ số 766 của các huyện, thành phố", "CHI TIẾT ĐIỂM BỊ TRỪ VÀ CÁCH KHẮC PHỤC",
           "2.1 Giải quyết hồ sơ đúng hạn 892/1.000 = 89,25% 17,85/20,00 2,15",
           "Không có dữ liệu để tính điểm trong kỳ", "THỦ TRƯỞNG ĐƠN VỊ", "Hòa Bình, ngày 01 tháng 9 năm 2026"})
    CHECK_THAT(text, Catch::Contains(expected));
  CHECK(test::CountOccurrences(text, "không có dữ liệu") >= 9);
}

TEST_CASE("chi_so_766 json: totals, ranks, changes and every group's and indicator's numbers") {
  const std::string json = ToJson(August());
  for (const char* expected : {
           "\"form\": \"chi_so_766\"",
           "\"period\": {\"label\": \"2026-08-cal\", \"title\": \"Tháng 8/2026\", \"kind\": \"month\", \"calendar\": "
           "true, \"from\": \"2026-08-01\", \"to\": \"2026-08-31\"}",
           "\"previous_period\": {\"label\": \"2026-07-cal\"",
           "{\"ma_don_vi\": \"T17\", \"ten_don_vi\": \"UBND tỉnh Hòa Bình\", \"cap\": \"tinh\", \"ma_don_vi_cha\": null, "
           "\"level\": 0, \"total\": 91.85, \"max\": 100.00, \"open\": 6.00, \"rank\": 1, \"rank_of\": 1, \"change\": 2.35,",
           "{\"code\": \"PUBLISH_ON_TIME\", \"name\": \"Công bố TTHC đúng hạn\", \"state\": \"no_data\", \"numerator\": "
           "null, \"denominator\": null, \"ratio\": null, \"score\": null, \"max\": 6.00, \"lost\": 0.00, \"open\": 6.00,",
           "{\"code\": \"PROGRESS\", \"name\": \"Giải quyết hồ sơ đúng hạn\", \"state\": \"scored\", \"numerator\": 892, "
           "\"denominator\": 1000, \"ratio\": 89.25, \"score\": 17.85, \"max\": 20.00, \"lost\": 2.15, \"open\": 0.00,",
           "\"total\": 78.00, \"max\": 100.00, \"open\": 22.00, \"rank\": 2, \"rank_of\": 3, \"change\": -1.10,",
           "{\"code\": \"digitized\", \"number\": 5, \"name\": \"Số hóa hồ sơ\", \"state\": \"no_data\", \"numerator\": "
           "null, \"denominator\": null, \"ratio\": null, \"score\": null, \"max\": 22.00, \"lost\": 0.00, \"open\": 22.00,",
           "\"state\": \"empty\", \"numerator\": 0, \"denominator\": 0, \"ratio\": null, \"score\": 0.00, \"max\": 6.00, "
           "\"lost\": 6.00,",
           "{\"ma_don_vi\": \"S02\", \"ten_don_vi\": \"Sở Kế hoạch và Đầu tư\", \"cap\": \"so_nganh\", \"ma_don_vi_cha\": "
           "\"T17\", \"level\": 1, \"total\": null, \"max\": null, \"open\": null, \"rank\": null, \"rank_of\": null, "
           "\"change\": null, \"groups\": null}"})
    CHECK_THAT(json, Catch::Contains(expected));
}

}  // namespace
}  // namespace baocao
