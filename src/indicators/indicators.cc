#include "indicators/indicators.h"

#include <array>

#include "core/checked_sum.h"
#include "core/errors.h"
#include "indicators/indicator_keys.h"
#include "indicators/ranking.h"
#include "indicators/report_table.h"
#include "indicators/reporting_status.h"
#include "indicators/scorecard_report.h"
#include "indicators/scorecard_source.h"

namespace baocao {
namespace {

// Per tree node: the rolled-up counts over its subtree, counting only the units that reported.
std::vector<UnitCounts> RollUp(const UnitTree& tree, const std::vector<UnitCounts>& own,
                               const std::vector<bool>& reported) {
  std::vector<UnitCounts> rolled(own.size());
  for (int i = tree.size() - 1; i >= 0; --i) {  // reverse pre-order: children before parents
    const size_t at = static_cast<size_t>(i);
    if (reported[at]) rolled[at].Add(own[at]);
    const int parent = tree.node(i).parent_index;
    if (parent >= 0) rolled[static_cast<size_t>(parent)].Add(rolled[at]);
  }
  return rolled;
}

// Per tree node and field: the rolled-up counts of the field over the units that reported.
std::vector<std::vector<UnitCounts>> RollUpByField(const UnitTree& tree,
                                                   const std::vector<std::vector<UnitCounts>>& own,
                                                   const std::vector<bool>& reported) {
  std::vector<std::vector<UnitCounts>> rolled(own.size(), std::vector<UnitCounts>(own.front().size()));
  for (int i = tree.size() - 1; i >= 0; --i) {
    const size_t at = static_cast<size_t>(i);
    const int parent = tree.node(i).parent_index;
    for (size_t k = 0; k < own[at].size(); ++k) {
      if (reported[at]) rolled[at][k].Add(own[at][k]);
      if (parent >= 0) rolled[static_cast<size_t>(parent)][k].Add(rolled[at][k]);
    }
  }
  return rolled;
}

// A row shows figures when a unit of its subtree that was expected has reported; a subtree with
// no expected unit shows them when the unit itself reported (a header-only file).
bool Shown(const Coverage& c, bool self_reported) {
  return c.reported > 0 || (c.expected == 0 && self_reported);
}

struct RankSpec {
  const char* rank_key;
  const char* of_key;
  int64_t (*numerator)(const UnitCounts&);
  int64_t (*denominator)(const UnitCounts&);
};

const std::array<RankSpec, 3> kRankings = {{
    {"rank_on_time", "rank_of",
     [](const UnitCounts& c) { return CheckedAdd(c.resolved_early, c.resolved_on_time); },
     [](const UnitCounts& c) { return c.resolved_total(); }},
    {"rank_online", "rank_online_of", [](const UnitCounts& c) { return c.new_online; },
     [](const UnitCounts& c) { return c.new_total(); }},
    {"rank_satisfaction", "rank_satisfaction_of",
     [](const UnitCounts& c) { return CheckedAdd(c.very_satisfied, c.satisfied); },
     [](const UnitCounts& c) { return c.rated_total(); }},
}};

// Per ranking of kRankings, per tree node: the rank over the whole province.
std::vector<std::vector<RankResult>> Ranks(const UnitTree& tree, const std::vector<UnitCounts>& rolled,
                                           const std::vector<bool>& reported) {
  std::vector<std::vector<RankResult>> ranks;
  for (const RankSpec& spec : kRankings) {
    std::vector<RankInput> inputs;
    for (int i = 0; i < tree.size(); ++i) {
      const UnitCounts& c = rolled[static_cast<size_t>(i)];
      inputs.push_back({tree.node(i).cap, spec.numerator(c), spec.denominator(c),
                        static_cast<bool>(reported[static_cast<size_t>(i)])});
    }
    ranks.push_back(Rank(inputs));
  }
  return ranks;
}

// The indicator values of one node: its rolled-up counts, rates and ranks.
Values NodeValues(const UnitCounts& rolled, const Values& ranks) {
  Values values = ToValues(rolled);
  for (const auto& [key, value] : ranks) values[key] = value;
  return values;
}

// The stamp of a report over the subtree [root, root + size): set when every unit is approved.
std::optional<ApprovalStamp> Stamp(const ProvinceFigures& f, int root) {
  if (f.approval_of.empty()) return std::nullopt;
  const ApprovalRecord* latest = nullptr;
  for (int i = root; i < root + f.tree.node(root).subtree_size; ++i) {
    const int a = f.approval_of[static_cast<size_t>(i)];
    if (a < 0) return std::nullopt;
    const ApprovalRecord& approval = f.approvals[static_cast<size_t>(a)];
    if (latest == nullptr || approval.approved_at > latest->approved_at) latest = &approval;
  }
  const ApprovalRecord& of_root = f.approvals[static_cast<size_t>(f.approval_of[static_cast<size_t>(root)])];
  const auto at = ParseDateTime(latest->approved_at);
  return ApprovalStamp{latest->approved_at, of_root.approved_by, at ? at->date : Date{}};
}

Values OnlyKeys(const Values& all, const std::vector<std::string>& keys, bool counts_only) {
  Values out;
  for (const auto& key : keys) {
    const auto it = all.find(key);
    if (it == all.end()) continue;
    if (counts_only && it->second.kind == Value::Kind::kRate) continue;
    out.emplace(key, it->second);
  }
  return out;
}

void CheckBalance(const UnitNode& node, const UnitCounts& c) {
  if (c.Balanced()) return;
  throw DataError("Số liệu của đơn vị " + node.code + " (" + node.name +
                  ") không cân đối: tổng số hồ sơ nhận giải quyết " +
                  std::to_string(c.received_total()) + " khác đã giải quyết " +
                  std::to_string(c.resolved_total()) + " + rút hồ sơ " + std::to_string(c.withdrawn) +
                  " + trả lại " + std::to_string(c.returned) + " + đang giải quyết " +
                  std::to_string(c.pending_total()) + "; không lập báo cáo");
}

std::string MissingWarning(const UnitNode& node, const std::vector<std::string>& months,
                           bool people) {
  std::string text = "Chưa báo cáo: " + node.code + " " + node.name;
  if (people) return text + " (kỷ luật, xếp loại)";
  text += " (tháng";
  for (size_t i = 0; i < months.size(); ++i) text += (i ? ", " : " ") + months[i];
  return text + ")";
}

}  // namespace

namespace {
std::string KiemTraFromFiguresText() {
  return "Biểu kiem_tra được lập từ kết quả kiểm tra số liệu (baocao check), không từ số liệu tổng hợp";
}
}  // namespace

std::string ReportPlace(const UnitTree& tree, int root_index) {
  return PlaceName(tree.node(root_index).cap == "so_nganh" ? tree.node(0).name : tree.node(root_index).name);
}

std::string ReportPlace(Database& db, const Period& period, const std::string& root) {
  const UnitTree tree = UnitTree::Load(db, period.ExportMonths().front());
  return ReportPlace(tree, root.empty() ? 0 : tree.Require(root));
}

std::string PlaceName(const std::string& unit_name) {
  static const char* kPrefixes[] = {"Ủy ban nhân dân ", "Uỷ ban nhân dân ", "UBND "};
  static const char* kKinds[] = {"tỉnh ", "thành phố ", "huyện ", "thị xã ", "quận ",
                                 "thị trấn ", "phường ", "xã "};
  std::string name = unit_name;
  for (const char* p : kPrefixes)
    if (name.rfind(p, 0) == 0) name = name.substr(std::string(p).size());
  for (const char* k : kKinds)
    if (name.rfind(k, 0) == 0) return name.substr(std::string(k).size());
  return name;
}

std::vector<Values> UnitRanks(const ProvinceFigures& f) {
  const UnitTree& tree = f.tree;
  const ReportingState& state = f.reporting;
  std::vector<bool> dossiers_reported(static_cast<size_t>(tree.size()));
  std::vector<bool> dossier_rows(static_cast<size_t>(tree.size()));
  for (int i = 0; i < tree.size(); ++i) {
    const size_t at = static_cast<size_t>(i);
    dossiers_reported[at] = state.dossiers_reported(i);
    dossier_rows[at] = Shown(state.dossiers_coverage[at], dossiers_reported[at]);
  }
  const auto ranks = Ranks(tree, RollUp(tree, f.own_dossiers, dossiers_reported), dossier_rows);
  std::vector<Values> out(static_cast<size_t>(tree.size()));
  for (size_t node = 0; node < out.size(); ++node) {
    if (node < f.approved_ranks.size() && !f.approved_ranks[node].empty()) {
      out[node] = f.approved_ranks[node];
      continue;
    }
    for (size_t k = 0; k < kRankings.size(); ++k) {
      const RankResult& r = ranks[k][node];
      out[node][kRankings[k].rank_key] = r.rank ? Value::Count(*r.rank) : Value::Null();
      out[node][kRankings[k].of_key] = r.rank ? Value::Count(r.of) : Value::Null();
    }
  }
  return out;
}

Report BuildReport(const ProvinceFigures& f, const std::string& form, const std::string& root,
                   const ReportOptions& options) {
  const auto& keys = FormKeys(form);
  if (form == "kiem_tra") throw UsageError(KiemTraFromFiguresText());
  const bool people_form = form == "ky_luat";
  const bool people_columns = people_form || form == "tong_hop";
  const UnitTree& tree = f.tree;
  const int root_index = root.empty() ? 0 : tree.Require(root);
  const ReportingState& state = f.reporting;

  std::vector<bool> dossiers_reported(static_cast<size_t>(tree.size()));
  for (int i = 0; i < tree.size(); ++i) dossiers_reported[static_cast<size_t>(i)] = state.dossiers_reported(i);

  // Dossier counts roll up over the units that reported dossiers, people counts over those that
  // reported discipline and evaluations; both are kept in one UnitCounts per unit.
  // The previous year's people figures roll up over the units that reported that year.
  std::vector<UnitCounts> rolled = RollUp(tree, f.own_dossiers, dossiers_reported);
  std::vector<UnitCounts> rolled_people = RollUp(tree, f.own_people, state.people_reported);
  const std::vector<UnitCounts> rolled_previous = RollUp(tree, f.own_people, state.people_reported_previous);
  for (size_t i = 0; i < rolled.size(); ++i) {
    UnitCounts& p = rolled_people[i];
    p.discipline_previous_period = rolled_previous[i].discipline_previous_period;
    p.evaluated_previous_period = rolled_previous[i].evaluated_previous_period;
    p.excellent_previous_period = rolled_previous[i].excellent_previous_period;
    rolled[i].Add(p);
  }
  const std::vector<Coverage>& previous_cover = state.people_previous_coverage;
  const std::vector<Coverage>& dossier_cover = state.dossiers_coverage;
  const std::vector<Coverage>& people_cover = state.people_coverage;
  std::vector<bool> dossier_rows(static_cast<size_t>(tree.size()));
  for (size_t i = 0; i < dossier_rows.size(); ++i) dossier_rows[i] = Shown(dossier_cover[i], dossiers_reported[i]);
  const auto ranks = UnitRanks(f);
  const bool by_field = form == "tthc" && !f.own_by_field.empty();
  const auto rolled_fields = by_field ? RollUpByField(tree, f.own_by_field, dossiers_reported)
                                      : std::vector<std::vector<UnitCounts>>{};

  Report report;
  report.form = form;
  report.period = f.period;
  if (people_form) report.previous = f.previous;
  report.root = tree.node(root_index).code;
  report.place = ReportPlace(tree, root_index);
  report.issued_on = f.period.to.AddDays(1);
  if (FormHasCatalog(form)) report.catalog = f.catalog;
  report.approval = Stamp(f, root_index);

  const UnitNode& top = tree.node(root_index);
  for (int i = root_index; i < root_index + top.subtree_size; ++i) {
    const UnitNode& node = tree.node(i);
    const size_t at = static_cast<size_t>(i);
    if (!people_form) CheckBalance(node, rolled[at]);
    UnitRow row;
    row.ma_don_vi = node.code;
    row.ten_don_vi = node.name;
    row.cap = node.cap;
    row.ma_don_vi_cha = node.parent;
    row.depth = node.depth - top.depth;
    row.has_children = !node.children.empty();
    const bool people_shown = Shown(people_cover[at], state.people_reported[at]);
    row.submitted = people_form ? people_shown : dossier_rows[at];
    row.people_submitted = people_columns && people_shown;
    row.coverage = people_form ? people_cover[at] : dossier_cover[at];
    if (form == "tong_hop") row.people_coverage = people_cover[at];
    if (row.submitted || row.people_submitted) {
      row.values = OnlyKeys(NodeValues(rolled[at], ranks[at]), keys, false);
      if (!Shown(previous_cover[at], state.people_reported_previous[at]))
        for (auto& [key, value] : row.values)
          if (key.find("_previous_period") != std::string::npos) value = Value::Null();
      UnitCounts own;
      if (dossiers_reported[at]) own.Add(f.own_dossiers[at]);
      if (state.people_reported[at]) own.Add(f.own_people[at]);
      row.own = OnlyKeys(ToValues(own), keys, true);
      if (FormHasDisciplineByForm(form)) row.discipline_by_form = rolled[at].discipline_by_form;
    }
    if (by_field && row.submitted) {
      for (size_t k = 0; k < f.fields.size(); ++k) {
        const UnitCounts& c = rolled_fields[at][k];
        if (c.received_total() > 0) row.by_field[f.fields[k]] = OnlyKeys(ToValues(c), FlowKeys(), false);
      }
    }
    row.missing = people_form ? state.people_missing(i) : state.dossiers_missing(i);
    if (row.missing) report.warnings.push_back(MissingWarning(node, state.missing_months[at], people_form));
    report.units.push_back(std::move(row));
  }
  report.table = form == "tthc" ? Form06Table(f, report, root_index, {options.by_field})
                                : HierarchyTable(report.units);
  return report;
}

Report ComputeReport(Database& db, const std::string& form, const Period& period,
                     const std::string& root, const ReportOptions& options) {
  FormKeys(form);  // an unknown form fails before the database is read
  if (form == "kiem_tra")  // callers go through the quality check (quality/kiem_tra_report.h)
    throw UsageError(KiemTraFromFiguresText());
  if (form == kScorecardForm) {
    // The report scores its period and the one before (BuildScorecardReport): both are computed at
    // the first call, from one read of the dossiers, and the second call takes the one kept.
    std::map<std::string, std::map<std::string, Scorecard>> kept;  // by period label
    return ComputeScorecardReport(db, period, root, [&db, &kept](const Period& p) {
      if (auto it = kept.find(p.Label()); it != kept.end()) return it->second;
      const Period previous = PreviousCalendarPeriod(p);
      auto cards = ScorecardsFromStore(db, std::vector<Period>{p, previous});
      kept.emplace(previous.Label(), std::move(cards[1]));
      return std::move(cards[0]);
    });
  }
  const FigureParts parts = form == "ky_luat" ? FigureParts::kPeople : FigureParts::kAll;
  Report report = BuildReport(ComputeFigures(db, period, parts), form, root, options);
  if (form == "tong_hop")
    report.reporting = ReportingRateValues(ComputeReportingStatus(db, period, root, options.deadline));
  return report;
}

}  // namespace baocao
