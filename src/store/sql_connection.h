// The one door from store/ to a SQL engine: a connection that prepares statements, runs them and
// groups writes in transactions. SQLite (store/sqlite_connection.h, the embedded default) and
// PostgreSQL (store/postgres_connection.h) implement it; every query of store/ is written once, in
// the SQL both engines accept, and runs on either.
//
// The portable SQL the store writes (so that one text runs on both engines):
//   - placeholders are `?` (numbered left to right) or `?N` (the N-th argument, may repeat); the
//     PostgreSQL connection turns them into $N;
//   - upserts are INSERT … ON CONFLICT(key) DO NOTHING / DO UPDATE SET … = excluded.… (never
//     INSERT OR IGNORE / OR REPLACE); new ids come back with RETURNING id (never last_insert_rowid);
//   - COALESCE, not IFNULL; CASE WHEN … THEN 1 ELSE 0 END, not a bare comparison, where a number is
//     wanted (PostgreSQL's comparisons are booleans); no PRAGMA, no engine functions;
//   - an ORDER BY names every column needed for a total order and never relies on where NULLs sort
//     (SQLite puts them first, PostgreSQL last): the outputs must be byte-identical on both;
//   - text compares bytewise on both (the PostgreSQL schema gives every text column COLLATE "C").
//
// Statements are prepared once and reused: bind, Step() through the rows (or Execute()), Reset().
// Every failure of the engine is thrown as a SqlError carrying the engine's message; store/database.h
// turns it into a DatabaseError in Vietnamese for the officer.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>

namespace baocao {

enum class SqlDialect { kSqlite, kPostgres };

// A failure reported by the engine. `code` is the engine's own code: SQLite's extended result code
// as text ("5" busy, "11" corrupt, …) or PostgreSQL's SQLSTATE ("23505", "08006", …).
class SqlError : public std::runtime_error {
 public:
  SqlError(std::string code, const std::string& message)
      : std::runtime_error(message), code_(std::move(code)) {}
  const std::string& code() const { return code_; }

 private:
  std::string code_;
};

class SqlStatement {
 public:
  virtual ~SqlStatement() = default;

  // Parameters are numbered from 1. A text is not copied by SQLite: it must stay valid until the
  // statement has run (the next Step() returning false, Execute() or Reset()).
  virtual void BindNull(int index) = 0;
  virtual void BindInt(int index, int64_t value) = 0;
  virtual void BindDouble(int index, double value) = 0;
  virtual void BindText(int index, std::string_view value) = 0;

  // Runs the statement (on the first call) and moves to the next row: true while there is one.
  virtual bool Step() = 0;
  // Runs a statement that returns no rows to its end; the number of rows it inserted, changed or
  // deleted. The statement is then ready to run again with the same parameters: a caller that binds
  // every parameter before each run need not Reset() (a bulk write saves unbinding them each row).
  virtual int64_t Execute() = 0;
  // Ready to run again: the rows are dropped and every parameter is unbound (NULL).
  virtual void Reset() = 0;

  // Columns of the current row, numbered from 0. A text view is valid until the next Step() or
  // Reset(). GetInt of a NULL is 0, GetText of a NULL is "". A boolean of PostgreSQL reads as 0/1
  // (GetText "0"/"1"), as SQLite's comparisons do. ColumnCount: the current row's columns (0 before
  // the first Step).
  virtual int ColumnCount() = 0;
  virtual bool IsNull(int column) = 0;
  virtual int64_t GetInt(int column) = 0;
  virtual double GetDouble(int column) = 0;
  virtual std::string_view GetText(int column) = 0;
  std::string GetString(int column) { return std::string(GetText(column)); }
};

class SqlConnection {
 public:
  virtual ~SqlConnection() = default;

  virtual SqlDialect dialect() const = 0;
  virtual std::unique_ptr<SqlStatement> Prepare(std::string_view sql) = 0;
  // Runs one or more statements without parameters (schema, maintenance).
  virtual void ExecuteScript(std::string_view sql) = 0;

  // A write transaction: Begin takes the database's write lock at once (SQLite: BEGIN IMMEDIATE,
  // waiting up to the busy timeout for another writer; PostgreSQL: BEGIN and a transaction-level
  // advisory lock, so that writers queue exactly as on SQLite). Used by store/write_transaction.h.
  virtual void BeginWrite() = 0;
  virtual void Commit() = 0;
  virtual void Rollback() = 0;  // never throws

  // Whether the engine evaluates the tables' CHECK constraints on the rows this connection writes
  // (on when opened). A writer that checks every value itself before binding it turns them off for
  // its bulk writes and on again when done (store/record_store.h); the constraints stay in the
  // schema for every other writer. SQLite: PRAGMA ignore_check_constraints, which applies to the
  // statements compiled while it is set (a change recompiles every prepared statement at its next
  // run); PostgreSQL always evaluates them (nothing to do).
  virtual void EnforceCheckConstraints(bool enforce) = 0;
};

// Binds values from index 1 in order: integers (and bool as 0/1), texts (string, string_view,
// const char*), double, std::nullopt / an empty std::optional as NULL. Texts are not copied.
namespace sql_bind_detail {
inline void BindOne(SqlStatement& s, int i, std::nullopt_t) { s.BindNull(i); }
inline void BindOne(SqlStatement& s, int i, bool v) { s.BindInt(i, v ? 1 : 0); }
inline void BindOne(SqlStatement& s, int i, int v) { s.BindInt(i, v); }
inline void BindOne(SqlStatement& s, int i, int64_t v) { s.BindInt(i, v); }
inline void BindOne(SqlStatement& s, int i, double v) { s.BindDouble(i, v); }
inline void BindOne(SqlStatement& s, int i, std::string_view v) { s.BindText(i, v); }
inline void BindOne(SqlStatement& s, int i, const std::string& v) { s.BindText(i, v); }
inline void BindOne(SqlStatement& s, int i, const char* v) { s.BindText(i, v); }
template <class T>
void BindOne(SqlStatement& s, int i, const std::optional<T>& v) {
  if (v) BindOne(s, i, *v);
  else s.BindNull(i);
}
}  // namespace sql_bind_detail

template <class... Args>
void BindAll(SqlStatement& s, const Args&... args) {
  int i = 0;
  (sql_bind_detail::BindOne(s, ++i, args), ...);
}

}  // namespace baocao
