// What the indicators read to count a period: the dossiers that matter for it, the discipline
// decisions and evaluations of its years, the procedures' fields and the catalog's counts — as plain
// values, so that indicators/ never sees the database's query language or types.
//
// The dossiers are streamed: each row is handed to the caller while the query runs and is gone when
// the callback returns (its string_views point into the engine's row buffer), so memory does not
// grow with the number of dossiers. The other readers stream too; their rows are a few per unit.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "store/database.h"

namespace baocao {

// One dossier row; the views are valid only during the callback. Absent text is "".
struct DossierFactsRow {
  std::string_view ma_don_vi;
  int received_day = 0;
  int due_day = 0;
  bool finished = false;  // finished_day is set
  int finished_day = 0;   // 0 while in progress
  std::string_view kenh_nop;
  std::string_view trang_thai;
  int64_t phi_le_phi = 0;
  std::string_view hinh_thuc_thanh_toan;
  std::string_view danh_gia;
  std::string_view ma_tthc;
};

// How ForEachDossierInDays splits the read of a large table (a province's year: 3,000,000 rows).
struct DossierScanSplit {
  int parts = 0;                       // parts read at once; 0: one per core
  int64_t min_rows_per_part = 250000;  // a smaller table is read in one piece
  int64_t min_chunk_rows = 16384;      // the rows a part takes at a time: some 16 chunks a part, not fewer rows
};

// How many parts ForEachDossierInDays may read at once with `split`: the caller keeps one
// accumulator per part.
int DossierParts(const DossierScanSplit& split = {});

// Every stored dossier received by to_day and not finished before from_day (in progress, or finished
// on or after from_day), in no particular order, one call row(part, dossier) per row. From a table
// of at least 2 × split.min_rows_per_part rows (SQLite: its largest rowid; PostgreSQL: the estimate
// of its last ANALYZE), the rows are read in up to DossierParts(split) parts at once (no part under
// min_rows_per_part rows), each on its own connection and thread (part 0 on the calling thread), all
// of one snapshot (store/shared_snapshot.h), the parts taking chunks in turn (SQLite rowids,
// PostgreSQL heap pages): calls with the same part never overlap, calls with different parts run at
// the same time. While another writer holds a SQLite file's lock, in memory, when the connections
// cannot be opened, and for a smaller table: one query on the database's connection, every call
// with part 0. The first exception of a call or of the engine stops every part and is rethrown.
// Returns how many parts were read (1: one query).
int ForEachDossierInDays(Database& db, int from_day, int to_day,
                         const std::function<void(int part, const DossierFactsRow&)>& row,
                         const DossierScanSplit& split = {});

struct DisciplineFactsRow {
  std::string_view ma_don_vi;  // valid only during the callback
  std::string_view hinh_thuc;
  int decided_day = 0;
};

// Every discipline decision decided in [from_a, to_a] or in [from_b, to_b] (days), one call per row.
void ForEachDisciplineInDays(Database& db, int from_a, int to_a, int from_b, int to_b,
                             const std::function<void(const DisciplineFactsRow&)>& row);

struct EvaluationFactsRow {
  std::string_view ma_don_vi;  // valid only during the callback
  std::string_view doi_tuong;
  int nam = 0;
  int64_t hoan_thanh_xuat_sac = 0;
  int64_t hoan_thanh_tot = 0;
  int64_t hoan_thanh = 0;
  int64_t khong_hoan_thanh = 0;
};

// Every evaluation row of year_a or year_b, one call per row.
void ForEachEvaluationOfYears(Database& db, int year_a, int year_b,
                              const std::function<void(const EvaluationFactsRow&)>& row);

// (ma_tthc, linh_vuc) of every procedure, in the order of the procedures file.
std::vector<std::pair<std::string, std::string>> ProcedureFields(Database& db);

// The counts over the procedures table behind the catalog indicators of SPEC §4.
struct ProcedureCounts {
  int64_t total = 0;
  int64_t full_online = 0;     // muc_do_dvc = 'toan_trinh'
  int64_t partial_online = 0;  // muc_do_dvc = 'mot_phan'
  int64_t fee = 0;             // co_phi = 1
  int64_t fee_online = 0;      // co_phi = 1 and thanh_toan_truc_tuyen = 1
};
ProcedureCounts CountProcedures(Database& db);

}  // namespace baocao
