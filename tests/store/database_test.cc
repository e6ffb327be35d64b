#include "store/database.h"

#include <catch2/catch.hpp>

#include <chrono>
#include <cstdlib>
#include <stdexcept>
#include <filesystem>
#include <fstream>
#include <thread>

#include "core/errors.h"
#include "core/exit_codes.h"
#include "ingest/submission.h"
#include "store/sqlite_connection.h"
#include "test_support.h"

namespace baocao {
namespace {

namespace fs = std::filesystem;

TEST_CASE("A database that must exist is refused when missing, and nothing is created") {
  test::TempDir dir;
  const std::string path = dir.File("thieu/baocao.db");
  try {
    Database db(path, Database::OpenMode::kExisting);
    FAIL("no error");
  } catch (const UsageError& e) {
    CHECK(std::string(e.what()) ==
          "không tìm thấy cơ sở dữ liệu " + path +
              " (hãy nộp dữ liệu bằng `baocao submit` trước, hoặc kiểm tra --db và $BAOCAO_DB)");
  }
  CHECK_FALSE(fs::exists(path));
  CHECK_FALSE(fs::exists(dir.File("thieu")));
  CHECK_THROWS_AS(Database("", Database::OpenMode::kExisting), UsageError);
}

TEST_CASE("The default mode creates the database and its folder, which then opens as existing") {
  test::TempDir dir;
  const std::string path = dir.File("moi/baocao.db");
  { Database db(path); }
  REQUIRE(fs::exists(path));
  Database existing(path, Database::OpenMode::kExisting);
  CHECK(test::QueryInt(existing, "PRAGMA user_version") == Database::kSchemaVersion);
  Database memory(":memory:", Database::OpenMode::kExisting);  // nothing to find on disk
  CHECK(test::QueryInt(memory, "PRAGMA user_version") == Database::kSchemaVersion);
}

// The DatabaseError that an action on the database throws, translated as the CLI does.
template <typename Action>
DatabaseError FailureOf(const std::string& path, Action action) {
  try {
    action();
  } catch (const std::exception& e) {
    if (auto translated = ToDatabaseError(e, path)) return *translated;
    FAIL("not a database error: " << e.what());
  }
  FAIL("no error");
  return DatabaseError(DatabaseError::Reason::kOther, "");
}

std::string Runs(Database& db) { return test::QueryText(db, "SELECT job FROM runs ORDER BY id"); }

void AddRun(Database& db, const std::string& job) {
  db.connection().ExecuteScript("INSERT INTO runs (job, period, started_at, status) VALUES ('" + job +
                "', '2023-05', '2023-05-15 06:00:00', 'done')");
}

TEST_CASE("A file database is in WAL mode and a writer waits minutes for another one", "[database]") {
  test::TempDir dir;
  Database db(dir.File("baocao.db"));
  CHECK(test::QueryString(db, "PRAGMA journal_mode") == "wal");
  CHECK(test::QueryInt(db, "PRAGMA busy_timeout") == 10 * 60 * 1000);
  Database reader(dir.File("baocao.db"), Database::OpenMode::kExisting);
  CHECK(test::QueryString(reader, "PRAGMA journal_mode") == "wal");  // kept in the file
}

TEST_CASE("A writer waits for another writer and then succeeds, a reader is not blocked", "[database]") {
  test::TempDir dir;
  const std::string path = dir.File("baocao.db");
  Database holder(path);
  Database writer(path);
  Database reader(path, Database::OpenMode::kExisting);
  holder.connection().ExecuteScript("BEGIN IMMEDIATE");  // a submit of a million rows, in the middle of its transaction
  AddRun(holder, "submit");
  using Clock = std::chrono::steady_clock;
  const auto read_start = Clock::now();
  CHECK(Runs(reader).empty());  // the committed state, at once
  CHECK(Clock::now() - read_start < std::chrono::milliseconds(500));
  std::thread release([&holder] {
    std::this_thread::sleep_for(std::chrono::milliseconds(700));
    holder.connection().ExecuteScript("COMMIT");
  });
  const auto write_start = Clock::now();
  AddRun(writer, "run");  // waits for the commit, then writes
  const auto waited = Clock::now() - write_start;
  release.join();
  CHECK(waited >= std::chrono::milliseconds(500));
  CHECK(Runs(reader) == "submit\nrun\n");
}

TEST_CASE("A database still busy after the wait is told in Vietnamese: exit 4", "[database]") {
  test::TempDir dir;
  const std::string path = dir.File("baocao.db");
  Database holder(path);
  Database writer(path);
  holder.connection().ExecuteScript("BEGIN IMMEDIATE");
  writer.connection().ExecuteScript("PRAGMA busy_timeout = 0");  // the ten minutes, run out at once
  const DatabaseError e = FailureOf(path, [&] { AddRun(writer, "run"); });
  CHECK(e.reason() == DatabaseError::Reason::kBusy);
  CHECK(e.exit_code() == kExitLocked);
  CHECK(std::string(e.what()) ==
        "cơ sở dữ liệu " + path +
            " đang bận: một lượt nộp hoặc lượt chạy khác đang ghi vào đó và chưa xong sau 10 phút chờ; hãy chạy lại "
            "khi lượt kia kết thúc");
  holder.connection().ExecuteScript("ROLLBACK");
}

TEST_CASE("A database that cannot be written is told in Vietnamese: exit 1", "[database]") {
  test::TempDir dir;
  const std::string path = dir.File("baocao.db");
  Database db(path);
  // Tests run as root, for whom a file's mode does not forbid writing: SQLite's own read-only
  // switch gives the same error as a read-only file.
  db.connection().ExecuteScript("PRAGMA query_only = 1");
  const DatabaseError e = FailureOf(path, [&] { AddRun(db, "run"); });
  CHECK(e.reason() == DatabaseError::Reason::kReadOnly);
  CHECK(e.exit_code() == kExitFailure);
  CHECK(std::string(e.what()) == "không ghi được vào cơ sở dữ liệu " + path +
                                     ": tệp (hoặc thư mục chứa nó) chỉ cho phép đọc; hãy cấp quyền ghi cho người "
                                     "chạy baocao rồi chạy lại");
}

TEST_CASE("A full disk is told in Vietnamese and a submission leaves the database as it was", "[database]") {
  test::TempDir dir;
  const std::string path = dir.File("baocao.db");
  Database db(path);
  const std::string before = test::DumpDatabase(db);
  const int pages = test::QueryInt(db, "PRAGMA page_count");
  db.connection().ExecuteScript("PRAGMA max_page_count = " + std::to_string(pages));  // not one page more
  std::string units = "ma_don_vi,ten_don_vi,cap,ma_don_vi_cha\nT17,UBND tỉnh Hòa Bình,tinh,\n";
  for (int i = 1; i <= 2000; ++i) units += "X" + std::to_string(i) + ",UBND xã số " + std::to_string(i) + ",xa,T17\n";
  test::WriteFile(dir.File("units.csv"), units);
  SubmitRequest request;
  request.kind = SubmissionKind::kUnits;
  request.file = dir.File("units.csv");
  request.now = "2023-05-15 06:00:00";
  const DatabaseError e = FailureOf(path, [&] { Submit(db, request); });
  CHECK(e.reason() == DatabaseError::Reason::kFull);
  CHECK(e.exit_code() == kExitFailure);
  CHECK(std::string(e.what()) ==
        "đĩa đầy: không ghi được vào cơ sở dữ liệu " + path + "; hãy giải phóng dung lượng đĩa rồi chạy lại");
  CHECK(test::DumpDatabase(db) == before);
}

TEST_CASE("A file that is not a database is named, and left as it was: exit 2", "[database]") {
  test::TempDir dir;
  const std::string path = dir.File("bao_cao.xlsx");
  const std::string text(4096, 'x');
  test::WriteFile(path, text);
  for (auto mode : {Database::OpenMode::kCreate, Database::OpenMode::kExisting}) {
    try {
      Database db(path, mode);
      FAIL("no error");
    } catch (const DatabaseError& e) {
      CHECK(e.reason() == DatabaseError::Reason::kNotADatabase);
      CHECK(e.exit_code() == kExitUsage);
      CHECK(std::string(e.what()) ==
            "tệp " + path + " không phải là cơ sở dữ liệu của baocao; hãy kiểm tra --db và $BAOCAO_DB");
    }
  }
  CHECK(test::ReadFile(path) == text);
  CHECK(std::distance(fs::directory_iterator(dir.path()), fs::directory_iterator()) == 1);  // no -wal, no -shm
}

TEST_CASE("A damaged database is told in Vietnamese: exit 1", "[database]") {
  test::TempDir dir;
  const std::string path = dir.File("baocao.db");
  {
    Database db(path);
    SubmitRequest request;
    request.kind = SubmissionKind::kUnits;
    request.file = test::Fixture("sample/units.csv");
    request.now = "2023-05-15 06:00:00";
    Submit(db, request);
  }  // the last connection checkpoints the WAL into the file
  // Every page after the first overwritten: the schema is readable, the tables are not.
  std::string bytes = test::ReadFile(path);
  REQUIRE(bytes.size() > 8192);
  for (size_t i = 4096; i < bytes.size(); ++i) bytes[i] = static_cast<char>(0xA5);
  test::WriteFile(path, bytes);
  const DatabaseError e = FailureOf(path, [&] {
    Database db(path, Database::OpenMode::kExisting);
    test::QueryText(db, "SELECT COUNT(*) FROM units");
  });
  CHECK(e.reason() == DatabaseError::Reason::kCorrupt);
  CHECK(e.exit_code() == kExitFailure);
  CHECK(std::string(e.what()) == "cơ sở dữ liệu " + path +
                                     " bị hỏng; hãy giữ lại tệp hỏng, khôi phục tệp từ bản sao lưu gần nhất rồi nộp "
                                     "lại các tệp đã nộp sau bản sao lưu đó");
}

TEST_CASE("A PostgreSQL URL is not a file: no folder is made, and its password is never shown", "[database]") {
  const std::string url = "postgresql://baocao:bi_mat@127.0.0.1:1/baocao";
  for (auto mode : {Database::OpenMode::kCreate, Database::OpenMode::kExisting}) {
    try {
      Database db(url, mode);
      FAIL("no error");
    } catch (const UsageError& e) {  // a build without PostgreSQL
      CHECK(std::string(e.what()).rfind("Bản dựng này chưa hỗ trợ PostgreSQL", 0) == 0);
      CHECK(std::string(e.what()).find("bi_mat") == std::string::npos);
    } catch (const DatabaseError& e) {  // with PostgreSQL: nothing listens on port 1
      CHECK(e.reason() == DatabaseError::Reason::kCannotOpen);
      CHECK(std::string(e.what()).find("bi_mat") == std::string::npos);
    }
  }
  CHECK_FALSE(fs::exists("postgresql:"));
  const DatabaseError busy = *ToDatabaseError(SqlError("55P03", "lock timeout"), url);
  CHECK(busy.reason() == DatabaseError::Reason::kBusy);
  CHECK(std::string(busy.what()).find("postgresql://baocao@127.0.0.1:1/baocao đang bận") != std::string::npos);
  CHECK(std::string(busy.what()).find("bi_mat") == std::string::npos);
  const DatabaseError other = *ToDatabaseError(SqlError("2067", "UNIQUE constraint failed: t.x"), "data/baocao.db");
  CHECK(std::string(other.what()) == "lỗi khi dùng cơ sở dữ liệu data/baocao.db (mã lỗi SQLite 2067); hãy báo cho người quản trị");
  CHECK_FALSE(ToDatabaseError(std::runtime_error("x"), url));
}

TEST_CASE("$BAOCAO_DB may hold a PostgreSQL URL, passed as it is", "[database]") {
  const char* saved = std::getenv("BAOCAO_DB");
  const std::string before = saved != nullptr ? saved : "";
  setenv("BAOCAO_DB", "postgres://baocao@db.local/baocao?sslmode=require", 1);
  CHECK(DefaultDatabasePath() == "postgres://baocao@db.local/baocao?sslmode=require");
  CHECK(IsPostgresUrl(DefaultDatabasePath()));
  CHECK_FALSE(IsPostgresUrl("data/postgresql://x"));
  if (saved != nullptr) setenv("BAOCAO_DB", before.c_str(), 1);
  else unsetenv("BAOCAO_DB");
}

}  // namespace
}  // namespace baocao

