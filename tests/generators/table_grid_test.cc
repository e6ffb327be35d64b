#include "generators/table_grid.h"

#include <catch2/catch.hpp>

#include "generators/sample_report_fixture.h"
#include "generators/xlsx_check_fixture.h"
#include "indicators/report_table.h"

namespace baocao {
namespace {

// A row as text: each cell "[text]" followed by "|colspan", "^rowspan" when over 1 and "#" for a
// number, then the row's flags.
std::string RowText(const GridRow& row) {
  std::string text;
  for (const auto& c : row.cells) {
    text += "[" + c.text + "]";
    if (c.colspan > 1) text += "|" + std::to_string(c.colspan);
    if (c.rowspan > 1) text += "^" + std::to_string(c.rowspan);
    if (c.number) text += "#";
  }
  if (row.bold) text += "  [bold]";
  if (row.total) text += "  [total]";
  if (row.indent > 0) text += "  [indent " + std::to_string(row.indent) + "]";
  return text;
}

std::string GridText(const TableGrid& grid) {
  std::string text;
  for (const auto& row : grid.header) text += "H " + RowText(row) + "\n";
  for (const auto& row : grid.body) text += "B " + RowText(row) + "\n";
  for (const auto& note : grid.notes) text += "N " + note + "\n";
  return text;
}

// The sample report whose total and H1 leave out the commune X1 that has not reported (footnotes).
Report SampleWithCoverage(const std::string& form) {
  Report report = test::SampleReport(form);
  report.units[0].coverage = {3, 2, {"X1 Phường Tân Thịnh"}};  // T
  report.units[1].coverage = {2, 1, {"X1 Phường Tân Thịnh"}};  // H1
  report.table = HierarchyTable(report.units);
  return report;
}

}  // namespace

TEST_CASE("the grid of dvc: merged header rows, numbering, the PDF's cell texts, marks and notes", "[generators]") {
  const TableGrid grid = BuildTableGrid(LoadTemplate(test::kTemplates, "dvc"), SampleWithCoverage("dvc"));
  CHECK(GridText(grid) ==
        // A short path merges down (rowspan) to the numbering row; a shared prefix across (colspan).
        "H [STT]^3[Đơn vị]^3[Số hồ sơ tiếp nhận mới trong kỳ]|4[Thanh toán phí, lệ phí]|6"
        "[Đánh giá mức độ hài lòng]|6  [bold]\n"
        "H [Tổng số]^2[Trực tuyến]^2[Tỷ lệ trực tuyến]^2[Xếp hạng]^2[Số hồ sơ]|3[Số tiền (đồng)]|3"
        "[Số hồ sơ được đánh giá]^2[Rất hài lòng]^2[Hài lòng]^2[Không hài lòng]^2[Tỷ lệ hài lòng]^2"
        "[Xếp hạng]^2  [bold]\n"
        "H [Tổng số][Trực tuyến][Tỷ lệ][Tổng số][Trực tuyến][Tỷ lệ]  [bold]\n"
        "H [(1)][(2)][(3)][(4)][(5)][(6)][(7)][(8)][(9)][(10)][(11)][(12)][(13)][(14)][(15)][(16)][(17)][(18)]\n"
        "B [1][Thành phố Hòa Bình [1]][50]#[30]#[60,00%]#[1/2][8]#[6]#[75,00%]#[1.200.000]#[900.000]#"
        "[75,00%]#[20]#[12]#[6]#[2]#[90,00%]#[1/1]  [bold]\n"
        // Not reported: one cell across every value column.
        "B [1.1][Phường Tân Thịnh][chưa báo cáo]|16  [indent 1]\n"
        // Nulls print "—"; a rank is centred text, not a number.
        "B [2][Huyện Lương Sơn][10]#[3]#[30,00%]#[2/2][0]#[0]#[—]#[0]#[0]#[—]#[0]#[0]#[0]#[0]#[—]#[—]\n"
        // The total: no STT, no ranks.
        "B [][Tổng cộng [2]][60]#[33]#[55,00%]#[][8]#[6]#[75,00%]#[1.200.000]#[900.000]#[75,00%]#"
        "[20]#[12]#[6]#[2]#[90,00%]#[]  [bold]  [total]\n"
        "N [1] Thành phố Hòa Bình: không gồm số liệu của 1/2 đơn vị chưa báo cáo: X1 Phường Tân Thịnh.\n"
        "N [2] Tổng cộng: không gồm số liệu của 1/3 đơn vị chưa báo cáo: X1 Phường Tân Thịnh.\n");
  // Every row covers the 18 columns once.
  for (const auto& row : grid.body) {
    int columns = 0;
    for (const auto& cell : row.cells) columns += cell.colspan;
    CHECK(columns == 18);
  }
}

TEST_CASE("the grid of tthc: unnumbered columns blank in the numbering row, a line of levels", "[generators]") {
  const TableGrid grid = BuildTableGrid(LoadTemplate(test::kTemplates, "tthc"), test::SampleReport("tthc"));
  REQUIRE(grid.header.size() == 4);
  CHECK(RowText(grid.header[0]) ==
        "[STT]^3[Lĩnh vực, công việc giải quyết theo cấp]^3[Số hồ sơ nhận giải quyết]|4"
        "[Kết quả giải quyết]|7[Trong đó]|2[Tỷ lệ tiếp nhận trực tuyến]^3[Tỷ lệ giải quyết đúng hạn]^3  [bold]");
  CHECK(RowText(grid.header[1]) ==
        "[Tổng số]^2[Trong kỳ]|2[Từ kỳ trước chuyển sang]^2[Số hồ sơ đã giải quyết]|4"
        "[Số hồ sơ đang giải quyết]|3[Rút hồ sơ]^2[Trả lại, không đủ điều kiện]^2  [bold]");
  CHECK(RowText(grid.header[3]) == "[(1)][(2)][(3)][(4)][(5)][(6)][(7)][(8)][(9)][(10)][(11)][(12)][(13)][][][][]");
  REQUIRE(grid.body.size() == 4);
  CHECK(RowText(grid.body[1]) == "[1.1][Phường Tân Thịnh][chưa báo cáo]|15  [indent 1]");
  CHECK(RowText(grid.body[3]) ==
        "[][Tổng cộng][65]#[33]#[27]#[5]#[43]#[20]#[18]#[5]#[22]#[20]#[2]#[2]#[1]#[55,00%]#[87,50%]#"
        "  [bold]  [total]");
  CHECK(grid.notes.empty());
}

TEST_CASE("the grid of tong_hop: a line without its people data says so across the people columns only",
          "[generators]") {
  Report report = test::SampleReport("tong_hop");
  report.units[3].people_submitted = false;  // H2
  report.table = HierarchyTable(report.units);
  const TableGrid grid = BuildTableGrid(LoadTemplate(test::kTemplates, "tong_hop"), report);
  REQUIRE(grid.body.size() == 4);
  CHECK(RowText(grid.body[2]) ==
        "[2][Huyện Lương Sơn][10]#[0]#[—]#[—][30,00%]#[2/2][—]#[—]#[—][chưa báo cáo]|2");
  CHECK(RowText(grid.body[1]) == "[1.1][Phường Tân Thịnh][chưa báo cáo]|11  [indent 1]");
}

TEST_CASE("no table, no grid: a template without columns or a report without lines", "[generators]") {
  const Report report = test::SampleReport("dvc");
  ReportTemplate bare = LoadTemplate(test::kTemplates, "dvc");
  bare.columns.clear();
  const TableGrid none = BuildTableGrid(bare, report);
  CHECK(none.header.empty());
  CHECK(none.body.empty());
  Report empty = report;
  empty.table.clear();
  CHECK(BuildTableGrid(LoadTemplate(test::kTemplates, "dvc"), empty).header.empty());
}

}  // namespace baocao
