#include "generators/pdf_writer.h"

#include <algorithm>

#include "core/errors.h"
#include "generators/document_texts.h"
#include "generators/pdf_chart.h"
#include "generators/detail_section.h"
#include "generators/pdf_details.h"
#include "generators/pdf_document.h"
#include "generators/pdf_layout.h"
#include "generators/pdf_table.h"
#include "generators/scorecard_details.h"
#include "generators/vietnamese_number.h"

namespace baocao {
namespace {

constexpr double kLeft = 42;
constexpr double kRight = 30;
constexpr double kTop = 28;
constexpr double kBottom = 42;  // room for the page number below
constexpr double kContentWidth = kPageWidth - kLeft - kRight;
constexpr double kTextSize = 10.5;
constexpr double kTitleSize = 13;

// Lines of text stacked in one column.
struct Paragraph {
  std::vector<std::string> lines;
  Align align;
  bool bold;
  double size;
  double gap_after = 0;
  bool underline = false;
};

double Height(const std::vector<Paragraph>& column) {
  double h = 0;
  for (const auto& p : column)
    h += static_cast<double>(p.lines.size()) * LineHeight(p.size) + p.gap_after;
  return h;
}

void DrawColumn(Canvas& canvas, const std::vector<Paragraph>& column, double x, double top,
                double width) {
  for (const auto& p : column) {
    canvas.Lines(p.lines, x, top, width, p.align, p.bold, p.size);
    if (p.underline) {  // centred lines (the motto)
      for (size_t i = 0; i < p.lines.size(); ++i) {
        const double w = canvas.doc().TextWidth(p.lines[i], p.bold, p.size);
        // Below the descenders of line i.
        const double y = top + static_cast<double>(i) * LineHeight(p.size) + p.size * 1.04 + 3.5;
        canvas.Line(x + (width - w) / 2, y, x + (width + w) / 2, y, 0.7);
      }
    }
    top += static_cast<double>(p.lines.size()) * LineHeight(p.size) + p.gap_after;
  }
}

// A block of columns side by side, each [x, x + width], the tallest giving the height.
Block ColumnsBlock(std::vector<std::pair<double, double>> spans,
                   std::vector<std::vector<Paragraph>> columns, double gap_after) {
  Block block;
  for (const auto& c : columns) block.height = std::max(block.height, Height(c));
  block.height += gap_after;
  block.draw = [spans = std::move(spans), columns = std::move(columns)](Canvas& canvas,
                                                                        double top) {
    for (size_t i = 0; i < columns.size(); ++i)
      DrawColumn(canvas, columns[i], spans[i].first, top, spans[i].second);
  };
  return block;
}

Paragraph Para(const PdfDocument& doc, const std::string& text, double width, Align align,
               bool bold, double size, double gap_after = 0) {
  return {doc.Wrap(text, bold, size, width), align, bold, size, gap_after};
}

// Reporting unit, form code and basis top left; the national motto top right; then the title,
// the period, the receiving unit.
Block DocumentHeader(const PdfDocument& doc, const ReportTemplate& tmpl, const Report& report) {
  const double left_width = kContentWidth * 0.44;
  const double right_width = kContentWidth * 0.48;
  const double right_x = kLeft + kContentWidth - right_width;
  std::vector<Paragraph> left;
  left.push_back(Para(doc, "Đơn vị báo cáo: " + report.root_row().ten_don_vi, left_width,
                      Align::kLeft, true, kTextSize, 2));
  if (!tmpl.form_code.empty())
    left.push_back(Para(doc, tmpl.form_code, left_width, Align::kLeft, true, kTextSize));
  if (const std::string basis = BasisLine(tmpl, report); !basis.empty())
    left.push_back(Para(doc, basis, left_width, Align::kLeft, false, 9.5));
  std::vector<Paragraph> right;
  right.push_back(Para(doc, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", right_width, Align::kCenter, true,
                       kTextSize));
  Paragraph motto =
      Para(doc, "Độc lập - Tự do - Hạnh phúc", right_width, Align::kCenter, true, kTextSize + 0.5);
  motto.underline = true;
  right.push_back(motto);
  std::vector<Paragraph> middle;
  middle.push_back(Para(doc, tmpl.title, kContentWidth * 0.8, Align::kCenter, true, kTitleSize, 3));
  middle.push_back(Para(doc, PeriodLine(report.period), kContentWidth * 0.8, Align::kCenter, false,
                        kTextSize));
  if (const std::string approval = ApprovalLine(report); !approval.empty())
    middle.push_back(Para(doc, approval, kContentWidth * 0.8, Align::kCenter, false, kTextSize));
  if (const std::string receiving = ReceivingUnitLine(tmpl, report); !receiving.empty())
    middle.push_back(
        Para(doc, receiving, kContentWidth * 0.8, Align::kCenter, false, kTextSize));
  Block top = ColumnsBlock({{kLeft, left_width}, {right_x, right_width}}, {left, right}, 18);
  Block titles = ColumnsBlock({{kLeft + kContentWidth * 0.1, kContentWidth * 0.8}}, {middle}, 8);
  Block block;
  block.height = top.height + titles.height;
  block.draw = [top, titles](Canvas& canvas, double y) {
    top.draw(canvas, y);
    titles.draw(canvas, y + top.height);
  };
  return block;
}

std::string FigureText(const Report& report, const TemplateFigure& f) {
  if (!FigureReported(f, report)) return "chưa báo cáo";
  if (f.key.rfind("rank_", 0) == 0 && f.key.find("_of") == std::string::npos)
    return FormatRank(FigureValue(f, report), FigureValue({"", RankOfKey(f.key), f.source}, report));
  return FormatValue(FigureValue(f, report));
}

// "label: value" lines in two columns under a heading.
Block FiguresBlock(const PdfDocument& doc, const ReportTemplate& tmpl, const Report& report) {
  const double column_width = kContentWidth / 2 - 10;
  std::vector<Paragraph> columns[2];
  const size_t half = (tmpl.figures.size() + 1) / 2;
  for (size_t i = 0; i < tmpl.figures.size(); ++i) {
    const auto& f = tmpl.figures[i];
    columns[i < half ? 0 : 1].push_back(Para(doc, "- " + f.label + ": " + FigureText(report, f),
                                             column_width, Align::kLeft, false, 10, 1));
  }
  std::vector<Paragraph> heading{
      Para(doc, "MỘT SỐ CHỈ TIÊU CHỦ YẾU", kContentWidth, Align::kLeft, true, kTextSize, 3)};
  Block head = ColumnsBlock({{kLeft, kContentWidth}}, {heading}, 0);
  Block body =
      ColumnsBlock({{kLeft + 10, column_width}, {kLeft + kContentWidth / 2 + 10, column_width}},
                   {columns[0], columns[1]}, 10);
  Block block;
  block.height = head.height + body.height;
  block.draw = [head, body](Canvas& canvas, double y) {
    head.draw(canvas, y);
    body.draw(canvas, y + head.height);
  };
  return block;
}

// The unit of measure, right-aligned above the table, kept with it.
Block UnitOfMeasure(const PdfDocument& doc, const ReportTemplate& tmpl) {
  Block block = ColumnsBlock(
      {{kLeft, kContentWidth}},
      {{Para(doc, tmpl.unit_of_measure, kContentWidth, Align::kRight, false, 9.5)}}, 3);
  block.keep_with_next = true;
  return block;
}

// A sheet of tong_hop: its form code, title and period line on a new page, then its table.
Block SheetTitle(const PdfDocument& doc, const ReportTemplate& sheet, const Report& report) {
  std::vector<Paragraph> lines;
  if (!sheet.form_code.empty())
    lines.push_back(Para(doc, sheet.form_code, kContentWidth, Align::kCenter, false, 9.5, 2));
  lines.push_back(Para(doc, sheet.title, kContentWidth * 0.8, Align::kCenter, true, 12, 3));
  lines.push_back(Para(doc, PeriodLine(report.period), kContentWidth * 0.8, Align::kCenter, false,
                       kTextSize, 6));
  Block block = ColumnsBlock({{kLeft + kContentWidth * 0.1, kContentWidth * 0.8}}, {lines}, 0);
  block.new_page = true;
  block.keep_with_next = true;
  return block;
}

Block SignatureBlock(const PdfDocument& doc, const Report& report) {
  const double width = kContentWidth * 0.4;
  std::vector<Paragraph> left{Para(doc, " ", width, Align::kCenter, false, kTextSize),
                              Para(doc, "NGƯỜI LẬP BIỂU", width, Align::kCenter, true, kTextSize),
                              Para(doc, "(Ký, ghi rõ họ tên)", width, Align::kCenter, false, 9.5)};
  std::vector<Paragraph> right{
      Para(doc, PlaceAndDateLine(report), width, Align::kCenter, false, kTextSize),
      Para(doc, "THỦ TRƯỞNG ĐƠN VỊ", width, Align::kCenter, true, kTextSize),
      Para(doc, "(Ký tên, đóng dấu)", width, Align::kCenter, false, 9.5)};
  Block columns =
      ColumnsBlock({{kLeft, width}, {kLeft + kContentWidth - width, width}}, {left, right}, 70);
  Block block;
  block.height = columns.height + 16;
  block.draw = [columns](Canvas& canvas, double y) { columns.draw(canvas, y + 16); };
  return block;
}

Flow BuildFlow(const PdfDocument& doc, const ReportTemplate& tmpl, const Report& report,
               const std::string& templates_dir) {
  Flow flow;
  flow.Add(DocumentHeader(doc, tmpl, report));
  if (!tmpl.figures.empty()) flow.Add(FiguresBlock(doc, tmpl, report));
  std::vector<TemplateChart> charts = tmpl.charts;
  if (charts.empty() && tmpl.form == "tong_hop") {
    charts.emplace_back().title = "Tỷ lệ giải quyết hồ sơ đúng hạn theo {level}";
    charts.back().key = "on_time_rate";
  }
  // chi_so_766 (a template with details): the scores first, the charts after the table.
  const bool charts_first = !tmpl.details;
  const auto add_charts = [&] {
    for (const auto& chart : charts) {
      Block block = ChartBlock(doc, report, chart, kLeft, kContentWidth);
      if (block.height > 0) flow.Add(std::move(block));
    }
  };
  if (charts_first) add_charts();
  std::vector<ReportTemplate> sheets;
  for (const auto& form : tmpl.sheets) {
    ReportTemplate sheet = LoadTemplate(templates_dir, form);
    if (!sheet.columns.empty()) sheets.push_back(std::move(sheet));
  }
  if (!tmpl.columns.empty()) {
    flow.Add(UnitOfMeasure(doc, tmpl));
    AddReportTable(flow, doc, tmpl, report, kLeft, kContentWidth, sheets.empty() && !tmpl.details && tmpl.sections.empty());
  }
  for (size_t i = 0; i < sheets.size(); ++i) {
    flow.Add(SheetTitle(doc, sheets[i], report));
    flow.Add(UnitOfMeasure(doc, sheets[i]));
    AddReportTable(flow, doc, sheets[i], report, kLeft, kContentWidth, i + 1 == sheets.size());
  }
  if (!charts_first) add_charts();
  const double page_room = kPageHeight - kBottom - kTop;
  if (tmpl.details)  // chi_so_766
    AddDetailsSection(flow, doc, ScorecardDetailSection(*tmpl.details, report), report, kLeft, kContentWidth, page_room);
  for (const DetailSection& section : FindingSections(tmpl, report))  // kiem_tra
    AddDetailsSection(flow, doc, section, report, kLeft, kContentWidth, page_room);
  flow.Add(SignatureBlock(doc, report));
  return flow;
}

}  // namespace

void WritePdf(const Report& report, const std::string& templates_dir, const std::string& path,
              const PdfOptions& options) {
  if (report.units.empty()) throw Error("Báo cáo không có đơn vị nào: không tạo được PDF " + path);
  const ReportTemplate tmpl = LoadTemplate(templates_dir, report.form);
  PdfDocument doc(options.fonts_dir.empty() ? DefaultFontsDir() : options.fonts_dir);
  doc.SetInfo(tmpl.title, report.root_row().ten_don_vi, report.issued_on);
  const Flow flow = BuildFlow(doc, tmpl, report, templates_dir);
  const auto pages = flow.Paginate({kTop, kPageHeight - kBottom});
  const std::string of = "/" + std::to_string(pages.size());
  for (size_t p = 0; p < pages.size(); ++p) {
    Canvas canvas(doc, doc.AddPage());
    for (const auto& placed : pages[p]) placed.block->draw(canvas, placed.top);
    canvas.Text("Trang " + std::to_string(p + 1) + of, kLeft, kPageHeight - 30, kContentWidth,
                Align::kCenter, false, 9);
    doc.Check();
  }
  doc.Save(path);
}

void WritePdf(const Report& report, const std::string& templates_dir, const std::string& path) {
  WritePdf(report, templates_dir, path, PdfOptions{});
}

}  // namespace baocao
