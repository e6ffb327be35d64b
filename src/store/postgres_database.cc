#include "store/postgres_database.h"

#include "store/postgres_connection.h"
#include "store/postgres_errors.h"
#include "store/postgres_schema.h"

namespace baocao {

std::unique_ptr<SqlConnection> OpenPostgresDatabase(const std::string& url, Database::OpenMode mode) {
  std::unique_ptr<PostgresConnection> connection = PostgresConnection::Open(url);
  try {
    EnsurePostgresSchema(*connection, mode, connection->shown_url());
  } catch (const SqlError& e) {
    throw PostgresDatabaseError(e, connection->shown_url());
  }
  return connection;
}

}  // namespace baocao
