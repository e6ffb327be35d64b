// The command line against PostgreSQL: `--db postgresql://…` runs the monthly job, `report` and
// `status` exactly as against a SQLite file — every published JSON byte-identical — and a server
// that cannot be used is named in Vietnamese, without its password. Tag [postgres]: the test
// cluster of tests/CMakeLists.txt.
#include <catch2/catch.hpp>

#include <regex>
#include <string>

#include "core/exit_codes.h"
#include "jobs/job_fixture.h"
#include "store/postgres_test_database.h"
#include "test_support.h"

namespace baocao {
namespace {

// A project whose inbox holds the sample province's catalogs and its April and May dossiers.
void FillInbox(const test::JobProject& project) {
  project.Drop("sample/units.csv", "units_T17_2023-05.csv");
  project.Drop("sample/procedures.csv", "procedures_T17_2023-05.csv");
  for (const char* unit : {"T17", "S01", "S02", "H01", "H02", "H03"})
    for (const char* month : {"2023-04", "2023-05"}) {
      const std::string name = std::string("dossiers_") + unit + "_" + month + ".csv";
      project.Drop("sample/" + name, name);
    }
}

std::map<std::string, std::string> JsonFiles(const std::string& folder) {
  std::map<std::string, std::string> json;
  for (auto& [name, bytes] : test::Snapshot(folder))
    if (name.size() > 5 && name.substr(name.size() - 5) == ".json") json.emplace(name, bytes);
  return json;
}

}  // namespace

TEST_CASE("The command line on PostgreSQL: the monthly run, report and status give what they give on SQLite", "[postgres][cli]") {
  test::PostgresTestDatabase pg;
  test::JobProject on_sqlite, on_postgres;
  test::MonthlyJob(on_sqlite);
  test::MonthlyJob(on_postgres);
  FillInbox(on_sqlite);
  FillInbox(on_postgres);

  const auto a = test::RunCliCapture({"--db", on_sqlite.db(), "run", on_sqlite.job_file, "--period", "2023-05"});
  const auto b = test::RunCliCapture({"--db", pg.url(), "run", on_postgres.job_file, "--period", "2023-05"});
  INFO(b.err);
  CHECK(b.code == a.code);
  const auto sqlite_json = JsonFiles(on_sqlite.output());
  const auto postgres_json = JsonFiles(on_postgres.output());
  CHECK(sqlite_json.size() >= 4);
  REQUIRE(postgres_json.size() == sqlite_json.size());
  for (const auto& [name, bytes] : sqlite_json) {
    INFO(name);
    REQUIRE(postgres_json.count(name));
    CHECK(postgres_json.at(name) == bytes);
  }
  CHECK(test::Names(on_postgres.inbox()) == test::Names(on_sqlite.inbox()));

  for (const char* form : {"tthc", "tong_hop"}) {
    const std::string out_a = on_sqlite.dir.File(std::string("report-") + form);
    const std::string out_b = on_postgres.dir.File(std::string("report-") + form);
    const auto ra = test::RunCliCapture({"--db", on_sqlite.db(), "report", "--form", form, "--period", "2023-04",
                                         "--format", "json", "--out", out_a});
    const auto rb = test::RunCliCapture({"--db", pg.url(), "report", "--form", form, "--period", "2023-04",
                                         "--format", "json", "--out", out_b});
    CHECK(ra.code == 0);
    CHECK(rb.code == 0);
    CHECK(JsonFiles(out_b) == JsonFiles(out_a));
    CHECK(JsonFiles(out_b).size() == 1);
  }
  const auto sa = test::RunCliCapture({"--db", on_sqlite.db(), "status", "--period", "2023-05"});
  const auto sb = test::RunCliCapture({"--db", pg.url(), "status", "--period", "2023-05"});
  CHECK(sb.code == sa.code);
  // The same status, but for the submission times (the two runs took their files a moment apart).
  const std::regex now("[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}:[0-9]{2}");
  CHECK(std::regex_replace(sb.out, now, "<lúc nộp>") == std::regex_replace(sa.out, now, "<lúc nộp>"));
  CHECK(sa.out.find("X0202 UBND xã Hòa Sơn") != std::string::npos);
}

TEST_CASE("The command line on PostgreSQL: a database missing on the server is named in Vietnamese, never its password", "[postgres][cli]") {
  const std::string url = test::WithDatabase(test::PostgresTestUrl(), "baocao_khong_co");
  const std::string with_password = url + (url.find('?') == std::string::npos ? "?" : "&") + "password=MatKhau123";
  const auto r = test::RunCliCapture({"--db", with_password, "status", "--period", "2023-05"});
  CHECK(r.code != 0);
  CHECK(r.out.empty());
  CHECK(r.err.find("baocao_khong_co") != std::string::npos);
  CHECK(r.err.find("MatKhau123") == std::string::npos);
  CHECK(r.err.find("FATAL") == std::string::npos);
}

}  // namespace baocao
