// The period options shared by `report` and `status`: --period (2023-05, 2023-Q2, 2023-H1, 2023),
// --calendar for calendar boundaries, or --from/--to for any range of days.
#pragma once

#include <boost/program_options.hpp>

#include <string>

#include "core/period.h"

namespace baocao {

struct PeriodArgs {
  std::string period;
  std::string from;
  std::string to;
  bool calendar = false;
};

void AddPeriodOptions(boost::program_options::options_description& options, PeriodArgs& args);

// Throws UsageError (Vietnamese) when neither --period nor both --from and --to are given, when
// both kinds are, or for a malformed value.
Period ResolvePeriod(const PeriodArgs& args);

}  // namespace baocao
