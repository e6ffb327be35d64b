#include "store/figures_source.h"

#include <algorithm>
#include <array>
#include <atomic>
#include <condition_variable>
#include <deque>
#include <exception>
#include <memory>
#include <mutex>
#include <thread>

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

// Rows read by a reader thread, handed to the calling thread: the texts of every row one after the
// other in `text`, each row's numbers and where its texts end.
struct FactsBatch {
  static constexpr size_t kRows = 1024;
  struct Row {
    int received_day, due_day, finished_day;
    bool finished;
    int64_t phi_le_phi;
    std::array<uint32_t, 6> text_end;  // ma_don_vi, kenh_nop, trang_thai, hinh_thuc, danh_gia, ma_tthc
  };
  std::string text;
  std::vector<Row> rows;

  FactsBatch() {
    text.reserve(kRows * 48);
    rows.reserve(kRows);
  }
  void Add(const DossierFactsRow& d) {
    Row r{d.received_day, d.due_day, d.finished_day, d.finished, d.phi_le_phi, {}};
    size_t i = 0;
    for (std::string_view t : {d.ma_don_vi, d.kenh_nop, d.trang_thai, d.hinh_thuc_thanh_toan, d.danh_gia, d.ma_tthc}) {
      text.append(t);
      r.text_end[i++] = static_cast<uint32_t>(text.size());
    }
    rows.push_back(r);
  }
  // Row i as the callback sees it (views into `text`).
  void Get(size_t i, DossierFactsRow& d) const {
    const Row& r = rows[i];
    uint32_t start = i == 0 ? 0 : rows[i - 1].text_end[5];
    std::array<std::string_view, 6> t;
    for (size_t k = 0; k < t.size(); ++k) {
      t[k] = std::string_view(text).substr(start, r.text_end[k] - start);
      start = r.text_end[k];
    }
    d = {t[0], r.received_day, r.due_day, r.finished, r.finished_day, t[1], t[2], r.phi_le_phi, t[3], t[4], t[5]};
  }
};

// The batches of the reader threads on their way to the calling thread: at most kDepth waiting per
// reader (memory stays flat: some 100 KiB a batch), the first failure of a reader stops the others.
class FactsQueue {
 public:
  static constexpr size_t kDepth = 16;
  explicit FactsQueue(int readers) : readers_left_(readers), capacity_(kDepth * static_cast<size_t>(readers)) {}

  // A reader's batch; false when the read was stopped (the caller failed, or another reader).
  bool Push(FactsBatch&& batch) {
    std::unique_lock lock(mutex_);
    not_full_.wait(lock, [&] { return stopped_ || batches_.size() < capacity_; });
    if (stopped_) return false;
    batches_.push_back(std::move(batch));
    not_empty_.notify_one();
    return true;
  }
  // A reader is done: error is its failure, or null.
  void Finish(std::exception_ptr error) {
    std::lock_guard lock(mutex_);
    --readers_left_;
    if (error && !error_) {
      error_ = error;
      stopped_ = true;
      not_full_.notify_all();
    }
    not_empty_.notify_one();
  }
  // The next batch; false once every reader is done. Rethrows a reader's failure.
  bool Pop(FactsBatch& batch) {
    std::unique_lock lock(mutex_);
    not_empty_.wait(lock, [&] { return error_ || !batches_.empty() || readers_left_ == 0; });
    return Take(batch);
  }
  // The next batch if one is waiting, without waiting. Rethrows a reader's failure.
  bool TryPop(FactsBatch& batch) {
    std::lock_guard lock(mutex_);
    return Take(batch);
  }
  // Stops the readers (the calling thread gives up).
  void Stop() {
    std::lock_guard lock(mutex_);
    stopped_ = true;
    not_full_.notify_all();
  }

 private:
  bool Take(FactsBatch& batch) {
    if (error_) std::rethrow_exception(error_);
    if (batches_.empty()) return false;
    batch = std::move(batches_.front());
    batches_.pop_front();
    not_full_.notify_one();
    return true;
  }

  std::mutex mutex_;
  std::condition_variable not_full_, not_empty_;
  std::deque<FactsBatch> batches_;
  int readers_left_;
  size_t capacity_;
  bool stopped_ = false;
  std::exception_ptr error_;
};

// The table's rowids (0, max] handed out in chunks to whoever reads next: the calling thread and the
// reader threads each take the next chunk when done with theirs, so none waits for a slower one.
class RowidChunks {
 public:
  RowidChunks(int64_t max_rowid, int64_t chunk) : max_(max_rowid), chunk_(chunk) {}
  // The next chunk (after, through]; false when none is left.
  bool Next(int64_t& after, int64_t& through) {
    after = next_.fetch_add(chunk_);
    if (after >= max_) return false;
    through = std::min(after + chunk_, max_);
    return true;
  }

