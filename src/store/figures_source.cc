#include "store/figures_source.h"

#include <algorithm>
#include <atomic>
#include <exception>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

#include "store/shared_snapshot.h"

namespace baocao {

namespace {

constexpr const char* kDossierFactsSelect =
    "SELECT ma_don_vi, received_day, due_day, finished_day, kenh_nop, trang_thai, phi_le_phi, "
    "hinh_thuc_thanh_toan, danh_gia, ma_tthc FROM dossiers "
    "WHERE received_day <= ?1 AND (finished_day IS NULL OR finished_day >= ?2)";

// Reads each column once through the statement (a virtual call, no copy: the texts are views into
// the engine's row).
void ReadFacts(SqlStatement& q, DossierFactsRow& d) {
  d.ma_don_vi = q.GetText(0);
  d.received_day = static_cast<int>(q.GetInt(1));
  d.due_day = static_cast<int>(q.GetInt(2));
  d.finished = !q.IsNull(3);
  d.finished_day = d.finished ? static_cast<int>(q.GetInt(3)) : 0;
  d.kenh_nop = q.GetText(4);
  d.trang_thai = q.GetText(5);
  d.phi_le_phi = q.GetInt(6);
  d.hinh_thuc_thanh_toan = q.GetText(7);
  d.danh_gia = q.GetText(8);
  d.ma_tthc = q.GetText(9);
}

// A chunk of the table is a range of SQLite rowids (after, through], or of PostgreSQL heap pages
// [after, through) (a TID range scan: rows do not move while a snapshot can see them).
std::string ChunkCondition(SqlDialect dialect) {
  return dialect == SqlDialect::kSqlite ? " AND rowid > ?3 AND rowid <= ?4"
                                        : " AND ctid >= CAST(?3 AS tid) AND ctid < CAST(?4 AS tid)";
}

void BindChunk(SqlStatement& q, SqlDialect dialect, int64_t after, int64_t through) {
  if (dialect == SqlDialect::kSqlite) {
    q.BindInt(3, after);
    q.BindInt(4, through);
  } else {  // PostgreSQL copies a bound text
    q.BindText(3, "(" + std::to_string(after) + ",0)");
    q.BindText(4, "(" + std::to_string(through) + ",0)");
  }
}

// Where the chunks end, seen from a reader of the snapshot: the largest rowid, or the table's pages.
int64_t ChunksEnd(SqlConnection& reader) {
  auto q = reader.Prepare(reader.dialect() == SqlDialect::kSqlite
                              ? "SELECT COALESCE(MAX(rowid), 0) FROM dossiers"
                              : "SELECT pg_relation_size('dossiers') / current_setting('block_size')::bigint");
  q->Step();
  return q->GetInt(0);
}

// About how many rows the table holds, to decide on a split: SQLite's largest rowid (rows are never
// deleted); PostgreSQL's estimate of its last ANALYZE, else the table's size at some 200 bytes a row.
int64_t TableRows(SqlConnection& connection) {
  if (connection.dialect() == SqlDialect::kSqlite) return ChunksEnd(connection);
  auto q = connection.Prepare(
      "SELECT CASE WHEN reltuples >= 0 THEN reltuples::bigint ELSE pg_relation_size(oid) / 200 END "
      "FROM pg_class WHERE oid = 'dossiers'::regclass");
  return q->Step() ? q->GetInt(0) : 0;
}

// The table's chunks handed out to whoever reads next: the calling thread and the reader threads
// each take the next chunk when done with theirs, so none waits for a slower one.
class TableChunks {
 public:
  TableChunks(int64_t end, int64_t chunk) : max_(end), chunk_(chunk) {}
  // The next chunk (after, through]; false when none is left or the read was stopped.
  bool Next(int64_t& after, int64_t& through) {
    if (stopped_.load(std::memory_order_relaxed)) return false;
    after = next_.fetch_add(chunk_);
    if (after >= max_) return false;
    through = std::min(after + chunk_, max_);
    return true;
  }
  // No more chunks for anyone: a part failed.
  void Stop() { stopped_ = true; }
  bool stopped() const { return stopped_.load(std::memory_order_relaxed); }

