#pragma once

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <exception>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

namespace baocao {

// Runs writes (a report's files) on worker threads while the caller computes the next reports: the
// run writes every unit's own reports this way, one core computing, the others writing. Writes run in
// any order; the first one that throws wins: the writes still queued are dropped, and Add or Finish
// rethrows it on the caller's thread. The queue holds at most twice as many writes as there are
// workers, so a slow disk holds the caller back instead of the memory growing.
class ParallelWrites {
 public:
  // workers >= 1 threads; 0 is taken as 1.
  explicit ParallelWrites(size_t workers);
  ParallelWrites(const ParallelWrites&) = delete;
  ParallelWrites& operator=(const ParallelWrites&) = delete;
  // Drops the writes not started, waits for the running ones; never throws (the caller is leaving
  // by a failure of its own, or has called Finish).
  ~ParallelWrites();

  // Queues write; waits while the queue is full. Rethrows the failure of an earlier write.
  void Add(std::function<void()> write);
  // Waits until every queued write has run; rethrows the first failure.
  void Finish();

  // The workers a run uses: one per core, at least 1, at most 8.
  static size_t DefaultWorkers();

 private:
  void Work();
  void RethrowFailure();  // with mutex_ held

  std::mutex mutex_;
  std::condition_variable changed_;
  std::deque<std::function<void()>> queue_;
  size_t capacity_;
  size_t running_ = 0;
  bool stopping_ = false;
  std::exception_ptr failure_;
  std::vector<std::thread> workers_;  // last: started once the state above exists
};

}  // namespace baocao
