#include <ostream>

#include "cli/command.h"
#include "cli/option_checks.h"
#include "cli/period_options.h"
#include "core/errors.h"
#include "core/exit_codes.h"
#include "generators/render.h"
#include "generators/report_template.h"
#include "indicators/indicators.h"
#include "quality/form_reports.h"
#include "jobs/job.h"
#include "store/database.h"

namespace baocao {
namespace po = boost::program_options;

int ReportCommand(CommandContext& ctx) {
  std::string form;
  std::string unit;
  std::string formats = "xlsx,pdf,json";
  std::string out_dir = DefaultOutputDir();
  std::string templates = DefaultTemplatesDir();
  PeriodChoice period_choice;
  ReportOptions report_options;
  int deadline_day = 15;
  po::options_description options("Tùy chọn của report");
  options.add_options()
      ("form", po::value(&form)->required(),
       "biểu báo cáo: tthc (giải quyết TTHC), dvc (dịch vụ công trực tuyến, thanh toán, hài lòng), "
       "ky_luat (kỷ luật, xếp loại CBCCVC), tong_hop (tổng hợp, xếp hạng), chi_so_766 (Chỉ số 766 theo "
       "Quyết định 766/QĐ-TTg; kỳ luôn theo lịch: tháng, quý, năm dương lịch), kiem_tra (kiểm tra chất "
       "lượng số liệu: quy tắc, giá trị bất thường, tính kịp thời, chênh lệch so với số liệu đã phê duyệt)")
      ("unit", po::value(&unit), "mã đơn vị cần báo cáo (mặc định: cả tỉnh)")
      ("by-field", po::bool_switch(&report_options.by_field),
       "biểu tthc: in các lĩnh vực dưới mỗi đơn vị");
  AddDeadlineDayOption(options, deadline_day,
                       "biểu tong_hop tính tỷ lệ đơn vị báo cáo đúng hạn, biểu kiem_tra các đơn vị nộp muộn theo hạn này");
  AddPeriodOptions(options, period_choice);
  options.add_options()
      ("format", po::value(&formats)->default_value(formats), "định dạng, cách nhau bởi dấu phẩy: xlsx,pdf,json")
      ("out", po::value(&out_dir)->default_value(out_dir), "thư mục ghi báo cáo")
      ("templates", po::value(&templates)->default_value(templates), "thư mục mẫu báo cáo");
  const auto vm = ParseOptions(
      ctx,
      "baocao [--db TỆP] report --form BIỂU (--period KỲ [--calendar] | --from NGÀY --to NGÀY) "
      "[--unit MÃ] [--by-field] [--deadline-day N] [--format xlsx,pdf,json] [--out THƯ_MỤC]",
      options);
  if (!vm) return kExitOk;
  RejectEmptyOptions(*vm, {{"out", "bỏ --out để ghi vào thư mục mặc định"},
                           {"templates", "bỏ --templates để dùng thư mục mẫu mặc định"},
                           {"unit", "bỏ --unit để báo cáo cả tỉnh"},
                           {"format", "chọn trong xlsx, pdf, json"}});
  CheckUnitOption(*vm);
  const Period period = ResolvePeriodOptions(period_choice);
  report_options.deadline = DeadlineFor(period, deadline_day);
  const auto format_list = ParseFormats(formats);

  Database db(ctx.db_path, Database::OpenMode::kExisting);
  const Report report = ComputeFormReport(db, form, period, unit, report_options);
  for (const auto& artifact : RenderReport(report, format_list, out_dir, templates))
    ctx.out << artifact.path << "\n";
  for (const auto& warning : report.warnings) ctx.err << "Cảnh báo: " << warning << "\n";
  return report.warnings.empty() ? kExitOk : kExitIncomplete;
}

}  // namespace baocao
