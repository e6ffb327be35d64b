// The SQLite side of the baocao database: opening the file with its pragmas (WAL, busy timeout,
// page cache), checking the schema's version and creating or migrating the schema (v1 … v7, see
// Database::kSchemaVersion). The schema itself is described in store/database.h.
#pragma once

#include <memory>
#include <string>

#include "store/database.h"
#include "store/sqlite_connection.h"

namespace baocao {

// Opens the SQLite file at path (":memory:": a private in-memory database; the caller has made its
// folder or checked it exists), sets the pragmas, refuses a newer schema (Error) and brings an older
// one to kSchemaVersion inside one write transaction. SQLite's failures are thrown as SqlError.
std::unique_ptr<SqliteConnection> OpenSqliteDatabase(const std::string& path, Database::OpenMode mode);

}  // namespace baocao
