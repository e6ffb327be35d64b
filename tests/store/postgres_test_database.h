// A fresh PostgreSQL database for one test, on the test cluster (scripts/pg_cluster, started by the
// ctest fixture `pg`): CREATE DATABASE with a unique name on construction, DROP DATABASE on
// destruction. The tests that use it carry the tag [postgres] (tests/CMakeLists.txt gives them the
// fixture and the cluster's folder).
#pragma once

#include <string>

namespace baocao::test {

// The test cluster's URL (its maintenance database): $BAOCAO_TEST_PG_URL, else the url file that
// scripts/pg_cluster wrote in $BAOCAO_TEST_PG_DIR. Throws std::runtime_error when neither is set.
std::string PostgresTestUrl();

// url (a postgresql:// URI) with its database replaced by name.
std::string WithDatabase(const std::string& url, const std::string& name);

class PostgresTestDatabase {
 public:
  PostgresTestDatabase();
  ~PostgresTestDatabase();
  PostgresTestDatabase(const PostgresTestDatabase&) = delete;
  PostgresTestDatabase& operator=(const PostgresTestDatabase&) = delete;

  const std::string& name() const { return name_; }
  // The URL of the fresh database.
  const std::string& url() const { return url_; }

 private:
  std::string admin_url_;
  std::string name_;
  std::string url_;
};

}  // namespace baocao::test
