// Numbers, rates, ranks and dates in Vietnamese notation, for the printed (PDF) reports (SPEC §5).
//
// Thousands are grouped with '.', decimals use ',': 1.234.567 and 72,40%. A null value prints as
// "—" (an em dash): a rate with a zero denominator, an unranked unit, a value that does not exist.
// Pure functions, no locale: the output does not depend on the machine's settings.
#pragma once

#include <cstdint>
#include <string>

#include "core/date.h"
#include "indicators/report.h"

namespace baocao {

inline constexpr const char* kNullText = "—";

// 1234567 -> "1.234.567"; -1234 -> "-1.234"; 0 -> "0".
std::string FormatCount(int64_t n);

// A fraction as a percentage with `decimals` decimals: 0.724 -> "72,40%"; 1 -> "100,00%".
std::string FormatRate(double fraction, int decimals = 2);

// Points in hundredths with two decimals and the Vietnamese comma: 1785 -> "17,85"; 10000 ->
// "100,00"; -110 -> "-1,10" (scorecard/fixed_point's FormatHundredths with ',').
std::string FormatHundredths(int64_t hundredths);

// A change of points, signed: 235 -> "+2,35", -110 -> "-1,10", 0 -> "0,00". The minus is the
// ASCII hyphen-minus: Noto Serif, the PDF's font, has no U+2212 MINUS SIGN.
std::string FormatPointsChange(int64_t hundredths);

// "2/10"; "—" when the rank is null.
std::string FormatRank(const Value& rank, const Value& of);

// The key that holds N for a rank key: rank_on_time -> rank_of, rank_online -> rank_online_of,
// rank_satisfaction -> rank_satisfaction_of.
std::string RankOfKey(const std::string& rank_key);

// A count or a rate by its kind; "—" for null.
std::string FormatValue(const Value& value);

// The place and date line as Nghị định 30/2020/NĐ-CP writes it: the day zero-padded below 10, the
// month only when it is 1 or 2. "Hòa Bình, ngày 05 tháng 5 năm 2023", "Hòa Bình, ngày 14 tháng 02
// năm 2024"; without a place: "Ngày 01 tháng 12 năm 2024".
std::string FormatDateLine(const std::string& place, Date day);

}  // namespace baocao
