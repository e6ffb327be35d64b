// A baocao database on a PostgreSQL server (url: a libpq connection URI, postgresql://…): the
// connection (store/postgres_connection.h) with the schema checked, or created when missing
// (store/postgres_schema.h).
#pragma once

#include <memory>
#include <string>

#include "store/database.h"
#include "store/sql_connection.h"

namespace baocao {

// Throws DatabaseError (Vietnamese) when the server cannot be used, UsageError when mode is
// kExisting and the database has no baocao schema, Error when its schema has another version.
std::unique_ptr<SqlConnection> OpenPostgresDatabase(const std::string& url, Database::OpenMode mode);

}  // namespace baocao
