#include "generators/xlsx_writer.h"

#include <catch2/catch.hpp>

#include "core/errors.h"
#include "generators/report_fixture.h"
#include "generators/report_template.h"
#include "generators/sample_report_fixture.h"
#include "generators/xlsx_check_fixture.h"
#include "generators/xlsx_read_fixture.h"
#include "indicators/report_table.h"
#include "test_support.h"

namespace baocao {
namespace {

using test::XlsxFile;
const std::string kDash = "—";

using test::kTemplates;

std::string Write(const Report& report, const test::TempDir& dir, const std::string& name) {
  const std::string path = dir.File(name);
  WriteXlsx(report, kTemplates, path);
  return path;
}

TEST_CASE("xlsx tthc: every cell holds the report's value, rates are formulas with cached values") {
  test::TempDir dir;
  const Report report = test::SampleReport("tthc");
  const XlsxFile file(Write(report, dir, "tthc.xlsx"));
  test::CheckSheetAgainstReport(file, 1, "tthc", report);

  // Rows in hierarchy order below the numbering row (13); the root is the totals row at the bottom.
  CHECK(file.Value(1, "A14") == "1");
  CHECK(file.Value(1, "B14") == "Thành phố Hòa Bình");
  CHECK(file.Value(1, "A15") == "1.1");
  CHECK(file.Value(1, "B15") == "Phường Tân Thịnh");
  CHECK(file.Value(1, "A16") == "2");
  CHECK(file.Value(1, "B16") == "Huyện Lương Sơn");
  CHECK(file.Value(1, "B17") == "Tổng cộng");
  // (3) received, (5) in person + postal, (13) overdue, returned of Thành phố Hòa Bình.
  CHECK(file.Number(1, "C14") == 55);
  CHECK(file.Number(1, "E14") == 20);
  CHECK(file.Number(1, "M14") == 2);
  CHECK(file.Number(1, "O14") == 1);
  // Form 06 counts withdrawn (2) and returned (1) as dealt with on time: (7) = 40 + 3, (9) = 15 + 3.
  CHECK(file.Number(1, "G14") == 43);
  CHECK(file.Number(1, "I14") == 18);
  const auto& cells = file.Cells(1);
  CHECK(cells.at("C14").formula == "D14+E14+F14");
  CHECK(cells.at("G14").formula == "H14+I14+J14");
  CHECK(cells.at("K14").formula == "L14+M14");
  CHECK(cells.at("P14").formula == "IF((D14+E14)=0,\"—\",D14/(D14+E14))");
  CHECK(cells.at("P14").value == "0.6");
  // The on-time rate counts resolved dossiers only (SPEC §4): no formula over (7) and (9).
  CHECK(cells.at("Q14").formula.empty());
  CHECK(cells.at("Q14").value == "0.875");
  CHECK(cells.at("P17").formula == "IF((D17+E17)=0,\"—\",D17/(D17+E17))");
  CHECK(cells.at("P17").value == "0.55");
}

TEST_CASE("xlsx: a rate with a zero denominator prints — and no formula anywhere caches 0") {
  test::TempDir dir;
  for (const std::string form : {"tthc", "dvc", "ky_luat", "tong_hop"}) {
    const XlsxFile file(Write(test::SampleReport(form), dir, form + ".xlsx"));
    for (int sheet = 1; sheet <= (form == "tong_hop" ? 4 : 1); ++sheet) {
      for (const auto& [ref, cell] : file.Cells(sheet)) {
        INFO(form << " sheet" << sheet << " " << ref << " " << cell.formula);
        if (cell.formula.rfind("IF(", 0) == 0) CHECK(cell.value != "0");
      }
    }
  }
  const XlsxFile tthc(dir.File("tthc.xlsx"));
  // Huyện Lương Sơn resolved nothing: its on-time rate (17) is null.
  CHECK(tthc.Cells(1).at("Q16").type == "s");
  CHECK(tthc.Value(1, "Q16") == kDash);
  CHECK(tthc.Cells(1).at("Q16").formula.empty());
}

TEST_CASE("xlsx: an unreported unit prints chưa báo cáo merged across its value cells") {
  test::TempDir dir;
  const XlsxFile file(Write(test::SampleReport("tthc"), dir, "tthc.xlsx"));
  const auto merges = file.Merges(1);
  CHECK(std::find(merges.begin(), merges.end(), "C15:Q15") != merges.end());
  CHECK(file.Value(1, "C15") == "chưa báo cáo");
  for (const std::string col : {"D", "H", "P", "Q"}) CHECK(file.Cells(1).at(col + "15").blank);
}

TEST_CASE("xlsx totals: SUM of the depth-1 rows when it equals the root's value, form 06's balances in the row") {
  test::TempDir dir;
  const XlsxFile file(Write(test::SampleReport("tthc"), dir, "tthc.xlsx"));
  const auto& cells = file.Cells(1);
  CHECK(cells.at("C17").formula == "D17+E17+F17");  // (3) = (4) + (5) + (6)
  CHECK(cells.at("C17").value == "65");
  CHECK(cells.at("D17").formula == "SUM(D14,D16)");
  CHECK(cells.at("D17").value == "33");
  CHECK(cells.at("K17").formula == "L17+M17");  // (11) = (12) + (13)
  CHECK(cells.at("K17").value == "22");
  CHECK(cells.at("N17").formula == "SUM(N14,N16)");
  CHECK(cells.at("N17").value == "2");
  CHECK(cells.at("Q17").value == "0.875");
}

TEST_CASE("xlsx totals: the root's own value where the depth-1 rows do not add up to it") {
  test::TempDir dir;
  SECTION("the root has records of its own") {
    Report report = test::SampleReport("tthc");
    report.units[0].own["received_total"] = Value::Count(4);
    report.units[0].values["received_total"] = Value::Count(69);
    report.table = HierarchyTable(report.units);
    const XlsxFile file(Write(report, dir, "own.xlsx"));
    CHECK(file.Cells(1).at("C17").formula.empty());
    CHECK(file.Number(1, "C17") == 69);
    CHECK(file.Cells(1).at("D17").formula == "SUM(D14,D16)");
  }
  SECTION("a depth-1 unit has not reported") {
    Report report = test::SampleReport("tthc");
    report.units[3].submitted = false;
    report.table = HierarchyTable(report.units);
    const XlsxFile file(Write(report, dir, "missing.xlsx"));
    // Huyện Lương Sơn's 3 new dossiers are in the root's figures (the fixture does not roll up):
    // no SUM over the reported rows adds up to them; its 0 early dossiers do.
    for (const std::string col : {"D", "E"}) {
      INFO(col);
      CHECK(file.Cells(1).at(col + "17").formula.empty());
    }
    CHECK(file.Cells(1).at("H17").formula == "SUM(H14)");
    CHECK(file.Cells(1).at("C17").formula == "D17+E17+F17");  // the row's own balance still holds
    CHECK(file.Number(1, "C17") == 65);
    CHECK(file.Value(1, "C16") == "chưa báo cáo");
  }
}

TEST_CASE("xlsx: multi-row headers merged from the template's header paths, numbered columns") {
  test::TempDir dir;
  const XlsxFile file(Write(test::SampleReport("tthc"), dir, "tthc.xlsx"));
  const auto merges = file.Merges(1);
  for (const std::string ref :
       {"A10:A12", "B10:B12", "C10:F10", "G10:M10", "N10:O10", "N11:N12", "O11:O12", "P10:P12",
        "Q10:Q12", "C11:C12", "D11:E11", "F11:F12", "G11:J11", "K11:M11"}) {
    INFO(ref);
    CHECK(std::find(merges.begin(), merges.end(), ref) != merges.end());
  }
  CHECK(file.Value(1, "A10") == "STT");
  CHECK(file.Value(1, "B10") == "Lĩnh vực, công việc giải quyết theo cấp");
  CHECK(file.Value(1, "N10") == "Trong đó");
  CHECK(file.Value(1, "N11") == "Rút hồ sơ");
  CHECK(file.Value(1, "C10") == "Số hồ sơ nhận giải quyết");
  CHECK(file.Value(1, "C11") == "Tổng số");
  CHECK(file.Value(1, "D11") == "Trong kỳ");
  CHECK(file.Value(1, "D12") == "Trực tuyến");
  CHECK(file.Value(1, "E12") == "Trực tiếp và qua dịch vụ bưu chính công ích");
  CHECK(file.Value(1, "F11") == "Từ kỳ trước chuyển sang");
  CHECK(file.Value(1, "G10") == "Kết quả giải quyết");
  CHECK(file.Value(1, "G11") == "Số hồ sơ đã giải quyết");
  CHECK(file.Value(1, "K11") == "Số hồ sơ đang giải quyết");
  CHECK(file.Value(1, "M12") == "Quá hạn");
  CHECK(file.Value(1, "Q10") == "Tỷ lệ giải quyết đúng hạn");
  CHECK(file.Value(1, "A13") == "(1)");
  CHECK(file.Value(1, "M13") == "(13)");
  // Our own columns after (13) are not numbered: they are not part of the form's balance.
  for (const std::string col : {"N", "O", "P", "Q"}) CHECK(file.Cells(1).at(col + "13").value.empty());
}

TEST_CASE("xlsx: reporting unit, motto, title, period, receiving unit, date line, signatures") {
  test::TempDir dir;
  const XlsxFile file(Write(test::SampleReport("tthc"), dir, "tthc.xlsx"));
  CHECK(file.Value(1, "A1") == "Đơn vị báo cáo: UBND tỉnh Hòa Bình");
  CHECK(file.Value(1, "A2") == "Biểu số 06/VPCP/KSTT");
  CHECK(file.Value(1, "A3") ==
        "Ban hành kèm theo Thông tư số 01/2020/TT-VPCP ngày 21/10/2020 của Văn phòng Chính phủ");
  CHECK(file.Value(1, "H1") == "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
  CHECK(file.Value(1, "H2") == "Độc lập - Tự do - Hạnh phúc");
  CHECK(file.Value(1, "A5") ==
        "TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT TTHC TẠI CƠ QUAN, ĐƠN VỊ TRỰC TIẾP GIẢI QUYẾT TTHC");
  CHECK(file.Value(1, "A6") == "Kỳ báo cáo: Tháng 5/2023 (Từ ngày 15/04/2023 đến ngày 14/05/2023)");
  CHECK(file.Value(1, "A7") == "Đơn vị nhận báo cáo: Văn phòng Chính phủ");
  CHECK(file.Value(1, "H9") == "Đơn vị tính: Số hồ sơ TTHC");
  CHECK(file.Value(1, "H19") == "Hòa Bình, ngày 15 tháng 5 năm 2023");
  CHECK(file.Value(1, "A20") == "NGƯỜI LẬP BIỂU");
  CHECK(file.Value(1, "H20") == "THỦ TRƯỞNG ĐƠN VỊ");
  CHECK(file.Value(1, "A21") == "(Ký, ghi rõ họ tên)");
  CHECK(file.Value(1, "H21") == "(Ký tên, đóng dấu)");
  const auto merges = file.Merges(1);
  for (const std::string ref : {"A1:G1", "H1:Q1", "A5:Q5", "A6:Q6", "H19:Q19", "A20:G20"}) {
    INFO(ref);
    CHECK(std::find(merges.begin(), merges.end(), ref) != merges.end());
  }
}

TEST_CASE("xlsx: print-ready — A4 landscape, one page wide, repeated header rows, page footer") {
  test::TempDir dir;
  const XlsxFile file(Write(test::SampleReport("tthc"), dir, "tthc.xlsx"));
  const std::string sheet = file.Part("xl/worksheets/sheet1.xml");
  CHECK(sheet.find("<pageSetUpPr fitToPage=\"1\"/>") != std::string::npos);
  CHECK(sheet.find("<pageSetup paperSize=\"9\" fitToHeight=\"0\" orientation=\"landscape\"/>") !=
        std::string::npos);
  CHECK(sheet.find("<oddFooter>&amp;CTrang &amp;P/&amp;N</oddFooter>") != std::string::npos);
  CHECK(
      sheet.find("<pane xSplit=\"2\" ySplit=\"13\" topLeftCell=\"C14\" activePane=\"bottomRight\" "
                 "state=\"frozen\"/>") != std::string::npos);
  CHECK(sheet.find("<ignoredErrors><ignoredError sqref=\"A14:A17\" numberStoredAsText=\"1\"/>"
                   "</ignoredErrors>") != std::string::npos);
  const std::string book = file.Part("xl/workbook.xml");
  CHECK(book.find("<definedName name=\"_xlnm.Print_Titles\" localSheetId=\"0\">'Biểu 06'!$10:$13"
                  "</definedName>") != std::string::npos);
  CHECK(book.find("<definedName name=\"_xlnm.Print_Area\" localSheetId=\"0\">'Biểu 06'!$A$1:$Q$25"
                  "</definedName>") != std::string::npos);
  // Widths from the template: STT 5, the unit name 34 (libxlsxwriter adds Excel's padding).
  CHECK(sheet.find("<col min=\"1\" max=\"1\" width=\"5.7109375\" customWidth=\"1\"/>") !=
        std::string::npos);
  CHECK(sheet.find("<col min=\"2\" max=\"2\" width=\"34.7109375\" customWidth=\"1\"/>") !=
        std::string::npos);
}

TEST_CASE("xlsx: document properties come from the report, the creation time from the period") {
  test::TempDir dir;
  const XlsxFile file(Write(test::SampleReport("tthc"), dir, "tthc.xlsx"));
  const std::string core = file.Part("docProps/core.xml");
  CHECK(core.find("<dc:title>TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT TTHC TẠI CƠ QUAN, ĐƠN VỊ TRỰC TIẾP GIẢI "
                  "QUYẾT TTHC</dc:title>") != std::string::npos);
  CHECK(core.find("<dc:creator>baocao</dc:creator>") != std::string::npos);
  CHECK(core.find("<dc:description>Kỳ báo cáo: Tháng 5/2023 (Từ ngày 15/04/2023 đến ngày "
                  "14/05/2023)</dc:description>") != std::string::npos);
  CHECK(core.find("<dcterms:created xsi:type=\"dcterms:W3CDTF\">2023-05-14T00:00:00Z"
                  "</dcterms:created>") != std::string::npos);
  CHECK(file.Part("docProps/app.xml").find("<Company>UBND tỉnh Hòa Bình</Company>") !=
        std::string::npos);
}

TEST_CASE("xlsx: the same report gives byte-identical files") {
  test::TempDir dir;
  for (const std::string form : {"tthc", "tong_hop"}) {
    const Report report = test::SampleReport(form);
    const std::string a = test::ReadFile(Write(report, dir, form + "_a.xlsx"));
    const std::string b = test::ReadFile(Write(report, dir, form + "_b.xlsx"));
    CHECK(a.size() > 1000);
    CHECK(a == b);
  }
}

TEST_CASE("xlsx dvc: catalog figures above the table, ranks as rank/N") {
  test::TempDir dir;
  const Report report = test::SampleReport("dvc");
  const XlsxFile file(Write(report, dir, "dvc.xlsx"));
  test::CheckSheetAgainstReport(file, 1, "dvc", report);
  const std::string total = file.Find(1, "- Tổng số thủ tục hành chính:");
  REQUIRE(total == "A9");
  CHECK(file.Number(1, "E9") == 1800);
  CHECK(file.Value(1, "A12") == "- Tỷ lệ TTHC trực tuyến toàn trình:");
  CHECK(file.Number(1, "E12") == Approx(1.0 / 3).epsilon(1e-15));
  CHECK(file.Value(1, "A16") == "- Tỷ lệ TTHC có thu phí, lệ phí được thanh toán trực tuyến:");
  CHECK(file.Value(1, "E16") == "0.75");
  const int h1 = test::RowOf(file, 1, "Thành phố Hòa Bình");
  const int h2 = test::RowOf(file, 1, "Huyện Lương Sơn");
  CHECK(file.Value(1, "F" + std::to_string(h1)) == "1/2");  // rank_online / rank_online_of
  CHECK(file.Value(1, "F" + std::to_string(h2)) == "2/2");
  CHECK(file.Value(1, "R" + std::to_string(h1)) == "1/1");  // rank_satisfaction
  CHECK(file.Value(1, "R" + std::to_string(h2)) == kDash);  // nothing rated: unranked
  CHECK(file.Value(1, "I" + std::to_string(h2)) == kDash);  // no fee paid: null payment rate
  CHECK(file.Cells(1).at("Q" + std::to_string(h1)).formula ==
        "IF(M" + std::to_string(h1) + "=0,\"—\",(N" + std::to_string(h1) + "+O" +
            std::to_string(h1) + ")/M" + std::to_string(h1) + ")");
}

TEST_CASE("xlsx ky_luat: seven discipline forms, last year beside, previous rate as a value") {
  test::TempDir dir;
  const Report report = test::SampleReport("ky_luat");
  const XlsxFile file(Write(report, dir, "ky_luat.xlsx"));
  test::CheckSheetAgainstReport(file, 1, "ky_luat", report);
  const std::string h1 = std::to_string(test::RowOf(file, 1, "Thành phố Hòa Bình"));
  const std::string h2 = std::to_string(test::RowOf(file, 1, "Huyện Lương Sơn"));
  CHECK(file.Number(1, "C" + h1) == 3);  // discipline_total
  CHECK(file.Number(1, "D" + h1) == 5);  // previous year
  CHECK(file.Number(1, "E" + h1) == 2);  // khiển trách
  CHECK(file.Number(1, "F" + h1) == 1);  // cảnh cáo
  CHECK(file.Number(1, "K" + h1) == 0);  // bãi nhiệm
  CHECK(file.Cells(1).at("Q" + h1).formula == "IF(L" + h1 + "=0,\"—\",M" + h1 + "/L" + h1 + ")");
  CHECK(file.Cells(1).at("R" + h1).formula.empty());
  CHECK(file.Value(1, "R" + h1) == "0.2");
  CHECK(file.Value(1, "R" + h2) == kDash);
  CHECK(file.Value(1, "K12") == "Bãi nhiệm");
}

TEST_CASE("xlsx tong_hop: summary, chart sheet, then one sheet per form from the same report") {
  test::TempDir dir;
  const Report report = test::SampleReport("tong_hop");
  const XlsxFile file(Write(report, dir, "tong_hop.xlsx"));
  CHECK(
      file.Part("xl/workbook.xml")
          .find(
              "<sheets><sheet name=\"Tổng hợp\" sheetId=\"1\" r:id=\"rId1\"/><sheet name=\"Biểu "
              "đồ\" "
              "sheetId=\"2\" r:id=\"rId2\"/><sheet name=\"Biểu 06\" sheetId=\"3\" r:id=\"rId3\"/>"
              "<sheet name=\"DVC trực tuyến\" sheetId=\"4\" r:id=\"rId4\"/><sheet name=\"Kỷ luật, "
              "xếp loại\" sheetId=\"5\" r:id=\"rId5\"/></sheets>") != std::string::npos);
  test::CheckSheetAgainstReport(file, 1, "tong_hop", report);
  test::CheckSheetAgainstReport(file, 2, "tthc", report);
  test::CheckSheetAgainstReport(file, 3, "dvc", report);
  test::CheckSheetAgainstReport(file, 4, "ky_luat", report);
  CHECK(file.Value(1, "A9") == "- Tổng số hồ sơ tiếp nhận:");
  CHECK(file.Number(1, "E9") == 65);
  // The on-time rate's counts are not on the summary: the cell holds the value only.
  const std::string h1 = std::to_string(test::RowOf(file, 1, "Thành phố Hòa Bình"));
  CHECK(file.Cells(1).at("E" + h1).formula.empty());
  CHECK(file.Value(1, "E" + h1) == "0.875");
  CHECK(file.Value(1, "F" + h1) == "1/1");
  // The chart's data right of the table (outside the print area) and the bar chart over it: the
  // districts (the largest level under the root), all of them in report order after the root.
  CHECK(file.Value(1, "O25") ==
        "Số liệu biểu đồ: Tỷ lệ giải quyết hồ sơ đúng hạn theo huyện, "
        "thành phố");
  CHECK(file.Value(1, "O27") == "UBND tỉnh Hòa Bình");
  CHECK(file.Value(1, "P27") == "0.875");  // the root: the first bar, in its own colour
  CHECK(file.Value(1, "O28") == "Thành phố Hòa Bình");
  CHECK(file.Value(1, "P28") == "0.875");
  CHECK(file.Value(1, "O29") == "Huyện Lương Sơn");  // no on-time rate: kept, no bar
  CHECK(file.Value(1, "P29") == "");
  CHECK(file.Value(1, "O30") == "");  // every district shown: no note
  const std::string chart = file.Part("xl/charts/chart1.xml");
  CHECK(chart.find("<c:barDir val=\"bar\"/>") != std::string::npos);
  CHECK(chart.find("<c:f>'Tổng hợp'!$O$27:$O$29</c:f>") != std::string::npos);
  CHECK(chart.find("<c:f>'Tổng hợp'!$P$27:$P$29</c:f>") != std::string::npos);
  CHECK(chart.find("<c:v>0.875</c:v>") != std::string::npos);
  CHECK(chart.find("<a:t>—</a:t>") != std::string::npos);  // Huyện Lương Sơn's label
  CHECK(file.HasPart("xl/chartsheets/sheet1.xml"));
}

TEST_CASE("xlsx: a file that cannot be written gives a Vietnamese error naming it") {
  test::TempDir dir;
  const std::string path = dir.File("missing/tthc.xlsx");
  try {
    WriteXlsx(test::SampleReport("tthc"), kTemplates, path);
    FAIL("no error");
  } catch (const Error& e) {
    CHECK(std::string(e.what()) ==
          "Không ghi được tệp Excel " + path +
              " (đóng tệp): không tạo được tệp (thư mục không tồn tại hoặc không có quyền ghi)");
  }
  CHECK_FALSE(std::filesystem::exists(path));
}

TEST_CASE("xlsx: a template's invalid sheet name is refused with the file and the reason") {
  test::TempDir dir;
  const std::string tthc = test::ReadFile(kTemplates + "/tthc.toml");
  const std::string needle = "sheet_name = \"Biểu 06\"";
  REQUIRE(tthc.find(needle) != std::string::npos);
  std::string bad = tthc;
  bad.replace(bad.find(needle), needle.size(), "sheet_name = \"Biểu 06/VPCP\"");
  test::WriteFile(dir.File("tthc.toml"), bad);
  const std::string path = dir.File("tthc.xlsx");
  CHECK_THROWS_WITH(
      WriteXlsx(test::SampleReport("tthc"), dir.path().string(), path),
      "Không ghi được tệp Excel " + path +
          " (trang \"Biểu 06/VPCP\"): tên trang có ký tự không được dùng [ ] : * ? / \\ "
          "(sheet_name của mẫu báo cáo)");
  CHECK_FALSE(std::filesystem::exists(path));
}

TEST_CASE("xlsx: when the root has not reported, so does the totals row") {
  test::TempDir dir;
  Report report = test::SampleReport("tthc");
  report.units[0].submitted = false;
  report.table = HierarchyTable(report.units);
  const XlsxFile file(Write(report, dir, "tthc.xlsx"));
  CHECK(file.Value(1, "B17") == "Tổng cộng");
  CHECK(file.Value(1, "C17") == "chưa báo cáo");
  const auto merges = file.Merges(1);
  CHECK(std::find(merges.begin(), merges.end(), "C17:Q17") != merges.end());
  CHECK(file.Number(1, "C14") == 55);
}

TEST_CASE("xlsx: a report without units is refused before anything is written") {
  test::TempDir dir;
  Report report = test::SampleReport("tthc");
  report.units.clear();
  CHECK_THROWS_WITH(WriteXlsx(report, kTemplates, dir.File("x.xlsx")),
                    "Báo cáo không có đơn vị nào: không ghi được " + dir.File("x.xlsx"));
  CHECK_FALSE(std::filesystem::exists(dir.File("x.xlsx")));
}

TEST_CASE("xlsx tthc: the basis line names the circular in force at the period's end") {
  test::TempDir dir;
  Report report = test::SampleReport("tthc");
  report.period = ParsePeriod("2026-02");  // ends 14/02/2026
  report.issued_on = report.period.to.AddDays(1);
  const XlsxFile february(Write(report, dir, "tthc_2026-02.xlsx"));
  CHECK(february.Value(1, "A3") ==
        "Ban hành kèm theo Thông tư số 01/2020/TT-VPCP ngày 21/10/2020 của Văn phòng Chính phủ");
  report.period = ParsePeriod("2026-10");
  report.issued_on = report.period.to.AddDays(1);
  const XlsxFile october(Write(report, dir, "tthc_2026-10.xlsx"));
  CHECK(october.Value(1, "A3") ==
        "Ban hành kèm theo Thông tư số 05/2025/TT-VPCP ngày 31/12/2025 của Văn phòng Chính phủ");
  CHECK(october.Value(1, "A6") ==
        "Kỳ báo cáo: Tháng 10/2026 (Từ ngày 15/09/2026 đến ngày 14/10/2026)");
  CHECK(october.Find(1, "Hòa Bình, ngày 15 tháng 10 năm 2026") != "");
}

TEST_CASE("xlsx: a commune's or a district's report goes to the province, every sheet of tong_hop") {
  test::TempDir dir;
  test::FlowCounts own;
  own.new_online = 3;
  own.early = 3;
  for (const std::string cap : {"xa", "huyen", "so_nganh"}) {
    INFO(cap);
    Report report = test::MakeReport("tthc", {{"U1", "Đơn vị thử", cap, "", own}});
    const XlsxFile tthc(Write(report, dir, cap + "_tthc.xlsx"));
    CHECK(tthc.Value(1, "A7") == "Đơn vị nhận báo cáo: Văn phòng UBND tỉnh");
    report.form = "tong_hop";
    const XlsxFile tong_hop(Write(report, dir, cap + "_tong_hop.xlsx"));
    CHECK(tong_hop.Find(1, "Đơn vị nhận báo cáo: Văn phòng UBND tỉnh; Sở Nội vụ") != "");
    CHECK(tong_hop.Find(2, "Đơn vị nhận báo cáo: Văn phòng UBND tỉnh") != "");  // tthc
    CHECK(tong_hop.Find(3, "Đơn vị nhận báo cáo: Văn phòng UBND tỉnh") != "");  // dvc
    CHECK(tong_hop.Find(4, "Đơn vị nhận báo cáo: Sở Nội vụ") != "");            // ky_luat
  }
}

TEST_CASE("xlsx: a --from/--to range prints its dates once, on the sheet and in the properties") {
  test::TempDir dir;
  Report report = test::SampleReport("tthc");
  report.period = RangePeriod(Date::FromYmd(2023, 5, 1), Date::FromYmd(2023, 5, 31));
  report.issued_on = report.period.to.AddDays(1);
  const XlsxFile file(Write(report, dir, "range.xlsx"));
  CHECK(file.Value(1, "A6") == "Kỳ báo cáo: Từ ngày 01/05/2023 đến ngày 31/05/2023");
  CHECK(file.Find(1, "Hòa Bình, ngày 01 tháng 6 năm 2023") != "");
  const std::string core = file.Part("docProps/core.xml");
  CHECK(core.find("<dc:description>Kỳ báo cáo: Từ ngày 01/05/2023 đến ngày 31/05/2023"
                  "</dc:description>") != std::string::npos);
  CHECK(test::CountOccurrences(core, "01/05/2023") == 1);
}

TEST_CASE("xlsx tong_hop: every sheet carries its title and the period line") {
  test::TempDir dir;
  const XlsxFile file(Write(test::SampleReport("tong_hop"), dir, "tong_hop.xlsx"));
  const std::string period = "Kỳ báo cáo: Tháng 5/2023 (Từ ngày 15/04/2023 đến ngày 14/05/2023)";
  const std::vector<std::string> titles = {
      "TỔNG HỢP KẾT QUẢ GIẢI QUYẾT TTHC, CUNG CẤP DỊCH VỤ CÔNG TRỰC TUYẾN VÀ KỶ LUẬT, XẾP LOẠI CÁN "
      "BỘ, CÔNG CHỨC, VIÊN CHỨC",
      "TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT TTHC TẠI CƠ QUAN, ĐƠN VỊ TRỰC TIẾP GIẢI QUYẾT TTHC",
      "TÌNH HÌNH CUNG CẤP DỊCH VỤ CÔNG TRỰC TUYẾN VÀ THANH TOÁN TRỰC TUYẾN",
      "TÌNH HÌNH KỶ LUẬT VÀ KẾT QUẢ XẾP LOẠI CHẤT LƯỢNG CÁN BỘ, CÔNG CHỨC, VIÊN CHỨC"};
  for (int sheet = 1; sheet <= 4; ++sheet) {
    INFO(sheet);
    CHECK(file.Value(sheet, "A5") == titles[static_cast<size_t>(sheet - 1)]);
    CHECK(file.Value(sheet, "A6") == period);
  }
  // The tthc sheet of a workbook for a period ending after 14/02/2026 names the new circular.
  Report later = test::SampleReport("tong_hop");
  later.period = ParsePeriod("2026-Q1");
  const XlsxFile q1(Write(later, dir, "tong_hop_2026.xlsx"));
  CHECK(q1.Value(2, "A3") ==
        "Ban hành kèm theo Thông tư số 05/2025/TT-VPCP ngày 31/12/2025 của Văn phòng Chính phủ");
}

}  // namespace
}  // namespace baocao

namespace baocao {

TEST_CASE("xlsx tong_hop: people headline figures say chưa báo cáo where no people file came in") {
  test::TempDir dir;
  Report report = test::SampleReport("tong_hop");
  for (auto& u : report.units) u.people_submitted = false;
  report.table = HierarchyTable(report.units);
  const std::string path = dir.File("people.xlsx");
  WriteXlsx(report, test::kTemplates, path);
  const test::XlsxFile file(path);
  const std::string label = file.Find(1, "- Số người bị kỷ luật:");
  REQUIRE(label.rfind("A", 0) == 0);
  const std::string row = label.substr(1);
  int found = 0;
  for (const auto& [ref, cell] : file.Cells(1)) {
    if (ref.substr(ref.find_first_of("0123456789")) != row || ref == label) continue;
    CHECK(cell.value != "0");
    found += cell.value == "chưa báo cáo";
  }
  CHECK(found == 1);
  // The dossier figures are there all the same.
  const std::string received = file.Find(1, "- Tổng số hồ sơ tiếp nhận:");
  REQUIRE(!received.empty());
}

}  // namespace baocao
