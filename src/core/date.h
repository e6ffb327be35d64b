// Calendar days and the date-time forms accepted in exports (SPEC §2).
//
// A Date is a calendar day counted from 1970-01-01 (local time, Asia/Ho_Chi_Minh; inputs carry no
// zone), so days compare and subtract as integers. A DateTime adds the seconds since midnight.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace baocao {

struct Date {
  int days = 0;  // days since 1970-01-01

  static Date FromYmd(int year, int month, int day);
  int year() const;
  int month() const;
  int day() const;
  std::string Iso() const;         // 2023-05-14
  std::string Vietnamese() const;  // 14/05/2023
  Date AddDays(int n) const { return Date{days + n}; }
  auto operator<=>(const Date&) const = default;
};

struct DateTime {
  Date date;
  int seconds = 0;  // since midnight

  std::string Iso() const;  // 2023-05-14 08:30:00
  // Iso() written into out[0..18] and a NUL at out[19], without allocating (bulk submissions).
  void IsoInto(char (&out)[20]) const;
  auto operator<=>(const DateTime&) const = default;
};

bool IsValidYmd(int year, int month, int day);
int DaysInMonth(int year, int month);

// Parses YYYY-MM-DD, YYYY-MM-DD HH:MM[:SS] (also with 'T'), DD/MM/YYYY, DD/MM/YYYY HH:MM[:SS].
// Surrounding spaces are ignored. Returns nullopt for anything else, including impossible days.
std::optional<DateTime> ParseDateTime(std::string_view text);

// Parses exactly YYYY-MM-DD.
std::optional<Date> ParseIsoDate(std::string_view text);

}  // namespace baocao
