#include "cli/period_options.h"

#include "core/errors.h"
#include "jobs/job.h"

namespace baocao {
namespace po = boost::program_options;

void AddPeriodOptions(po::options_description& options, PeriodChoice& choice) {
  options.add_options()
      ("period", po::value(&choice.period),
       "kỳ báo cáo: 2023-05 (tháng), 2023-Q2 (quý), 2023-H1 (6 tháng), 2023 (năm); theo kỳ chốt số "
       "liệu ngày 15 tháng trước đến ngày 14")
      ("calendar", po::bool_switch(&choice.calendar), "tính kỳ theo lịch (từ ngày 1 đến ngày cuối tháng)")
      ("from", po::value(&choice.from), "ngày bắt đầu YYYY-MM-DD (cùng --to, thay cho --period)")
      ("to", po::value(&choice.to), "ngày kết thúc YYYY-MM-DD");
}

Period ResolvePeriodOptions(const PeriodChoice& choice) {
  try {
    return ResolvePeriodChoice(choice);
  } catch (const PeriodChoiceError& e) {
    switch (e.reason()) {
      case PeriodChoiceError::Reason::kBoth:
        throw UsageError("Chỉ dùng --period hoặc --from/--to, không dùng cả hai");
      case PeriodChoiceError::Reason::kNothing:
        throw UsageError("Chưa chỉ ra kỳ báo cáo (--period hoặc --from/--to)");
      case PeriodChoiceError::Reason::kHalfRange:
        throw UsageError("--from và --to phải đi cùng nhau");
      case PeriodChoiceError::Reason::kBadFrom:
        throw UsageError("--from \"" + choice.from + "\" không phải ngày dạng YYYY-MM-DD");
      case PeriodChoiceError::Reason::kBadTo:
        throw UsageError("--to \"" + choice.to + "\" không phải ngày dạng YYYY-MM-DD");
    }
    throw;
  }
}

void AddDeadlineDayOption(po::options_description& options, int& deadline_day, const std::string& what_for) {
  options.add_options()("deadline-day", po::value(&deadline_day),
                        ("ngày hạn nộp trong tháng sau khi kỳ kết thúc (1–28, mặc định 15 như jobs/monthly.toml); " +
                         what_for).c_str());
}

Date DeadlineFor(const Period& period, int deadline_day) {
  if (deadline_day < 1 || deadline_day > 28)
    throw UsageError("--deadline-day phải là một ngày trong tháng, từ 1 đến 28 (mặc định 15)");
  return SubmissionDeadline(period, deadline_day);
}

}  // namespace baocao
