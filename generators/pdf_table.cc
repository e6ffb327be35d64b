#include "generators/pdf_table.h"

#include <algorithm>
#include <numeric>

#include "generators/table_cells.h"
#include "generators/table_notes.h"

namespace baocao {
namespace {

constexpr double kPadX = 2.5;
constexpr double kPadY = 2.5;
constexpr double kHeaderSize = 7.5;
constexpr double kNumberingSize = 7;
constexpr double kBodySize = 8;
constexpr double kIndentPerLevel = 8;

struct Geometry {
  std::vector<double> x;
  std::vector<double> width;
};

Geometry ColumnGeometry(const ReportTemplate& tmpl, double left, double width) {
  double total = 0;
  for (const auto& c : tmpl.columns) total += std::max(c.width, 1.0);
  Geometry g;
  double x = left;
  for (const auto& c : tmpl.columns) {
    g.x.push_back(x);
    g.width.push_back(width * std::max(c.width, 1.0) / total);
    x += g.width.back();
  }
  return g;
}

BoxCell Cell(double x, double width, std::vector<std::string> lines, Align align, bool bold,
             double size) {
  BoxCell cell;
  cell.x = x;
  cell.width = width;
  cell.lines = std::move(lines);
  cell.align = align;
  cell.bold = bold;
  cell.size = size;
  return cell;
}

double TextHeight(const BoxCell& cell) {
  return static_cast<double>(cell.lines.size()) * LineHeight(cell.size) + 2 * kPadY;
}

// One line that never wraps: shrunk until it fits the cell.
BoxCell NumberCell(const PdfDocument& doc, std::string text, double x, double width, Align align,
                   bool bold) {
  BoxCell cell = Cell(x, width, {std::move(text)}, align, bold, kBodySize);
  const double room = width - 2 * kPadX;
  const double needed = doc.TextWidth(cell.lines[0], bold, kBodySize);
  if (needed > room && needed > 0) cell.size = kBodySize * room / needed;
  return cell;
}

struct HeaderCell {
  BoxCell box;
  int first_level;
  int last_level;
};

Block HeaderBlock(const PdfDocument& doc, const ReportTemplate& tmpl, const Geometry& g) {
  const int depth = tmpl.HeaderDepth();
  const size_t n = tmpl.columns.size();
  std::vector<HeaderCell> cells;
  for (const HeaderSpan& span : HeaderSpans(tmpl)) {
    const size_t c = span.first_column, end = span.end_column;
    const double width = g.x[end - 1] + g.width[end - 1] - g.x[c];
    BoxCell box = Cell(g.x[c], width, doc.Wrap(span.text, true, kHeaderSize, width - 2 * kPadX),
                       Align::kCenter, true, kHeaderSize);
    box.shaded = true;
    cells.push_back({box, span.first_level, span.last_level});
  }
  // Row heights: single-row cells first, then merged-down cells stretch the last row they cover.
  std::vector<double> heights(depth, LineHeight(kHeaderSize) + 2 * kPadY);
  for (const auto& cell : cells)
    if (cell.first_level == cell.last_level)
      heights[cell.first_level] = std::max(heights[cell.first_level], TextHeight(cell.box));
  for (const auto& cell : cells) {
    double covered = 0;
    for (int l = cell.first_level; l <= cell.last_level; ++l) covered += heights[l];
    if (covered < TextHeight(cell.box)) heights[cell.last_level] += TextHeight(cell.box) - covered;
  }
  std::vector<double> offsets(depth + 1, 0);
  for (int l = 0; l < depth; ++l) offsets[l + 1] = offsets[l] + heights[l];
  std::vector<BoxCell> boxes;
  for (auto& cell : cells) {
    cell.box.offset = offsets[cell.first_level];
    cell.box.height = offsets[cell.last_level + 1] - offsets[cell.first_level];
    boxes.push_back(std::move(cell.box));
  }
  const double numbering_height = LineHeight(kNumberingSize) + 2 * kPadY;
  const std::vector<std::string> numbers = ColumnNumbers(tmpl);
  for (size_t c = 0; c < n; ++c) {
    BoxCell box = Cell(g.x[c], g.width[c], {numbers[c]}, Align::kCenter, false, kNumberingSize);
    box.offset = offsets[depth];
    box.height = numbering_height;
    box.shaded = true;
    boxes.push_back(std::move(box));
  }
  return BoxesBlock(std::move(boxes), offsets[depth] + numbering_height);
}

Align ValueAlign(const TemplateColumn& c) {
  return c.kind == TemplateColumn::Kind::kRank ? Align::kCenter : Align::kRight;
}

// One line of the table; mark is its footnote mark (" [1]") or "".
Block RowBlock(const PdfDocument& doc, const ReportTemplate& tmpl, const Geometry& g,
               const TableRow& line, const std::string& mark) {
  std::vector<BoxCell> boxes;
  const bool bold = line.bold;
  const bool shaded = line.kind == TableRow::Kind::kTotal;
  const double indent = kIndentPerLevel * line.indent;
  for (const LineCell& cell : LineCells(tmpl, line, mark)) {
    const size_t c = cell.first_column;
    switch (cell.kind) {
      case LineCell::Kind::kIndex:
        boxes.push_back(NumberCell(doc, cell.text, g.x[c], g.width[c], Align::kCenter, bold));
        break;
      case LineCell::Kind::kName: {
        BoxCell box = Cell(g.x[c], g.width[c],
                           doc.Wrap(cell.text, bold, kBodySize, g.width[c] - 2 * kPadX - indent),
                           Align::kLeft, bold, kBodySize);
        box.indent = indent;
        boxes.push_back(std::move(box));
        break;
      }
      case LineCell::Kind::kNotReported: {  // one merged cell over the run
        const size_t last = cell.end_column - 1;
        const double width = g.x[last] + g.width[last] - g.x[c];
        boxes.push_back(Cell(g.x[c], width, doc.Wrap(cell.text, false, kBodySize, width - 2 * kPadX),
                             Align::kCenter, false, kBodySize));
        break;
      }
      case LineCell::Kind::kNoRank:
        boxes.push_back(Cell(g.x[c], g.width[c], {}, Align::kCenter, bold, kBodySize));
        break;
      case LineCell::Kind::kValue:
        if (tmpl.columns[c].kind == TemplateColumn::Kind::kScore &&
            ColumnValue(tmpl.columns[c], line.row).is_null()) {  // words ("không có dữ liệu") wrap
          boxes.push_back(Cell(g.x[c], g.width[c], doc.Wrap(cell.text, false, kBodySize - 0.5, g.width[c] - 2 * kPadX),
                               Align::kCenter, false, kBodySize - 0.5));
          break;
        }
        boxes.push_back(NumberCell(doc, cell.text, g.x[c], g.width[c], ValueAlign(tmpl.columns[c]), bold));
        break;
    }
  }
  double height = 0;
  for (const auto& b : boxes) height = std::max(height, TextHeight(b));
  for (auto& b : boxes) {
    b.height = height;
    b.shaded = shaded;
  }
  return BoxesBlock(std::move(boxes), height);
}

}  // namespace

Block BoxesBlock(std::vector<BoxCell> cells, double height) {
  Block block;
  block.height = height;
  block.draw = [cells = std::move(cells)](Canvas& canvas, double top) {
    for (const auto& c : cells) {
      if (c.shaded) canvas.FillRect(c.x, top + c.offset, c.width, c.height, 0.9, 0.9, 0.9);
    }
    for (const auto& c : cells) {
      if (c.border) canvas.StrokeRect(c.x, top + c.offset, c.width, c.height);
      const double text_height = static_cast<double>(c.lines.size()) * LineHeight(c.size);
      const double text_top = top + c.offset + (c.height - text_height) / 2;
      canvas.Lines(c.lines, c.x + kPadX + c.indent, text_top, c.width - 2 * kPadX - c.indent,
                   c.align, c.bold, c.size);
    }
  };
  return block;
}

void AddReportTable(Flow& flow, const PdfDocument& doc, const ReportTemplate& tmpl,
                    const Report& report, double left, double width, bool keep_end_with_next) {
  if (tmpl.columns.empty() || report.table.empty()) return;
  const Geometry g = ColumnGeometry(tmpl, left, width);
  Block header = HeaderBlock(doc, tmpl, g);
  const int table = flow.AddTableHeader(header);
  header.table = table;
  header.is_table_header = true;
  flow.Add(std::move(header));
  const TableNotes notes = MakeTableNotes(tmpl, report);
  for (size_t i = 0; i < report.table.size(); ++i) {
    Block row = RowBlock(doc, tmpl, g, report.table[i], notes.marks[i]);
    row.table = table;
    row.keep_with_next = keep_end_with_next && i + 1 == report.table.size();
    flow.Add(std::move(row));
  }
  for (size_t i = 0; i < notes.notes.size(); ++i) {
    std::vector<BoxCell> lines;
    BoxCell text = Cell(left, width, doc.Wrap(notes.notes[i], false, kBodySize, width - 2 * kPadX),
                        Align::kLeft, false, kBodySize);
    text.border = false;
    text.height = TextHeight(text);
    const double height = text.height;
    lines.push_back(std::move(text));
    Block note = BoxesBlock(std::move(lines), height);
    note.keep_with_next = keep_end_with_next;
    flow.Add(std::move(note));
  }
}

}  // namespace baocao
