#include "store/backend_database.h"

#include <cstdlib>
#include <string_view>

namespace baocao::test {

bool TestingPostgres() {
  const char* backend = std::getenv("BAOCAO_TEST_BACKEND");
  return backend != nullptr && std::string_view(backend) == "postgresql";
}

BackendDatabase::BackendDatabase() {
  if (TestingPostgres()) {
    postgres_ = std::make_unique<PostgresTestDatabase>();
    location_ = postgres_->url();
  } else {
    location_ = ":memory:";
  }
  db_ = std::make_unique<Database>(location_);
}

}  // namespace baocao::test
