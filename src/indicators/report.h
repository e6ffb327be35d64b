// The computed content of one report: the contract between the indicators and the generators.
//
// A Report holds, for one form, one period and one subtree of units, every indicator of SPEC §4 under
// the keys of SPEC §7, for every unit of the subtree in hierarchy order. Generators (JSON, Excel,
// PDF) only print what is here; they compute nothing but presentation (and Excel formulas whose
// cached values are these numbers).
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "core/period.h"
#include "scorecard/scorecard.h"

namespace baocao {

// One indicator value: null (no value: zero denominator, unit not reported, unranked), an integer
// count (or VND amount), a rate in [0, 1], or (chi_so_766) points in fixed-point hundredths held in
// `count` (17,85 points is 1785; signed for a change against the previous period).
struct Value {
  enum class Kind { kNull, kCount, kRate, kHundredths };
  Kind kind = Kind::kNull;
  int64_t count = 0;
  double rate = 0.0;

  static Value Null() { return {}; }
  static Value Count(int64_t n) { return {Kind::kCount, n, 0.0}; }
  static Value Hundredths(int64_t n) { return {Kind::kHundredths, n, 0.0}; }
  // numerator / denominator, or null when the denominator is 0.
  static Value Rate(int64_t numerator, int64_t denominator) {
    if (denominator == 0) return {};
    return {Kind::kRate, 0, static_cast<double>(numerator) / static_cast<double>(denominator)};
  }
  bool is_null() const { return kind == Kind::kNull; }
  bool operator==(const Value&) const = default;
};

using Values = std::map<std::string, Value>;

// Which units of a row's subtree were expected to report for the period and which did (SPEC §2):
// an aggregating unit (units under it, never a record of its own of the kind) is not expected.
struct Coverage {
  int expected = 0;
  int reported = 0;
  std::vector<std::string> missing;  // "code name" of the expected units that have not reported

  bool partial() const { return reported < expected; }
};

// One unit's line in a report.
struct UnitRow {
  std::string ma_don_vi;
  std::string ten_don_vi;
  std::string cap;            // tinh | so_nganh | huyen | xa
  std::string ma_don_vi_cha;  // empty for the province root
  int depth = 0;              // 0 for the report's root unit, 1 for its children, ...
  bool has_children = false;  // within the report's subtree
  // false: "chưa báo cáo" — no unit of the subtree has reported the form's kind (dossiers; for
  // ky_luat discipline and evaluations), and every value of that kind is null.
  bool submitted = false;
  // tong_hop: whether any unit of the subtree reported discipline and evaluations for the year; its
  // people keys are null otherwise. For the other forms equal to `submitted` where it applies.
  bool people_submitted = false;
  // Expected to report the form's kind (people for ky_luat) for the period and has not: what the
  // warnings, the run summary and exit code 5 name. Never true for an aggregating unit.
  bool missing = false;
  Coverage coverage;         // the form's kind (people for ky_luat)
  Coverage people_coverage;  // tong_hop: discipline and evaluations
  Values values;              // rolled up over the unit's subtree (counts added, rates recomputed)
  Values own;                 // counts of the unit's own records only (not its descendants)
  std::map<std::string, int64_t> discipline_by_form;  // hinh_thuc code -> decisions (rolled up)
  // tthc: the flow keys per field (linh_vuc), rolled up like `values`, summing to them.
  std::map<std::string, Values> by_field;
};

// One printed line of a report's table. Generators print Report::table top to bottom; the
// indicators decide which lines there are (SPEC §5 rows):
//   kUnit  a unit (its values as the layout says: rolled up in the hierarchy layout, its own
//          records in the levels layout of form 06)
//   kLevel a subtotal of one level ("Cấp tỉnh", "Cấp huyện", "Cấp xã")
//   kField one field (linh_vuc) of the unit or report above it
//   kTotal the report's total ("Tổng cộng"), always the last line
struct TableRow {
  enum class Kind { kUnit, kLevel, kField, kTotal };
  Kind kind = Kind::kUnit;
  std::string index;  // STT: "I", "1", "1.2"; empty for the total
  int indent = 0;     // indentation steps of the name
  bool bold = false;
  UnitRow row;        // the printed name is row.ten_don_vi; ranks only on kUnit lines
  std::vector<size_t> parts;  // lines of the table this line is the sum of (Excel SUM), or none
};

// The approval of a report's figures: every unit of the report's subtree is inside an active
// approval of the period (indicators/approval.h), so the report shows the frozen figures.
struct ApprovalStamp {
  std::string approved_at;  // "YYYY-MM-DD HH:MM:SS" of the latest approval among the report's units
  std::string approved_by;  // who approved the report's root unit
  Date approved_on;         // the day of approved_at ("Số liệu đã được phê duyệt ngày dd/mm/yyyy")
  bool operator==(const ApprovalStamp&) const = default;
};

// One cell of a finding section's line (Report::sections): what the JSON writes, typed, and what
// Excel and the PDF print. kText: a string (a unit code, a rule's message); kValue: a number (a
// count, a rate, hundredths; null allowed); kList: numbers (an outlier's history). `text` is always
// the printed form ("1.234", "4,40", "80,00%", "2025-01: 300; 2025-02: 310").
struct SectionCell {
  enum class Kind { kText, kValue, kList };
  Kind kind = Kind::kText;
  Value value;
  std::vector<Value> list;
  std::string text;

