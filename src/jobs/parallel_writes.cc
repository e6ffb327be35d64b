#include "jobs/parallel_writes.h"

#include <algorithm>
#include <utility>

namespace baocao {

ParallelWrites::ParallelWrites(size_t workers) : capacity_(2 * std::max<size_t>(workers, 1)) {
  for (size_t i = 0; i < std::max<size_t>(workers, 1); ++i) workers_.emplace_back([this] { Work(); });
}

ParallelWrites::~ParallelWrites() {
  {
    std::lock_guard lock(mutex_);
    stopping_ = true;
    queue_.clear();
  }
  changed_.notify_all();
  for (auto& worker : workers_) worker.join();
}

size_t ParallelWrites::DefaultWorkers() {
  return std::clamp<size_t>(std::thread::hardware_concurrency(), 1, 8);
}

void ParallelWrites::RethrowFailure() {
  if (failure_) std::rethrow_exception(failure_);
}

void ParallelWrites::Add(std::function<void()> write) {
  std::unique_lock lock(mutex_);
  changed_.wait(lock, [&] { return failure_ || queue_.size() < capacity_; });
  RethrowFailure();
  queue_.push_back(std::move(write));
  lock.unlock();
  changed_.notify_all();
}

void ParallelWrites::Finish() {
  std::unique_lock lock(mutex_);
  changed_.wait(lock, [&] { return failure_ || (queue_.empty() && running_ == 0); });
  if (failure_) {
    queue_.clear();
    changed_.wait(lock, [&] { return running_ == 0; });  // no write touches the folder after this
  }
  RethrowFailure();
}

void ParallelWrites::Work() {
  std::unique_lock lock(mutex_);
  while (true) {
    changed_.wait(lock, [&] { return stopping_ || !queue_.empty(); });
    if (queue_.empty()) return;  // stopping, nothing left
    std::function<void()> write = std::move(queue_.front());
    queue_.pop_front();
    ++running_;
    lock.unlock();
    changed_.notify_all();  // room in the queue
    std::exception_ptr failed;
    try {
      write();
    } catch (...) {
      failed = std::current_exception();
    }
    lock.lock();
    --running_;
    if (failed && !failure_) {
      failure_ = failed;
      queue_.clear();
    }
    changed_.notify_all();
  }
}

}  // namespace baocao
