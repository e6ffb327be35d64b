#include "store/sqlite_checkpointer.h"

#include <catch2/catch.hpp>
#include <sqlite3.h>

#include <chrono>
#include <filesystem>
#include <thread>

#include "store/sqlite_connection.h"
#include "test_support.h"

namespace baocao {
namespace {

int64_t Int(SqliteConnection& db, const std::string& sql) {
  auto q = db.Prepare(sql);
  q->Step();
  return q->GetInt(0);
}

// A write transaction of `rows` rows of some 3,000 bytes: about a 4 KiB page each.
void Write(SqliteConnection& db, int rows) {
  db.ExecuteScript("BEGIN IMMEDIATE");
  for (int i = 0; i < rows; ++i) db.ExecuteScript("INSERT INTO t VALUES (randomblob(3000))");
  db.ExecuteScript("COMMIT");
}

}  // namespace

TEST_CASE("sqlite checkpointer: past the pages given, the WAL is copied into the database on its thread, "
          "and the next write starts the WAL over",
          "[store][sqlite]") {
  test::TempDir dir;
  const std::string path = dir.File("t.db");
  SqliteConnection db(path, /*create=*/true);
  // journal_size_limit 0: the WAL file is cut back to nothing when a write starts it over, so its
  // size tells whether the checkpoint happened.
  db.ExecuteScript("PRAGMA journal_mode = WAL; PRAGMA journal_size_limit = 0; CREATE TABLE t (x BLOB)");
  const auto wal_bytes = [&] { return std::filesystem::file_size(path + "-wal"); };
  {
    SqliteCheckpointer checkpointer(db.handle(), path, 64);
    for (int i = 0; i < 5; ++i) Write(db, 10);  // about 50 pages: no checkpoint asked yet
    std::this_thread::sleep_for(std::chrono::milliseconds(200));
    CHECK(checkpointer.checkpoints() == 0);
    const auto before = wal_bytes();
    CHECK(before > 50 * 4096);  // SQLite's own auto-checkpoint (1,000 pages) would not have run either
    Write(db, 20);              // past 64 pages: asked
    for (int waited = 0; checkpointer.checkpoints() == 0 && waited < 1000; ++waited)
      std::this_thread::sleep_for(std::chrono::milliseconds(10));
    REQUIRE(checkpointer.checkpoints() == 1);
    CHECK(wal_bytes() > before);  // the checkpoint copies; it does not cut the WAL
    Write(db, 1);                 // starts the WAL over: every page of it is in the database
    CHECK(wal_bytes() < 8 * 4096);
    CHECK(checkpointer.checkpoints() == 1);  // one small write does not ask again
  }
  CHECK(Int(db, "SELECT COUNT(*) FROM t") == 71);
  SqliteConnection other(path, /*create=*/false);
  CHECK(Int(other, "SELECT COUNT(*) FROM t") == 71);
  auto check = other.Prepare("PRAGMA integrity_check");
  REQUIRE(check->Step());
  CHECK(check->GetText(0) == "ok");
}

TEST_CASE("sqlite checkpointer: one that was never asked starts no thread and ends at once", "[store][sqlite]") {
  test::TempDir dir;
  const std::string path = dir.File("t.db");
  SqliteConnection db(path, /*create=*/true);
  db.ExecuteScript("PRAGMA journal_mode = WAL; CREATE TABLE t (x BLOB)");
  SqliteCheckpointer checkpointer(db.handle(), path, 1 << 20);
  Write(db, 3);
  CHECK(checkpointer.checkpoints() == 0);
}

}  // namespace baocao

namespace baocao {

TEST_CASE("sqlite checkpointer: a WAL at twice the pages given is copied by the commit itself", "[store][sqlite]") {
  test::TempDir dir;
  const std::string path = dir.File("t.db");
  SqliteConnection db(path, /*create=*/true);
  db.ExecuteScript("PRAGMA journal_mode = WAL; PRAGMA journal_size_limit = 0; CREATE TABLE t (x BLOB)");
  const auto wal_bytes = [&] { return std::filesystem::file_size(path + "-wal"); };
  // A path its thread cannot open: it never checkpoints, as a thread that never catches up.
  SqliteCheckpointer checkpointer(db.handle(), dir.File("missing/t.db"), 32);
  Write(db, 40);  // past 32 pages, not 64: asked of the thread, which cannot
  Write(db, 1);
  CHECK(wal_bytes() > 40 * 4096);
  Write(db, 30);  // past 64 pages: copied by this commit
  Write(db, 1);   // starts the WAL over
  CHECK(wal_bytes() < 8 * 4096);
  CHECK(checkpointer.checkpoints() == 0);
  SqliteConnection other(path, /*create=*/false);
  CHECK(Int(other, "SELECT COUNT(*) FROM t") == 72);
}

}  // namespace baocao
