// Writes a Report as JSON with the indicator keys of SPEC §7: the machine-readable sidecar that the
// Government Office upload and the tests read.
//
// Shape: {"form", "period": {label, title, kind, calendar, from, to}, "previous_period" (ky_luat),
// "root", "place", "issued_on", "catalog" (dvc, tong_hop), "units": [{ma_don_vi, ten_don_vi, cap,
// ma_don_vi_cha, level, submitted, <every key of the form>, discipline_by_form (ky_luat,
// tong_hop)}], "warnings"}. Every key of the form is present for every unit: null when the unit has
// not reported or the value has no denominator. Counts are integers, rates fractions printed with
// the shortest text that reads back to the same double. Keys are in a fixed order, so the same
// report gives the same bytes.
// chi_so_766: each unit {ma_don_vi, ten_don_vi, cap, ma_don_vi_cha, level, total, max, open, rank,
// rank_of, change, groups: [{code, number, name, state, numerator, denominator, ratio, score, max,
// lost, open, advice, indicators: [{code, name, state ("scored" | "empty" | "no_data"), numerator,
// denominator, ratio (percent), score, max, lost, open, advice}]}]} — points and percentages as
// numbers with two decimals (17.85), null where there is none (groups null without a scorecard).
#pragma once

#include <string>

#include "indicators/report.h"

namespace baocao {

std::string ToJson(const Report& report);
// Writes ToJson to path; throws Error naming the path when it cannot be written.
void WriteJson(const Report& report, const std::string& path);

}  // namespace baocao
