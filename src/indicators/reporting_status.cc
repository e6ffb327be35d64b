#include "indicators/reporting_status.h"

#include <algorithm>
#include <map>

#include "core/errors.h"
#include "indicators/reporting.h"
#include "indicators/unit_tree.h"
#include "store/reporting_facts.h"

namespace baocao {
namespace {

struct LastSubmission {
  std::string at;
  std::string file;
  int64_t id = 0;
};

// The dossiers submissions that reported each unit for the period's months.
struct UnitSubmissions {
  // Per unit: the newest dossiers submission for one of the months that reported the unit.
  std::map<std::string, LastSubmission> last;
  // Per unit and month: the time of the earliest dossiers submission that reported it.
  std::map<std::string, std::map<std::string, std::string>> first_by_month;
};

UnitSubmissions LoadUnitSubmissions(Database& db, const std::vector<std::string>& months) {
  UnitSubmissions found;
  for (const auto& month : months) {
    for (MonthReport& r : DossierReportsOfMonth(db, month)) {
      found.first_by_month[r.unit].emplace(month, r.submitted_at);  // the first row (the earliest) stays
      LastSubmission& l = found.last[r.unit];
      if (r.submitted_at >= l.at) l = {r.submitted_at, std::move(r.file_name), r.submission_id};
    }
  }
  return found;
}

// When node's last owed month was first covered; "" when some owed month never was.
std::string CompletedAt(const UnitNode& node, const std::vector<std::string>& months,
                        const UnitSubmissions& found) {
  const auto unit = found.first_by_month.find(node.code);
  if (unit == found.first_by_month.end()) return "";
  std::string completed;
  for (const auto& month : months) {
    if (!MonthDue(node, month)) continue;
    const auto first = unit->second.find(month);
    if (first == unit->second.end()) return "";
    completed = std::max(completed, first->second);
  }
  return completed;
}

bool After(const std::string& at, Date deadline) {
  const auto when = ParseDateTime(at);
  return when && when->date > deadline;
}

}  // namespace

namespace {

// The levels of units (expected ones only), in the order of LevelRate::cap, then the total.
std::vector<LevelRate> CountLevels(const std::vector<UnitStatus>& units) {
  std::map<std::string, LevelRate> by_cap;
  LevelRate total;
  for (const UnitStatus& u : units) {
    LevelRate& level = by_cap[u.cap];
    level.cap = u.cap;
    for (LevelRate* r : {&level, &total}) {
      if (!u.expected) continue;
      ++r->total;
      r->reported += u.reported() ? 1 : 0;
      r->on_time += u.reported() && !u.late ? 1 : 0;
    }
  }
  std::vector<LevelRate> levels;
  for (const char* cap : {"tinh", "so_nganh", "huyen", "xa"})
    if (by_cap.count(cap) && by_cap[cap].total > 0) levels.push_back(by_cap[cap]);
  levels.push_back(total);
  return levels;
}

}  // namespace

ReportingStatus SubtreeStatus(const ReportingStatus& status, const std::string& root) {
  if (root.empty()) return status;
  const auto top = std::find_if(status.units.begin(), status.units.end(),
                                [&](const UnitStatus& u) { return u.code == root; });
  if (top == status.units.end())
    throw UsageError("Đơn vị " + root + " không thuộc phạm vi báo cáo; kiểm tra lại mã đơn vị");
  ReportingStatus part;
  part.period = status.period;
  part.deadline = status.deadline;
  part.months = status.months;
  const int depth = top->depth;
  for (auto it = top; it != status.units.end() && (it == top || it->depth > depth); ++it) {
    part.units.push_back(*it);
    part.units.back().depth -= depth;
  }
  part.levels = CountLevels(part.units);
  return part;
}

ReportingStatus ComputeReportingStatus(Database& db, const Period& period, const std::string& root,
                                       std::optional<Date> deadline) {
  const UnitTree tree = UnitTree::Load(db, period.ExportMonths().front());
  const int top = root.empty() ? 0 : tree.Require(root);
  const ReportingState state = LoadReportingState(db, tree, period);
  const UnitSubmissions found = LoadUnitSubmissions(db, state.months);

  ReportingStatus status;
  status.period = period;
  status.deadline = deadline;
  status.months = state.months;
  for (int i = top; i < top + tree.node(top).subtree_size; ++i) {
    const UnitNode& n = tree.node(i);
    UnitStatus u;
    u.code = n.code;
    u.name = n.name;
    u.cap = n.cap;
    u.depth = n.depth - tree.node(top).depth;
    u.missing_months = state.missing_months[static_cast<size_t>(i)];
    u.months_reported = static_cast<int>(state.months.size() - u.missing_months.size());
    u.people_reported = state.people_reported[static_cast<size_t>(i)];
    u.expected = state.dossiers_expected[static_cast<size_t>(i)];
    u.people_expected = state.people_expected[static_cast<size_t>(i)];
    if (const auto it = found.last.find(n.code); it != found.last.end()) {
      u.last_submitted_at = it->second.at;
      u.last_file = it->second.file;
      u.last_submission_id = it->second.id;
    }
    if (u.expected && u.reported()) {
      u.completed_at = CompletedAt(n, state.months, found);
      u.late = deadline && After(u.completed_at, *deadline);
    }
    status.units.push_back(std::move(u));
  }
  status.levels = CountLevels(status.units);
  return status;
}

Values ReportingRateValues(const ReportingStatus& status) {
  const LevelRate& all = status.levels.back();
  return {{"units_expected", Value::Count(all.total)},
          {"units_reported", Value::Count(all.reported)},
          {"units_on_time", Value::Count(all.on_time)},
          {"units_reported_rate", Value::Rate(all.reported, all.total)},
          {"units_on_time_rate", Value::Rate(all.on_time, all.total)}};
}

std::string DossierStateText(const ReportingStatus& s, const UnitStatus& u) {
  if (!u.expected) return "tổng hợp (không phải nộp)";
  const std::string count = std::to_string(u.months_reported) + "/" + std::to_string(s.months.size());
  if (u.reported()) return (u.late ? "đã báo cáo, nộp muộn (" : "đã báo cáo (") + count + ")";
  std::string missing;
  for (const auto& m : u.missing_months) missing += (missing.empty() ? "" : ", ") + m;
  return "CHƯA BÁO CÁO (" + count + "; thiếu " + missing + ")";
}

std::string PeopleStateText(const UnitStatus& u) {
  return u.people_reported ? "đã báo cáo" : (u.people_expected ? "chưa báo cáo" : "tổng hợp");
}

}  // namespace baocao
