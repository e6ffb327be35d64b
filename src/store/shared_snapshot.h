// Connections to one database that all read the same snapshot of it, for a read split over threads
// (store/figures_source.cc: a province's year of dossiers read in chunks at once). Each connection
// is left inside a read transaction.
//
// SQLite: opening them takes the file's write lock for a moment, without waiting: while it is held
// no commit can fall between their snapshots, so together they read the database as it was at one
// instant, like a single query. PostgreSQL: the first connection's snapshot is exported
// (pg_export_snapshot) and taken by the others (SET TRANSACTION SNAPSHOT), as pg_dump's parallel
// jobs do. There are none (an empty vector: read on the database's own connection instead) for a
// database in memory, when another writer holds a SQLite file's lock (a submission in progress), or
// when a connection cannot be opened (PostgreSQL's connection limit reached, say).
#pragma once

#include <memory>
#include <vector>

#include "store/database.h"
#include "store/sql_connection.h"

namespace baocao {

std::vector<std::unique_ptr<SqlConnection>> OpenSharedSnapshot(Database& db, int count);

}  // namespace baocao