namespace baocao {

// The first column of the first row of a query on a raw connection (an old file, before Database opens it).
int64_t Int(SqlConnection& db, const std::string& sql) {
  auto q = db.Prepare(sql);
  return q->Step() ? q->GetInt(0) : 0;
}

TEST_CASE("A database of an older release (schema 2) opens and gains units.retired_from, submissions.sheet and the account tables, rows kept") {
  test::TempDir dir;
  const std::string path = dir.File("v2.db");
  {
    SqliteConnection old(path, /*create=*/true);
    old.ExecuteScript(test::ReadFile(test::Fixture("store/schema_v2.sql")));
    REQUIRE(Int(old, "PRAGMA user_version") == 2);
  }
  Database db(path, Database::OpenMode::kExisting);
  CHECK(test::QueryInt(db, "PRAGMA user_version") == Database::kSchemaVersion);
  CHECK(test::QueryInt(db, "SELECT COUNT(*) FROM units WHERE retired_from IS NULL") == 3);
  CHECK(test::QueryText(db, "SELECT COUNT(*) FROM accounts UNION ALL SELECT COUNT(*) FROM audit_log") == "0\n0\n");
  CHECK(test::QueryInt(db, "SELECT COUNT(*) FROM pragma_table_info('submissions') WHERE name = 'sheet'") == 1);
  CHECK(test::QueryString(db, "SELECT ten_don_vi FROM units WHERE ma_don_vi = 'X0101'") ==
        "UBND phường Phương Lâm");
}

}  // namespace baocao

