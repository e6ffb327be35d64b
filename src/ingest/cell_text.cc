#include "ingest/cell_text.h"

#include <cctype>
#include <cmath>
#include <cstdio>

#include "core/date.h"

namespace baocao {
namespace {

// "-0", "-0.000" -> "0", "0.000": a negative zero is not worth a sign.
std::string WithoutNegativeZero(std::string s) {
  if (s.size() > 1 && s[0] == '-' && s.find_first_not_of("0.", 1) == std::string::npos) s.erase(0, 1);
  return s;
}

std::string Printed(const char* format, int precision, double value) {
  char buf[400];
  std::snprintf(buf, sizeof buf, format, precision, value);
  return buf;
}

std::string WithoutTrailingZeros(std::string s) {
  if (s.find('.') == std::string::npos) return s;
  while (!s.empty() && s.back() == '0') s.pop_back();
  if (!s.empty() && s.back() == '.') s.pop_back();
  return s;
}

// The format code without what does not show digits or dates: quoted text, [colours, locales,
// conditions], escaped characters (\x), padding (_x) and fills (*x). Only the first section.
std::string Significant(const std::string& code) {
  std::string out;
  for (size_t i = 0; i < code.size(); ++i) {
    const char c = code[i];
    if (c == ';') break;
    if (c == '"') {
      const size_t close = code.find('"', i + 1);
      if (close == std::string::npos) break;
      i = close;
    } else if (c == '[') {
      const size_t close = code.find(']', i + 1);
      if (close == std::string::npos) break;
      i = close;
    } else if (c == '\\' || c == '_' || c == '*') {
      ++i;
    } else {
      out += c;
    }
  }
  return out;
}

}  // namespace

std::string NumberText(double value, int decimals) {
  if (!std::isfinite(value)) return "";
  if (decimals > 15) decimals = 15;
  if (decimals >= 0 && std::fabs(value) < 1e15) return WithoutNegativeZero(Printed("%.*f", decimals, value));
  if (std::fabs(value) < 1e15 && value == std::floor(value)) return WithoutNegativeZero(Printed("%.*f", 0, value));
  if (std::fabs(value) >= 1e15) return WithoutNegativeZero(Printed("%.*f", 0, value));
  // 15 significant digits (what Excel shows), written without an exponent.
  const int exponent = static_cast<int>(std::floor(std::log10(std::fabs(value))));
  const int precision = std::max(0, 14 - exponent);
  return WithoutNegativeZero(WithoutTrailingZeros(Printed("%.*f", std::min(precision, 340), value)));
}

std::optional<std::string> SerialDateText(double serial, bool date1904) {
  if (!std::isfinite(serial) || serial < (date1904 ? 0 : 1) || serial >= 2958466) return std::nullopt;
  long day = static_cast<long>(std::floor(serial));
  long seconds = std::lround((serial - static_cast<double>(day)) * 86400.0);
  if (seconds >= 86400) {
    ++day;
    seconds -= 86400;
  }
  Date date;
  if (date1904) {
    date = Date::FromYmd(1904, 1, 1).AddDays(static_cast<int>(day));
  } else {
    if (day == 60) return std::nullopt;  // 29/02/1900: a day Excel counts that never was
    date = Date::FromYmd(1899, 12, day < 60 ? 31 : 30).AddDays(static_cast<int>(day));
  }
  if (date.year() > 9999) return std::nullopt;
  if (seconds == 0) return date.Iso();
  char time[64];
  std::snprintf(time, sizeof time, " %02ld:%02ld:%02ld", seconds / 3600, seconds / 60 % 60, seconds % 60);
  return date.Iso() + time;
}

bool IsDateFormatCode(const std::string& code) {
  for (const char c : Significant(code)) {
    switch (std::tolower(static_cast<unsigned char>(c))) {
      case 'd': case 'm': case 'y': case 'h': case 's': return true;
      default: break;
    }
  }
  return false;
}

bool IsBuiltInDateFormat(int id) {
  return (id >= 14 && id <= 22) || (id >= 27 && id <= 36) || (id >= 45 && id <= 47) || (id >= 50 && id <= 58);
}

int FixedDecimals(const std::string& code) {
  const std::string s = Significant(code);
  if (s.empty() || IsDateFormatCode(code)) return -1;
  for (const char c : s)
    if (c == 'E' || c == 'e' || c == '/' || c == '@' || std::isalpha(static_cast<unsigned char>(c))) return -1;
  const size_t point = s.find('.');
  if (point == std::string::npos) return s.find_first_of("0#?") == std::string::npos ? -1 : 0;
  int zeros = 0;
  for (size_t i = point + 1; i < s.size(); ++i) {
    if (s[i] == '0') ++zeros;
    else if (s[i] == '#' || s[i] == '?') return -1;
    else break;
  }
  return zeros;
}

}  // namespace baocao
