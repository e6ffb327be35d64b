// The log of a run: one line per step on stderr, each starting with the local time
// ("2026-11-25 14:00:01 Bắt đầu công việc monthly, kỳ 2023-05"), so that cron's log file tells
// when each step happened.
#pragma once

#include <iosfwd>
#include <string>

#include "jobs/clock.h"

namespace baocao {

class RunLog {
 public:
  // out and clock must outlive the log.
  RunLog(std::ostream& out, const Clock& clock) : out_(out), clock_(clock) {}
  void Write(const std::string& message);

 private:
  std::ostream& out_;
  const Clock& clock_;
};

}  // namespace baocao
