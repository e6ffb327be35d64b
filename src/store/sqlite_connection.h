// The SQLite implementation of SqlConnection (store/sql_connection.h), over SQLite's C API: texts are
// bound without copies (SQLITE_STATIC), Step() streams rows straight from the engine, and every
// failure is thrown as a SqlError whose code is SQLite's extended result code as text ("5" busy,
// "275" CHECK constraint, "2067" UNIQUE constraint, …).
//
// Only store/ (sqlite_schema.cc, database.cc) opens one; the other layers see SqlConnection.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "store/sql_connection.h"
#include "store/sqlite_checkpointer.h"

struct sqlite3;
struct sqlite3_stmt;

namespace baocao {

class SqliteStatement final : public SqlStatement {
 public:
  SqliteStatement(sqlite3* db, sqlite3_stmt* stmt);
  ~SqliteStatement() override;
  SqliteStatement(const SqliteStatement&) = delete;
  SqliteStatement& operator=(const SqliteStatement&) = delete;

  void BindNull(int index) override;
  void BindInt(int index, int64_t value) override;
  void BindDouble(int index, double value) override;
  void BindText(int index, std::string_view value) override;

  bool Step() override;
  int64_t Execute() override;
  void Reset() override;

  bool IsNull(int column) override;
  int64_t GetInt(int column) override;
  double GetDouble(int column) override;
  std::string_view GetText(int column) override;

  int ColumnCount() override;

 private:
  void Check(int rc);

  // What a parameter was last bound to when it was NULL or an integer (index: the parameter's):
  // binding the same again is skipped, since bindings stay from one execution to the next. A bulk
  // submission binds the same NULLs (absent optional columns) and the same submission id every row.
  struct Bound {
    enum class Kind : unsigned char { kOther, kNull, kInt };
    Kind kind = Kind::kOther;
    int64_t value = 0;
  };
  Bound* Cached(int index) {
    return index > 0 && static_cast<size_t>(index) < bound_.size() ? &bound_[static_cast<size_t>(index)] : nullptr;
  }

  sqlite3* db_;
  sqlite3_stmt* stmt_;
  std::vector<Bound> bound_;
  bool done_ = false;     // the last Step() reached the end: false again until Reset()
  bool running_ = false;  // stepped since the last sqlite3_reset (a reset is not free: skipped when not)
};

class SqliteConnection final : public SqlConnection {
 public:
  // Opens the file at path (":memory:": a private in-memory database); create: make the file when
  // missing. Extended result codes are on.
  SqliteConnection(const std::string& path, bool create);
  ~SqliteConnection() override;
  SqliteConnection(const SqliteConnection&) = delete;
  SqliteConnection& operator=(const SqliteConnection&) = delete;

  SqlDialect dialect() const override { return SqlDialect::kSqlite; }
  std::unique_ptr<SqlStatement> Prepare(std::string_view sql) override;
  void ExecuteScript(std::string_view sql) override;
  void BeginWrite() override;  // BEGIN IMMEDIATE: waits up to the busy timeout for another writer
  void Commit() override;
  void Rollback() override;
  void EnforceCheckConstraints(bool enforce) override;

  sqlite3* handle() { return db_; }

  // From now on the WAL is checkpointed on a thread of its own once a commit leaves `frames` pages
  // in it (store/sqlite_checkpointer.h), not by SQLite inside the commit.
  void CheckpointInBackground(int frames);
  int checkpoint_frames() const { return checkpointer_ ? checkpointer_->frames() : 0; }  // 0: SQLite's own

 private:
  const std::string path_;
  sqlite3* db_ = nullptr;
  std::unique_ptr<SqliteCheckpointer> checkpointer_;  // removed before db_ is closed
};

// Throws the SqlError of db's last failure (rc: the code returned by the failing call).
[[noreturn]] void ThrowSqliteError(sqlite3* db, int rc);

}  // namespace baocao
