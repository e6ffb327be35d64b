#include <catch2/catch.hpp>

#include "ingest/problem.h"

namespace baocao {

TEST_CASE("a problem list keeps the first problems in file order and counts all of them", "[ingest]") {
  ProblemList list(3);
  CHECK(list.empty());
  list.push_back({5, 2, "", "e"});
  list.push_back({2, 1, "", "a"});
  list.push_back({9, 0, "", "f"});
  list.push_back({2, 1, "", "b"});  // same place as "a": after it
  list.push_back({3, 0, "", "d"});
  CHECK(list.total() == 5);
  CHECK(list.omitted() == 2);
  REQUIRE(list.size() == 3);
  CHECK(list[0].message == "a");
  CHECK(list[1].message == "b");
  CHECK(list[2].message == "d");
  CHECK(OmittedText(list, "lỗi") == "… và 2 lỗi khác");
}

TEST_CASE("four million problems: the first 100 listed, the rest counted", "[ingest]") {
  ProblemList list;
  for (int row = 2; row < 4'000'002; ++row) list.push_back({row, 4, "kenh_nop", "x"});
  CHECK(list.total() == 4'000'000);
  CHECK(list.size() == 100);
  CHECK(list.listed().back().row == 101);
  CHECK(OmittedText(list, "lỗi") == "… và 3.999.900 lỗi khác");
  CHECK(OmittedText(ProblemList{}, "lỗi").empty());
}

TEST_CASE("counts are grouped by thousands with dots", "[ingest]") {
  CHECK(GroupedCount(0) == "0");
  CHECK(GroupedCount(999) == "999");
  CHECK(GroupedCount(1000) == "1.000");
  CHECK(GroupedCount(65536) == "65.536");
  CHECK(GroupedCount(2147483647) == "2.147.483.647");
  CHECK(GroupedCount(-1234) == "-1.234");
}

}  // namespace baocao
