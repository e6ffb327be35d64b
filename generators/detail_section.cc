#include "generators/detail_section.h"

namespace baocao {

std::vector<DetailSection> FindingSections(const ReportTemplate& t, const Report& report) {
  std::vector<DetailSection> out;
  for (const TemplateSection& ts : t.sections) {
    DetailSection section;
    section.title = ts.title;
    section.sheet_name = ts.sheet_name;
    section.new_page = false;
    for (const auto& c : ts.columns) {
      DetailColumn column;
      column.header = c.header;
      column.width = c.width;
      column.align = c.align == "left"    ? DetailColumn::Align::kLeft
                     : c.align == "right" ? DetailColumn::Align::kRight
                                          : DetailColumn::Align::kCenter;
      section.columns.push_back(std::move(column));
    }
    DetailBlock block;
    for (const ReportSection& rs : report.sections) {
      if (rs.kind != ts.kind) continue;
      for (const auto& line : rs.lines) {
        std::vector<std::string> cells;
        for (const auto& c : ts.columns) {
          const auto it = line.find(c.key);
          cells.push_back(it == line.end() ? std::string() : it->second.text);
        }
        block.lines.push_back(std::move(cells));
      }
    }
    if (block.lines.empty()) block.note = ts.empty;
    section.blocks.push_back(std::move(block));
    section.before_signature = false;
    out.push_back(std::move(section));
  }
  if (!out.empty()) out.back().before_signature = true;
  return out;
}

}  // namespace baocao
