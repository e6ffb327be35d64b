#include "postgres_test_database.h"

#include <unistd.h>

#include <atomic>
#include <cstdlib>
#include <fstream>
#include <stdexcept>

#include "store/postgres_connection.h"

namespace baocao::test {

std::string PostgresTestUrl() {
  if (const char* url = std::getenv("BAOCAO_TEST_PG_URL"); url != nullptr && *url != '\0') return url;
  const char* dir = std::getenv("BAOCAO_TEST_PG_DIR");
  if (dir == nullptr || *dir == '\0') dir = BAOCAO_TEST_PG_DIR_DEFAULT;  // the cluster ctest starts
  std::ifstream file(std::string(dir) + "/url");
  std::string url;
  if (std::getline(file, url) && !url.empty()) return url;
  throw std::runtime_error(std::string("no PostgreSQL test cluster: ") + dir + "/url is missing (scripts/pg_cluster start " +
                           dir + ", or run the test through ctest: fixture pg; or set BAOCAO_TEST_PG_URL)");
}

std::string WithDatabase(const std::string& url, const std::string& name) {
  const size_t scheme = url.find("://");
  if (scheme == std::string::npos) throw std::runtime_error("not a postgresql:// URL: " + url);
  const size_t path = url.find('/', scheme + 3);
  const size_t query = url.find('?', scheme + 3);
  if (path == std::string::npos || (query != std::string::npos && path > query)) {
    const size_t at = query == std::string::npos ? url.size() : query;
    return url.substr(0, at) + "/" + name + url.substr(at);
  }
  const size_t end = query == std::string::npos ? url.size() : query;
  return url.substr(0, path + 1) + name + url.substr(end);
}

PostgresTestDatabase::PostgresTestDatabase() : admin_url_(PostgresTestUrl()) {
  static std::atomic<int> counter{0};
  name_ = "baocao_test_" + std::to_string(getpid()) + "_" + std::to_string(++counter);
  url_ = WithDatabase(admin_url_, name_);
  auto admin = PostgresConnection::Open(admin_url_);
  admin->ExecuteScript("DROP DATABASE IF EXISTS " + name_ + " WITH (FORCE)");
  admin->ExecuteScript("CREATE DATABASE " + name_);
}

PostgresTestDatabase::~PostgresTestDatabase() {
  try {
    auto admin = PostgresConnection::Open(admin_url_);
    admin->ExecuteScript("DROP DATABASE IF EXISTS " + name_ + " WITH (FORCE)");
  } catch (...) {
  }
}

}  // namespace baocao::test
