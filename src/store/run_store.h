// The run history as stored (tables runs, artifacts, inbox_files; store/database.h): the rows
// jobs/run_history.h reads and writes, as plain values. Statuses and outcomes are the stored text
// ("running", "done", "accepted", …); jobs/ owns their meaning.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "store/database.h"

namespace baocao {

struct StoredArtifact {
  std::string path;
  std::string sha256;
  int64_t bytes = 0;
};

struct StoredRun {
  int64_t id = 0;
  std::string job;
  std::string period;
  std::string started_at;
  std::string ended_at;  // "" while running
  std::string status;
  std::optional<int> exit_code;
  std::string message;
};

// A published file with its artifacts rowid (the portal's download id) and its run's job and period.
struct StoredPublishedFile {
  int64_t id = 0;
  int64_t run_id = 0;
  std::string job;
  std::string period;
  StoredArtifact artifact;
};

// One file a run took from its inbox. kind, unit and period "" are stored as NULL, submission_id 0
// as NULL; read back, NULL is "" and 0.
struct StoredInboxFile {
  std::string file_name;
  std::string kind;
  std::string unit;
  std::string period;
  std::string outcome;
  int64_t submission_id = 0;
  std::string submitted_at;
  int rows_total = 0;
  int rows_accepted = 0;
  int rows_rejected = 0;
  int errors = 0;
  std::string reason;
  std::string moved_to;
};

class RunStore {
 public:
  explicit RunStore(Database& db) : db_(db) {}

  // Inserts a run row (ended_at, exit_code, message NULL); returns its id.
  int64_t InsertRun(const std::string& job, const std::string& period, const std::string& started_at,
                    const std::string& status);
  // Sets run id's end, status, exit code and message and adds its artifacts, in one transaction.
  void FinishRun(int64_t id, const std::string& ended_at, const std::string& status, int exit_code,
                 const std::string& message, const std::vector<StoredArtifact>& artifacts);
  // Sets status to new_status, ended_at and message on every run of job whose status is
  // old_status; returns how many.
  int ReplaceStatus(const std::string& job, const std::string& old_status, const std::string& new_status,
                    const std::string& ended_at, const std::string& message);

  void InsertInboxFile(int64_t run_id, const std::string& run_period, const StoredInboxFile& file);
  // Every inbox file recorded with run_period, in the order recorded.
  std::vector<StoredInboxFile> InboxFilesOf(const std::string& run_period);

  // The newest `limit` runs, newest first (without artifacts).
  std::vector<StoredRun> LastRuns(int limit);
  // The artifacts of run_id, in the order recorded.
  std::vector<StoredArtifact> ArtifactsOf(int64_t run_id);
  // The same with their ids, job and period.
  std::vector<StoredPublishedFile> FilesOf(int64_t run_id);
  // The published file of artifacts rowid id; nullopt when there is none.
  std::optional<StoredPublishedFile> FindFile(int64_t id);

 private:
  Database& db_;
};

}  // namespace baocao
