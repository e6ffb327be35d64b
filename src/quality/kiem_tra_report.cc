#include "quality/kiem_tra_report.h"

#include <cmath>
#include <cstdint>
#include <map>
#include <utility>
#include <vector>

#include "generators/vietnamese_number.h"
#include "ingest/enums.h"
#include "quality/finding_text.h"

namespace baocao {
namespace {

using Line = std::map<std::string, SectionCell>;

// A rule's side, a median or a MAD: an integer as a count, else hundredths (two decimals).
Value Decimal(double v) {
  const double rounded = std::round(v);
  if (std::fabs(v - rounded) < 1e-9) return Value::Count(static_cast<int64_t>(rounded));
  return Value::Hundredths(static_cast<int64_t>(std::llround(v * 100)));
}

Value RateValue(double fraction) { return {Value::Kind::kRate, 0, fraction}; }

// An outlier metric's value: a rate prints as a percentage, a count as a decimal.
SectionCell MetricCell(bool rate, double v) {
  return SectionCell::Number(rate ? RateValue(v) : Decimal(v), MetricValueText(rate, v));
}

SectionCell Count(int64_t n) { return SectionCell::Number(Value::Count(n), FormatCount(n)); }

void AddUnit(Line& line, size_t stt, const std::string& code, const std::string& name) {
  line["stt"] = Count(static_cast<int64_t>(stt));
  line["ma_don_vi"] = SectionCell::Text(code);
  line["ten_don_vi"] = SectionCell::Text(name);
  line["unit"] = SectionCell::Text(name + " (" + code + ")");
}

ReportSection Violations(const QualityReport& q) {
  ReportSection s{"violations", {}};
  for (const RuleViolation& v : q.violations) {
    Line line;
    AddUnit(line, s.lines.size() + 1, v.unit, v.unit_name);
    const bool error = v.severity == Severity::kError;
    line["rule"] = SectionCell::Text(v.rule);
    line["rule_name"] = SectionCell::Text(v.rule_name);
    line["rule_text"] = SectionCell::Text(v.rule + " " + v.rule_name);
    line["severity"] = SectionCell::Text(error ? "error" : "warning");
    line["severity_text"] = SectionCell::Text(error ? "LỖI" : "cảnh báo");
    line["left"] = SectionCell::Text(v.left);
    line["left_value"] = SectionCell::Number(Decimal(v.left_value), v.left_text);
    line["left_side"] = SectionCell::Text(v.left + " = " + v.left_text);
    line["op"] = SectionCell::Text(v.op);
    line["right"] = SectionCell::Text(v.right);
    line["right_value"] = SectionCell::Number(Decimal(v.right_value), v.right_text);
    line["right_side"] = SectionCell::Text(v.right + " = " + v.right_text);
    line["message"] = SectionCell::Text(v.message);
    s.lines.push_back(std::move(line));
  }
  return s;
}

ReportSection Outliers(const QualityReport& q) {
  ReportSection s{"outliers", {}};
  for (const OutlierFinding& o : q.outliers) {
    Line line;
    AddUnit(line, s.lines.size() + 1, o.unit, o.unit_name);
    line["metric"] = SectionCell::Text(o.metric);
    line["metric_name"] = SectionCell::Text(o.metric_name);
    line["value"] = MetricCell(o.rate, o.value);
    line["median"] = MetricCell(o.rate, o.median);
    // A rate's MAD is a difference of fractions: printed in percentage points like the rates.
    line["mad"] = MetricCell(o.rate, o.mad);
    const auto score = static_cast<int64_t>(std::llround(o.score * 100));
    line["score"] = SectionCell::Number(Value::Hundredths(score), FormatHundredths(score));
    std::vector<Value> values;
    std::string text;
    for (const auto& [label, v] : o.history) {
      const SectionCell cell = MetricCell(o.rate, v);
      values.push_back(cell.value);
      text += (text.empty() ? "" : "; ") + label + ": " + cell.text;
    }
    line["history"] = SectionCell::List(std::move(values), text);
    s.lines.push_back(std::move(line));
  }
  return s;
}

ReportSection ShortHistories(const QualityReport& q) {
  ReportSection s{"short_history", {}};
  for (const ShortHistory& h : q.short_history) {
    Line line;
    AddUnit(line, s.lines.size() + 1, h.unit, h.unit_name);
    line["periods"] = Count(h.periods);
    line["periods_text"] = SectionCell::Text(std::to_string(h.periods) + "/" + std::to_string(q.outlier_min_history) +
                                             " kỳ");
    s.lines.push_back(std::move(line));
  }
  return s;
}

std::string RateText(int n, int total) {
  return std::to_string(n) + "/" + std::to_string(total) + " (" + FormatValue(Value::Rate(n, total)) + ")";
}

ReportSection ReportingRates(const QualityReport& q) {
  ReportSection s{"reporting_rates", {}};
  for (const LevelRate& level : q.timeliness.levels) {
    Line line;
    line["level"] = SectionCell::Text(level.cap);
    line["level_name"] = SectionCell::Text(level.cap.empty() ? "Tổng cộng" : CapEnum().Label(level.cap));
    line["expected"] = Count(level.total);
    line["reported"] = Count(level.reported);
    line["on_time"] = Count(level.on_time);
    const Value reported = Value::Rate(level.reported, level.total);
    const Value on_time = Value::Rate(level.on_time, level.total);
    line["reported_rate"] = SectionCell::Number(reported, FormatValue(reported));
    line["on_time_rate"] = SectionCell::Number(on_time, FormatValue(on_time));
    line["reported_text"] = SectionCell::Text(RateText(level.reported, level.total));
    line["on_time_text"] = SectionCell::Text(RateText(level.on_time, level.total));
    s.lines.push_back(std::move(line));
  }
  return s;
}

ReportSection Timeliness(const QualityReport& q) {
  ReportSection s{"timeliness", {}};
  const ReportingStatus& status = q.timeliness;
  const std::string months = std::to_string(status.months.size());
  for (const UnitStatus& u : status.units) {
    if (!u.missing() && !u.late) continue;
    Line line;
    AddUnit(line, s.lines.size() + 1, u.code, u.name);
    line["state"] = SectionCell::Text(u.late ? "late" : "missing");
    line["state_text"] = SectionCell::Text(u.late ? "nộp muộn (hạn " + q.deadline.Vietnamese() + ")" : "CHƯA BÁO CÁO");
    line["completed_at"] = SectionCell::Text(u.completed_at);
    std::string missing;
    for (const auto& m : u.missing_months) missing += (missing.empty() ? "" : ", ") + m;
    line["months_text"] = SectionCell::Text(std::to_string(u.months_reported) + "/" + months +
                                            (missing.empty() ? "" : "; thiếu " + missing));
    s.lines.push_back(std::move(line));
  }
  return s;
}

SectionCell ValueCell(const Value& v) { return SectionCell::Number(v, FormatValue(v)); }

ReportSection Differences(const QualityReport& q) {
  ReportSection s{"differences", {}};
  for (const ApprovalDifference& d : q.differences) {
    Line line;
    AddUnit(line, s.lines.size() + 1, d.unit, d.unit_name);
    line["key"] = SectionCell::Text(d.key);
    line["key_name"] = SectionCell::Text(d.key_name);
    line["approved"] = ValueCell(d.approved);
    line["current"] = ValueCell(d.current);
    Value change;
    if (d.approved.kind == Value::Kind::kCount && d.current.kind == Value::Kind::kCount) {
      change = Value::Count(d.current.count - d.approved.count);
      line["change"] = SectionCell::Number(change, (change.count > 0 ? "+" : "") + FormatCount(change.count));
    } else {
      line["change"] = SectionCell::Number(change, kNullText);
    }
    s.lines.push_back(std::move(line));
  }
  return s;
}

struct UnitCounts {
  int64_t errors = 0, warnings = 0, outliers = 0, differences = 0;
};

}  // namespace

Report KiemTraReport(const QualityReport& q, const std::string& place) {
  Report report;
  report.form = kKiemTraForm;
  report.period = q.period;
  report.place = place;
  report.issued_on = q.period.to.AddDays(1);
  report.root = q.root;

  std::map<std::string, UnitCounts> counts;
  for (const auto& v : q.violations) {
    UnitCounts& c = counts[v.unit];
    ++(v.severity == Severity::kError ? c.errors : c.warnings);
  }
  for (const auto& o : q.outliers) ++counts[o.unit].outliers;
  for (const auto& d : q.differences) ++counts[d.unit].differences;

  TableRow total;
  total.kind = TableRow::Kind::kTotal;
  total.bold = true;
  total.row.ten_don_vi = "Tổng cộng";
  total.row.submitted = total.row.people_submitted = true;
  UnitCounts sum;
  int64_t on_time = 0;
  std::vector<std::string> parents;  // the codes of the current line's ancestors, by depth
  for (const UnitStatus& u : q.timeliness.units) {
    UnitRow row;
    row.ma_don_vi = u.code;
    row.ten_don_vi = u.name;
    row.cap = u.cap;
    row.depth = u.depth;
    parents.resize(static_cast<size_t>(u.depth));
    row.ma_don_vi_cha = u.depth == 0 ? "" : parents.back();
    parents.push_back(u.code);
    row.submitted = row.people_submitted = true;
    const UnitCounts c = counts[u.code];
    row.values = {{"errors", Value::Count(c.errors)},
                  {"warnings", Value::Count(c.warnings)},
                  {"outliers", Value::Count(c.outliers)},
                  {"reported_on_time", u.expected ? Value::Count(u.reported() && !u.late ? 1 : 0) : Value::Null()},
                  {"differences", Value::Count(c.differences)}};
    row.own = row.values;
    sum.errors += c.errors;
    sum.warnings += c.warnings;
    sum.outliers += c.outliers;
    sum.differences += c.differences;
    on_time += u.expected && u.reported() && !u.late ? 1 : 0;
    if (!report.units.empty() && report.units.back().depth < row.depth) report.units.back().has_children = true;
    report.units.push_back(row);
  }
  for (size_t i = 0; i < report.units.size(); ++i) {
    TableRow line;
    line.kind = TableRow::Kind::kUnit;
    line.index = std::to_string(i + 1);
    line.indent = report.units[i].depth;
    line.bold = report.units[i].depth == 0;
    line.row = report.units[i];
    report.table.push_back(std::move(line));
    total.parts.push_back(i);
  }
  total.row.values = {{"errors", Value::Count(sum.errors)},
                      {"warnings", Value::Count(sum.warnings)},
                      {"outliers", Value::Count(sum.outliers)},
                      {"reported_on_time", Value::Count(on_time)},
                      {"differences", Value::Count(sum.differences)}};
  report.table.push_back(std::move(total));

  report.sections = {Violations(q), Outliers(q), ShortHistories(q), ReportingRates(q), Timeliness(q),
                     Differences(q)};
  return report;
}

}  // namespace baocao
