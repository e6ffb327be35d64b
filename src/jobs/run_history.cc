#include "jobs/run_history.h"

#include <map>

#include "core/errors.h"
#include "store/run_store.h"

namespace baocao {
namespace {

constexpr RunStatus kStatuses[] = {RunStatus::kRunning, RunStatus::kDone,   RunStatus::kIncomplete,
                                   RunStatus::kRejectedInput, RunStatus::kDataErrors, RunStatus::kFailed,
                                   RunStatus::kInterrupted};

Artifact ToArtifact(const StoredArtifact& a) { return {a.path, a.sha256, static_cast<uint64_t>(a.bytes)}; }

PublishedFile ToPublishedFile(const StoredPublishedFile& f) {
  return {f.id, f.run_id, f.job, f.period, ToArtifact(f.artifact)};
}

}  // namespace

std::string ToString(RunStatus status) {
  switch (status) {
    case RunStatus::kRunning: return "running";
    case RunStatus::kDone: return "done";
    case RunStatus::kIncomplete: return "incomplete";
    case RunStatus::kRejectedInput: return "rejected_input";
    case RunStatus::kDataErrors: return "data_errors";
    case RunStatus::kFailed: return "failed";
    case RunStatus::kInterrupted: return "interrupted";
  }
  return "";
}

std::string StatusLabel(RunStatus status) {
  switch (status) {
    case RunStatus::kRunning: return "đang chạy";
    case RunStatus::kDone: return "hoàn thành";
    case RunStatus::kIncomplete: return "thiếu báo cáo";
    case RunStatus::kRejectedInput: return "có tệp bị từ chối";
    case RunStatus::kDataErrors: return "số liệu vi phạm quy tắc kiểm tra";
    case RunStatus::kFailed: return "thất bại";
    case RunStatus::kInterrupted: return "bị ngắt";
  }
  return "";
}

RunStatus ParseRunStatus(const std::string& text) {
  for (RunStatus s : kStatuses)
    if (ToString(s) == text) return s;
  throw Error("Trạng thái lượt chạy không hợp lệ trong cơ sở dữ liệu: " + text);
}

int64_t RunHistory::Begin(const std::string& job, const std::string& period, const std::string& started_at) {
  return RunStore(db_).InsertRun(job, period, started_at, ToString(RunStatus::kRunning));
}

void RunHistory::Finish(int64_t id, const std::string& ended_at, RunStatus status, int exit_code,
                        const std::string& message, const std::vector<Artifact>& artifacts) {
  std::vector<StoredArtifact> stored;
  stored.reserve(artifacts.size());
  for (const auto& a : artifacts) stored.push_back({a.path, a.sha256, static_cast<int64_t>(a.bytes)});
  RunStore(db_).FinishRun(id, ended_at, ToString(status), exit_code, message, stored);
}

int RunHistory::MarkInterrupted(const std::string& job, const std::string& ended_at) {
  return RunStore(db_).ReplaceStatus(job, ToString(RunStatus::kRunning), ToString(RunStatus::kInterrupted),
                                     ended_at, "lượt chạy bị ngắt giữa chừng; không có tệp nào được công bố");
}

void RunHistory::RecordInboxFile(int64_t run_id, const std::string& run_period, const InboxResult& r) {
  StoredInboxFile f;
  f.file_name = r.file_name;
  f.kind = r.kind;
  f.unit = r.unit;
  f.period = r.period;
  f.outcome = ToString(r.outcome);
  f.submission_id = r.submission_id;
  f.submitted_at = r.submitted_at;
  f.rows_total = r.rows_total;
  f.rows_accepted = r.rows_accepted;
  f.rows_rejected = r.rows_rejected;
  f.errors = r.errors;
  f.reason = r.reason;
  f.moved_to = r.moved_to;
  RunStore(db_).InsertInboxFile(run_id, run_period, f);
}

std::vector<InboxResult> RunHistory::InboxFilesOf(const std::string& run_period) {
  std::map<std::string, InboxResult> latest;  // sorted by file name
  for (StoredInboxFile& f : RunStore(db_).InboxFilesOf(run_period)) {
    InboxResult r;
    r.file_name = std::move(f.file_name);
    r.kind = std::move(f.kind);
    r.unit = std::move(f.unit);
    r.period = std::move(f.period);
    r.outcome = ParseInboxOutcome(f.outcome);
    r.submission_id = f.submission_id;
    r.submitted_at = std::move(f.submitted_at);
    r.rows_total = f.rows_total;
    r.rows_accepted = f.rows_accepted;
    r.rows_rejected = f.rows_rejected;
    r.errors = f.errors;
    r.reason = std::move(f.reason);
    r.moved_to = std::move(f.moved_to);
    r.receipt = r.moved_to + ".bien_nhan.txt";
    const auto it = latest.find(r.file_name);
    const bool keep_previous = it != latest.end() && r.outcome == InboxResult::Outcome::kDuplicate &&
                               it->second.outcome != InboxResult::Outcome::kDuplicate;
    if (!keep_previous) latest[r.file_name] = r;
  }
  std::vector<InboxResult> out;
  for (auto& [name, r] : latest) out.push_back(std::move(r));
  return out;
}

std::vector<RunRecord> RunHistory::Last(int limit) {
  RunStore store(db_);
  std::vector<RunRecord> out;
  for (StoredRun& s : store.LastRuns(limit)) {
    RunRecord r;
    r.id = s.id;
    r.job = std::move(s.job);
    r.period = std::move(s.period);
    r.started_at = std::move(s.started_at);
    r.ended_at = std::move(s.ended_at);
    r.status = ParseRunStatus(s.status);
    r.exit_code = s.exit_code;
    r.message = std::move(s.message);
    out.push_back(std::move(r));
  }
  for (auto& r : out)
    for (const StoredArtifact& a : store.ArtifactsOf(r.id)) r.artifacts.push_back(ToArtifact(a));
  return out;
}

std::vector<PublishedFile> RunHistory::FilesOf(int64_t run_id) {
  std::vector<PublishedFile> out;
  for (const StoredPublishedFile& f : RunStore(db_).FilesOf(run_id)) out.push_back(ToPublishedFile(f));
  return out;
}

std::optional<PublishedFile> RunHistory::FindFile(int64_t id) {
  const auto f = RunStore(db_).FindFile(id);
  if (!f) return std::nullopt;
  return ToPublishedFile(*f);
}

}  // namespace baocao
