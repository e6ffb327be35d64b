#include "core/date.h"

#include <array>
#include <cstdio>
#include <cstring>
#include <limits>

#include "core/text.h"

namespace baocao {
namespace {

// Howard Hinnant's days_from_civil / civil_from_days.
int DaysFromCivil(int y, int m, int d) {
  y -= m <= 2;
  const int era = (y >= 0 ? y : y - 399) / 400;
  const int yoe = y - era * 400;
  const int doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

struct Ymd {
  int y, m, d;
};

Ymd CivilFromDays(int z) {
  z += 719468;
  const int era = (z >= 0 ? z : z - 146096) / 146097;
  const int doe = z - era * 146097;
  const int yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const int doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const int mp = (5 * doy + 2) / 153;
  const int d = doy - (153 * mp + 2) / 5 + 1;
  const int m = mp + (mp < 10 ? 3 : -9);
  return {yoe + era * 400 + (m <= 2), m, d};
}

// Reads exactly n digits at pos; advances pos.
bool Digits(std::string_view s, size_t& pos, size_t n, int& out) {
  if (pos + n > s.size()) return false;
  int v = 0;
  for (size_t i = 0; i < n; ++i) {
    const char c = s[pos + i];
    if (c < '0' || c > '9') return false;
    v = v * 10 + (c - '0');
  }
  pos += n;
  out = v;
  return true;
}

// Reads one or two digits (days and months in DD/MM/YYYY are often written without the zero).
bool OneOrTwoDigits(std::string_view s, size_t& pos, int& out) {
  if (!Digits(s, pos, 1, out)) return false;
  int second = 0;
  size_t p = pos;
  if (Digits(s, p, 1, second)) {
    out = out * 10 + second;
    pos = p;
  }
  return true;
}

bool Expect(std::string_view s, size_t& pos, char c) {
  if (pos >= s.size() || s[pos] != c) return false;
  ++pos;
  return true;
}

// Parses an optional time part " HH:MM[:SS]" (or "THH:MM[:SS]") at pos, to the end of s.
bool ParseTime(std::string_view s, size_t pos, int& seconds) {
  seconds = 0;
  if (pos == s.size()) return true;
  if (s[pos] != ' ' && s[pos] != 'T') return false;
  ++pos;
  int hh = 0, mm = 0, ss = 0;
  if (!OneOrTwoDigits(s, pos, hh) || !Expect(s, pos, ':') || !Digits(s, pos, 2, mm)) return false;
  if (pos < s.size()) {
    if (!Expect(s, pos, ':') || !Digits(s, pos, 2, ss)) return false;
  }
  if (pos != s.size() || hh > 23 || mm > 59 || ss > 59) return false;
  seconds = hh * 3600 + mm * 60 + ss;
  return true;
}

}  // namespace

bool IsValidYmd(int year, int month, int day) {
  return year >= 1900 && year <= 2200 && month >= 1 && month <= 12 && day >= 1 &&
         day <= DaysInMonth(year, month);
}

int DaysInMonth(int year, int month) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return month == 2 && leap ? 29 : kDays[month - 1];
}

Date Date::FromYmd(int year, int month, int day) { return Date{DaysFromCivil(year, month, day)}; }
int Date::year() const { return CivilFromDays(days).y; }
int Date::month() const { return CivilFromDays(days).m; }
int Date::day() const { return CivilFromDays(days).d; }

namespace {
// Writes n as `width` zero-padded digits at out (hot path of bulk submissions: no printf).
void PutDigits(char* out, int n, int width) {
  for (int i = width - 1; i >= 0; --i) {
    out[i] = static_cast<char>('0' + n % 10);
    n /= 10;
  }
}
}  // namespace

std::string Date::Iso() const {
  const Ymd c = CivilFromDays(days);
  std::string out = "0000-00-00";
  PutDigits(out.data(), c.y, 4);
  PutDigits(out.data() + 5, c.m, 2);
  PutDigits(out.data() + 8, c.d, 2);
  return out;
}

std::string Date::Vietnamese() const {
  const Ymd c = CivilFromDays(days);
  char buf[16];
  std::snprintf(buf, sizeof buf, "%02d/%02d/%04d", c.d, c.m, c.y);
  return buf;
}

void DateTime::IsoInto(char (&out)[20]) const {
  // A bulk submission formats three date-times a row, of a few hundred distinct days: the date
  // part of each day seen is kept per thread (direct-mapped on the day number), not recomputed.
  struct Slot {
    int days = std::numeric_limits<int>::min();
    char text[10];
  };
  thread_local std::array<Slot, 512> formatted;
  Slot& slot = formatted[static_cast<unsigned>(date.days) % formatted.size()];
  if (slot.days != date.days) {
    const Ymd c = CivilFromDays(date.days);
    std::memcpy(slot.text, "0000-00-00", 10);
    PutDigits(slot.text, c.y, 4);
    PutDigits(slot.text + 5, c.m, 2);
    PutDigits(slot.text + 8, c.d, 2);
    slot.days = date.days;
  }
  std::memcpy(out, slot.text, 10);
  std::memcpy(out + 10, " 00:00:00", 10);
  PutDigits(out + 11, seconds / 3600, 2);
  PutDigits(out + 14, seconds / 60 % 60, 2);
  PutDigits(out + 17, seconds % 60, 2);
}

std::string DateTime::Iso() const {
  char out[20];
  IsoInto(out);
  return out;
}

std::optional<DateTime> ParseDateTime(std::string_view text) {
  const std::string_view s = Trim(text);
  size_t pos = 0;
  int y = 0, m = 0, d = 0;
  if (s.size() >= 10 && s[4] == '-') {
    if (!Digits(s, pos, 4, y) || !Expect(s, pos, '-') || !Digits(s, pos, 2, m) ||
        !Expect(s, pos, '-') || !Digits(s, pos, 2, d))
      return std::nullopt;
  } else {
    if (!OneOrTwoDigits(s, pos, d) || !Expect(s, pos, '/') || !OneOrTwoDigits(s, pos, m) ||
        !Expect(s, pos, '/') || !Digits(s, pos, 4, y))
      return std::nullopt;
  }
  if (!IsValidYmd(y, m, d)) return std::nullopt;
  int seconds = 0;
  if (!ParseTime(s, pos, seconds)) return std::nullopt;
  return DateTime{Date::FromYmd(y, m, d), seconds};
}

std::optional<Date> ParseIsoDate(std::string_view text) {
  size_t pos = 0;
  int y = 0, m = 0, d = 0;
  if (text.size() != 10 || !Digits(text, pos, 4, y) || !Expect(text, pos, '-') ||
      !Digits(text, pos, 2, m) || !Expect(text, pos, '-') || !Digits(text, pos, 2, d) ||
      !IsValidYmd(y, m, d))
    return std::nullopt;
  return Date::FromYmd(y, m, d);
}

}  // namespace baocao
