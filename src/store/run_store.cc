#include "store/run_store.h"

#include <SQLiteCpp/Statement.h>
#include <SQLiteCpp/Transaction.h>

namespace baocao {
namespace {

std::string Text(SQLite::Statement& q, int column) {
  return q.getColumn(column).isNull() ? std::string() : q.getColumn(column).getString();
}

StoredPublishedFile FileAt(SQLite::Statement& q) {
  StoredPublishedFile f;
  f.id = q.getColumn(0).getInt64();
  f.run_id = q.getColumn(1).getInt64();
  f.job = Text(q, 2);
  f.period = Text(q, 3);
  f.artifact = {Text(q, 4), Text(q, 5), q.getColumn(6).getInt64()};
  return f;
}

constexpr const char* kFileColumns =
    "SELECT a.rowid, a.run_id, r.job, r.period, a.path, a.sha256, a.bytes FROM artifacts a JOIN runs r ON r.id = a.run_id ";

}  // namespace

int64_t RunStore::InsertRun(const std::string& job, const std::string& period, const std::string& started_at,
                            const std::string& status) {
  SQLite::Statement q(db_.sql(), "INSERT INTO runs (job, period, started_at, status) VALUES (?, ?, ?, ?)");
  q.bind(1, job);
  q.bind(2, period);
  q.bind(3, started_at);
  q.bind(4, status);
  q.exec();
  return db_.sql().getLastInsertRowid();
}

void RunStore::FinishRun(int64_t id, const std::string& ended_at, const std::string& status, int exit_code,
                         const std::string& message, const std::vector<StoredArtifact>& artifacts) {
  SQLite::Transaction tx(db_.sql(), SQLite::TransactionBehavior::IMMEDIATE);
  SQLite::Statement q(db_.sql(), "UPDATE runs SET ended_at = ?, status = ?, exit_code = ?, message = ? WHERE id = ?");
  q.bind(1, ended_at);
  q.bind(2, status);
  q.bind(3, exit_code);
  q.bind(4, message);
  q.bind(5, id);
  q.exec();
  SQLite::Statement a(db_.sql(), "INSERT INTO artifacts (run_id, path, sha256, bytes) VALUES (?, ?, ?, ?)");
  for (const auto& artifact : artifacts) {
    a.bind(1, id);
    a.bind(2, artifact.path);
    a.bind(3, artifact.sha256);
    a.bind(4, artifact.bytes);
    a.exec();
    a.reset();
  }
  tx.commit();
}

int RunStore::ReplaceStatus(const std::string& job, const std::string& old_status, const std::string& new_status,
                            const std::string& ended_at, const std::string& message) {
  SQLite::Statement q(db_.sql(), "UPDATE runs SET status = ?, ended_at = ?, message = ? WHERE job = ? AND status = ?");
  q.bind(1, new_status);
  q.bind(2, ended_at);
  q.bind(3, message);
  q.bind(4, job);
  q.bind(5, old_status);
  return q.exec();
}

void RunStore::InsertInboxFile(int64_t run_id, const std::string& run_period, const StoredInboxFile& r) {
  SQLite::Statement q(db_.sql(),
                      "INSERT INTO inbox_files (run_id, run_period, file_name, kind, ma_don_vi, period, outcome, "
                      "submission_id, submitted_at, rows_total, rows_accepted, rows_rejected, errors, reason, "
                      "moved_to) VALUES (?, ?, ?, NULLIF(?, ''), NULLIF(?, ''), NULLIF(?, ''), ?, NULLIF(?, 0), ?, "
                      "?, ?, ?, ?, ?, ?)");
  q.bind(1, run_id);
  q.bind(2, run_period);
  q.bind(3, r.file_name);
  q.bind(4, r.kind);
  q.bind(5, r.unit);
  q.bind(6, r.period);
  q.bind(7, r.outcome);
  q.bind(8, r.submission_id);
  q.bind(9, r.submitted_at);
  q.bind(10, r.rows_total);
  q.bind(11, r.rows_accepted);
  q.bind(12, r.rows_rejected);
  q.bind(13, r.errors);
  q.bind(14, r.reason);
  q.bind(15, r.moved_to);
  q.exec();
}

std::vector<StoredInboxFile> RunStore::InboxFilesOf(const std::string& run_period) {
  SQLite::Statement q(db_.sql(),
                      "SELECT file_name, kind, ma_don_vi, period, outcome, submission_id, submitted_at, rows_total, "
                      "rows_accepted, rows_rejected, errors, reason, moved_to FROM inbox_files WHERE run_period = ? "
                      "ORDER BY rowid");
  q.bind(1, run_period);
  std::vector<StoredInboxFile> out;
  while (q.executeStep()) {
    StoredInboxFile r;
    r.file_name = Text(q, 0);
    r.kind = Text(q, 1);
    r.unit = Text(q, 2);
    r.period = Text(q, 3);
    r.outcome = Text(q, 4);
    r.submission_id = q.getColumn(5).getInt64();
    r.submitted_at = Text(q, 6);
    r.rows_total = q.getColumn(7).getInt();
    r.rows_accepted = q.getColumn(8).getInt();
    r.rows_rejected = q.getColumn(9).getInt();
    r.errors = q.getColumn(10).getInt();
    r.reason = Text(q, 11);
    r.moved_to = Text(q, 12);
    out.push_back(std::move(r));
  }
  return out;
}

std::vector<StoredRun> RunStore::LastRuns(int limit) {
  SQLite::Statement q(db_.sql(),
                      "SELECT id, job, period, started_at, ended_at, status, exit_code, message FROM runs "
                      "ORDER BY id DESC LIMIT ?");
  q.bind(1, limit);
  std::vector<StoredRun> out;
  while (q.executeStep()) {
    StoredRun r;
    r.id = q.getColumn(0).getInt64();
    r.job = Text(q, 1);
    r.period = Text(q, 2);
    r.started_at = Text(q, 3);
    r.ended_at = Text(q, 4);
    r.status = Text(q, 5);
    if (!q.getColumn(6).isNull()) r.exit_code = q.getColumn(6).getInt();
    r.message = Text(q, 7);
    out.push_back(std::move(r));
  }
  return out;
}

std::vector<StoredArtifact> RunStore::ArtifactsOf(int64_t run_id) {
  SQLite::Statement q(db_.sql(), "SELECT path, sha256, bytes FROM artifacts WHERE run_id = ? ORDER BY rowid");
  q.bind(1, run_id);
  std::vector<StoredArtifact> out;
  while (q.executeStep()) out.push_back({Text(q, 0), Text(q, 1), q.getColumn(2).getInt64()});
  return out;
}

std::vector<StoredPublishedFile> RunStore::FilesOf(int64_t run_id) {
  SQLite::Statement q(db_.sql(), std::string(kFileColumns) + "WHERE a.run_id = ? ORDER BY a.rowid");
  q.bind(1, run_id);
  std::vector<StoredPublishedFile> out;
  while (q.executeStep()) out.push_back(FileAt(q));
  return out;
}

std::optional<StoredPublishedFile> RunStore::FindFile(int64_t id) {
  SQLite::Statement q(db_.sql(), std::string(kFileColumns) + "WHERE a.rowid = ?");
  q.bind(1, id);
  if (!q.executeStep()) return std::nullopt;
  return FileAt(q);
}

}  // namespace baocao
