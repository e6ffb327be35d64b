#include <ostream>

#include "cli/command.h"
#include "cli/option_checks.h"
#include "cli/period_options.h"
#include "core/errors.h"
#include "core/exit_codes.h"
#include "core/text.h"
#include "generators/reporting_rate_text.h"
#include "indicators/reporting_status.h"
#include "ingest/enums.h"
#include "jobs/job.h"
#include "store/database.h"

namespace baocao {
namespace po = boost::program_options;
int StatusCommand(CommandContext& ctx) {
  std::string unit;
  int deadline_day = 15;
  PeriodChoice period_choice;
  po::options_description options("Tùy chọn của status");
  AddPeriodOptions(options, period_choice);
  options.add_options()("unit", po::value(&unit), "mã đơn vị (mặc định: cả tỉnh)");
  AddDeadlineDayOption(options, deadline_day, "nộp sau ngày đó là nộp muộn");
  const auto vm = ParseOptions(ctx,
                               "baocao [--db TỆP] status (--period KỲ [--calendar] | --from NGÀY --to NGÀY) "
                               "[--unit MÃ] [--deadline-day N]",
                               options);
  if (!vm) return kExitOk;
  RejectEmptyOptions(*vm, {{"unit", "bỏ --unit để xem cả tỉnh"}});
  CheckUnitOption(*vm);
  const Period period = ResolvePeriodOptions(period_choice);
  Database db(ctx.db_path, Database::OpenMode::kExisting);
  const Date deadline = DeadlineFor(period, deadline_day);
  const ReportingStatus s = ComputeReportingStatus(db, period, unit, deadline);

  std::string months;
  for (const auto& m : s.months) months += (months.empty() ? "" : ", ") + m;
  ctx.out << "TÌNH HÌNH BÁO CÁO — " << period.TitleWithDates() << "\n"
          << "Tháng xuất dữ liệu cần nộp: " << months << "\n"
          << "Hạn nộp: " << deadline.Vietnamese() << "\n\n"
          << PadRight("Đơn vị", 44) << PadRight("Hồ sơ TTHC", 36) << PadRight("Kỷ luật, xếp loại " + std::to_string(period.year), 24)
          << "Lần nộp gần nhất\n";
  for (const auto& u : s.units) {
    ctx.out << PadRight(std::string(static_cast<size_t>(u.depth) * 2, ' ') + u.code + " " + u.name, 44)
            << PadRight(DossierStateText(s, u), 36)
            << PadRight(PeopleStateText(u), 24)
            << (u.last_submitted_at.empty() ? "—" : u.last_submitted_at + " " + u.last_file) << "\n";
  }
  ctx.out << "\nTỷ lệ đơn vị đã báo cáo hồ sơ TTHC (đúng hạn: nộp đủ chậm nhất ngày " << deadline.Vietnamese()
          << "):\n";
  for (const auto& level : s.levels)
    ctx.out << "  " << PadRight(level.cap.empty() ? "Tổng cộng" : CapEnum().Label(level.cap), 28)
            << ReportingRateText(level) << "\n";
  return s.missing() == 0 ? kExitOk : kExitIncomplete;
}

}  // namespace baocao
