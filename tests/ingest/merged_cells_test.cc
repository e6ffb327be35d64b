#include "ingest/merged_cells.h"

#include <catch2/catch.hpp>

#include "core/errors.h"
#include "ingest/workbook_builder_fixture.h"
#include "test_support.h"

namespace baocao {
namespace {

std::vector<std::vector<int>> Scan(const std::string& part, bool compress = true) {
  test::TempDir dir;
  test::WriteFile(dir.File("a.zip"), test::ZipBytes({{"xl/worksheets/sheet1.xml", part}}, compress));
  const ZipArchive zip(dir.File("a.zip"));
  std::vector<std::vector<int>> out;
  for (const CellRange& r : ScanMergedCells(zip, 0, "t.xlsx", 1 << 30, 1000, 256))
    out.push_back({r.top, r.left, r.bottom, r.right});
  return out;
}

}  // namespace

TEST_CASE("merged_cells: the ranges of <mergeCell ref>, however written, sorted", "[ingest][xlsx]") {
  CHECK(Scan(test::SheetXml("", "<mergeCells count=\"3\"><mergeCell ref=\"C5:A3\"/><mergeCell ref=\"A1:K1\"/>"
                                "<mergeCell ref=\"B2\"/><mergeCell   ref = 'IV7:IW9' /><mergeCell ref=\"IW1:IX2\"/>"
                                "<mergeCells/><mergeCellx ref=\"A1:B2\"/><mergeCell ref=\"$D$20:$E$21\"/></mergeCells>")) ==
        std::vector<std::vector<int>>{{1, 0, 1, 10}, {3, 0, 5, 2}, {7, 255, 9, 256}, {20, 3, 21, 4}});
  CHECK(Scan("<x:worksheet xmlns:x=\"urn:x\"><x:mergeCells><x:mergeCell ref=\"B2:B4\"/></x:mergeCells></x:worksheet>") ==
        std::vector<std::vector<int>>{{2, 1, 4, 1}});
}

TEST_CASE("merged_cells: a tag cut across the chunks the part is read in is found once", "[ingest][xlsx]") {
  const std::string tag = "<mergeCell ref=\"A2:A3\"/>";
  for (const bool compress : {true, false}) {
    for (size_t chunk_end : {size_t{256 * 1024}, size_t{512 * 1024}}) {
      for (int shift = -30; shift <= 30; shift += 3) {
        const std::string head = "<worksheet><sheetData/><mergeCells>";
        const size_t at = chunk_end - 1024 + static_cast<size_t>(shift + 10);  // around where a scan stops
        std::string part = head + std::string(at - head.size(), ' ') + tag;
        part += std::string(chunk_end + 2000 - part.size(), ' ') + "<mergeCell ref=\"C1:D1\"/></mergeCells></worksheet>";
        INFO("chunk end " << chunk_end << ", shift " << shift);
        CHECK(Scan(part, compress) == std::vector<std::vector<int>>{{1, 2, 1, 3}, {2, 0, 3, 0}});
      }
    }
  }
}

TEST_CASE("merged_cells: the fill rule, row by row", "[ingest][xlsx]") {
  const auto ranges = std::make_shared<const std::vector<CellRange>>(
      std::vector<CellRange>{{1, 0, 1, 3}, {2, 1, 4, 2}, {6, 0, 7, 0}, {8, 250, 9, 300}});
  MergedCellFill fill(ranges, 256, "t.xlsx", "xl/worksheets/sheet1.xml");
  std::vector<std::string> row{"title", "x", "y"};
  fill.Apply(1, row);
  CHECK(row == std::vector<std::string>{"title", "", ""});
  row = {"a", "Sở", "hidden"};
  fill.Apply(2, row);
  CHECK(row == std::vector<std::string>{"a", "Sở", ""});
  row = {"b"};
  fill.Apply(3, row);
  CHECK(row == std::vector<std::string>{"b", "Sở"});
  row = {};
  fill.Apply(7, row);  // rows 4-6 absent: 6:0-7:0 began in an absent row, so its value is ""
  CHECK(row == std::vector<std::string>{""});
  row = std::vector<std::string>(256, "v");
  fill.Apply(8, row);
  CHECK(row[250] == "v");
  CHECK(row[251] == "");
  CHECK(row[255] == "");
  row = {};
  fill.Apply(9, row);
  CHECK(row.size() == 251);
  CHECK(row[250] == "v");
}

TEST_CASE("merged_cells: overlapping ranges are damage", "[ingest][xlsx]") {
  const auto ranges =
      std::make_shared<const std::vector<CellRange>>(std::vector<CellRange>{{1, 0, 3, 1}, {3, 1, 3, 2}});
  MergedCellFill fill(ranges, 256, "t.xlsx", "xl/worksheets/sheet1.xml");
  std::vector<std::string> row{"a"};
  fill.Apply(1, row);
  try {
    fill.Apply(3, row);
    FAIL("no error");
  } catch (const InputError& e) {
    CHECK(e.row() == 3);
    CHECK(e.column() == 2);
    CHECK(e.why() ==
          "tệp Excel bị hỏng (vùng ô gộp B3:C3 chồng lên một vùng ô gộp khác trong phần xl/worksheets/sheet1.xml): "
          "hãy mở tệp bằng Excel và lưu lại, hoặc xuất lại từ phần mềm một cửa");
  }
}

}  // namespace baocao
