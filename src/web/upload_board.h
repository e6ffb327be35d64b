// Uploads in flight and their receipts, per session, in memory.
//
// While `submit` reads an uploaded file, its progress (rows read, the share of the file) is kept under a token the page
// chose, so the page's script can ask for it; when it is done, the receipt is kept under a new random
// token, so the page that shows it (and its download) can be opened again during the session. Each
// entry belongs to the session that made it: another session asking for it gets nothing.
#pragma once

#include <deque>
#include <map>
#include <mutex>
#include <optional>
#include <string>

#include "ingest/submission.h"

namespace baocao::web {

struct UploadProgress {
  int rows_read = 0;
  bool done = false;
  std::optional<double> fraction_read;  // of the file (ReadProgress::fraction_read), when known
};

// What GET /nop/tien-do answers for progress: {"rows":N,"percent":P,"done":D}, P the share of the
// file read in whole percent (rounded down, so 100 only at its end), null when the file cannot tell.
std::string ProgressJson(const UploadProgress& progress);

class UploadBoard {
 public:
  // Progress of the upload `token` of session: set while it is read, erased by Finish.
  void SetProgress(const std::string& session, const std::string& token, UploadProgress progress);
  std::optional<UploadProgress> Progress(const std::string& session, const std::string& token);
  void EndProgress(const std::string& session, const std::string& token);

  // Keeps receipt for session (the newest kKept per session); returns its token.
  std::string KeepReceipt(const std::string& session, Receipt receipt);
  std::optional<Receipt> FindReceipt(const std::string& session, const std::string& token);

  static constexpr size_t kKept = 50;          // per session
  static constexpr size_t kKeptInAll = 2000;   // over every session (the oldest go first)
  static constexpr size_t kMaxProgressPerSession = 8;

 private:
  struct Kept {
    std::string session;
    std::string token;
    Receipt receipt;
  };
  std::mutex mutex_;
  std::map<std::pair<std::string, std::string>, UploadProgress> progress_;
  std::deque<Kept> receipts_;  // newest last
};

}  // namespace baocao::web
