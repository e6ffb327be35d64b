#include "store/backend_database.h"
#include "store/run_store.h"

#include <catch2/catch.hpp>

#include "store/database.h"
#include "test_support.h"

namespace baocao {
namespace {

TEST_CASE("Runs are inserted, finished with their artifacts, and listed newest first", "[store][runs]") {
  test::BackendDatabase backend;
  Database& db = backend.db();
  RunStore store(db);
  const int64_t first = store.InsertRun("thang", "2023-05", "2023-06-05 07:00:00", "running");
  const int64_t second = store.InsertRun("thang", "2023-06", "2023-07-05 07:00:00", "running");
  store.InsertRun("nam", "2023", "2023-07-05 08:00:00", "running");
  CHECK(first == 1);
  CHECK(second == 2);
  store.FinishRun(first, "2023-06-05 07:01:00", "done", 0, "xong", {{"/o/a.pdf", "aa", 10}, {"/o/a.xlsx", "bb", 20}});
  CHECK(store.ReplaceStatus("thang", "running", "interrupted", "2023-07-05 07:30:00", "bị ngắt") == 1);

  const auto runs = store.LastRuns(2);
  REQUIRE(runs.size() == 2);
  CHECK(runs[0].job == "nam");
  CHECK(runs[0].ended_at.empty());
  CHECK_FALSE(runs[0].exit_code.has_value());
  CHECK(runs[1].id == 2);
  CHECK(runs[1].status == "interrupted");
  CHECK(runs[1].ended_at == "2023-07-05 07:30:00");
  CHECK(runs[1].message == "bị ngắt");
  CHECK(store.LastRuns(3)[2].exit_code == std::optional<int>(0));

  const auto artifacts = store.ArtifactsOf(first);
  REQUIRE(artifacts.size() == 2);
  CHECK(artifacts[1].path == "/o/a.xlsx");
  CHECK(artifacts[1].sha256 == "bb");
  CHECK(artifacts[1].bytes == 20);
  const auto files = store.FilesOf(first);
  REQUIRE(files.size() == 2);
  CHECK(files[0].id == 1);
  CHECK(files[0].period == "2023-05");
  const auto found = store.FindFile(2);
  REQUIRE(found.has_value());
  CHECK(found->job == "thang");
  CHECK(found->artifact.path == "/o/a.xlsx");
  CHECK_FALSE(store.FindFile(3).has_value());
}

TEST_CASE("Inbox files keep empty names and no submission as NULL and read back in order", "[store][runs]") {
  test::BackendDatabase backend;
  Database& db = backend.db();
  RunStore store(db);
  StoredInboxFile bad;
  bad.file_name = "x.csv";
  bad.outcome = "bad_name";
  bad.submitted_at = "2023-06-05 07:00:00";
  bad.reason = "tên tệp sai";
  bad.moved_to = "/r/x.csv";
  StoredInboxFile good = bad;
  good.file_name = "H01_2023-05_dossiers.csv";
  good.kind = "dossiers";
  good.unit = "H01";
  good.period = "2023-05";
  good.outcome = "accepted";
  good.submission_id = 7;
  good.rows_total = 3;
  good.rows_accepted = 2;
  good.rows_rejected = 1;
  good.errors = 1;
  store.InsertInboxFile(1, "2023-05", bad);
  store.InsertInboxFile(1, "2023-05", good);
  store.InsertInboxFile(2, "2023-06", good);
  CHECK(test::QueryText(db, "SELECT kind IS NULL, ma_don_vi IS NULL, period IS NULL, submission_id IS NULL "
                            "FROM inbox_files ORDER BY rowid") == "1|1|1|1\n0|0|0|0\n0|0|0|0\n");
  const auto files = store.InboxFilesOf("2023-05");
  REQUIRE(files.size() == 2);
  CHECK(files[0].kind.empty());
  CHECK(files[0].submission_id == 0);
  CHECK(files[0].reason == "tên tệp sai");
  CHECK(files[1].unit == "H01");
  CHECK(files[1].submission_id == 7);
  CHECK(files[1].rows_rejected == 1);
  CHECK(files[1].errors == 1);
  CHECK(files[1].moved_to == "/r/x.csv");
}

}  // namespace
}  // namespace baocao
