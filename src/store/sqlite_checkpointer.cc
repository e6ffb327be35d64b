#include "store/sqlite_checkpointer.h"

#include <sqlite3.h>

#include <utility>

namespace baocao {

SqliteCheckpointer::SqliteCheckpointer(sqlite3* db, std::string path, int frames)
    : db_(db), path_(std::move(path)), frames_(frames) {
  sqlite3_wal_hook(db_, &SqliteCheckpointer::Hook, this);
}

// The hook is removed on the connection's own thread, the only one that calls it; then thread_,
// destroyed first, is asked to stop (which wakes its wait) and joined.
SqliteCheckpointer::~SqliteCheckpointer() { sqlite3_wal_hook(db_, nullptr, nullptr); }

int SqliteCheckpointer::checkpoints() const {
  std::lock_guard lock(mutex_);
  return checkpoints_;
}

// Called by SQLite on the committing thread after each commit, with the pages now in the WAL. At
// twice the pages given, the thread has not caught up with a writer that never pauses (the WAL
// starts over only at a write after a checkpoint that copied all of it): the rest is copied here,
// on the writer's connection, as SQLite's auto-checkpoint would (the thread has copied most of it).
int SqliteCheckpointer::Hook(void* self, sqlite3* db, const char* schema, int frames) {
  auto* checkpointer = static_cast<SqliteCheckpointer*>(self);
  if (frames / 2 >= checkpointer->frames_)
    sqlite3_wal_checkpoint_v2(db, schema, SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr);
  else if (frames >= checkpointer->frames_)
    checkpointer->Request();
  return SQLITE_OK;
}

void SqliteCheckpointer::Request() {
  {
    std::lock_guard lock(mutex_);
    requested_ = true;
    if (!thread_.joinable()) thread_ = std::jthread([this](std::stop_token stop) { Run(stop); });
  }
  requested_changed_.notify_all();
}

void SqliteCheckpointer::Run(std::stop_token stop) {
  sqlite3* db = nullptr;
  // A connection checkpoints only once it has read the file (before, it does not know the file is in
  // WAL mode, and a checkpoint does nothing): the schema is read first.
  int opened = sqlite3_open_v2(path_.c_str(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, nullptr);
  if (opened == SQLITE_OK) opened = sqlite3_exec(db, "SELECT COUNT(*) FROM sqlite_master", nullptr, nullptr, nullptr);
  for (;;) {
    {
      std::unique_lock lock(mutex_);
      if (!requested_changed_.wait(lock, stop, [&] { return requested_; })) break;
      requested_ = false;
    }
    if (opened != SQLITE_OK) continue;  // nothing to checkpoint with: the requests are dropped
    if (sqlite3_wal_checkpoint_v2(db, nullptr, SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr) == SQLITE_OK) {
      std::lock_guard lock(mutex_);
      ++checkpoints_;
    }
  }
  sqlite3_close(db);
}

}  // namespace baocao
