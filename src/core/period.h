// Reporting periods (SPEC §3).
//
// By default a period follows the statistical cut-off of the State administrative reporting regime:
// a month runs from the 15th of the previous month to the 14th (kỳ tháng 5/2023 = 15/04–14/05/2023),
// a quarter from the 15th of the month before it to the 14th of its last month, the first half-year
// from 15/12 of the previous year to 14/06, the second from 15/06 to 14/12, a year from 15/12 of the
// previous year to 14/12. The calendar variant runs from the 1st to the last day. A range is any
// [from, to] of days. Both ends are inclusive.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/date.h"

namespace baocao {

struct Period {
  enum class Kind { kMonth, kQuarter, kHalf, kYear, kRange };
  Kind kind = Kind::kMonth;
  bool calendar = false;
  int year = 0;
  int index = 0;  // month 1-12, quarter 1-4, half 1-2; 0 for a year or a range
  Date from;
  Date to;

  // "2023-05", "2023-Q2", "2023-H1", "2023"; calendar variants end in "-cal";
  // a range is "2023-05-01_2023-05-31". Used in file names.
  std::string Label() const;
  // Vietnamese title: "Tháng 5/2023", "Quý II/2023", "6 tháng đầu năm 2023", "Năm 2023",
  // "Từ ngày 01/05/2023 đến ngày 31/05/2023".
  std::string Title() const;
  // "Từ ngày 15/04/2023 đến ngày 14/05/2023".
  std::string DatesLine() const;
  // The title with its dates, each printed once: "Tháng 5/2023 (Từ ngày 15/04/2023 đến ngày
  // 14/05/2023)"; a range, whose title already is its dates: "Từ ngày 01/05/2023 đến ngày 31/05/2023".
  std::string TitleWithDates() const;
  // The export months ("YYYY-MM") whose cut-off month overlaps [from, to]: a unit has reported for
  // the period when it has reported for every one of them.
  std::vector<std::string> ExportMonths() const;
  // The same period one year earlier (for the "previous year" columns).
  Period PreviousYear() const;

  bool operator==(const Period&) const = default;
};

// Parses "2023-05", "2023-Q2", "2023-H1", "2023" with the cut-off rule, or the calendar variant when
// calendar is true. Throws UsageError with a Vietnamese message for anything else.
Period ParsePeriod(std::string_view text, bool calendar = false);

// The period a label of Period::Label() names: "2023-05", "2023-Q2-cal", "2023-05-01_2023-05-31".
// Throws UsageError for anything else.
Period PeriodFromLabel(std::string_view label);

// The command-line options that name the period: "--period 2023-05", "--period 2023-Q2 --calendar",
// "--from 2023-05-01 --to 2023-05-31" (what a message tells an officer to type).
std::string PeriodOptionsText(const Period& period);

// A range of days; throws UsageError when to < from.
Period RangePeriod(Date from, Date to);

// The cut-off month that contains day: 15/04–14/05 belong to month 5.
Period CutOffMonthContaining(Date day);

// The year of the cut-off year that contains day: 15/12/2024–14/12/2025 belong to 2025.
int CutOffYearContaining(Date day);

// The last cut-off month closed on `today`: on 15/05/2023 and later (to 14/06) that is month 5;
// on 14/05/2023 it is month 4. Used by the monthly job.
Period LastClosedMonth(Date today);

// The last cut-off year closed on `today`: a year ends on 14/12, so on 15/12/2023 and later (to
// 14/12/2024) that is 2023; on 14/12/2023 it is 2022. Used by the yearly job.
Period LastClosedYear(Date today);

}  // namespace baocao
