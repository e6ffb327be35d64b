// The period options shared by `report` and `status`: --period (2023-05, 2023-Q2, 2023-H1, 2023),
// --calendar for calendar boundaries, or --from/--to for any range of days — a PeriodChoice
// (core/period_choice.h), resolved as the portal resolves its form, with messages naming the options.
#pragma once

#include <boost/program_options.hpp>

#include <string>

#include "core/date.h"
#include "core/period.h"
#include "core/period_choice.h"

namespace baocao {

void AddPeriodOptions(boost::program_options::options_description& options, PeriodChoice& choice);

// ResolvePeriodChoice, its mistakes told by option: throws UsageError (Vietnamese) when neither
// --period nor both --from and --to are given, when both kinds are, or for a malformed value.
Period ResolvePeriodOptions(const PeriodChoice& choice);

// --deadline-day N of `status`, `check` and `report`: the day of the month after the period's end
// on which submissions are due (1–28, default 15 as in jobs/monthly.toml); what_for says what the
// deadline decides for the command. DeadlineFor checks it (UsageError outside 1–28) and gives the
// period's deadline (jobs/job.h SubmissionDeadline).
void AddDeadlineDayOption(boost::program_options::options_description& options, int& deadline_day,
                          const std::string& what_for);
Date DeadlineFor(const Period& period, int deadline_day);

}  // namespace baocao
