// The record of runs in the database (tables runs, artifacts, inbox_files; store/database.h).
//
// A run is recorded when it starts (status "running"), and finished with its status, exit code,
// message and every file it published with its SHA-256 and size. A run that was killed stays
// "running" until the next run of the same job marks it "interrupted". Each file taken from the inbox
// is recorded with the run and the run's period, so that a run summary can list the inbox results of
// its period again, identically, when the period is run again.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "generators/render.h"
#include "jobs/inbox.h"
#include "store/database.h"

namespace baocao {

// kDataErrors: the reports were published, but an error-severity rule of the quality check
// (rules/kiem_tra.toml) fails for the period (exit 3).
enum class RunStatus { kRunning, kDone, kIncomplete, kRejectedInput, kDataErrors, kFailed, kInterrupted };

std::string ToString(RunStatus status);     // running | done | incomplete | rejected_input | …
std::string StatusLabel(RunStatus status);  // Vietnamese: "đang chạy", "hoàn thành", …
RunStatus ParseRunStatus(const std::string& text);

struct RunRecord {
  int64_t id = 0;
  std::string job;
  std::string period;
  std::string started_at;
  std::string ended_at;  // empty while running
  RunStatus status = RunStatus::kRunning;
  std::optional<int> exit_code;
  std::string message;
  std::vector<Artifact> artifacts;
};

// A file a run published, with the id of its row in the database: what the portal's download link
// names (/lich-su/tep/<id>), so that a download never takes a path from the request. The id is the
// artifacts row's rowid.
struct PublishedFile {
  int64_t id = 0;
  int64_t run_id = 0;
  std::string job;     // the job of the run
  std::string period;  // the run's period label
  Artifact artifact;
};

class RunHistory {
 public:
  explicit RunHistory(Database& db) : db_(db) {}

  // Records a run that starts now; returns its id.
  int64_t Begin(const std::string& job, const std::string& period, const std::string& started_at);
  // Finishes run id, with the files it published (none when it failed).
  void Finish(int64_t id, const std::string& ended_at, RunStatus status, int exit_code,
              const std::string& message, const std::vector<Artifact>& artifacts);
  // Marks the runs of job still "running" as interrupted (their process is gone: the caller holds
  // the lock). Returns how many.
  int MarkInterrupted(const std::string& job, const std::string& ended_at);

  void RecordInboxFile(int64_t run_id, const std::string& run_period, const InboxResult& result);
  // The inbox files recorded for runs of period run_period, one per file name (the latest record
  // that is not a mere duplicate, else the latest), sorted by file name.
  std::vector<InboxResult> InboxFilesOf(const std::string& run_period);

  // The newest `limit` runs, newest first, with their artifacts.
  std::vector<RunRecord> Last(int limit);

  // The files run_id published, in the order recorded (the same as RunRecord::artifacts), with ids.
  std::vector<PublishedFile> FilesOf(int64_t run_id);
  // The published file of id; nullopt when there is none.
  std::optional<PublishedFile> FindFile(int64_t id);

 private:
  Database& db_;
};

}  // namespace baocao
