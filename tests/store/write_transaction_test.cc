#include "store/write_transaction.h"

#include <catch2/catch.hpp>

#include "store/database.h"
#include "test_support.h"

namespace baocao {
namespace {

TEST_CASE("A write transaction keeps its writes only when committed", "[store][transaction]") {
  Database db(":memory:");
  {
    WriteTransaction tx(db);
    db.sql().exec("INSERT INTO audit_log (at, account, address, action, detail) VALUES ('t', 'a', 'cli', 'x', '1')");
  }
  CHECK(test::QueryText(db, "SELECT COUNT(*) FROM audit_log") == "0\n");
  {
    WriteTransaction tx(db);
    db.sql().exec("INSERT INTO audit_log (at, account, address, action, detail) VALUES ('t', 'a', 'cli', 'x', '2')");
    tx.Commit();
  }
  CHECK(test::QueryText(db, "SELECT detail FROM audit_log") == "2\n");
}

}  // namespace
}  // namespace baocao