 private:
  const int64_t max_, chunk_;
  std::atomic<int64_t> next_{0};
  std::atomic<bool> stopped_{false};
};

// One part of a split read: chunk after chunk on its connection, each row to row(part, …).
void ReadChunks(SqlConnection& connection, int part, int from_day, int to_day, TableChunks& chunks,
                const std::function<void(int, const DossierFactsRow&)>& row) {
  const SqlDialect dialect = connection.dialect();
  auto q = connection.Prepare(std::string(kDossierFactsSelect) + ChunkCondition(dialect));
  DossierFactsRow d;
  int64_t after = 0, through = 0;
  while (chunks.Next(after, through)) {
    BindAll(*q, to_day, from_day);
    BindChunk(*q, dialect, after, through);
    while (q->Step()) {
      ReadFacts(*q, d);
      row(part, d);
      if (chunks.stopped()) break;  // another part failed: its error is the one reported
    }
    q->Reset();
  }
}

// The dossiers read by the calling thread (part 0) and one thread per further connection at once,
// all of one snapshot, chunk by chunk (TableChunks: SQLite rowids, PostgreSQL pages). The first
// failure of any part (the engine's, or the handler's) stops the others and is rethrown here once
// every thread has ended.
void ForEachDossierSplit(std::vector<std::unique_ptr<SqlConnection>>& readers, int from_day, int to_day,
                         int64_t min_chunk_rows, const std::function<void(int, const DossierFactsRow&)>& row) {
  const int64_t end = ChunksEnd(*readers.front());
  const auto parts = static_cast<int64_t>(readers.size());
  // Some 16 chunks a part: small enough to even out, large enough that a chunk's seek is nothing.
  // A PostgreSQL chunk counts pages: some 40 rows of 200 bytes in 8 KiB.
  const int64_t min_chunk =
      readers.front()->dialect() == SqlDialect::kSqlite ? min_chunk_rows : std::max<int64_t>(min_chunk_rows / 40, 1);
  TableChunks chunks(end, std::max<int64_t>({end / (parts * 16), min_chunk, 1}));
  std::mutex failure_mutex;
  std::exception_ptr failure;
  const auto read_part = [&](int part) {
    try {
      ReadChunks(*readers[static_cast<size_t>(part)], part, from_day, to_day, chunks, row);
    } catch (...) {
      chunks.Stop();
      std::lock_guard lock(failure_mutex);
      if (!failure) failure = std::current_exception();
    }
  };
  {
    std::vector<std::jthread> threads;  // joined at the end of this block, however part 0 ends
    for (int part = 1; part < parts; ++part) threads.emplace_back(read_part, part);
    read_part(0);
  }
  if (failure) std::rethrow_exception(failure);
}

}  // namespace

int DossierParts(const DossierScanSplit& split) {
  return split.parts > 0 ? split.parts : static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
}

int ForEachDossierInDays(Database& db, int from_day, int to_day,
                         const std::function<void(int, const DossierFactsRow&)>& row, const DossierScanSplit& split) {
  const int most = DossierParts(split);
  if (most > 1) {
    const int64_t rows = TableRows(db.connection());
    // As many parts as cores, but no part under min_rows_per_part rows.
    const int parts = static_cast<int>(std::min<int64_t>(most, rows / std::max<int64_t>(split.min_rows_per_part, 1)));
    if (parts > 1) {
      auto readers = OpenSharedSnapshot(db, parts);
      if (!readers.empty()) {
        ForEachDossierSplit(readers, from_day, to_day, split.min_chunk_rows, row);
        return parts;
      }
    }
  }
  auto q = db.connection().Prepare(kDossierFactsSelect);
  BindAll(*q, to_day, from_day);
  DossierFactsRow d;
  while (q->Step()) {
    ReadFacts(*q, d);
    row(0, d);
  }
  return 1;
}

void ForEachDisciplineInDays(Database& db, int from_a, int to_a, int from_b, int to_b,
                             const std::function<void(const DisciplineFactsRow&)>& row) {
  auto q = db.connection().Prepare(
      "SELECT ma_don_vi, hinh_thuc, decided_day FROM discipline "
      "WHERE (decided_day BETWEEN ?1 AND ?2) OR (decided_day BETWEEN ?3 AND ?4)");
  BindAll(*q, from_a, to_a, from_b, to_b);
  while (q->Step()) row({q->GetText(0), q->GetText(1), static_cast<int>(q->GetInt(2))});
}

void ForEachEvaluationOfYears(Database& db, int year_a, int year_b,
                              const std::function<void(const EvaluationFactsRow&)>& row) {
  auto q = db.connection().Prepare(
      "SELECT ma_don_vi, nam, hoan_thanh_xuat_sac, hoan_thanh_tot, hoan_thanh, "
      "khong_hoan_thanh, doi_tuong FROM evaluations WHERE nam = ?1 OR nam = ?2");
  BindAll(*q, year_a, year_b);
  while (q->Step()) {
    EvaluationFactsRow e;
    e.ma_don_vi = q->GetText(0);
    e.nam = static_cast<int>(q->GetInt(1));
    e.hoan_thanh_xuat_sac = q->GetInt(2);
    e.hoan_thanh_tot = q->GetInt(3);
    e.hoan_thanh = q->GetInt(4);
    e.khong_hoan_thanh = q->GetInt(5);
    e.doi_tuong = q->GetText(6);
    row(e);
  }
}

std::vector<std::pair<std::string, std::string>> ProcedureFields(Database& db) {
  std::vector<std::pair<std::string, std::string>> out;
  auto q = db.connection().Prepare("SELECT ma_tthc, linh_vuc FROM procedures ORDER BY rowid");
  while (q->Step()) out.emplace_back(q->GetString(0), q->GetString(1));
  return out;
}

ProcedureCounts CountProcedures(Database& db) {
  // Sums of 0/1: each sum is at most the number of procedures, it cannot overflow.
  auto q = db.connection().Prepare(
      "SELECT COUNT(*), "
      "COALESCE(SUM(CASE WHEN muc_do_dvc = 'toan_trinh' THEN 1 ELSE 0 END), 0), "
      "COALESCE(SUM(CASE WHEN muc_do_dvc = 'mot_phan' THEN 1 ELSE 0 END), 0), "
      "COALESCE(SUM(CASE WHEN co_phi = 1 THEN 1 ELSE 0 END), 0), "
      "COALESCE(SUM(CASE WHEN co_phi = 1 AND thanh_toan_truc_tuyen = 1 THEN 1 ELSE 0 END), 0) "
      "FROM procedures");
  q->Step();
  return {q->GetInt(0), q->GetInt(1), q->GetInt(2), q->GetInt(3), q->GetInt(4)};
}

}  // namespace baocao
