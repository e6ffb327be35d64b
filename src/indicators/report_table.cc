#include "indicators/report_table.h"

#include <array>

#include "indicators/indicator_keys.h"

namespace baocao {
namespace {

const std::array<const char*, 3> kRoman = {"I", "II", "III"};

int LevelOf(const std::string& cap) {
  if (cap == "huyen") return 1;
  if (cap == "xa") return 2;
  return 0;  // tinh, so_nganh
}

// The keys of a form with the ranks left out: lines other than units are not ranked.
Values WithoutRanks(const Values& values) {
  Values out;
  for (const auto& [key, value] : values)
    if (key.rfind("rank_", 0) != 0) out.emplace(key, value);
  return out;
}

Values FormValues(const UnitCounts& counts, const std::string& form) {
  Values out;
  const Values all = ToValues(counts);
  for (const auto& key : FormKeys(form)) {
    const auto it = all.find(key);
    if (it != all.end()) out.emplace(key, it->second);
  }
  return out;
}

TableRow Line(TableRow::Kind kind, std::string index, int indent, bool bold, UnitRow row) {
  TableRow line;
  line.kind = kind;
  line.index = std::move(index);
  line.indent = indent;
  line.bold = bold;
  line.row = std::move(row);
  return line;
}

// A line named `name` over counts, reported or not.
UnitRow CountsRow(const std::string& name, const UnitCounts& counts, const std::string& form,
                  bool submitted) {
  UnitRow row;
  row.ten_don_vi = name;
  row.submitted = submitted;
  if (submitted) row.values = FormValues(counts, form);
  return row;
}

// The field lines of one unit's own dossiers (fields it has dossiers in), numbered under `prefix`.
void AddFieldLines(const ProvinceFigures& f, int node, const std::string& form,
                   const std::string& prefix, int indent, std::vector<TableRow>& table,
                   std::vector<size_t>& parts) {
  const auto& by_field = f.own_by_field[static_cast<size_t>(node)];
  int n = 0;
  for (size_t k = 0; k < by_field.size() && k < f.fields.size(); ++k) {
    if (by_field[k].received_total() == 0) continue;
    const std::string index = prefix.empty() ? std::to_string(++n) : prefix + "." + std::to_string(++n);
    parts.push_back(table.size());
    table.push_back(Line(TableRow::Kind::kField, index, indent, false,
                         CountsRow(f.fields[k], by_field[k], form, true)));
  }
}

TableRow TotalLine(const UnitRow& root) {
  UnitRow row = root;
  row.ten_don_vi = "Tổng cộng";
  row.values = WithoutRanks(row.values);
  return Line(TableRow::Kind::kTotal, "", 0, true, std::move(row));
}

}  // namespace

const char* LevelName(const std::string& cap) {
  static const char* kNames[] = {"Cấp tỉnh", "Cấp huyện", "Cấp xã"};
  return kNames[LevelOf(cap)];
}

std::vector<TableRow> HierarchyTable(const std::vector<UnitRow>& units) {
  std::vector<TableRow> table;
  if (units.empty()) return table;
  std::vector<int> counters;
  std::vector<size_t> line_at_depth;  // the last line printed at each depth
  std::vector<size_t> top_lines;
  for (size_t i = 1; i < units.size(); ++i) {
    const UnitRow& u = units[i];
    const int depth = std::max(1, u.depth);
    counters.resize(static_cast<size_t>(depth), 0);
    ++counters.back();
    std::string index;
    for (int c : counters) index += (index.empty() ? "" : ".") + std::to_string(c);
    const size_t at = table.size();
    line_at_depth.resize(static_cast<size_t>(depth));
    line_at_depth.back() = at;
    if (depth == 1) {
      top_lines.push_back(at);
    } else {
      table[line_at_depth[static_cast<size_t>(depth) - 2]].parts.push_back(at);
    }
    table.push_back(Line(TableRow::Kind::kUnit, index, depth - 1, u.has_children, u));
  }
  TableRow total = TotalLine(units.front());
  total.parts = std::move(top_lines);
  table.push_back(std::move(total));
  return table;
}

std::vector<TableRow> Form06Table(const ProvinceFigures& f, const Report& report, int root,
                                  const TableOptions& options) {
  std::vector<TableRow> table;
  const UnitTree& tree = f.tree;
  const UnitNode& top = tree.node(root);
  const bool has_figures = !f.own_by_field.empty();
  if (top.children.empty()) {  // a unit that deals with dossiers itself: its fields
    std::vector<size_t> parts;
    if (report.root_row().submitted && has_figures)
      AddFieldLines(f, root, report.form, "", 0, table, parts);
    TableRow total = TotalLine(report.root_row());
    total.parts = std::move(parts);
    table.push_back(std::move(total));
    return table;
  }

  std::vector<size_t> level_lines;
  int roman = 0;
  for (int level = 0; level < 3; ++level) {
    std::vector<int> members;
    for (int i = root; i < root + top.subtree_size; ++i)
      if (LevelOf(tree.node(i).cap) == level && f.reporting.dossiers_expected[static_cast<size_t>(i)])
        members.push_back(i);
    if (members.empty()) continue;

    const size_t level_at = table.size();
    table.push_back(Line(TableRow::Kind::kLevel, kRoman[static_cast<size_t>(roman++)], 0, true, {}));
    UnitCounts sum;
    Coverage coverage;
    int n = 0;
    for (int i : members) {
      const UnitNode& node = tree.node(i);
      const bool reported = f.reporting.dossiers_reported(i);
      const UnitCounts& own = f.own_dossiers[static_cast<size_t>(i)];
      UnitRow row = CountsRow(node.name, own, report.form, reported);
      row.ma_don_vi = node.code;
      row.cap = node.cap;
      row.ma_don_vi_cha = node.parent;
      row.coverage.expected = 1;
      row.coverage.reported = reported ? 1 : 0;
      ++coverage.expected;
      if (reported) {
        sum.Add(own);
        ++coverage.reported;
        table[level_at].parts.push_back(table.size());
      } else {
        coverage.missing.push_back(node.code + " " + node.name);
        row.coverage.missing.push_back(coverage.missing.back());
      }
      const std::string index = std::to_string(++n);
      const size_t unit_at = table.size();
      table.push_back(Line(TableRow::Kind::kUnit, index, 1, false, std::move(row)));
      if (options.by_field && reported && has_figures) {
        std::vector<size_t> parts;
        AddFieldLines(f, i, report.form, index, 2, table, parts);
        table[unit_at].parts = std::move(parts);
      }
    }
    UnitRow level_row = CountsRow(LevelName(tree.node(members.front()).cap), sum, report.form,
                                  coverage.reported > 0);
    level_row.coverage = std::move(coverage);
    table[level_at].row = std::move(level_row);
    level_lines.push_back(level_at);
  }
  TableRow total = TotalLine(report.root_row());
  for (size_t at : level_lines)
    if (table[at].row.submitted) total.parts.push_back(at);
  table.push_back(std::move(total));
  return table;
}

}  // namespace baocao