namespace baocao {

// The columns of a table as `name type notnull`, in order.
std::string ColumnsOf(Database& db, const std::string& table) {
  return test::QueryText(db, "SELECT name, type, \"notnull\" FROM pragma_table_info('" + table + "') ORDER BY cid");
}

TEST_CASE("A database of schema 4 opens as the current schema: accounts and audit_log added, rows kept, the file read as before") {
  test::TempDir dir;
  const std::string path = dir.File("v4.db");
  {
    SqliteConnection old(path, /*create=*/true);
    old.ExecuteScript(test::ReadFile(test::Fixture("store/schema_v4.sql")));
    REQUIRE(Int(old, "PRAGMA user_version") == 4);
    REQUIRE(Int(old, "SELECT COUNT(*) FROM sqlite_master WHERE name = 'accounts'") == 0);
  }
  Database db(path, Database::OpenMode::kExisting);
  CHECK(test::QueryInt(db, "PRAGMA user_version") == Database::kSchemaVersion);
  CHECK(ColumnsOf(db, "accounts") ==
        "id|INTEGER|0\nlogin|TEXT|1\nrole|TEXT|1\nma_don_vi|TEXT|0\npassword_hash|TEXT|1\n"
        "must_change_password|INTEGER|1\ndisabled|INTEGER|1\ncreated_at|TEXT|1\nfailed_logins|INTEGER|1\n"
        "locked_until|TEXT|0\n");
  CHECK(ColumnsOf(db, "audit_log") ==
        "id|INTEGER|0\nat|TEXT|1\naccount|TEXT|1\naddress|TEXT|1\naction|TEXT|1\ndetail|TEXT|1\n");
  CHECK(test::QueryText(db, "SELECT ma_don_vi, COALESCE(retired_from, '') FROM units ORDER BY ordinal") ==
        "T17|\nH01|\nX0101|\nX0102|2025-07\n");
  CHECK(test::QueryText(db, "SELECT id, file_name, sheet FROM submissions") == "1|units.xlsx|Đơn vị\n");
  CHECK(test::QueryText(db, "SELECT COUNT(*) FROM accounts UNION ALL SELECT COUNT(*) FROM audit_log") == "0\n0\n");
  // A fresh database has the same two tables as the upgraded one.
  Database fresh(":memory:");
  CHECK(ColumnsOf(fresh, "accounts") == ColumnsOf(db, "accounts"));
  CHECK(ColumnsOf(fresh, "audit_log") == ColumnsOf(db, "audit_log"));
}

TEST_CASE("A database of schema 5 opens as the current schema: the 766 columns and petitions added empty, rows kept") {
  test::TempDir dir;
  const std::string path = dir.File("v5.db");
  {
    SqliteConnection old(path, /*create=*/true);
    old.ExecuteScript(test::ReadFile(test::Fixture("store/schema_v5.sql")));
    REQUIRE(Int(old, "PRAGMA user_version") == 5);
  }
  Database db(path, Database::OpenMode::kExisting);
  CHECK(test::QueryInt(db, "PRAGMA user_version") == Database::kSchemaVersion);
  // The old rows are there, their new facts unknown (NULL: "không có dữ liệu", never 0).
  CHECK(test::QueryText(db, "SELECT ma_ho_so, trang_thai, phi_le_phi, COALESCE(dong_bo_dvcqg, 'null'), "
                            "COALESCE(ban_sao_dien_tu, 'null') FROM dossiers") ==
        "HS-0001|da_tra_ket_qua|8000|null|null\n");
  CHECK(test::QueryText(db, "SELECT ma_tthc, COALESCE(ngay_hieu_luc, 'null'), COALESCE(cong_khai_day_du, 'null') "
                            "FROM procedures") == "1.001612|null|null\n");
  CHECK(test::QueryText(db, "SELECT COUNT(*) FROM petitions") == "0\n");
  // The upgraded tables have the columns a fresh database has, in the same order.
  Database fresh(":memory:");
  for (const char* table : {"dossiers", "procedures", "petitions", "units", "submissions"})
    CHECK(ColumnsOf(fresh, table) == ColumnsOf(db, table));
  // And the new columns take values: the upgraded file is written like a fresh one.
  db.connection().ExecuteScript("UPDATE dossiers SET dong_bo_dvcqg = 1");
  CHECK(test::QueryText(db, "SELECT dong_bo_dvcqg FROM dossiers") == "1\n");
}

TEST_CASE("A database of schema 6 opens as the current schema: approvals and approved_figures added empty, rows kept") {
  test::TempDir dir;
  const std::string path = dir.File("v6.db");
  {
    SqliteConnection old(path, /*create=*/true);
    old.ExecuteScript(test::ReadFile(test::Fixture("store/schema_v6.sql")));
    REQUIRE(Int(old, "PRAGMA user_version") == 6);
  }
  Database db(path, Database::OpenMode::kExisting);
  CHECK(test::QueryInt(db, "PRAGMA user_version") == Database::kSchemaVersion);
  CHECK(test::QueryText(db, "SELECT ma_don_vi, ten_don_vi FROM units") == "000.00.00.H01|UBND tỉnh Hòa Bình\n");
  CHECK(test::QueryText(db, "SELECT action, detail FROM audit_log") == "account_created|tài khoản admin\n");
  CHECK(test::QueryText(db, "SELECT COUNT(*) FROM approvals UNION ALL SELECT COUNT(*) FROM approved_figures") ==
        "0\n0\n");
  Database fresh(":memory:");
  for (const char* table : {"approvals", "approved_figures", "units", "submissions", "audit_log"})
    CHECK(ColumnsOf(fresh, table) == ColumnsOf(db, table));
  CHECK(test::QueryText(db, "SELECT group_concat(name) FROM pragma_table_info('approvals')") ==
        "id,period,ma_don_vi,approved_by,approved_at,withdrawn_by,withdrawn_at,withdraw_reason,catalog\n");
}

TEST_CASE("A database of schema 7 opens as schema 8: dossiers rebuilt as a rowid table, rows and key kept",
          "[database]") {
  test::TempDir dir;
  const std::string path = dir.File("v7.db");
  {
    SqliteConnection old(path, /*create=*/true);
    old.ExecuteScript(test::ReadFile(test::Fixture("store/schema_v7.sql")));
    REQUIRE(Int(old, "PRAGMA user_version") == 7);
  }
  Database db(path, Database::OpenMode::kExisting);
  CHECK(test::QueryInt(db, "PRAGMA user_version") == 8);
  CHECK(test::QueryText(db, "SELECT instr(sql, 'WITHOUT ROWID') FROM sqlite_schema WHERE name = 'dossiers'") == "0\n");
  CHECK(test::QueryText(db, "SELECT COUNT(*) FROM sqlite_schema WHERE name = 'dossiers_before_v8'") == "0\n");
  CHECK(test::QueryInt(db, "PRAGMA freelist_count") == 0);  // the old table's pages given back (VACUUM)
  // Every row and value kept, numbered in key order.
  CHECK(test::QueryText(db, "SELECT rowid, ma_ho_so, received_at, finished_day, trang_thai, phi_le_phi, "
                            "COALESCE(dong_bo_dvcqg, 'null'), COALESCE(ban_sao_dien_tu, 'null'), submission_id, "
                            "source_row FROM dossiers ORDER BY rowid") ==
        "1|X01-230502-0001|2023-05-02 08:30:00|19485|da_tra_ket_qua|50000|1|0|1|2\n"
        "2|X01-230503-0002|2023-05-03 08:30:00|NULL|dang_xu_ly|0|null|null|1|3\n");
  Database fresh(":memory:");
  CHECK(ColumnsOf(fresh, "dossiers") == ColumnsOf(db, "dossiers"));
  CHECK(test::QueryText(db, "SELECT sql FROM sqlite_schema WHERE name = 'dossiers'") ==
        test::QueryText(fresh, "SELECT sql FROM sqlite_schema WHERE name = 'dossiers'"));
  // ma_ho_so is still the key: a second row with it is refused, and an upsert finds the first.
  CHECK_THROWS_AS(db.connection().ExecuteScript("INSERT INTO dossiers SELECT * FROM dossiers WHERE rowid = 1"),
                  SqlError);
  db.connection().ExecuteScript(
      "INSERT INTO dossiers SELECT * FROM dossiers WHERE rowid = 2 ON CONFLICT(ma_ho_so) DO UPDATE SET source_row = 9");
  CHECK(test::QueryText(db, "SELECT COUNT(*), SUM(source_row) FROM dossiers") == "2|11\n");
}

TEST_CASE("A new file has 16 KiB pages, a file with 4 KiB pages keeps them, both checkpoint every 256 MiB",
          "[database]") {
  test::TempDir dir;
  {
    Database db(dir.File("new.db"));
    CHECK(test::QueryInt(db, "PRAGMA page_size") == 16384);
    CHECK(test::QueryInt(db, "PRAGMA cache_size") == -65536);
    CHECK(dynamic_cast<SqliteConnection&>(db.connection()).checkpoint_frames() == 16384);
    CHECK(test::QueryInt(db, "PRAGMA wal_autocheckpoint") == 0);  // not SQLite's, inside the commit
  }
  Database again(dir.File("new.db"));
  CHECK(test::QueryInt(again, "PRAGMA page_size") == 16384);
  const std::string path = dir.File("v6.db");
  {
    SqliteConnection old(path, /*create=*/true);  // SQLite's default page size, as before issue 15
    old.ExecuteScript(test::ReadFile(test::Fixture("store/schema_v6.sql")));
    REQUIRE(Int(old, "PRAGMA page_size") == 4096);
  }
  Database db(path);
  CHECK(test::QueryInt(db, "PRAGMA page_size") == 4096);
  CHECK(dynamic_cast<SqliteConnection&>(db.connection()).checkpoint_frames() == 65536);
  CHECK(test::QueryText(db, "SELECT ma_don_vi FROM units") == "000.00.00.H01\n");
}

TEST_CASE("A database of a newer schema than 8 is refused in Vietnamese, untouched") {
  test::TempDir dir;
  const std::string path = dir.File("v9.db");
  {
    SqliteConnection newer(path, /*create=*/true);
    newer.ExecuteScript("CREATE TABLE future (x); PRAGMA user_version = 9");
  }
  try {
    Database db(path, Database::OpenMode::kExisting);
    FAIL("no error");
  } catch (const Error& e) {
    CHECK(std::string(e.what()) == "Cơ sở dữ liệu " + path + " thuộc phiên bản mới hơn (9); hãy cập nhật baocao.");
  }
  SqliteConnection after(path, /*create=*/false);
  CHECK(Int(after, "SELECT COUNT(*) FROM sqlite_master WHERE name = 'accounts'") == 0);
}

}  // namespace baocao
