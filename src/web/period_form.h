// The choice the status and report pages share: a period (named, cut-off or calendar, or a range of
// days) and a unit of the account's subtree, read from the query (period, calendar, from, to,
// unit), with the values a form shows to choose again (the same fields in status.mustache and
// report.mustache) and the query string that repeats the choice in links.
#pragma once

#include <optional>
#include <string>

#include "core/period.h"
#include "core/period_choice.h"
#include "web/request_context.h"

namespace baocao::web {

struct PeriodForm {
  PeriodChoice choice;
  std::string unit;  // as asked ("" : the account's scope root)
};

// Reads period/calendar/from/to/unit. Nothing chosen at all (no period, no range): the open period
// of the monthly job (config.job_file: ResolvePeriod(job, today, nullopt)) when use_open_period,
// else an empty choice.
PeriodForm ReadPeriodForm(RequestContext& ctx, bool use_open_period);

// The unit a page computes for: the asked unit, or ScopeRoot(account). nullopt after a 403
// (ctx.Forbidden) when the account may not see the asked unit. An unknown code asked by an account
// that sees the whole province is returned as is (the library then says it is not a unit).
std::optional<std::string> UnitToShow(RequestContext& ctx, const std::string& asked);

// Sets the form's values into data: period, calendar, from, to, and `units` (the units the account
// may see, in hierarchy order, indented by depth, the asked one selected; for an account that sees
// the province, a first entry "Cả tỉnh" with value "").
void SetPeriodFormData(RequestContext& ctx, const PeriodForm& form, PageData& data);

// "period=2023-05&calendar=1&unit=H01" — the non-empty fields of the choice, percent-encoded.
std::string PeriodFormQuery(const PeriodForm& form);

// Percent-encodes a query value (RFC 3986 unreserved characters kept).
std::string EncodeQueryValue(const std::string& value);

// The deadline's days from today: "còn 3 ngày", "hôm nay là hạn cuối", "đã quá hạn 2 ngày".
std::string DaysLeftText(Date deadline, Date today);

}  // namespace baocao::web
