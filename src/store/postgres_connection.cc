#include "store/postgres_connection.h"


#include <charconv>
#include <cmath>
#include <cstdlib>
#include <deque>
#include <optional>
#include <system_error>
#include <utility>
#include <vector>

#include "store/libpq.h"
#include "store/postgres_errors.h"

namespace baocao {

constexpr Oid kBoolOid = 16;  // pg_type.oid of boolean (catalog/pg_type_d.h: BOOLOID)

void PgConnCloser::operator()(pg_conn* conn) const { Libpq().finish(conn); }
void PgResultClearer::operator()(pg_result* result) const { Libpq().clear(result); }

std::string ToPostgresPlaceholders(std::string_view sql, int* parameter_count) {
  std::string out;
  out.reserve(sql.size() + 16);
  int largest = 0;
  size_t i = 0;
  const size_t n = sql.size();
  // Copies a quoted run starting at i (quote q, doubled quote = one quote inside).
  auto copy_quoted = [&](char q) {
    out += sql[i++];
    while (i < n) {
      const char c = sql[i++];
      out += c;
      if (c == q) {
        if (i < n && sql[i] == q) {
          out += sql[i++];
          continue;
        }
        return;
      }
    }
  };
  while (i < n) {
    const char c = sql[i];
    if (c == '\'' || c == '"') {
      copy_quoted(c);
    } else if (c == '-' && i + 1 < n && sql[i + 1] == '-') {
      const size_t end = sql.find('\n', i);
      const size_t stop = end == std::string_view::npos ? n : end;
      out.append(sql.substr(i, stop - i));
      i = stop;
    } else if (c == '/' && i + 1 < n && sql[i + 1] == '*') {
      const size_t end = sql.find("*/", i + 2);
      const size_t stop = end == std::string_view::npos ? n : end + 2;
      out.append(sql.substr(i, stop - i));
      i = stop;
    } else if (c == '?') {
      ++i;
      size_t digits = i;
      while (digits < n && sql[digits] >= '0' && sql[digits] <= '9') ++digits;
      int number = 0;
      if (digits > i) {
        std::from_chars(sql.data() + i, sql.data() + digits, number);
        i = digits;
      } else {
        number = largest + 1;
      }
      if (number > largest) largest = number;
      out += '$';
      out += std::to_string(number);
    } else {
      out += c;
      ++i;
    }
  }
  if (parameter_count != nullptr) *parameter_count = largest;
  return out;
}

class PostgresStatement : public SqlStatement {
 public:
  PostgresStatement(PostgresConnection& connection, std::string name, int parameters)
      : connection_(connection), name_(std::move(name)), values_(parameters) {}
  ~PostgresStatement() override {
    try {
      Drain();
    } catch (...) {
    }
    if (connection_.streaming_ == this) connection_.streaming_ = nullptr;
    // The prepared statement stays on the server until the connection closes: DEALLOCATE here
    // would be a round trip per statement for nothing.
  }

  void BindNull(int index) override { Value(index).reset(); }
  void BindInt(int index, int64_t value) override { Value(index) = std::to_string(value); }
  void BindDouble(int index, double value) override {
    if (std::isnan(value)) {
      Value(index) = "NaN";
    } else if (std::isinf(value)) {
      Value(index) = value > 0 ? "Infinity" : "-Infinity";
    } else {
      char buffer[64];
      const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
      Value(index) = std::string(buffer, result.ptr);
    }
  }
  void BindText(int index, std::string_view value) override { Value(index) = std::string(value); }

  bool Step() override {
    if (done_) return false;
    if (!started_) Send();
    current_.reset();
    PgResultPtr next;
    if (!buffered_.empty()) {
      next = std::move(buffered_.front());
      buffered_.pop_front();
    } else if (streaming_) {
      next = Receive();
    }
    if (next && Libpq().resultStatus(next.get()) == PGRES_SINGLE_TUPLE) {
      current_ = std::move(next);
      return true;
    }
    done_ = true;
    if (pending_error_) {
      SqlError error = std::move(*pending_error_);
      pending_error_.reset();
      throw error;
    }
    return false;
  }

  int64_t Execute() override {
    Drain();
    connection_.FreeConnection();
    PgResultPtr result(Libpq().execPrepared(connection_.raw(), name_.c_str(), static_cast<int>(values_.size()),
                                      Pointers().data(), nullptr, nullptr, 0));
    const ExecStatusType status = result ? Libpq().resultStatus(result.get()) : PGRES_FATAL_ERROR;
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) throw connection_.ErrorOf(result.get());
    started_ = true;
    done_ = true;
    const char* count = Libpq().cmdTuples(result.get());
    return *count == '\0' ? 0 : std::strtoll(count, nullptr, 10);
  }

