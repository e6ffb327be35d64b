// store/libpq.h: libpq is loaded only when a PostgreSQL URL is opened.
#include <catch2/catch.hpp>

#include <cstdio>
#include <string>
#include <sys/wait.h>

#include "postgres_test_database.h"
#include "store/postgres_connection.h"
#include "test_support.h"

namespace baocao {
namespace {

struct Output {
  int code = -1;
  std::string text;  // standard output and error together
};

// Runs the built program with `arguments` (shell words, already quoted) and LD_DEBUG=libs, under
// which the dynamic loader names every library it loads on standard error.
Output RunTracingLibraries(const std::string& arguments) {
  const std::string command = "LD_DEBUG=libs '" + std::string(BAOCAO_BINARY) + "' " + arguments + " 2>&1";
  FILE* pipe = ::popen(command.c_str(), "r");
  REQUIRE(pipe != nullptr);
  Output output;
  char buffer[4096];
  size_t n = 0;
  while ((n = std::fread(buffer, 1, sizeof buffer, pipe)) > 0) output.text.append(buffer, n);
  const int status = ::pclose(pipe);
  output.code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return output;
}

std::string SubmitUnits(const std::string& db) {
  return "--db '" + db + "' submit --kind units '" + test::Fixture("sample/units.csv") + "'";
}

TEST_CASE("The built program submits to a SQLite file without loading libpq", "[store][sqlite][libpq]") {
  test::TempDir dir;
  const Output output = RunTracingLibraries(SubmitUnits(dir.File("baocao.db")));
  INFO(output.text);
  CHECK(output.code == 0);
  CHECK(output.text.find("ĐÃ TIẾP NHẬN") != std::string::npos);
  CHECK(output.text.find("libsqlite3.so.0") != std::string::npos);  // the trace works
  CHECK(output.text.find("libpq.so") == std::string::npos);
}

TEST_CASE("PostgreSQL: the built program loads libpq for a PostgreSQL URL", "[postgres][libpq]") {
  test::PostgresTestDatabase db;
  const Output output = RunTracingLibraries(SubmitUnits(db.url()));
  INFO(output.text);
  CHECK(output.code == 0);
  CHECK(output.text.find("ĐÃ TIẾP NHẬN") != std::string::npos);
  CHECK(output.text.find("libpq.so.5") != std::string::npos);
}

TEST_CASE("PostgreSQL: libpq is loaded once a connection is opened", "[postgres][libpq]") {
  test::PostgresTestDatabase db;
  const auto connection = PostgresConnection::Open(db.url());
  CHECK(LibpqLoaded());
}

}  // namespace
}  // namespace baocao
