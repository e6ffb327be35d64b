// Exact fixed-point arithmetic of the 766 scorecard: percentages and points in hundredths.
//
// The national portal rounds each ratio to a percentage with 2 decimals (half-up) and each
// indicator's score to 2 decimals (half-up). Doing that with doubles would be off by one hundredth
// now and then (1,955 is 1,95499… as a double), so every step here is integer arithmetic:
// 87,5 % is 8750, 17,85 points is 1785. Nothing in this file uses floating point.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace baocao {

// round_half_up(numerator / denominator) for numerator >= 0 and denominator > 0.
int64_t DivideHalfUp(int64_t numerator, int64_t denominator);

// The percentage numerator / denominator in hundredths, rounded half-up: (1, 3) -> 3333,
// (2, 3) -> 6667, (87, 89) -> 9775. numerator >= 0, denominator > 0.
int64_t PercentHundredths(int64_t numerator, int64_t denominator);

// The percentage of a product of two ratios, (n1 / d1) × (n2 / d2), in hundredths, rounded once
// half-up: DVCTT_3_3's online share times its synced share. All >= 0, d1 and d2 > 0.
int64_t PercentOfProduct(int64_t n1, int64_t d1, int64_t n2, int64_t d2);

// An indicator's points from a percentage given alone (the simulator's {"ratio": 87.5}):
// min(max, round_half_up(max × pct / threshold)). max in hundredths of a
// point, pct and threshold in hundredths of a percent (threshold > 0): ScoreOf(200, 9775, 10000) =
// 196 (1,955 rounds up to 1,96), ScoreOf(200, 8750, 8000) = 200 (capped).
int64_t ScoreOf(int64_t max, int64_t pct, int64_t threshold);

// An indicator's points from its counts, as the portal computes them: from the exact ratio, not
// from its rounded percentage: min(max, round_half_up(max × (n1 / d1) × (n2 / d2) / threshold)),
// the second ratio being a factor (1 = 10000 / 10000 when there is none). (752, 1780) for 2 points:
// 0,84494… -> 84, where the rounded percentage 42,25 % would give 0,845 -> 85 (the portal says 0,84).
int64_t ScoreOfCounts(int64_t max, int64_t n1, int64_t d1, int64_t n2, int64_t d2, int64_t threshold);

// A decimal written with '.' or ',' ("87.5", "87,5", "6", "0.125") in hundredths, rounded half-up
// beyond 2 decimals ("0.125" -> 13). nullopt for anything else (signs, exponents, spaces, empty).
std::optional<int64_t> ParseHundredths(std::string_view text);

// Always 2 decimals: FormatHundredths(1785, ',') = "17,85", (600, ',') = "6,00", (5, '.') = "0.05".
std::string FormatHundredths(int64_t value, char decimal_separator);

// Without trailing zeros, as JSON writes numbers and advice prints points: 1785 -> "17.85",
// 650 -> "6.5", 600 -> "6" (with '.'), or "17,85", "6,5", "6" with ','.
std::string FormatHundredthsShort(int64_t value, char decimal_separator);

// A count in Vietnamese notation, thousands grouped with '.': 1234567 -> "1.234.567".
std::string FormatCountVi(int64_t n);

}  // namespace baocao
