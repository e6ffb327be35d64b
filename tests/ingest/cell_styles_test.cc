#include "ingest/cell_styles.h"

#include <catch2/catch.hpp>

#include "ingest/workbook_builder_fixture.h"
#include "test_support.h"

namespace baocao {
namespace {
std::pair<bool, int> Of(NumberFormat f) { return {f.date, f.decimals}; }
}  // namespace

TEST_CASE("cell_styles: built-in and custom number formats", "[ingest][xlsx]") {
  CHECK(Of(CellStyles::BuiltIn(0)) == std::pair{false, -1});
  CHECK(Of(CellStyles::BuiltIn(1)) == std::pair{false, 0});
  CHECK(Of(CellStyles::BuiltIn(4)) == std::pair{false, 2});
  CHECK(Of(CellStyles::BuiltIn(10)) == std::pair{false, -1});  // 0.00%
  CHECK(Of(CellStyles::BuiltIn(14)) == std::pair{true, -1});
  CHECK(Of(CellStyles::BuiltIn(22)) == std::pair{true, -1});
  CHECK(Of(CellStyles::BuiltIn(49)) == std::pair{false, -1});  // @
  CHECK(Of(CellStyles::OfCode("dd/mm/yyyy")) == std::pair{true, -1});
  CHECK(Of(CellStyles::OfCode("[$-42A]d/m/yyyy h:mm")) == std::pair{true, -1});
  CHECK(Of(CellStyles::OfCode("0.000000")) == std::pair{false, 6});
  CHECK(Of(CellStyles::OfCode("#,##0")) == std::pair{false, 0});
  CHECK(Of(CellStyles::OfCode("0.0%")) == std::pair{false, -1});
  CHECK(Of(CellStyles::OfCode("0." + std::string(30, '0'))) == std::pair{false, 15});
  CHECK(Of(CellStyles::OfCode("General")) == std::pair{false, -1});
}

TEST_CASE("cell_styles: cellXfs in order, custom formats over built-in ones, dxf formats ignored", "[ingest][xlsx]") {
  test::TempDir dir;
  const std::string styles =
      "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
      "<numFmts><numFmt numFmtId=\"164\" formatCode=\"dd/mm/yyyy\"/><numFmt numFmtId=\"2\" formatCode=\"0.000\"/></numFmts>"
      "<cellStyleXfs><xf numFmtId=\"14\"/></cellStyleXfs>"
      "<cellXfs><xf numFmtId=\"0\"/><xf numFmtId=\"164\"/><xf numFmtId=\"2\"/><xf/><xf numFmtId=\"165\"/></cellXfs>"
      "<dxfs><dxf><numFmt numFmtId=\"165\" formatCode=\"yyyy\"/></dxf></dxfs></styleSheet>";
  test::WriteFile(dir.File("a.zip"), test::ZipBytes({{"xl/styles.xml", styles}}));
  const ZipArchive zip(dir.File("a.zip"));
  const CellStyles s = CellStyles::Read(zip, 0, "t.xlsx");
  CHECK(Of(s.Of(0)) == std::pair{false, -1});
  CHECK(Of(s.Of(1)) == std::pair{true, -1});
  CHECK(Of(s.Of(2)) == std::pair{false, 3});
  CHECK(Of(s.Of(3)) == std::pair{false, -1});
  CHECK(Of(s.Of(4)) == std::pair{false, -1});  // 165 is a dxf's format, not a numFmts one
  CHECK(Of(s.Of(5)) == std::pair{false, -1});  // no such style
}

}  // namespace baocao
