// The database a backend-neutral test runs on: a private in-memory SQLite database by default, or,
// when BAOCAO_TEST_BACKEND is "postgresql", a fresh database on the PostgreSQL test cluster
// (store/postgres_test_database.h), dropped afterwards. tests/CMakeLists.txt runs the store tests and
// the end-to-end figures a second time that way ("… on PostgreSQL"), so that both implementations
// of the storage interfaces pass the same tests.
#pragma once

#include <memory>
#include <string>

#include "store/database.h"
#include "store/postgres_test_database.h"

namespace baocao::test {

// Whether this run of the tests is the PostgreSQL one.
bool TestingPostgres();

class BackendDatabase {
 public:
  BackendDatabase();
  Database& db() { return *db_; }
  // ":memory:" or the PostgreSQL database's URL.
  const std::string& location() const { return location_; }

 private:
  std::unique_ptr<PostgresTestDatabase> postgres_;
  std::string location_;
  std::unique_ptr<Database> db_;
};

}  // namespace baocao::test
