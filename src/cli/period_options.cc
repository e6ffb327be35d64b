#include "cli/period_options.h"

#include "core/errors.h"

namespace baocao {
namespace po = boost::program_options;

void AddPeriodOptions(po::options_description& options, PeriodArgs& args) {
  options.add_options()
      ("period", po::value(&args.period),
       "kỳ báo cáo: 2023-05 (tháng), 2023-Q2 (quý), 2023-H1 (6 tháng), 2023 (năm); theo kỳ chốt số "
       "liệu ngày 15 tháng trước đến ngày 14")
      ("calendar", po::bool_switch(&args.calendar), "tính kỳ theo lịch (từ ngày 1 đến ngày cuối tháng)")
      ("from", po::value(&args.from), "ngày bắt đầu YYYY-MM-DD (cùng --to, thay cho --period)")
      ("to", po::value(&args.to), "ngày kết thúc YYYY-MM-DD");
}

Period ResolvePeriod(const PeriodArgs& args) {
  const bool range = !args.from.empty() || !args.to.empty();
  if (range && !args.period.empty())
    throw UsageError("Chỉ dùng --period hoặc --from/--to, không dùng cả hai");
  if (!range) {
    if (args.period.empty()) throw UsageError("Chưa chỉ ra kỳ báo cáo (--period hoặc --from/--to)");
    return ParsePeriod(args.period, args.calendar);
  }
  if (args.from.empty() || args.to.empty()) throw UsageError("--from và --to phải đi cùng nhau");
  const auto from = ParseIsoDate(args.from);
  const auto to = ParseIsoDate(args.to);
  if (!from) throw UsageError("--from \"" + args.from + "\" không phải ngày dạng YYYY-MM-DD");
  if (!to) throw UsageError("--to \"" + args.to + "\" không phải ngày dạng YYYY-MM-DD");
  return RangePeriod(*from, *to);
}

}  // namespace baocao
