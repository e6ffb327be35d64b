#include "core/period.h"

#include <algorithm>
#include <cstdio>

#include "core/errors.h"

namespace baocao {
namespace {

constexpr const char* kRoman[] = {"", "I", "II", "III", "IV"};

// The cut-off day before the first day of (year, month): the 15th of the previous month.
Date CutOffStart(int year, int month) {
  return month == 1 ? Date::FromYmd(year - 1, 12, 15) : Date::FromYmd(year, month - 1, 15);
}

Period Make(Period::Kind kind, bool calendar, int year, int index) {
  Period p;
  p.kind = kind;
  p.calendar = calendar;
  p.year = year;
  p.index = index;
  int first = 1, last = 12;
  switch (kind) {
    case Period::Kind::kMonth: first = last = index; break;
    case Period::Kind::kQuarter: first = index * 3 - 2; last = index * 3; break;
    case Period::Kind::kHalf: first = index * 6 - 5; last = index * 6; break;
    case Period::Kind::kYear: break;
    case Period::Kind::kRange: throw Error("RangePeriod for ranges");
  }
  if (calendar) {
    p.from = Date::FromYmd(year, first, 1);
    p.to = Date::FromYmd(year, last, DaysInMonth(year, last));
  } else {
    p.from = CutOffStart(year, first);
    p.to = Date::FromYmd(year, last, 14);
  }
  return p;
}

[[noreturn]] void BadPeriod(std::string_view text) {
  throw UsageError("Kỳ báo cáo không hợp lệ: \"" + std::string(text) +
                   "\" (dạng đúng: 2023-05, 2023-Q2, 2023-H1, 2023)");
}

bool ParseInt(std::string_view s, int& out) {
  if (s.empty()) return false;
  int v = 0;
  for (char c : s) {
    if (c < '0' || c > '9') return false;
    v = v * 10 + (c - '0');
  }
  out = v;
  return true;
}

}  // namespace

std::string Period::Label() const {
  char buf[40];
  switch (kind) {
    case Kind::kMonth: std::snprintf(buf, sizeof buf, "%04d-%02d", year, index); break;
    case Kind::kQuarter: std::snprintf(buf, sizeof buf, "%04d-Q%d", year, index); break;
    case Kind::kHalf: std::snprintf(buf, sizeof buf, "%04d-H%d", year, index); break;
    case Kind::kYear: std::snprintf(buf, sizeof buf, "%04d", year); break;
    case Kind::kRange: return from.Iso() + "_" + to.Iso();
  }
  return std::string(buf) + (calendar ? "-cal" : "");
}

std::string Period::Title() const {
  const std::string y = std::to_string(year);
  switch (kind) {
    case Kind::kMonth: return "Tháng " + std::to_string(index) + "/" + y;
    case Kind::kQuarter: return std::string("Quý ") + kRoman[index] + "/" + y;
    case Kind::kHalf: return (index == 1 ? "6 tháng đầu năm " : "6 tháng cuối năm ") + y;
    case Kind::kYear: return "Năm " + y;
    case Kind::kRange: return DatesLine();
  }
  return y;
}

std::string Period::DatesLine() const {
  return "Từ ngày " + from.Vietnamese() + " đến ngày " + to.Vietnamese();
}

std::string Period::TitleWithDates() const {
  if (kind == Kind::kRange) return DatesLine();
  return Title() + " (" + DatesLine() + ")";
}

std::vector<std::string> Period::ExportMonths() const {
  std::vector<std::string> months;
  Period m = CutOffMonthContaining(from);
  while (m.from <= to) {
    months.push_back(m.Label());
    m = CutOffMonthContaining(m.to.AddDays(1));
  }
  return months;
}

Period Period::PreviousYear() const {
  if (kind == Kind::kRange) {
    auto back = [](Date d) {
      const int day = std::min(d.day(), DaysInMonth(d.year() - 1, d.month()));
      return Date::FromYmd(d.year() - 1, d.month(), day);
    };
    return RangePeriod(back(from), back(to));
  }
  return Make(kind, calendar, year - 1, index);
}

Period ParsePeriod(std::string_view text, bool calendar) {
  int year = 0, index = 0;
  if (text.size() == 4) {
    if (!ParseInt(text, year) || year < 1900) BadPeriod(text);
    return Make(Period::Kind::kYear, calendar, year, 0);
  }
  if (text.size() < 6 || text[4] != '-' || !ParseInt(text.substr(0, 4), year) || year < 1900)
    BadPeriod(text);
  const std::string_view rest = text.substr(5);
  if (rest.size() == 2 && (rest[0] == 'Q' || rest[0] == 'q') && ParseInt(rest.substr(1), index) &&
      index >= 1 && index <= 4)
    return Make(Period::Kind::kQuarter, calendar, year, index);
  if (rest.size() == 2 && (rest[0] == 'H' || rest[0] == 'h') && ParseInt(rest.substr(1), index) &&
      index >= 1 && index <= 2)
    return Make(Period::Kind::kHalf, calendar, year, index);
  if (rest.size() == 2 && ParseInt(rest, index) && index >= 1 && index <= 12)
    return Make(Period::Kind::kMonth, calendar, year, index);
  BadPeriod(text);
}

Period PeriodFromLabel(std::string_view label) {
  if (const size_t cut = label.find('_'); cut != std::string_view::npos) {
    const auto from = ParseIsoDate(label.substr(0, cut));
    const auto to = ParseIsoDate(label.substr(cut + 1));
    if (!from || !to) throw UsageError("Kỳ \"" + std::string(label) + "\" không hợp lệ");
    return RangePeriod(*from, *to);
  }
  constexpr std::string_view kCalendar = "-cal";
  if (label.size() > kCalendar.size() && label.substr(label.size() - kCalendar.size()) == kCalendar)
    return ParsePeriod(label.substr(0, label.size() - kCalendar.size()), true);
  return ParsePeriod(label);
}

std::string PeriodOptionsText(const Period& period) {
  if (period.kind == Period::Kind::kRange) return "--from " + period.from.Iso() + " --to " + period.to.Iso();
  std::string label = period.Label();
  if (period.calendar) label = label.substr(0, label.size() - 4) + " --calendar";
  return "--period " + label;
}

Period RangePeriod(Date from, Date to) {
  if (to < from)
    throw UsageError("Khoảng thời gian không hợp lệ: ngày bắt đầu " + from.Vietnamese() +
                     " sau ngày kết thúc " + to.Vietnamese());
  Period p;
  p.kind = Period::Kind::kRange;
  p.year = to.year();
  p.from = from;
  p.to = to;
  return p;
}

Period CutOffMonthContaining(Date day) {
  int year = day.year(), month = day.month();
  if (day.day() >= 15) {
    if (++month == 13) {
      month = 1;
      ++year;
    }
  }
  return Make(Period::Kind::kMonth, false, year, month);
}

Period LastClosedMonth(Date today) {
  const Period current = CutOffMonthContaining(today);
  return CutOffMonthContaining(current.from.AddDays(-1));
}

Period LastClosedYear(Date today) {
  const bool closed_this_year = today >= Date::FromYmd(today.year(), 12, 15);
  return Make(Period::Kind::kYear, false, closed_this_year ? today.year() : today.year() - 1, 0);
}

int CutOffYearContaining(Date day) {
  return day.month() == 12 && day.day() >= 15 ? day.year() + 1 : day.year();
}

}  // namespace baocao
