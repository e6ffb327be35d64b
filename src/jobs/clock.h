// Where a run gets "now" from: the system clock in production, a fixed instant in tests.
//
// The monthly job's period rule ("the last closed month as of today"), the submission times written
// in receipts and the timestamps of the run history and the log all come from one Clock, so a test
// can run the job "on 15/05/2023 at 06:00" without waiting for it. Times are local wall-clock time
// (the machine runs in Asia/Ho_Chi_Minh, like the exports; SPEC §4).
#pragma once

#include <string>

#include "core/date.h"

namespace baocao {

class Clock {
 public:
  virtual ~Clock() = default;
  virtual DateTime Now() const = 0;

  Date Today() const { return Now().date; }
  // "2026-11-25 14:00:01": the form of the log, the history and the receipts.
  std::string NowText() const { return Now().Iso(); }
};

// Local time of the machine (localtime_r).
class SystemClock : public Clock {
 public:
  DateTime Now() const override;
};

// Always the same instant; for tests. Advance() moves it on.
class FixedClock : public Clock {
 public:
  explicit FixedClock(DateTime now) : now_(now) {}
  DateTime Now() const override { return now_; }
  void Advance(int seconds);

 private:
  DateTime now_;
};

}  // namespace baocao
