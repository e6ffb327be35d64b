#include "quality/finding_text.h"

#include <algorithm>
#include <cmath>

#include "generators/vietnamese_number.h"
#include "ingest/enums.h"
#include "quality/expression.h"

namespace baocao {
namespace {

// A double rounded to at most two decimals, Vietnamese: 303.5 -> "303,5", 1234 -> "1.234".
std::string Decimal(double v) {
  return VietnameseDecimal(Rational::Make(static_cast<Int128>(std::llround(v * 100)), 100));
}

}  // namespace

std::string FindingUnitText(const std::string& code, const std::string& name, const std::string& cap) {
  return code + " " + name + " (" + CapEnum().Label(cap) + ")";
}

std::string MetricValueText(bool rate, double value) { return rate ? FormatRate(value) : Decimal(value); }

std::string OutlierValueText(const OutlierFinding& f, double value) { return MetricValueText(f.rate, value); }

std::string ViolationLine(const RuleViolation& v) {
  return std::string(v.severity == Severity::kError ? "LỖI " : "Cảnh báo ") + v.rule + " " + v.rule_name + ": " +
         FindingUnitText(v.unit, v.unit_name, v.cap) + ": " + v.left + " = " + v.left_text + " " + v.op + " " +
         v.right + " = " + v.right_text + " không thỏa";
}

std::string OutlierLine(const OutlierFinding& f) {
  return "Bất thường: " + FindingUnitText(f.unit, f.unit_name, f.cap) + " — " + f.metric_name + ": " +
         OutlierValueText(f, f.value) + " (trung vị " + OutlierValueText(f, f.median) + "; điểm z " +
         FormatHundredths(std::llround(f.score * 100)) + ")";
}

std::string DifferenceLine(const ApprovalDifference& d) {
  return "Chênh lệch với số liệu đã phê duyệt: " + FindingUnitText(d.unit, d.unit_name, d.cap) + " — " + d.key_name +
         ": " + FormatValue(d.approved) + " → " + FormatValue(d.current);
}

std::vector<std::string> WorstFindings(const QualityReport& q, size_t limit) {
  std::vector<std::string> lines;
  auto add = [&](std::string line) {
    if (lines.size() < limit) lines.push_back(std::move(line));
  };
  for (Severity severity : {Severity::kError, Severity::kWarning})
    for (const auto& v : q.violations)
      if (v.severity == severity) add(ViolationLine(v));
  std::vector<const OutlierFinding*> outliers;
  for (const auto& f : q.outliers) outliers.push_back(&f);
  std::stable_sort(outliers.begin(), outliers.end(), [](const OutlierFinding* a, const OutlierFinding* b) {
    return std::fabs(a->score) > std::fabs(b->score);
  });
  for (const auto* f : outliers) add(OutlierLine(*f));
  for (const auto& d : q.differences) add(DifferenceLine(d));
  return lines;
}

}  // namespace baocao
