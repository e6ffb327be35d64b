#include "store/shared_snapshot.h"

#include <catch2/catch.hpp>

#include <string>

#include "store/backend_database.h"
#include "store/database.h"
#include "store/sqlite_connection.h"
#include "test_support.h"

namespace baocao {
namespace {

int64_t Count(SqlConnection& c, const std::string& table) {
  auto q = c.Prepare("SELECT COUNT(*) FROM " + table);
  q->Step();
  return q->GetInt(0);
}

void AddUnit(Database& db, const std::string& code, int ordinal) {
  auto q = db.connection().Prepare(
      "INSERT INTO units (ma_don_vi, ten_don_vi, cap, ma_don_vi_cha, ordinal) VALUES (?, 'Xã', 'xa', NULL, ?)");
  BindAll(*q, code, ordinal);
  q->Execute();
}

// Three connections of one snapshot do not see a unit committed after it; a snapshot opened later does.
void CheckSnapshotIsolation(Database& db) {
  AddUnit(db, "X01", 1);
  auto readers = OpenSharedSnapshot(db, 3);
  REQUIRE(readers.size() == 3);
  AddUnit(db, "X02", 2);  // committed after the snapshot
  for (auto& reader : readers) CHECK(Count(*reader, "units") == 1);
  CHECK(Count(db.connection(), "units") == 2);
  readers.clear();
  const auto later = OpenSharedSnapshot(db, 1);
  REQUIRE(later.size() == 1);
  CHECK(Count(*later.front(), "units") == 2);
}

TEST_CASE("Connections of a shared snapshot all read the file as it was when they were opened", "[store]") {
  test::TempDir dir;
  Database db(dir.File("a.db"));
  CheckSnapshotIsolation(db);
}

TEST_CASE("PostgreSQL: connections of a shared snapshot read the database as it was", "[store]") {
  if (!test::TestingPostgres()) return;  // the SQLite case is above
  test::BackendDatabase backend;
  CheckSnapshotIsolation(backend.db());
}

TEST_CASE("No shared snapshot while a writer holds the file's lock, nor of a database in memory", "[store]") {
  test::TempDir dir;
  Database db(dir.File("a.db"));
  AddUnit(db, "X01", 1);
  {
    SqliteConnection writer(dir.File("a.db"), /*create=*/false);
    writer.BeginWrite();
    writer.ExecuteScript("INSERT INTO units (ma_don_vi, ten_don_vi, cap, ordinal) VALUES ('X09', 'Xã', 'xa', 9)");
    CHECK(OpenSharedSnapshot(db, 2).empty());  // at once, without waiting for the writer
    writer.Rollback();
  }
  CHECK(OpenSharedSnapshot(db, 2).size() == 2);
  Database memory(":memory:");
  CHECK(OpenSharedSnapshot(memory, 2).empty());
}

}  // namespace
}  // namespace baocao
