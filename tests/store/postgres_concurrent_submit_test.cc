// Writers at the same moment on PostgreSQL (the portal's uploads): seventeen submissions (six units, three months), each on its
// own connection in its own thread, all go in — writers queue on the transaction's advisory lock as
// they queue on SQLite's write lock — and the figures are those of the same files submitted one by
// one into SQLite.
#include <catch2/catch.hpp>

#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "core/period.h"
#include "generators/json_writer.h"
#include "indicators/indicators.h"
#include "ingest/submission.h"
#include "sample_province_fixture.h"
#include "store/database.h"
#include "store/postgres_test_database.h"
#include "test_support.h"

namespace baocao {
namespace {

std::vector<SubmitRequest> DossierFiles() {
  std::vector<SubmitRequest> files;
  for (const char* unit : {"T17", "S01", "S02", "H01", "H02", "H03"})
    for (const char* month : {"2023-04", "2023-05", "2023-06"}) {
      const std::string name = std::string("dossiers_") + unit + "_" + month + ".csv";
      if (std::string(unit) == "H03" && std::string(month) == "2023-06") continue;  // H03 did not report June
      SubmitRequest r;
      r.file = test::Fixture("sample/" + name);
      r.unit = unit;
      r.period = month;
      files.push_back(r);
    }
  return files;
}

}  // namespace

TEST_CASE("PostgreSQL: seventeen submissions at once all go in, with the figures of one-by-one submissions", "[postgres][concurrency]") {
  test::PostgresTestDatabase pg;
  {
    Database db(pg.url());
    test::SubmitSampleCatalogs(db);
  }
  const std::vector<SubmitRequest> files = DossierFiles();
  REQUIRE(files.size() == 17);
  std::mutex mutex;
  std::vector<std::string> failures;
  int accepted = 0;
  std::vector<std::thread> threads;
  for (const SubmitRequest& request : files)
    threads.emplace_back([&, request] {
      try {
        Database db(pg.url());  // a connection of its own, as each portal request has
        const Receipt receipt = Submit(db, request);
        std::lock_guard<std::mutex> lock(mutex);
        if (receipt.outcome == SubmitOutcome::kAccepted) ++accepted;
        else failures.push_back(request.file + ": " + receipt.Text());
      } catch (const std::exception& e) {
        std::lock_guard<std::mutex> lock(mutex);
        failures.push_back(request.file + ": " + e.what());
      }
    });
  for (std::thread& t : threads) t.join();
  CHECK(failures.empty());
  for (const auto& f : failures) INFO(f);
  CHECK(accepted == 17);

  Database sqlite(":memory:");
  test::SubmitSampleCatalogs(sqlite);
  for (const SubmitRequest& request : files) REQUIRE(Submit(sqlite, request).outcome == SubmitOutcome::kAccepted);
  Database postgres(pg.url());
  for (const char* label : {"2023-04", "2023-05", "2023-06", "2023-Q2"})
    for (const char* form : {"tthc", "dvc"}) {
      INFO(form << " " << label);
      CHECK(ToJson(ComputeReport(postgres, form, ParsePeriod(label))) ==
            ToJson(ComputeReport(sqlite, form, ParsePeriod(label))));
    }
  // The province's May: fixtures/sample/README.md's headline figures.
  const Report may = ComputeReport(postgres, "tthc", ParsePeriod("2023-05"));
  CHECK(may.root_row().values.at("carried_over") == Value::Count(4));
  CHECK(may.root_row().values.at("new_total") == Value::Count(12));
  CHECK(may.root_row().values.at("resolved_total") == Value::Count(10));
  CHECK(may.root_row().values.at("returned") == Value::Count(2));
}

}  // namespace baocao
