#include "generators/vietnamese_number.h"

#include "scorecard/fixed_point.h"

#include <cmath>
#include <cstdio>

namespace baocao {

std::string FormatCount(int64_t n) {
  // Work on the magnitude as unsigned so that INT64_MIN has one too.
  uint64_t magnitude = n < 0 ? 0 - static_cast<uint64_t>(n) : static_cast<uint64_t>(n);
  std::string digits = std::to_string(magnitude);
  std::string out;
  const size_t lead = digits.size() % 3 == 0 ? 3 : digits.size() % 3;
  out.append(digits, 0, lead);
  for (size_t i = lead; i < digits.size(); i += 3) {
    out += '.';
    out.append(digits, i, 3);
  }
  return n < 0 ? "-" + out : out;
}

std::string FormatRate(double fraction, int decimals) {
  if (decimals < 0) decimals = 0;
  const double scale = std::pow(10.0, decimals);
  // Round half away from zero on the percentage, guarding against 72.4 * 100 = 7239.9999.
  const double percent = fraction * 100.0;
  const long long scaled = std::llround(percent * scale + (percent >= 0 ? 1e-7 : -1e-7));
  const unsigned long long magnitude =
      static_cast<unsigned long long>(scaled < 0 ? -scaled : scaled);
  const unsigned long long unit = static_cast<unsigned long long>(scale);
  std::string out = (scaled < 0 ? "-" : "") + FormatCount(static_cast<int64_t>(magnitude / unit));
  if (decimals > 0) {
    std::string frac = std::to_string(magnitude % unit);
    out += ',' + std::string(static_cast<size_t>(decimals) - frac.size(), '0') + frac;
  }
  return out + "%";
}

std::string FormatHundredths(int64_t hundredths) { return FormatHundredths(hundredths, ','); }

std::string FormatPointsChange(int64_t hundredths) {
  return (hundredths > 0 ? "+" : "") + FormatHundredths(hundredths);
}

std::string FormatRank(const Value& rank, const Value& of) {
  if (rank.is_null()) return kNullText;
  std::string out = std::to_string(rank.count);
  if (!of.is_null()) out += "/" + std::to_string(of.count);
  return out;
}

std::string RankOfKey(const std::string& rank_key) {
  if (rank_key == "rank_on_time") return "rank_of";
  return rank_key + "_of";
}

std::string FormatValue(const Value& value) {
  switch (value.kind) {
    case Value::Kind::kNull:
      return kNullText;
    case Value::Kind::kCount:
      return FormatCount(value.count);
    case Value::Kind::kRate:
      return FormatRate(value.rate);
    case Value::Kind::kHundredths:
      return FormatHundredths(value.count);
  }
  return kNullText;
}

std::string FormatDateLine(const std::string& place, Date day) {
  // Nghị định 30/2020/NĐ-CP, Phụ lục I: the day takes a leading zero below 10, the month only when
  // it is 1 or 2 ("tháng 01", "tháng 02", "tháng 5", "tháng 12").
  char buf[64];
  std::snprintf(buf, sizeof buf, day.month() <= 2 ? "%s %02d tháng %02d năm %04d"
                                                  : "%s %02d tháng %d năm %04d",
                place.empty() ? "Ngày" : "ngày", day.day(), day.month(), day.year());
  return place.empty() ? std::string(buf) : place + ", " + buf;
}

}  // namespace baocao
