// A SQLite file's WAL copied into the database on a thread of its own (issue 15), instead of inside
// a commit on the writing thread as SQLite's auto-checkpoint does.
//
// Installed as a connection's WAL hook: when a commit leaves `frames` pages or more in the WAL, the
// hook asks, and the thread runs a PASSIVE checkpoint on a connection of its own — it copies what it
// can without waiting for the writer or a reader, and the writer goes on with its next rows
// meanwhile. The next write transaction after a complete checkpoint starts the WAL over (SQLite
// does, as after an auto-checkpoint). A writer that never pauses keeps a tail of the WAL ahead of
// the thread: at twice `frames` the commit copies that tail itself, so the WAL stays within about
// twice `frames` pages. The thread starts at the first request (most connections never
// make one) and ends with the checkpointer. A checkpoint that fails (busy, the file gone) is dropped,
// as SQLite drops a failed auto-checkpoint: the next request tries again, and closing the file's
// last connection checkpoints what is left.
#pragma once

#include <condition_variable>
#include <mutex>
#include <string>
#include <thread>

struct sqlite3;

namespace baocao {

class SqliteCheckpointer {
 public:
  // Becomes the WAL hook of `db`, the connection to the file at `path` (replacing SQLite's
  // auto-checkpoint on that connection).
  SqliteCheckpointer(sqlite3* db, std::string path, int frames);
  // Removes the hook; waits for a checkpoint under way.
  ~SqliteCheckpointer();
  SqliteCheckpointer(const SqliteCheckpointer&) = delete;
  SqliteCheckpointer& operator=(const SqliteCheckpointer&) = delete;

  int frames() const { return frames_; }
  // Checkpoints run so far (for tests).
  int checkpoints() const;

 private:
  static int Hook(void* self, sqlite3* db, const char* schema, int frames);
  void Request();
  void Run(std::stop_token stop);

  sqlite3* db_;
  const std::string path_;
  const int frames_;
  mutable std::mutex mutex_;
  std::condition_variable_any requested_changed_;
  bool requested_ = false;
  int checkpoints_ = 0;
  std::jthread thread_;  // last: started by the first request, once everything above exists
};

}  // namespace baocao
