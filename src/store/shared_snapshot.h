// Connections to one SQLite file that all read the same snapshot of it, for a read split over
// threads (store/figures_source.cc: a province's year of dossiers read in rowid ranges at once).
//
// Each connection is left inside a read transaction. Opening them takes the file's write lock for a
// moment, without waiting: while it is held no commit can fall between their snapshots, so together
// they read the database as it was at one instant, like a single query. There are none (an empty
// vector: read on the database's own connection instead) when the database is not a SQLite file
// (":memory:", PostgreSQL), when another writer holds the lock (a submission in progress), or when
// the file cannot be opened again.
#pragma once

#include <memory>
#include <vector>

#include "store/database.h"
#include "store/sql_connection.h"

namespace baocao {

std::vector<std::unique_ptr<SqlConnection>> OpenSharedSnapshot(Database& db, int count);

}  // namespace baocao
