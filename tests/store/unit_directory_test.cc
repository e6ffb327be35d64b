#include "store/backend_database.h"
#include "store/unit_directory.h"

#include <catch2/catch.hpp>

#include "store/database.h"

namespace baocao {
namespace {

TEST_CASE("Units are listed in catalog order with their level, parent and retirement", "[store][units]") {
  test::BackendDatabase backend;
  Database& db = backend.db();
  CHECK(ListUnits(db).empty());
  db.connection().ExecuteScript(
      "INSERT INTO units (ma_don_vi, ten_don_vi, cap, ma_don_vi_cha, ordinal, retired_from) VALUES "
      "('H01.02', 'Huyện B', 'huyen', 'H01', 2, '2023-04'),"
      "('H01', 'Tỉnh A', 'tinh', NULL, 0, NULL),"
      "('H01.01', 'Huyện A', 'huyen', 'H01', 2, NULL)");
  const auto units = ListUnits(db);
  REQUIRE(units.size() == 3);
  CHECK(units[0].code == "H01");
  CHECK(units[0].name == "Tỉnh A");
  CHECK(units[0].cap == "tinh");
  CHECK(units[0].parent.empty());
  CHECK(units[0].retired_from.empty());
  CHECK(units[1].code == "H01.01");  // same ordinal: by code
  CHECK(units[2].code == "H01.02");
  CHECK(units[2].parent == "H01");
  CHECK(units[2].cap == "huyen");
  CHECK(units[2].retired_from == "2023-04");
}

}  // namespace
}  // namespace baocao
