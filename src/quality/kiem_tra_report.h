// The kiem_tra report: a quality check (quality_report.h) as a Report the generators print like
// every other form (templates/kiem_tra.toml), without knowing what a finding is.
//
// Its table has one line per unit of the checked subtree (hierarchy order; the units of
// QualityReport::timeliness) with the counts of the unit's own findings — errors, warnings,
// outliers, reported_on_time (1 on time, 0 late or not reported, null for an aggregating unit that
// does not report), differences — then "Tổng cộng" (their sums; reported_on_time: the units on
// time). Its Report::sections hold the findings, one kind each, every cell typed for the JSON and
// written in Vietnamese for print:
//   violations     stt, ma_don_vi, ten_don_vi, unit, rule, rule_name, rule_text, severity,
//                  severity_text, left, left_value, left_side, op, right, right_value, right_side,
//                  message
//   outliers       stt, ma_don_vi, ten_don_vi, unit, metric, metric_name, value, median, mad,
//                  score, history (values, oldest first; printed "2025-01: 300; …")
//   short_history  stt, ma_don_vi, ten_don_vi, unit, periods, periods_text ("3/6 kỳ")
//   reporting_rates level ("" for the total), level_name, expected, reported, reported_rate,
//                  on_time, on_time_rate, reported_text ("8/10 (80,00%)"), on_time_text
//   timeliness     stt, ma_don_vi, ten_don_vi, unit, state ("late" | "missing"), state_text,
//                  completed_at, months_text ("2/3; thiếu 2023-06")
//   differences    stt, ma_don_vi, ten_don_vi, unit, key, key_name, approved, current, change
// A kind without findings is still there, with no line (the template prints its "Không có …").
#pragma once

#include <string>

#include "indicators/report.h"
#include "quality/quality_report.h"

namespace baocao {

inline constexpr const char* kKiemTraForm = "kiem_tra";

// place: the province's (or the unit's) place name for the date line (indicators.h PlaceName).
// The report is dated the day after the period, like the other forms.
Report KiemTraReport(const QualityReport& quality, const std::string& place);

}  // namespace baocao