  static SectionCell Text(std::string t) { return {Kind::kText, {}, {}, std::move(t)}; }
  static SectionCell Number(Value v, std::string t) { return {Kind::kValue, v, {}, std::move(t)}; }
  static SectionCell List(std::vector<Value> values, std::string t) {
    return {Kind::kList, {}, std::move(values), std::move(t)};
  }
};

// A section of findings printed after a report's table (kiem_tra): one kind of finding, its lines
// as cells keyed by column key. What the columns are (order, headers, widths), the section's title,
// its sheet and the "nothing found" line are the template's ([[sections]] of templates/*.toml,
// matched by `kind`); the generators print any section the same way and know nothing of findings.
struct ReportSection {
  std::string kind;  // kiem_tra: violations | outliers | timeliness | differences
  std::vector<std::map<std::string, SectionCell>> lines;
};

// Which keys a form's units carry (SPEC §7):
//   tthc:     flow keys, rank_on_time, rank_online, rank_of
//   dvc:      flow keys, payment keys, satisfaction keys, every rank; Report::catalog filled
//   ky_luat:  people keys, plus the previous year's `discipline_previous_period`,
//             `evaluated_previous_period`, `excellent_previous_period`, `excellent_rate_previous_period`
//   tong_hop: all of the above; Report::catalog filled
//   chi_so_766 (the 766 scorecard, calendar periods; indicators/scorecard_report.h): points as
//             hundredths — score_total, score_max, score_open, score_<group code> (null when the
//             group has no data), rank_score, rank_score_of, score_change (against
//             Report::previous, null without a previous score); Report::scorecards filled. Every
//             unit is a kUnit line, the report's root first, and there is no total line.
//   kiem_tra  (the data-quality check, quality/kiem_tra_report.h): errors, warnings, outliers,
//             reported_on_time (1 on time, 0 late or missing, null for an aggregating unit),
//             differences — every unit a kUnit line, then "Tổng cộng"; Report::sections filled.
// Ranks compare units of the same `cap` across the whole province, whatever the report's subtree:
// `rank_*` is 1 for the best (highest) rate, ties share a rank (1, 2, 2, 4), null when the unit has no
// value; `rank_of` is the number of units of that cap that have a value for the on-time rate, and
// `rank_online_of`, `rank_satisfaction_of` the same for the other two rankings.
struct Report {
  std::string form;       // tthc | dvc | ky_luat | tong_hop
  Period period;
  std::string place;      // the province's place name for the date line ("Hòa Bình")
  Date issued_on;         // the report's date: the day after period.to (deterministic, not the clock)
  // ky_luat: the same period one year earlier; chi_so_766: the previous calendar period of the
  // same kind (the change column compares against it).
  std::optional<Period> previous;
  std::string root;                // ma_don_vi of the report's subtree root
  std::vector<UnitRow> units;      // hierarchy order; units[0] is the root
  std::vector<TableRow> table;     // the printed lines, the total last (report_table.h)
  Values catalog;                  // province-wide catalog indicators (SPEC §4), for dvc/tong_hop
  std::vector<std::string> warnings;  // Vietnamese, e.g. who has not reported
  // tong_hop: how many units of the subtree were expected to report dossiers, reported, and reported
  // by the deadline (ReportingRateValues of indicators/reporting_status.h): units_expected,
  // units_reported, units_on_time, units_reported_rate, units_on_time_rate. Empty when not computed
  // (BuildReport alone); templates print them as `[[figures]]` with source = "reporting".
  Values reporting;
  // kiem_tra: the sections of findings after the table, in the template's order of kinds.
  std::vector<ReportSection> sections;
  // chi_so_766: the scorecard of every unit of the report that has one, by ma_don_vi (the detail
  // section "Chi tiết điểm bị trừ và cách khắc phục" and the JSON's groups and indicators).
  std::map<std::string, Scorecard> scorecards;
  // Set when every unit of the report is approved for the period (tthc, dvc, ky_luat, tong_hop;
  // never chi_so_766 nor kiem_tra, which are not frozen).
  std::optional<ApprovalStamp> approval;

  const UnitRow& root_row() const { return units.front(); }
};

}  // namespace baocao

namespace baocao {

// The value of `key` for a unit: a key of SPEC §7, or "discipline_by_form.<hinh_thuc>" for one form
// of discipline. Unknown keys and unreported units give null.
Value Lookup(const UnitRow& row, const std::string& key);

}  // namespace baocao
