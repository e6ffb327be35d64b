#include "store/sqlite_connection.h"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "test_support.h"

namespace baocao {
namespace {

// A private in-memory connection with one table.
struct Fixture {
  SqliteConnection db{":memory:", true};
  Fixture() { db.ExecuteScript("CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, n INTEGER, x REAL)"); }
  std::string Names() {
    auto q = db.Prepare("SELECT name FROM t ORDER BY id");
    std::string out;
    while (q->Step()) out += std::string(q->GetText(0)) + ";";
    return out;
  }
};

TEST_CASE("SQLite: placeholders ? and ?N bind in order and by number, texts and numbers read back", "[store][sql][sqlite]") {
  Fixture f;
  auto insert = f.db.Prepare("INSERT INTO t (name, n, x) VALUES (?, ?, ?)");
  const std::string name = "Hòa Bình — xã Phương Lâm";
  BindAll(*insert, name, int64_t{9200000000000000000}, 2.5);
  CHECK(insert->Execute() == 1);
  auto q = f.db.Prepare("SELECT name, n, x, ?2 + ?1, ?1 FROM t WHERE name = ?3");
  BindAll(*q, 40, 2, name);
  REQUIRE(q->Step());
  CHECK(q->GetText(0) == name);
  CHECK(q->GetInt(1) == 9200000000000000000);
  CHECK(q->GetDouble(2) == 2.5);
  CHECK(q->GetInt(3) == 42);
  CHECK(q->GetInt(4) == 40);
  CHECK_FALSE(q->Step());
  CHECK_FALSE(q->Step());  // stays at the end until Reset
}

TEST_CASE("SQLite: NULLs bind and read as NULL, 0 and an empty text, and an empty text is not NULL", "[store][sql][sqlite]") {
  Fixture f;
  auto insert = f.db.Prepare("INSERT INTO t (name, n, x) VALUES (?, ?, ?)");
  BindAll(*insert, std::string_view(), std::nullopt, std::optional<double>());
  CHECK(insert->Execute() == 1);
  auto q = f.db.Prepare("SELECT name, n, x, n IS NULL, name IS NULL FROM t");
  REQUIRE(q->Step());
  CHECK(q->GetText(0).empty());
  CHECK_FALSE(q->IsNull(0));  // "" (a view without data) is a text, not NULL
  CHECK(q->IsNull(1));
  CHECK(q->GetInt(1) == 0);
  CHECK(q->GetText(1).empty());
  CHECK(q->IsNull(2));
  CHECK(q->GetInt(3) == 1);
  CHECK(q->GetInt(4) == 0);
  auto optional = f.db.Prepare("SELECT ? IS NULL, ?");
  BindAll(*optional, std::optional<std::string>(), std::optional<int>(7));
  REQUIRE(optional->Step());
  CHECK(optional->GetInt(0) == 1);
  CHECK(optional->GetInt(1) == 7);
}

TEST_CASE("SQLite: Execute returns the rows changed, RETURNING gives the new id", "[store][sql][sqlite]") {
  Fixture f;
  auto insert = f.db.Prepare("INSERT INTO t (name, n) VALUES (?, ?) RETURNING id");
  std::vector<int64_t> ids;
  for (const char* name : {"a", "b", "c"}) {
    BindAll(*insert, name, 1);
    REQUIRE(insert->Step());
    ids.push_back(insert->GetInt(0));
    insert->Reset();
  }
  CHECK(ids == std::vector<int64_t>{1, 2, 3});
  auto update = f.db.Prepare("UPDATE t SET n = n + 1 WHERE name <> ?");
  BindAll(*update, "b");
  CHECK(update->Execute() == 2);
  CHECK(update->Execute() == 2);  // runs again with the same bindings
  auto none = f.db.Prepare("DELETE FROM t WHERE name = 'z'");
  CHECK(none->Execute() == 0);
  auto upsert = f.db.Prepare("INSERT INTO t (name, n) VALUES (?, 0) ON CONFLICT(name) DO NOTHING");
  BindAll(*upsert, "a");
  CHECK(upsert->Execute() == 0);
  BindAll(*upsert, "d");
  CHECK(upsert->Execute() == 1);
  CHECK(f.Names() == "a;b;c;d;");
}

TEST_CASE("SQLite: Step streams the rows one at a time, and Reset unbinds and runs again", "[store][sql][sqlite]") {
  Fixture f;
  f.db.ExecuteScript("WITH RECURSIVE k(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM k WHERE i < 100000) "
                     "INSERT INTO t (name, n) SELECT 'r' || i, i FROM k");
  auto q = f.db.Prepare("SELECT n FROM t WHERE n >= ? ORDER BY n");
  BindAll(*q, 99999);
  REQUIRE(q->Step());
  CHECK(q->GetInt(0) == 99999);
  q->Reset();  // mid-way: the rest is dropped
  BindAll(*q, 100000);
  REQUIRE(q->Step());
  CHECK(q->GetInt(0) == 100000);
  CHECK_FALSE(q->Step());
  q->Reset();  // unbound: n >= NULL matches nothing
  CHECK_FALSE(q->Step());
  int64_t sum = 0;
  auto all = f.db.Prepare("SELECT n FROM t");
  while (all->Step()) sum += all->GetInt(0);
  CHECK(sum == int64_t{100000} * 100001 / 2);
}

TEST_CASE("SQLite: a NULL or an integer bound again as it was stays bound through executions, and Reset unbinds them all",
          "[store][sql][sqlite]") {
  Fixture f;
  f.db.ExecuteScript("CREATE TABLE b (p, q, r)");
  auto insert = f.db.Prepare("INSERT INTO b VALUES (?1, ?2, ?3)");
  const auto last = [&] {
    auto q = f.db.Prepare("SELECT quote(p) || ' ' || quote(q) || ' ' || quote(r) FROM b ORDER BY rowid DESC LIMIT 1");
    REQUIRE(q->Step());
    return std::string(q->GetText(0));
  };
  insert->BindInt(1, 7);
  insert->BindNull(2);
  insert->BindText(3, "a");
  CHECK(insert->Execute() == 1);
  CHECK(last() == "7 NULL 'a'");
  insert->BindInt(1, 7);  // the same again: skipped, still bound
  insert->BindNull(2);
  insert->BindInt(3, 7);  // a text, then an integer: bound
  CHECK(insert->Execute() == 1);
  CHECK(last() == "7 NULL 7");
  insert->BindInt(1, 8);
  insert->BindText(2, "b");  // was NULL: bound
  insert->BindNull(3);       // was 7: bound
  CHECK(insert->Execute() == 1);
  CHECK(last() == "8 'b' NULL");
  insert->Reset();  // every parameter NULL: binding 8 again is not skipped
  insert->BindInt(1, 8);
  CHECK(insert->Execute() == 1);
  CHECK(last() == "8 NULL NULL");
  insert->BindText(1, "c");
  insert->BindInt(1, 8);  // after a text: bound
  insert->BindDouble(2, 1.5);
  insert->BindNull(2);  // after a double: bound
  CHECK(insert->Execute() == 1);
  CHECK(last() == "8 NULL NULL");
}

TEST_CASE("SQLite: a constraint failure is a SqlError with the extended code", "[store][sql][sqlite]") {
  Fixture f;
  auto insert = f.db.Prepare("INSERT INTO t (name) VALUES (?)");
  BindAll(*insert, "a");
  insert->Execute();
  try {
    insert->Execute();
    FAIL("no error");
  } catch (const SqlError& e) {
    CHECK(e.code() == "2067");  // SQLITE_CONSTRAINT_UNIQUE
    CHECK(std::string(e.what()) == "UNIQUE constraint failed: t.name");
  }
  insert->Reset();
  try {
    insert->Execute();  // name NULL
    FAIL("no error");
  } catch (const SqlError& e) {
    CHECK(e.code() == "1299");  // SQLITE_CONSTRAINT_NOTNULL
  }
  try {
    f.db.Prepare("SELECT x FROM nowhere");
    FAIL("no error");
  } catch (const SqlError& e) {
    CHECK(e.code() == "1");
    CHECK(std::string(e.what()) == "no such table: nowhere");
  }
  CHECK(f.Names() == "a;");  // the statement still works after its failures
}

TEST_CASE("SQLite: a busy and a read-only database are SqlErrors with their codes", "[store][sql][sqlite]") {
  test::TempDir dir;
  const std::string path = dir.File("t.db");
  SqliteConnection holder(path, true);
  holder.ExecuteScript("PRAGMA journal_mode = WAL; CREATE TABLE t (x)");
  SqliteConnection writer(path, false);
  holder.BeginWrite();
  try {
    writer.BeginWrite();  // no busy timeout on a bare connection: at once
    FAIL("no error");
  } catch (const SqlError& e) {
    CHECK(e.code() == "5");  // SQLITE_BUSY
  }
  holder.Rollback();
  writer.ExecuteScript("PRAGMA query_only = 1");
  auto insert = writer.Prepare("INSERT INTO t VALUES (1)");
  try {
    insert->Execute();
    FAIL("no error");
  } catch (const SqlError& e) {
    CHECK(e.code() == "8");  // SQLITE_READONLY
  }
  CHECK_THROWS_AS(SqliteConnection(dir.File("missing/t.db"), false), SqlError);
}

TEST_CASE("SQLite: a write transaction commits or rolls back, and Rollback without one does nothing", "[store][sql][sqlite]") {
  Fixture f;
  f.db.BeginWrite();
  f.db.ExecuteScript("INSERT INTO t (name) VALUES ('kept')");
  f.db.Commit();
  f.db.BeginWrite();
  f.db.ExecuteScript("INSERT INTO t (name) VALUES ('dropped')");
  f.db.Rollback();
  f.db.Rollback();  // none open: no error
  CHECK(f.Names() == "kept;");
}

}  // namespace
}  // namespace baocao
