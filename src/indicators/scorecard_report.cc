#include "indicators/scorecard_report.h"

#include <cstdio>

#include "indicators/indicators.h"
#include "indicators/ranking.h"
#include "indicators/report_table.h"

namespace baocao {
namespace {

// "2026-08", "2026-Q3", "2026-H1", "2026" for ParsePeriod.
std::string NameOf(Period::Kind kind, int year, int index) {
  char buf[16];
  switch (kind) {
    case Period::Kind::kMonth: std::snprintf(buf, sizeof buf, "%04d-%02d", year, index); break;
    case Period::Kind::kQuarter: std::snprintf(buf, sizeof buf, "%04d-Q%d", year, index); break;
    case Period::Kind::kHalf: std::snprintf(buf, sizeof buf, "%04d-H%d", year, index); break;
    default: std::snprintf(buf, sizeof buf, "%04d", year); break;
  }
  return buf;
}

const char* const kGroups[] = {"transparency", "progress", "dvctt", "payment", "digitized", "satisfaction"};

Values ScoreValues(const Scorecard* card, const Scorecard* previous, const RankResult& rank) {
  Values v;
  const auto points = [&](const char* key, std::optional<int64_t> n) {
    v[key] = n ? Value::Hundredths(*n) : Value::Null();
  };
  points("score_total", card ? std::optional<int64_t>(card->total) : std::nullopt);
  points("score_max", card ? std::optional<int64_t>(card->max) : std::nullopt);
  points("score_open", card ? std::optional<int64_t>(card->open) : std::nullopt);
  for (const char* code : kGroups) {
    const GroupScore* g = card ? card->Group(code) : nullptr;
    points(("score_" + std::string(code)).c_str(),
           g && !g->no_data() ? std::optional<int64_t>(g->score) : std::nullopt);
  }
  v["rank_score"] = rank.rank ? Value::Count(*rank.rank) : Value::Null();
  v["rank_score_of"] = rank.rank ? Value::Count(rank.of) : Value::Null();
  points("score_change", card && previous ? std::optional<int64_t>(card->total - previous->total)
                                          : std::nullopt);
  return v;
}

}  // namespace

Period CalendarPeriod(const Period& period) {
  if (period.kind == Period::Kind::kRange || period.calendar) return period;
  return ParsePeriod(NameOf(period.kind, period.year, period.index), true);
}

Period PreviousCalendarPeriod(const Period& period) {
  switch (period.kind) {
    case Period::Kind::kMonth:
      return period.index == 1 ? ParsePeriod(NameOf(period.kind, period.year - 1, 12), true)
                               : ParsePeriod(NameOf(period.kind, period.year, period.index - 1), true);
    case Period::Kind::kQuarter:
      return period.index == 1 ? ParsePeriod(NameOf(period.kind, period.year - 1, 4), true)
                               : ParsePeriod(NameOf(period.kind, period.year, period.index - 1), true);
    case Period::Kind::kHalf:
      return period.index == 1 ? ParsePeriod(NameOf(period.kind, period.year - 1, 2), true)
                               : ParsePeriod(NameOf(period.kind, period.year, 1), true);
    case Period::Kind::kYear:
      return ParsePeriod(NameOf(period.kind, period.year - 1, 0), true);
    case Period::Kind::kRange:
      break;
  }
  const int days = period.to.days - period.from.days;
  return RangePeriod(period.from.AddDays(-days - 1), period.from.AddDays(-1));
}

Report BuildScorecardReport(const UnitTree& tree, const Period& chosen, const std::string& root,
                            const ScorecardSource& source) {
  const Period period = CalendarPeriod(chosen);
  const Period previous = PreviousCalendarPeriod(period);
  std::map<std::string, Scorecard> cards = source(period);
  const std::map<std::string, Scorecard> before = source(previous);
  const int root_index = root.empty() ? 0 : tree.Require(root);

  std::vector<RankInput> inputs;
  for (const UnitNode& node : tree.nodes()) {
    const auto it = cards.find(node.code);
    inputs.push_back({node.cap, it == cards.end() ? 0 : it->second.total, 1, it != cards.end()});
  }
  const std::vector<RankResult> ranks = Rank(inputs);

  Report report;
  report.form = kScorecardForm;
  report.period = period;
  report.previous = previous;
  const UnitNode& top = tree.node(root_index);
  report.root = top.code;
  report.place = PlaceName(top.cap == "so_nganh" ? tree.node(0).name : top.name);
  report.issued_on = period.to.AddDays(1);
  for (int i = root_index; i < root_index + top.subtree_size; ++i) {
    const UnitNode& node = tree.node(i);
    UnitRow row;
    row.ma_don_vi = node.code;
    row.ten_don_vi = node.name;
    row.cap = node.cap;
    row.ma_don_vi_cha = node.parent;
    row.depth = node.depth - top.depth;
    row.has_children = !node.children.empty();
    row.submitted = true;  // a unit without a scorecard reads "không có dữ liệu", never "chưa báo cáo"
    const auto card = cards.find(node.code);
    const auto old = before.find(node.code);
    row.values = ScoreValues(card == cards.end() ? nullptr : &card->second,
                             old == before.end() ? nullptr : &old->second,
                             ranks[static_cast<size_t>(i)]);
    if (card != cards.end()) report.scorecards.emplace(node.code, card->second);
    report.units.push_back(std::move(row));
  }
  // The root's line first, then its units as the hierarchy layout numbers them; no total line.
  TableRow first;
  first.kind = TableRow::Kind::kUnit;
  first.bold = true;
  first.row = report.units.front();
  report.table.push_back(std::move(first));
  std::vector<TableRow> lines = HierarchyTable(report.units);
  lines.pop_back();
  for (auto& line : lines) {
    line.parts.clear();
    report.table.push_back(std::move(line));
  }
  return report;
}

Report ComputeScorecardReport(Database& db, const Period& chosen, const std::string& root,
                              const ScorecardSource& source) {
  const Period period = CalendarPeriod(chosen);
  const UnitTree tree = UnitTree::Load(db, period.ExportMonths().front());
  return BuildScorecardReport(tree, period, root, source);
}

}  // namespace baocao
