#include "store/database.h"

#include <catch2/catch.hpp>

#include <filesystem>

#include "core/errors.h"
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
  CHECK(existing.sql().execAndGet("PRAGMA user_version").getInt() == Database::kSchemaVersion);
  Database memory(":memory:", Database::OpenMode::kExisting);  // nothing to find on disk
  CHECK(memory.sql().execAndGet("PRAGMA user_version").getInt() == Database::kSchemaVersion);
}

}  // namespace
}  // namespace baocao

namespace baocao {

TEST_CASE("A database of the previous release (schema 2) opens and gains units.retired_from, rows kept") {
  test::TempDir dir;
  const std::string path = dir.File("v2.db");
  {
    SQLite::Database old(path, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    old.exec(test::ReadFile(test::Fixture("store/schema_v2.sql")));
    REQUIRE(old.execAndGet("PRAGMA user_version").getInt() == 2);
  }
  Database db(path, Database::OpenMode::kExisting);
  CHECK(db.sql().execAndGet("PRAGMA user_version").getInt() == 3);
  CHECK(db.sql().execAndGet("SELECT COUNT(*) FROM units WHERE retired_from IS NULL").getInt() == 3);
  CHECK(db.sql().execAndGet("SELECT ten_don_vi FROM units WHERE ma_don_vi = 'X0101'").getString() ==
        "UBND phường Phương Lâm");
}

}  // namespace baocao
