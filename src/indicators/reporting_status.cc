#include "indicators/reporting_status.h"

#include <SQLiteCpp/Statement.h>

#include <map>

#include "indicators/reporting.h"
#include "indicators/unit_tree.h"

namespace baocao {
namespace {

struct LastSubmission {
  std::string at;
  std::string file;
};

// Per unit: the newest dossiers submission for one of the months that reported the unit.
std::map<std::string, LastSubmission> LastSubmissions(Database& db, const std::vector<std::string>& months) {
  std::map<std::string, LastSubmission> last;
  SQLite::Statement q(db.sql(),
                      "SELECT r.ma_don_vi, s.submitted_at, s.file_name FROM unit_reports r "
                      "JOIN submissions s ON s.id = r.submission_id "
                      "WHERE r.kind = 'dossiers' AND r.period = ? ORDER BY s.submitted_at, s.id");
  for (const auto& month : months) {
    q.reset();
    q.bind(1, month);
    while (q.executeStep()) {
      LastSubmission& l = last[q.getColumn(0).getString()];
      const std::string at = q.getColumn(1).getString();
      if (at >= l.at) l = {at, q.getColumn(2).getString()};
    }
  }
  return last;
}

}  // namespace

ReportingStatus ComputeReportingStatus(Database& db, const Period& period, const std::string& root) {
  const UnitTree tree = UnitTree::Load(db, period.ExportMonths().front());
  const int top = root.empty() ? 0 : tree.Require(root);
  const ReportingState state = LoadReportingState(db, tree, period);
  const auto last = LastSubmissions(db, state.months);

  ReportingStatus status;
  status.period = period;
  status.months = state.months;
  std::map<std::string, LevelRate> by_cap;
  LevelRate total;
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
    if (const auto it = last.find(n.code); it != last.end()) {
      u.last_submitted_at = it->second.at;
      u.last_file = it->second.file;
    }
    LevelRate& level = by_cap[n.cap];
    level.cap = n.cap;
    for (LevelRate* r : {&level, &total}) {
      if (!u.expected) continue;
      ++r->total;
      r->reported += u.reported() ? 1 : 0;
    }
    status.units.push_back(std::move(u));
  }
  for (const char* cap : {"tinh", "so_nganh", "huyen", "xa"})
    if (by_cap.count(cap) && by_cap[cap].total > 0) status.levels.push_back(by_cap[cap]);
  status.levels.push_back(total);
  return status;
}

}  // namespace baocao
