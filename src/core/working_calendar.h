// Working days of the administration (issue 13): Monday to Friday, minus the public holidays and
// Tết days off listed in rules/ngay_nghi_le.toml, plus the weekend days it lists as worked (ngày làm
// bù). The 766 scorecard's deadlines ("within 5 working days") count on this calendar.
#pragma once

#include <set>
#include <string>

#include "core/date.h"

namespace baocao {

class WorkingCalendar {
 public:
  // Monday to Friday, no holidays.
  WorkingCalendar() = default;
  // Day numbers (Date::days) of the days off and of the weekend days worked.
  WorkingCalendar(std::set<int> holidays, std::set<int> worked_weekend_days);

  bool IsWorkingDay(Date d) const;
  // The n-th working day after d (d itself not counted): AddWorkingDays(Friday, 1) is the next
  // Monday when it is worked. n = 0 gives d; a negative n counts backwards.
  Date AddWorkingDays(Date d, int n) const;

 private:
  std::set<int> holidays_;
  std::set<int> worked_;
};

// Monday = 0 … Sunday = 6.
int Weekday(Date d);

// Reads <rules_dir>/ngay_nghi_le.toml (rules/README.md describes it). Throws InputError naming the
// file and line (Vietnamese) when the file is missing or malformed.
WorkingCalendar LoadWorkingCalendar(const std::string& rules_dir);

}  // namespace baocao
