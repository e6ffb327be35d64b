// `baocao check`: the data quality checks of a period (quality/quality_check.h), printed in
// Vietnamese one section per kind of finding, then the counts. Exit 3 when an error-severity rule
// fails, else 0.
#include <cmath>
#include <ostream>

#include "cli/command.h"
#include "cli/option_checks.h"
#include "cli/period_options.h"
#include "core/errors.h"
#include "core/exit_codes.h"
#include "core/text.h"
#include "generators/vietnamese_number.h"
#include "indicators/reporting_status.h"
#include "ingest/enums.h"
#include "jobs/job.h"
#include "quality/finding_text.h"
#include "quality/quality_check.h"
#include "store/database.h"

namespace baocao {
namespace po = boost::program_options;
namespace {

std::string Percent(int part, int whole) { return FormatValue(Value::Rate(part, whole)); }

}  // namespace

int CheckCommand(CommandContext& ctx) {
  std::string unit;
  int deadline_day = 15;
  PeriodChoice period_choice;
  po::options_description options("Tùy chọn của check");
  AddPeriodOptions(options, period_choice);
  options.add_options()("unit", po::value(&unit), "mã đơn vị (mặc định: cả tỉnh)");
  AddDeadlineDayOption(options, deadline_day, "nộp sau ngày đó là nộp muộn");
  const auto vm = ParseOptions(ctx,
                               "baocao [--db TỆP] check (--period KỲ [--calendar] | --from NGÀY --to NGÀY) "
                               "[--unit MÃ] [--deadline-day N]",
                               options);
  if (!vm) return kExitOk;
  RejectEmptyOptions(*vm, {{"unit", "bỏ --unit để kiểm tra cả tỉnh"}});
  CheckUnitOption(*vm);
  const Period period = ResolvePeriodOptions(period_choice);
  Database db(ctx.db_path, Database::OpenMode::kExisting);
  QualityOptions qo;
  qo.deadline = DeadlineFor(period, deadline_day);
  const QualityReport q = ComputeQualityCheck(db, period, unit, qo);
  std::ostream& out = ctx.out;

  out << "KIỂM TRA CHẤT LƯỢNG SỐ LIỆU — " << period.TitleWithDates() << "\n"
      << "Đơn vị: " << q.root << " " << q.root_name << "\n"
      << "Hạn nộp: " << q.deadline.Vietnamese() << "\n";

  out << "\nI. VI PHẠM QUY TẮC KIỂM TRA\n";
  if (q.violations.empty()) out << "  Không có vi phạm quy tắc nào.\n";
  for (const auto& v : q.violations) {
    out << "  " << FindingUnitText(v.unit, v.unit_name, v.cap) << " — " << v.rule << " " << v.rule_name << " ["
        << (v.severity == Severity::kError ? "LỖI" : "cảnh báo") << "]\n"
        << "    " << v.left << " = " << v.left_text << " " << v.op << " " << v.right << " = " << v.right_text
        << " (không thỏa)\n"
        << "    " << v.message << "\n";
    if (!v.basis.empty()) out << "    Căn cứ: " << v.basis << "\n";
  }

  out << "\nII. GIÁ TRỊ BẤT THƯỜNG SO VỚI LỊCH SỬ\n";
  if (q.outliers.empty()) out << "  Không có giá trị bất thường nào.\n";
  for (const auto& f : q.outliers) {
    std::string history;
    for (const auto& [label, value] : f.history) history += (history.empty() ? "" : "; ") + label + ": " + OutlierValueText(f, value);
    out << "  " << FindingUnitText(f.unit, f.unit_name, f.cap) << " — " << f.metric_name << " (" << f.metric << ")\n"
        << "    giá trị kỳ này " << OutlierValueText(f, f.value) << "; trung vị " << OutlierValueText(f, f.median) << "; MAD "
        << OutlierValueText(f, f.mad) << "; điểm z hiệu chỉnh " << FormatHundredths(std::llround(f.score * 100)) << "\n"
        << "    lịch sử: " << history << "\n";
  }
  if (!q.short_history.empty()) {
    out << "  Không đủ lịch sử (cần ít nhất " << q.outlier_min_history << " kỳ có dữ liệu, chưa đánh giá bất thường):\n";
    for (const auto& s : q.short_history)
      out << "    " << FindingUnitText(s.unit, s.unit_name, s.cap) << ": " << s.periods << " kỳ\n";
  }

  out << "\nIII. TÍNH KỊP THỜI CỦA BÁO CÁO\n";
  int late = 0;
  int missing = 0;
  for (const auto& u : q.timeliness.units) {
    if (u.late) {
      ++late;
      out << "  Nộp muộn: " << FindingUnitText(u.code, u.name, u.cap) << " (hoàn thành lúc " << u.completed_at << ")\n";
    } else if (u.missing()) {
      ++missing;
      out << "  Chưa báo cáo: " << FindingUnitText(u.code, u.name, u.cap) << " — " << DossierStateText(q.timeliness, u) << "\n";
    }
  }
  if (late == 0 && missing == 0) out << "  Mọi đơn vị đã báo cáo đúng hạn.\n";
  for (const auto& level : q.timeliness.levels) {
    out << "  " << PadRight(level.cap.empty() ? "Tổng cộng" : CapEnum().Label(level.cap), 28) << "đã báo cáo "
        << level.reported << "/" << level.total << " (" << Percent(level.reported, level.total) << ") · đúng hạn "
        << level.on_time << "/" << level.total << " (" << Percent(level.on_time, level.total) << ")\n";
  }

  out << "\nIV. CHÊNH LỆCH SO VỚI SỐ LIỆU ĐÃ PHÊ DUYỆT\n";
  if (q.differences.empty()) out << "  Không có chênh lệch nào.\n";
  for (const auto& d : q.differences)
    out << "  " << FindingUnitText(d.unit, d.unit_name, d.cap) << " — " << d.key_name << " (" << d.key << "): đã phê duyệt "
        << FormatValue(d.approved) << ", hiện nay " << FormatValue(d.current) << "\n";

  out << "\nTổng hợp: " << q.errors() << " lỗi, " << q.warnings() << " cảnh báo, " << q.outliers.size()
      << " giá trị bất thường, " << q.short_history.size() << " đơn vị không đủ lịch sử, " << late << " đơn vị nộp muộn, "
      << missing << " đơn vị chưa báo cáo, " << q.differences.size() << " chênh lệch so với số liệu đã phê duyệt\n";
  if (q.errors() > 0) {
    out << "Có lỗi quy tắc kiểm tra: các đơn vị nêu trên hãy sửa và nộp lại tệp xuất dữ liệu.\n";
    return kExitBadInput;
  }
  return kExitOk;
}

}  // namespace baocao
