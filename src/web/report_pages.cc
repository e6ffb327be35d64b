// Báo cáo (/bao-cao): choose form, period and unit, see the report's table in the page (the PDF's
// grid, generators/table_grid.h) and download it (/bao-cao/tai) in the bytes `baocao report`
// writes: ComputeFormReport, then WriteFormat into a private temporary folder.
#include <array>

#include "auth/audit_actions.h"
#include "core/errors.h"
#include "core/period_choice.h"
#include "generators/render.h"
#include "generators/report_template.h"
#include "generators/table_grid.h"
#include "indicators/indicators.h"
#include "quality/form_reports.h"
#include "jobs/job.h"
#include "web/pages.h"
#include "web/period_form.h"
#include "web/private_temp_dir.h"

namespace baocao::web {
namespace {

struct FormChoice {
  const char* code;
  const char* label;
};
constexpr std::array<FormChoice, 6> kForms = {{
    {"tthc", "Giải quyết thủ tục hành chính (tthc)"},
    {"dvc", "Dịch vụ công trực tuyến, thanh toán, hài lòng (dvc)"},
    {"ky_luat", "Kỷ luật, xếp loại cán bộ, công chức, viên chức (ky_luat)"},
    {"tong_hop", "Tổng hợp, xếp hạng (tong_hop)"},
    {"chi_so_766", "Chỉ số 766: điểm phục vụ người dân, doanh nghiệp, theo tháng dương lịch (chi_so_766)"},
    {"kiem_tra", "Kiểm tra chất lượng số liệu: quy tắc, giá trị bất thường, tính kịp thời (kiem_tra)"},
}};

struct ReportChoice {
  std::string form;
  PeriodForm period;
  bool by_field = false;

  std::string Query() const {
    std::string query = "form=" + EncodeQueryValue(form);
    const std::string rest = PeriodFormQuery(period);
    if (!rest.empty()) query += "&" + rest;
    if (by_field) query += "&by_field=1";
    return query;
  }
};

ReportChoice ReadChoice(RequestContext& ctx, bool use_open_period) {
  ReportChoice choice;
  choice.form = ctx.Param("form");
  choice.period = ReadPeriodForm(ctx, use_open_period);
  choice.by_field = ctx.Param("by_field") == "1";
  return choice;
}

// The report for the choice; throws UsageError (unknown form or unit, a period mistake).
Report Compute(RequestContext& ctx, const ReportChoice& choice, const std::string& unit) {
  const Period period = ResolvePeriodChoice(choice.period.choice);
  ReportOptions options;
  options.by_field = choice.by_field;
  options.deadline = SubmissionDeadline(period, 15);  // tong_hop's on-time rate, as `baocao report`
  return ComputeFormReport(ctx.db(), choice.form, period, unit, options);
}

PageData GridRows(const std::vector<GridRow>& rows) {
  PageData list = PageList();
  for (const auto& row : rows) {
    PageData r;
    if (row.bold) r.set("bold", true);
    if (row.total) r.set("total", true);
    r.set("indent", std::to_string(row.indent));
    PageData cells = PageList();
    for (const auto& cell : row.cells) {
      PageData c;
      c.set("text", cell.text);
      if (cell.colspan > 1) c.set("colspan", std::to_string(cell.colspan));
      if (cell.rowspan > 1) c.set("rowspan", std::to_string(cell.rowspan));
      if (cell.number) c.set("number", true);
      cells.push_back(c);
    }
    r.set("cells", cells);
    list.push_back(r);
  }
  return list;
}

void SetReportData(RequestContext& ctx, const ReportChoice& choice, const Report& report, PageData& data) {
  const ReportTemplate tmpl = LoadTemplate(ctx.services.config.templates_dir, report.form);
  const TableGrid grid = BuildTableGrid(tmpl, report);
  PageData shown;
  shown.set("form_code", tmpl.form_code);
  shown.set("title", tmpl.title);
  shown.set("period_title", report.period.TitleWithDates());
  shown.set("unit_name", report.root_row().ten_don_vi);
  shown.set("unit_code", report.root);
  shown.set("unit_of_measure", tmpl.unit_of_measure);
  if (!grid.body.empty()) {
    shown.set("has_table", true);
    shown.set("header", GridRows(grid.header));
    shown.set("body", GridRows(grid.body));
  }
  PageData notes = PageList();
  for (const auto& note : grid.notes) notes.push_back(PageData("note", note));
  shown.set("notes", notes);
  PageData warnings = PageList();
  for (const auto& warning : report.warnings) warnings.push_back(PageData("warning", warning));
  shown.set("warnings", warnings);
  shown.set("query", choice.Query());
  data.set("report", shown);
}

void SetChoiceData(RequestContext& ctx, const ReportChoice& choice, PageData& data) {
  SetPeriodFormData(ctx, choice.period, data);
  PageData forms = PageList();
  for (const auto& form : kForms) {
    PageData entry;
    entry.set("code", form.code);
    entry.set("label", form.label);
    if (choice.form == form.code) entry.set("selected", true);
    forms.push_back(entry);
  }
  data.set("forms", forms);
  if (choice.by_field) data.set("by_field", true);
}

struct Download {
  Format format;
  const char* content_type;
};

std::optional<Download> DownloadOf(const std::string& format) {
  if (format == "xlsx") return Download{Format::kXlsx, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"};
  if (format == "pdf") return Download{Format::kPdf, "application/pdf"};
  if (format == "json") return Download{Format::kJson, "application/json"};
  return std::nullopt;
}

}  // namespace

void AddReportPages(Router& router) {
  router.Get("/bao-cao", Access::kSignedIn, [](RequestContext& ctx) {
    const ReportChoice choice = ReadChoice(ctx, true);
    PageData data;
    int status = 200;
    if (!choice.form.empty()) {
      const auto unit = UnitToShow(ctx, choice.period.unit);
      if (!unit) return;
      try {
        const Report report = Compute(ctx, choice, *unit);
        SetReportData(ctx, choice, report, data);
      } catch (const UsageError& e) {  // PeriodChoiceError too: a mistake in the form
        data.set("message", std::string(e.what()));
        status = 400;
      }
    }
    SetChoiceData(ctx, choice, data);
    ctx.Page("report", data, "Báo cáo");
    ctx.res.status = status;
  });

  router.Get("/bao-cao/tai", Access::kSignedIn, [](RequestContext& ctx) {
    const ReportChoice choice = ReadChoice(ctx, false);
    const auto unit = UnitToShow(ctx, choice.period.unit);
    if (!unit) return;
    const auto download = DownloadOf(ctx.Param("format"));
    if (!download) {
      ctx.Fail(400, "Định dạng tải về phải là xlsx, pdf hoặc json (tham số format). Hãy chọn lại trên trang Báo cáo.");
      return;
    }
    if (choice.form.empty()) {
      ctx.Fail(400, "Chưa chọn biểu báo cáo (tthc, dvc, ky_luat, tong_hop, chi_so_766 hoặc kiem_tra). Hãy chọn trên trang Báo cáo.");
      return;
    }
    const Report report = Compute(ctx, choice, *unit);  // a UsageError becomes a 400 page
    const std::string name = ReportFileName(report, download->format);
    std::string bytes;
    {
      const PrivateTempDir dir("để ghi báo cáo");
      const std::string path = PathInFolder(dir.path(), name);
      WriteFormat(report, download->format, ctx.services.config.templates_dir, path);
      bytes = ReadWholeFile(path);
    }
    ctx.Audit(audit::kDownload, name);
    ctx.Download(name, download->content_type, std::move(bytes));
  });
}

}  // namespace baocao::web
