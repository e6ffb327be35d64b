#include "jobs/parallel_writes.h"

#include <atomic>
#include <catch2/catch.hpp>
#include <chrono>
#include <future>
#include <stdexcept>
#include <thread>
#include <vector>

namespace baocao {

TEST_CASE("ParallelWrites runs every write once, on as many threads as asked", "[parallel_writes]") {
  for (size_t workers : {size_t{0}, size_t{1}, size_t{3}}) {
    std::vector<std::atomic<int>> runs(500);
    {
      ParallelWrites writes(workers);
      for (auto& r : runs) writes.Add([&r] { ++r; });
      writes.Finish();
    }
    int total = 0;
    for (const auto& r : runs) {
      CHECK(r.load() == 1);
      total += r.load();
    }
    CHECK(total == 500);
  }
}

TEST_CASE("ParallelWrites: the first failing write is rethrown, the writes still queued are dropped",
          "[parallel_writes]") {
  std::atomic<int> ran{0};
  std::promise<void> go;
  std::shared_future<void> released = go.get_future().share();
  ParallelWrites writes(1);  // one worker, room for two queued writes
  writes.Add([released] {
    released.wait();
    throw std::runtime_error("ổ đĩa đầy");
  });
  writes.Add([&ran] { ++ran; });
  writes.Add([&ran] { ++ran; });
  go.set_value();  // the worker's write fails while the other two wait in the queue
  CHECK_THROWS_WITH(writes.Finish(), "ổ đĩa đầy");
  CHECK_THROWS_WITH(writes.Add([&ran] { ++ran; }), "ổ đĩa đầy");
  std::this_thread::sleep_for(std::chrono::milliseconds(20));
  CHECK(ran.load() == 0);  // dropped, and nothing runs after Finish has returned
}

TEST_CASE("ParallelWrites left without Finish drops what has not started and waits for the rest",
          "[parallel_writes]") {
  std::atomic<int> started{0}, finished{0};
  {
    ParallelWrites writes(1);
    for (int i = 0; i < 3; ++i)
      writes.Add([&] {
        ++started;
        std::this_thread::sleep_for(std::chrono::milliseconds(30));
        ++finished;
      });
  }  // the destructor: the running write ends, the queued ones are dropped
  CHECK(started.load() == finished.load());
  CHECK(started.load() >= 0);
  CHECK(started.load() < 3);
}

}  // namespace baocao