  void Reset() override {
    Drain();
    for (auto& value : values_) value.reset();
    started_ = false;
    done_ = false;
  }

  bool IsNull(int column) override { return Libpq().getisnull(Row(column), 0, column) != 0; }

  int64_t GetInt(int column) override {
    const PGresult* row = Row(column);
    if (Libpq().getisnull(row, 0, column)) return 0;
    const std::string_view text(Libpq().getvalue(row, 0, column), Libpq().getlength(row, 0, column));
    if (text == "t") return 1;
    if (text == "f") return 0;
    int64_t value = 0;
    const auto result = std::from_chars(text.data(), text.data() + text.size(), value);
    if (result.ec == std::errc() && result.ptr == text.data() + text.size()) return value;
    // A numeric with a fraction (AVG, a division) or a double: truncated, as SQLite does.
    return static_cast<int64_t>(GetDouble(column));
  }

  double GetDouble(int column) override {
    const PGresult* row = Row(column);
    if (Libpq().getisnull(row, 0, column)) return 0.0;
    const std::string_view text(Libpq().getvalue(row, 0, column), Libpq().getlength(row, 0, column));
    if (text == "t") return 1.0;
    if (text == "f") return 0.0;
    if (text == "NaN") return std::nan("");
    if (text == "Infinity") return HUGE_VAL;
    if (text == "-Infinity") return -HUGE_VAL;
    double value = 0.0;
    std::from_chars(text.data(), text.data() + text.size(), value);
    return value;
  }

  std::string_view GetText(int column) override {
    const PGresult* row = Row(column);
    if (Libpq().ftype(row, column) == kBoolOid && !Libpq().getisnull(row, 0, column))  // as SQLite: 1 or 0
      return *Libpq().getvalue(row, 0, column) == 't' ? "1" : "0";
    return std::string_view(Libpq().getvalue(row, 0, column), Libpq().getlength(row, 0, column));
  }

  int ColumnCount() override { return current_ ? Libpq().nfields(current_.get()) : 0; }

  // The connection is needed by another statement: the rows left are read into memory.
  void BufferRest() {
    try {
      while (streaming_) {
        PgResultPtr next = Receive();
        if (next && Libpq().resultStatus(next.get()) == PGRES_SINGLE_TUPLE) buffered_.push_back(std::move(next));
      }
    } catch (const SqlError& e) {
      pending_error_ = e;  // thrown by this statement's Step, not by the one that needed the connection
      done_ = false;
    }
  }

 private:
  std::optional<std::string>& Value(int index) {
    if (index < 1 || index > static_cast<int>(values_.size()))
      throw SqlError("", "parameter " + std::to_string(index) + " out of range (the statement has " +
                             std::to_string(values_.size()) + ")");
    return values_[static_cast<size_t>(index - 1)];
  }

  std::vector<const char*> Pointers() const {
    std::vector<const char*> pointers;
    pointers.reserve(values_.size());
    for (const auto& value : values_) pointers.push_back(value ? value->c_str() : nullptr);
    return pointers;
  }

  const PGresult* Row(int column) const {
    if (!current_) throw SqlError("", "no current row");
    if (column < 0 || column >= Libpq().nfields(current_.get()))
      throw SqlError("", "column " + std::to_string(column) + " out of range");
    return current_.get();
  }

  void Send() {
    connection_.FreeConnection();
    PGconn* conn = connection_.raw();
    if (!Libpq().sendQueryPrepared(conn, name_.c_str(), static_cast<int>(values_.size()), Pointers().data(), nullptr,
                             nullptr, 0))
      throw connection_.ErrorOf(nullptr);
    Libpq().setSingleRowMode(conn);
    started_ = true;
    streaming_ = true;
    connection_.streaming_ = this;
  }

  // The next result of the running query; a failure is thrown once the query has ended (the
  // connection is then free). Returns null at the end.
  PgResultPtr Receive() {
    PgResultPtr result(Libpq().getResult(connection_.raw()));
    if (!result) {
      EndStream();
      return nullptr;
    }
    const ExecStatusType status = Libpq().resultStatus(result.get());
    if (status == PGRES_SINGLE_TUPLE) return result;
    // The end of the rows (TUPLES_OK, COMMAND_OK) or a failure: the query is over once PQgetResult
    // gives null.
    while (PgResultPtr rest{Libpq().getResult(connection_.raw())}) {
    }
    EndStream();
    if (status != PGRES_TUPLES_OK && status != PGRES_COMMAND_OK) {
      SqlError error = connection_.ErrorOf(result.get());
      done_ = true;
      buffered_.clear();
      throw error;
    }
    return nullptr;
  }

