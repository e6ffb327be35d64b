#include "generators/pdf_details.h"

#include <algorithm>

#include "generators/document_texts.h"
#include "generators/pdf_table.h"

namespace baocao {
namespace {

constexpr double kPad = 2.5;
constexpr double kSize = 8;

double Height(const BoxCell& c) { return static_cast<double>(c.lines.size()) * LineHeight(c.size) + 2 * kPad; }

BoxCell Box(const PdfDocument& doc, const std::string& text, double x, double width, Align align, bool bold,
            double size = kSize) {
  BoxCell cell;
  cell.x = x;
  cell.width = width;
  cell.lines = doc.Wrap(text, bold, size, width - 2 * kPad);
  cell.align = align;
  cell.bold = bold;
  cell.size = size;
  return cell;
}

// One line of boxes, all as tall as the tallest.
Block Row(std::vector<BoxCell> boxes, bool shaded) {
  double height = 0;
  for (const auto& b : boxes) height = std::max(height, Height(b));
  for (auto& b : boxes) {
    b.height = height;
    b.shaded = shaded;
  }
  return BoxesBlock(std::move(boxes), height);
}

Align BoxAlign(DetailColumn::Align align) {
  switch (align) {
    case DetailColumn::Align::kLeft:
      return Align::kLeft;
    case DetailColumn::Align::kRight:
      return Align::kRight;
    case DetailColumn::Align::kCenter:
      break;
  }
  return Align::kCenter;
}

}  // namespace

void AddDetailsSection(Flow& flow, const PdfDocument& doc, const DetailSection& d, const Report& report,
                       double left, double width, double page_room) {
  std::vector<double> x, w;
  double total = 0;
  for (const auto& c : d.columns) total += std::max(c.width, 1.0);
  double at = left;
  for (const auto& c : d.columns) {
    x.push_back(at);
    w.push_back(width * std::max(c.width, 1.0) / total);
    at += w.back();
  }
  // The title, kept with the table: on a new page with the period line under it; after what came
  // before (the report's own period line above) with some space above it.
  std::vector<BoxCell> title{Box(doc, d.title, left, width, Align::kCenter, true, 12)};
  if (d.new_page) title.push_back(Box(doc, PeriodLine(report.period), left, width, Align::kCenter, false, 10));
  const double space = d.new_page ? 0 : 10;
  double title_height = space;
  for (auto& cell : title) {
    cell.border = false;
    cell.offset = title_height;
    cell.height = Height(cell);
    title_height += cell.height;
  }
  title.back().height += 6;
  title_height += 6;
  Block title_block = BoxesBlock(title, title_height);
  title_block.new_page = d.new_page;
  title_block.keep_with_next = true;
  flow.Add(std::move(title_block));

  std::vector<BoxCell> head;
  for (size_t c = 0; c < d.columns.size(); ++c)
    head.push_back(Box(doc, d.columns[c].header, x[c], w[c], Align::kCenter, true, 7.5));
  Block header = Row(std::move(head), true);
  const double header_height = header.height;
  const int table = flow.AddTableHeader(header);
  header.table = table;
  header.is_table_header = true;
  header.keep_with_next = true;  // the title and the header never stand alone on a page
  flow.Add(std::move(header));

  bool first = true;

  const std::vector<DetailBlock>& blocks = d.blocks;
  for (size_t b = 0; b < blocks.size(); ++b) {
    const DetailBlock& block = blocks[b];
    std::vector<Block> rows;
    if (!block.heading.empty()) rows.push_back(Row({Box(doc, block.heading, left, width, Align::kLeft, true)}, true));
    if (!block.note.empty()) rows.push_back(Row({Box(doc, block.note, left, width, Align::kLeft, false)}, false));
    for (const auto& cells : block.lines) {
      std::vector<BoxCell> boxes;
      for (size_t c = 0; c < cells.size(); ++c) {
        boxes.push_back(Box(doc, cells[c], x[c], w[c], BoxAlign(d.columns[c].align), false));
      }
      rows.push_back(Row(std::move(boxes), false));
    }
    double height = 0;
    for (const auto& r : rows) height += r.height;
    // The whole block on one page when it fits (the first one with the section's title above it);
    // else the heading with its first line.
    const bool whole = height + header_height + (first ? title_height : 0) <= page_room;
    first = false;
    const bool last = d.before_signature && b + 1 == blocks.size();
    for (size_t i = 0; i < rows.size(); ++i) {
      rows[i].table = table;
      rows[i].keep_with_next = i + 1 < rows.size() && (whole || i == 0);
      // The signature blocks follow the section and never stand alone on a page (SPEC §5): the
      // last two lines go with them, the rest of the last block may stay on the page before.
      if (last && rows.size() >= 3 && i + 3 == rows.size() && i != 0) rows[i].keep_with_next = false;
      if (last && i + 1 == rows.size()) rows[i].keep_with_next = true;
      flow.Add(std::move(rows[i]));
    }
  }
}

}  // namespace baocao
