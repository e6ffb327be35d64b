#include "ingest/cell_reference.h"

#include <catch2/catch.hpp>

namespace baocao {

TEST_CASE("cell_reference: A1 references within Excel's grid", "[ingest][xlsx]") {
  const auto check = [](const char* text, int row, int column) {
    const auto r = ParseCellReference(text);
    REQUIRE(r);
    CHECK(r->row == row);
    CHECK(r->column == column);
  };
  check("A1", 1, 0);
  check("b17", 17, 1);
  check("Z9", 9, 25);
  check("AA10", 10, 26);
  check("XFD1048576", 1048576, 16383);
  for (const char* bad : {"", "A", "17", "A0", "XFE1", "AAAA1", "A1048577", "$A$1", "A1:B2", " A1", "A-1", "A1x"})
    CHECK_FALSE(ParseCellReference(bad));
  CHECK(ColumnName(0) == "A");
  CHECK(ColumnName(25) == "Z");
  CHECK(ColumnName(26) == "AA");
  CHECK(ColumnName(256) == "IW");
  CHECK(ColumnName(16383) == "XFD");
  CHECK(CellName(17, 1) == "B17");
}

}  // namespace baocao
