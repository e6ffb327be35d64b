// A query over the dossiers read in parts at once (issue 15), for the store's readers of a
// period's dossiers (figures_source.cc, scorecard_facts.cc): a province's year is millions of rows,
// and each core reads and counts its own share of them.
#pragma once

#include <functional>
#include <string>

#include "store/database.h"
#include "store/figures_source.h"
#include "store/sql_connection.h"

namespace baocao {

// Steps `select` — "SELECT … FROM dossiers WHERE <condition>", the condition taking the parameters
// ?1…?parameters, which bind(statement) binds — and calls row(part, statement) for each row, as
// ForEachDossierInDays (figures_source.h) reads: from a table large enough for `split`, in up to
// DossierParts(split) parts at once, each on its own connection and thread (part 0 on the calling
// thread), all of one snapshot, each part taking chunks of the table in turn (the condition is
// extended with the chunk's range: SQLite rowids, PostgreSQL heap pages); else in one query on the
// database's connection, every call with part 0. Calls with the same part never overlap; calls with
// different parts run at the same time. The first exception of a call or of the engine stops every
// part and is rethrown. Returns how many parts were read (1: one query).
int ForEachDossierRow(Database& db, const std::string& select, int parameters,
                      const std::function<void(SqlStatement&)>& bind,
                      const std::function<void(int part, SqlStatement& row)>& row, const DossierScanSplit& split);

}  // namespace baocao
