#include "store/run_store.h"

#include <memory>

#include "store/write_transaction.h"

namespace baocao {
namespace {

StoredPublishedFile FileAt(SqlStatement& q) {
  StoredPublishedFile f;
  f.id = q.GetInt(0);
  f.run_id = q.GetInt(1);
  f.job = q.GetString(2);
  f.period = q.GetString(3);
  f.artifact = {q.GetString(4), q.GetString(5), q.GetInt(6)};
  return f;
}

constexpr const char* kFileColumns =
    "SELECT a.rowid, a.run_id, r.job, r.period, a.path, a.sha256, a.bytes FROM artifacts a JOIN runs r ON r.id = a.run_id ";

}  // namespace

int64_t RunStore::InsertRun(const std::string& job, const std::string& period, const std::string& started_at,
                            const std::string& status) {
  auto q = db_.connection().Prepare(
      "INSERT INTO runs (job, period, started_at, status) VALUES (?, ?, ?, ?) RETURNING id");
  BindAll(*q, job, period, started_at, status);
  q->Step();
  const int64_t id = q->GetInt(0);
  q->Reset();
  return id;
}

void RunStore::FinishRun(int64_t id, const std::string& ended_at, const std::string& status, int exit_code,
                         const std::string& message, const std::vector<StoredArtifact>& artifacts) {
  WriteTransaction tx(db_);
  auto q = db_.connection().Prepare(
      "UPDATE runs SET ended_at = ?, status = ?, exit_code = ?, message = ? WHERE id = ?");
  BindAll(*q, ended_at, status, exit_code, message, id);
  q->Execute();
  auto a = db_.connection().Prepare("INSERT INTO artifacts (run_id, path, sha256, bytes) VALUES (?, ?, ?, ?)");
  for (const auto& artifact : artifacts) {
    BindAll(*a, id, artifact.path, artifact.sha256, artifact.bytes);
    a->Execute();
    a->Reset();
  }
  tx.Commit();
}

int RunStore::ReplaceStatus(const std::string& job, const std::string& old_status, const std::string& new_status,
                            const std::string& ended_at, const std::string& message) {
  auto q = db_.connection().Prepare(
      "UPDATE runs SET status = ?, ended_at = ?, message = ? WHERE job = ? AND status = ?");
  BindAll(*q, new_status, ended_at, message, job, old_status);
  return static_cast<int>(q->Execute());
}

void RunStore::InsertInboxFile(int64_t run_id, const std::string& run_period, const StoredInboxFile& r) {
  auto q = db_.connection().Prepare(
      "INSERT INTO inbox_files (run_id, run_period, file_name, kind, ma_don_vi, period, outcome, "
      "submission_id, submitted_at, rows_total, rows_accepted, rows_rejected, errors, reason, "
      "moved_to) VALUES (?, ?, ?, NULLIF(?, ''), NULLIF(?, ''), NULLIF(?, ''), ?, NULLIF(?, 0), ?, "
      "?, ?, ?, ?, ?, ?)");
  BindAll(*q, run_id, run_period, r.file_name, r.kind, r.unit, r.period, r.outcome, r.submission_id, r.submitted_at,
          r.rows_total, r.rows_accepted, r.rows_rejected, r.errors, r.reason, r.moved_to);
  q->Execute();
}

std::vector<StoredInboxFile> RunStore::InboxFilesOf(const std::string& run_period) {
  auto q = db_.connection().Prepare(
      "SELECT file_name, kind, ma_don_vi, period, outcome, submission_id, submitted_at, rows_total, "
      "rows_accepted, rows_rejected, errors, reason, moved_to FROM inbox_files WHERE run_period = ? "
      "ORDER BY rowid");
  BindAll(*q, run_period);
  std::vector<StoredInboxFile> out;
  while (q->Step()) {
    StoredInboxFile r;
    r.file_name = q->GetString(0);
    r.kind = q->GetString(1);
    r.unit = q->GetString(2);
    r.period = q->GetString(3);
    r.outcome = q->GetString(4);
    r.submission_id = q->GetInt(5);
    r.submitted_at = q->GetString(6);
    r.rows_total = static_cast<int>(q->GetInt(7));
    r.rows_accepted = static_cast<int>(q->GetInt(8));
    r.rows_rejected = static_cast<int>(q->GetInt(9));
    r.errors = static_cast<int>(q->GetInt(10));
    r.reason = q->GetString(11);
    r.moved_to = q->GetString(12);
    out.push_back(std::move(r));
  }
  return out;
}

std::vector<StoredRun> RunStore::LastRuns(int limit) {
  auto q = db_.connection().Prepare(
      "SELECT id, job, period, started_at, ended_at, status, exit_code, message FROM runs "
      "ORDER BY id DESC LIMIT ?");
  BindAll(*q, limit);
  std::vector<StoredRun> out;
  while (q->Step()) {
    StoredRun r;
    r.id = q->GetInt(0);
    r.job = q->GetString(1);
    r.period = q->GetString(2);
    r.started_at = q->GetString(3);
    r.ended_at = q->GetString(4);
    r.status = q->GetString(5);
    if (!q->IsNull(6)) r.exit_code = static_cast<int>(q->GetInt(6));
    r.message = q->GetString(7);
    out.push_back(std::move(r));
  }
  return out;
}

std::vector<StoredArtifact> RunStore::ArtifactsOf(int64_t run_id) {
  auto q = db_.connection().Prepare("SELECT path, sha256, bytes FROM artifacts WHERE run_id = ? ORDER BY rowid");
  BindAll(*q, run_id);
  std::vector<StoredArtifact> out;
  while (q->Step()) out.push_back({q->GetString(0), q->GetString(1), q->GetInt(2)});
  return out;
}

std::vector<StoredPublishedFile> RunStore::FilesOf(int64_t run_id) {
  auto q = db_.connection().Prepare(std::string(kFileColumns) + "WHERE a.run_id = ? ORDER BY a.rowid");
  BindAll(*q, run_id);
  std::vector<StoredPublishedFile> out;
  while (q->Step()) out.push_back(FileAt(*q));
  return out;
}

std::optional<StoredPublishedFile> RunStore::FindFile(int64_t id) {
  auto q = db_.connection().Prepare(std::string(kFileColumns) + "WHERE a.rowid = ?");
  BindAll(*q, id);
  if (!q->Step()) return std::nullopt;
  return FileAt(*q);
}

}  // namespace baocao
