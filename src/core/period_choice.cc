#include "core/period_choice.h"

namespace baocao {

Period ResolvePeriodChoice(const PeriodChoice& choice) {
  using Reason = PeriodChoiceError::Reason;
  const bool range = !choice.from.empty() || !choice.to.empty();
  if (range && !choice.period.empty())
    throw PeriodChoiceError(Reason::kBoth,
                            "Chỉ chọn kỳ báo cáo hoặc khoảng từ ngày – đến ngày, không chọn cả hai");
  if (!range) {
    if (choice.period.empty())
      throw PeriodChoiceError(Reason::kNothing, "Chưa chọn kỳ báo cáo (hoặc khoảng từ ngày – đến ngày)");
    return ParsePeriod(choice.period, choice.calendar);
  }
  if (choice.from.empty() || choice.to.empty())
    throw PeriodChoiceError(Reason::kHalfRange, "Khoảng thời gian cần cả từ ngày và đến ngày");
  const auto from = ParseIsoDate(choice.from);
  const auto to = ParseIsoDate(choice.to);
  if (!from)
    throw PeriodChoiceError(Reason::kBadFrom, "Từ ngày \"" + choice.from + "\" không phải ngày dạng YYYY-MM-DD");
  if (!to) throw PeriodChoiceError(Reason::kBadTo, "Đến ngày \"" + choice.to + "\" không phải ngày dạng YYYY-MM-DD");
  return RangePeriod(*from, *to);
}

}  // namespace baocao
