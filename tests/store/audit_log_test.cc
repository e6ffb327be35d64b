#include "store/backend_database.h"
#include "store/audit_log.h"

#include <catch2/catch.hpp>

#include "store/database.h"
#include "test_support.h"

namespace baocao {
namespace {

TEST_CASE("Audit entries are appended with their ids and read back newest first, as many as asked", "[store][audit]") {
  test::BackendDatabase backend;
  Database& db = backend.db();
  AuditLog log(db);
  CHECK(log.Last(10).empty());
  CHECK(log.Append({0, "2026-12-01 10:00:00", "", "cli", "account_created", "admin: vai trò quan_tri"}) == 1);
  CHECK(log.Append({0, "2026-12-01 10:05:00", "admin", "10.0.0.5", "login", ""}) == 2);
  CHECK(log.Append({0, "2026-12-01 10:06:00", "admin", "10.0.0.5", "password_changed", "admin"}) == 3);
  const auto last = log.Last(2);
  REQUIRE(last.size() == 2);
  CHECK(last[0].id == 3);
  CHECK(last[0].at == "2026-12-01 10:06:00");
  CHECK(last[0].account == "admin");
  CHECK(last[0].address == "10.0.0.5");
  CHECK(last[0].action == "password_changed");
  CHECK(last[0].detail == "admin");
  CHECK(last[1].id == 2);
  CHECK(log.Last(10).size() == 3);
  CHECK(log.Last(10)[2].account.empty());
  CHECK(test::QueryText(db, "SELECT * FROM audit_log ORDER BY id") ==
        "1|2026-12-01 10:00:00||cli|account_created|admin: vai trò quan_tri\n"
        "2|2026-12-01 10:05:00|admin|10.0.0.5|login|\n"
        "3|2026-12-01 10:06:00|admin|10.0.0.5|password_changed|admin\n");
}

}  // namespace
}  // namespace baocao
