#include "store/postgres_connection.h"

#include <catch2/catch.hpp>

#include <cstdint>
#include <limits>
#include <string>
#include <thread>
#include <vector>

#include "core/errors.h"
#include "postgres_test_database.h"
#include "store/postgres_database.h"
#include "store/postgres_errors.h"
#include "store/postgres_schema.h"

namespace baocao {
namespace {

std::unique_ptr<PostgresConnection> Connect(const test::PostgresTestDatabase& db) {
  return PostgresConnection::Open(db.url());
}

int64_t CountOf(SqlConnection& c, const std::string& sql) {
  auto s = c.Prepare(sql);
  REQUIRE(s->Step());
  return s->GetInt(0);
}

TEST_CASE("Placeholders ? and ?N become $N, left to right, outside quotes and comments") {
  int count = 0;
  CHECK(ToPostgresPlaceholders("SELECT a FROM t WHERE b = ? AND c = ?", &count) ==
        "SELECT a FROM t WHERE b = $1 AND c = $2");
  CHECK(count == 2);
  CHECK(ToPostgresPlaceholders("UPDATE t SET a = ?2 WHERE b = ?1 OR c = ?1", &count) ==
        "UPDATE t SET a = $2 WHERE b = $1 OR c = $1");
  CHECK(count == 2);
  // As SQLite: a bare ? is one more than the largest number so far.
  CHECK(ToPostgresPlaceholders("VALUES (?3, ?, ?1, ?)", &count) == "VALUES ($3, $4, $1, $5)");
  CHECK(count == 5);
  CHECK(ToPostgresPlaceholders("SELECT '?', 'it''s ?', \"col?\", ? -- what?\n, ? /* ?2 */", &count) ==
        "SELECT '?', 'it''s ?', \"col?\", $1 -- what?\n, $2 /* ?2 */");
  CHECK(count == 2);
  CHECK(ToPostgresPlaceholders("SELECT 1", &count) == "SELECT 1");
  CHECK(count == 0);
}

TEST_CASE("The URL shown to an officer has no password") {
  CHECK(ShownPostgresUrl("postgresql://baocao:bi-mat@db.tinh.vn:5433/baocao") ==
        "postgresql://baocao@db.tinh.vn:5433/baocao");
  CHECK(ShownPostgresUrl("postgresql://baocao@/baocao?host=/run/postgresql&password=bi-mat") ==
        "postgresql://baocao@/baocao?host=/run/postgresql");
  CHECK(ShownPostgresUrl("host=db.tinh.vn port=5432 dbname=baocao user=u password=bi-mat") ==
        "postgresql://u@db.tinh.vn:5432/baocao");
  CHECK(ShownPostgresUrl("postgresql://[") == "(địa chỉ PostgreSQL không hợp lệ)");
}

TEST_CASE("A server that cannot be reached gives a Vietnamese error without the password") {
  const std::string url = "postgresql://baocao:bi-mat@/baocao?host=/khong-co/thu-muc&port=5432";
  try {
    PostgresConnection::Open(url);
    FAIL("no error");
  } catch (const DatabaseError& e) {
    CHECK(e.reason() == DatabaseError::Reason::kCannotOpen);
    CHECK(std::string(e.what()) ==
          "không kết nối được tới máy chủ PostgreSQL postgresql://baocao@/baocao?host=/khong-co/thu-muc&port=5432: "
          "máy chủ không chạy hoặc không tới được; hãy kiểm tra địa chỉ (--db, $BAOCAO_DB), rằng máy chủ đang chạy "
          "và mạng tới nó, rồi chạy lại");
  }
  try {
    OpenPostgresDatabase("postgresql://baocao:bi-mat@127.0.0.1:1/baocao", Database::OpenMode::kCreate);
    FAIL("no error");
  } catch (const DatabaseError& e) {
    const std::string message = e.what();
    CHECK(message.rfind("không kết nối được tới máy chủ PostgreSQL postgresql://baocao@127.0.0.1:1/baocao: ", 0) == 0);
    CHECK(message.find("bi-mat") == std::string::npos);
  }
}

TEST_CASE("SQLSTATEs become Vietnamese database errors") {
  const std::string url = "postgresql://u@h:5432/baocao";
  CHECK(PostgresDatabaseError(SqlError("40P01", "deadlock detected"), url).reason() ==
        DatabaseError::Reason::kBusy);
  CHECK(PostgresDatabaseError(SqlError("53100", "could not extend file"), url).reason() ==
        DatabaseError::Reason::kFull);
  CHECK(PostgresDatabaseError(SqlError("42501", "permission denied for table units"), url).reason() ==
        DatabaseError::Reason::kReadOnly);
  CHECK(std::string(PostgresDatabaseError(SqlError("23505", "duplicate key"), url).what()) ==
        "dữ liệu trùng với một dòng đã có trong cơ sở dữ liệu PostgreSQL postgresql://u@h:5432/baocao (mã lỗi "
        "PostgreSQL 23505); không có gì được ghi; hãy báo cho người quản trị");
  CHECK(std::string(PostgresConnectError("FATAL:  database \"x\" does not exist\n", url).what()) ==
        "không có cơ sở dữ liệu này trên máy chủ PostgreSQL postgresql://u@h:5432/baocao; hãy kiểm tra tên cơ sở dữ "
        "liệu trong địa chỉ (--db, $BAOCAO_DB), hoặc nhờ người quản trị tạo nó (CREATE DATABASE)");
  CHECK(PostgresConnectError("FATAL:  password authentication failed for user \"u\"\n", url).reason() ==
        DatabaseError::Reason::kCannotOpen);
  CHECK(PostgresConnectError("FATAL:  sorry, too many clients already\n", url).reason() ==
        DatabaseError::Reason::kBusy);
}

TEST_CASE("PostgreSQL: a database that does not exist on the server is named in Vietnamese", "[postgres]") {
  const std::string url = test::WithDatabase(test::PostgresTestUrl(), "baocao_khong_co");
  try {
    PostgresConnection::Open(url);
    FAIL("no error");
  } catch (const DatabaseError& e) {
    CHECK(std::string(e.what()).rfind("không có cơ sở dữ liệu này trên máy chủ PostgreSQL postgresql://", 0) == 0);
  }
}

TEST_CASE("PostgreSQL: parameters, NULLs and Vietnamese texts round trip", "[postgres]") {
  test::PostgresTestDatabase db;
  auto c = Connect(db);
  c->ExecuteScript("CREATE TABLE t (i BIGINT, d DOUBLE PRECISION, s TEXT COLLATE \"C\", b BOOLEAN)");
  auto insert = c->Prepare("INSERT INTO t (i, d, s, b) VALUES (?, ?, ?, ?)");
  const std::string vietnamese = "Ủy ban nhân dân xã Đắk Nông — hồ sơ “trễ hạn” ✓";
  BindAll(*insert, int64_t{std::numeric_limits<int64_t>::max()}, 0.1, vietnamese, true);
  CHECK(insert->Execute() == 1);
  insert->Reset();
  BindAll(*insert, int64_t{std::numeric_limits<int64_t>::min()}, -2.5e-300, std::string_view("?"), false);
  CHECK(insert->Execute() == 1);
  insert->Reset();  // every parameter NULL
  CHECK(insert->Execute() == 1);

  auto select = c->Prepare("SELECT i, d, s, b, '?' || COALESCE(s, 'x') FROM t ORDER BY i NULLS FIRST");
  REQUIRE(select->Step());
  for (int column = 0; column < 4; ++column) CHECK(select->IsNull(column));
  CHECK(select->GetInt(0) == 0);
  CHECK(select->GetDouble(1) == 0.0);
  CHECK(select->GetText(2) == "");
  CHECK(select->GetInt(3) == 0);
  CHECK(select->GetString(4) == "?x");
  REQUIRE(select->Step());
  CHECK(select->GetInt(0) == std::numeric_limits<int64_t>::min());
  CHECK(select->GetDouble(1) == -2.5e-300);
  CHECK(select->GetString(2) == "?");
  CHECK(select->GetInt(3) == 0);
  REQUIRE(select->Step());
  CHECK(select->GetInt(0) == std::numeric_limits<int64_t>::max());
  CHECK(select->GetDouble(1) == 0.1);
  CHECK(select->GetString(2) == vietnamese);
  CHECK(select->GetInt(3) == 1);
  CHECK(select->GetString(4) == "?" + vietnamese);
  CHECK_FALSE(select->Step());
  CHECK_FALSE(select->Step());

  auto numbered = c->Prepare("SELECT ?2 || ?1 || ?2, ? + 1");
  BindAll(*numbered, "a", "b", 41);
  REQUIRE(numbered->Step());
  CHECK(numbered->GetString(0) == "bab");
  CHECK(numbered->GetInt(1) == 42);
}

TEST_CASE("PostgreSQL: Execute counts the rows changed, RETURNING gives the new id", "[postgres]") {
  test::PostgresTestDatabase db;
  auto c = Connect(db);
  c->ExecuteScript(
      "CREATE TABLE t (id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, k TEXT COLLATE \"C\" UNIQUE);"
      "INSERT INTO t (k) VALUES ('a'), ('b'), ('c');");
  auto insert = c->Prepare("INSERT INTO t (k) VALUES (?) ON CONFLICT(k) DO NOTHING RETURNING id");
  BindAll(*insert, "d");
  REQUIRE(insert->Step());
  CHECK(insert->GetInt(0) == 4);
  CHECK_FALSE(insert->Step());
  insert->Reset();
  BindAll(*insert, "a");
  CHECK_FALSE(insert->Step());  // a conflict: no row, no id
  insert->Reset();
  BindAll(*insert, "e");
  CHECK(insert->Execute() == 1);

  auto update = c->Prepare("UPDATE t SET k = k || '!' WHERE id <= ?");
  BindAll(*update, 3);
  CHECK(update->Execute() == 3);
  auto remove = c->Prepare("DELETE FROM t WHERE k = ?");
  BindAll(*remove, "khong-co");
  CHECK(remove->Execute() == 0);
  CHECK(CountOf(*c, "SELECT COUNT(*) FROM t") == 5);
}

TEST_CASE("PostgreSQL: 200000 rows stream through Step, and Reset stops mid-stream", "[postgres]") {
  test::PostgresTestDatabase db;
  auto c = Connect(db);
  auto rows = c->Prepare("SELECT g, 'dòng ' || g FROM generate_series(1, ?) AS g ORDER BY g");
  BindAll(*rows, 200000);
  int64_t count = 0;
  int64_t sum = 0;
  while (rows->Step()) {
    ++count;
    sum += rows->GetInt(0);
    if (count == 123456) CHECK(rows->GetString(1) == "dòng 123456");
  }
  CHECK(count == 200000);
  CHECK(sum == int64_t{200000} * 200001 / 2);

  rows->Reset();
  BindAll(*rows, 200000);
  for (int i = 0; i < 10; ++i) REQUIRE(rows->Step());
  CHECK(rows->GetInt(0) == 10);
  rows->Reset();  // the rest is dropped: the connection is free again
  CHECK(CountOf(*c, "SELECT 7") == 7);
  BindAll(*rows, 3);
  REQUIRE(rows->Step());
  CHECK(rows->GetInt(0) == 1);
  rows->Reset();
}

TEST_CASE("PostgreSQL: a statement run while another streams leaves the first its rows", "[postgres]") {
  test::PostgresTestDatabase db;
  auto c = Connect(db);
  c->ExecuteScript("CREATE TABLE t (k BIGINT PRIMARY KEY, v BIGINT NOT NULL)");
  auto insert = c->Prepare("INSERT INTO t (k, v) VALUES (?, ?)");
  auto outer = c->Prepare("SELECT g FROM generate_series(1, 5) AS g ORDER BY g");
  std::vector<int64_t> seen;
  while (outer->Step()) {
    const int64_t g = outer->GetInt(0);
    seen.push_back(g);
    BindAll(*insert, g, g * 10);
    CHECK(insert->Execute() == 1);
    insert->Reset();
  }
  CHECK(seen == std::vector<int64_t>{1, 2, 3, 4, 5});
  CHECK(CountOf(*c, "SELECT SUM(v) FROM t") == 150);
}

TEST_CASE("PostgreSQL: a unique violation is a SqlError with its SQLSTATE", "[postgres]") {
  test::PostgresTestDatabase db;
  auto c = Connect(db);
  c->ExecuteScript("CREATE TABLE t (k TEXT COLLATE \"C\" PRIMARY KEY)");
  auto insert = c->Prepare("INSERT INTO t (k) VALUES (?)");
  BindAll(*insert, "a");
  insert->Execute();
  insert->Reset();
  BindAll(*insert, "a");
  try {
    insert->Execute();
    FAIL("no error");
  } catch (const SqlError& e) {
    CHECK(e.code() == "23505");
  }
  try {
    c->Prepare("SELECT * FROM khong_co_bang");
    FAIL("no error");
  } catch (const SqlError& e) {
    CHECK(e.code() == "42P01");
  }
  auto failing = c->Prepare("SELECT 1 / (g - 3) FROM generate_series(1, 5) AS g");
  REQUIRE(failing->Step());
  REQUIRE(failing->Step());
  try {
    failing->Step();
    FAIL("no error");
  } catch (const SqlError& e) {
    CHECK(e.code() == "22012");
  }
  CHECK(CountOf(*c, "SELECT COUNT(*) FROM t") == 1);  // the connection is usable again
}

TEST_CASE("PostgreSQL: BeginWrite, Rollback and Commit", "[postgres]") {
  test::PostgresTestDatabase db;
  auto c = Connect(db);
  c->ExecuteScript("CREATE TABLE t (k BIGINT)");
  auto insert = c->Prepare("INSERT INTO t (k) VALUES (?)");
  c->BeginWrite();
  BindAll(*insert, 1);
  insert->Execute();
  insert->Reset();
  c->Rollback();
  CHECK(CountOf(*c, "SELECT COUNT(*) FROM t") == 0);
  c->BeginWrite();
  BindAll(*insert, 2);
  insert->Execute();
  insert->Reset();
  c->Commit();
  CHECK(CountOf(*c, "SELECT COUNT(*) FROM t") == 1);
  c->Rollback();  // outside a transaction: does not throw
}

TEST_CASE("PostgreSQL: two connections writing at once queue on the write lock", "[postgres]") {
  test::PostgresTestDatabase db;
  Connect(db)->ExecuteScript("CREATE TABLE counter (v BIGINT NOT NULL); INSERT INTO counter VALUES (0);");
  // Read, then write what was read plus one: without the lock, two writers would read the same value
  // and an increment would be lost.
  auto writer = [&db] {
    auto c = Connect(db);
    auto read = c->Prepare("SELECT v FROM counter");
    auto write = c->Prepare("UPDATE counter SET v = ?");
    for (int i = 0; i < 50; ++i) {
      c->BeginWrite();
      read->Step();
      const int64_t v = read->GetInt(0);
      read->Reset();
      BindAll(*write, v + 1);
      write->Execute();
      write->Reset();
      c->Commit();
    }
  };
  std::thread first(writer);
  std::thread second(writer);
  first.join();
  second.join();
  auto c = Connect(db);
  CHECK(CountOf(*c, "SELECT v FROM counter") == 100);
}

TEST_CASE("PostgreSQL: the schema is created once, then reopened", "[postgres]") {
  test::PostgresTestDatabase db;
  try {
    OpenPostgresDatabase(db.url(), Database::OpenMode::kExisting);
    FAIL("no error");
  } catch (const UsageError& e) {
    CHECK(std::string(e.what()) == "cơ sở dữ liệu PostgreSQL " + ShownPostgresUrl(db.url()) +
                                       " chưa có dữ liệu của baocao (hãy nộp dữ liệu bằng `baocao submit` trước, "
                                       "hoặc kiểm tra --db và $BAOCAO_DB)");
  }
  {
    auto c = Connect(db);
    CHECK(CountOf(*c, "SELECT COUNT(*) FROM pg_tables WHERE schemaname = 'public'") == 0);  // nothing created
  }
  // Two processes opening the fresh database at once: one creates, the other finds it made.
  std::vector<std::thread> openers;
  for (int i = 0; i < 2; ++i)
    openers.emplace_back([&db] { OpenPostgresDatabase(db.url(), Database::OpenMode::kCreate); });
  for (auto& t : openers) t.join();
  auto c = OpenPostgresDatabase(db.url(), Database::OpenMode::kExisting);
  CHECK(CountOf(*c, "SELECT COUNT(*) FROM baocao_schema") == 1);
  CHECK(CountOf(*c, "SELECT version FROM baocao_schema") == Database::kSchemaVersion);
  CHECK(CountOf(*c, "SELECT COUNT(*) FROM pg_tables WHERE schemaname = 'public'") == 18);
  // Every text column compares bytewise.
  CHECK(CountOf(*c,
                "SELECT COUNT(*) FROM information_schema.columns WHERE table_schema = 'public' AND "
                "data_type = 'text' AND COALESCE(collation_name, '') <> 'C'") == 0);
  auto insert = c->Prepare(
      "INSERT INTO accounts (login, role, ma_don_vi, password_hash, must_change_password, disabled, created_at, "
      "failed_logins) VALUES (?, 'tong_hop', NULL, 'x', 0, 0, '2024-01-01T00:00:00', 0) RETURNING id");
  BindAll(*insert, "Nguyen.Van-A_1");
  REQUIRE(insert->Step());
  CHECK(insert->GetInt(0) == 1);
  insert->Reset();
  BindAll(*insert, "nguyen.van-a_1");  // the same login in another case
  try {
    insert->Step();
    FAIL("no error");
  } catch (const SqlError& e) {
    CHECK(e.code() == "23505");
  }
  insert->Reset();
  BindAll(*insert, "có dấu");
  try {
    insert->Step();
    FAIL("no error");
  } catch (const SqlError& e) {
    CHECK(e.code() == "23514");
  }
}

TEST_CASE("PostgreSQL: a database of schema 7 opens as schema 8, its tables as they were", "[postgres]") {
  test::PostgresTestDatabase db;
  OpenPostgresDatabase(db.url(), Database::OpenMode::kCreate);
  Connect(db)->ExecuteScript(
      "UPDATE baocao_schema SET version = 7; INSERT INTO units (ma_don_vi, ten_don_vi, cap, ma_don_vi_cha, ordinal) "
      "VALUES ('T01', 'Tỉnh', 'tinh', NULL, 1)");
  auto c = OpenPostgresDatabase(db.url(), Database::OpenMode::kExisting);
  CHECK(CountOf(*c, "SELECT MAX(version) FROM baocao_schema") == 8);
  CHECK(CountOf(*c, "SELECT COUNT(*) FROM units WHERE ten_don_vi = 'Tỉnh'") == 1);
  CHECK(CountOf(*c, "SELECT COUNT(*) FROM pg_tables WHERE schemaname = 'public'") == 18);
}

TEST_CASE("PostgreSQL: a database of another schema version is refused", "[postgres]") {
  test::PostgresTestDatabase db;
  OpenPostgresDatabase(db.url(), Database::OpenMode::kCreate);
  Connect(db)->ExecuteScript("UPDATE baocao_schema SET version = 9");
  try {
    OpenPostgresDatabase(db.url(), Database::OpenMode::kCreate);
    FAIL("no error");
  } catch (const Error& e) {
    CHECK(std::string(e.what()) == "Cơ sở dữ liệu PostgreSQL " + ShownPostgresUrl(db.url()) +
                                       " thuộc phiên bản mới hơn (9); hãy cập nhật baocao.");
  }
  Connect(db)->ExecuteScript("UPDATE baocao_schema SET version = 6");
  try {
    OpenPostgresDatabase(db.url(), Database::OpenMode::kExisting);
    FAIL("no error");
  } catch (const Error& e) {
    CHECK(std::string(e.what()) == "Cơ sở dữ liệu PostgreSQL " + ShownPostgresUrl(db.url()) +
                                       " có lược đồ phiên bản 6, không phải phiên bản 8 mà baocao này dùng, và không "
                                       "nâng cấp tự động được; hãy báo cho người quản trị.");
  }
}

}  // namespace
}  // namespace baocao
