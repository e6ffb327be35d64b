#include "store/sqlite_connection.h"

#include <sqlite3.h>

namespace baocao {

void ThrowSqliteError(sqlite3* db, int rc) {
  const int code = db != nullptr ? sqlite3_extended_errcode(db) : rc;
  const char* message = db != nullptr ? sqlite3_errmsg(db) : sqlite3_errstr(rc);
  // sqlite3_errcode can lag behind rc (an error of sqlite3_bind_*, say): rc wins when they differ.
  const int reported = (code & 0xff) == (rc & 0xff) ? code : rc;
  throw SqlError(std::to_string(reported), message != nullptr ? message : sqlite3_errstr(rc));
}

SqliteStatement::SqliteStatement(sqlite3* db, sqlite3_stmt* stmt)
    : db_(db), stmt_(stmt), bound_(static_cast<size_t>(sqlite3_bind_parameter_count(stmt)) + 1) {}

SqliteStatement::~SqliteStatement() { sqlite3_finalize(stmt_); }

void SqliteStatement::Check(int rc) {
  if (rc != SQLITE_OK) ThrowSqliteError(db_, rc);
}

void SqliteStatement::BindNull(int index) {
  Bound* bound = Cached(index);
  if (bound != nullptr && bound->kind == Bound::Kind::kNull) return;
  Check(sqlite3_bind_null(stmt_, index));
  if (bound != nullptr) *bound = {Bound::Kind::kNull, 0};
}

void SqliteStatement::BindInt(int index, int64_t value) {
  Bound* bound = Cached(index);
  if (bound != nullptr && bound->kind == Bound::Kind::kInt && bound->value == value) return;
  Check(sqlite3_bind_int64(stmt_, index, static_cast<sqlite3_int64>(value)));
  if (bound != nullptr) *bound = {Bound::Kind::kInt, value};
}

void SqliteStatement::BindDouble(int index, double value) {
  if (Bound* bound = Cached(index)) bound->kind = Bound::Kind::kOther;
  Check(sqlite3_bind_double(stmt_, index, value));
}

void SqliteStatement::BindText(int index, std::string_view value) {
  if (Bound* bound = Cached(index)) bound->kind = Bound::Kind::kOther;
  // A null pointer would bind NULL: an empty text is bound as "".
  Check(sqlite3_bind_text(stmt_, index, value.data() != nullptr ? value.data() : "",
                          static_cast<int>(value.size()), SQLITE_STATIC));
}

bool SqliteStatement::Step() {
  if (done_) return false;
  running_ = true;
  const int rc = sqlite3_step(stmt_);
  if (rc == SQLITE_ROW) return true;
  running_ = false;
  if (rc == SQLITE_DONE) {
    done_ = true;
    sqlite3_reset(stmt_);  // ends the statement's read of the database; the bindings stay
    return false;
  }
  const int code = sqlite3_extended_errcode(db_);
  const std::string message = sqlite3_errmsg(db_);
  sqlite3_reset(stmt_);
  throw SqlError(std::to_string((code & 0xff) == (rc & 0xff) ? code : rc), message);
}

int64_t SqliteStatement::Execute() {
  if (running_) sqlite3_reset(stmt_);  // from the start, even after rows were read
  done_ = false;
  running_ = false;
  int rc;
  while ((rc = sqlite3_step(stmt_)) == SQLITE_ROW) {
  }
  if (rc != SQLITE_DONE) {
    const int code = sqlite3_extended_errcode(db_);
    const std::string message = sqlite3_errmsg(db_);
    sqlite3_reset(stmt_);
    throw SqlError(std::to_string((code & 0xff) == (rc & 0xff) ? code : rc), message);
  }
  const int64_t changes = sqlite3_changes64(db_);
  sqlite3_reset(stmt_);
  return changes;
}

void SqliteStatement::Reset() {
  if (running_) sqlite3_reset(stmt_);
  sqlite3_clear_bindings(stmt_);
  for (Bound& bound : bound_) bound = {Bound::Kind::kNull, 0};  // every parameter is NULL again
  done_ = false;
  running_ = false;
}

bool SqliteStatement::IsNull(int column) { return sqlite3_column_type(stmt_, column) == SQLITE_NULL; }

int64_t SqliteStatement::GetInt(int column) { return sqlite3_column_int64(stmt_, column); }

double SqliteStatement::GetDouble(int column) { return sqlite3_column_double(stmt_, column); }

// One sqlite3_column_value, then the value's text and length: each sqlite3_column_* call takes the
// statement's row apart again (and checks for a failed allocation), and the reports' scans read some
// ten columns of millions of rows (issue 15). The value is "unprotected": safe here, as a connection
// is used by one thread at a time (NOMUTEX, below).
std::string_view SqliteStatement::GetText(int column) {
  sqlite3_value* value = sqlite3_column_value(stmt_, column);
  const auto* text = reinterpret_cast<const char*>(sqlite3_value_text(value));
  if (text == nullptr) return {};
  return {text, static_cast<size_t>(sqlite3_value_bytes(value))};
}

int SqliteStatement::ColumnCount() { return sqlite3_column_count(stmt_); }

namespace {

// SQLite keeps a count of its memory in use (sqlite3_memory_used) and takes a process-wide mutex
// for every allocation to keep it: Debian's library is built with that on. baocao never reads the
// count; turned off once, before SQLite is first used (afterwards sqlite3_config refuses, harmlessly).
void ConfigureSqliteOnce() {
  static const int configured = sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
  (void)configured;
}

}  // namespace

SqliteConnection::SqliteConnection(const std::string& path, bool create) : path_(path) {
  ConfigureSqliteOnce();
  // NOMUTEX: a connection is used by one thread at a time (the portal opens one per request; a
  // submission's reader thread never touches it), so SQLite's per-call mutex is not needed: a bulk
  // submission makes some 30 calls a row.
  const int flags = SQLITE_OPEN_READWRITE | (create ? SQLITE_OPEN_CREATE : 0) | SQLITE_OPEN_NOMUTEX;
  const int rc = sqlite3_open_v2(path.c_str(), &db_, flags, nullptr);
  if (rc != SQLITE_OK) {
    const int code = db_ != nullptr ? sqlite3_extended_errcode(db_) : rc;
    const std::string message = db_ != nullptr ? sqlite3_errmsg(db_) : sqlite3_errstr(rc);
    sqlite3_close(db_);
    db_ = nullptr;
    throw SqlError(std::to_string(code), message);
  }
  sqlite3_extended_result_codes(db_, 1);
}

SqliteConnection::~SqliteConnection() {
  checkpointer_.reset();
  sqlite3_close_v2(db_);
}

void SqliteConnection::CheckpointInBackground(int frames) {
  checkpointer_.reset();  // first: its destructor removes the connection's WAL hook, the new one sets it
  checkpointer_ = std::make_unique<SqliteCheckpointer>(db_, path_, frames);
}

std::unique_ptr<SqlStatement> SqliteConnection::Prepare(std::string_view sql) {
  sqlite3_stmt* stmt = nullptr;
  const int rc = sqlite3_prepare_v2(db_, sql.data(), static_cast<int>(sql.size()), &stmt, nullptr);
  if (rc != SQLITE_OK) {
    sqlite3_finalize(stmt);
    ThrowSqliteError(db_, rc);
  }
  return std::make_unique<SqliteStatement>(db_, stmt);
}

void SqliteConnection::ExecuteScript(std::string_view sql) {
  const std::string text(sql);  // sqlite3_exec wants a terminated text
  const int rc = sqlite3_exec(db_, text.c_str(), nullptr, nullptr, nullptr);
  if (rc != SQLITE_OK) ThrowSqliteError(db_, rc);
}

void SqliteConnection::BeginWrite() { ExecuteScript("BEGIN IMMEDIATE"); }

void SqliteConnection::Commit() { ExecuteScript("COMMIT"); }

void SqliteConnection::Rollback() {
  if (sqlite3_get_autocommit(db_) == 0) sqlite3_exec(db_, "ROLLBACK", nullptr, nullptr, nullptr);
}

void SqliteConnection::EnforceCheckConstraints(bool enforce) {
  ExecuteScript(enforce ? "PRAGMA ignore_check_constraints = 0" : "PRAGMA ignore_check_constraints = 1");
}

}  // namespace baocao