 private:
  const int64_t max_, chunk_;
  std::atomic<int64_t> next_{0};
};

std::unique_ptr<SqlStatement> PrepareChunkRead(SqlConnection& connection) {
  return connection.Prepare(std::string(kDossierFactsSelect) + " AND rowid > ?3 AND rowid <= ?4");
}

// A reader thread: chunk after chunk on its connection, the rows in batches to the calling thread.
void ReadChunks(SqlConnection& connection, int from_day, int to_day, RowidChunks& chunks, FactsQueue& queue) {
  try {
    auto q = PrepareChunkRead(connection);
    FactsBatch batch;
    DossierFactsRow d;
    int64_t after = 0, through = 0;
    while (chunks.Next(after, through)) {
      BindAll(*q, to_day, from_day, after, through);
      while (q->Step()) {
        ReadFacts(*q, d);
        batch.Add(d);
        if (batch.rows.size() == FactsBatch::kRows) {
          if (!queue.Push(std::move(batch))) {  // stopped: the calling thread gave up, or another reader failed
            queue.Finish(nullptr);
            return;
          }
          batch = FactsBatch();
        }
      }
      q->Reset();
    }
    if (!batch.rows.empty()) queue.Push(std::move(batch));
    queue.Finish(nullptr);
  } catch (...) {
    queue.Finish(std::current_exception());
  }
}

// The dossiers read by the calling thread and readers.size() - 1 reader threads at once, each on
// its own connection, all of one snapshot, chunk by chunk (RowidChunks). Every row goes to `row` on
// the calling thread: its own rows straight from its query, the readers' in batches it takes
// between its own rows and, at the end, until every reader is done.
void ForEachDossierSplit(std::vector<std::unique_ptr<SqlConnection>>& readers, int from_day, int to_day,
                         int64_t min_chunk_rows, const std::function<void(const DossierFactsRow&)>& row) {
  auto last = readers.front()->Prepare("SELECT COALESCE(MAX(rowid), 0) FROM dossiers");
  last->Step();
  const int64_t max_rowid = last->GetInt(0);
  last.reset();
  const auto parts = static_cast<int64_t>(readers.size());
  // Some 16 chunks a reader: small enough to even out, large enough that a chunk's seek is nothing.
  RowidChunks chunks(max_rowid, std::max<int64_t>({max_rowid / (parts * 16), min_chunk_rows, 1}));
  FactsQueue queue(static_cast<int>(parts - 1));
  std::vector<std::thread> threads;
  // Stops and joins the readers however the loops below end (a callback may throw).
  struct Joiner {
    FactsQueue& queue;
    std::vector<std::thread>& threads;
    ~Joiner() {
      queue.Stop();
      for (auto& t : threads) t.join();
    }
  } joiner{queue, threads};
  for (size_t p = 1; p < readers.size(); ++p)
    threads.emplace_back(ReadChunks, std::ref(*readers[p]), from_day, to_day, std::ref(chunks), std::ref(queue));
  FactsBatch batch;
  DossierFactsRow d;
  const auto hand_over = [&] {
    for (size_t i = 0; i < batch.rows.size(); ++i) {
      batch.Get(i, d);
      row(d);
    }
  };
  auto q = PrepareChunkRead(*readers.front());
  int64_t after = 0, through = 0;
  size_t own = 0;
  while (chunks.Next(after, through)) {
    BindAll(*q, to_day, from_day, after, through);
    while (q->Step()) {
      ReadFacts(*q, d);
      row(d);
      if (++own % FactsBatch::kRows == 0) {  // the readers' batches waiting meanwhile
        while (queue.TryPop(batch)) hand_over();
      }
    }
    q->Reset();
  }
  while (queue.Pop(batch)) hand_over();
}

}  // namespace

int ForEachDossierInDays(Database& db, int from_day, int to_day,
                         const std::function<void(const DossierFactsRow&)>& row, const DossierScanSplit& split) {
  const int parts = split.parts > 0 ? split.parts : static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
  if (parts > 1 && db.dialect() == SqlDialect::kSqlite) {
    auto size = db.connection().Prepare("SELECT COALESCE(MAX(rowid), 0) FROM dossiers");
    size->Step();
    const int64_t rows = size->GetInt(0);
    size.reset();
    if (rows >= split.min_rows_per_part * parts) {
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
    row(d);
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
