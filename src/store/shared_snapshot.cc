#include "store/shared_snapshot.h"

#include "store/sqlite_connection.h"

namespace baocao {

std::vector<std::unique_ptr<SqlConnection>> OpenSharedSnapshot(Database& db, int count) {
  std::vector<std::unique_ptr<SqlConnection>> readers;
  if (db.dialect() != SqlDialect::kSqlite || db.path().empty() || db.path() == ":memory:" || count < 1)
    return readers;
  try {
    // The lock's connection does not wait (busy timeout 0): a writer at work means no split read.
    SqliteConnection lock(db.path(), /*create=*/false);
    lock.ExecuteScript("BEGIN IMMEDIATE");
    for (int i = 0; i < count; ++i) {
      auto reader = std::make_unique<SqliteConnection>(db.path(), /*create=*/false);
      // A reader may meet a checkpoint resetting the WAL for an instant: it waits for it.
      reader->ExecuteScript("PRAGMA busy_timeout = 10000");
      // The read transaction starts at the first read; its snapshot is the one every reader gets.
      reader->ExecuteScript("BEGIN");
      auto first = reader->Prepare("SELECT COUNT(*) FROM sqlite_schema");
      while (first->Step()) {
      }
      readers.push_back(std::move(reader));
    }
    lock.Rollback();
  } catch (const SqlError&) {
    readers.clear();
  }
  return readers;
}

}  // namespace baocao
