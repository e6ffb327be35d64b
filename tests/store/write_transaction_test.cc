#include "store/backend_database.h"
#include "store/write_transaction.h"

#include <catch2/catch.hpp>

#include "store/database.h"
#include "test_support.h"

namespace baocao {
namespace {

TEST_CASE("A write transaction keeps its writes only when committed", "[store][transaction]") {
  test::BackendDatabase backend;
  Database& db = backend.db();
  {
    WriteTransaction tx(db);
    db.connection().ExecuteScript("INSERT INTO audit_log (at, account, address, action, detail) VALUES ('t', 'a', 'cli', 'x', '1')");
  }
  CHECK(test::QueryText(db, "SELECT COUNT(*) FROM audit_log") == "0\n");
  {
    WriteTransaction tx(db);
    db.connection().ExecuteScript("INSERT INTO audit_log (at, account, address, action, detail) VALUES ('t', 'a', 'cli', 'x', '2')");
    tx.Commit();
  }
  CHECK(test::QueryText(db, "SELECT detail FROM audit_log") == "2\n");
}

TEST_CASE("A write transaction left by an exception rolls back, and the next one can write", "[store][transaction]") {
  test::BackendDatabase backend;
  Database& db = backend.db();
  try {
    WriteTransaction tx(db);
    db.connection().ExecuteScript("INSERT INTO audit_log (at, account, address, action, detail) VALUES ('t', 'a', 'cli', 'x', '1')");
    db.connection().ExecuteScript("INSERT INTO no_such_table VALUES (1)");  // throws SqlError
    tx.Commit();
    FAIL("no error");
  } catch (const SqlError& e) {
    CHECK(e.code() == (test::TestingPostgres() ? "42P01" : "1"));  // no such table
  }
  CHECK(test::QueryText(db, "SELECT COUNT(*) FROM audit_log") == "0\n");
  WriteTransaction tx(db);  // the write lock was released
  tx.Commit();
}

}  // namespace
}  // namespace baocao
