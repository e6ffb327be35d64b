#include "store/backend_database.h"
#include "store/approval_store.h"

#include <catch2/catch.hpp>

#include "store/database.h"
#include "test_support.h"

namespace baocao {
namespace {

TEST_CASE("Approvals are stored with their frozen figures, listed while active and kept when withdrawn", "[store][approval]") {
  test::BackendDatabase backend;
  Database& db = backend.db();
  ApprovalStore store(db);
  CHECK(store.AllActive().empty());
  const int64_t district = store.Insert({0, "2023-05", "H01.01", "nguyen.van.a", "2023-06-20 09:00:00", {}, {}, {}, {}});
  const int64_t province =
      store.Insert({0, "2023-05", "H01", "tran.thi.b", "2023-06-21 10:00:00", {}, {}, {}, std::string("{\"x\":1}")});
  store.Insert({0, "2023-Q2", "H01", "tran.thi.b", "2023-07-01 08:00:00", {}, {}, {}, {}});
  CHECK(district == 1);
  CHECK(province == 2);
  store.AddFigures(district, "H01.01", "{\"a\":1}");
  store.AddFigures(district, "H01.01.01", "{\"a\":2}");
  CHECK(store.Units(district) == std::vector<std::string>{"H01.01", "H01.01.01"});
  const auto figures = store.Figures(district);
  REQUIRE(figures.size() == 2);
  CHECK(figures[1].unit == "H01.01.01");
  CHECK(figures[1].figures == "{\"a\":2}");

  auto active = store.Active("2023-05");
  REQUIRE(active.size() == 2);
  CHECK(active[1].root == "H01");
  CHECK(active[1].catalog == std::optional<std::string>("{\"x\":1}"));
  CHECK_FALSE(active[0].catalog.has_value());
  CHECK(store.AllActive().size() == 3);

  store.Withdraw(district, "tran.thi.b", "2023-06-25 15:30:00", "Đơn vị nộp bổ sung hồ sơ tháng 5");
  CHECK(store.Active("2023-05").size() == 1);
  const auto all = store.All("2023-05");
  REQUIRE(all.size() == 2);
  CHECK_FALSE(all[0].active());
  CHECK(all[0].withdrawn_by == std::optional<std::string>("tran.thi.b"));
  CHECK(all[0].withdrawn_at == std::optional<std::string>("2023-06-25 15:30:00"));
  CHECK(all[0].withdraw_reason == std::optional<std::string>("Đơn vị nộp bổ sung hồ sơ tháng 5"));
  CHECK(store.Units(district).size() == 2);  // the history keeps its figures
}

}  // namespace
}  // namespace baocao
