// SqlConnection over libpq: the store's portable SQL (store/sql_connection.h) run on a PostgreSQL
// server.
//
// - Placeholders `?` (numbered left to right, as SQLite: one more than the largest so far) and `?N`
//   become $N; quoted literals, quoted identifiers and comments are left as they are.
// - Every statement is prepared once on the server (PQprepare, a name unique in the connection) and
//   run with its parameters in text format: integers and doubles are rendered exactly (a double as
//   the shortest text that reads back to the same value), texts are copied (libpq wants
//   NUL-terminated strings, the store binds views).
// - Step() streams the rows one at a time (single-row mode), so reading millions of rows keeps the
//   memory flat. libpq runs one query at a time on a connection: when another statement runs while
//   one is still streaming, the rows left of the first are read into memory first (the first then
//   steps through them), so statements may be interleaved as on SQLite.
// - A boolean reads as 1/0 with GetInt; NULL reads as 0 / "".
// - BeginWrite is BEGIN and pg_advisory_xact_lock(kWriteLockKey): writers queue one behind the other
//   as on SQLite (BEGIN IMMEDIATE), which the ingest relies on (it checks duplicates and approval
//   locks inside its transaction). The lock is released by COMMIT or ROLLBACK.
// - The session runs in UTF-8 with no statement timeout; the server's notices are dropped.
// Every failure is thrown as a SqlError carrying the SQLSTATE ("08006" when the connection is lost);
// store/postgres_errors.h turns it into a DatabaseError in Vietnamese.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

#include "store/sql_connection.h"

// libpq's handles (PGconn, PGresult of libpq-fe.h), declared here so that only store/ needs libpq's
// headers.
extern "C" {
struct pg_conn;
struct pg_result;
}

namespace baocao {

struct PgConnCloser {
  void operator()(pg_conn* conn) const;  // PQfinish
};
struct PgResultClearer {
  void operator()(pg_result* result) const;  // PQclear
};
using PgConnPtr = std::unique_ptr<pg_conn, PgConnCloser>;
using PgResultPtr = std::unique_ptr<pg_result, PgResultClearer>;

// Whether libpq is loaded in this process: only once a PostgreSQL URL has been opened
// (store/libpq.h), so that a command on a SQLite file starts without it.
bool LibpqLoaded();

// sql with `?` and `?N` turned into $N; parameter_count (when not null) receives the largest N.
std::string ToPostgresPlaceholders(std::string_view sql, int* parameter_count = nullptr);

class PostgresStatement;

class PostgresConnection : public SqlConnection {
 public:
  // The key of the advisory lock that BeginWrite takes (any fixed number: "baocao" in ASCII).
  static constexpr int64_t kWriteLockKey = 0x62616f63616f;

  // Connects to url (a libpq connection URI or "key=value" string). Throws DatabaseError (Vietnamese,
  // naming the server without its password) when the server cannot be reached or refuses the
  // connection.
  static std::unique_ptr<PostgresConnection> Open(const std::string& url);

  SqlDialect dialect() const override { return SqlDialect::kPostgres; }
  std::unique_ptr<SqlStatement> Prepare(std::string_view sql) override;
  void ExecuteScript(std::string_view sql) override;
  void BeginWrite() override;
  void Commit() override;
  void Rollback() override;
  void EnforceCheckConstraints(bool) override {}  // PostgreSQL's CHECKs always hold

  // The URL as an officer may see it: without the password.
  const std::string& shown_url() const { return shown_url_; }

  // Use Open: conn is connected.
  PostgresConnection(PgConnPtr conn, std::string shown_url);

 private:
  friend class PostgresStatement;

  pg_conn* raw() { return conn_.get(); }
  // The SqlError of a failed result (or of the connection when result is null).
  SqlError ErrorOf(const pg_result* result) const;
  // Runs sql (no parameters) and checks that it succeeded.
  void Run(const std::string& sql);
  // Before another query is sent: the statement still streaming reads its remaining rows into
  // memory, so that the connection is free.
  void FreeConnection();
  std::string NextStatementName() { return "baocao_" + std::to_string(++statements_); }

  PgConnPtr conn_;
  std::string shown_url_;
  int64_t statements_ = 0;
  PostgresStatement* streaming_ = nullptr;
};

}  // namespace baocao