  void EndStream() {
    streaming_ = false;
    if (connection_.streaming_ == this) connection_.streaming_ = nullptr;
  }

  // Drops the rows, reading what the server still sends.
  void Drain() {
    current_.reset();
    buffered_.clear();
    pending_error_.reset();
    while (streaming_) Receive();
  }

  PostgresConnection& connection_;
  std::string name_;
  std::vector<std::optional<std::string>> values_;
  bool started_ = false;
  bool streaming_ = false;  // the query runs: its results are still to be read from the connection
  bool done_ = false;
  PgResultPtr current_;
  std::deque<PgResultPtr> buffered_;
  std::optional<SqlError> pending_error_;
};

std::unique_ptr<PostgresConnection> PostgresConnection::Open(const std::string& url) {
  const std::string shown = ShownPostgresUrl(url);
  PgConnPtr conn(Libpq().connectdb(url.c_str()));
  if (!conn) throw PostgresConnectError("out of memory", shown);
  if (Libpq().status(conn.get()) != CONNECTION_OK) throw PostgresConnectError(Libpq().errorMessage(conn.get()), shown);
  Libpq().setNoticeProcessor(conn.get(), [](void*, const char*) {}, nullptr);
  auto connection = std::make_unique<PostgresConnection>(std::move(conn), shown);
  try {
    connection->Run("SET client_encoding = 'UTF8'");
    connection->Run("SET statement_timeout = 0");
  } catch (const SqlError& e) {
    throw PostgresDatabaseError(e, shown);
  }
  return connection;
}

PostgresConnection::PostgresConnection(PgConnPtr conn, std::string shown_url)
    : conn_(std::move(conn)), shown_url_(std::move(shown_url)) {}

SqlError PostgresConnection::ErrorOf(const PGresult* result) const {
  const char* state = result != nullptr ? Libpq().resultErrorField(result, PG_DIAG_SQLSTATE) : nullptr;
  std::string message = result != nullptr ? Libpq().resultErrorMessage(result) : "";
  if (message.empty()) message = Libpq().errorMessage(conn_.get());
  while (!message.empty() && (message.back() == '\n' || message.back() == ' ')) message.pop_back();
  std::string code = state != nullptr ? state : "";
  if (code.empty()) code = Libpq().status(conn_.get()) == CONNECTION_BAD ? "08006" : "XX000";
  return SqlError(std::move(code), message);
}

void PostgresConnection::FreeConnection() {
  if (streaming_ == nullptr) return;
  PostgresStatement* statement = streaming_;
  streaming_ = nullptr;
  statement->BufferRest();
}

void PostgresConnection::Run(const std::string& sql) {
  FreeConnection();
  PgResultPtr result(Libpq().exec(conn_.get(), sql.c_str()));
  const ExecStatusType status = result ? Libpq().resultStatus(result.get()) : PGRES_FATAL_ERROR;
  if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) throw ErrorOf(result.get());
}

std::unique_ptr<SqlStatement> PostgresConnection::Prepare(std::string_view sql) {
  int parameters = 0;
  const std::string text = ToPostgresPlaceholders(sql, &parameters);
  std::string name = NextStatementName();
  FreeConnection();
  PgResultPtr result(Libpq().prepare(conn_.get(), name.c_str(), text.c_str(), parameters, nullptr));
  if (!result || Libpq().resultStatus(result.get()) != PGRES_COMMAND_OK) throw ErrorOf(result.get());
  return std::make_unique<PostgresStatement>(*this, std::move(name), parameters);
}

void PostgresConnection::ExecuteScript(std::string_view sql) { Run(std::string(sql)); }

void PostgresConnection::BeginWrite() {
  Run("BEGIN");
  try {
    Run("SELECT pg_advisory_xact_lock(" + std::to_string(kWriteLockKey) + ")");
  } catch (...) {
    Rollback();
    throw;
  }
}

void PostgresConnection::Commit() { Run("COMMIT"); }

void PostgresConnection::Rollback() {
  try {
    Run("ROLLBACK");
  } catch (...) {
  }
}

}  // namespace baocao
