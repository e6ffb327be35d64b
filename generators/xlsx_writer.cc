#include "generators/xlsx_writer.h"

#include "core/errors.h"
#include "generators/detail_section.h"
#include "generators/scorecard_details.h"
#include "generators/xlsx_details.h"
#include "generators/xlsx_frame.h"
#include "generators/xlsx_sheet.h"
#include "generators/xlsx_workbook.h"

namespace baocao {
namespace {

constexpr std::time_t kSecondsPerDay = 86400;

DocumentProperties PropertiesOf(const ReportTemplate& t, const Report& report) {
  DocumentProperties p;
  p.title = t.title;
  p.subject = t.form_code;
  p.author = "baocao";
  p.company = report.root_row().ten_don_vi;
  p.comments = PeriodLine(report.period);
  // From the period, not the clock: the same report gives the same bytes.
  p.created = static_cast<std::time_t>(report.period.to.days) * kSecondsPerDay;
  return p;
}

}  // namespace

void WriteXlsx(const Report& report, const std::string& templates_dir, const std::string& path) {
  if (report.units.empty()) throw Error("Báo cáo không có đơn vị nào: không ghi được " + path);
  const ReportTemplate main = LoadTemplate(templates_dir, report.form);
  XlsxWorkbook book(path);
  book.SetProperties(PropertiesOf(main, report));
  WriteReportSheet(book, main, report);
  if (main.details) WriteDetailsSheet(book, ScorecardDetailSection(*main.details, report), report);  // chi_so_766
  for (const DetailSection& section : FindingSections(main, report)) WriteDetailsSheet(book, section, report);  // kiem_tra
  for (const std::string& form : main.sheets) {
    WriteReportSheet(book, LoadTemplate(templates_dir, form), report);
  }
  book.Close();
}

}  // namespace baocao
