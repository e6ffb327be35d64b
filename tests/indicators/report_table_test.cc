#include <catch2/catch.hpp>

#include "indicators/report_table.h"

namespace baocao {
namespace {

std::vector<std::string> Indexes(const std::vector<TableRow>& table) {
  std::vector<std::string> out;
  for (const auto& line : table) out.push_back(line.index);
  return out;
}

}  // namespace

TEST_CASE("hierarchy table: STT 1, 1.1, 1.1.1, 1.2, 2, the total last, each line the sum of its children") {
  std::vector<UnitRow> units;
  for (int depth : {0, 1, 2, 3, 2, 1}) {
    UnitRow u;
    u.depth = depth;
    u.ten_don_vi = "U" + std::to_string(units.size());
    u.values["rank_on_time"] = Value::Count(1);
    units.push_back(u);
  }
  const std::vector<TableRow> table = HierarchyTable(units);
  CHECK(Indexes(table) == std::vector<std::string>{"1", "1.1", "1.1.1", "1.2", "2", ""});
  CHECK(table[0].parts == std::vector<size_t>{1, 3});
  CHECK(table[1].parts == std::vector<size_t>{2});
  CHECK(table[2].parts.empty());
  CHECK(table[5].parts == std::vector<size_t>{0, 4});
  CHECK(table[5].kind == TableRow::Kind::kTotal);
  CHECK(table[5].row.ten_don_vi == "Tổng cộng");
  CHECK(table[5].row.values.count("rank_on_time") == 0);  // no rank on the total
  CHECK(table[0].row.values.count("rank_on_time") == 1);
  CHECK(table[2].indent == 2);
}

TEST_CASE("form 06 level names: the province and its departments are Cấp tỉnh") {
  CHECK(std::string(LevelName("tinh")) == "Cấp tỉnh");
  CHECK(std::string(LevelName("so_nganh")) == "Cấp tỉnh");
  CHECK(std::string(LevelName("huyen")) == "Cấp huyện");
  CHECK(std::string(LevelName("xa")) == "Cấp xã");
}

}  // namespace baocao
