// Opening a PostgreSQL database as the baocao database: Database's constructor calls this for a
// path starting with postgresql:// or postgres:// (the URL of libpq: host, port, database, user,
// password, options).
#pragma once

#include <memory>
#include <string>

#include "store/database.h"
#include "store/sql_connection.h"

namespace baocao {

// Connects to url, checks the schema's version and creates or migrates the schema (OpenMode as for a
// file: kExisting refuses a database without the baocao schema). Throws SqlError for the engine's
// failures (Database turns them into a DatabaseError), UsageError when this build has no PostgreSQL.
std::unique_ptr<SqlConnection> OpenPostgresDatabase(const std::string& url, Database::OpenMode mode);

}  // namespace baocao
