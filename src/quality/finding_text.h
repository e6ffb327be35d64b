// The Vietnamese one-line texts of quality findings, shared by `baocao check` and the run summary:
// a unit as "X02 UBND xã Thanh Sơn (Xã/phường/thị trấn/đặc khu)", a metric's value (a percentage for
// a rate, at most two decimals otherwise), and the worst findings of a check, one line each.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "quality/quality_report.h"

namespace baocao {

// "X02 UBND xã Thanh Sơn (Xã/phường/thị trấn/đặc khu)".
std::string FindingUnitText(const std::string& code, const std::string& name, const std::string& cap);

// A metric's value: "80,63%" for a rate (a fraction), else at most two decimals without trailing
// zeros, "303,5" or "4.900" (`check`, the run summary and the kiem_tra report alike).
std::string MetricValueText(bool rate, double value);
// An outlier's value in its metric's unit: MetricValueText(f.rate, value).
std::string OutlierValueText(const OutlierFinding& f, double value);

// "LỖI QT06 Tỷ lệ công chức …: X02 UBND xã Thanh Sơn (…): excellent.cong_chuc = 6 <= 0.2 * good.cong_chuc = 4
// không thỏa" ("Cảnh báo" for a warning).
std::string ViolationLine(const RuleViolation& v);
// "Bất thường: X01 UBND phường Việt Trì (…) — Số hồ sơ tiếp nhận mới: 4.900 (trung vị 50,5; điểm z 2180,66)".
std::string OutlierLine(const OutlierFinding& f);
// "Chênh lệch với số liệu đã phê duyệt: X04 … — Tiếp nhận mới trực tuyến: 35 → 34".
std::string DifferenceLine(const ApprovalDifference& d);

// At most `limit` lines, the worst first: error rules, warning rules, outliers by the size of their
// score (largest first), then approval differences; each group in the report's order.
std::vector<std::string> WorstFindings(const QualityReport& q, size_t limit);

}  // namespace baocao
