#include "store/dossier_split_read.h"

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

// A chunk of the table is a range of SQLite rowids (after, through], or of PostgreSQL heap pages
// [after, through) (a TID range scan: rows do not move while a snapshot can see them).
// Its bounds are the parameters after the query's own `parameters`.
std::string ChunkCondition(SqlDialect dialect, int parameters) {
  const std::string after = "?" + std::to_string(parameters + 1), through = "?" + std::to_string(parameters + 2);
  return dialect == SqlDialect::kSqlite ? " AND rowid > " + after + " AND rowid <= " + through
                                        : " AND ctid >= CAST(" + after + " AS tid) AND ctid < CAST(" + through + " AS tid)";
}

void BindChunk(SqlStatement& q, SqlDialect dialect, int parameters, int64_t after, int64_t through) {
  if (dialect == SqlDialect::kSqlite) {
    q.BindInt(parameters + 1, after);
    q.BindInt(parameters + 2, through);
  } else {  // PostgreSQL copies a bound text
    q.BindText(parameters + 1, "(" + std::to_string(after) + ",0)");
    q.BindText(parameters + 2, "(" + std::to_string(through) + ",0)");
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

// The query, its own parameters and what each row is handed to: what a split read runs on each part.
struct SplitQuery {
  const std::string& select;
  int parameters;
  const std::function<void(SqlStatement&)>& bind;
  const std::function<void(int, SqlStatement&)>& row;
};

// One part of a split read: chunk after chunk on its connection, each row to row(part, statement).
void ReadChunks(SqlConnection& connection, int part, const SplitQuery& query, TableChunks& chunks) {
  const SqlDialect dialect = connection.dialect();
  auto q = connection.Prepare(query.select + ChunkCondition(dialect, query.parameters));
  int64_t after = 0, through = 0;
  while (chunks.Next(after, through)) {
    query.bind(*q);
    BindChunk(*q, dialect, query.parameters, after, through);
    while (q->Step()) {
      query.row(part, *q);
      if (chunks.stopped()) break;  // another part failed: its error is the one reported
    }
    q->Reset();
  }
}

// The query's rows read by the calling thread (part 0) and one thread per further connection at once,
// all of one snapshot, chunk by chunk (TableChunks: SQLite rowids, PostgreSQL pages). The first
// failure of any part (the engine's, or the handler's) stops the others and is rethrown here once
// every thread has ended.
void ForEachDossierSplit(std::vector<std::unique_ptr<SqlConnection>>& readers, const SplitQuery& query,
                         int64_t min_chunk_rows) {
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
      ReadChunks(*readers[static_cast<size_t>(part)], part, query, chunks);
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

int ForEachDossierRow(Database& db, const std::string& select, int parameters,
                      const std::function<void(SqlStatement&)>& bind,
                      const std::function<void(int part, SqlStatement& row)>& row, const DossierScanSplit& split) {
  const SplitQuery query{select, parameters, bind, row};
  const int most = DossierParts(split);
  if (most > 1) {
    const int64_t rows = TableRows(db.connection());
    // As many parts as cores, but no part under min_rows_per_part rows.
    const int parts = static_cast<int>(std::min<int64_t>(most, rows / std::max<int64_t>(split.min_rows_per_part, 1)));
    if (parts > 1) {
      auto readers = OpenSharedSnapshot(db, parts);
      if (!readers.empty()) {
        ForEachDossierSplit(readers, query, split.min_chunk_rows);
        return parts;
      }
    }
  }
  auto q = db.connection().Prepare(select);
  bind(*q);
  while (q->Step()) row(0, *q);
  return 1;
}

}  // namespace baocao
