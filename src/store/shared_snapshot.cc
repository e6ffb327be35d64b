#include "store/shared_snapshot.h"

#include <exception>
#include <string>

#include "store/postgres_connection.h"
#include "store/sqlite_connection.h"

namespace baocao {

namespace {

// PostgreSQL: the first connection's snapshot, exported (pg_export_snapshot) and taken by the others
// (SET TRANSACTION SNAPSHOT), as pg_dump's parallel jobs do; all read-only, REPEATABLE READ.
std::vector<std::unique_ptr<SqlConnection>> OpenPostgresSnapshot(const std::string& url, int count) {
  std::vector<std::unique_ptr<SqlConnection>> readers;
  try {
    for (int i = 0; i < count; ++i) readers.push_back(PostgresConnection::Open(url));
    readers.front()->ExecuteScript("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    auto exported = readers.front()->Prepare("SELECT pg_export_snapshot()");
    if (!exported->Step()) return {};
    const std::string snapshot(exported->GetText(0));
    exported.reset();
    // The id is the server's own ("00000003-0000001B-1"): quoted as it is.
    if (snapshot.find('\'') != std::string::npos) return {};
    for (size_t i = 1; i < readers.size(); ++i)
      readers[i]->ExecuteScript("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY; SET TRANSACTION SNAPSHOT '" +
                                snapshot + "'");
  } catch (const std::exception&) {  // a refused connection, too many connections: one query instead
    readers.clear();
  }
  return readers;
}

}  // namespace

std::vector<std::unique_ptr<SqlConnection>> OpenSharedSnapshot(Database& db, int count) {
  std::vector<std::unique_ptr<SqlConnection>> readers;
  if (count < 1) return readers;
  if (db.dialect() == SqlDialect::kPostgres) return OpenPostgresSnapshot(db.path(), count);
  if (db.path().empty() || db.path() == ":memory:") return readers;
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
