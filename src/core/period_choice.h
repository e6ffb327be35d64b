// The period a person chose for a report or a status, as the command line's options and the
// portal's form both give it: a named period (2023-05, 2023-Q2, 2023-H1, 2023; cut-off or calendar
// boundaries) or a range of days (from, to). One resolution for both faces; its messages name the
// choices as a form shows them ("kỳ báo cáo", "từ ngày", "đến ngày"), and PeriodChoiceError says
// which mistake it was, so that the CLI can name its options (--period, --from, --to) instead.
#pragma once

#include <string>

#include "core/errors.h"
#include "core/period.h"

namespace baocao {

struct PeriodChoice {
  std::string period;     // "2023-05", "2023-Q2", "2023-H1", "2023"; "" when a range is chosen
  std::string from;       // YYYY-MM-DD, with `to`; "" when a named period is chosen
  std::string to;
  bool calendar = false;  // a named period from the 1st to the month's last day
};

// A choice that is not one period: nothing chosen, both a period and a range, half a range, or a
// range's day that is not YYYY-MM-DD. (A malformed period or a range that ends before it begins
// are UsageErrors of core/period.h, whose messages suit both faces.)
class PeriodChoiceError : public UsageError {
 public:
  enum class Reason { kNothing, kBoth, kHalfRange, kBadFrom, kBadTo };
  PeriodChoiceError(Reason reason, const std::string& message) : UsageError(message), reason_(reason) {}
  Reason reason() const { return reason_; }

 private:
  Reason reason_;
};

// The chosen period. Throws PeriodChoiceError as above, UsageError from ParsePeriod and RangePeriod.
Period ResolvePeriodChoice(const PeriodChoice& choice);

}  // namespace baocao
