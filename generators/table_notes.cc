#include "generators/table_notes.h"

#include "indicators/indicator_keys.h"

namespace baocao {
namespace {

bool HasColumns(const ReportTemplate& t, bool people) {
  for (const auto& c : t.columns) {
    if (c.kind == TemplateColumn::Kind::kIndex || c.kind == TemplateColumn::Kind::kName) continue;
    if (IsPeopleKey(c.keys.front()) == people) return true;
  }
  return false;
}

std::string Listed(const std::vector<std::string>& items) {
  std::string out;
  for (const auto& item : items) out += (out.empty() ? "" : ", ") + item;
  return out;
}

}  // namespace

TableNotes MakeTableNotes(const ReportTemplate& t, const Report& report) {
  TableNotes notes;
  notes.marks.resize(report.table.size());
  const bool dossier_columns = report.form != "ky_luat" && HasColumns(t, false);
  const bool people_columns = HasColumns(t, true);
  for (size_t i = 0; i < report.table.size(); ++i) {
    const TableRow& line = report.table[i];
    if (line.kind == TableRow::Kind::kField) continue;
    const UnitRow& row = line.row;
    auto add = [&](const Coverage& c, const std::string& what) {
      const std::string mark = "[" + std::to_string(notes.notes.size() + 1) + "]";
      notes.marks[i] += (notes.marks[i].empty() ? " " : "") + mark;
      notes.notes.push_back(mark + " " + row.ten_don_vi + ": " + what + "không gồm số liệu của " +
                            std::to_string(c.expected - c.reported) + "/" +
                            std::to_string(c.expected) + " đơn vị chưa báo cáo: " +
                            Listed(c.missing) + ".");
    };
    if (report.form == "ky_luat") {
      if (row.submitted && row.coverage.partial()) add(row.coverage, "");
      continue;
    }
    if (dossier_columns && row.submitted && row.coverage.partial()) add(row.coverage, "");
    if (people_columns && row.people_submitted && row.people_coverage.partial())
      add(row.people_coverage, "số liệu kỷ luật, xếp loại ");
  }
  return notes;
}

}  // namespace baocao
